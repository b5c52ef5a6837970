<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>completeness</name>
        <message>
            <location filename="cnil_case/core/completeness.py" line="31" />
            <source>{requirement} ({article}): {missing}. Fix: {fix}.</source>
            <translation>{requirement} ({article}) : {missing}. Correction : {fix}.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="37" />
            <source>GDPR Art. 33(1)</source>
            <translation>RGPD, art. 33(1)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="38" />
            <source>GDPR Art. 33(3)(a)</source>
            <translation>RGPD art. 33(3)(a)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="39" />
            <source>GDPR Art. 33(3)(b)</source>
            <translation>RGPD art. 33(3)(b)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="40" />
            <source>GDPR Art. 33(3)(c)</source>
            <translation>RGPD art. 33(3)(c)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="41" />
            <source>GDPR Art. 33(3)(d)</source>
            <translation>RGPD art. 33(3)(d)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="42" />
            <source>GDPR Art. 33(4)</source>
            <translation>RGPD, art. 33(4)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="43" />
            <source>GDPR Art. 33(5)</source>
            <translation>RGPD art. 33(5)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="44" />
            <source>GDPR Art. 34(1)</source>
            <translation>RGPD, art. 34(1)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="45" />
            <source>GDPR Art. 34(2)</source>
            <translation>RGPD art. 34(2)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="47" />
            <source>Measures taken or proposed</source>
            <translation>Mesures prises ou proposées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="48" />
            <source>Risk tab → Record assessment</source>
            <translation>Onglet Risque → Enregistrer l’évaluation</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="49" />
            <source>Obligations tab → Art. 33(1) → Fulfil → Reasons for delay</source>
            <translation>Onglet Obligations → Art. 33(1) → Accomplir → Motifs du retard</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="50" />
            <source>Reasons for the delay</source>
            <translation>Motifs du retard</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="67" />
            <source>Case content</source>
            <translation>Contenu du dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="68" />
            <source>the case has no parties, events, affected data or persons yet</source>
            <translation>le dossier ne comporte encore ni parties, ni événements, ni données ou personnes concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="69" />
            <source>Parties, Timeline and Affected tabs</source>
            <translation>Onglets Parties, Chronologie et Personnes concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="77" />
            <source>the controller</source>
            <translation>le responsable de traitement</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="78" />
            <source>DPO or contact point</source>
            <translation>DPO ou point de contact</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="79" />
            <source>no e-mail or phone of a DPO or contact point for {names}</source>
            <translation>aucune adresse électronique ni aucun téléphone de DPO ou de point de contact pour {names}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="80" />
            <source>Parties tab → edit the controller's organisation → DPO e-mail / phone, or Contact e-mail / phone</source>
            <translation>Onglet Parties → modifier l’organisation du responsable de traitement → Courriel / téléphone du DPO, ou Courriel / téléphone de contact</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="87" />
            <source>no measure taken or proposed is recorded</source>
            <translation>aucune mesure prise ou proposée n’est enregistrée</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="88" />
            <source>Findings tab → Measures → Add (containment, remediation, prevention, advice)</source>
            <translation>Onglet Constats → Mesures → Ajouter (confinement, remédiation, prévention, conseil)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="95" />
            <source>Controller</source>
            <translation>Responsable de traitement</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="96" />
            <source>no party has the controller role</source>
            <translation>aucune partie n’a le rôle de responsable de traitement</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="97" />
            <source>Parties tab → Add party → role Controller</source>
            <translation>Onglet Parties → Ajouter une partie → rôle Responsable de traitement</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="100" />
            <source>Nature of the breach</source>
            <translation>Nature de la violation</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="101" />
            <source>confidentiality, integrity or availability is not ticked</source>
            <translation>ni confidentialité, ni intégrité, ni disponibilité n’est cochée</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="102" />
            <source>Overview tab → Nature</source>
            <translation>Onglet Synthèse → Nature</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="104" />
            <source>Description of the breach</source>
            <translation>Description de la violation</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="105" />
            <source>no summary of what happened</source>
            <translation>aucun résumé de ce qui s’est passé</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="106" />
            <source>Overview tab → Summary</source>
            <translation>Onglet Synthèse → Résumé</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="108" />
            <source>Categories of data</source>
            <translation>Catégories de données</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="109" />
            <source>no affected data category</source>
            <translation>aucune catégorie de données concernée</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="110" />
            <source>Affected tab → Data → Add</source>
            <translation>Onglet Personnes concernées → Données → Ajouter</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="112" />
            <source>Approximate number of records</source>
            <translation>Nombre approximatif d’enregistrements</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="113" />
            <source>no data category has an approximate number of records</source>
            <translation>aucune catégorie de données n’a de nombre approximatif d’enregistrements</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="114" />
            <source>Affected tab → Data → edit a category → Records</source>
            <translation>Onglet Personnes concernées → Données → modifier une catégorie → Enregistrements</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="116" />
            <source>Categories of data subjects</source>
            <translation>Catégories de personnes concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="117" />
            <source>no category of persons</source>
            <translation>aucune catégorie de personnes</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="118" />
            <source>Affected tab → Persons → Add</source>
            <translation>Onglet Personnes concernées → Personnes → Ajouter</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="120" />
            <source>Approximate number of data subjects</source>
            <translation>Nombre approximatif de personnes concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="121" />
            <source>no category of persons has a count (exact, estimate or range)</source>
            <translation>aucune catégorie de personnes n’a de dénombrement (exact, estimation ou fourchette)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="122" />
            <source>Affected tab → Persons → edit a category → Count</source>
            <translation>Onglet Personnes concernées → Personnes → modifier une catégorie → Nombre</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="124" />
            <source>Likely consequences</source>
            <translation>Conséquences probables</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="125" />
            <source>no risk assessment is recorded, so the likely consequences are not described</source>
            <translation>aucune évaluation du risque n’est enregistrée : les conséquences probables ne sont donc pas décrites</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="130" />
            <source>Awareness of the controller</source>
            <translation>Prise de connaissance du responsable de traitement</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="131" />
            <source>no controller's awareness time, so the 72-hour deadline cannot be shown</source>
            <translation>aucune heure de prise de connaissance du responsable de traitement : le délai de 72 heures ne peut pas être affiché</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="133" />
            <source>Parties tab → edit the controller → Aware</source>
            <translation>Onglet Parties → modifier le responsable de traitement → Prise de connaissance</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="137" />
            <source>{party}: not yet notified — past 72 hours: reasons for the delay will be needed</source>
            <translation>{party} : pas encore notifié — au-delà de 72 heures, les motifs du retard devront être fournis</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="143" />
            <source>{party}: notified after 72 hours without reasons for the delay</source>
            <translation>{party} : notifié après 72 heures sans motifs du retard</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="152" />
            <source>High risk to data subjects</source>
            <translation>Risque élevé pour les personnes concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="154" />
            <source>no risk assessment is recorded</source>
            <translation>aucune évaluation du risque n’est enregistrée</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="157" />
            <source>GDPR Art. 34(1), 34(3)(c)</source>
            <translation>RGPD art. 34(1) et 34(3)(c)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="158" />
            <source>the assessment in force concludes '{level}', neither high risk nor a public communication (Art. 34(3)(c))</source>
            <translation>l’évaluation en vigueur conclut à « {level} », ni un risque élevé ni une communication publique (art. 34(3)(c))</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="160" />
            <source>Risk tab → Record assessment (decided level high, or exemption c)</source>
            <translation>Onglet Risque → Enregistrer l’évaluation (niveau décidé : risque élevé, ou exemption c)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="161" />
            <source>GDPR Art. 34(2), 33(3)(b)</source>
            <translation>RGPD art. 34(2) et 33(3)(b)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="162" />
            <source>GDPR Art. 34(2), 33(3)(d)</source>
            <translation>RGPD art. 34(2) et 33(3)(d)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="164" />
            <source>Advice to data subjects</source>
            <translation>Conseils aux personnes concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="165" />
            <source>no measure of kind advice tells people what to do (e.g. vigilance against phishing)</source>
            <translation>aucune mesure de type conseil n’indique aux personnes ce qu’elles doivent faire (par exemple, vigilance face à l’hameçonnage)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="167" />
            <source>Findings tab → Measures → Add → kind Advice</source>
            <translation>Onglet Constats → Mesures → Ajouter → type Conseil</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="174" />
            <source>a final notification does not say which notification it follows</source>
            <translation>une notification finale n’indique pas la notification à laquelle elle fait suite</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="176" />
            <source>a complementary notification does not say which notification it follows</source>
            <translation>une notification complémentaire n’indique pas la notification à laquelle elle fait suite</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="177" />
            <source>Reference of the earlier notification</source>
            <translation>Référence de la notification précédente</translation>
        </message>
        <message>
            <location filename="cnil_case/core/completeness.py" line="178" />
            <source>the Earlier notification field (the CNIL's reference of the initial notification)</source>
            <translation>le champ Notification précédente (la référence donnée par la CNIL à la notification initiale)</translation>
        </message>
    </context>
</TS>
