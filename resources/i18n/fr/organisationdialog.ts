<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>OrganisationDialog</name>
        <message>
            <location filename="cnil_case/ui/organisationdialog.py" line="30" />
            <source>Edit organisation</source>
            <translation>Modifier l’organisme</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationdialog.py" line="30" />
            <source>New organisation</source>
            <translation>Nouvel organisme</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationdialog.py" line="35" />
            <source>9 digits</source>
            <translation>9 chiffres</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationdialog.py" line="37" />
            <source>14 digits</source>
            <translation>14 chiffres</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationdialog.py" line="56" />
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationdialog.py" line="60" />
            <source>SIREN / SIRET:</source>
            <translation>SIREN / SIRET :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationdialog.py" line="61" />
            <source>Country:</source>
            <translation>Pays :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationdialog.py" line="62" />
            <source>Address:</source>
            <translation>Adresse :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationdialog.py" line="64" />
            <source>Contact point</source>
            <translation>Point de contact</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationdialog.py" line="66" />
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationdialog.py" line="67" />
            <source>E-mail:</source>
            <translation>Courriel :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationdialog.py" line="68" />
            <source>Phone:</source>
            <translation>Téléphone :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationdialog.py" line="69" />
            <source>Data protection officer</source>
            <translation>Délégué à la protection des données</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationdialog.py" line="79" />
            <source>Notes:</source>
            <translation>Notes :</translation>
        </message>
    </context>
</TS>
