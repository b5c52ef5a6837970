<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>FindingsView</name>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="53" />
            <source>Findings</source>
            <translation>Constats</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="66" />
            <source>&amp;New finding…</source>
            <translation>&amp;Nouveau constat…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="67" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="68" />
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="69" />
            <source>New &amp;measure…</source>
            <translation>Nouvelle m&amp;esure…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="70" />
            <source>Edit measure…</source>
            <translation>Modifier la mesure…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="71" />
            <source>Delete measure…</source>
            <translation>Supprimer la mesure…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="79" />
            <source>Measures taken or proposed (GDPR Art. 33(3)(d))</source>
            <translation>Mesures prises ou envisagées (art. 33(3)(d) du RGPD)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="176" />
            <source>Delete finding</source>
            <translation>Supprimer le constat</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="176" />
            <source>Delete the finding “{title}”?</source>
            <translation>Supprimer le constat « {title} » ?</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="192" />
            <source>Delete measure</source>
            <translation>Supprimer la mesure</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="192" />
            <source>Delete the measure “{text}”?</source>
            <translation>Supprimer la mesure « {text} » ?</translation>
        </message>
    </context>
</TS>
