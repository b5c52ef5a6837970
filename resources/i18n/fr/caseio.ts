<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>caseio</name>
        <message>
            <location filename="cnil_case/core/caseio.py" line="181" />
            <source>is empty, not a case document</source>
            <translation>est vide : ce n’est pas un document de dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="186" />
            <source>is not valid JSON: {reason} at line {line}, column {column}</source>
            <translation>n’est pas un JSON valide : {reason} à la ligne {line}, colonne {column}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="192" />
            <source>is not a case document: its JSON is nested too deeply</source>
            <translation>n’est pas un document de dossier : son JSON est imbriqué trop profondément</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="208" />
            <source>no such file</source>
            <translation>fichier introuvable</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="210" />
            <source>is a folder, not a case document</source>
            <translation>est un dossier du disque, pas un document de dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="212" />
            <source>cannot be read ({error})</source>
            <translation>ne peut pas être lu ({error})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="223" />
            <source>is not UTF-8 text (bad byte at line {line})</source>
            <translation>n’est pas un texte UTF-8 (octet invalide à la ligne {line})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="263" />
            <source>a number ({value})</source>
            <translation>un nombre ({value})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="266" />
            <source>a string ({value})</source>
            <translation>une chaîne ({value})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="268" />
            <source>an array</source>
            <translation>un tableau</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="270" />
            <source>an object</source>
            <translation>un objet</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="271" />
            <source>a {type}, which is not JSON</source>
            <translation>un {type}, qui n’est pas du JSON</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="281" />
            <source>appears twice in the same object; keep one</source>
            <translation>apparaît deux fois dans le même objet ; n’en gardez qu’un</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="286" />
            <source>expected {what} (a JSON object), got {got}</source>
            <translation>{what} (un objet JSON) attendu, reçu : {got}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="291" />
            <source>did you mean {key}? </source>
            <translation>vouliez-vous dire {key} ? </translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="292" />
            <source>unknown key; {hint}allowed here: {keys}</source>
            <translation>clé inconnue ; {hint}clés admises ici : {keys}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="298" />
            <source>is missing ({what} must have it)</source>
            <translation>est absent ({what} doit le comporter)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="304" />
            <source>expected a string, got {got}</source>
            <translation>une chaîne était attendue, reçu : {got}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="308" />
            <source>is {n} characters long; at most {max} are allowed</source>
            <translation>compte {n} caractères ; {max} au plus sont admis</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="312" />
            <source>contains a NUL character (U+0000), which cannot be stored</source>
            <translation>contient un caractère NUL (U+0000), qui ne peut pas être enregistré</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="336" />
            <source>{value} is not {noun}; use one of {choices}</source>
            <translation>{value} n’est pas {noun} ; utilisez l’une des valeurs suivantes : {choices}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="344" />
            <source>expected true or false, got {got}</source>
            <translation>true ou false était attendu, reçu : {got}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="358" />
            <source>expected an array, got {got}</source>
            <translation>un tableau était attendu, reçu : {got}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="364" />
            <source>{value} is listed twice</source>
            <translation>{value} figure deux fois</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="372" />
            <source>expected a date-time string (e.g. {example}), got {got}</source>
            <translation>une date et heure était attendue (p. ex. {example}), reçu : {got}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1174" />
            <source>is not a case document: it is nested too deeply</source>
            <translation>n’est pas un document de dossier : il est imbriqué trop profondément</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1510" />
            <source>a case with the reference {reference} already exists in this workspace; import the document under another reference, such as {suggestion}</source>
            <translation>un dossier de référence {reference} existe déjà dans cet espace de travail ; importez le document sous une autre référence, par exemple {suggestion}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1684" />
            <source>{reference!r} is already used in this workspace; choose another, such as {suggestion!r}</source>
            <translation>« {reference} » est déjà utilisée dans cet espace de travail ; choisissez-en une autre, par exemple « {suggestion} »</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1830" />
            <source>this fulfilment is not late (deadline: {deadline}): reasons for a delay are kept only for a late one (GDPR Art. 33(1)); leave it empty</source>
            <translation>cette exécution n’est pas tardive (échéance : {deadline}) : les motifs du retard ne sont conservés que pour une exécution tardive (art. 33, § 1, du RGPD) ; laissez ce champ vide</translation>
        </message>
        <message>
            <location filename="cnil_case/core/caseio.py" line="1917" />
            <source>is missing, and $.affected_data lists no data to derive it from: give the ENISA inputs or list the data concerned</source>
            <translation>est absent, et $.affected_data ne liste aucune donnée dont le déduire : indiquez les paramètres ENISA ou listez les données concernées</translation>
        </message>
    </context>
</TS>
