<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>riskresult</name>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="37" />
            <source>not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="39" />
            <source>intelligible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="39" />
            <source>unintelligible to the recipients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="47" />
            <source>Beside the score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="47" />
            <source>individuals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="48" />
            <source>Recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="51" />
            <source>Reasons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="58" />
            <source>How the score was computed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="68" />
            <source>Decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="70" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="70" />
            <source>override</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="72" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
