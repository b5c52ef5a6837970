<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>OverviewForm</name>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="43" />
            <source>Close case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="44" />
            <source>Reopen case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="49" />
            <source>Revert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="51" />
            <source>Reload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="52" />
            <source>Show the case as saved now (your unsaved edits are dropped)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="54" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="77" />
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="79" />
            <source>Reference:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="80" />
            <source>Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="81" />
            <source>Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="82" />
            <source>Time zone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="84" />
            <source>Breach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="86" />
            <source>Nature:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="87" />
            <source>Origin:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="88" />
            <source>Vector:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="89" />
            <source>Start:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="90" />
            <source>End:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="91" />
            <source>Discovery:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="93" />
            <source>Protection of the data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="95" />
            <source>Protection:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="96" />
            <source>Protection note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="98" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="100" />
            <source>Summary:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="101" />
            <source>Account for data
subjects (Art. 34(2)):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="105" />
            <source>Data concerned:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="106" />
            <source>Persons concerned:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/overviewform.py" line="159" />
            <source>{status} since {date}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
