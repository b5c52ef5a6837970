<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>exportsmodel</name>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="82" />
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="82" />
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="82" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="82" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="82" />
            <source>Variant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="82" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="83" />
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="83" />
            <source>File matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="83" />
            <source>SHA-256</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="106" />
            <source>Final</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="117" />
            <source>No: changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="117" />
            <source>No: missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="117" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="126" />
            <source>Exported as a draft; it lacked:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="129" />
            <source>Not checked yet: press Verify files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="132" />
            <source>The file still has the SHA-256 recorded when it was exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="134" />
            <source>The file was changed after the export: its SHA-256 differs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="135" />
            <source>The file is no longer at {path} (moved, renamed or deleted)</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
