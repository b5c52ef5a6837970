<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>FulfilDialog</name>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="28" />
            <source>Mark fulfilled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="35" />
            <source>{duty}
{debtor} → {recipient}
Due: {due}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="40" />
            <source>When the notification was sent or the report filed, in {zone}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="43" />
            <source>e.g. the CNIL notification number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="44" />
            <source>The reference the recipient gave (acknowledgement, file number).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="48" />
            <source>Why it was not done before the deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="58" />
            <source>Obligation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="59" />
            <source>&amp;Fulfilled at:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="60" />
            <source>Recipient's &amp;reference:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="66" />
            <source>Reasons for the &amp;delay:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="67" />
            <source>&amp;Notes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="109" />
            <source>This duty has no fixed deadline: reasons for a delay are not asked for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="113" />
            <source>Required: this is {late} after the deadline ({due}). GDPR Art. 33(1): a notification made after 72 hours “shall be accompanied by reasons for the delay”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="118" />
            <source>Required: this is {late} after the deadline ({due}). As GDPR Art. 33(1) asks of a late notification, the reasons for the delay are kept in the case's record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="125" />
            <source>Needed only if fulfilled after the deadline ({due}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/fulfildialog.py" line="134" />
            <source>enter when it was done</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
