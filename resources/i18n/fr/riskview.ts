<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>RiskView</name>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="67" />
            <source>Start from the case &amp;file</source>
            <translation>Repartir du &amp;dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="68" />
            <source>Derive the factors again from the data, persons, nature, origin and protection recorded for the case; your edits here are replaced</source>
            <translation>Recalculer les facteurs à partir des données, personnes, nature, origine et protection enregistrées dans le dossier ; vos modifications ici sont remplacées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="79" />
            <source>Risk result</source>
            <translation>Résultat de l’évaluation du risque</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="83" />
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="85" />
            <source>e.g. Initial, After investigation</source>
            <translation>p. ex. Initiale, Après investigation</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="87" />
            <source>Accept the recommendation</source>
            <translation>Suivre la recommandation</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="89" />
            <source>Decide: {level}</source>
            <translation>Décider : {level}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="92" />
            <source>As recommended</source>
            <translation>Comme recommandé</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="93" />
            <source>No exemption</source>
            <translation>Aucune exception</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="94" />
            <source>Art. 34(3)(a): data unintelligible, key safe</source>
            <translation>Art. 34(3)(a) : données incompréhensibles, clé non compromise</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="95" />
            <source>Art. 34(3)(b): measures since remove the high risk</source>
            <translation>Art. 34(3)(b) : mesures ultérieures supprimant le risque élevé</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="96" />
            <source>Art. 34(3)(c): disproportionate effort, public communication</source>
            <translation>Art. 34(3)(c) : efforts disproportionnés, communication publique</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="101" />
            <source>Reason:</source>
            <translation>Motif :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="106" />
            <source>&amp;Record assessment</source>
            <translation>&amp;Enregistrer l'évaluation</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="108" />
            <source>Label:</source>
            <translation>Libellé :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="109" />
            <source>Level:</source>
            <translation>Niveau :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="110" />
            <source>Art. 34(3):</source>
            <translation>Art. 34(3) :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="137" />
            <source>Assessments</source>
            <translation>Évaluations</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="148" />
            <source>Select an assessment to see it as it was recorded.</source>
            <translation>Sélectionnez une évaluation pour l'afficher telle qu'elle a été enregistrée.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="149" />
            <source>Assessments recorded (newest first: the first is in force)</source>
            <translation>Évaluations enregistrées (la plus récente d'abord : la première est en vigueur)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="210" />
            <source>The form shows the assessment in force, «{label}»; change it and record a new one, or press “Start from the case file”.</source>
            <translation>Le formulaire affiche l'évaluation en vigueur, « {label} » ; modifiez-la et enregistrez-en une nouvelle, ou cliquez sur « Repartir du dossier ».</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="223" />
            <source>The case file changed since this form was filled: press “Start from the case file” to take it in.</source>
            <translation>Le dossier a changé depuis que ce formulaire a été rempli : cliquez sur « Repartir du dossier » pour en tenir compte.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="258" />
            <source>Data categories: list the data concerned on the Affected tab, then press “Start from the case file”</source>
            <translation>Catégories de données : indiquez les données concernées dans l'onglet « Périmètre », puis cliquez sur « Repartir du dossier »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="277" />
            <source>In doubt: {missing} When in doubt, notify (CNIL).</source>
            <translation>En cas de doute : {missing} Dans le doute, notifiez (CNIL).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="293" />
            <source>Accept the recommendation: {level}</source>
            <translation>Suivre la recommandation : {level}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="295" />
            <source>&lt;b&gt;Reason (required):&lt;/b&gt;</source>
            <translation>&lt;b&gt;Motif (obligatoire) :&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="297" />
            <source>You depart from the recommendation: say why; the reason is kept in the record</source>
            <translation>Vous vous écartez de la recommandation : indiquez pourquoi ; le motif est conservé dans l'enregistrement</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="298" />
            <source>Optional note</source>
            <translation>Note facultative</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="308" />
            <source>Initial</source>
            <translation>Initiale</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="322" />
            <source>Data categories: list the data concerned first</source>
            <translation>Catégories de données : indiquez d'abord les données concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="335" />
            <source>After investigation</source>
            <translation>Après investigation</translation>
        </message>
    </context>
</TS>
