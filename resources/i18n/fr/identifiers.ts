<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>identifiers</name>
        <message>
            <location filename="cnil_case/core/identifiers.py" line="59" />
            <source>{value} fails the Luhn check (a digit is probably mistyped)</source>
            <translation>{value} ne passe pas le contrôle de Luhn (un chiffre est probablement erroné)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/identifiers.py" line="66" />
            <source>{value!r} must be 9 digits</source>
            <translation>« {value} » doit comporter 9 chiffres</translation>
        </message>
        <message>
            <location filename="cnil_case/core/identifiers.py" line="76" />
            <source>{value!r} must be 14 digits (SIREN + NIC)</source>
            <translation>« {value} » doit comporter 14 chiffres (SIREN + NIC)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/identifiers.py" line="108" />
            <source>must be 15 characters (a 13-character number and a 2-digit key), not {n}</source>
            <translation>doit comporter 15 caractères (un numéro de 13 caractères et une clé de 2 chiffres), et non {n}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/identifiers.py" line="116" />
            <source>month of birth {month} must be 01–12 (or 20 and above for an incomplete civil status)</source>
            <translation>le mois de naissance {month} doit être compris entre 01 et 12 (ou être 20 ou plus pour un état civil incomplet)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/identifiers.py" line="122" />
            <source>does not have the shape of a NIR: sex (1, 2, 7 or 8), year, month, département (2 digits, 2A or 2B), commune, order number and a 2-digit key</source>
            <translation>n’a pas la forme d’un NIR : sexe (1, 2, 7 ou 8), année, mois, département (2 chiffres, 2A ou 2B), commune, numéro d’ordre et clé de 2 chiffres</translation>
        </message>
        <message>
            <location filename="cnil_case/core/identifiers.py" line="127" />
            <source>the key (last 2 digits) does not match the number: a digit is probably mistyped</source>
            <translation>la clé (2 derniers chiffres) ne correspond pas au numéro : un chiffre est probablement erroné</translation>
        </message>
    </context>
</TS>
