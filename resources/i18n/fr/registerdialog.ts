<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>registerdialog</name>
        <message>
            <location filename="cnil_case/ui/registerdialog.py" line="31" />
            <source>GDPR Art. 33(5): the controller documents every personal data breach, notified or not: the facts, its effects and the remedial action taken, so that the supervisory authority can verify compliance. One row per case of this workspace, open or closed.</source>
            <translation>RGPD, art. 33(5) : le responsable du traitement documente toute violation de données à caractère personnel, notifiée ou non, en indiquant les faits, ses effets et les mesures prises pour y remédier, afin que l’autorité de contrôle puisse vérifier le respect de cet article. Une ligne par dossier de cet espace de travail, ouvert ou clos.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/registerdialog.py" line="53" />
            <source>Breach register (GDPR Art. 33(5))</source>
            <translation>Registre des violations (RGPD, art. 33(5))</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/registerdialog.py" line="63" />
            <source>Export &amp;PDF…</source>
            <translation>Exporter en &amp;PDF…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/registerdialog.py" line="64" />
            <source>Export &amp;CSV…</source>
            <translation>Exporter en &amp;CSV…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/registerdialog.py" line="65" />
            <source>UTF-8 with a byte order mark, so spreadsheets read the accents; headings in the chosen language</source>
            <translation>UTF-8 avec indicateur d’ordre des octets (BOM), pour que les tableurs lisent les accents ; en-têtes dans la langue choisie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/registerdialog.py" line="67" />
            <source>Earlier register exports</source>
            <translation>Exports précédents du registre</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/registerdialog.py" line="72" />
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/registerdialog.py" line="101" />
            <source>Reading every case of the workspace…</source>
            <translation>Lecture de tous les dossiers de l’espace de travail…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/registerdialog.py" line="133" />
            <source>Building the preview…</source>
            <translation>Préparation de l’aperçu…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/registerdialog.py" line="142" />
            <source>{cases} case(s) · {pages} page(s) · SHA-256 {sha}</source>
            <translation>{cases} dossier(s) · {pages} page(s) · SHA-256 {sha}</translation>
        </message>
    </context>
</TS>
