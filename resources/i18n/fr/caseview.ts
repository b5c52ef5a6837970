<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CaseView</name>
        <message>
            <location filename="cnil_case/ui/caseview.py" line="69" />
            <source>&amp;Overview</source>
            <translation>&amp;Synthèse</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/caseview.py" line="70" />
            <source>&amp;Parties</source>
            <translation>&amp;Parties</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/caseview.py" line="71" />
            <source>&amp;Affected</source>
            <translation>Péri&amp;mètre</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/caseview.py" line="72" />
            <source>&amp;Risk</source>
            <translation>&amp;Risque</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/caseview.py" line="73" />
            <source>O&amp;bligations</source>
            <translation>&amp;Obligations</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/caseview.py" line="74" />
            <source>&amp;Timeline</source>
            <translation>&amp;Chronologie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/caseview.py" line="75" />
            <source>C&amp;hronology</source>
            <translation>&amp;Frise</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/caseview.py" line="76" />
            <source>E&amp;vidence</source>
            <translation>P&amp;ièces</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/caseview.py" line="77" />
            <source>Corr&amp;espondence</source>
            <translation>Éch&amp;anges</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/caseview.py" line="78" />
            <source>Fi&amp;ndings</source>
            <translation>Co&amp;nstats</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/caseview.py" line="79" />
            <source>&amp;Documents</source>
            <translation>&amp;Documents</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/caseview.py" line="80" />
            <source>&amp;History</source>
            <translation>&amp;Historique</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/caseview.py" line="133" />
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/caseview.py" line="134" />
            <source>The overview of {reference} has unsaved changes. Discard them?</source>
            <translation>La synthèse du dossier {reference} contient des modifications non enregistrées. Les abandonner ?</translation>
        </message>
    </context>
</TS>
