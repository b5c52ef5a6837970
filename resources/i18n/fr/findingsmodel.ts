<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>FindingsModel</name>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="30" />
            <source>Articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="30" />
            <source>Finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="30" />
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="30" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="31" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeasuresModel</name>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="63" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="63" />
            <source>Measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="63" />
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="63" />
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="63" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="64" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="64" />
            <source>Finding</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
