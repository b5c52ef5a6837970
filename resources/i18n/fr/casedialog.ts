<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CaseDialog</name>
        <message>
            <location filename="cnil_case/ui/casedialog.py" line="18" />
            <source>New case</source>
            <translation>Nouveau dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casedialog.py" line="27" />
            <source>&amp;Reference:</source>
            <translation>&amp;Référence :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casedialog.py" line="28" />
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casedialog.py" line="29" />
            <source>Time &amp;zone:</source>
            <translation>&amp;Fuseau horaire :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casedialog.py" line="30" />
            <source>Breach nature:</source>
            <translation>Nature de la violation :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casedialog.py" line="31" />
            <source>Origin:</source>
            <translation>Origine :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casedialog.py" line="32" />
            <source>Summary:</source>
            <translation>Résumé :</translation>
        </message>
    </context>
</TS>
