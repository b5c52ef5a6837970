<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>History</name>
        <message>
            <location filename="cnil_case/ui/undo.py" line="536" />
            <source>&amp;Undo {action}</source>
            <translation>&amp;Annuler : {action}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="537" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="538" />
            <source>&amp;Redo {action}</source>
            <translation>&amp;Rétablir : {action}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="539" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="569" />
            <source>{refused}: {reason}</source>
            <translation>{refused} : {reason}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="596" />
            <source>Cannot undo “{action}”</source>
            <translation>Impossible d’annuler « {action} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="613" />
            <source>Cannot redo “{action}”</source>
            <translation>Impossible de rétablir « {action} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="653" />
            <source>{refused}: {reason} Nothing was changed; the step stays in the list.</source>
            <translation>{refused} : {reason} Rien n’a été modifié ; l’opération reste dans la liste.</translation>
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <location filename="cnil_case/ui/undo.py" line="106" />
            <source>Add event “{title}”</source>
            <translation>Ajout de l’événement « {title} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="108" />
            <source>Add {n} events</source>
            <translation>Ajout de {n} événements</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="148" />
            <source>Delete event “{title}”</source>
            <translation>Suppression de l’événement « {title} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="182" />
            <source>Edit event “{title}”</source>
            <translation>Modification de l’événement « {title} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="184" />
            <source>Star event “{title}”</source>
            <translation>Marquage de l’événement « {title} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="186" />
            <source>Unstar event “{title}”</source>
            <translation>Retrait du marquage de l’événement « {title} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="342" />
            <source>Edit the overview of {reference}</source>
            <translation>Modifier la synthèse de {reference}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="363" />
            <source>Add party “{name}”</source>
            <translation>Ajouter la partie « {name} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="368" />
            <source>Edit party “{name}”</source>
            <translation>Modifier la partie « {name} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="373" />
            <source>Remove party “{name}”</source>
            <translation>Retirer la partie « {name} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="395" />
            <source>Add finding “{title}”</source>
            <translation>Ajouter le constat « {title} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="403" />
            <source>Edit finding “{title}”</source>
            <translation>Modifier le constat « {title} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="409" />
            <source>Delete finding “{title}”</source>
            <translation>Supprimer le constat « {title} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="427" />
            <source>Add measure “{text}”</source>
            <translation>Ajouter la mesure « {text} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="432" />
            <source>Edit measure “{text}”</source>
            <translation>Modifier la mesure « {text} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="437" />
            <source>Delete measure “{text}”</source>
            <translation>Supprimer la mesure « {text} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="460" />
            <source>Add correspondence “{subject}”</source>
            <translation>Ajouter le courrier « {subject} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="466" />
            <source>Edit correspondence “{subject}”</source>
            <translation>Modifier le courrier « {subject} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="472" />
            <source>Delete correspondence “{subject}”</source>
            <translation>Supprimer le courrier « {subject} »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="665" />
            <source>{n} obligation record(s) (notifications, decisions)</source>
            <translation>{n} enregistrement(s) d’obligation (notifications, décisions)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="666" />
            <source>{n} timeline event(s)</source>
            <translation>{n} événement(s) de la chronologie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="667" />
            <source>{n} evidence item(s)</source>
            <translation>{n} pièce(s)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="668" />
            <source>{n} correspondence item(s)</source>
            <translation>{n} courrier(s)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="669" />
            <source>{n} finding(s)</source>
            <translation>{n} constat(s)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="670" />
            <source>{n} measure(s)</source>
            <translation>{n} mesure(s)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="671" />
            <source>{n} party(ies) working for it</source>
            <translation>{n} partie(s) travaillant pour elle</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="672" />
            <source>{n} answer(s) or reminder(s) filed under it</source>
            <translation>{n} réponse(s) ou relance(s) classée(s) sous cet élément</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="684" />
            <source>when it was removed, {what} went or lost their link with it; adding it back would not restore them.</source>
            <translation>lors de sa suppression, {what} ont disparu ou perdu leur lien avec lui ; le rétablir ne les restaurerait pas.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="686" />
            <source>{what} refer to it now; removing it would delete them or lose their link with it.</source>
            <translation>{what} y font désormais référence ; le supprimer les effacerait ou romprait leur lien avec lui.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="689" />
            <source>someone else</source>
            <translation>quelqu’un d’autre</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/undo.py" line="690" />
            <source>{what} was changed by {who} since this step; undoing it would overwrite that change.</source>
            <translation>{what} a été modifié par {who} depuis cette opération ; l’annuler écraserait cette modification.</translation>
        </message>
    </context>
</TS>
