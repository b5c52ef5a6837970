<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>importers</name>
        <message>
            <location filename="cnil_case/core/importers/records.py" line="160" />
            <source>Cannot read {path}: {error}</source>
            <translation>Impossible de lire {path} : {error}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/records.py" line="188" />
            <source>{file} holds no events</source>
            <translation>{file} ne contient aucun événement</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/records.py" line="189" />
            <source>{file} holds no events (only a header line)</source>
            <translation>{file} ne contient aucun événement (seulement une ligne d’en-tête)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/records.py" line="191" />
            <source>{file}: every one of its {read} lines is bad, e.g. line {line}: {reason}</source>
            <translation>{file} : chacune de ses {read} lignes est invalide, par ex. ligne {line} : {reason}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/records.py" line="233" />
            <source>{file}, line {line}: {reason}; nothing was imported (fix the line, or choose to skip bad lines)</source>
            <translation>{file}, ligne {line} : {reason} ; rien n’a été importé (corrigez la ligne, ou choisissez d’ignorer les lignes invalides)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/records.py" line="248" />
            <source>Import of {file} cancelled: nothing was imported.</source>
            <translation>Import de {file} annulé : rien n’a été importé.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/records.py" line="320" />
            <source>Import #{id} does not exist.</source>
            <translation>L’import n° {id} n’existe pas.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/records.py" line="343" />
            <source>Import #{id}</source>
            <translation>Import n° {id}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/importers/records.py" line="343" />
            <source>was undone already on {when} UTC</source>
            <translation>a déjà été annulé le {when} UTC</translation>
        </message>
    </context>
</TS>
