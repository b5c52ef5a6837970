<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>HistoryModel</name>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="141" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="141" />
            <source>Changes</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="141" />
            <source>What</source>
            <translation>Objet</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="141" />
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="141" />
            <source>Who</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="156" />
            <source>{entity} {action}</source>
            <comment>an audit entry: what, then what was done to it</comment>
            <translation>{entity} : {action}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="188" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="189" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/historymodel.py" line="201" />
            <source>deadlines moved: %n</source>
            <translation>
                <numerusform>échéance déplacée : %n</numerusform>
                <numerusform>échéances déplacées : %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="208" />
            <source>{field}: {before} → {after}</source>
            <translation>{field} : {before} → {after}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="213" />
            <source>{field}: {value}</source>
            <translation>{field} : {value}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="222" />
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="223" />
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="236" />
            <source>Case {reference} created</source>
            <translation>Dossier {reference} créé</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="237" />
            <source>Case {reference} edited ({fields})</source>
            <translation>Dossier {reference} modifié ({fields})</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="238" />
            <source>Case {reference} closed</source>
            <translation>Dossier {reference} clos</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="239" />
            <source>Case {reference} reopened</source>
            <translation>Dossier {reference} rouvert</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="240" />
            <source>Event added: {title}</source>
            <translation>Événement ajouté : {title}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="241" />
            <source>Event edited: {title} ({fields})</source>
            <translation>Événement modifié : {title} ({fields})</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="242" />
            <source>Event deleted: {title}</source>
            <translation>Événement supprimé : {title}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="243" />
            <source>Organisation {name} created</source>
            <translation>Organisme {name} créé</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="244" />
            <source>Organisation {name} edited ({fields})</source>
            <translation>Organisme {name} modifié ({fields})</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="245" />
            <source>Organisation {name} deleted</source>
            <translation>Organisme {name} supprimé</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="246" />
            <source>Party {name} added as {role}</source>
            <translation>Partie {name} ajoutée en tant que {role}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="247" />
            <source>Party {name} edited ({fields})</source>
            <translation>Partie {name} modifiée ({fields})</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="248" />
            <source>Party {name} ({role}) removed</source>
            <translation>Partie {name} ({role}) retirée</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="249" />
            <source>Data concerned: {category} added</source>
            <translation>Données concernées : {category} ajoutées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="250" />
            <source>Data concerned: {category} edited ({fields})</source>
            <translation>Données concernées : {category} modifiées ({fields})</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="251" />
            <source>Data concerned: {category} removed</source>
            <translation>Données concernées : {category} retirées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="252" />
            <source>Persons concerned: {category} added</source>
            <translation>Personnes concernées : {category} ajoutées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="253" />
            <source>Persons concerned: {category} edited ({fields})</source>
            <translation>Personnes concernées : {category} modifiées ({fields})</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="254" />
            <source>Persons concerned: {category} removed</source>
            <translation>Personnes concernées : {category} retirées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="255" />
            <source>Evidence added: {name} (SHA-256 {sha256}…)</source>
            <translation>Pièce ajoutée : {name} (SHA-256 {sha256}…)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="256" />
            <source>Evidence edited: {name} ({fields})</source>
            <translation>Pièce modifiée : {name} ({fields})</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="257" />
            <source>Evidence withdrawn: {name}</source>
            <translation>Pièce retirée : {name}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="258" />
            <source>Finding edited: {title} ({fields})</source>
            <translation>Constat modifié : {title} ({fields})</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="259" />
            <source>Finding deleted: {title}</source>
            <translation>Constat supprimé : {title}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="260" />
            <source>Finding: {title}</source>
            <translation>Constat : {title}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="261" />
            <source>Measure edited ({fields})</source>
            <translation>Mesure modifiée ({fields})</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="262" />
            <source>Measure deleted: {description}</source>
            <translation>Mesure supprimée : {description}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="263" />
            <source>Correspondence edited: {subject} ({fields})</source>
            <translation>Correspondance modifiée : {subject} ({fields})</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="264" />
            <source>Correspondence deleted: {subject} (with its answers)</source>
            <translation>Correspondance supprimée : {subject} (avec ses réponses)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="270" />
            <source>title</source>
            <translation>titre</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="271" />
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="272" />
            <source>category</source>
            <translation>catégorie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="273" />
            <source>date and time</source>
            <translation>date et heure</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="274" />
            <source>details</source>
            <translation>détails</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="275" />
            <source>source</source>
            <translation>source</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="276" />
            <source>actor</source>
            <translation>acteur</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="277" />
            <source>tags</source>
            <translation>étiquettes</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="278" />
            <source>starred</source>
            <translation>fait marquant</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="279" />
            <source>reference</source>
            <translation>référence</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="280" />
            <source>summary</source>
            <translation>résumé</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="281" />
            <source>public summary</source>
            <translation>résumé public</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="282" />
            <source>nature</source>
            <translation>nature</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="283" />
            <source>origin (intent)</source>
            <translation>origine (intention)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="284" />
            <source>origin (source)</source>
            <translation>origine (source)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="285" />
            <source>attack vector</source>
            <translation>vecteur d’attaque</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="286" />
            <source>data description</source>
            <translation>description des données</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="287" />
            <source>persons description</source>
            <translation>description des personnes</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="288" />
            <source>breach start</source>
            <translation>début de la violation</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="289" />
            <source>breach end</source>
            <translation>fin de la violation</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="290" />
            <source>discovered</source>
            <translation>découverte</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="291" />
            <source>time zone</source>
            <translation>fuseau horaire</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="292" />
            <source>protection</source>
            <translation>protection</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="293" />
            <source>key compromised</source>
            <translation>clé compromise</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="294" />
            <source>protection note</source>
            <translation>note sur la protection</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="295" />
            <source>status</source>
            <translation>statut</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="296" />
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="297" />
            <source>SIREN</source>
            <translation>SIREN</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="298" />
            <source>SIRET</source>
            <translation>SIRET</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="299" />
            <source>country</source>
            <translation>pays</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="300" />
            <source>address</source>
            <translation>adresse</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="301" />
            <source>contact name</source>
            <translation>nom du contact</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="302" />
            <source>contact email</source>
            <translation>courriel du contact</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="303" />
            <source>contact phone</source>
            <translation>téléphone du contact</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="304" />
            <source>DPO name</source>
            <translation>nom du DPO</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="305" />
            <source>DPO email</source>
            <translation>courriel du DPO</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="306" />
            <source>DPO phone</source>
            <translation>téléphone du DPO</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="307" />
            <source>organisation</source>
            <translation>organisme</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="308" />
            <source>role</source>
            <translation>rôle</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="309" />
            <source>awareness</source>
            <translation>prise de connaissance</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="310" />
            <source>awareness note</source>
            <translation>note sur la prise de connaissance</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="311" />
            <source>regimes</source>
            <translation>régimes</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="312" />
            <source>notice hours</source>
            <translation>délai d’information (heures)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="313" />
            <source>target for data subjects (hours)</source>
            <translation>objectif pour les personnes concernées (heures)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="314" />
            <source>holiday calendar</source>
            <translation>calendrier des jours fériés</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="315" />
            <source>classification</source>
            <translation>classification</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="316" />
            <source>serves</source>
            <translation>agit pour</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="317" />
            <source>records</source>
            <translation>enregistrements</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="318" />
            <source>kind of count</source>
            <translation>type de décompte</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="319" />
            <source>count (low)</source>
            <translation>nombre (bas)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="320" />
            <source>count (high)</source>
            <translation>nombre (haut)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="321" />
            <source>countries</source>
            <translation>pays</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="322" />
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="323" />
            <source>file name</source>
            <translation>nom du fichier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="324" />
            <source>acquired</source>
            <translation>date d’acquisition</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="325" />
            <source>acquired by</source>
            <translation>acquise par</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="326" />
            <source>method</source>
            <translation>méthode</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="327" />
            <source>exhibit</source>
            <translation>cote</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="328" />
            <source>facts</source>
            <translation>faits</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="329" />
            <source>articles</source>
            <translation>articles</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="330" />
            <source>severity</source>
            <translation>gravité</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="331" />
            <source>state</source>
            <translation>état</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="332" />
            <source>kind</source>
            <translation>type</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="333" />
            <source>owner</source>
            <translation>responsable</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="334" />
            <source>subject</source>
            <translation>objet</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="335" />
            <source>sent</source>
            <translation>envoi</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="336" />
            <source>fulfilled</source>
            <translation>accomplie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="337" />
            <source>reasons for the delay</source>
            <translation>motifs du retard</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="338" />
            <source>why not required</source>
            <translation>motif de non-obligation</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/historymodel.py" line="339" />
            <source>evidence</source>
            <translation>pièces</translation>
        </message>
    </context>
</TS>
