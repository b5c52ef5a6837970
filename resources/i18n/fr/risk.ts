<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>risk</name>
        <message>
            <location filename="cnil_case/core/risk.py" line="40" />
            <source>unlikely to result in a risk to the rights and freedoms of natural persons</source>
            <translation>peu susceptible d’engendrer un risque pour les droits et libertés des personnes physiques</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="41" />
            <source>likely to result in a risk, not a high one</source>
            <translation>susceptible d’engendrer un risque, qui n’est pas élevé</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="42" />
            <source>likely to result in a high risk to the rights and freedoms of natural persons</source>
            <translation>susceptible d’engendrer un risque élevé pour les droits et libertés des personnes physiques</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="45" />
            <source>unlikely</source>
            <translation>peu probable</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="46" />
            <source>risk</source>
            <translation>risque</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="47" />
            <source>high</source>
            <translation>risque élevé</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="52" />
            <source>ENISA severity</source>
            <translation>Gravité ENISA</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="53" />
            <source>unintelligible</source>
            <translation>données inintelligibles</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="54" />
            <source>trusted recipient</source>
            <translation>destinataire de confiance</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="55" />
            <source>restored availability</source>
            <translation>disponibilité rétablie</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="56" />
            <source>special data</source>
            <translation>catégories particulières de données</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="57" />
            <source>special data exposed</source>
            <translation>catégories particulières de données exposées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="58" />
            <source>fraud</source>
            <translation>fraude</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="59" />
            <source>identity theft</source>
            <translation>usurpation d’identité</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="60" />
            <source>vulnerable</source>
            <translation>personnes vulnérables</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="61" />
            <source>vulnerable exposed</source>
            <translation>personnes vulnérables exposées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="62" />
            <source>lasting unavailability</source>
            <translation>indisponibilité durable</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="63" />
            <source>critical unavailability</source>
            <translation>indisponibilité critique</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="64" />
            <source>integrity</source>
            <translation>intégrité</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="65" />
            <source>known recipient</source>
            <translation>destinataire connu</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="66" />
            <source>exposed</source>
            <translation>données exposées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="67" />
            <source>number of individuals</source>
            <translation>nombre de personnes</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="68" />
            <source>data already public</source>
            <translation>données déjà publiques</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="69" />
            <source>in doubt</source>
            <translation>doute</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="71" />
            <source>Art. 34(3)(a)</source>
            <translation>art. 34(3)(a)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="72" />
            <source>Art. 34(3)(b)</source>
            <translation>art. 34(3)(b)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="73" />
            <source>Art. 34(3)(c)</source>
            <translation>art. 34(3)(c)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="210" />
            <source>The data were unintelligible to anyone not authorised (state-of-the-art encryption or hashing, key not compromised) and a copy remains available: the breach is unlikely to result in a risk.</source>
            <translation>Les données étaient inintelligibles pour toute personne non autorisée (chiffrement ou hachage à l’état de l’art, clé non compromise) et une copie reste disponible : la violation est peu susceptible d’engendrer un risque.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="212" />
            <source>EDPB 9/2022 (unintelligible data); EDPB 01/2021 cases 6 and 10; Art. 34(3)(a)</source>
            <translation>CEPD 9/2022 (données inintelligibles) ; CEPD 01/2021 cas 6 et 10 ; art. 34(3)(a)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="217" />
            <source>The data went by mistake to a known, trusted recipient who confirmed their deletion or return.</source>
            <translation>Les données ont été envoyées par erreur à un destinataire connu et de confiance, qui a confirmé leur suppression ou leur restitution.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="218" />
            <source>EDPB 9/2022 (trusted recipient); EDPB 01/2021 case 9</source>
            <translation>CEPD 9/2022 (destinataire de confiance) ; CEPD 01/2021 cas 9</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="225" />
            <source>Availability only, no access to the data by anyone, restored promptly from a backup.</source>
            <translation>Atteinte à la disponibilité seulement, sans accès aux données par quiconque, rétablie rapidement à partir d’une sauvegarde.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="226" />
            <source>EDPB 01/2021 case 1 (ransomware with proper backup, no exfiltration)</source>
            <translation>CEPD 01/2021 cas 1 (rançongiciel avec sauvegarde appropriée, sans exfiltration)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="232" />
            <source>Special-category (Art. 9) or criminal-offence (Art. 10) data: damage should be considered likely.</source>
            <translation>Catégories particulières de données (art. 9) ou données relatives aux infractions (art. 10) : le dommage doit être considéré comme probable.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="233" />
            <source>EDPB 9/2022 para. 102; GDPR Art. 9(1), 10</source>
            <translation>CEPD 9/2022 § 102 ; RGPD art. 9(1) et 10</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="238" />
            <source>Special-category or criminal data in the hands of unknown or malicious recipients.</source>
            <translation>Catégories particulières de données ou données relatives aux infractions entre les mains de destinataires inconnus ou malveillants.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="239" />
            <source>EDPB 9/2022 para. 102; EDPB 01/2021 cases 5, 12</source>
            <translation>CEPD 9/2022 § 102 ; CEPD 01/2021 cas 5 et 12</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="244" />
            <source>Financial data or credentials exposed to malicious or unknown recipients: fraud and account take-over are likely.</source>
            <translation>Données financières ou identifiants de connexion exposés à des destinataires malveillants ou inconnus : fraude et prise de contrôle de comptes probables.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="246" />
            <source>EDPB 01/2021 case 7 (credential stuffing); ENISA 2013 (financial data, credentials)</source>
            <translation>CEPD 01/2021 cas 7 (credential stuffing) ; ENISA 2013 (données financières, identifiants)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="251" />
            <source>A national identification number (NIR) with identity data exposed to malicious or unknown recipients: identity theft and targeted phishing; the number cannot be changed.</source>
            <translation>Un numéro d’identification national (NIR) et des données d’identité exposés à des destinataires malveillants ou inconnus : usurpation d’identité et hameçonnage ciblé ; ce numéro ne peut pas être changé.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="253" />
            <source>GDPR Art. 87; loi 78-17 art. 30; CNIL, 7 Feb 2024 (Viamedis / Almerys: individual information required)</source>
            <translation>RGPD art. 87 ; loi 78-17 art. 30 ; CNIL, 7 février 2024 (Viamedis / Almerys : information individuelle exigée)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="258" />
            <source>Children or vulnerable individuals are concerned.</source>
            <translation>Des enfants ou des personnes vulnérables sont concernés.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="259" />
            <source>EDPB 9/2022 factor: special characteristics of the individuals; GDPR recital 38</source>
            <translation>CEPD 9/2022, facteur : caractéristiques particulières des personnes ; RGPD considérant 38</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="264" />
            <source>Sensitive data about children or vulnerable individuals exposed to unknown or malicious recipients.</source>
            <translation>Données sensibles concernant des enfants ou des personnes vulnérables exposées à des destinataires inconnus ou malveillants.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="265" />
            <source>EDPB 9/2022 factors 2 and 5</source>
            <translation>CEPD 9/2022 facteurs 2 et 5</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="270" />
            <source>The data are lost or unavailable for a long time (no usable backup).</source>
            <translation>Les données sont perdues ou indisponibles pour une longue durée (pas de sauvegarde utilisable).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="271" />
            <source>EDPB 01/2021 case 2 (ransomware without backup)</source>
            <translation>CEPD 01/2021 cas 2 (rançongiciel sans sauvegarde)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="276" />
            <source>Lasting unavailability of data people depend on (e.g. health care).</source>
            <translation>Indisponibilité durable de données dont les personnes dépendent (par exemple pour leurs soins).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="277" />
            <source>EDPB 01/2021 case 3 (hospital); EDPB 9/2022 factor 6</source>
            <translation>CEPD 01/2021 cas 3 (hôpital) ; CEPD 9/2022 facteur 6</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="282" />
            <source>The data were altered and not restored: decisions may be taken on wrong data.</source>
            <translation>Les données ont été modifiées et non rétablies : des décisions peuvent être prises sur des données erronées.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="283" />
            <source>EDPB 9/2022 §2.1 (integrity breach)</source>
            <translation>CEPD 9/2022 § 2.1 (atteinte à l’intégrité)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="289" />
            <source>The data reached an identified recipient who is not trusted and has not returned or deleted them.</source>
            <translation>Les données ont atteint un destinataire identifié, qui n’est pas de confiance et ne les a ni restituées ni supprimées.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="290" />
            <source>EDPB 9/2022 factor 8 (recipients); EDPB 01/2021 cases 13–18 (data sent by mistake)</source>
            <translation>CEPD 9/2022 facteur 8 (destinataires) ; CEPD 01/2021 cas 13 à 18 (données envoyées par erreur)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="295" />
            <source>Personal data taken or disclosed to unknown or malicious recipients.</source>
            <translation>Données à caractère personnel prises ou divulguées à des destinataires inconnus ou malveillants.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="296" />
            <source>EDPB 9/2022 factors 1 and 8; EDPB 01/2021 cases 5, 11</source>
            <translation>CEPD 9/2022 facteurs 1 et 8 ; CEPD 01/2021 cas 5 et 11</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="326" />
            <source>SE {se} ({band}) gives '{level}' under the local policy (risk from {risk_from}, high risk from {high_from}).</source>
            <translation>SE {se} (gravité {band}) donne « {level} » selon la politique locale (risque à partir de la gravité {risk_from}, risque élevé à partir de la gravité {high_from}).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="330" />
            <source>ENISA 2013 (SE = DPC × EI + CB); band-to-article mapping: local policy [A]</source>
            <translation>ENISA 2013 (SE = DPC × EI + CB) ; correspondance bandes-articles : politique locale [A]</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="350" />
            <source>{individuals} people concerned: the number itself aggravates the impact.</source>
            <translation>{individuals} personnes concernées : leur nombre aggrave à lui seul l’impact.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="352" />
            <source>EDPB 9/2022 factor 7; ENISA 2013 (number of individuals, beside the score)</source>
            <translation>CEPD 9/2022 facteur 7 ; ENISA 2013 (nombre de personnes, à côté du score)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="361" />
            <source>The data were already publicly available, which lowers the impact.</source>
            <translation>Les données étaient déjà publiques, ce qui atténue l’impact.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="362" />
            <source>EDPB 9/2022 factor 8; ENISA 2013 Annex 2</source>
            <translation>CEPD 9/2022 facteur 8 ; ENISA 2013 annexe 2</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="374" />
            <source>Not established yet: {missing}.</source>
            <translation>Pas encore établi : {missing}.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="375" />
            <source>CNIL: "en cas de doute, notifiez"</source>
            <translation>CNIL : « en cas de doute, notifiez »</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="381" />
            <source>When in doubt, notify: the authority will say whether people must be informed.</source>
            <translation>En cas de doute, notifier : l’autorité dira si les personnes doivent être informées.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="382" />
            <source>CNIL, notifier une violation de données personnelles (2018)</source>
            <translation>CNIL, Notifier une violation de données personnelles (2018)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="391" />
            <source>The data were unintelligible (key safe): no individual communication required.</source>
            <translation>Les données étaient inintelligibles (clé non compromise) : aucune communication individuelle n’est requise.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="393" />
            <source>GDPR Art. 34(3)(a)</source>
            <translation>RGPD art. 34(3)(a)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="396" />
            <source>Measures taken since ensure the high risk is no longer likely to materialise.</source>
            <translation>Les mesures prises depuis garantissent que le risque élevé n’est plus susceptible de se matérialiser.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="398" />
            <source>GDPR Art. 34(3)(b)</source>
            <translation>RGPD art. 34(3)(b)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="401" />
            <source>Individual communication would involve disproportionate effort: a public communication informing people as effectively is required instead.</source>
            <translation>Une communication individuelle exigerait des efforts disproportionnés : une communication publique informant les personnes de manière aussi efficace est requise à la place.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="404" />
            <source>GDPR Art. 34(3)(c)</source>
            <translation>RGPD art. 34(3)(c)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="418" />
            <source>whether the breach was malicious or accidental</source>
            <translation>si la violation était malveillante ou accidentelle</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="419" />
            <source>the type of breach (confidentiality, integrity, availability)</source>
            <translation>le type de violation (confidentialité, intégrité, disponibilité)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="420" />
            <source>the categories of data concerned</source>
            <translation>les catégories de données concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="421" />
            <source>whether the data can be restored (a usable backup) or are lost for a lasting time</source>
            <translation>si les données peuvent être restaurées (sauvegarde utilisable) ou sont perdues durablement</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="443" />
            <source>{first}, {second}</source>
            <translation>{first}, {second}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="451" />
            <source>{first} {second}</source>
            <translation>{first} {second}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="456" />
            <source>The breach is {level}.</source>
            <translation>La violation est {level}.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="457" />
            <source>Document it (Art. 33(5)).</source>
            <translation>La documenter (art. 33(5)).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="459" />
            <source>Notify the supervisory authority within 72 hours of awareness (Art. 33(1)).</source>
            <translation>La notifier à l’autorité de contrôle dans les 72 heures suivant la prise de connaissance (art. 33(1)).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="461" />
            <source>No notification to the supervisory authority: record why (Art. 33(1), 33(5)).</source>
            <translation>Pas de notification à l’autorité de contrôle : en consigner les motifs (art. 33(1) et 33(5)).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="463" />
            <source>Communicate the breach to the data subjects without undue delay (Art. 34(1)).</source>
            <translation>La communiquer aux personnes concernées dans les meilleurs délais (art. 34(1)).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="465" />
            <source>Inform the public instead of each person (Art. 34(3)(c)).</source>
            <translation>Informer le public plutôt que chaque personne (art. 34(3)(c)).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="467" />
            <source>No individual communication: Art. 34(3)({exemption}) applies; record it.</source>
            <translation>Pas de communication individuelle : l’art. 34(3)({exemption}) s’applique ; le consigner.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="470" />
            <source>No communication to the data subjects is required (Art. 34(1): not a high risk).</source>
            <translation>Aucune communication aux personnes concernées n’est requise (art. 34(1) : pas de risque élevé).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/risk.py" line="472" />
            <source>Some facts are not established: when in doubt, notify (CNIL).</source>
            <translation>Certains faits ne sont pas établis : en cas de doute, notifier (CNIL).</translation>
        </message>
    </context>
</TS>
