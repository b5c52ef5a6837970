<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>FulfilDialog</name>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="35" />
            <source>Mark fulfilled</source>
            <translation>Marquer comme accomplie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="42" />
            <source>{duty}
{debtor} → {recipient}
Due: {due}</source>
            <translation>{duty}
{debtor} → {recipient}
Échéance : {due}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="47" />
            <source>When the notification was sent or the report filed, in {zone}.</source>
            <translation>Date et heure d’envoi de la notification ou de dépôt du rapport, dans le fuseau {zone}.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="50" />
            <source>e.g. the CNIL notification number</source>
            <translation>p. ex. le numéro de notification CNIL</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="51" />
            <source>The reference the recipient gave (acknowledgement, file number).</source>
            <translation>La référence donnée par le destinataire (accusé de réception, numéro de dossier).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="55" />
            <source>Why it was not done before the deadline</source>
            <translation>Pourquoi cela n’a pas été fait avant l’échéance</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="65" />
            <source>Obligation:</source>
            <translation>Obligation :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="67" />
            <source>&amp;Fulfilled at:</source>
            <translation>&amp;Accomplie le :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="68" />
            <source>Recipient's &amp;reference:</source>
            <translation>&amp;Référence du destinataire :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="74" />
            <source>Reasons for the &amp;delay:</source>
            <translation>&amp;Motifs du retard :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="82" />
            <source>&amp;Notes:</source>
            <translation>&amp;Notes :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="124" />
            <source>This duty has no fixed deadline: reasons for a delay are not asked for.</source>
            <translation>Cette obligation n’a pas d’échéance fixe : aucun motif de retard n’est demandé.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="128" />
            <source>Required: this is {late} after the deadline ({due}). GDPR Art. 33(1): a notification made after 72 hours “shall be accompanied by reasons for the delay”.</source>
            <translation>Obligatoire : c’est {late} après l’échéance ({due}). Art. 33(1) du RGPD : lorsque la notification n’a pas lieu dans les 72 heures, elle « est accompagnée des motifs du retard ».</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="133" />
            <source>Required: this is {late} after the deadline ({due}). As GDPR Art. 33(1) asks of a late notification, the reasons for the delay are kept in the case's record.</source>
            <translation>Obligatoire : c’est {late} après l’échéance ({due}). Comme l’art. 33(1) du RGPD l’exige d’une notification tardive, les motifs du retard sont conservés dans le dossier.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="140" />
            <source>Needed only if fulfilled after the deadline ({due}).</source>
            <translation>Requis seulement si l’obligation est accomplie après l’échéance ({due}).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="149" />
            <source>enter when it was done</source>
            <translation>indiquez quand elle a été accomplie</translation>
        </message>
    </context>
    <context>
        <name>obligations</name>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="149" />
            <source>Fulfilled at</source>
            <translation>Accomplie le</translation>
        </message>
    </context>
</TS>
