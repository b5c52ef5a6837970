<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>importers</name>
        <message>
            <location filename="cnil_case/core/importers/presets.py" line="35" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/presets.py" line="35" />
            <source>{format} is not one of {formats}</source>
            <translation>{format} ne fait pas partie de {formats}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/presets.py" line="62" />
            <source>Mapping</source>
            <translation>Correspondance des colonnes</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/presets.py" line="62" />
            <source>format {format} needs a mapping: at least the time and title columns</source>
            <translation>le format {format} demande une correspondance des colonnes : au moins les colonnes de l’heure et du titre</translation>
        </message>
    </context>
</TS>
