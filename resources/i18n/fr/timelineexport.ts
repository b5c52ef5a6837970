<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="cnil_case/ui/timelineexport.py" line="43" />
            <source>Export the timeline</source>
            <translation>Exporter la chronologie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineexport.py" line="44" />
            <source>Timesketch CSV</source>
            <translation>CSV Timesketch</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineexport.py" line="45" />
            <source>Timesketch JSON lines</source>
            <translation>JSON Lines Timesketch</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineexport.py" line="46" />
            <source>Every event of the case</source>
            <translation>Tous les événements du dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineexport.py" line="47" />
            <source>Only the events the timeline's filter shows</source>
            <translation>Seulement les événements retenus par le filtre de la chronologie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineexport.py" line="57" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineexport.py" line="58" />
            <source>Events</source>
            <translation>Événements</translation>
        </message>
    </context>
    <context>
        <name>timelineexport</name>
        <message>
            <location filename="cnil_case/ui/timelineexport.py" line="98" />
            <source>Timesketch CSV (*.csv)</source>
            <translation>CSV Timesketch (*.csv)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineexport.py" line="99" />
            <source>JSON lines (*.jsonl)</source>
            <translation>JSON Lines (*.jsonl)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineexport.py" line="100" />
            <source>Export the timeline</source>
            <translation>Exporter la chronologie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineexport.py" line="110" />
            <source>Timeline exported</source>
            <translation>Chronologie exportée</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/timelineexport.py" line="111" />
            <source>%n event(s) written to {path}</source>
            <translation>
                <numerusform>%n événement écrit dans {path}</numerusform>
                <numerusform>%n événements écrits dans {path}</numerusform>
            </translation>
        </message>
    </context>
</TS>
