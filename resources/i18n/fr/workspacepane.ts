<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>WorkspacePane</name>
        <message>
            <location filename="cnil_case/ui/workspacepane.py" line="32" />
            <source>&lt;b&gt;No case open.&lt;/b&gt; Select a case on the left, create one with Case › New case (Ctrl+N), or import a case document with File › Import.</source>
            <translation>&lt;b&gt;Aucun dossier ouvert.&lt;/b&gt; Sélectionnez un dossier à gauche, créez-en un avec Dossier › Nouveau dossier (Ctrl+N) ou importez un document de dossier avec Fichier › Importer.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/workspacepane.py" line="43" />
            <source>Every case, organisations, deletions; newest first.</source>
            <translation>Tous les dossiers, les organismes, les suppressions ; les plus récents d’abord.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/workspacepane.py" line="50" />
            <source>&amp;Home</source>
            <translation>&amp;Accueil</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/workspacepane.py" line="51" />
            <source>&amp;Deadlines</source>
            <translation>&amp;Échéances</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/workspacepane.py" line="52" />
            <source>&amp;Workspace history</source>
            <translation>&amp;Historique de l’espace de travail</translation>
        </message>
    </context>
</TS>
