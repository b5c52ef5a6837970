<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>HistoryView</name>
        <message>
            <location filename="cnil_case/ui/historyview.py" line="19" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historyview.py" line="27" />
            <source>Select an entry to see the values before and after the change.</source>
            <translation>Sélectionnez une entrée pour voir les valeurs avant et après la modification.</translation>
        </message>
    </context>
</TS>
