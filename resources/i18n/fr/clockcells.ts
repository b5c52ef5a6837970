<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>clockcells</name>
        <message>
            <location filename="cnil_case/ui/clockcells.py" line="109" />
            <source>once started</source>
            <translation>une fois le décompte lancé</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/clockcells.py" line="112" />
            <source>without undue delay</source>
            <translation>dans les meilleurs délais</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/clockcells.py" line="122" />
            <source>not started</source>
            <translation>non lancé</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/clockcells.py" line="128" />
            <source>done</source>
            <translation>accomplie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/clockcells.py" line="131" />
            <source>done {duration} late</source>
            <translation>accomplie avec {duration} de retard</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/clockcells.py" line="132" />
            <source>done {duration} early</source>
            <translation>accomplie {duration} avant l’échéance</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/clockcells.py" line="136" />
            <source>{duration} elapsed</source>
            <translation>{duration} écoulées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/clockcells.py" line="138" />
            <source>overdue by {duration}</source>
            <translation>en retard de {duration}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/clockcells.py" line="139" />
            <source>{duration} left</source>
            <translation>reste {duration}</translation>
        </message>
    </context>
</TS>
