<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>ActivityModel</name>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="227" />
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="227" />
            <source>What happened</source>
            <translation>Ce qui s’est passé</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="227" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="227" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="236" />
            <source>just now</source>
            <translation>à l’instant</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/homemodel.py" line="238" />
            <source>%n min ago</source>
            <translation>
                <numerusform>il y a %n min</numerusform>
                <numerusform>il y a %n min</numerusform>
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="241" />
            <source>today {time}</source>
            <translation>aujourd’hui à {time}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="243" />
            <source>yesterday {time}</source>
            <translation>hier à {time}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="258" />
            <source>(deleted case)</source>
            <translation>(dossier supprimé)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="258" />
            <source>workspace</source>
            <translation>espace de travail</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="263" />
            <source>{reference}: {title}
Open the case (double-click or Enter)</source>
            <translation>{reference} : {title}
Ouvrir le dossier (double-clic ou Entrée)</translation>
        </message>
    </context>
    <context>
        <name>CasesModel</name>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="122" />
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="122" />
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="122" />
            <source>Most urgent obligation</source>
            <translation>Obligation la plus urgente</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="122" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="122" />
            <source>Time left</source>
            <translation>Temps restant</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="133" />
            <source>No clock running</source>
            <translation>Aucun délai en cours</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="144" />
            <source>{reference}: {title}
Open the case (double-click or Enter)</source>
            <translation>{reference} : {title}
Ouvrir le dossier (double-clic ou Entrée)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="147" />
            <source>{duty}
{basis}
Open the case on this obligation (double-click or Enter)</source>
            <translation>{duty}
{basis}
Ouvrir le dossier sur cette obligation (double-clic ou Entrée)</translation>
        </message>
    </context>
    <context>
        <name>RequestsModel</name>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="173" />
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="173" />
            <source>Late by / left</source>
            <translation>Retard / temps restant</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="173" />
            <source>Recipient</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="173" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="174" />
            <source>Answer due</source>
            <translation>Réponse attendue le</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="174" />
            <source>Request</source>
            <translation>Demande</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="186" />
            <source>Late</source>
            <translation>En retard</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="186" />
            <source>Late, partly answered</source>
            <translation>En retard, réponse partielle</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="187" />
            <source>Due soon</source>
            <translation>Échéance proche</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="191" />
            <source>late by {duration}</source>
            <translation>en retard de {duration}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="192" />
            <source>{duration} left</source>
            <translation>reste {duration}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/homemodel.py" line="203" />
            <source>{subject}
Sent {sent} to {recipient} ({case})
Open it in the case's Correspondence tab (double-click or Enter)</source>
            <translation>{subject}
Envoyée le {sent} à {recipient} ({case})
L’ouvrir dans l’onglet Correspondance du dossier (double-clic ou Entrée)</translation>
        </message>
    </context>
</TS>
