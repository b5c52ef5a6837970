<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>ObligationsView</name>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="59" />
            <source>&amp;Mark fulfilled…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="60" />
            <source>Record when the notification was sent or the report filed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="61" />
            <source>&amp;Not required…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="62" />
            <source>Record why this duty does not apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="63" />
            <source>R&amp;eopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="64" />
            <source>Set the clock running again; what was recorded stays in the history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="83" />
            <source>Select an obligation to see how its deadline was computed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="164" />
            <source>Reopen obligation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="165" />
            <source>Reopen {obligation}? Its clock runs again; what was recorded stays in the case's history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="184" />
            <source>Times in {zone} · due soon: less than {hours} h left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="248" />
            <source>Fulfilled at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="250" />
            <source>Recipient's reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="252" />
            <source>Reasons for the delay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="254" />
            <source>Not required because</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="256" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="261" />
            <source>Recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="268" />
            <source>Nothing recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/obligationsview.py" line="269" />
            <source>How the deadline is computed</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
