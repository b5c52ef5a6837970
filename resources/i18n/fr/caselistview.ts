<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CaseListView</name>
        <message>
            <location filename="cnil_case/ui/caselistview.py" line="25" />
            <source>Filter by reference or title</source>
            <translation>Filtrer par référence ou titre</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/caselistview.py" line="28" />
            <source>Cases</source>
            <translation>Dossiers</translation>
        </message>
    </context>
</TS>
