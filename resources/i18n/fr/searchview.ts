<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>SearchDialog</name>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="132" />
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="134" />
            <source>Words (all must match), "a phrase", prefix*; accents and case ignored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="136" />
            <source>Only in {case}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="136" />
            <source>the open case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="187" />
            <source>Type words to search for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="188" />
            <source>Nothing to search for in this query: type letters or digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="190" />
            <source>Searching…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="202" />
            <source>This search could not run: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="234" />
            <source> (the first {n}: add words to narrow)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="235" />
            <source>No match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="235" />
            <source>{n} match(es){more}. ↑ ↓ to choose, Enter or double-click to open.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
