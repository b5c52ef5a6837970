<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>FindingsView</name>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="62" />
            <source>&amp;New finding…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="63" />
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="64" />
            <source>&amp;Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="65" />
            <source>New &amp;measure…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="66" />
            <source>Edit measure…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="67" />
            <source>Delete measure…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="75" />
            <source>Measures taken or proposed (GDPR Art. 33(3)(d))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="164" />
            <source>Delete finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="164" />
            <source>Delete the finding “{title}”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="180" />
            <source>Delete measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/findingsview.py" line="180" />
            <source>Delete the measure “{text}”?</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
