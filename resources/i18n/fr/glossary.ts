<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>glossary</name>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="22" />
            <source>Controller</source>
            <translation>Responsable de traitement</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="23" />
            <source>The body that decides why and how personal data are processed (GDPR Art. 4(7)). It owes the Art. 33 notification and the Art. 34 communication.</source>
            <translation>L’organisme qui détermine les finalités et les moyens du traitement de données personnelles (RGPD, art. 4(7)). Il doit la notification de l’art. 33 et la communication de l’art. 34.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="26" />
            <source>Processor</source>
            <translation>Sous-traitant</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="27" />
            <source>A body that processes personal data on behalf of the controller (GDPR Art. 4(8)). It must inform the controller of a breach without undue delay (Art. 33(2)); no number of hours is set.</source>
            <translation>L’organisme qui traite des données personnelles pour le compte du responsable de traitement (RGPD, art. 4(8)). Il l’informe d’une violation dans les meilleurs délais (art. 33(2)) ; aucun nombre d’heures n’est fixé.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="30" />
            <source>Personal data breach</source>
            <translation>Violation de données à caractère personnel</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="31" />
            <source>A breach of security leading to the accidental or unlawful destruction, loss, alteration, unauthorised disclosure of, or access to, personal data (GDPR Art. 4(12)).</source>
            <translation>Une violation de la sécurité entraînant, de manière accidentelle ou illicite, la destruction, la perte, l’altération, la divulgation non autorisée de données personnelles ou l’accès non autorisé à de telles données (RGPD, art. 4(12)).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="34" />
            <source>Art. 33 notification</source>
            <translation>Notification (art. 33)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="35" />
            <source>The controller's notification of a breach to the competent supervisory authority, without undue delay and where feasible within 72 hours of awareness, unless the breach is unlikely to result in a risk (GDPR Art. 33(1)). Its content is set by Art. 33(3).</source>
            <translation>La notification de la violation par le responsable de traitement à l’autorité de contrôle compétente, dans les meilleurs délais et, si possible, 72 heures au plus tard après en avoir pris connaissance, sauf si la violation n’est pas susceptible d’engendrer un risque (RGPD, art. 33(1)). Son contenu est fixé par l’art. 33(3).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="39" />
            <source>Art. 34 communication</source>
            <translation>Communication (art. 34)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="40" />
            <source>The controller's message to the persons concerned when the breach is likely to result in a high risk to them, in clear and plain language, without undue delay (GDPR Art. 34(1)-(2)), unless an exception of Art. 34(3) applies.</source>
            <translation>Le message du responsable de traitement aux personnes concernées lorsque la violation est susceptible d’engendrer un risque élevé pour elles, en des termes clairs et simples, dans les meilleurs délais (RGPD, art. 34(1)-(2)), sauf exception de l’art. 34(3).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="44" />
            <source>Without undue delay</source>
            <translation>Dans les meilleurs délais</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="45" />
            <source>As soon as possible once aware, with no number of hours fixed (GDPR Art. 33(1)-(2), 34(1)); the application shows the time elapsed instead of a due date.</source>
            <translation>Le plus tôt possible après la prise de connaissance, sans nombre d’heures fixé (RGPD, art. 33(1)-(2), 34(1)) ; l’application affiche le temps écoulé au lieu d’une échéance.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="48" />
            <source>72 hours</source>
            <translation>72 heures</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="49" />
            <source>The limit, where feasible, for notifying the supervisory authority, counted from the controller's awareness of the breach; a later notification must give the reasons for the delay (GDPR Art. 33(1), recital 85).</source>
            <translation>Le délai, si possible, pour notifier l’autorité de contrôle, compté à partir de la prise de connaissance de la violation par le responsable de traitement ; une notification plus tardive doit être accompagnée des motifs du retard (RGPD, art. 33(1), considérant 85).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="53" />
            <source>Awareness</source>
            <translation>Prise de connaissance</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="54" />
            <source>The moment the controller has a reasonable degree of certainty that a security incident has compromised personal data; the 72 hours start then (EDPB Guidelines 9/2022).</source>
            <translation>Le moment où le responsable de traitement a un degré raisonnable de certitude qu’un incident de sécurité a compromis des données personnelles ; les 72 heures courent à partir de là (lignes directrices 9/2022 du CEPD).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="57" />
            <source>DPO</source>
            <translation>DPO</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="58" />
            <source>The data protection officer (GDPR Art. 37-39); the notification must give the DPO's or another contact point's name and details (Art. 33(3)(b)).</source>
            <translation>Le délégué à la protection des données (RGPD, art. 37 à 39) ; la notification indique le nom et les coordonnées du DPO ou d’un autre point de contact (art. 33(3)(b)).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="61" />
            <source>Supervisory authority</source>
            <translation>Autorité de contrôle</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="62" />
            <source>The independent public authority that monitors the GDPR in a Member State (GDPR Art. 51), the CNIL in France; the breach is notified to the one competent under Art. 55.</source>
            <translation>L’autorité publique indépendante chargée de surveiller l’application du RGPD dans un État membre (RGPD, art. 51), la CNIL en France ; la violation est notifiée à l’autorité compétente au titre de l’art. 55.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="65" />
            <source>Lead supervisory authority</source>
            <translation>Autorité de contrôle chef de file</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="66" />
            <source>For cross-border processing, the authority of the controller's main or single establishment in the EU (GDPR Art. 56(1)); the breach is notified to it (EDPB Guidelines 9/2022).</source>
            <translation>Pour un traitement transfrontalier, l’autorité de l’établissement principal ou unique du responsable de traitement dans l’UE (RGPD, art. 56(1)) ; c’est à elle que la violation est notifiée (lignes directrices 9/2022 du CEPD).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="69" />
            <source>Special categories (Art. 9)</source>
            <translation>Catégories particulières (art. 9)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="70" />
            <source>Data revealing racial or ethnic origin, political opinions, religious or philosophical beliefs, trade union membership, genetic or biometric data, health, sex life or sexual orientation (GDPR Art. 9(1)); with them, damage should be considered likely (EDPB 9/2022, para. 102).</source>
            <translation>Les données qui révèlent l’origine raciale ou ethnique, les opinions politiques, les convictions religieuses ou philosophiques, l’appartenance syndicale, les données génétiques ou biométriques, de santé, sur la vie sexuelle ou l’orientation sexuelle (RGPD, art. 9(1)) ; avec elles, le dommage doit être considéré comme probable (CEPD 9/2022, point 102).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="74" />
            <source>Criminal offence data (Art. 10)</source>
            <translation>Données d’infraction (art. 10)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="75" />
            <source>Personal data relating to criminal convictions and offences or related security measures (GDPR Art. 10); treated like the special categories when assessing the risk.</source>
            <translation>Les données relatives aux condamnations pénales et aux infractions ou aux mesures de sûreté connexes (RGPD, art. 10) ; traitées comme les catégories particulières dans l’évaluation du risque.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="78" />
            <source>Breach register (Art. 33(5))</source>
            <translation>Registre des violations (art. 33(5))</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="79" />
            <source>The controller's documentation of every personal data breach, notified or not: the facts, their effects and the remedial action taken (GDPR Art. 33(5)).</source>
            <translation>La documentation par le responsable de traitement de toute violation de données, notifiée ou non : les faits, leurs effets et les mesures prises pour y remédier (RGPD, art. 33(5)).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="82" />
            <source>High risk</source>
            <translation>Risque élevé</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="83" />
            <source>A breach likely to result in a high risk to the rights and freedoms of natural persons must also be communicated to them (GDPR Art. 34(1)); risk is likelihood and severity, assessed objectively (recitals 75-76).</source>
            <translation>Une violation susceptible d’engendrer un risque élevé pour les droits et libertés des personnes physiques doit aussi leur être communiquée (RGPD, art. 34(1)) ; le risque combine vraisemblance et gravité, appréciées objectivement (considérants 75 et 76).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="87" />
            <source>NIS2 significant incident</source>
            <translation>Incident important (NIS2)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="88" />
            <source>An incident that has caused or can cause severe operational disruption or financial loss, or considerable damage to others (Directive (EU) 2022/2555 Art. 23(3)): early warning within 24 hours, notification within 72 hours, final report within a month (Art. 23(4)).</source>
            <translation>Un incident qui a causé ou peut causer une perturbation opérationnelle grave ou une perte financière, ou un dommage considérable à des tiers (directive (UE) 2022/2555, art. 23(3)) : alerte précoce sous 24 heures, notification sous 72 heures, rapport final sous un mois (art. 23(4)).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="92" />
            <source>DORA major ICT incident</source>
            <translation>Incident majeur lié aux TIC (DORA)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="93" />
            <source>An ICT-related incident of a financial entity classified as major (Regulation (EU) 2022/2554 Art. 18-19): initial notification within 4 hours of classification and 24 hours of awareness, intermediate report within 72 hours, final report within a month.</source>
            <translation>Un incident lié aux TIC d’une entité financière, classé comme majeur (règlement (UE) 2022/2554, art. 18 et 19) : notification initiale dans les 4 heures suivant la classification et 24 heures suivant la prise de connaissance, rapport intermédiaire sous 72 heures, rapport final sous un mois.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="97" />
            <source>ENISA severity</source>
            <translation>Gravité ENISA</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="98" />
            <source>The severity score of the ENISA 2013 methodology, SE = DPC × EI + CB (data processing context, ease of identification, circumstances of the breach): low below 2, medium, high, very high from 4. Mapping it to Art. 33 and 34 is a policy choice.</source>
            <translation>Le score de gravité de la méthode ENISA de 2013, SE = DPC × EI + CB (contexte du traitement, facilité d’identification, circonstances de la violation) : faible sous 2, moyenne, élevée, très élevée à partir de 4. Le rapprocher des art. 33 et 34 relève d’un choix de politique interne.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="102" />
            <source>Chain of custody</source>
            <translation>Chaîne de possession</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="103" />
            <source>The record of who acquired, held, viewed, transferred or verified a piece of evidence and when, with its SHA-256 hash, so its integrity can be shown; entries are never edited or deleted.</source>
            <translation>L’historique de qui a acquis, détenu, consulté, transféré ou vérifié une pièce et quand, avec son empreinte SHA-256, pour pouvoir en démontrer l’intégrité ; les entrées ne sont jamais modifiées ni supprimées.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="106" />
            <source>Joint controllers</source>
            <translation>Responsables conjoints du traitement</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="107" />
            <source>Two or more controllers who jointly decide why and how data are processed (GDPR Art. 26); their arrangement should say who notifies the breach.</source>
            <translation>Deux responsables de traitement ou plus qui déterminent conjointement les finalités et les moyens du traitement (RGPD, art. 26) ; leur accord devrait préciser qui notifie la violation.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="110" />
            <source>Art. 34(3) exceptions</source>
            <translation>Exceptions de l’art. 34(3)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="111" />
            <source>The communication to the persons is not required if the data were unintelligible (e.g. encrypted), if later measures removed the high risk, or if it would involve disproportionate effort, in which case a public communication is made instead (GDPR Art. 34(3)(a)-(c)).</source>
            <translation>La communication aux personnes n’est pas nécessaire si les données étaient incompréhensibles (par exemple chiffrées), si des mesures ultérieures ont écarté le risque élevé, ou si elle exigerait des efforts disproportionnés, auquel cas une communication publique est faite à la place (RGPD, art. 34(3)(a)-(c)).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="115" />
            <source>Notification in phases</source>
            <translation>Notification échelonnée</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/glossary.py" line="116" />
            <source>Information not available at once may be given in phases without undue further delay (GDPR Art. 33(4)): an initial notification, then follow-ups.</source>
            <translation>Les informations qui ne sont pas disponibles en même temps peuvent être communiquées de manière échelonnée sans autre retard indu (RGPD, art. 33(4)) : une notification initiale, puis des compléments.</translation>
        </message>
    </context>
</TS>
