<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>HomeView</name>
        <message>
            <location filename="cnil_case/ui/homeview.py" line="159" />
            <source>Show every open case with its most urgent clock</source>
            <translation>Afficher chaque dossier ouvert avec son délai le plus urgent</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homeview.py" line="160" />
            <source>Show only the clocks past their legal deadline, and the late requests</source>
            <translation>N’afficher que les délais légaux dépassés et les demandes en retard</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homeview.py" line="161" />
            <source>Show only the clocks within the due-soon threshold of the settings, and the requests due as soon</source>
            <translation>N’afficher que les délais arrivant à échéance dans le seuil défini dans les paramètres, et les demandes à échéance aussi proche</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homeview.py" line="163" />
            <source>Show only the requests to the parties whose answer is late</source>
            <translation>N’afficher que les demandes aux parties dont la réponse est en retard</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homeview.py" line="180" />
            <source>Open cases</source>
            <translation>Dossiers ouverts</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homeview.py" line="180" />
            <source>each with its most urgent legal clock, most urgent first</source>
            <translation>chacun avec son délai légal le plus urgent, les plus urgents d’abord</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homeview.py" line="181" />
            <source>No open case. Cases you create (Case › New case, Ctrl+N) or import appear here with their most urgent deadline.</source>
            <translation>Aucun dossier ouvert. Les dossiers que vous créez (Dossier › Nouveau dossier, Ctrl+N) ou importez apparaissent ici avec leur échéance la plus urgente.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homeview.py" line="185" />
            <source>Requests awaiting an answer</source>
            <translation>Demandes en attente de réponse</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homeview.py" line="186" />
            <source>late, or due within the due-soon threshold; a partial answer does not stop the count</source>
            <translation>en retard, ou à échéance dans le seuil d’alerte ; une réponse partielle n’arrête pas le décompte</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homeview.py" line="187" />
            <source>No late request. Questionnaires, requests for documents and formal notices whose answer is late or due soon appear here.</source>
            <translation>Aucune demande en retard. Les questionnaires, demandes de pièces et mises en demeure dont la réponse est en retard ou arrive à échéance apparaissent ici.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homeview.py" line="191" />
            <source>Recent activity</source>
            <translation>Activité récente</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homeview.py" line="191" />
            <source>the latest changes in every case, from the audit log</source>
            <translation>les dernières modifications de tous les dossiers, d’après le journal d’audit</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homeview.py" line="192" />
            <source>No activity yet. Every change to a case, its parties, events or evidence appears here.</source>
            <translation>Aucune activité pour l’instant. Chaque modification d’un dossier, de ses parties, de ses événements ou de ses preuves apparaît ici.</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/homeview.py" line="252" />
            <source>open case(s)</source>
            <translation>
                <numerusform>dossier ouvert</numerusform>
                <numerusform>dossiers ouverts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/homeview.py" line="253" />
            <source>clock(s) overdue</source>
            <translation>
                <numerusform>délai dépassé</numerusform>
                <numerusform>délais dépassés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/homeview.py" line="254" />
            <source>clock(s) due soon</source>
            <translation>
                <numerusform>échéance proche</numerusform>
                <numerusform>échéances proches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/homeview.py" line="255" />
            <source>late request(s)</source>
            <translation>
                <numerusform>demande en retard</numerusform>
                <numerusform>demandes en retard</numerusform>
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homeview.py" line="289" />
            <source>Clocks due soon</source>
            <translation>Échéances proches</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homeview.py" line="289" />
            <source>Overdue clocks</source>
            <translation>Délais dépassés</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homeview.py" line="294" />
            <source>every clock in this state, across the open cases</source>
            <translation>tous les délais dans cet état, sur l’ensemble des dossiers ouverts</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homeview.py" line="298" />
            <source>No clock due soon.</source>
            <translation>Aucune échéance proche.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homeview.py" line="298" />
            <source>No overdue clock.</source>
            <translation>Aucun délai dépassé.</translation>
        </message>
    </context>
</TS>
