<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>ObligationsView</name>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="61" />
            <source>&amp;Mark fulfilled…</source>
            <translation>&amp;Marquer comme accomplie…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="62" />
            <source>Record when the notification was sent or the report filed</source>
            <translation>Enregistrer la date d’envoi de la notification ou de dépôt du rapport</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="63" />
            <source>&amp;Not required…</source>
            <translation>&amp;Non requise…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="64" />
            <source>Record why this duty does not apply</source>
            <translation>Enregistrer pourquoi cette obligation ne s’applique pas</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="65" />
            <source>R&amp;eopen</source>
            <translation>&amp;Rouvrir</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="66" />
            <source>Set the clock running again; what was recorded stays in the history</source>
            <translation>Relancer le décompte ; ce qui a été enregistré reste dans l’historique</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="71" />
            <source>Obligations</source>
            <translation>Obligations</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="86" />
            <source>Select an obligation to see how its deadline was computed.</source>
            <translation>Sélectionnez une obligation pour voir comment son échéance a été calculée.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="167" />
            <source>Reopen obligation</source>
            <translation>Rouvrir l’obligation</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="168" />
            <source>Reopen {obligation}? Its clock runs again; what was recorded stays in the case's history.</source>
            <translation>Rouvrir l’obligation {obligation} ? Son décompte reprend ; ce qui a été enregistré reste dans l’historique du dossier.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="187" />
            <source>Times in {zone} · due soon: less than {hours} h left</source>
            <translation>Heures affichées en {zone} · échéance proche : moins de {hours} h restantes</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="251" />
            <source>Fulfilled at</source>
            <translation>Accomplie le</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="253" />
            <source>Recipient's reference</source>
            <translation>Référence du destinataire</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="255" />
            <source>Reasons for the delay</source>
            <translation>Motifs du retard</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="257" />
            <source>Not required because</source>
            <translation>Non requise car</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="259" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="264" />
            <source>Recorded</source>
            <translation>Éléments enregistrés</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="267" />
            <source>{name}:</source>
            <comment>a label before its value</comment>
            <translation>{name} :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="272" />
            <source>Nothing recorded yet.</source>
            <translation>Rien n’a encore été enregistré.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="273" />
            <source>How the deadline is computed</source>
            <translation>Calcul de l’échéance</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="278" />
            <source>Terms</source>
            <translation>Définitions</translation>
        </message>
    </context>
</TS>
