<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>registerdialog</name>
        <message>
            <location filename="cnil_case/ui/registerdialog.py" line="52" />
            <source>Breach register (GDPR Art. 33(5))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/registerdialog.py" line="62" />
            <source>Export &amp;PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/registerdialog.py" line="63" />
            <source>Export &amp;CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/registerdialog.py" line="64" />
            <source>UTF-8 with a byte order mark, so spreadsheets read the accents; headings in the chosen language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/registerdialog.py" line="66" />
            <source>Earlier register exports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/registerdialog.py" line="71" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/registerdialog.py" line="100" />
            <source>Reading every case of the workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/registerdialog.py" line="132" />
            <source>Building the preview…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/registerdialog.py" line="141" />
            <source>{cases} case(s) · {pages} page(s) · SHA-256 {sha}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
