<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>OverviewForm</name>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="50" />
            <source>Close case</source>
            <translation>Clôturer le dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="51" />
            <source>Reopen case</source>
            <translation>Rouvrir le dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="56" />
            <source>Revert</source>
            <translation>Annuler les modifications</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="58" />
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="59" />
            <source>Show the case as saved now (your unsaved edits are dropped)</source>
            <translation>Afficher le dossier tel qu’il est enregistré maintenant (vos modifications non enregistrées sont abandonnées)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="61" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="84" />
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="86" />
            <source>Reference:</source>
            <translation>Référence :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="87" />
            <source>Title:</source>
            <translation>Intitulé :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="88" />
            <source>Status:</source>
            <translation>Statut :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="89" />
            <source>Time zone:</source>
            <translation>Fuseau horaire :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="91" />
            <source>Breach</source>
            <translation>Violation</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="93" />
            <source>Nature:</source>
            <translation>Nature :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="97" />
            <source>Origin:</source>
            <translation>Origine :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="98" />
            <source>Vector:</source>
            <translation>Vecteur :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="99" />
            <source>Start:</source>
            <translation>Début :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="100" />
            <source>End:</source>
            <translation>Fin :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="101" />
            <source>Discovery:</source>
            <translation>Découverte :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="105" />
            <source>Protection of the data</source>
            <translation>Protection des données</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="107" />
            <source>Protection:</source>
            <translation>Protection :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="110" />
            <source>Protection note:</source>
            <translation>Précisions :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="112" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="114" />
            <source>Summary:</source>
            <translation>Résumé :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="117" />
            <source>Account for data
subjects (Art. 34(2)):</source>
            <translation>Texte pour les personnes
concernées (art. 34(2)) :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="121" />
            <source>Data concerned:</source>
            <translation>Données concernées :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="122" />
            <source>Persons concerned:</source>
            <translation>Personnes concernées :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="174" />
            <source>the Overview has unsaved changes; save or revert them first.</source>
            <translation>la Synthèse a des modifications non enregistrées ; enregistrez-les ou annulez-les d’abord.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="197" />
            <source>{status} since {date}</source>
            <translation>{status} depuis le {date}</translation>
        </message>
    </context>
</TS>
