<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>TimelineGraph</name>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="323" />
            <source>No party</source>
            <translation>Aucune partie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="326" />
            <source>events without an actor</source>
            <translation>événements sans acteur</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="366" />
            <source>Times in {zone}</source>
            <translation>Heures en {zone}</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/timelinegraph.py" line="426" />
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n événement</numerusform>
                <numerusform>%n événements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/timelinegraph.py" line="428" />
            <source>(%n starred)</source>
            <translation>
                <numerusform>(dont %n fait marquant)</numerusform>
                <numerusform>(dont %n faits marquants)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="429" />
            <source>{count}
{when}
Click to zoom in</source>
            <translation>{count}
{when}
Cliquer pour zoomer</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="468" />
            <source>{duty}
Fulfilled {when}</source>
            <translation>{duty}
Remplie le {when}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="529" />
            <source>Now: {when}</source>
            <translation>Maintenant : {when}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="545" />
            <source>starred</source>
            <translation>fait marquant</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="550" />
            <source>event (colour: category)</source>
            <translation>événement (couleur : catégorie)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="555" />
            <source>number of events</source>
            <translation>nombre d’événements</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="556" />
            <source>Deadlines:</source>
            <translation>Échéances :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="557" />
            <source>due soon</source>
            <translation>échéance proche</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="557" />
            <source>overdue</source>
            <translation>en retard</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="558" />
            <source>met</source>
            <translation>remplie dans le délai</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="558" />
            <source>open</source>
            <translation>en cours</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="559" />
            <source>late</source>
            <translation>remplie en retard</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="569" />
            <source>now</source>
            <translation>maintenant</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="596" />
            <source>Source: {source}</source>
            <translation>Source : {source}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="603" />
            <source>{article} — {report} ({debtor} → {recipient}), due {due}</source>
            <translation>{article} — {report} ({debtor} → {recipient}), échéance {due}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="605" />
            <source>{article} — {report} ({debtor} → {recipient}), without undue delay</source>
            <translation>{article} — {report} ({debtor} → {recipient}), dans les meilleurs délais</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="613" />
            <source>Clock started {when}</source>
            <translation>Délai ouvert le {when}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="633" />
            <source>{reference} — {title}: chronology</source>
            <translation>{reference} — {title} : chronologie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="659" />
            <source>Could not write the image {path}: check the folder exists and you may write to it.</source>
            <translation>Impossible d’écrire l’image {path} : vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/timelinegraph.py" line="732" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… et %n autre</numerusform>
                <numerusform>… et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="833" />
            <source>Zoom out (-)</source>
            <translation>Zoom arrière (-)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="835" />
            <source>Zoom in (+); the mouse wheel zooms around the cursor</source>
            <translation>Zoom avant (+) ; la molette zoome autour du curseur</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="838" />
            <source>&amp;Fit</source>
            <translation>&amp;Tout voir</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="839" />
            <source>Show the whole case</source>
            <translation>Afficher tout le dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="840" />
            <source>E&amp;xport image…</source>
            <translation>E&amp;xporter l’image…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="841" />
            <source>Save the whole case's chronology as a PNG or SVG image</source>
            <translation>Enregistrer la chronologie de tout le dossier en image PNG ou SVG</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="909" />
            <source>No case open.</source>
            <translation>Aucun dossier ouvert.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="910" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/timelinegraph.py" line="1119" />
            <source>%n event(s) in view</source>
            <translation>
                <numerusform>%n événement affiché</numerusform>
                <numerusform>%n événements affichés</numerusform>
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="1120" />
            <source>{count} events around the view, counted per {width}; zoom in to see each one</source>
            <translation>{count} événements autour de la vue, comptés par tranche de {width} ; zoomez pour les voir un par un</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="1144" />
            <source>Export the chronology as an image</source>
            <translation>Exporter la chronologie en image</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="1145" />
            <source>PNG image (*.png);;SVG image (*.svg)</source>
            <translation>Image PNG (*.png);;Image SVG (*.svg)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinegraph.py" line="1162" />
            <source>Image saved to {path}</source>
            <translation>Image enregistrée dans {path}</translation>
        </message>
    </context>
</TS>
