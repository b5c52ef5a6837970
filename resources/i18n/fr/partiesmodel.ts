<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>PartiesModel</name>
        <message>
            <location filename="cnil_case/ui/partiesmodel.py" line="21" />
            <source>Aware since</source>
            <translation>Informée depuis</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partiesmodel.py" line="21" />
            <source>Organisation</source>
            <translation>Organisme</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partiesmodel.py" line="21" />
            <source>Regimes</source>
            <translation>Régimes</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partiesmodel.py" line="21" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partiesmodel.py" line="22" />
            <source>Awareness justification</source>
            <translation>Justification de la prise de connaissance</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partiesmodel.py" line="35" />
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partiesmodel.py" line="46" />
            <source>Works for {parties}</source>
            <translation>Agit pour le compte de {parties}</translation>
        </message>
    </context>
</TS>
