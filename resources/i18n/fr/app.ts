<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>app</name>
        <message>
            <location filename="cnil_case/ui/app.py" line="230" />
            <source>The passphrase given (CNIL_CASE_PASSPHRASE or file) is wrong.</source>
            <translation>La phrase secrète fournie (CNIL_CASE_PASSPHRASE ou fichier) est incorrecte.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/app.py" line="237" />
            <source>Wrong passphrase: try again.</source>
            <translation>Phrase secrète incorrecte : réessayez.</translation>
        </message>
    </context>
</TS>
