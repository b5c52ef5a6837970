<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="cnil_case/ui/formdialog.py" line="153" />
            <source>Discard your changes? They have not been saved.</source>
            <translation>Abandonner vos modifications ? Elles n’ont pas été enregistrées.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/formdialog.py" line="163" />
            <source>Discard changes</source>
            <translation>Abandonner les modifications</translation>
        </message>
    </context>
</TS>
