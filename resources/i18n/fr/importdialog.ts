<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="165" />
            <source>Import a timeline into {case}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="175" />
            <source>&lt;b&gt;{name}&lt;/b&gt; ({size})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="200" />
            <source>Ticked columns are kept with each event as attributes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="202" />
            <source>Times without a UTC offset are in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="209" />
            <source>Stop at the first bad line: nothing is imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="210" />
            <source>Skip bad lines and list them in the import record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="212" />
            <source>Keep the source file in the evidence vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="237" />
            <source>Start import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="243" />
            <source>File:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="247" />
            <source>Format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="251" />
            <source>Text encoding:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="253" />
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="255" />
            <source>Time:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="256" />
            <source>Time format:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="257" />
            <source>Pattern:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="258" />
            <source>Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="259" />
            <source>Details:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="260" />
            <source>Source:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="261" />
            <source>Category:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="262" />
            <source>Attributes:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="264" />
            <source>Time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="271" />
            <source>Bad lines and source file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="283" />
            <source>Preview of the first records (first column: as it will be imported, in the case's zone {zone})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="327" />
            <source>Reading the first records…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="348" />
            <source>not a known format: map the columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="348" />
            <source>recognised from its columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="471" />
            <source>{n} of the {m} previewed lines cannot be imported (first: line {line}). Choose under “Bad lines” whether they stop the import or are skipped and listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="475" />
            <source>&lt;span style='color:{c}'&gt;The times in this file carry no UTC offset: tick and name the zone they were recorded in. It is never assumed.&lt;/span&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="478" />
            <source>Choose the time zone of the file's times before starting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="480" />
            <source>Times with an offset keep it; the others are read in {zone}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="483" />
            <source>Times in the preview carry their UTC offset (or are UTC epochs).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="485" />
            <source>The file holds no records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="487" />
            <source>No previewed line converts; e.g. line {line}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="496" />
            <source>Imported as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="496" />
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="548" />
            <source>Cancelling… nothing will be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="564" />
            <source>Importing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="576" />
            <source>{records} records read, {done} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="584" />
            <source>Import cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="601" />
            <source>Timeline import #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="602" />
            <source>Source of timeline import #{id} ({n} events)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="608" />
            <source>The source file was NOT added to the vault: it changed since the import or could not be stored ({why}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="610" />
            <source>different SHA-256</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="615" />
            <source>The source file was added to the evidence vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="627" />
            <source>Timeline imported</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>importdialog</name>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="658" />
            <source>Import a timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="659" />
            <source>Timelines (*.csv *.tsv *.jsonl *.ndjson *.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
