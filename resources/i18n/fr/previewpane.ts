<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>PreviewPane</name>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="178" />
            <source>Select an item to preview it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="227" />
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="253" />
            <source>The PDF cannot be opened (damaged or encrypted).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/previewpane.py" line="255" />
            <source>%n page(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="260" />
            <source>{w} × {h} pixels as shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="264" />
            <source>Delimiter {d!r}, {n} rows shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="273" />
            <source>Encoding: {e}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="277" />
            <source>First {n} bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="283" />
            <source>only the beginning is shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/previewpane.py" line="290" />
            <source>Attachments:</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
