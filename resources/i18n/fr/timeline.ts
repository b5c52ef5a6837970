<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>timeline</name>
        <message>
            <location filename="cnil_case/core/timeline.py" line="40" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location filename="cnil_case/core/timeline.py" line="41" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="cnil_case/core/timeline.py" line="52" />
            <source>{tag!r} contains a comma; separate tags with commas</source>
            <translation>« {tag} » contient une virgule ; séparez les étiquettes par des virgules</translation>
        </message>
        <message>
            <location filename="cnil_case/core/timeline.py" line="54" />
            <source>{tag!r}… is longer than {max} characters</source>
            <translation>« {tag} »… dépasse {max} caractères</translation>
        </message>
        <message>
            <location filename="cnil_case/core/timeline.py" line="64" />
            <source>must be at most {n} characters</source>
            <translation>ne doit pas dépasser {n} caractères</translation>
        </message>
        <message>
            <location filename="cnil_case/core/timeline.py" line="66" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="cnil_case/core/timeline.py" line="67" />
            <source>Time</source>
            <translation>Date et heure</translation>
        </message>
        <message>
            <location filename="cnil_case/core/timeline.py" line="68" />
            <source>Actor</source>
            <translation>Acteur</translation>
        </message>
        <message>
            <location filename="cnil_case/core/timeline.py" line="72" />
            <source>Attributes</source>
            <translation>Attributs</translation>
        </message>
        <message>
            <location filename="cnil_case/core/timeline.py" line="72" />
            <source>cannot be stored as JSON ({error})</source>
            <translation>ne peuvent pas être enregistrés en JSON ({error})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/timeline.py" line="143" />
            <source>Event #{id} does not exist (it may have been deleted).</source>
            <translation>L’événement n° {id} n’existe pas (il a peut-être été supprimé).</translation>
        </message>
    </context>
</TS>
