<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>OrganisationsDialog</name>
        <message>
            <location filename="cnil_case/ui/organisationsdialog.py" line="26" />
            <source>Organisations</source>
            <translation>Organismes</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationsdialog.py" line="40" />
            <source>&amp;Add…</source>
            <translation>&amp;Ajouter…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationsdialog.py" line="41" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationsdialog.py" line="42" />
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationsdialog.py" line="84" />
            <source>Delete organisation</source>
            <translation>Supprimer l’organisme</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/organisationsdialog.py" line="85" />
            <source>Delete the organisation {name}? An organisation that is a party to a case cannot be deleted.</source>
            <translation>Supprimer l’organisme {name} ? Un organisme partie à un dossier ne peut pas être supprimé.</translation>
        </message>
    </context>
</TS>
