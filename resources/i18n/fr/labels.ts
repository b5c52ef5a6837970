<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>labels</name>
        <message>
            <location filename="cnil_case/ui/labels.py" line="16" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="17" />
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="21" />
            <source>Confidentiality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="22" />
            <source>Integrity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="23" />
            <source>Availability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="27" />
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="28" />
            <source>Malicious</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="29" />
            <source>Accidental</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="34" />
            <source>Internal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="35" />
            <source>External</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="39" />
            <source>Exact (seconds)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="40" />
            <source>Minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="41" />
            <source>Hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="42" />
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="47" />
            <source>exact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="48" />
            <source>minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="49" />
            <source>hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="50" />
            <source>day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="54" />
            <source>Controller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="55" />
            <source>Joint controller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="56" />
            <source>Processor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="57" />
            <source>Sub-processor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="58" />
            <source>Supervisory authority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="59" />
            <source>Other authority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="63" />
            <source>Attack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="64" />
            <source>Detection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="65" />
            <source>Containment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="66" />
            <source>Notification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="67" />
            <source>Communication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="68" />
            <source>Investigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="69" />
            <source>Legal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="70" />
            <source>Press</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="71" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="76" />
            <source>GDPR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="77" />
            <source>NIS2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="78" />
            <source>DORA</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="79" />
            <source>ePrivacy (611/2013)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="80" />
            <source>eIDAS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="81" />
            <source>French health IS incidents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="85" />
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="86" />
            <source>Running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="87" />
            <source>Due soon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="88" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="89" />
            <source>Fulfilled on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="90" />
            <source>Fulfilled late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="91" />
            <source>Not required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="95" />
            <source>Initial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="96" />
            <source>Complementary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="97" />
            <source>Intermediate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="98" />
            <source>Final</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="102" />
            <source>created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="103" />
            <source>edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="104" />
            <source>deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="108" />
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="109" />
            <source>Party</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="110" />
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="111" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="112" />
            <source>Obligation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="113" />
            <source>Data concerned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="114" />
            <source>Persons concerned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="115" />
            <source>Risk assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="119" />
            <source>Exact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="120" />
            <source>Estimate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="121" />
            <source>Range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="126" />
            <source>Simple</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="127" />
            <source>Behavioural</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="128" />
            <source>Financial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="129" />
            <source>Sensitive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="130" />
            <source>Credentials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="134" />
            <source>Unlikely to result in a risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="135" />
            <source>Risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="136" />
            <source>High risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="140" />
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="141" />
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="142" />
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="143" />
            <source>Very high</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="147" />
            <source>Questionnaire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="148" />
            <source>Request for documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="149" />
            <source>On-site control notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="150" />
            <source>Formal notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="151" />
            <source>Reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="152" />
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="158" />
            <source>Awaiting answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="159" />
            <source>Answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="160" />
            <source>Partly answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="166" />
            <source>days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="167" />
            <source>weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="168" />
            <source>months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="172" />
            <source>Minor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="173" />
            <source>Moderate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="174" />
            <source>Serious</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="175" />
            <source>Critical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="179" />
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="180" />
            <source>Confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="181" />
            <source>Contested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="182" />
            <source>Withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="187" />
            <source>Remediation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="188" />
            <source>Prevention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="189" />
            <source>Advice to data subjects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="193" />
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="194" />
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="195" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/labels.py" line="196" />
            <source>Abandoned</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
