<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>cases</name>
        <message>
            <location filename="cnil_case/core/cases.py" line="31" />
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <location filename="cnil_case/core/cases.py" line="46" />
            <source>precision {precision!r} is not one of {choices}</source>
            <translation>la précision « {precision} » ne fait pas partie des valeurs admises ({choices})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/cases.py" line="56" />
            <source>must be at most {n} characters</source>
            <translation>ne doit pas dépasser {n} caractères</translation>
        </message>
        <message>
            <location filename="cnil_case/core/cases.py" line="58" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="cnil_case/core/cases.py" line="63" />
            <source>Breach nature</source>
            <translation>Nature de la violation</translation>
        </message>
        <message>
            <location filename="cnil_case/core/cases.py" line="63" />
            <source>unknown type {nature!r}; use {choices}</source>
            <translation>type inconnu « {nature} » ; utilisez {choices}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/cases.py" line="66" />
            <source>Origin</source>
            <translation>Origine</translation>
        </message>
        <message>
            <location filename="cnil_case/core/cases.py" line="69" />
            <source>Display time zone</source>
            <translation>Fuseau horaire d’affichage</translation>
        </message>
        <message>
            <location filename="cnil_case/core/cases.py" line="71" />
            <source>Protection</source>
            <translation>Protection</translation>
        </message>
        <message>
            <location filename="cnil_case/core/cases.py" line="73" />
            <source>Key compromised</source>
            <translation>Clé compromise</translation>
        </message>
        <message>
            <location filename="cnil_case/core/cases.py" line="74" />
            <source>applies only to encrypted, pseudonymised or hashed data</source>
            <translation>ne s’applique qu’à des données chiffrées, pseudonymisées ou hachées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/cases.py" line="75" />
            <source>Start of breach</source>
            <translation>Début de la violation</translation>
        </message>
        <message>
            <location filename="cnil_case/core/cases.py" line="76" />
            <source>End of breach</source>
            <translation>Fin de la violation</translation>
        </message>
        <message>
            <location filename="cnil_case/core/cases.py" line="77" />
            <source>Discovery</source>
            <translation>Découverte</translation>
        </message>
        <message>
            <location filename="cnil_case/core/cases.py" line="79" />
            <source>is before the start of the breach</source>
            <translation>est antérieure au début de la violation</translation>
        </message>
        <message>
            <location filename="cnil_case/core/cases.py" line="88" />
            <source>{reference!r} is already used by another case</source>
            <translation>« {reference} » est déjà utilisée par un autre dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/core/cases.py" line="318" />
            <source>No case has the reference or id {key!r} in this workspace.</source>
            <translation>Aucun dossier de cet espace de travail n’a la référence ou le numéro « {key} ».</translation>
        </message>
    </context>
</TS>
