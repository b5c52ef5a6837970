<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>PartyDialog</name>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="88" />
            <source>Add a party</source>
            <translation>Ajouter une partie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="88" />
            <source>Edit party</source>
            <translation>Modifier la partie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="96" />
            <source>New organisation…</source>
            <translation>Nouvel organisme…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="106" />
            <source>When this party became aware of the breach with a reasonable degree of certainty (EDPB 9/2022): the 72 hours of Art. 33 run from then. Typed in {zone}.</source>
            <translation>Le moment où cette partie a pris connaissance de la violation avec un degré raisonnable de certitude (lignes directrices 9/2022 du CEPD) : les 72 heures de l’article 33 courent à partir de là. Saisi en {zone}.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="112" />
            <source>Why this moment: what the party knew, and from whom</source>
            <translation>Pourquoi ce moment : ce que la partie savait, et de qui elle le tenait</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="121" />
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="126" />
            <source>GDPR Art. 33(2): the processor notifies the controller “without undue delay”. There are no hours in the GDPR: the contract sets them; {hours} h by default (Tools › Settings).</source>
            <translation>RGPD, art. 33, par. 2 : le sous-traitant notifie au responsable du traitement « dans les meilleurs délais ». Le RGPD ne fixe pas d’heures : le contrat les fixe ; {hours} h par défaut (Outils › Paramètres).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="130" />
            <source>Set a target:</source>
            <translation>Fixer un objectif :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="135" />
            <source>GDPR Art. 34(1): data subjects are informed “without undue delay”, with no hours in the law. An internal target, counted from awareness, gives this duty a deadline on the dashboard.</source>
            <translation>RGPD, art. 34, par. 1 : les personnes concernées sont informées « dans les meilleurs délais », sans nombre d’heures fixé par le texte. Un objectif interne, compté à partir de la prise de connaissance, donne une échéance à cette obligation dans le tableau de bord.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="143" />
            <source>Public holidays where this party acts. Used by periods in days, weeks or months (e.g. NIS2's final report, one month): under Reg. 1182/71 Art. 3(4), a period that would end on a public holiday, a Saturday or a Sunday ends with the next working day. Periods in hours (the 72 h of Art. 33) ignore holidays.</source>
            <translation>Les jours fériés du lieu où cette partie agit. Utilisés pour les délais en jours, semaines ou mois (par exemple le rapport final NIS2, un mois) : selon l’article 3, paragraphe 4, du règlement 1182/71, un délai qui prendrait fin un jour férié, un samedi ou un dimanche prend fin le jour ouvrable suivant. Les délais en heures (les 72 h de l’article 33) ignorent les jours fériés.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="150" />
            <source>DORA Art. 19(4)(a): the initial notification is due 4 h after the incident was classified as major, and at most 24 h after awareness. Typed in {zone}.</source>
            <translation>DORA, art. 19, par. 4, a : la notification initiale est due 4 h après la classification de l’incident comme majeur, et au plus tard 24 h après la prise de connaissance. Saisi en {zone}.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="159" />
            <source>GDPR Art. 28 and 33(2): the controllers this processor works for (for a sub-processor: the processors). Each one ticked is owed a notice; none ticked means every one in the case.</source>
            <translation>RGPD, art. 28 et 33, par. 2 : les responsables du traitement pour lesquels ce sous-traitant agit (pour un sous-traitant ultérieur : les sous-traitants). Chacun de ceux qui sont cochés doit être informé ; aucune case cochée signifie tous ceux du dossier.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="180" />
            <source>set by the contract (GDPR Art. 33(2)); {hours} h by default</source>
            <translation>fixé par le contrat (RGPD, art. 33, par. 2) ; {hours} h par défaut</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="184" />
            <source>optional; counted from awareness (GDPR Art. 34)</source>
            <translation>facultatif ; compté à partir de la prise de connaissance (RGPD, art. 34)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="187" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisme :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="188" />
            <source>&amp;Role:</source>
            <translation>&amp;Rôle :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="189" />
            <source>Aware since:</source>
            <translation>Informée depuis :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="190" />
            <source>Justification:</source>
            <translation>Justification :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="191" />
            <source>Regimes:</source>
            <translation>Régimes :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="192" />
            <source>Notice &amp;period:</source>
            <translation>&amp;Délai d’information :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="193" />
            <source>Works for:</source>
            <translation>Agit pour :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="194" />
            <source>Informing data subjects:</source>
            <translation>Information des personnes concernées :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="195" />
            <source>&amp;Holiday calendar:</source>
            <translation>&amp;Calendrier des jours fériés :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="196" />
            <source>DORA: classified as major:</source>
            <translation>DORA : classé comme majeur :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="197" />
            <source>Notes:</source>
            <translation>Notes :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="253" />
            <source>No controller in this case yet: add it, then tick it here.</source>
            <translation>Aucun responsable du traitement dans ce dossier pour l’instant : ajoutez-le, puis cochez-le ici.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="254" />
            <source>No processor in this case yet: add it, then tick it here.</source>
            <translation>Aucun sous-traitant dans ce dossier pour l’instant : ajoutez-le, puis cochez-le ici.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="302" />
            <source>choose one, or create it with New organisation…</source>
            <translation>choisissez-en un, ou créez-le avec Nouvel organisme…</translation>
        </message>
    </context>
    <context>
        <name>parties</name>
        <message>
            <location filename="cnil_case/ui/partydialog.py" line="302" />
            <source>Organisation</source>
            <translation>Organisme</translation>
        </message>
    </context>
</TS>
