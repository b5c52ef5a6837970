<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>MomentEdit</name>
        <message>
            <location filename="cnil_case/ui/momentedit.py" line="49" />
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/momentedit.py" line="185" />
            <source>unknown time zone {zone}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/momentedit.py" line="190" />
            <source>{zone}: this time does not exist (clocks jump forward)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/momentedit.py" line="192" />
            <source>{zone}: happens twice, {first} or {second}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
