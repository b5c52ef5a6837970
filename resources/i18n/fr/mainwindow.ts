<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="77" />
            <source>Opening workspace…</source>
            <translation>Ouverture de l'espace de travail…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="96" />
            <source>Workspace: {path}</source>
            <translation>Espace de travail : {path}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="185" />
            <source>&amp;Import case document…</source>
            <translation>&amp;Importer un document de dossier…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="186" />
            <source>&amp;Export case document…</source>
            <translation>&amp;Exporter le document du dossier…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="187" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="188" />
            <source>&amp;New case…</source>
            <translation>&amp;Nouveau dossier…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="189" />
            <source>&amp;Save case</source>
            <translation>&amp;Enregistrer le dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="190" />
            <source>Close case &amp;view</source>
            <translation>&amp;Fermer la vue du dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="191" />
            <source>&amp;Close case (mark as done)</source>
            <translation>&amp;Clore le dossier (marquer comme terminé)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="192" />
            <source>&amp;Reopen case</source>
            <translation>&amp;Rouvrir le dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="193" />
            <source>&amp;Delete case…</source>
            <translation>&amp;Supprimer le dossier…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="194" />
            <source>&amp;Organisations…</source>
            <translation>&amp;Organisations…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="195" />
            <source>Correspondence with an &amp;organisation…</source>
            <translation>Échanges avec une or&amp;ganisation…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="196" />
            <source>&amp;Breach register (Art. 33(5))…</source>
            <translation>Registre des &amp;violations (art. 33(5))…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="197" />
            <source>Every breach of this workspace, notified or not, as GDPR Art. 33(5) requires: preview, export as PDF or CSV</source>
            <translation>Toutes les violations de cet espace de travail, notifiées ou non, comme l'exige l'art. 33(5) du RGPD : aperçu, export en PDF ou CSV</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="199" />
            <source>&amp;New event…</source>
            <translation>&amp;Nouvel événement…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="200" />
            <source>&amp;Edit event…</source>
            <translation>&amp;Modifier l'événement…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="201" />
            <source>&amp;Delete event…</source>
            <translation>&amp;Supprimer l'événement…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="202" />
            <source>&amp;Star / unstar</source>
            <translation>Ajouter / retirer l'é&amp;toile</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="203" />
            <source>&amp;Find in timeline</source>
            <translation>&amp;Rechercher dans la chronologie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="204" />
            <source>&amp;Import timeline…</source>
            <translation>&amp;Importer une chronologie…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="205" />
            <source>Timesketch CSV / JSONL, DFIR-IRIS CSV or any CSV / JSONL with a column mapping, in one transaction</source>
            <translation>Timesketch CSV / JSONL, DFIR-IRIS CSV ou tout CSV / JSONL avec association des colonnes, en une seule transaction</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="207" />
            <source>Timeline i&amp;mports…</source>
            <translation>Im&amp;ports de chronologie…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="208" />
            <source>E&amp;xport timeline…</source>
            <translation>E&amp;xporter la chronologie…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="209" />
            <source>&amp;Search…</source>
            <translation>&amp;Rechercher…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="211" />
            <source>Full-text search of events, evidence, findings and correspondence (accents ignored)</source>
            <translation>Recherche en texte intégral dans les événements, pièces, constats et échanges (accents ignorés)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="213" />
            <source>&amp;Home</source>
            <translation>&amp;Accueil</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="214" />
            <source>Open cases with their most urgent clocks, late requests and recent activity</source>
            <translation>Dossiers ouverts avec leur échéance la plus urgente, demandes en retard et activité récente</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="215" />
            <source>&amp;Deadlines dashboard</source>
            <translation>&amp;Tableau de bord des échéances</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="216" />
            <source>&amp;Refresh deadlines</source>
            <translation>&amp;Actualiser les échéances</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="217" />
            <source>&amp;Integrity…</source>
            <translation>&amp;Intégrité…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="218" />
            <source>Check the audit log, custody, vault files and exports for tampering</source>
            <translation>Vérifier que le journal d'audit, la chaîne de possession, les fichiers du coffre et les exports n'ont pas été altérés</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="221" />
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="230" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="235" />
            <source>&amp;Case</source>
            <translation>&amp;Dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="248" />
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="249" />
            <source>&amp;Timeline</source>
            <translation>&amp;Chronologie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="260" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="265" />
            <source>Too&amp;ls</source>
            <translation>&amp;Outils</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="378" />
            <source>{title}: {text}</source>
            <translation>{title} : {text}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="496" />
            <source>{case}{workspace} — cnil-case</source>
            <translation>{case}{workspace} — cnil-case</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/mainwindow.py" line="520" />
            <source>Cases: %n</source>
            <translation>
                <numerusform>Dossiers : %n</numerusform>
                <numerusform>Dossiers : %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="526" />
            <source>Working…</source>
            <translation>Traitement en cours…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="539" />
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="540" />
            <source>The overview of the open case has unsaved changes. Close without saving them?</source>
            <translation>La synthèse du dossier ouvert comporte des modifications non enregistrées. Fermer sans les enregistrer ?</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="555" />
            <source>Could not start cnil-case on {workspace}.</source>
            <translation>Impossible de lancer cnil-case sur {workspace}.</translation>
        </message>
    </context>
</TS>
