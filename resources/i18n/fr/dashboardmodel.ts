<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>DashboardModel</name>
        <message>
            <location filename="cnil_case/ui/dashboardmodel.py" line="103" />
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/dashboardmodel.py" line="103" />
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/dashboardmodel.py" line="103" />
            <source>Party</source>
            <translation>Partie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/dashboardmodel.py" line="103" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/dashboardmodel.py" line="103" />
            <source>Time left</source>
            <translation>Temps restant</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/dashboardmodel.py" line="104" />
            <source>Duty</source>
            <translation>Obligation</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/dashboardmodel.py" line="104" />
            <source>Recipient</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/dashboardmodel.py" line="161" />
            <source> (closed)</source>
            <translation> (clos)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/dashboardmodel.py" line="174" />
            <source>{reference} (closed)</source>
            <translation>{reference} (clos)</translation>
        </message>
    </context>
</TS>
