<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>exportsview</name>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="34" />
            <source>This document lacks:
{gaps}

Export it as a draft? Every page will be marked DRAFT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="47" />
            <source>Export a draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="50" />
            <source>Export document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="51" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="51" />
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="60" />
            <source> as a draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="61" />
            <source>Document exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="62" />
            <source>Written{draft}: {path}
SHA-256: {sha256}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="64" />
            <source>{size} bytes. The exports list keeps this SHA-256: Verify files tells whether the file handed over is still this one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="87" />
            <source>&amp;Verify files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="88" />
            <source>Hash every exported file again and compare it with the SHA-256 recorded when it was written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="141" />
            <source>{n} file(s) changed or missing</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
