<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CaseCommands</name>
        <message>
            <location filename="cnil_case/ui/casecommands.py" line="46" />
            <source>cnil-case document (*.json);;All files (*)</source>
            <translation>Document cnil-case (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casecommands.py" line="57" />
            <source>Case {reference} created</source>
            <translation>Dossier {reference} créé</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casecommands.py" line="80" />
            <source>Delete case {reference} “{title}” with all its parties and events?

This cannot be undone. The deletion is recorded in the workspace history; export the case document first if you may need it again.</source>
            <translation>Supprimer le dossier {reference} « {title} » avec toutes ses parties et tous ses événements ?

Cette opération est irréversible. La suppression est consignée dans l’historique de l’espace de travail ; exportez d’abord le document du dossier si vous risquez d’en avoir de nouveau besoin.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casecommands.py" line="85" />
            <source>Delete case</source>
            <translation>Supprimer le dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casecommands.py" line="90" />
            <source>Case {reference} deleted</source>
            <translation>Dossier {reference} supprimé</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casecommands.py" line="98" />
            <source>Import case document</source>
            <translation>Importer un document de dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casecommands.py" line="112" />
            <source>{problem}

Import it as {suggestion}?</source>
            <translation>{problem}

L’importer sous la référence {suggestion} ?</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casecommands.py" line="119" />
            <source>Imported {name}</source>
            <translation>{name} importé</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casecommands.py" line="129" />
            <source>Export case document</source>
            <translation>Exporter le document du dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casecommands.py" line="137" />
            <source>Exported to {path}</source>
            <translation>Exporté vers {path}</translation>
        </message>
    </context>
</TS>
