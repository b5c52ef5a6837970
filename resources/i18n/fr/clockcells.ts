<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>clockcells</name>
        <message>
            <location filename="cnil_case/ui/clockcells.py" line="89" />
            <source>once started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/clockcells.py" line="92" />
            <source>without undue delay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/clockcells.py" line="100" />
            <source>not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/clockcells.py" line="106" />
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/clockcells.py" line="109" />
            <source>done {duration} late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/clockcells.py" line="110" />
            <source>done {duration} early</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/clockcells.py" line="114" />
            <source>{duration} elapsed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/clockcells.py" line="116" />
            <source>overdue by {duration}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/clockcells.py" line="117" />
            <source>{duration} left</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
