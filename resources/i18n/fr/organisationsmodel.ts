<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>OrganisationsModel</name>
        <message>
            <location filename="cnil_case/ui/organisationsmodel.py" line="25" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationsmodel.py" line="25" />
            <source>DPO</source>
            <translation>DPO</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationsmodel.py" line="25" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationsmodel.py" line="25" />
            <source>SIREN</source>
            <translation>SIREN</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationsmodel.py" line="25" />
            <source>SIRET</source>
            <translation>SIRET</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationsmodel.py" line="26" />
            <source>Contact point</source>
            <translation>Point de contact</translation>
        </message>
    </context>
</TS>
