<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>language</name>
        <message>
            <location filename="cnil_case/ui/language.py" line="167" />
            <source>{days} d {hours:02d} h {minutes:02d} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/language.py" line="170" />
            <source>{hours} h {minutes:02d} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/language.py" line="171" />
            <source>{minutes} min</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
