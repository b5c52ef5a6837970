<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>ObligationsModel</name>
        <message>
            <location filename="cnil_case/ui/obligationsmodel.py" line="39" />
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsmodel.py" line="39" />
            <source>Duty</source>
            <translation>Obligation</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsmodel.py" line="39" />
            <source>Party</source>
            <translation>Partie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsmodel.py" line="39" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsmodel.py" line="39" />
            <source>Time left</source>
            <translation>Temps restant</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsmodel.py" line="40" />
            <source>Clock start</source>
            <translation>Début du décompte</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsmodel.py" line="40" />
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsmodel.py" line="40" />
            <source>Recipient</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsmodel.py" line="76" />
            <source>Outer limit (strict Reg. 1182/71 reading): {when}</source>
            <translation>Limite extrême (lecture stricte du règlement 1182/71) : {when}</translation>
        </message>
    </context>
</TS>
