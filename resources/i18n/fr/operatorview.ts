<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>OperatorDialog</name>
        <message>
            <location filename="cnil_case/ui/operatorview.py" line="29" />
            <source>Correspondence with an organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/operatorview.py" line="40" />
            <source>&amp;Organisation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/operatorview.py" line="68" />
            <source>No organisation in this workspace yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/operatorview.py" line="77" />
            <source>Asked: {asked} · answered: {answered} · outstanding: {outstanding} · overdue: {overdue}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
