<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>PastePreview</name>
        <message>
            <location filename="cnil_case/ui/pastepreview.py" line="68" />
            <source>Add pasted events</source>
            <translation>Ajouter les événements collés</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/pastepreview.py" line="75" />
            <source>{valid} of {total} lines can be added as events; {refused} are refused (see why below) and will not be added.</source>
            <translation>{valid} lignes sur {total} peuvent être ajoutées comme événements ; {refused} sont refusées (voir pourquoi ci-dessous) et ne seront pas ajoutées.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/pastepreview.py" line="79" />
            <source>All {total} lines can be added as events.</source>
            <translation>Les {total} lignes peuvent être ajoutées comme événements.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/pastepreview.py" line="81" />
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/pastepreview.py" line="81" />
            <source>Text pasted</source>
            <translation>Texte collé</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/pastepreview.py" line="81" />
            <source>Understood as</source>
            <translation>Compris comme</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/pastepreview.py" line="100" />
            <source>Refused: {reason}</source>
            <translation>Refusée : {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/pastepreview.py" line="108" />
            <source>Add %n event(s)</source>
            <translation>
                <numerusform>Ajouter %n événement</numerusform>
                <numerusform>Ajouter %n événements</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pastepreview</name>
        <message>
            <location filename="cnil_case/ui/pastepreview.py" line="37" />
            <source>{date} (to the day)</source>
            <translation>{date} (au jour près)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/pastepreview.py" line="41" />
            <source>{date} {time} ({first} or {second}: happens twice, you will be asked)</source>
            <translation>{date} {time} ({first} ou {second} : cette heure existe deux fois, la question vous sera posée)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/pastepreview.py" line="46" />
            <source>{date} {time} ({offset}, to the hour)</source>
            <translation>{date} {time} ({offset}, à l’heure près)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/pastepreview.py" line="57" />
            <source>Column {column}: {reason}</source>
            <translation>Colonne {column} : {reason}</translation>
        </message>
    </context>
</TS>
