<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>caseio</name>
        <message>
            <location filename="cnil_case/core/caseio.py" line="120" />
            <source>{value} is not a date-time with offset (e.g. {example})</source>
            <translation>{value} n’est pas une date et heure avec décalage UTC (par ex. {example})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="125" />
            <source>{value} is not a valid date-time ({error})</source>
            <translation>{value} n’est pas une date et heure valide ({error})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="176" />
            <source>is not valid JSON: {name} is not a number in JSON</source>
            <translation>n’est pas du JSON valide : {name} n’est pas un nombre en JSON</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="182" />
            <source>is empty, not a case document</source>
            <translation>est vide : ce n’est pas un document de dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="187" />
            <source>is not valid JSON: {reason} at line {line}, column {column}</source>
            <translation>n’est pas un JSON valide : {reason} à la ligne {line}, colonne {column}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="193" />
            <source>is not a case document: its JSON is nested too deeply</source>
            <translation>n’est pas un document de dossier : son JSON est imbriqué trop profondément</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="209" />
            <source>no such file</source>
            <translation>fichier introuvable</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="211" />
            <source>is a folder, not a case document</source>
            <translation>est un dossier du disque, pas un document de dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="213" />
            <source>cannot be read ({error})</source>
            <translation>ne peut pas être lu ({error})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="224" />
            <source>is not UTF-8 text (bad byte at line {line})</source>
            <translation>n’est pas un texte UTF-8 (octet invalide à la ligne {line})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="264" />
            <source>a number ({value})</source>
            <translation>un nombre ({value})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="267" />
            <source>a string ({value})</source>
            <translation>une chaîne ({value})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="269" />
            <source>an array</source>
            <translation>un tableau</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="271" />
            <source>an object</source>
            <translation>un objet</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="272" />
            <source>a {type}, which is not JSON</source>
            <translation>un {type}, qui n’est pas du JSON</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="282" />
            <source>appears twice in the same object; keep one</source>
            <translation>apparaît deux fois dans le même objet ; n’en gardez qu’un</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="287" />
            <source>expected {what} (a JSON object), got {got}</source>
            <translation>{what} (un objet JSON) attendu, reçu : {got}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="292" />
            <source>did you mean {key}? </source>
            <translation>vouliez-vous dire {key} ? </translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="293" />
            <source>unknown key; {hint}allowed here: {keys}</source>
            <translation>clé inconnue ; {hint}clés admises ici : {keys}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="299" />
            <source>is missing ({what} must have it)</source>
            <translation>est absent ({what} doit le comporter)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="305" />
            <source>expected a string, got {got}</source>
            <translation>une chaîne était attendue, reçu : {got}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="309" />
            <source>is {n} characters long; at most {max} are allowed</source>
            <translation>compte {n} caractères ; {max} au plus sont admis</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="313" />
            <source>contains a NUL character (U+0000), which cannot be stored</source>
            <translation>contient un caractère NUL (U+0000), qui ne peut pas être enregistré</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="327" />
            <source>{value} {explanation}</source>
            <translation>{value} {explanation}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="337" />
            <source>{value} is not {noun}; use one of {choices}</source>
            <translation>{value} n’est pas {noun} ; utilisez l’une des valeurs suivantes : {choices}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="345" />
            <source>expected true or false, got {got}</source>
            <translation>true ou false était attendu, reçu : {got}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="359" />
            <source>expected an array, got {got}</source>
            <translation>un tableau était attendu, reçu : {got}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="365" />
            <source>{value} is listed twice</source>
            <translation>{value} figure deux fois</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="373" />
            <source>expected a date-time string (e.g. {example}), got {got}</source>
            <translation>une date et heure était attendue (p. ex. {example}), reçu : {got}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="383" />
            <source>a precision</source>
            <translation>une précision</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="388" />
            <source>a moment</source>
            <translation>un instant</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="399" />
            <source>{value} is not a number in JSON</source>
            <translation>{value} n’est pas un nombre en JSON</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="409" />
            <source>has a key {key} that is not a string</source>
            <translation>a une clé {key} qui n’est pas une chaîne</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="413" />
            <source>expected a JSON value, got {got}</source>
            <translation>une valeur JSON était attendue, et non {got}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="418" />
            <source>expected a JSON object, got {got}</source>
            <translation>un objet JSON était attendu, et non {got}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="424" />
            <source>is not a valid key (letters, digits, '.', '_', '-'; e.g. "party-1")</source>
            <translation>n’est pas une clé valide (lettres, chiffres, « . », « _ », « - » ; par ex. « party-1 »)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="431" />
            <source>is blank; {what}</source>
            <translation>est vide ; {what}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="434" />
            <source>is not a valid tag (a tag is not empty and holds no comma)</source>
            <translation>n’est pas une étiquette valide (une étiquette n’est pas vide et ne contient pas de virgule)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="441" />
            <source>expected a whole number of hours, got {got}</source>
            <translation>un nombre entier d’heures était attendu, et non {got}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="443" />
            <source>{value} is not a whole number of hours</source>
            <translation>{value} n’est pas un nombre entier d’heures</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="445" />
            <source>{value} is negative: a number of hours is 0 or more</source>
            <translation>{value} est négatif : un nombre d’heures vaut 0 ou plus</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="447" />
            <source>{value} hours is more than a year; at most {max} are allowed</source>
            <translation>{value} heures, c’est plus d’un an ; {max} au plus sont admises</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="457" />
            <source>expected a holiday-calendar code or null, got {got}</source>
            <translation>un code de calendrier des jours fériés ou null était attendu, et non {got}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="461" />
            <source>{value} is not a holiday calendar; use null for the national list or one of {codes} (Alsace is 6AE: there is no 67 or 68)</source>
            <translation>{value} n’est pas un calendrier des jours fériés ; indiquez null pour la liste nationale ou l’un de {codes} (l’Alsace est 6AE : il n’y a ni 67 ni 68)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="476" />
            <source>{value} is too coarse for a fulfilment: give the time it was sent (precision {precisions}); a deadline can end within that hour or day</source>
            <translation>{value} est trop imprécis pour une exécution : indiquez l’heure d’envoi (précision {precisions}) ; un délai peut expirer au cours de cette heure ou de cette journée</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="483" />
            <source>a case needs a reference</source>
            <translation>un dossier doit avoir une référence</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="484" />
            <source>a case needs a title</source>
            <translation>un dossier doit avoir un titre</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="485" />
            <source>a case status</source>
            <translation>un statut de dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="487" />
            <source>a breach nature</source>
            <translation>une nature de violation</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="488" />
            <source>an origin (intent)</source>
            <translation>une origine (intention)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="489" />
            <source>an origin (source)</source>
            <translation>une origine (source)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="497" />
            <source>a protection</source>
            <translation>une protection</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="505" />
            <source>an organisation needs a name</source>
            <translation>un organisme doit avoir un nom</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="508" />
            <source>is not a two-letter upper-case ISO country code such as FR</source>
            <translation>n’est pas un code pays ISO de deux lettres majuscules, comme FR</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="522" />
            <source>a party role</source>
            <translation>un rôle de partie</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="527" />
            <source>a regime</source>
            <translation>un régime</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="537" />
            <source>an event needs a title</source>
            <translation>un événement doit avoir un titre</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="540" />
            <source>an event category</source>
            <translation>une catégorie d’événement</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="549" />
            <source>a duty code</source>
            <translation>un code d’obligation</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="551" />
            <source>an obligation status</source>
            <translation>un statut d’obligation</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="583" />
            <source>expected a whole number, got {got}</source>
            <translation>un nombre entier était attendu, et non {got}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="585" />
            <source>{value} is not a whole number</source>
            <translation>{value} n’est pas un nombre entier</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="587" />
            <source>{value} must be between 0 and {max}</source>
            <translation>{value} : la valeur doit être comprise entre 0 et {max}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="604" />
            <source>{value} is not {noun} on the ENISA scale; use one of {allowed}</source>
            <translation>{value} n’est pas {noun} de l’échelle ENISA ; utilisez l’une des valeurs {allowed}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="615" />
            <source>expected a whole number for {noun}, got {got}</source>
            <translation>un nombre entier était attendu pour {noun}, et non {got}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="618" />
            <source>{value} is outside {low}..{high}: {noun} must be within it</source>
            <translation>{value} est hors de l’intervalle {low}..{high} : {noun} doit s’y trouver</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="625" />
            <source>a data category code</source>
            <translation>un code de catégorie de données</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="631" />
            <source>a kind of count</source>
            <translation>un type de décompte</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="639" />
            <source>a count</source>
            <translation>un décompte</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="644" />
            <source>must be null: an unknown count holds no number</source>
            <translation>doit être null : un décompte inconnu ne contient aucun nombre</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="647" />
            <source>is missing: an exact count needs a number</source>
            <translation>est absent : un décompte exact demande un nombre</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="649" />
            <source>is missing: an estimate count needs a number</source>
            <translation>est absent : une estimation demande un nombre</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="651" />
            <source>must be null: only a range has an upper bound (kind is {kind})</source>
            <translation>doit être null : seule une fourchette a une borne supérieure (le type est {kind})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="656" />
            <source>is missing: a range needs a lower and an upper bound</source>
            <translation>est absent : une fourchette demande une borne inférieure et une borne supérieure</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="658" />
            <source>{high} is below the lower bound {low}</source>
            <translation>{high} est inférieur à la borne inférieure {low}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="663" />
            <source>a person category code</source>
            <translation>un code de catégorie de personnes</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="672" />
            <source>an ENISA base score</source>
            <translation>un score de base ENISA</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="673" />
            <source>a DPC adjustment</source>
            <translation>un ajustement du DPC</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="678" />
            <source>a category score</source>
            <translation>un score de catégorie</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="679" />
            <source>an ease of identification (EI)</source>
            <translation>une facilité d’identification (EI)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="681" />
            <source>a CB confidentiality level</source>
            <translation>un niveau CB de confidentialité</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="682" />
            <source>a CB integrity level</source>
            <translation>un niveau CB d’intégrité</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="683" />
            <source>a CB availability level</source>
            <translation>un niveau CB de disponibilité</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="684" />
            <source>a CB malicious-intent level</source>
            <translation>un niveau CB d’intention malveillante</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="692" />
            <source>ENISA inputs</source>
            <translation>des données d’entrée ENISA</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="694" />
            <source>is empty: score at least one category of data</source>
            <translation>est vide : évaluez au moins une catégorie de données</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="699" />
            <source>expected an object of notes (factor: text), got {got}</source>
            <translation>un objet de notes (facteur : texte) était attendu, et non {got}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="722" />
            <source>a kind of recipient</source>
            <translation>un type de destinataire</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="734" />
            <source>a decision level</source>
            <translation>un niveau de décision</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="735" />
            <source>an Art. 34(3) exemption ("" for none)</source>
            <translation>une exception de l’art. 34(3) ("" pour aucune)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="744" />
            <source>EDPB factors</source>
            <translation>des facteurs du CEPD</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="745" />
            <source>a decision</source>
            <translation>une décision</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="751" />
            <source>an obligation</source>
            <translation>une obligation</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="756" />
            <source>is null: a fulfilled obligation needs the moment it was fulfilled</source>
            <translation>est null : une obligation exécutée doit indiquer le moment de son exécution</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="757" />
            <source>is missing: a fulfilled obligation needs the moment it was fulfilled</source>
            <translation>est absent : une obligation exécutée doit indiquer le moment de son exécution</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="762" />
            <source>must be null unless status is "fulfilled" (status is {status})</source>
            <translation>doit être null sauf si le statut est « fulfilled » (le statut est {status})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="767" />
            <source>is kept only for a fulfilled obligation (status is {status}); leave it empty</source>
            <translation>n’est conservé que pour une obligation exécutée (le statut est {status}) ; laissez-le vide</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="773" />
            <source>is missing: say why this obligation is not required (it is kept in the record)</source>
            <translation>est absent : indiquez pourquoi cette obligation n’est pas requise (la raison est conservée au dossier)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="775" />
            <source>is blank: say why this obligation is not required (it is kept in the record)</source>
            <translation>est vide : indiquez pourquoi cette obligation n’est pas requise (la raison est conservée au dossier)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="779" />
            <source>is kept only when status is "not_required" (status is {status}); leave it empty</source>
            <translation>n’est conservé que si le statut est « not_required » (le statut est {status}) ; laissez-le vide</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="790" />
            <source>the document was written by a newer cnil-case (document version {version}; this cnil-case reads version {ours}): update cnil-case to read it</source>
            <translation>le document a été écrit par une version plus récente de cnil-case (version du document {version} ; cette version de cnil-case lit la version {ours}) : mettez cnil-case à jour pour le lire</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="794" />
            <source>{version} is not a case-document version (this cnil-case reads version {ours})</source>
            <translation>{version} n’est pas une version de document de dossier (cette version de cnil-case lit la version {ours})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="801" />
            <source>{value} is not a cnil-case case document (expected {format})</source>
            <translation>{value} n’est pas un document de dossier cnil-case ({format} attendu)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="810" />
            <source>a custody action</source>
            <translation>une action de la chaîne de possession</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="816" />
            <source>is not a SHA-256 (64 lower-case hexadecimal digits)</source>
            <translation>n’est pas une empreinte SHA-256 (64 chiffres hexadécimaux en minuscules)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="819" />
            <source>an item of evidence needs its original name</source>
            <translation>une pièce doit avoir son nom d’origine</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="828" />
            <source>an evidence status</source>
            <translation>un statut de pièce</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="829" />
            <source>a custody entry</source>
            <translation>une entrée de la chaîne de possession</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="842" />
            <source>{value} is not a date; write it as YYYY-MM-DD, e.g. "2024-02-22"</source>
            <translation>{value} n’est pas une date ; écrivez-la AAAA-MM-JJ, par ex. « 2024-02-22 »</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="846" />
            <source>{value} is not a day of the calendar</source>
            <translation>{value} n’est pas un jour du calendrier</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="851" />
            <source>is not a GDPR provision code (e.g. "32", "5(1)(f)")</source>
            <translation>n’est pas un code de disposition du RGPD (par ex. « 32 », « 5(1)(f) »)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="860" />
            <source>a time limit</source>
            <translation>un délai</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="861" />
            <source>a unit of time</source>
            <translation>une unité de temps</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="871" />
            <source>a time limit by date ({example})</source>
            <translation>un délai par date ({example})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="874" />
            <source>a time limit ({period} or {date})</source>
            <translation>un délai ({period} ou {date})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="884" />
            <source>a kind of correspondence</source>
            <translation>un type de correspondance</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="885" />
            <source>correspondence needs a subject</source>
            <translation>une correspondance doit avoir un objet</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="891" />
            <source>a completeness (full or partial; empty when not an answer)</source>
            <translation>une complétude (full ou partial ; vide s’il ne s’agit pas d’une réponse)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="899" />
            <source>a finding needs a title</source>
            <translation>un constat doit avoir un titre</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="902" />
            <source>a severity</source>
            <translation>une gravité</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="903" />
            <source>a state of finding</source>
            <translation>un état de constat</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="912" />
            <source>a kind of measure</source>
            <translation>un type de mesure</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="913" />
            <source>is blank; a measure needs a description</source>
            <translation>est vide ; une mesure doit avoir une description</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="916" />
            <source>a state of measure</source>
            <translation>un état de mesure</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="929" />
            <source>the case</source>
            <translation>le dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="930" />
            <source>an organisation</source>
            <translation>un organisme</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="931" />
            <source>a party</source>
            <translation>une partie</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="932" />
            <source>an event</source>
            <translation>un événement</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="933" />
            <source>a category of data concerned</source>
            <translation>une catégorie de données concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="934" />
            <source>a category of persons concerned</source>
            <translation>une catégorie de personnes concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="935" />
            <source>a risk assessment</source>
            <translation>une évaluation du risque</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="937" />
            <source>an item of evidence</source>
            <translation>une pièce</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="938" />
            <source>an item of correspondence</source>
            <translation>une correspondance</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="939" />
            <source>a finding</source>
            <translation>un constat</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="940" />
            <source>a measure</source>
            <translation>une mesure</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="951" />
            <source>{key} is already the key of {noun} {path}; keys must be unique</source>
            <translation>{key} est déjà la clé de l’élément {path} ({noun}) ; les clés doivent être uniques</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="960" />
            <source>{value} is not the key of {noun} in {section}</source>
            <translation>{value} n’est la clé d’aucun élément de {section} ({noun})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="966" />
            <source>expected a case document (a JSON object), got {got}</source>
            <translation>un document de dossier (un objet JSON) était attendu, et non {got}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="971" />
            <source>is missing: this is not a cnil-case case document</source>
            <translation>est absent : ce n’est pas un document de dossier cnil-case</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="973" />
            <source>a case document</source>
            <translation>un document de dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="974" />
            <source>organisation</source>
            <translation>organisme</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="975" />
            <source>party</source>
            <translation>partie</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="980" />
            <source>event</source>
            <translation>événement</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="991" />
            <source>{category} is already listed at {path}; keep one line per category</source>
            <translation>{category} figure déjà en {path} ; gardez une ligne par catégorie</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="997" />
            <source>must be null when protection is "none": there is no key</source>
            <translation>doit être null lorsque la protection est « none » : il n’y a pas de clé</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1016" />
            <source>is already the content of {path}; the same content is one item (record a second acquisition in its custody)</source>
            <translation>est déjà le contenu de {path} ; un même contenu est une seule pièce (consignez une seconde acquisition dans sa chaîne de possession)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1046" />
            <source>an answer must name the request it answers (the key of an item of $.correspondence)</source>
            <translation>une réponse doit désigner la demande à laquelle elle répond (la clé d’un élément de $.correspondence)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1049" />
            <source>an answer is "full" or "partial"</source>
            <translation>une réponse est « full » ou « partial »</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1051" />
            <source>must be empty: only an answer is full or partial</source>
            <translation>doit être vide : seule une réponse est complète ou partielle</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1054" />
            <source>{parent} is a {kind}, and an answer replies to a request</source>
            <translation>{parent} est de type {kind}, or une réponse répond à une demande</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1059" />
            <source>makes a loop: an item cannot reply, even indirectly, to itself</source>
            <translation>forme une boucle : un élément ne peut pas se répondre à lui-même, même indirectement</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1071" />
            <source>a confirmed finding names at least one provision it concerns</source>
            <translation>un constat confirmé cite au moins une disposition qu’il concerne</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1078" />
            <source>a measure marked done needs the date it was done (YYYY-MM-DD)</source>
            <translation>une mesure marquée comme réalisée doit indiquer sa date de réalisation (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1080" />
            <source>must be null: only a measure marked "done" has a done date</source>
            <translation>doit être null : seule une mesure marquée « done » a une date de réalisation</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1102" />
            <source>must be empty: {party} is a {role}, and only a processor (for controllers) or a sub_processor (for processors) works for other parties</source>
            <translation>doit être vide : {party} a le rôle {role}, et seul un sous-traitant (processor, pour des responsables de traitement) ou un sous-traitant ultérieur (sub_processor, pour des sous-traitants) agit pour d’autres parties</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1109" />
            <source>{party} is this party itself: a party does not work for itself</source>
            <translation>{party} est cette partie elle-même : une partie n’agit pas pour elle-même</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1114" />
            <source>{party} is a {role}, and a {own_role} works for a {roles}</source>
            <translation>{party} a le rôle {role}, or une partie {own_role} agit pour une partie {roles}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1123" />
            <source>{roles} or {last}</source>
            <translation>{roles} ou {last}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1143" />
            <source>{party} is a {role}, and {article} is owed by a {roles}</source>
            <translation>{party} a le rôle {role}, or l’obligation {article} incombe à une partie {roles}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1147" />
            <source>{party} is not bound by {regime} (its regimes: {regimes}); add it to {where}</source>
            <translation>{party} n’est pas soumise au régime {regime} (ses régimes : {regimes}) ; ajoutez-le dans {where}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1149" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1150" />
            <source>{duty} ({article}) does not bind this party: {why}</source>
            <translation>{duty} ({article}) ne s’impose pas à cette partie : {why}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1157" />
            <source>must be null: {article} goes to the {recipient}, not to a party of the case</source>
            <translation>doit être null : {article} s’adresse à : {recipient}, et non à une partie du dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1165" />
            <source>must name the {role} notified: {article} is owed to each {role} of the case separately (the key of a party in $.parties)</source>
            <translation>doit désigner la partie notifiée ({role}) : {article} est dû séparément à chaque partie {role} du dossier (la clé d’une partie de $.parties)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1172" />
            <source>{party} is a {role}, and {article} goes to a {wanted}</source>
            <translation>{party} a le rôle {role}, or {article} s’adresse à une partie {wanted}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1182" />
            <source>{party} does not work for {recipient} (it works for {served}, {where}): {article} is owed only to the parties it works for</source>
            <translation>{party} n’agit pas pour {recipient} (elle agit pour {served}, {where}) : {article} n’est dû qu’aux parties pour lesquelles elle agit</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1188" />
            <source>records the same obligation as {path}; keep one</source>
            <translation>consigne la même obligation que {path} ; n’en gardez qu’une</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1204" />
            <source>is not a case document: it is nested too deeply</source>
            <translation>n’est pas un document de dossier : il est imbriqué trop profondément</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1540" />
            <source>a case with the reference {reference} already exists in this workspace; import the document under another reference, such as {suggestion}</source>
            <translation>un dossier de référence {reference} existe déjà dans cet espace de travail ; importez le document sous une autre référence, par exemple {suggestion}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1714" />
            <source>{reference!r} is already used in this workspace; choose another, such as {suggestion!r}</source>
            <translation>« {reference} » est déjà utilisée dans cet espace de travail ; choisissez-en une autre, par exemple « {suggestion} »</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1860" />
            <source>this fulfilment is not late (deadline: {deadline}): reasons for a delay are kept only for a late one (GDPR Art. 33(1)); leave it empty</source>
            <translation>cette exécution n’est pas tardive (échéance : {deadline}) : les motifs du retard ne sont conservés que pour une exécution tardive (art. 33, § 1, du RGPD) ; laissez ce champ vide</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1947" />
            <source>is missing, and $.affected_data lists no data to derive it from: give the ENISA inputs or list the data concerned</source>
            <translation>est absent, et $.affected_data ne liste aucune donnée dont le déduire : indiquez les paramètres ENISA ou listez les données concernées</translation>
        </message>
    </context>
</TS>
