<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>ObligationsModel</name>
        <message>
            <location filename="cnil_case/ui/obligationsmodel.py" line="39" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsmodel.py" line="39" />
            <source>Duty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsmodel.py" line="39" />
            <source>Party</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsmodel.py" line="39" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsmodel.py" line="39" />
            <source>Time left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsmodel.py" line="40" />
            <source>Clock start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsmodel.py" line="40" />
            <source>Phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsmodel.py" line="40" />
            <source>Recipient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsmodel.py" line="76" />
            <source>Outer limit (strict Reg. 1182/71 reading): {when}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
