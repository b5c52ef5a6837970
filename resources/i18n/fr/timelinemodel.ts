<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="268" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="268" />
            <source>Precision</source>
            <translation>Précision</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="268" />
            <source>Time</source>
            <translation>Date et heure</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="268" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="269" />
            <source>Actor</source>
            <translation>Acteur</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="269" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="269" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="272" />
            <source>Starred events (click a star to toggle it)</source>
            <translation>Événements marqués d’une étoile (cliquez sur une étoile pour l’ajouter ou l’enlever)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="274" />
            <source>Time in the case's zone, with its UTC offset (click to reverse the order)</source>
            <translation>Heure dans le fuseau du dossier, avec son décalage UTC (cliquez pour inverser l’ordre)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="294" />
            <source>(deleted)</source>
            <translation>(supprimé)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="296" />
            <source>loading…</source>
            <translation>chargement…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="325" />
            <source>Not starred</source>
            <translation>Sans étoile</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="325" />
            <source>Starred</source>
            <translation>Marqué d’une étoile</translation>
        </message>
    </context>
</TS>
