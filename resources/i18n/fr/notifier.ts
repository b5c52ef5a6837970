<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Notifier</name>
        <message>
            <location filename="cnil_case/ui/notifier.py" line="109" />
            <source>Deadline passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/notifier.py" line="110" />
            <source>{what}: overdue by {duration} (deadline {due})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/notifier.py" line="114" />
            <source>Deadline near</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/notifier.py" line="115" />
            <source>{what}: due in {duration} ({due})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/notifier.py" line="124" />
            <source>%n overdue</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/notifier.py" line="126" />
            <source>%n due soon</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/notifier.py" line="129" />
            <source> and </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/notifier.py" line="129" />
            <source>{counts} in {cases}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/notifier.py" line="131" />
            <source>Deadlines near</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/notifier.py" line="131" />
            <source>Deadlines to watch</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
