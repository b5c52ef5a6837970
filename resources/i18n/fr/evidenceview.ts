<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>EvidenceView</name>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="139" />
            <source>Find in name, exhibit, description, tags</source>
            <translation>Rechercher dans le nom, la cote, la description, les étiquettes</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="142" />
            <source>Add &amp;files…</source>
            <translation>Ajouter des &amp;fichiers…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="143" />
            <source>Add f&amp;older…</source>
            <translation>Ajouter un d&amp;ossier…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="145" />
            <source>Or drop files and folders on this tab</source>
            <translation>Ou déposez des fichiers et des dossiers sur cet onglet</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="146" />
            <source>&amp;Edit details…</source>
            <translation>&amp;Modifier les détails…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="147" />
            <source>&amp;Withdraw…</source>
            <translation>&amp;Retirer…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="148" />
            <source>T&amp;ransfer…</source>
            <translation>&amp;Transférer…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="149" />
            <source>&amp;Link to events…</source>
            <translation>&amp;Lier à des événements…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="150" />
            <source>&amp;Verify</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="151" />
            <source>Verify &amp;all</source>
            <translation>Tout v&amp;érifier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="152" />
            <source>Export custody log…</source>
            <translation>Exporter la chaîne de possession…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="153" />
            <source>Export &amp;manifest…</source>
            <translation>Exporter avec &amp;manifeste…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="154" />
            <source>Copy the selected items (all if none is selected) into a folder with a manifest (CSV and PDF: name, size, SHA-256, acquisition, custody); each copy is re-hashed and logged as exported.</source>
            <translation>Copier les pièces sélectionnées (toutes si aucune ne l’est) dans un dossier avec un manifeste (CSV et PDF : nom, taille, SHA-256, acquisition, possession) ; chaque copie est de nouveau hachée et consignée comme exportée.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="157" />
            <source>Check received &amp;folder…</source>
            <translation>Contrôler un &amp;dossier reçu…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="158" />
            <source>Re-hash a folder received with a manifest.csv: what matches, what differs, what is missing.</source>
            <translation>Recalculer les empreintes d’un dossier reçu avec un manifest.csv : ce qui concorde, ce qui diffère, ce qui manque.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="166" />
            <source>Evidence items</source>
            <translation>Pièces du dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="184" />
            <source>The chain of custody only grows: entries are never edited or deleted</source>
            <translation>La chaîne de possession ne fait que s’allonger : aucune entrée n’est modifiée ni supprimée</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="187" />
            <source>Double-click to show the event in the timeline</source>
            <translation>Double-cliquer pour afficher l’événement dans la chronologie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="210" />
            <source>Chain of custody</source>
            <translation>Chaîne de possession</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="215" />
            <source>Linked events</source>
            <translation>Événements liés</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/evidenceview.py" line="292" />
            <source>Items: %n</source>
            <translation>
                <numerusform>Pièces : %n</numerusform>
                <numerusform>Pièces : %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="367" />
            <source>Add evidence files</source>
            <translation>Ajouter des fichiers comme pièces</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="372" />
            <source>Add an evidence folder (with its subfolders)</source>
            <translation>Ajouter un dossier de pièces (avec ses sous-dossiers)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="400" />
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="410" />
            <source>Not added</source>
            <translation>Non ajouté</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="410" />
            <source>Only files and folders of this computer can be added as evidence; nothing was added. Save the item as a file first (its hash and chain of custody start from that file), then drop the file.</source>
            <translation>Seuls des fichiers et dossiers de cet ordinateur peuvent être ajoutés comme pièces ; rien n’a été ajouté. Enregistrez d’abord l’élément dans un fichier (son empreinte et sa chaîne de possession partent de ce fichier), puis déposez ce fichier.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="423" />
            <source>Add {names} to {case}</source>
            <translation>Ajouter {names} au dossier {case}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="427" />
            <source>Storing in the vault…</source>
            <translation>Enregistrement dans le coffre…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="442" />
            <source>Addition cancelled</source>
            <translation>Ajout annulé</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="443" />
            <source>The addition was cancelled; no evidence was registered.</source>
            <translation>L’ajout a été annulé ; aucune pièce n’a été enregistrée.</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/evidenceview.py" line="453" />
            <source>Added: %n file(s)</source>
            <translation>
                <numerusform>Ajouté : %n fichier</numerusform>
                <numerusform>Ajoutés : %n fichiers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/evidenceview.py" line="455" />
            <source>Already present (a new acquisition recorded): %n</source>
            <translation>
                <numerusform>Déjà présente (nouvelle acquisition consignée) : %n</numerusform>
                <numerusform>Déjà présentes (nouvelle acquisition consignée) : %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/evidenceview.py" line="457" />
            <source>Skipped: %n</source>
            <translation>
                <numerusform>Ignoré : %n</numerusform>
                <numerusform>Ignorés : %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/evidenceview.py" line="459" />
            <source>Failed: %n</source>
            <translation>
                <numerusform>Échec : %n</numerusform>
                <numerusform>Échecs : %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="461" />
            <source>skipped {path}: {reason}</source>
            <translation>ignoré {path} : {reason}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="463" />
            <source>FAILED {path}: {reason}</source>
            <translation>ÉCHEC {path} : {reason}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="469" />
            <source>Evidence added</source>
            <translation>Pièces ajoutées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="560" />
            <source>Verifying {name}…</source>
            <translation>Vérification de {name}…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="586" />
            <source>Verifying the case's evidence…</source>
            <translation>Vérification des pièces du dossier…</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/evidenceview.py" line="624" />
            <source>Verification FAILED for %n item(s); it is logged in their chain of custody.</source>
            <translation>
                <numerusform>La vérification a ÉCHOUÉ pour %n pièce ; l’échec est consigné dans sa chaîne de possession.</numerusform>
                <numerusform>La vérification a ÉCHOUÉ pour %n pièces ; l’échec est consigné dans leur chaîne de possession.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/evidenceview.py" line="627" />
            <source>Files in the vault that no evidence refers to: %n</source>
            <translation>
                <numerusform>Fichier du coffre auquel aucune pièce ne renvoie : %n</numerusform>
                <numerusform>Fichiers du coffre auxquels aucune pièce ne renvoie : %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/evidenceview.py" line="629" />
            <source>All %n item(s) verified: the vault content matches the recorded SHA-256.</source>
            <translation>
                <numerusform>%n pièce vérifiée : le contenu du coffre correspond au SHA-256 enregistré.</numerusform>
                <numerusform>Les %n pièces vérifiées : le contenu du coffre correspond aux SHA-256 enregistrés.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="635" />
            <source>Verification</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="648" />
            <source>Folder for the copies and the manifest</source>
            <translation>Dossier des copies et du manifeste</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="653" />
            <source>Exporting the evidence with its manifest…</source>
            <translation>Export des pièces avec leur manifeste…</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/evidenceview.py" line="674" />
            <source>%n item(s) copied to the folder with manifest.csv and manifest.pdf.</source>
            <translation>
                <numerusform>%n pièce copiée dans le dossier avec manifest.csv et manifest.pdf.</numerusform>
                <numerusform>%n pièces copiées dans le dossier avec manifest.csv et manifest.pdf.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/evidenceview.py" line="678" />
            <source>%n item(s) could not be copied (see details).</source>
            <translation>
                <numerusform>%n pièce n’a pas pu être copiée (voir les détails).</numerusform>
                <numerusform>%n pièces n’ont pas pu être copiées (voir les détails).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="679" />
            <source>Manifest</source>
            <translation>Manifeste</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="682" />
            <source>Received folder (with its manifest.csv)</source>
            <translation>Dossier reçu (avec son manifest.csv)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="686" />
            <source>Checking the received folder…</source>
            <translation>Contrôle du dossier reçu…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="694" />
            <source>The folder does NOT match its manifest: {d} differ, {m} missing, {u} unexpected ({ok} match).</source>
            <translation>Le dossier NE correspond PAS à son manifeste : {d} différent(s), {m} manquant(s), {u} inattendu(s) ({ok} conforme(s)).</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/evidenceview.py" line="698" />
            <source>All %n file(s) match the manifest (SHA-256 and size).</source>
            <translation>
                <numerusform>Le fichier correspond au manifeste (SHA-256 et taille).</numerusform>
                <numerusform>Les %n fichiers correspondent au manifeste (SHA-256 et taille).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="701" />
            <source>Received folder</source>
            <translation>Dossier reçu</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="709" />
            <source>Export custody log</source>
            <translation>Exporter la chaîne de possession</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="710" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>ProgressPanel</name>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="65" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidenceview.py" line="109" />
            <source>{done} of {total} — file {n} of {m}</source>
            <translation>{done} sur {total} — fichier {n} sur {m}</translation>
        </message>
    </context>
</TS>
