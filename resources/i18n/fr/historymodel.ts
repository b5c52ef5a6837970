<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="132" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="132" />
            <source>Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="132" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="132" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="132" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/historymodel.py" line="179" />
            <source>deadlines moved: %n</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="196" />
            <source>Before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="197" />
            <source>After</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
