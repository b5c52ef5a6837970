<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CorrespondenceModel</name>
        <message>
            <location filename="cnil_case/ui/correspondencemodel.py" line="62" />
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencemodel.py" line="62" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencemodel.py" line="62" />
            <source>Subject</source>
            <translation>Objet</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencemodel.py" line="63" />
            <source>From → to</source>
            <translation>De → à</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencemodel.py" line="63" />
            <source>Sent</source>
            <translation>Envoi</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencemodel.py" line="63" />
            <source>Time limit</source>
            <translation>Délai</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencemodel.py" line="64" />
            <source>Delay</source>
            <translation>Attente</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencemodel.py" line="64" />
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencemodel.py" line="64" />
            <source>State</source>
            <translation>État</translation>
        </message>
    </context>
    <context>
        <name>correspondencemodel</name>
        <message>
            <location filename="cnil_case/ui/correspondencemodel.py" line="40" />
            <source>{hours} h</source>
            <comment>hours</comment>
            <translation>{hours} h</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencemodel.py" line="41" />
            <source>{days} d</source>
            <comment>days</comment>
            <translation>{days} j</translation>
        </message>
    </context>
</TS>
