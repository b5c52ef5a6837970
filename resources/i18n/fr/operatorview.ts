<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>OperatorDialog</name>
        <message>
            <location filename="cnil_case/ui/operatorview.py" line="29" />
            <source>Correspondence with an organisation</source>
            <translation>Échanges avec un organisme</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/operatorview.py" line="40" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisme :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/operatorview.py" line="68" />
            <source>No organisation in this workspace yet.</source>
            <translation>Aucun organisme dans cet espace de travail pour l’instant.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/operatorview.py" line="77" />
            <source>Asked: {asked} · answered: {answered} · outstanding: {outstanding} · overdue: {overdue}</source>
            <translation>Demandes : {asked} · avec réponse : {answered} · en attente : {outstanding} · en retard : {overdue}</translation>
        </message>
    </context>
</TS>
