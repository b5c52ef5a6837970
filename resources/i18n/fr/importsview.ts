<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>ImportsDialog</name>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="30" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="30" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="31" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="31" />
            <source>Imported on</source>
            <translation>Importé le</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="32" />
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="32" />
            <source>Skipped</source>
            <translation>Ignorées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="33" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="33" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="52" />
            <source>Timeline imports of {case}</source>
            <translation>Imports de chronologie du dossier {case}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="57" />
            <source>No timeline was imported into this case.</source>
            <translation>Aucune chronologie n’a été importée dans ce dossier.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="58" />
            <source>Undo import…</source>
            <translation>Annuler l’import…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="59" />
            <source>Copy SHA-256</source>
            <translation>Copier le SHA-256</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="88" />
            <source>undone {when}</source>
            <translation>annulé le {when}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="89" />
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="95" />
            <source>{name}, {size}, {lines} lines read</source>
            <translation>{name}, {size}, {lines} lignes lues</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="104" />
            <source>line {line}: {reason}</source>
            <translation>ligne {line} : {reason}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="109" />
            <source>… and {n} more (only the first are kept)</source>
            <translation>… et {n} de plus (seules les premières sont conservées)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="150" />
            <source>Delete the {n} events imported from {name} on {when}? Events of this import that were edited since are deleted too. The import record stays, marked undone.</source>
            <translation>Supprimer les {n} événements importés depuis {name} le {when} ? Les événements de cet import modifiés depuis sont également supprimés. La trace de l’import est conservée, marquée comme annulée.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="153" />
            <source>Undo import</source>
            <translation>Annuler l’import</translation>
        </message>
    </context>
</TS>
