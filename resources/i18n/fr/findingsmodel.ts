<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>FindingsModel</name>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="31" />
            <source>Articles</source>
            <translation>Articles</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="31" />
            <source>Finding</source>
            <translation>Constat</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="31" />
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="31" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="32" />
            <source>Organisation</source>
            <translation>Organisme</translation>
        </message>
    </context>
    <context>
        <name>MeasuresModel</name>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="64" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="64" />
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="64" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="64" />
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="64" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="65" />
            <source>Done</source>
            <translation>Réalisée</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="65" />
            <source>Finding</source>
            <translation>Constat</translation>
        </message>
    </context>
    <context>
        <name>findingsmodel</name>
        <message>
            <location filename="cnil_case/ui/findingsmodel.py" line="19" />
            <source>Art. {code}</source>
            <comment>an article of the GDPR</comment>
            <translation>art. {code}</translation>
        </message>
    </context>
</TS>
