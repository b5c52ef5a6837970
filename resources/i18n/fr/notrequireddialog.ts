<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>NotRequiredDialog</name>
        <message>
            <location filename="cnil_case/ui/notrequireddialog.py" line="19" />
            <source>Not required</source>
            <translation>Non requise</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/notrequireddialog.py" line="21" />
            <source>{duty}
{debtor} → {recipient}</source>
            <translation>{duty}
{debtor} → {recipient}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/notrequireddialog.py" line="35" />
            <source>Why this duty does not apply, e.g. “unlikely to result in a risk to the rights and freedoms of natural persons (Art. 33(1))”; it is kept in the case's record</source>
            <translation>Pourquoi cette obligation ne s’applique pas, p. ex. « la violation n’est pas susceptible d’engendrer un risque pour les droits et libertés des personnes physiques (art. 33(1)) » ; ce motif est conservé dans le dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/notrequireddialog.py" line="40" />
            <source>Obligation:</source>
            <translation>Obligation :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/notrequireddialog.py" line="42" />
            <source>Legal basis:</source>
            <translation>Base juridique :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/notrequireddialog.py" line="51" />
            <source>&amp;Justification:</source>
            <translation>&amp;Justification :</translation>
        </message>
    </context>
</TS>
