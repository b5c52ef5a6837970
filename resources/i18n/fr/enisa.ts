<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>enisa</name>
        <message>
            <location filename="cnil_case/core/enisa.py" line="35" />
            <source>negligible</source>
            <translation>négligeable</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="36" />
            <source>limited</source>
            <translation>limitée</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="37" />
            <source>significant</source>
            <translation>importante</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="38" />
            <source>maximum</source>
            <translation>maximale</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="41" />
            <source>extremely difficult to match the data to a person, though possible under certain conditions</source>
            <translation>il est extrêmement difficile de relier les données à une personne, bien que ce soit possible dans certaines conditions</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="42" />
            <source>matching the data to a person takes some effort or extra data</source>
            <translation>relier les données à une personne demande un certain effort ou des données supplémentaires</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="43" />
            <source>the data can be matched to a person with little effort</source>
            <translation>les données peuvent être reliées à une personne sans grand effort</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="44" />
            <source>the person is identifiable directly from the data, with no special research</source>
            <translation>la personne est identifiable directement à partir des données, sans recherche particulière</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="50" />
            <source>no disclosure, or data exposed with no evidence of illegal processing</source>
            <translation>aucune divulgation, ou données exposées sans indice de traitement illicite</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="51" />
            <source>a known or limited number of recipients</source>
            <translation>un nombre connu ou limité de destinataires</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="52" />
            <source>an unknown number of recipients (e.g. published online)</source>
            <translation>un nombre inconnu de destinataires (par exemple, publication en ligne)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="55" />
            <source>no alteration, or data altered with no incorrect or illegal use identified</source>
            <translation>aucune altération, ou données altérées sans usage erroné ou illicite identifié</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="56" />
            <source>data altered and possibly misused, but recoverable</source>
            <translation>données altérées et peut-être utilisées de manière abusive, mais récupérables</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="57" />
            <source>data altered and possibly misused, not recoverable</source>
            <translation>données altérées et peut-être utilisées de manière abusive, non récupérables</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="60" />
            <source>data available, or recoverable without difficulty</source>
            <translation>données disponibles, ou récupérables sans difficulté</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="61" />
            <source>temporary unavailability</source>
            <translation>indisponibilité temporaire</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="62" />
            <source>full unavailability (not recoverable from the controller or the individuals)</source>
            <translation>indisponibilité totale (non récupérables auprès du responsable de traitement ou des personnes)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="65" />
            <source>accidental</source>
            <translation>accidentelle</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="66" />
            <source>intentional (theft, hacking, sale, intent to harm)</source>
            <translation>intentionnelle (vol, piratage, vente, intention de nuire)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="85" />
            <source>low</source>
            <translation>faible</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="86" />
            <source>medium</source>
            <translation>moyenne</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="87" />
            <source>high</source>
            <translation>élevée</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="88" />
            <source>very high</source>
            <translation>très élevée</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="93" />
            <source>Individuals are unaffected or meet a few inconveniences they overcome without problem (re-entering information, annoyance, irritation) [S].</source>
            <translation>Les personnes ne sont pas affectées ou rencontrent quelques désagréments qu’elles surmontent sans difficulté (nouvelle saisie d’informations, gêne, agacement) [S].</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="98" />
            <source>Individuals meet significant inconveniences they overcome despite a few difficulties (extra costs, denial of access to business services, fear, lack of understanding, stress, minor physical ailments) [S].</source>
            <translation>Les personnes rencontrent des désagréments importants qu’elles surmontent malgré quelques difficultés (frais supplémentaires, refus d’accès à des services, peur, incompréhension, stress, troubles physiques mineurs) [S].</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="104" />
            <source>Individuals meet significant consequences they overcome only with serious difficulties (misappropriation of funds, bank blacklisting, property damage, job loss, subpoena, worse health) [S].</source>
            <translation>Les personnes subissent des conséquences importantes qu’elles ne surmontent qu’avec de sérieuses difficultés (détournement de fonds, inscription sur une liste noire bancaire, dégradation de biens, perte d’emploi, citation en justice, aggravation de l’état de santé) [S].</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="110" />
            <source>Individuals meet significant, even irreversible consequences they may not overcome (financial distress such as substantial debt or inability to work, long-term psychological or physical ailments, death) [S].</source>
            <translation>Les personnes subissent des conséquences importantes, voire irréversibles, qu’elles pourraient ne pas surmonter (difficultés financières telles qu’un endettement important ou une incapacité de travail, troubles psychologiques ou physiques durables, décès) [S].</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="120" />
            <source>simple</source>
            <translation>simples</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="121" />
            <source>behavioural</source>
            <translation>comportementales</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="122" />
            <source>financial</source>
            <translation>financières</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="123" />
            <source>sensitive</source>
            <translation>sensibles</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="124" />
            <source>credentials</source>
            <translation>d’authentification</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="156" />
            <source>Data categories</source>
            <translation>Catégories de données</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="157" />
            <source>choose at least one category of data to score</source>
            <translation>choisissez au moins une catégorie de données à évaluer</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="286" />
            <source>Credentials base</source>
            <translation>Base des identifiants de connexion</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="287" />
            <source>must be from 1 to 4, not {value}</source>
            <translation>doit être compris entre 1 et 4, et non {value}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="296" />
            <source>Credentials are scored as the system they open (ENISA 2013 [V], REFERENCE §4.2): base {base}, as chosen by the assessor.</source>
            <translation>Les identifiants de connexion sont notés comme le système qu’ils ouvrent (ENISA 2013 [V], REFERENCE § 4.2) : base {base}, choisie par l’évaluateur.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="299" />
            <source>Credentials are scored as the system they open (ENISA 2013 [V], REFERENCE §4.2): base {base}, the highest base among the other data concerned, pending what the accounts actually give access to [A].</source>
            <translation>Les identifiants de connexion sont notés comme le système qu’ils ouvrent (ENISA 2013 [V], REFERENCE § 4.2) : base {base}, la plus élevée des autres données concernées, en attendant de savoir à quoi les comptes donnent réellement accès [A].</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="304" />
            <source>ENISA base for {type} data: {base} (Annex 1 [V], REFERENCE §4.2); no adjustment yet.</source>
            <translation>Base ENISA des données {type} : {base} (annexe 1 [V], REFERENCE § 4.2) ; pas encore d’ajustement.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="312" />
            <source>The data were unintelligible to the recipients (e.g. encrypted with the key safe): negligible ease of identification; encryption lowers EI (REFERENCE §4.3 [V]).</source>
            <translation>Les données étaient inintelligibles pour les destinataires (par exemple, chiffrées et clé non compromise) : facilité d’identification négligeable ; le chiffrement abaisse l’EI (REFERENCE § 4.3 [V]).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="316" />
            <source>The data identify people directly ({categories}): maximum ease of identification, no special research needed (REFERENCE §4.3 [V]).</source>
            <translation>Les données identifient directement les personnes ({categories}) : facilité d’identification maximale, sans recherche particulière (REFERENCE § 4.3 [V]).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="321" />
            <source>The data identify people directly: maximum ease of identification, no special research needed (REFERENCE §4.3 [V]).</source>
            <translation>Les données identifient directement les personnes : facilité d’identification maximale, sans recherche particulière (REFERENCE § 4.3 [V]).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="325" />
            <source>No category names people directly; they could be identified with some effort or by cross-matching: limited ease of identification (REFERENCE §4.3 [V]; the default of 0.5 is our choice [A]).</source>
            <translation>Aucune catégorie ne nomme directement les personnes ; elles pourraient être identifiées avec un certain effort ou par recoupement : facilité d’identification limitée (REFERENCE § 4.3 [V] ; la valeur par défaut de 0,5 est notre choix [A]).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="329" />
            <source>Starting point from the circumstances recorded for the case; the breach was intentional. The four elements add up (REFERENCE §4.3 [V]).</source>
            <translation>Point de départ tiré des circonstances enregistrées pour le dossier ; la violation était intentionnelle. Les quatre éléments s’additionnent (REFERENCE § 4.3 [V]).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="331" />
            <source>Starting point from the circumstances recorded for the case. The four elements add up (REFERENCE §4.3 [V]).</source>
            <translation>Point de départ tiré des circonstances enregistrées pour le dossier. Les quatre éléments s’additionnent (REFERENCE § 4.3 [V]).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="364" />
            <source>DPC base ({code})</source>
            <translation>Base du DPC ({code})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="372" />
            <source>DPC adjustment ({code})</source>
            <translation>Ajustement du DPC ({code})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="373" />
            <source>must be from −3 to +3, not {value}</source>
            <translation>doit être compris entre −3 et +3, et non {value}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="375" />
            <source>EI</source>
            <translation>EI</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="376" />
            <source>CB confidentiality</source>
            <translation>CB confidentialité</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="377" />
            <source>CB integrity</source>
            <translation>CB intégrité</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="378" />
            <source>CB availability</source>
            <translation>CB disponibilité</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="379" />
            <source>CB malicious intent</source>
            <translation>CB intention malveillante</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="382" />
            <source>Number of individuals</source>
            <translation>Nombre de personnes</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="383" />
            <source>must be 0 or more, not {value}</source>
            <translation>doit valoir 0 ou plus, et non {value}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="400" />
            <source>must be one of {allowed}, not {value}</source>
            <translation>doit être l’une des valeurs {allowed}, et non {value}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="415" />
            <source>{text}.</source>
            <translation>{text}.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="426" />
            <source>{step} Why: {why}</source>
            <translation>{step} Justification : {why}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="433" />
            <source>{first}, {second}</source>
            <translation>{first}, {second}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="441" />
            <source>base {base}, no adjustment</source>
            <translation>base {base}, sans ajustement</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="443" />
            <source>base {base} {adjustment} = {raw}, kept within 1–4 as ENISA requires [V]: {score}</source>
            <translation>base {base} {adjustment} = {raw}, ramené dans l’intervalle 1–4 comme l’exige l’ENISA [V] : {score}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="446" />
            <source>base {base} {adjustment} = {raw}</source>
            <translation>base {base} {adjustment} = {raw}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="448" />
            <source>Data processing context (DPC) {score}, from the highest-scoring category, {category} ({arithmetic}).</source>
            <translation>Contexte du traitement des données (DPC) {score}, d’après la catégorie la mieux notée, {category} ({arithmetic}).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="453" />
            <source>{category} {score}</source>
            <translation>{category} {score}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="455" />
            <source>{step} Other categories: {listed}; ENISA keeps the highest [S].</source>
            <translation>{step} Autres catégories : {listed} ; l’ENISA retient la plus élevée [S].</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="461" />
            <source>Ease of identification (EI) {ei}, {level}: {meaning}.</source>
            <translation>Facilité d’identification (EI) {ei}, {level} : {meaning}.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="467" />
            <source>Circumstances of the breach (CB) {cb}: confidentiality +{confidentiality} ({confidentiality_meaning}); integrity +{integrity} ({integrity_meaning}); availability +{availability} ({availability_meaning}); malicious intent +{malicious} ({malicious_meaning}).</source>
            <translation>Circonstances de la violation (CB) {cb} : confidentialité +{confidentiality} ({confidentiality_meaning}) ; intégrité +{integrity} ({integrity_meaning}) ; disponibilité +{availability} ({availability_meaning}) ; intention malveillante +{malicious} ({malicious_meaning}).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="482" />
            <source>Severity {band} (SE {se}, band {range}). ENISA bands [V]: {low} SE &lt; 2; {medium} 2 ≤ SE &lt; 3; {high} 3 ≤ SE &lt; 4; {very_high} SE ≥ 4. Likely effect: {effect}</source>
            <translation>Gravité {band} (SE {se}, intervalle {range}). Niveaux de l’ENISA [V] : {low} SE &lt; 2 ; {medium} 2 ≤ SE &lt; 3 ; {high} 3 ≤ SE &lt; 4 ; {very_high} SE ≥ 4. Effet probable : {effect}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="492" />
            <source>number of individuals not recorded</source>
            <translation>nombre de personnes non renseigné</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="494" />
            <source>1 individual affected</source>
            <translation>1 personne concernée</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="496" />
            <source>{count} individuals affected</source>
            <translation>{count} personnes concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="497" />
            <source>the data were unintelligible to the recipients</source>
            <translation>les données étaient inintelligibles pour les destinataires</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="498" />
            <source>the data were intelligible</source>
            <translation>les données étaient intelligibles</translation>
        </message>
        <message>
            <location filename="cnil_case/core/enisa.py" line="499" />
            <source>Beside the score, not in the formula (ENISA [V]): {count}; {clarity}. Weigh both with the score when concluding.</source>
            <translation>À côté du score, hors de la formule (ENISA [V]) : {count} ; {clarity}. Pondérez ces deux éléments avec le score pour conclure.</translation>
        </message>
    </context>
</TS>
