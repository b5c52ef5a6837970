<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CorrespondenceDialog</name>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="55" />
            <source>Edit correspondence</source>
            <translation>Modifier le courrier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="55" />
            <source>New correspondence</source>
            <translation>Nouveau courrier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="71" />
            <source>(not stated)</source>
            <translation>(non précisé)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="80" />
            <source>No time limit</source>
            <translation>Aucun délai imparti</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="81" />
            <source>A period</source>
            <translation>Une durée</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="82" />
            <source>A date</source>
            <translation>Une date</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="98" />
            <source>A period is counted under Reg. 1182/71 with the recipient's holidays: it ends at the end of its last day, moved to the next working day. A date ends at midnight after it, in the case's zone.</source>
            <translation>Une durée est calculée selon le règlement 1182/71, avec les jours fériés du destinataire : elle expire à la fin de son dernier jour, reporté le cas échéant au jour ouvrable suivant. Une date expire à minuit à la fin de ce jour, dans le fuseau horaire du dossier.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="105" />
            <source>Full answer</source>
            <translation>Réponse complète</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="106" />
            <source>Partial answer</source>
            <translation>Réponse partielle</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="107" />
            <source>Closed (no answer expected any more)</source>
            <translation>Clos (plus aucune réponse attendue)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="108" />
            <source>Add a timeline event</source>
            <translation>Ajouter un événement à la chronologie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="115" />
            <source>Kind:</source>
            <translation>Type :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="116" />
            <source>Subject:</source>
            <translation>Objet :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="117" />
            <source>From:</source>
            <translation>Expéditeur :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="118" />
            <source>To:</source>
            <translation>Destinataire :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="119" />
            <source>Sent:</source>
            <translation>Envoyé le :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="120" />
            <source>Time limit:</source>
            <translation>Délai de réponse :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="121" />
            <source>Answer:</source>
            <translation>Réponse :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="122" />
            <source>Reference:</source>
            <translation>Référence :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="123" />
            <source>Summary:</source>
            <translation>Résumé :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="124" />
            <source>Attachments:</source>
            <translation>Pièces jointes :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="203" />
            <source>enter when it was sent</source>
            <translation>indiquez la date d’envoi</translation>
        </message>
    </context>
    <context>
        <name>correspondence</name>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="203" />
            <source>Sent</source>
            <translation>Envoi</translation>
        </message>
    </context>
</TS>
