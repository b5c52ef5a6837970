<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CorrespondenceModel</name>
        <message>
            <location filename="cnil_case/ui/correspondencemodel.py" line="62" />
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencemodel.py" line="62" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencemodel.py" line="62" />
            <source>Subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencemodel.py" line="63" />
            <source>From → to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencemodel.py" line="63" />
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencemodel.py" line="63" />
            <source>Time limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencemodel.py" line="64" />
            <source>Delay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencemodel.py" line="64" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencemodel.py" line="64" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
