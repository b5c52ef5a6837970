<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>RiskView</name>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="58" />
            <source>Start from the case &amp;file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="59" />
            <source>Derive the factors again from the data, persons, nature, origin and protection recorded for the case; your edits here are replaced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="73" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="75" />
            <source>e.g. Initial, After investigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="77" />
            <source>Accept the recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="79" />
            <source>Decide: {level}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="82" />
            <source>As recommended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="83" />
            <source>No exemption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="84" />
            <source>Art. 34(3)(a): data unintelligible, key safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="85" />
            <source>Art. 34(3)(b): measures since remove the high risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="86" />
            <source>Art. 34(3)(c): disproportionate effort, public communication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="91" />
            <source>Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="96" />
            <source>&amp;Record assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="98" />
            <source>Label:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="99" />
            <source>Level:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="100" />
            <source>Art. 34(3):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="137" />
            <source>Select an assessment to see it as it was recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="138" />
            <source>Assessments recorded (newest first: the first is in force)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="199" />
            <source>The form shows the assessment in force, «{label}»; change it and record a new one, or press “Start from the case file”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="212" />
            <source>The case file changed since this form was filled: press “Start from the case file” to take it in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="262" />
            <source>In doubt: {missing} When in doubt, notify (CNIL).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="278" />
            <source>Accept the recommendation: {level}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="280" />
            <source>&lt;b&gt;Reason (required):&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="282" />
            <source>You depart from the recommendation: say why; the reason is kept in the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="283" />
            <source>Optional note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="293" />
            <source>Initial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="307" />
            <source>Data categories: list the data concerned first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskview.py" line="320" />
            <source>After investigation</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
