<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AddDialog</name>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="120" />
            <source>Add evidence</source>
            <translation>Ajouter des pièces</translation>
        </message>
    </context>
    <context>
        <name>EditDialog</name>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="163" />
            <source>Edit evidence</source>
            <translation>Modifier la pièce</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="170" />
            <source>&amp;Name:</source>
            <translation>No&amp;m :</translation>
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="229" />
            <source>Link to events</source>
            <translation>Lier à des événements</translation>
        </message>
    </context>
    <context>
        <name>MetadataForm</name>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="55" />
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="59" />
            <source>seal or exhibit number, e.g. PV-2024-03/1</source>
            <translation>numéro de scellé ou de pièce, p. ex. PV-2024-03/1</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="64" />
            <source>comma-separated</source>
            <translation>séparées par des virgules</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="67" />
            <source>Acquired &amp;at:</source>
            <translation>Acquise &amp;le :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="68" />
            <source>Acquired &amp;by:</source>
            <translation>Acquise &amp;par :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="69" />
            <source>&amp;Method:</source>
            <translation>Mé&amp;thode :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="70" />
            <source>&amp;From:</source>
            <translation>Pro&amp;venance :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="71" />
            <source>E&amp;xhibit:</source>
            <translation>&amp;Cote :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="72" />
            <source>&amp;Description:</source>
            <translation>&amp;Description :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="73" />
            <source>Ta&amp;gs:</source>
            <translation>Ét&amp;iquettes :</translation>
        </message>
    </context>
    <context>
        <name>evidencedialogs</name>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="199" />
            <source>Withdraw evidence</source>
            <translation>Retirer la pièce</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="200" />
            <source>Why is “{name}” withdrawn? (kept in the record)</source>
            <translation>Pourquoi retirer « {name} » ? (le motif est conservé au dossier)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="215" />
            <source>Transfer evidence</source>
            <translation>Transmettre la pièce</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="216" />
            <source>Transfer “{name}” to:</source>
            <translation>Transmettre « {name} » à :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="219" />
            <source>Note (optional):</source>
            <translation>Note (facultative) :</translation>
        </message>
    </context>
</TS>
