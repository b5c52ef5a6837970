<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AssessmentsModel</name>
        <message>
            <location filename="cnil_case/ui/assessmentsmodel.py" line="26" />
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/assessmentsmodel.py" line="26" />
            <source>Band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/assessmentsmodel.py" line="26" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/assessmentsmodel.py" line="26" />
            <source>Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/assessmentsmodel.py" line="26" />
            <source>SE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/assessmentsmodel.py" line="27" />
            <source>Decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/assessmentsmodel.py" line="27" />
            <source>Override</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/assessmentsmodel.py" line="27" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/assessmentsmodel.py" line="27" />
            <source>Recommended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/assessmentsmodel.py" line="50" />
            <source>override</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
