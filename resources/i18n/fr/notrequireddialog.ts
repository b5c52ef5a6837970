<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>NotRequiredDialog</name>
        <message>
            <location filename="cnil_case/ui/notrequireddialog.py" line="17" />
            <source>Not required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/notrequireddialog.py" line="19" />
            <source>{duty}
{debtor} → {recipient}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/notrequireddialog.py" line="33" />
            <source>Why this duty does not apply, e.g. “unlikely to result in a risk to the rights and freedoms of natural persons (Art. 33(1))”; it is kept in the case's record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/notrequireddialog.py" line="38" />
            <source>Obligation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/notrequireddialog.py" line="39" />
            <source>Legal basis:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/notrequireddialog.py" line="40" />
            <source>&amp;Justification:</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
