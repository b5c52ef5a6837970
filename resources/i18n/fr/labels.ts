<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>labels</name>
        <message>
            <location filename="cnil_case/ui/labels.py" line="16" />
            <source>Open</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="17" />
            <source>Closed</source>
            <translation>Clos</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="21" />
            <source>Confidentiality</source>
            <translation>Confidentialité</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="22" />
            <source>Integrity</source>
            <translation>Intégrité</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="23" />
            <source>Availability</source>
            <translation>Disponibilité</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="27" />
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="28" />
            <source>Malicious</source>
            <translation>Malveillante</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="29" />
            <source>Accidental</source>
            <translation>Accidentelle</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="34" />
            <source>Internal</source>
            <translation>Interne</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="35" />
            <source>External</source>
            <translation>Externe</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="39" />
            <source>Exact (seconds)</source>
            <translation>Exacte (secondes)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="40" />
            <source>Minute</source>
            <translation>Minute</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="41" />
            <source>Hour</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="42" />
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="47" />
            <source>exact</source>
            <translation>exacte</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="48" />
            <source>minute</source>
            <translation>minute</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="49" />
            <source>hour</source>
            <translation>heure</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="50" />
            <source>day</source>
            <translation>jour</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="54" />
            <source>Controller</source>
            <translation>Responsable du traitement</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="55" />
            <source>Joint controller</source>
            <translation>Responsable conjoint du traitement</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="56" />
            <source>Processor</source>
            <translation>Sous-traitant</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="57" />
            <source>Sub-processor</source>
            <translation>Sous-traitant ultérieur</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="58" />
            <source>Supervisory authority</source>
            <translation>Autorité de contrôle</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="59" />
            <source>Other authority</source>
            <translation>Autre autorité</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="63" />
            <source>Attack</source>
            <translation>Attaque</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="64" />
            <source>Detection</source>
            <translation>Détection</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="65" />
            <source>Containment</source>
            <translation>Confinement</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="66" />
            <source>Notification</source>
            <translation>Notification</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="67" />
            <source>Communication</source>
            <translation>Communication</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="68" />
            <source>Investigation</source>
            <translation>Investigation</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="69" />
            <source>Legal</source>
            <translation>Juridique</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="70" />
            <source>Press</source>
            <translation>Presse</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="71" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="75" />
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="76" />
            <source>Running</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="77" />
            <source>Due soon</source>
            <translation>Échéance proche</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="78" />
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="79" />
            <source>Fulfilled on time</source>
            <translation>Remplie dans le délai</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="80" />
            <source>Fulfilled late</source>
            <translation>Remplie en retard</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="81" />
            <source>Not required</source>
            <translation>Non requise</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="85" />
            <source>Initial</source>
            <translation>Initiale</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="86" />
            <source>Complementary</source>
            <translation>Complémentaire</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="87" />
            <source>Intermediate</source>
            <translation>Intermédiaire</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="88" />
            <source>Final</source>
            <translation>Finale</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="92" />
            <source>created</source>
            <translation>création</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="93" />
            <source>edited</source>
            <translation>modification</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="94" />
            <source>deleted</source>
            <translation>suppression</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="98" />
            <source>Case</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="99" />
            <source>Party</source>
            <translation>Partie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="100" />
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="101" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="102" />
            <source>Obligation</source>
            <translation>Obligation</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="103" />
            <source>Data concerned</source>
            <translation>Données concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="104" />
            <source>Persons concerned</source>
            <translation>Personnes concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="105" />
            <source>Risk assessment</source>
            <translation>Évaluation du risque</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="109" />
            <source>Exact</source>
            <translation>Exact</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="110" />
            <source>Estimate</source>
            <translation>Estimation</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="111" />
            <source>Range</source>
            <translation>Fourchette</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="116" />
            <source>Simple</source>
            <translation>Simples</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="117" />
            <source>Behavioural</source>
            <translation>Comportementales</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="118" />
            <source>Financial</source>
            <translation>Financières</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="119" />
            <source>Sensitive</source>
            <translation>Sensibles</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="120" />
            <source>Credentials</source>
            <translation>Identifiants</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="124" />
            <source>Unlikely to result in a risk</source>
            <translation>Risque peu probable</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="125" />
            <source>Risk</source>
            <translation>Risque</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="126" />
            <source>High risk</source>
            <translation>Risque élevé</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="130" />
            <source>Low</source>
            <translation>Faible</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="131" />
            <source>Medium</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="132" />
            <source>High</source>
            <translation>Élevée</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="133" />
            <source>Very high</source>
            <translation>Très élevée</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="137" />
            <source>Questionnaire</source>
            <translation>Questionnaire</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="138" />
            <source>Request for documents</source>
            <translation>Demande de pièces</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="139" />
            <source>On-site control notice</source>
            <translation>Avis de contrôle sur place</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="140" />
            <source>Formal notice</source>
            <translation>Mise en demeure</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="141" />
            <source>Reminder</source>
            <translation>Relance</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="142" />
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="148" />
            <source>Awaiting answer</source>
            <translation>En attente de réponse</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="149" />
            <source>Answered</source>
            <translation>Répondu</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="150" />
            <source>Partly answered</source>
            <translation>Réponse partielle</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="156" />
            <source>days</source>
            <translation>jours</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="157" />
            <source>weeks</source>
            <translation>semaines</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="158" />
            <source>months</source>
            <translation>mois</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="162" />
            <source>Minor</source>
            <translation>Mineure</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="163" />
            <source>Moderate</source>
            <translation>Modérée</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="164" />
            <source>Serious</source>
            <translation>Grave</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="165" />
            <source>Critical</source>
            <translation>Critique</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="169" />
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="170" />
            <source>Confirmed</source>
            <translation>Confirmé</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="171" />
            <source>Contested</source>
            <translation>Contesté</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="172" />
            <source>Withdrawn</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="177" />
            <source>Remediation</source>
            <translation>Remédiation</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="178" />
            <source>Prevention</source>
            <translation>Prévention</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="179" />
            <source>Advice to data subjects</source>
            <translation>Conseils aux personnes concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="183" />
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="184" />
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="185" />
            <source>Done</source>
            <translation>Réalisée</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="186" />
            <source>Abandoned</source>
            <translation>Abandonnée</translation>
        </message>
    </context>
</TS>
