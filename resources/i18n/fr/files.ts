<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>files</name>
        <message>
            <location filename="cnil_case/core/files.py" line="42" />
            <source>Cannot write {target}: {error}.</source>
            <translation>Impossible d’écrire {target} : {error}.</translation>
        </message>
    </context>
</TS>
