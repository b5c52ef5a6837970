<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>History</name>
        <message>
            <location filename="cnil_case/ui/undo.py" line="230" />
            <source>&amp;Undo {action}</source>
            <translation>&amp;Annuler : {action}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="231" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="232" />
            <source>&amp;Redo {action}</source>
            <translation>&amp;Rétablir : {action}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="233" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="277" />
            <source>Cannot undo “{action}”</source>
            <translation>Impossible d’annuler « {action} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="292" />
            <source>Cannot redo “{action}”</source>
            <translation>Impossible de rétablir « {action} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="318" />
            <source>{refused}: {reason} Nothing was changed; the step stays in the list.</source>
            <translation>{refused} : {reason} Rien n’a été modifié ; l’opération reste dans la liste.</translation>
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <location filename="cnil_case/ui/undo.py" line="73" />
            <source>Add event “{title}”</source>
            <translation>Ajout de l’événement « {title} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="75" />
            <source>Add {n} events</source>
            <translation>Ajout de {n} événements</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="115" />
            <source>Delete event “{title}”</source>
            <translation>Suppression de l’événement « {title} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="149" />
            <source>Edit event “{title}”</source>
            <translation>Modification de l’événement « {title} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="151" />
            <source>Star event “{title}”</source>
            <translation>Marquage de l’événement « {title} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="153" />
            <source>Unstar event “{title}”</source>
            <translation>Retrait du marquage de l’événement « {title} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="330" />
            <source>someone else</source>
            <translation>quelqu’un d’autre</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="331" />
            <source>{what} was changed by {who} since this step; undoing it would overwrite that change.</source>
            <translation>{what} a été modifié par {who} depuis cette opération ; l’annuler écraserait cette modification.</translation>
        </message>
    </context>
</TS>
