<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>documentsview</name>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="99" />
            <source>Missing:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="100" />
            <source>Where to fix:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="144" />
            <source>The language of the document; the case's own text is printed as typed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="146" />
            <source>e.g. the CNIL's reference of the initial notification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="147" />
            <source>Art. 33(4): a notification in phases cites the first one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="148" />
            <source>Earlier notification:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="159" />
            <source>&amp;Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="160" />
            <source>Build the PDF from the case as it is now and show it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="161" />
            <source>E&amp;xport…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="162" />
            <source>Write the document to a file and record it, with its SHA-256, in the exports list and the audit log. The file is the previewed one when nothing changed since.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="169" />
            <source>Exported documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="172" />
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="174" />
            <source>Document:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="175" />
            <source>Variant:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="177" />
            <source>Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="179" />
            <source>Completeness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="278" />
            <source>Press Preview to build the document from the case as it is now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="340" />
            <source>Reading the case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="346" />
            <source>{n} item(s) missing: the document will be marked DRAFT on every page until the case has them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="374" />
            <source>Building the preview…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="412" />
            <source>draft (marked on every page)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="412" />
            <source>final</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="413" />
            <source>{pages} page(s) · {state} · SHA-256 {sha}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="418" />
            <source>Out of date: the case or the choice changed since. Press Preview again (Export builds it anew).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/documentsview.py" line="424" />
            <source>SHA-256 of the previewed file: {sha}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
