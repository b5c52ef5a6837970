<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="cnil_case/ui/passphrasedialog.py" line="25" />
            <source>Encrypted workspace</source>
            <translation>Espace de travail chiffré</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/passphrasedialog.py" line="26" />
            <source>The workspace {workspace} is encrypted. Type its passphrase to open it.</source>
            <translation>L'espace de travail {workspace} est chiffré. Saisissez sa phrase secrète pour l'ouvrir.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/passphrasedialog.py" line="40" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
    </context>
</TS>
