<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="cnil_case/ui/dashboardview.py" line="49" />
            <source>Open: overdue, due soon, running, waiting</source>
            <translation>Ouvertes : en retard, échéance proche, en cours, en attente</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/dashboardview.py" line="50" />
            <source>Done: fulfilled, not required</source>
            <translation>Terminées : remplies, non requises</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/dashboardview.py" line="51" />
            <source>All states</source>
            <translation>Tous les états</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/dashboardview.py" line="53" />
            <source>All regimes</source>
            <translation>Tous les régimes</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/dashboardview.py" line="58" />
            <source>Filter by case or party</source>
            <translation>Filtrer par dossier ou partie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/dashboardview.py" line="60" />
            <source>Show closed cases</source>
            <translation>Afficher les dossiers clos</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/dashboardview.py" line="101" />
            <source>{overdue} overdue · {due_soon} due soon · {running} running · {waiting} waiting</source>
            <translation>{overdue} en retard · {due_soon} à échéance proche · {running} en cours · {waiting} en attente</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/dashboardview.py" line="107" />
            <source>%n request(s) to the parties overdue</source>
            <translation>
                <numerusform>%n demande aux parties en retard</numerusform>
                <numerusform>%n demandes aux parties en retard</numerusform>
            </translation>
        </message>
    </context>
</TS>
