<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AssessmentsModel</name>
        <message>
            <location filename="cnil_case/ui/assessmentsmodel.py" line="26" />
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/assessmentsmodel.py" line="26" />
            <source>Band</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/assessmentsmodel.py" line="26" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/assessmentsmodel.py" line="26" />
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/assessmentsmodel.py" line="26" />
            <source>SE</source>
            <translation>SE</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/assessmentsmodel.py" line="27" />
            <source>Decided</source>
            <translation>Décidé</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/assessmentsmodel.py" line="27" />
            <source>Override</source>
            <translation>Dérogation</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/assessmentsmodel.py" line="27" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/assessmentsmodel.py" line="27" />
            <source>Recommended</source>
            <translation>Recommandé</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/assessmentsmodel.py" line="50" />
            <source>override</source>
            <translation>dérogation</translation>
        </message>
    </context>
</TS>
