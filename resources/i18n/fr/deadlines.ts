<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>deadlines</name>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="115" />
            <source>{when}</source>
            <translation>{when}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="121" />
            <source>no fixed deadline</source>
            <translation>pas d’échéance fixe</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="124" />
            <source>end of {day}</source>
            <translation>{day} à 24 h</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="131" />
            <source>That moment is known to the day only: counted from the start of that day, the prudent reading.</source>
            <translation>Ce moment n’est connu qu’au jour près : le délai est compté à partir du début de ce jour (lecture prudente).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="132" />
            <source>That moment is known to the hour only: counted from the start of that hour, the prudent reading.</source>
            <translation>Ce moment n’est connu qu’à l’heure près : le délai est compté à partir du début de cette heure (lecture prudente).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="146" />
            <source>{report} ({article}) sent</source>
            <translation>envoi de « {report} » ({article})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="148" />
            <source>starts when the {report} ({article}) is sent</source>
            <translation>à compter de l’envoi de « {report} » ({article})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="151" />
            <source>classification of the incident as major by {party}</source>
            <translation>classification de l’incident comme majeur par {party}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="154" />
            <source>awareness of {party}</source>
            <translation>prise de connaissance par {party}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="157" />
            <source>{party} informed by its processor (Art. 33(2) notice recorded; EDPB 9/2022: the controller is in principle aware once the processor has informed it)</source>
            <translation>notification du sous-traitant reçue par {party} (art. 33(2), enregistrée ; CEPD, lignes directrices 9/2022 : le responsable du traitement est en principe réputé avoir pris connaissance de la violation dès que son sous-traitant l’en a informé)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="161" />
            <source>starts when {party} classifies the incident as major, or becomes aware of it</source>
            <translation>à compter de la classification de l’incident comme majeur par {party} ou, à défaut, de sa prise de connaissance de l’incident</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="163" />
            <source>starts when {party} becomes aware (awareness not recorded)</source>
            <translation>à compter de la prise de connaissance par {party} (non encore enregistrée)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="201" />
            <source>{article}: {party} owes the {report} (to: {recipient}). {basis}</source>
            <translation>{article} : {report} — partie tenue : {party} ; destinataire : {recipient}. {basis}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="212" />
            <source>The {report} was marked not required, so this step is not due.</source>
            <translation>L’étape précédente (« {report} ») a été marquée comme non requise : cette étape n’est donc pas due.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="225" />
            <source>Clock not started: {basis}.</source>
            <translation>Le délai n’a pas encore commencé à courir ; il courra {basis}.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="227" />
            <source>Clock start: {basis}, {when}.</source>
            <translation>Point de départ du délai : {basis}, {when}.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="232" />
            <source>The law sets no period ("without undue delay"): the time elapsed is shown instead.</source>
            <translation>Le texte ne fixe pas de délai chiffré (« dans les meilleurs délais ») : le temps écoulé est affiché à la place.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="247" />
            <source>Known to the day only</source>
            <translation>Le point de départ n’étant connu qu’au jour près</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="248" />
            <source>Known to the hour only</source>
            <translation>Le point de départ n’étant connu qu’à l’heure près</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="249" />
            <source>{known_to}, the outer limit counts from the latest moment it allows ({latest}): {outer}, in place of the strict reading above.</source>
            <translation>{known_to}, la limite extrême se compte à partir du dernier instant possible ({latest}) : {outer}, au lieu de la lecture stricte ci-dessus.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="256" />
            <source>{hours} h is the contractual notice period recorded for {party}.</source>
            <translation>{hours} h : délai de notification contractuel enregistré pour {party}.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="259" />
            <source>{hours} h is the internal target the DPO set for informing the data subjects.</source>
            <translation>{hours} h : objectif interne fixé par le DPO pour informer les personnes concernées.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="290" />
            <source>Awareness not recorded: only the limit from the classification applies.</source>
            <translation>Prise de connaissance non enregistrée : seule la limite comptée à partir de la classification s’applique.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="294" />
            <source>Classification not recorded: at the latest {hours} h after awareness ({aware}), i.e. {due}.</source>
            <translation>Classification non enregistrée : au plus tard {hours} h après la prise de connaissance ({aware}), soit {due}.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="298" />
            <source>The limit of {hours} h from awareness ({aware}) comes first: {due}.</source>
            <translation>La limite de {hours} h à compter de la prise de connaissance ({aware}) intervient en premier : {due}.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="301" />
            <source>The limit of {hours} h from awareness ends later ({due}).</source>
            <translation>La limite de {hours} h à compter de la prise de connaissance expire plus tard ({due}).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="309" />
            <source>Waiting: the clock has not started.</source>
            <translation>En attente : le délai n’a pas commencé à courir.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="312" />
            <source>Not required: {reason}</source>
            <translation>Non requise : {reason}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="313" />
            <source>Not required.</source>
            <translation>Non requise.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="316" />
            <source>, reference {reference}</source>
            <translation>, référence {reference}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="319" />
            <source>Fulfilled {sent}{ref}.</source>
            <translation>Remplie le {sent}{ref}.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="322" />
            <source>(none recorded)</source>
            <translation>(non renseignés)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="323" />
            <source>Fulfilled {sent}{ref}: late by {late}. Reasons for the delay: {reasons}.</source>
            <translation>Remplie le {sent}{ref} : en retard de {late}. Motifs du retard : {reasons}.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="325" />
            <source>Fulfilled {sent}{ref}, {margin} before the deadline ({due}).</source>
            <translation>Remplie le {sent}{ref}, {margin} avant l’échéance ({due}).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="329" />
            <source>Open: {elapsed} elapsed since the clock started.</source>
            <translation>Ouverte ; temps écoulé depuis le point de départ du délai : {elapsed}.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="330" />
            <source>Open.</source>
            <translation>Ouverte.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="334" />
            <source>Overdue by {late} (deadline {due}).</source>
            <translation>En retard de {late} (échéance : {due}).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="335" />
            <source>Due {due}: {left} left.</source>
            <translation>Échéance le {due} : il reste {left}.</translation>
        </message>
    </context>
</TS>
