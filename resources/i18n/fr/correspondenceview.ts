<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CorrespondenceView</name>
        <message>
            <location filename="cnil_case/ui/correspondenceview.py" line="53" />
            <source>Correspondence</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondenceview.py" line="66" />
            <source>&amp;New request…</source>
            <translation>&amp;Nouvelle demande…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondenceview.py" line="67" />
            <source>&amp;Answer…</source>
            <translation>&amp;Répondre…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondenceview.py" line="68" />
            <source>&amp;Reminder…</source>
            <translation>Re&amp;lancer…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondenceview.py" line="69" />
            <source>Draft a reminder of an overdue request, to edit before saving</source>
            <translation>Préparer une relance d’une demande en retard, à relire avant de l’enregistrer</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondenceview.py" line="70" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondenceview.py" line="71" />
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondenceview.py" line="74" />
            <source>The summary of the selected item</source>
            <translation>Le résumé du courrier sélectionné</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/correspondenceview.py" line="143" />
            <source>Items: %n</source>
            <translation>
                <numerusform>%n courrier</numerusform>
                <numerusform>%n courriers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/correspondenceview.py" line="145" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n en retard</numerusform>
                <numerusform>%n en retard</numerusform>
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondenceview.py" line="201" />
            <source>Delete “{subject}”?</source>
            <translation>Supprimer « {subject} » ?</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/correspondenceview.py" line="203" />
            <source>Its %n answer(s) and reminder(s) are deleted with it.</source>
            <translation>
                <numerusform>La réponse ou relance qui lui est rattachée est supprimée avec lui.</numerusform>
                <numerusform>Les %n réponses et relances qui lui sont rattachées sont supprimées avec lui.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondenceview.py" line="204" />
            <source>Delete correspondence</source>
            <translation>Supprimer le courrier</translation>
        </message>
    </context>
</TS>
