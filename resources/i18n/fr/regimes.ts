<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>regimes</name>
        <message>
            <location filename="cnil_case/core/regimes.py" line="25" />
            <source>GDPR</source>
            <translation>RGPD</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="26" />
            <source>Regulation (EU) 2016/679, Art. 33 and 34</source>
            <translation>Règlement (UE) 2016/679, art. 33 et 34</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="27" />
            <source>NIS2</source>
            <translation>NIS 2</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="28" />
            <source>Directive (EU) 2022/2555, Art. 23</source>
            <translation>Directive (UE) 2022/2555, art. 23</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="29" />
            <source>DORA</source>
            <translation>DORA</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="30" />
            <source>Regulation (EU) 2022/2554, Art. 19; Delegated Regulation (EU) 2025/301, Art. 5</source>
            <translation>Règlement (UE) 2022/2554, art. 19 ; règlement délégué (UE) 2025/301, art. 5</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="31" />
            <source>ePrivacy (611/2013)</source>
            <translation>ePrivacy (611/2013)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="32" />
            <source>Commission Regulation (EU) No 611/2013, Art. 2</source>
            <translation>Règlement (UE) n° 611/2013 de la Commission, art. 2</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="33" />
            <source>eIDAS</source>
            <translation>eIDAS</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="34" />
            <source>Regulation (EU) No 910/2014, Art. 19(2)</source>
            <translation>Règlement (UE) n° 910/2014, art. 19(2)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="35" />
            <source>French health IS incidents</source>
            <translation>Incidents SI de santé (France)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="36" />
            <source>Code de la santé publique, L.1111-8-2 and D.1111-16-2 to -4</source>
            <translation>Code de la santé publique, art. L.1111-8-2 et D.1111-16-2 à D.1111-16-4</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="82" />
            <source>GDPR Art. 33(1)</source>
            <translation>RGPD, art. 33(1)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="82" />
            <source>Notify the supervisory authority</source>
            <translation>Notifier l’autorité de contrôle</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="82" />
            <source>initial notification to the supervisory authority</source>
            <translation>notification initiale à l’autorité de contrôle</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="83" />
            <source>supervisory authority (Art. 55)</source>
            <translation>autorité de contrôle (art. 55)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="84" />
            <source>Without undue delay and, where feasible, not later than 72 hours after having become aware of it; reasons for the delay if later [V]. The 72 h are real hours: weekends and holidays count (Reg. 1182/71 Art. 3(3)), no roll-over (Art. 3(4)) [A].</source>
            <translation>Dans les meilleurs délais et, si possible, 72 heures au plus tard après en avoir pris connaissance ; accompagnée des motifs du retard si elle intervient au-delà [V]. Les 72 h sont des heures réelles : les samedis, dimanches et jours fériés sont compris (règlement 1182/71, art. 3(3)), sans report (art. 3(4)) [A].</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="89" />
            <source>Complementary notification</source>
            <translation>Notification complémentaire</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="89" />
            <source>GDPR Art. 33(4)</source>
            <translation>RGPD, art. 33(4)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="89" />
            <source>complementary notification</source>
            <translation>notification complémentaire</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="90" />
            <source>supervisory authority</source>
            <translation>autorité de contrôle</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="91" />
            <source>Information not available at once may be provided in phases without undue further delay [V]. CNIL practice: a complementary notification, if possible within 72 h of the initial one [V, cnil.fr]. Not required when the initial notification was complete.</source>
            <translation>Les informations qui ne peuvent être fournies en même temps peuvent l’être de manière échelonnée sans autre retard indu [V]. Pratique de la CNIL : une notification complémentaire, si possible dans les 72 h suivant la notification initiale [V, cnil.fr]. Non requise lorsque la notification initiale était complète.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="96" />
            <source>GDPR Art. 33(2)</source>
            <translation>RGPD, art. 33(2)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="96" />
            <source>Notify the controller</source>
            <translation>Notifier le responsable du traitement</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="96" />
            <source>notice to the controller</source>
            <translation>notification au responsable du traitement</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="97" />
            <source>controller</source>
            <translation>responsable du traitement</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="99" />
            <source>The processor shall notify the controller without undue delay after becoming aware of a personal data breach [V]. The GDPR sets no hours: the contract does; 24 h by default.</source>
            <translation>Le sous-traitant notifie au responsable du traitement toute violation de données à caractère personnel dans les meilleurs délais après en avoir pris connaissance [V]. Le RGPD ne fixe pas d’heures, le contrat le fait ; 24 h par défaut.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="103" />
            <source>GDPR Art. 33(2), 28(4)</source>
            <translation>RGPD, art. 33(2) et 28(4)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="103" />
            <source>Notify the processor</source>
            <translation>Notifier le sous-traitant</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="103" />
            <source>notice to the processor</source>
            <translation>notification au sous-traitant</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="104" />
            <source>processor</source>
            <translation>sous-traitant</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="106" />
            <source>A sub-processor is bound by the same obligations as the processor (Art. 28(4)) and so notifies the processor without undue delay [A]; hours set by contract, 24 h by default.</source>
            <translation>Le sous-traitant ultérieur est tenu aux mêmes obligations que le sous-traitant (art. 28(4)) et notifie donc celui-ci dans les meilleurs délais [A] ; heures fixées par le contrat, 24 h par défaut.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="110" />
            <source>Communicate to the data subjects</source>
            <translation>Communiquer la violation aux personnes concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="110" />
            <source>GDPR Art. 34(1)</source>
            <translation>RGPD, art. 34(1)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="110" />
            <source>communication to the data subjects</source>
            <translation>communication aux personnes concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="111" />
            <source>data subjects</source>
            <translation>personnes concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="112" />
            <source>When the breach is likely to result in a high risk, without undue delay [V]; no hours in the law: the DPO's internal target, if set. Not required when the risk is not high or Art. 34(3)(a)–(c) applies (record which).</source>
            <translation>Lorsque la violation est susceptible d’engendrer un risque élevé, dans les meilleurs délais [V] ; le texte ne fixe pas d’heures : objectif interne du DPO, s’il en a fixé un. Non requise lorsque le risque n’est pas élevé ou que l’un des cas de l’art. 34(3)(a) à (c) s’applique (préciser lequel).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="117" />
            <source>Early warning to the CSIRT / authority</source>
            <translation>Alerte précoce au CSIRT / à l’autorité</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="117" />
            <source>NIS2 Art. 23(4)(a)</source>
            <translation>NIS2, art. 23(4)(a)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="117" />
            <source>early warning</source>
            <translation>alerte précoce</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="118" />
            <source>CSIRT or competent authority</source>
            <translation>CSIRT ou autorité compétente</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="119" />
            <source>Without undue delay and in any event within 24 hours of becoming aware of the significant incident [S]; French transposition unverified.</source>
            <translation>Sans retard injustifié et en tout état de cause dans les 24 heures après avoir eu connaissance de l’incident important [S] ; transposition française non vérifiée.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="123" />
            <source>Incident notification</source>
            <translation>Notification d’incident</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="123" />
            <source>NIS2 Art. 23(4)(b)</source>
            <translation>NIS2, art. 23(4)(b)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="123" />
            <source>incident notification</source>
            <translation>notification d’incident</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="125" />
            <source>Within 72 hours of becoming aware of the significant incident (24 h for trust service providers) [S].</source>
            <translation>Dans les 72 heures après avoir eu connaissance de l’incident important (24 h pour les prestataires de services de confiance) [S].</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="129" />
            <source>Final report</source>
            <translation>Rapport final</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="129" />
            <source>NIS2 Art. 23(4)(d)</source>
            <translation>NIS2, art. 23(4)(d)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="129" />
            <source>final report</source>
            <translation>rapport final</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="131" />
            <source>Not later than one month after the incident notification [S]; counted under Reg. 1182/71 (day of the notification excluded, roll-over to a working day) [A].</source>
            <translation>Au plus tard un mois après la notification d’incident [S] ; compté selon le règlement 1182/71 (jour de la notification non compté, report au jour ouvrable suivant) [A].</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="135" />
            <source>DORA Art. 19(4)(a); RTS 2025/301 Art. 5</source>
            <translation>DORA, art. 19(4)(a) ; RTS 2025/301, art. 5</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="135" />
            <source>Initial notification</source>
            <translation>Notification initiale</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="135" />
            <source>initial notification</source>
            <translation>notification initiale</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="136" />
            <source>competent authority</source>
            <translation>autorité compétente</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="138" />
            <source>Within 4 hours from the classification of the incident as major, and no later than 24 hours from awareness [V].</source>
            <translation>Dans les 4 heures suivant la classification de l’incident comme majeur, et au plus tard 24 heures après en avoir eu connaissance [V].</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="142" />
            <source>DORA Art. 19(4)(b); RTS 2025/301 Art. 5</source>
            <translation>DORA, art. 19(4)(b) ; RTS 2025/301, art. 5</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="142" />
            <source>Intermediate report</source>
            <translation>Rapport intermédiaire</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="142" />
            <source>intermediate report</source>
            <translation>rapport intermédiaire</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="144" />
            <source>Within 72 hours from the submission of the initial notification, even if nothing changed [V].</source>
            <translation>Dans les 72 heures suivant la soumission de la notification initiale, même si rien n’a changé [V].</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="148" />
            <source>DORA Art. 19(4)(c); RTS 2025/301 Art. 5</source>
            <translation>DORA, art. 19(4)(c) ; RTS 2025/301, art. 5</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="150" />
            <source>No later than one month after the latest intermediate report [V]; counted under Reg. 1182/71 [A].</source>
            <translation>Au plus tard un mois après le dernier rapport intermédiaire [V] ; compté selon le règlement 1182/71 [A].</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="154" />
            <source>Notify the national authority</source>
            <translation>Notifier l’autorité nationale</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="154" />
            <source>Reg. 611/2013 Art. 2(2)</source>
            <translation>Règl. 611/2013, art. 2(2)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="154" />
            <source>notification to the national authority</source>
            <translation>notification à l’autorité nationale</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="155" />
            <source>national competent authority</source>
            <translation>autorité nationale compétente</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="156" />
            <source>No later than 24 hours after the detection of the breach, where feasible [V/S].</source>
            <translation>Au plus tard 24 heures après le constat de la violation, dans la mesure du possible [V/S].</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="159" />
            <source>Reg. 611/2013 Art. 2(3)</source>
            <translation>Règl. 611/2013, art. 2(3)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="159" />
            <source>Second notification</source>
            <translation>Seconde notification</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="159" />
            <source>second notification</source>
            <translation>seconde notification</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="162" />
            <source>If the initial notification was incomplete, a second one within 3 days of it [V/S]; counted under Reg. 1182/71 [A]. Not required when the initial one was complete.</source>
            <translation>Si la notification initiale était incomplète, une seconde notification dans un délai de 3 jours suivant celle-ci [V/S] ; compté selon le règlement 1182/71 [A]. Non requise lorsque la notification initiale était complète.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="166" />
            <source>Notify the supervisory body</source>
            <translation>Notifier l’organe de contrôle</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="166" />
            <source>eIDAS Art. 19(2)</source>
            <translation>eIDAS, art. 19(2)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="166" />
            <source>notification to the supervisory body</source>
            <translation>notification à l’organe de contrôle</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="167" />
            <source>supervisory body (and the DPA)</source>
            <translation>organe de contrôle (et la CNIL)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="168" />
            <source>Without undue delay but in any event within 24 hours after having become aware of a breach with a significant impact [V].</source>
            <translation>Sans tarder et en tout cas dans un délai de 24 heures après en avoir eu connaissance, pour toute atteinte à la sécurité ayant une incidence importante [V].</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="172" />
            <source>CSP L.1111-8-2, D.1111-16-2</source>
            <translation>CSP, art. L.1111-8-2 et D.1111-16-2</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="172" />
            <source>Report the IS incident (ARS / CERT Santé)</source>
            <translation>Signaler l’incident de sécurité des SI (ARS / CERT Santé)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="172" />
            <source>incident report</source>
            <translation>signalement d’incident</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="173" />
            <source>State authorities and ANS (signalement-sante.gouv.fr)</source>
            <translation>autorités de l’État et ANS (signalement-sante.gouv.fr)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/regimes.py" line="174" />
            <source>Significant or serious IS security incidents are reported "sans délai" [V, Légifrance]; no hours: the time elapsed is shown.</source>
            <translation>Les incidents significatifs ou graves de sécurité des systèmes d’information sont signalés « sans délai » [V, Légifrance] ; pas de délai en heures : le temps écoulé est affiché.</translation>
        </message>
    </context>
</TS>
