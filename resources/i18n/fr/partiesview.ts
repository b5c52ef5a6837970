<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>PartiesView</name>
        <message>
            <location filename="cnil_case/ui/partiesview.py" line="31" />
            <source>Parties</source>
            <translation>Parties</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partiesview.py" line="38" />
            <source>&amp;Add party…</source>
            <translation>&amp;Ajouter une partie…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partiesview.py" line="39" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partiesview.py" line="40" />
            <source>&amp;Remove…</source>
            <translation>&amp;Retirer…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partiesview.py" line="92" />
            <source>Remove party</source>
            <translation>Retirer la partie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partiesview.py" line="93" />
            <source>Remove {name} ({role}) from this case? Events it is the actor of keep their text but no longer name it.</source>
            <translation>Retirer {name} ({role}) de ce dossier ? Les événements dont elle est l’acteur gardent leur texte mais ne la nomment plus.</translation>
        </message>
    </context>
</TS>
