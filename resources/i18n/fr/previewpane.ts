<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>PreviewPane</name>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="79" />
            <source>This file is too large to preview from an encrypted vault (over 256 MiB).</source>
            <translation>Ce fichier est trop volumineux pour être prévisualisé depuis un coffre chiffré (plus de 256 Mio).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="102" />
            <source>The image cannot be shown: {reason}</source>
            <translation>L’image ne peut pas être affichée : {reason}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="181" />
            <source>Select an item to preview it.</source>
            <translation>Sélectionnez une pièce pour en afficher l’aperçu.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="185" />
            <source>Text preview</source>
            <translation>Aperçu du texte</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="189" />
            <source>Hexadecimal preview</source>
            <translation>Aperçu hexadécimal</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="195" />
            <source>Table preview</source>
            <translation>Aperçu du tableau</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="200" />
            <source>E-mail preview</source>
            <translation>Aperçu du courriel</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="234" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="260" />
            <source>The PDF cannot be opened (damaged or encrypted).</source>
            <translation>Le PDF ne peut pas être ouvert (endommagé ou chiffré).</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/previewpane.py" line="262" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="267" />
            <source>{w} × {h} pixels as shown</source>
            <translation>{w} × {h} pixels à l’affichage</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="271" />
            <source>Delimiter {d!r}, {n} rows shown</source>
            <translation>Séparateur {d!r}, {n} lignes affichées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="280" />
            <source>Encoding: {e}</source>
            <translation>Encodage : {e}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="284" />
            <source>First {n} bytes</source>
            <translation>{n} premiers octets</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="290" />
            <source>only the beginning is shown</source>
            <translation>seul le début est affiché</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="297" />
            <source>Attachments:</source>
            <translation>Pièces jointes :</translation>
        </message>
    </context>
</TS>
