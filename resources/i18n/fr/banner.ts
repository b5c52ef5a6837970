<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Banner</name>
        <message>
            <location filename="cnil_case/ui/banner.py" line="46" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/banner.py" line="49" />
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/banner.py" line="66" />
            <source>{title}: {text}</source>
            <translation>{title} : {text}</translation>
        </message>
    </context>
</TS>
