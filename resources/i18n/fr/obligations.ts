<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>obligations</name>
        <message>
            <location filename="cnil_case/core/obligations.py" line="45" />
            <source>Fulfilled at</source>
            <translation>Accomplie le</translation>
        </message>
        <message>
            <location filename="cnil_case/core/obligations.py" line="162" />
            <source>Party #{id} does not exist (it may have been removed).</source>
            <translation>La partie n° {id} n’existe pas (elle a peut-être été retirée).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/obligations.py" line="168" />
            <source>Obligation</source>
            <translation>Obligation</translation>
        </message>
        <message>
            <location filename="cnil_case/core/obligations.py" line="168" />
            <source>{what} does not bind this party (check its role and regimes)</source>
            <translation>{what} ne s’impose pas à cette partie (vérifiez son rôle et ses régimes)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/obligations.py" line="264" />
            <source>record the {report} ({article}) first</source>
            <translation>enregistrez d’abord l’envoi : {report} ({article})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/obligations.py" line="267" />
            <source>is before the clock started ({start})</source>
            <translation>est antérieur au départ du délai ({start})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/obligations.py" line="270" />
            <source>is in the future</source>
            <translation>est dans le futur</translation>
        </message>
        <message>
            <location filename="cnil_case/core/obligations.py" line="272" />
            <source>Reasons for delay</source>
            <translation>Motifs du retard</translation>
        </message>
        <message>
            <location filename="cnil_case/core/obligations.py" line="272" />
            <source>required: this is late by {late} (deadline {due}); GDPR Art. 33(1): a notification made after 72 hours "shall be accompanied by reasons for the delay"</source>
            <translation>obligatoires : le retard est de {late} (échéance {due}) ; art. 33, § 1, du RGPD : la notification adressée après 72 heures « est accompagnée des motifs du retard »</translation>
        </message>
        <message>
            <location filename="cnil_case/core/obligations.py" line="290" />
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <location filename="cnil_case/core/obligations.py" line="291" />
            <source>say why this obligation is not required (it is kept in the record)</source>
            <translation>indiquez pourquoi cette obligation ne s’applique pas (la justification est conservée au dossier)</translation>
        </message>
    </context>
</TS>
