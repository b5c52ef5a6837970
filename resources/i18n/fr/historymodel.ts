<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="132" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="132" />
            <source>Changes</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="132" />
            <source>What</source>
            <translation>Objet</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="132" />
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="132" />
            <source>Who</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="147" />
            <source>{entity} {action}</source>
            <comment>an audit entry: what, then what was done to it</comment>
            <translation>{entity} : {action}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="168" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="169" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/historymodel.py" line="181" />
            <source>deadlines moved: %n</source>
            <translation>
                <numerusform>échéance déplacée : %n</numerusform>
                <numerusform>échéances déplacées : %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="198" />
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="199" />
            <source>After</source>
            <translation>Après</translation>
        </message>
    </context>
</TS>
