<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>RiskForm</name>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="105" />
            <source>ENISA severity: SE = DPC × EI + CB</source>
            <translation>Gravité ENISA : SE = DPC × EI + CB</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="110" />
            <source>Adjustment</source>
            <translation>Ajustement</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="110" />
            <source>Base</source>
            <translation>Base</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="110" />
            <source>Data category</source>
            <translation>Catégorie de données</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="111" />
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="114" />
            <source>No data category: add the data concerned on the Affected tab, then press “Start from the case file”.</source>
            <translation>Aucune catégorie de données : ajoutez les données concernées dans l'onglet « Périmètre », puis cliquez sur « Repartir du dossier ».</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="122" />
            <source>Ease of identification: how easily the data lead to the persons (ENISA 2013)</source>
            <translation>Facilité d'identification (EI) : avec quelle facilité les données permettent d'identifier les personnes (ENISA 2013)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="130" />
            <source>not recorded</source>
            <translation>non renseigné</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="131" />
            <source>Number of individuals: weighed beside the score, not in it (ENISA 2013); EDPB 9/2022 factor 7</source>
            <translation>Nombre de personnes : pris en compte à côté du score, pas dans celui-ci (ENISA 2013) ; CEPD 9/2022, facteur 7</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="135" />
            <source>DPC, data processing context (the highest-scoring category counts):</source>
            <translation>DPC, contexte du traitement des données (la catégorie au score le plus élevé compte) :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="140" />
            <source>EI:</source>
            <translation>EI :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="141" />
            <source>EI justification:</source>
            <translation>Justification EI :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="142" />
            <source>CB confidentiality:</source>
            <translation>CB confidentialité :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="143" />
            <source>CB integrity:</source>
            <translation>CB intégrité :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="144" />
            <source>CB availability:</source>
            <translation>CB disponibilité :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="145" />
            <source>CB malicious intent:</source>
            <translation>CB intention malveillante :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="146" />
            <source>CB justification:</source>
            <translation>Justification CB :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="147" />
            <source>Individuals:</source>
            <translation>Personnes :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="162" />
            <source>Confidentiality</source>
            <translation>Confidentialité</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="162" />
            <source>Unauthorised or accidental disclosure of, or access to, the data (EDPB 9/2022 factor 1)</source>
            <translation>Divulgation ou accès non autorisé ou accidentel aux données (CEPD 9/2022, facteur 1)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="164" />
            <source>Integrity</source>
            <translation>Intégrité</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="164" />
            <source>Unauthorised or accidental alteration (EDPB 9/2022 factor 1)</source>
            <translation>Altération non autorisée ou accidentelle (CEPD 9/2022, facteur 1)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="165" />
            <source>Availability</source>
            <translation>Disponibilité</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="165" />
            <source>Loss of access or destruction (EDPB 9/2022 factor 1)</source>
            <translation>Perte d'accès ou destruction (CEPD 9/2022, facteur 1)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="167" />
            <source>Accidental</source>
            <translation>Accidentelle</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="167" />
            <source>Intent not known yet</source>
            <translation>Intention pas encore connue</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="167" />
            <source>Malicious</source>
            <translation>Malveillante</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="169" />
            <source>Malicious intent raises the likelihood of harm (EDPB 9/2022 factor 1); not known makes the recommendation “in doubt”</source>
            <translation>Une intention malveillante accroît la probabilité d'un préjudice (CEPD 9/2022, facteur 1) ; inconnue, elle rend la recommandation « incertaine »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="171" />
            <source>EDPB 9/2022 para. 102: with special-category or criminal-offence data, damage “should be considered likely to occur”</source>
            <translation>CEPD 9/2022, point 102 : avec des données sensibles ou relatives aux infractions, le dommage « devrait être considéré comme susceptible de se produire »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="173" />
            <source>Special categories (Art. 9)</source>
            <translation>Catégories particulières (art. 9)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="174" />
            <source>Criminal offences (Art. 10)</source>
            <translation>Infractions pénales (art. 10)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="175" />
            <source>NIR (Art. 87)</source>
            <translation>NIR (art. 87)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="176" />
            <source>National identification number: an identifier that cannot be changed: identity theft (GDPR Art. 87; EDPB 9/2022 factor 2)</source>
            <translation>Numéro d'identification national : un identifiant qui ne peut pas être changé ; risque d'usurpation d'identité (art. 87 du RGPD ; CEPD 9/2022, facteur 2)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="178" />
            <source>Bank and card details, income (EDPB 9/2022 factor 2)</source>
            <translation>Coordonnées bancaires et de carte, revenus (CEPD 9/2022, facteur 2)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="178" />
            <source>Financial data</source>
            <translation>Données financières</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="179" />
            <source>Credentials</source>
            <translation>Identifiants de connexion</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="179" />
            <source>Logins and passwords: account take-over (EDPB 9/2022 factor 2)</source>
            <translation>Identifiants et mots de passe : prise de contrôle de comptes (CEPD 9/2022, facteur 2)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="181" />
            <source>Permanent consequences</source>
            <translation>Conséquences permanentes</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="181" />
            <source>Severity and permanence of the consequences (EDPB 9/2022 factor 4)</source>
            <translation>Gravité et permanence des conséquences (CEPD 9/2022, facteur 4)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="183" />
            <source>Lasting unavailability</source>
            <translation>Indisponibilité durable</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="183" />
            <source>No usable backup, or a long outage (EDPB 9/2022 factor 4)</source>
            <translation>Pas de sauvegarde utilisable, ou interruption longue (CEPD 9/2022, facteur 4)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="185" />
            <source>Children or vulnerable</source>
            <translation>Enfants ou personnes vulnérables</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="186" />
            <source>Special characteristics of the individuals (EDPB 9/2022 factor 5; recital 38)</source>
            <translation>Caractéristiques particulières des personnes (CEPD 9/2022, facteur 5 ; considérant 38)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="188" />
            <source>Sensitive controller</source>
            <translation>Responsable du traitement sensible</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="189" />
            <source>Special characteristics of the controller, e.g. health or finance (EDPB 9/2022 factor 6)</source>
            <translation>Caractéristiques particulières du responsable du traitement, p. ex. santé ou finance (CEPD 9/2022, facteur 6)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="190" />
            <source>Data already public</source>
            <translation>Données déjà publiques</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="190" />
            <source>EDPB 9/2022 factor 8 (general points)</source>
            <translation>CEPD 9/2022, facteur 8 (points généraux)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="192" />
            <source>Unknown recipients (e.g. attackers, online)</source>
            <translation>Destinataires inconnus (p. ex. attaquants, en ligne)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="193" />
            <source>Known and trusted</source>
            <translation>Connus et de confiance</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="193" />
            <source>Known, not trusted</source>
            <translation>Connus, pas de confiance</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="194" />
            <source>No evidence anyone accessed the data</source>
            <translation>Aucun indice d'accès aux données</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="197" />
            <source>Who obtained the data (EDPB 9/2022 factor 8)</source>
            <translation>Qui a obtenu les données (CEPD 9/2022, facteur 8)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="198" />
            <source>Data retrieved or deleted before misuse, or restored from a backup (EDPB 9/2022 factor 8)</source>
            <translation>Données récupérées ou supprimées avant tout usage abusif, ou restaurées depuis une sauvegarde (CEPD 9/2022, facteur 8)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="198" />
            <source>Recovered</source>
            <translation>Récupérées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="200" />
            <source>Unintelligible (key safe)</source>
            <translation>Incompréhensibles (clé sûre)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="201" />
            <source>State-of-the-art encryption or hashing and the key not compromised: Art. 34(3)(a); beside the ENISA score</source>
            <translation>Chiffrement ou hachage à l'état de l'art et clé non compromise : art. 34(3)(a) ; à côté du score ENISA</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="203" />
            <source>(b) measures since</source>
            <translation>(b) mesures ultérieures</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="204" />
            <source>GDPR Art. 34(3)(b): measures taken since ensure the high risk is no longer likely to materialise</source>
            <translation>Art. 34(3)(b) du RGPD : les mesures prises depuis garantissent que le risque élevé n'est plus susceptible de se matérialiser</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="206" />
            <source>(c) disproportionate effort</source>
            <translation>(c) efforts disproportionnés</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="207" />
            <source>GDPR Art. 34(3)(c): a public communication instead</source>
            <translation>Art. 34(3)(c) du RGPD : une communication publique à la place</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="217" />
            <source>EDPB 9/2022 · type of breach</source>
            <translation>CEPD 9/2022 · type de violation</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="219" />
            <source>Nature, sensitivity and volume of the data</source>
            <translation>Nature, sensibilité et volume des données</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="221" />
            <source>Consequences, individuals, controller</source>
            <translation>Conséquences, personnes, responsable du traitement</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="223" />
            <source>General points</source>
            <translation>Points généraux</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="224" />
            <source>Art. 34(3) exemptions</source>
            <translation>Exceptions de l'art. 34(3)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="229" />
            <source>Facts weighed, sources; quote stolen samples only masked</source>
            <translation>Faits pris en compte, sources ; ne citez les extraits dérobés que masqués</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="230" />
            <source>Mask identifiers</source>
            <translation>Masquer les identifiants</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="231" />
            <source>Replace national identification numbers (NIR) in the notes by their masked form, e.g. 1 84 12 75 *** *** **</source>
            <translation>Remplacer les numéros d'identification nationaux (NIR) des notes par leur forme masquée, p. ex. 1 84 12 75 *** *** **</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="233" />
            <source>Assessor's notes</source>
            <translation>Notes de l'évaluateur</translation>
        </message>
    </context>
    <context>
        <name>riskform</name>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="37" />
            <source>Individuals</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="63" />
            <source>ENISA adjustment of the base, −3 to +3; the score stays within 1–4</source>
            <translation>Ajustement ENISA de la base, de −3 à +3 ; le score reste compris entre 1 et 4</translation>
        </message>
    </context>
</TS>
