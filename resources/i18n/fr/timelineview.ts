<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>TimelineView</name>
        <message>
            <location filename="cnil_case/ui/timelineview.py" line="88" />
            <source>e.g. 1 févr. 2024 14h Viamedis informe la CNIL, then Enter</source>
            <translation>p. ex. 1 févr. 2024 14h Viamedis informe la CNIL, puis Entrée</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineview.py" line="89" />
            <source>A date, an optional time and what happened, in French or English: 2024-02-01 14:00, 01/02/2024, 1 févr. 2024 14h30, Feb 1, 2024 2:30 pm, 2024-02-01T13:00Z. The time is read in the case's time zone unless it carries an offset. Paste several lines to add several events.</source>
            <translation>Une date, une heure facultative et le fait, en français ou en anglais : 2024-02-01 14:00, 01/02/2024, 1 févr. 2024 14h30, Feb 1, 2024 2:30 pm, 2024-02-01T13:00Z. L’heure est lue dans le fuseau horaire du dossier, sauf si elle porte un décalage. Collez plusieurs lignes pour ajouter plusieurs événements.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineview.py" line="99" />
            <source>Category filter</source>
            <translation>Filtre par catégorie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineview.py" line="100" />
            <source>All categories</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineview.py" line="104" />
            <source>Tag filter</source>
            <translation>Filtre par étiquette</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineview.py" line="106" />
            <source>All tags</source>
            <translation>Toutes les étiquettes</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineview.py" line="107" />
            <source>Starred only</source>
            <translation>Faits marquants seulement</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineview.py" line="109" />
            <source>Find in title, details, source</source>
            <translation>Rechercher dans le titre, les détails, la source</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineview.py" line="143" />
            <source>Evidence supporting the selected event; double-click to show it</source>
            <translation>Preuves à l’appui de l’événement sélectionné ; double-cliquez pour l’afficher</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineview.py" line="147" />
            <source>Evidence of the selected event</source>
            <translation>Preuves de l’événement sélectionné</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineview.py" line="156" />
            <source>&amp;Quick add:</source>
            <translation>Ajout &amp;rapide :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineview.py" line="165" />
            <source>Paste events</source>
            <translation>Coller des événements</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/timelineview.py" line="298" />
            <source>Events: %n</source>
            <translation>
                <numerusform>Événements : %n</numerusform>
                <numerusform>Événements : %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineview.py" line="388" />
            <source>Delete event</source>
            <translation>Supprimer l’événement</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineview.py" line="389" />
            <source>Delete the event “{title}”? The deletion is recorded in the case's history.</source>
            <translation>Supprimer l’événement « {title} » ? La suppression est consignée dans l’historique du dossier.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/timelineview.py" line="408" />
            <source>Times are read in {zone} unless they carry an offset; Ctrl+V on the table adds several lines after a preview.</source>
            <translation>Les heures sont lues dans le fuseau {zone} sauf si elles portent un décalage ; Ctrl+V sur le tableau ajoute plusieurs lignes après un aperçu.</translation>
        </message>
    </context>
</TS>
