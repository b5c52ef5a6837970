<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>importers</name>
        <message>
            <location filename="cnil_case/core/importers/mapping.py" line="120" />
            <source>Time format</source>
            <translation>Format de l’heure</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/mapping.py" line="120" />
            <source>{format} is not one of {formats} nor a strptime pattern such as {example}</source>
            <translation>{format} n’est ni l’un des formats {formats} ni un modèle strptime tel que {example}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/mapping.py" line="134" />
            <source>no {missing} column (the columns are: {columns})</source>
            <translation>pas de colonne {missing} (les colonnes sont : {columns})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/mapping.py" line="143" />
            <source>Zone</source>
            <translation>Fuseau</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/mapping.py" line="143" />
            <source>{zone} is not an IANA time zone (e.g. Europe/Paris, UTC)</source>
            <translation>{zone} n’est pas un fuseau horaire IANA (par ex. Europe/Paris, UTC)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/mapping.py" line="189" />
            <source>{column} value {value} is neither a UTC offset (+01:00) nor a zone name</source>
            <translation>la valeur {value} de {column} n’est ni un décalage UTC (+01:00) ni un nom de fuseau</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/mapping.py" line="202" />
            <source>no {column} value</source>
            <translation>pas de valeur {column}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/mapping.py" line="211" />
            <source>{column} value {value} is not a number of {unit} units</source>
            <translation>la valeur {value} de {column} n’est pas un nombre d’unités {unit}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/mapping.py" line="215" />
            <source>{column} value {value} is not text</source>
            <translation>la valeur {value} de {column} n’est pas du texte</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/mapping.py" line="222" />
            <source>an ISO 8601 date-time</source>
            <translation>une date et heure ISO 8601</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/mapping.py" line="223" />
            <source>a time in the format {format}</source>
            <translation>une heure au format {format}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/mapping.py" line="224" />
            <source>{column} value {value} is not {expected}</source>
            <translation>la valeur {value} de {column} n’est pas {expected}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/mapping.py" line="229" />
            <source>{column} value {value} has no UTC offset and no zone was given: name the zone the times are in (e.g. Europe/Paris, or UTC)</source>
            <translation>la valeur {value} de {column} n’a pas de décalage UTC et aucun fuseau n’a été indiqué : indiquez le fuseau des heures (par ex. Europe/Paris, ou UTC)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/mapping.py" line="239" />
            <source>UTC offset {offset} has seconds; only whole minutes are kept</source>
            <translation>le décalage UTC {offset} comporte des secondes ; seules les minutes entières sont conservées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/mapping.py" line="253" />
            <source>{column} value {value} does not exist in {zone} (clocks jumped forward)</source>
            <translation>la valeur {value} de {column} n’existe pas dans le fuseau {zone} (passage à l’heure d’été)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/mapping.py" line="255" />
            <source>{column} value {value} happens twice in {zone} (clocks went back); the file must give the offset</source>
            <translation>la valeur {value} de {column} survient deux fois dans le fuseau {zone} (retour à l’heure d’hiver) ; le fichier doit indiquer le décalage</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/mapping.py" line="275" />
            <source>empty {column}</source>
            <translation>{column} vide</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/mapping.py" line="286" />
            <source>{column} value {value} is not one of {categories}</source>
            <translation>la valeur {value} de {column} ne fait pas partie de {categories}</translation>
        </message>
    </context>
</TS>
