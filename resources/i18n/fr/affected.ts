<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>affected</name>
        <message>
            <location filename="cnil_case/core/affected.py" line="42" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="cnil_case/core/affected.py" line="43" />
            <source>Count</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="cnil_case/core/affected.py" line="44" />
            <source>Upper bound</source>
            <translation>Borne supérieure</translation>
        </message>
        <message>
            <location filename="cnil_case/core/affected.py" line="54" />
            <source>{value} must be between 0 and {max}</source>
            <translation>{value} : la valeur doit être comprise entre 0 et {max}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/affected.py" line="81" />
            <source>{category!r} is already listed for this case; edit that line instead</source>
            <translation>« {category} » figure déjà dans ce dossier ; modifiez plutôt cette ligne</translation>
        </message>
        <message>
            <location filename="cnil_case/core/affected.py" line="101" />
            <source>Data category line #{id} does not exist.</source>
            <translation>La ligne de catégorie de données n° {id} n’existe pas.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/affected.py" line="143" />
            <source>an unknown count holds no number; choose exact, estimate or range</source>
            <translation>un nombre inconnu ne comporte pas de valeur ; choisissez exact, estimation ou fourchette</translation>
        </message>
        <message>
            <location filename="cnil_case/core/affected.py" line="146" />
            <source>an exact count needs a number</source>
            <translation>un nombre exact doit comporter une valeur</translation>
        </message>
        <message>
            <location filename="cnil_case/core/affected.py" line="147" />
            <source>an estimate count needs a number</source>
            <translation>une estimation doit comporter une valeur</translation>
        </message>
        <message>
            <location filename="cnil_case/core/affected.py" line="149" />
            <source>only a range has an upper bound</source>
            <translation>seule une fourchette a une borne supérieure</translation>
        </message>
        <message>
            <location filename="cnil_case/core/affected.py" line="152" />
            <source>a range needs a lower and an upper bound</source>
            <translation>une fourchette doit avoir une borne inférieure et une borne supérieure</translation>
        </message>
        <message>
            <location filename="cnil_case/core/affected.py" line="154" />
            <source>{high} is below the lower bound {low}</source>
            <translation>{high} est inférieur à la borne inférieure {low}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/affected.py" line="159" />
            <source>Countries</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="cnil_case/core/affected.py" line="159" />
            <source>{country!r} is not a two-letter ISO country code such as FR</source>
            <translation>« {country} » n’est pas un code pays ISO à deux lettres, tel que FR</translation>
        </message>
        <message>
            <location filename="cnil_case/core/affected.py" line="201" />
            <source>Persons line #{id} does not exist.</source>
            <translation>La ligne de personnes concernées n° {id} n’existe pas.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/affected.py" line="245" />
            <source>Cross-border breach: data subjects also reside in {countries}. A controller established in the EU notifies its lead supervisory authority (Art. 56, one-stop shop) [M]; a controller outside the EEA with only a representative notifies every authority where affected people reside (EDPB 9/2022 para. 73) [V].</source>
            <translation>Violation transfrontalière : des personnes concernées résident aussi en {countries}. Un responsable de traitement établi dans l’UE notifie son autorité de contrôle chef de file (art. 56, guichet unique) [M] ; un responsable de traitement établi hors de l’EEE et n’ayant qu’un représentant notifie chaque autorité du lieu de résidence des personnes concernées (CEPD 9/2022, point 73) [V].</translation>
        </message>
    </context>
</TS>
