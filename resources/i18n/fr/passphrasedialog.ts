<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="cnil_case/ui/passphrasedialog.py" line="24" />
            <source>Encrypted workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/passphrasedialog.py" line="25" />
            <source>The workspace {workspace} is encrypted. Type its passphrase to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/passphrasedialog.py" line="39" />
            <source>&amp;Passphrase:</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
