<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>documentsview</name>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="41" />
            <source>Art. 33 notification to the CNIL</source>
            <translation>Notification à la CNIL (art. 33)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="42" />
            <source>GDPR Art. 33(1): notify the supervisory authority without undue delay and, where feasible, within 72 hours of becoming aware of the breach. Art. 33(3) lists what the notification contains: (a) the nature of the breach, categories and approximate numbers of persons and records; (b) the DPO or another contact point; (c) the likely consequences; (d) the measures taken or proposed.</source>
            <translation>Art. 33(1) du RGPD : notifier la violation à l’autorité de contrôle dans les meilleurs délais et, si possible, 72 heures au plus tard après en avoir pris connaissance. L’art. 33(3) énumère le contenu de la notification : (a) la nature de la violation, les catégories et le nombre approximatif de personnes concernées et d’enregistrements ; (b) le DPO ou un autre point de contact ; (c) les conséquences probables ; (d) les mesures prises ou envisagées.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="46" />
            <source>Initial notification</source>
            <translation>Notification initiale</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="46" />
            <source>The first notification (Art. 33(1)).</source>
            <translation>La première notification (art. 33(1)).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="47" />
            <source>Complementary notification</source>
            <translation>Notification complémentaire</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="48" />
            <source>Art. 33(4): information not available at first may be provided in phases; cite the reference the CNIL gave the initial notification.</source>
            <translation>Art. 33(4) : les informations qui ne sont pas disponibles d’emblée peuvent être communiquées de manière échelonnée ; citez la référence que la CNIL a attribuée à la notification initiale.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="50" />
            <source>Final notification</source>
            <translation>Notification finale</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="51" />
            <source>The last phase (Art. 33(4)): the complete account once the investigation is over; cite the initial notification's reference.</source>
            <translation>La dernière phase (art. 33(4)) : le compte rendu complet, une fois l’enquête terminée ; citez la référence de la notification initiale.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="53" />
            <source>Art. 34 communication to the data subjects</source>
            <translation>Communication aux personnes concernées (art. 34)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="54" />
            <source>GDPR Art. 34(1): when the breach is likely to result in a high risk to people's rights and freedoms, tell them without undue delay. Art. 34(2): in clear and plain language, with at least the information of Art. 33(3)(b), (c) and (d).</source>
            <translation>Art. 34(1) du RGPD : lorsque la violation est susceptible d’engendrer un risque élevé pour les droits et libertés des personnes, les en informer dans les meilleurs délais. Art. 34(2) : en des termes clairs et simples, avec au moins les informations de l’art. 33(3)(b), (c) et (d).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="57" />
            <source>Letter to the people (Art. 34(2))</source>
            <translation>Lettre aux personnes concernées (art. 34(2))</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="58" />
            <source>Sent to each person concerned; it prints the Overview's account for data subjects, never the internal summary.</source>
            <translation>Envoyée à chaque personne concernée ; elle reprend le texte pour les personnes concernées de l’onglet Synthèse, jamais le résumé interne.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="60" />
            <source>Public notice (Art. 34(3)(c))</source>
            <translation>Communication publique (art. 34(3)(c))</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="61" />
            <source>Art. 34(3)(c): where telling each person would involve disproportionate effort, a public communication informs them as effectively.</source>
            <translation>Art. 34(3)(c) : lorsque l’information de chaque personne exigerait des efforts disproportionnés, une communication publique les informe de manière tout aussi efficace.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="63" />
            <source>Investigation report</source>
            <translation>Rapport d’enquête</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="64" />
            <source>The case file: facts, timeline, evidence and its chain of custody, findings, measures and the audit trail. Art. 33(5): the controller documents every breach, its effects and the remedial action taken, so that the supervisory authority can verify compliance.</source>
            <translation>Le dossier complet : faits, chronologie, pièces et leur chaîne de possession, constats, mesures et piste d’audit. Art. 33(5) : le responsable du traitement documente toute violation, ses effets et les mesures prises pour y remédier, afin que l’autorité de contrôle puisse vérifier la conformité.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="67" />
            <source>The timeline grouped by category of event.</source>
            <translation>La chronologie regroupée par catégorie d’événement.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="67" />
            <source>Timeline by category</source>
            <translation>Chronologie par catégorie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="68" />
            <source>The timeline grouped by day, in the case's time zone.</source>
            <translation>La chronologie regroupée par jour, dans le fuseau horaire du dossier.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="68" />
            <source>Timeline by day</source>
            <translation>Chronologie par jour</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="72" />
            <source>Complete: nothing Art. 33(3) requires is missing.</source>
            <translation>Complet : il ne manque rien de ce qu’exige l’art. 33(3).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="73" />
            <source>Complete: nothing Art. 34(2) requires is missing.</source>
            <translation>Complet : il ne manque rien de ce qu’exige l’art. 34(2).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="74" />
            <source>Complete: every section of the report has content (Art. 33(5)).</source>
            <translation>Complet : chaque section du rapport est renseignée (art. 33(5)).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="100" />
            <source>Missing:</source>
            <translation>Manquant :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="101" />
            <source>Where to fix:</source>
            <translation>Où compléter :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="146" />
            <source>The language of the document; the case's own text is printed as typed</source>
            <translation>La langue du document ; le texte du dossier est imprimé tel qu’il a été saisi</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="148" />
            <source>e.g. the CNIL's reference of the initial notification</source>
            <translation>p. ex. la référence attribuée par la CNIL à la notification initiale</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="149" />
            <source>Art. 33(4): a notification in phases cites the first one</source>
            <translation>Art. 33(4) : une notification échelonnée cite la première</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="150" />
            <source>Earlier notification:</source>
            <translation>Notification précédente :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="156" />
            <source>Missing information</source>
            <translation>Informations manquantes</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="162" />
            <source>&amp;Preview</source>
            <translation>&amp;Aperçu</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="163" />
            <source>Build the PDF from the case as it is now and show it</source>
            <translation>Générer le PDF à partir de l’état actuel du dossier et l’afficher</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="164" />
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="165" />
            <source>Write the document to a file and record it, with its SHA-256, in the exports list and the audit log. The file is the previewed one when nothing changed since.</source>
            <translation>Écrire le document dans un fichier et l’enregistrer, avec son empreinte SHA-256, dans la liste des exports et le journal d’audit. Le fichier est celui de l’aperçu si rien n’a changé depuis.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="172" />
            <source>Exported documents</source>
            <translation>Documents exportés</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="175" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="177" />
            <source>Document:</source>
            <translation>Document :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="178" />
            <source>Variant:</source>
            <translation>Variante :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="180" />
            <source>Language:</source>
            <translation>Langue :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="182" />
            <source>Completeness</source>
            <translation>Complétude</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="281" />
            <source>Press Preview to build the document from the case as it is now.</source>
            <translation>Cliquez sur Aperçu pour générer le document à partir de l’état actuel du dossier.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="343" />
            <source>Reading the case…</source>
            <translation>Lecture du dossier…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="349" />
            <source>{n} item(s) missing: the document will be marked DRAFT on every page until the case has them.</source>
            <translation>{n} élément(s) manquant(s) : le document porte la mention PROJET sur chaque page tant que le dossier ne les contient pas.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="377" />
            <source>Building the preview…</source>
            <translation>Génération de l’aperçu…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="415" />
            <source>draft (marked on every page)</source>
            <translation>projet (mention sur chaque page)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="415" />
            <source>final</source>
            <translation>définitif</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="416" />
            <source>{pages} page(s) · {state} · SHA-256 {sha}</source>
            <translation>{pages} page(s) · {state} · SHA-256 {sha}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="421" />
            <source>Out of date: the case or the choice changed since. Press Preview again (Export builds it anew).</source>
            <translation>Aperçu périmé : le dossier ou le choix a changé depuis. Cliquez de nouveau sur Aperçu (Exporter génère un nouveau document).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="427" />
            <source>SHA-256 of the previewed file: {sha}</source>
            <translation>SHA-256 du fichier affiché : {sha}</translation>
        </message>
    </context>
</TS>
