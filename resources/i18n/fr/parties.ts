<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>parties</name>
        <message>
            <location filename="cnil_case/core/parties.py" line="48" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="49" />
            <source>Works for</source>
            <translation>Travaille pour</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="53" />
            <source>Party #{id} does not exist (it may have been removed).</source>
            <translation>La partie n° {id} n’existe pas (elle a peut-être été retirée).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="57" />
            <source>{hours} h must be between 0 and {max} hours</source>
            <translation>{hours} h : la durée doit être comprise entre 0 et {max} heures</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="66" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="69" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="69" />
            <source>{country!r} must be a two-letter ISO code such as FR</source>
            <translation>« {country} » doit être un code ISO à deux lettres, tel que FR</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="81" />
            <source>SIRET</source>
            <translation>SIRET</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="81" />
            <source>{siret} does not start with the SIREN {siren}</source>
            <translation>{siret} ne commence pas par le SIREN {siren}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="84" />
            <source>Contact e-mail</source>
            <translation>Courriel de contact</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="85" />
            <source>DPO e-mail</source>
            <translation>Courriel du DPO</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="87" />
            <source>{value!r} is not an e-mail address</source>
            <translation>« {value} » n’est pas une adresse électronique</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="132" />
            <source>Organisation #{id} does not exist.</source>
            <translation>L’organisme n° {id} n’existe pas.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="193" />
            <source>Organisation</source>
            <translation>Organisme</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="193" />
            <source>{name} is a party to {used} case(s); remove it from them first</source>
            <translation>{name} est partie à {used} dossier(s) ; retirez-le d’abord de ces dossiers</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="224" />
            <source>Aware since</source>
            <translation>Informée depuis</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="225" />
            <source>Classified as major</source>
            <translation>Classé comme majeur</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="228" />
            <source>Regimes</source>
            <translation>Régimes</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="228" />
            <source>unknown regime {regime!r}; use {choices}</source>
            <translation>régime inconnu « {regime} » ; utilisez {choices}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="231" />
            <source>Notice period</source>
            <translation>Délai de préavis</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="233" />
            <source>Target for informing data subjects</source>
            <translation>Objectif d’information des personnes concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="254" />
            <source>only a processor or a sub-processor works for other parties</source>
            <translation>seul un sous-traitant ou un sous-traitant ultérieur travaille pour d’autres parties</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="264" />
            <source>party #{party} is not a party of this case</source>
            <translation>la partie n° {party} n’est pas une partie de ce dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="267" />
            <source>a processor works for controllers, not a {role}</source>
            <translation>un sous-traitant travaille pour des responsables de traitement, pas pour un « {role} »</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="269" />
            <source>a sub-processor works for processors, not a {role}</source>
            <translation>un sous-traitant ultérieur travaille pour des sous-traitants, pas pour un « {role} »</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="341" />
            <source>this organisation already has that role in the case</source>
            <translation>cet organisme a déjà ce rôle dans le dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/core/parties.py" line="453" />
            <source>is not a party of this case</source>
            <translation>n’est pas une partie de ce dossier</translation>
        </message>
    </context>
</TS>
