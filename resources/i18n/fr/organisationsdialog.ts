<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>OrganisationsDialog</name>
        <message>
            <location filename="cnil_case/ui/organisationsdialog.py" line="26" />
            <source>Organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/organisationsdialog.py" line="39" />
            <source>&amp;Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/organisationsdialog.py" line="40" />
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/organisationsdialog.py" line="41" />
            <source>&amp;Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/organisationsdialog.py" line="83" />
            <source>Delete organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/organisationsdialog.py" line="84" />
            <source>Delete the organisation {name}? An organisation that is a party to a case cannot be deleted.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
