<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="56" />
            <source>Timesketch CSV</source>
            <translation>Timesketch CSV</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="57" />
            <source>Timesketch JSONL</source>
            <translation>Timesketch JSONL</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="58" />
            <source>DFIR-IRIS timeline CSV</source>
            <translation>Chronologie DFIR-IRIS (CSV)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="59" />
            <source>Other CSV (map the columns)</source>
            <translation>Autre CSV (associer les colonnes)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="60" />
            <source>Other JSON lines (map the fields)</source>
            <translation>Autre JSON lines (associer les champs)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="63" />
            <source>ISO 8601 (2024-02-01T10:30:00+01:00)</source>
            <translation>ISO 8601 (2024-02-01T10:30:00+01:00)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="64" />
            <source>Seconds since 1970 (UTC)</source>
            <translation>Secondes depuis 1970 (UTC)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="65" />
            <source>Milliseconds since 1970 (UTC)</source>
            <translation>Millisecondes depuis 1970 (UTC)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="66" />
            <source>Microseconds since 1970 (UTC)</source>
            <translation>Microsecondes depuis 1970 (UTC)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="67" />
            <source>Custom pattern (strptime)…</source>
            <translation>Motif personnalisé (strptime)…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="70" />
            <source>Windows-1252 (Western European)</source>
            <translation>Windows-1252 (Europe occidentale)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="165" />
            <source>Import a timeline into {case}</source>
            <translation>Importer une chronologie dans {case}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="175" />
            <source>&lt;b&gt;{name}&lt;/b&gt; ({size})</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; ({size})</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="200" />
            <source>Ticked columns are kept with each event as attributes</source>
            <translation>Les colonnes cochées sont conservées avec chaque événement comme attributs</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="202" />
            <source>Times without a UTC offset are in:</source>
            <translation>Les heures sans décalage UTC sont en :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="209" />
            <source>Stop at the first bad line: nothing is imported</source>
            <translation>S'arrêter à la première ligne invalide : rien n'est importé</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="210" />
            <source>Skip bad lines and list them in the import record</source>
            <translation>Ignorer les lignes invalides et les lister dans la fiche d'import</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="212" />
            <source>Keep the source file in the evidence vault</source>
            <translation>Conserver le fichier source dans le coffre des pièces</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="237" />
            <source>Start import</source>
            <translation>Lancer l'import</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="243" />
            <source>File:</source>
            <translation>Fichier :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="247" />
            <source>Format:</source>
            <translation>Format :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="251" />
            <source>Text encoding:</source>
            <translation>Encodage du texte :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="253" />
            <source>Columns</source>
            <translation>Colonnes</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="255" />
            <source>Time:</source>
            <translation>Heure :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="256" />
            <source>Time format:</source>
            <translation>Format de l'heure :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="257" />
            <source>Pattern:</source>
            <translation>Motif :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="258" />
            <source>Title:</source>
            <translation>Titre :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="259" />
            <source>Details:</source>
            <translation>Détails :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="260" />
            <source>Source:</source>
            <translation>Source :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="261" />
            <source>Category:</source>
            <translation>Catégorie :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="262" />
            <source>Attributes:</source>
            <translation>Attributs :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="264" />
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="271" />
            <source>Bad lines and source file</source>
            <translation>Lignes invalides et fichier source</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="283" />
            <source>Preview of the first records (first column: as it will be imported, in the case's zone {zone})</source>
            <translation>Aperçu des premiers enregistrements (première colonne : tel qu'il sera importé, dans le fuseau du dossier {zone})</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="327" />
            <source>Reading the first records…</source>
            <translation>Lecture des premiers enregistrements…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="348" />
            <source>not a known format: map the columns</source>
            <translation>format non reconnu : associez les colonnes</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="348" />
            <source>recognised from its columns</source>
            <translation>reconnu d'après ses colonnes</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="471" />
            <source>{n} of the {m} previewed lines cannot be imported (first: line {line}). Choose under “Bad lines” whether they stop the import or are skipped and listed.</source>
            <translation>{n} des {m} lignes de l'aperçu ne peuvent pas être importées (première : ligne {line}). Choisissez sous « Lignes invalides » si elles arrêtent l'import ou sont ignorées et listées.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="475" />
            <source>&lt;span style='color:{c}'&gt;The times in this file carry no UTC offset: tick and name the zone they were recorded in. It is never assumed.&lt;/span&gt;</source>
            <translation>&lt;span style='color:{c}'&gt;Les heures de ce fichier n'ont pas de décalage UTC : cochez la case et indiquez le fuseau dans lequel elles ont été enregistrées. Il n'est jamais supposé.&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="478" />
            <source>Choose the time zone of the file's times before starting.</source>
            <translation>Choisissez le fuseau horaire des heures du fichier avant de lancer l'import.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="480" />
            <source>Times with an offset keep it; the others are read in {zone}.</source>
            <translation>Les heures avec un décalage le conservent ; les autres sont lues en {zone}.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="483" />
            <source>Times in the preview carry their UTC offset (or are UTC epochs).</source>
            <translation>Les heures de l'aperçu portent leur décalage UTC (ou sont des horodatages epoch UTC).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="485" />
            <source>The file holds no records.</source>
            <translation>Le fichier ne contient aucun enregistrement.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="487" />
            <source>No previewed line converts; e.g. line {line}: {reason}</source>
            <translation>Aucune ligne de l'aperçu n'est convertible ; par exemple ligne {line} : {reason}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="496" />
            <source>Imported as</source>
            <translation>Importé comme</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="496" />
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="548" />
            <source>Cancelling… nothing will be imported.</source>
            <translation>Annulation… rien ne sera importé.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="564" />
            <source>Importing…</source>
            <translation>Import en cours…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="576" />
            <source>{records} records read, {done} of {total}</source>
            <translation>{records} enregistrements lus, {done} sur {total}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="584" />
            <source>Import cancelled</source>
            <translation>Import annulé</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="601" />
            <source>Timeline import #{id}</source>
            <translation>Import de chronologie n° {id}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="602" />
            <source>Source of timeline import #{id} ({n} events)</source>
            <translation>Source de l'import de chronologie n° {id} ({n} événements)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="608" />
            <source>The source file was NOT added to the vault: it changed since the import or could not be stored ({why}).</source>
            <translation>Le fichier source n'a PAS été ajouté au coffre : il a changé depuis l'import ou n'a pas pu être stocké ({why}).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="610" />
            <source>different SHA-256</source>
            <translation>SHA-256 différent</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="615" />
            <source>The source file was added to the evidence vault.</source>
            <translation>Le fichier source a été ajouté au coffre des pièces.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="627" />
            <source>Timeline imported</source>
            <translation>Chronologie importée</translation>
        </message>
    </context>
    <context>
        <name>importdialog</name>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="636" />
            <source>{file}: {imported} event(s) imported, {skipped} line(s) skipped, {read} read.</source>
            <translation>{file} : {imported} événement(s) importé(s), {skipped} ligne(s) ignorée(s), {read} lue(s).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="638" />
            <source>SHA-256 of the source file: {sha256}</source>
            <translation>SHA-256 du fichier source : {sha256}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="641" />
            <source>First skipped lines:</source>
            <translation>Premières lignes ignorées :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="642" />
            <source>line {line}: {reason}</source>
            <translation>ligne {line} : {reason}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="651" />
            <source>… and {n} more (only the first are kept)</source>
            <translation>… et {n} de plus (seules les premières sont conservées)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="663" />
            <source>Import a timeline</source>
            <translation>Importer une chronologie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importdialog.py" line="664" />
            <source>Timelines (*.csv *.tsv *.jsonl *.ndjson *.json);;All files (*)</source>
            <translation>Chronologies (*.csv *.tsv *.jsonl *.ndjson *.json);;Tous les fichiers (*)</translation>
        </message>
    </context>
</TS>
