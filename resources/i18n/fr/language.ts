<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>language</name>
        <message>
            <location filename="cnil_case/ui/language.py" line="172" />
            <source>{days} d {hours:02d} h {minutes:02d} min</source>
            <translation>{days} j {hours:02d} h {minutes:02d} min</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/language.py" line="175" />
            <source>{hours} h {minutes:02d} min</source>
            <translation>{hours} h {minutes:02d} min</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/language.py" line="176" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
    </context>
</TS>
