<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>importers</name>
        <message>
            <location filename="cnil_case/core/importers/source.py" line="76" />
            <source>{encoding} is not a known text encoding</source>
            <translation>{encoding} n’est pas un encodage de texte connu</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/source.py" line="87" />
            <source>{file}, line {line}: not {encoding} text (byte {byte} at position {position}); save the file as UTF-8, or give its encoding</source>
            <translation>{file}, ligne {line} : ce n’est pas du texte {encoding} (octet {byte} en position {position}) ; enregistrez le fichier en UTF-8, ou indiquez son encodage</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/source.py" line="92" />
            <source>{file}: not {encoding} text ({error}); save the file as UTF-8, or give its encoding</source>
            <translation>{file} : ce n’est pas du texte {encoding} ({error}) ; enregistrez le fichier en UTF-8, ou indiquez son encodage</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/source.py" line="119" />
            <source>{file} is empty: expected a header line naming the columns</source>
            <translation>{file} est vide : une ligne d’en-tête nommant les colonnes était attendue</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/source.py" line="124" />
            <source>{file}, line {line}: column {column} of the header has no name</source>
            <translation>{file}, ligne {line} : la colonne {column} de l’en-tête n’a pas de nom</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/source.py" line="128" />
            <source>{file}, line {line}: the header names {columns} more than once</source>
            <translation>{file}, ligne {line} : l’en-tête nomme {columns} plus d’une fois</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/source.py" line="142" />
            <source>{file}, line {line}: broken CSV ({error})</source>
            <translation>{file}, ligne {line} : CSV invalide ({error})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/source.py" line="150" />
            <source>{count} fields where the header has {width}</source>
            <translation>{count} champs alors que l’en-tête en a {width}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/source.py" line="173" />
            <source>not JSON ({error})</source>
            <translation>pas du JSON ({error})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/source.py" line="176" />
            <source>a JSON {type}, not an object</source>
            <translation>un {type} JSON, et non un objet</translation>
        </message>
    </context>
</TS>
