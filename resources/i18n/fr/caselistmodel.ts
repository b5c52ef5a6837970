<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CaseListModel</name>
        <message>
            <location filename="cnil_case/ui/caselistmodel.py" line="28" />
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/caselistmodel.py" line="28" />
            <source>Parties</source>
            <translation>Parties</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/caselistmodel.py" line="28" />
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/caselistmodel.py" line="28" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/caselistmodel.py" line="28" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
    </context>
</TS>
