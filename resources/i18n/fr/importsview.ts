<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>ImportsDialog</name>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="49" />
            <source>Timeline imports of {case}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="54" />
            <source>No timeline was imported into this case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="55" />
            <source>Undo import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="56" />
            <source>Copy SHA-256</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="85" />
            <source>undone {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="86" />
            <source>active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="92" />
            <source>{name}, {size}, {lines} lines read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="100" />
            <source>line {line}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="105" />
            <source>… and {n} more (only the first are kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="146" />
            <source>Delete the {n} events imported from {name} on {when}? Events of this import that were edited since are deleted too. The import record stays, marked undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/importsview.py" line="149" />
            <source>Undo import</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
