<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>DataDialog</name>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="55" />
            <source>Add data concerned</source>
            <translation>Ajouter des données concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="55" />
            <source>Data concerned</source>
            <translation>Données concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="66" />
            <source>approximate number, e.g. 33,000,000 (empty: unknown)</source>
            <translation>nombre approximatif, p. ex. 33 000 000 (vide : inconnu)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="70" />
            <source>&amp;Category:</source>
            <translation>&amp;Catégorie :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="71" />
            <source>&amp;Records:</source>
            <translation>&amp;Enregistrements :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="72" />
            <source>&amp;Notes:</source>
            <translation>&amp;Notes :</translation>
        </message>
    </context>
    <context>
        <name>PersonsDialog</name>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="105" />
            <source>Add persons concerned</source>
            <translation>Ajouter des personnes concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="105" />
            <source>Persons concerned</source>
            <translation>Personnes concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="119" />
            <source>upper bound of a range</source>
            <translation>borne supérieure d'une fourchette</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="121" />
            <source>ISO codes, comma-separated, e.g. FR, BE</source>
            <translation>codes ISO séparés par des virgules, p. ex. FR, BE</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="125" />
            <source>&amp;Category:</source>
            <translation>&amp;Catégorie :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="126" />
            <source>Count &amp;kind:</source>
            <translation>&amp;Type de décompte :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="127" />
            <source>C&amp;ount:</source>
            <translation>N&amp;ombre :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="128" />
            <source>&amp;Upper bound:</source>
            <translation>&amp;Borne supérieure :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="129" />
            <source>Co&amp;untries:</source>
            <translation>&amp;Pays :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="130" />
            <source>&amp;Notes:</source>
            <translation>&amp;Notes :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="151" />
            <source>e.g. 33,000,000</source>
            <translation>p. ex. 33 000 000</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="151" />
            <source>lower bound</source>
            <translation>borne inférieure</translation>
        </message>
    </context>
    <context>
        <name>affecteddialogs</name>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="22" />
            <source>Records</source>
            <translation>Enregistrements</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="23" />
            <source>Count</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="24" />
            <source>Upper bound</source>
            <translation>Borne supérieure</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affecteddialogs.py" line="38" />
            <source>{text} is not a whole number (e.g. 33,000,000)</source>
            <translation>{text} n’est pas un nombre entier (par exemple 33 000 000)</translation>
        </message>
    </context>
</TS>
