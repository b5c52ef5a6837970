<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>RiskForm</name>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="96" />
            <source>ENISA severity: SE = DPC × EI + CB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="101" />
            <source>Adjustment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="101" />
            <source>Base</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="101" />
            <source>Data category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="102" />
            <source>Justification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="105" />
            <source>No data category: add the data concerned on the Affected tab, then press “Start from the case file”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="112" />
            <source>Ease of identification: how easily the data lead to the persons (ENISA 2013)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="120" />
            <source>not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="121" />
            <source>Number of individuals: weighed beside the score, not in it (ENISA 2013); EDPB 9/2022 factor 7</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="125" />
            <source>DPC, data processing context (the highest-scoring category counts):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="130" />
            <source>EI:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="131" />
            <source>EI justification:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="132" />
            <source>CB confidentiality:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="133" />
            <source>CB integrity:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="134" />
            <source>CB availability:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="135" />
            <source>CB malicious intent:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="136" />
            <source>CB justification:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="137" />
            <source>Individuals:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="220" />
            <source>Facts weighed, sources; quote stolen samples only masked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="221" />
            <source>Mask identifiers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="222" />
            <source>Replace national identification numbers (NIR) in the notes by their masked form, e.g. 1 84 12 75 *** *** **</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="224" />
            <source>Assessor's notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>riskform</name>
        <message>
            <location filename="cnil_case/ui/riskform.py" line="55" />
            <source>ENISA adjustment of the base, −3 to +3; the score stays within 1–4</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
