<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>DataDialog</name>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="45" />
            <source>Add data concerned</source>
            <translation>Ajouter des données concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="45" />
            <source>Data concerned</source>
            <translation>Données concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="56" />
            <source>approximate number, e.g. 33,000,000 (empty: unknown)</source>
            <translation>nombre approximatif, p. ex. 33 000 000 (vide : inconnu)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="60" />
            <source>&amp;Category:</source>
            <translation>&amp;Catégorie :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="61" />
            <source>&amp;Records:</source>
            <translation>&amp;Enregistrements :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="62" />
            <source>&amp;Notes:</source>
            <translation>&amp;Notes :</translation>
        </message>
    </context>
    <context>
        <name>PersonsDialog</name>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="95" />
            <source>Add persons concerned</source>
            <translation>Ajouter des personnes concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="95" />
            <source>Persons concerned</source>
            <translation>Personnes concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="109" />
            <source>upper bound of a range</source>
            <translation>borne supérieure d'une fourchette</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="111" />
            <source>ISO codes, comma-separated, e.g. FR, BE</source>
            <translation>codes ISO séparés par des virgules, p. ex. FR, BE</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="115" />
            <source>&amp;Category:</source>
            <translation>&amp;Catégorie :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="116" />
            <source>Count &amp;kind:</source>
            <translation>&amp;Type de décompte :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="117" />
            <source>C&amp;ount:</source>
            <translation>N&amp;ombre :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="118" />
            <source>&amp;Upper bound:</source>
            <translation>&amp;Borne supérieure :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="119" />
            <source>Co&amp;untries:</source>
            <translation>&amp;Pays :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="120" />
            <source>&amp;Notes:</source>
            <translation>&amp;Notes :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="141" />
            <source>e.g. 33,000,000</source>
            <translation>p. ex. 33 000 000</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="141" />
            <source>lower bound</source>
            <translation>borne inférieure</translation>
        </message>
    </context>
</TS>
