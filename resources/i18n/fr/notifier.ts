<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>Notifier</name>
        <message>
            <location filename="cnil_case/ui/notifier.py" line="109" />
            <source>Deadline passed</source>
            <translation>Échéance dépassée</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/notifier.py" line="110" />
            <source>{what}: overdue by {duration} (deadline {due})</source>
            <translation>{what} : en retard de {duration} (échéance {due})</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/notifier.py" line="114" />
            <source>Deadline near</source>
            <translation>Échéance proche</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/notifier.py" line="115" />
            <source>{what}: due in {duration} ({due})</source>
            <translation>{what} : échéance dans {duration} ({due})</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/notifier.py" line="124" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n en retard</numerusform>
                <numerusform>%n en retard</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/notifier.py" line="126" />
            <source>%n due soon</source>
            <translation>
                <numerusform>%n à échéance proche</numerusform>
                <numerusform>%n à échéance proche</numerusform>
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/notifier.py" line="129" />
            <source> and </source>
            <translation> et </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/notifier.py" line="129" />
            <source>{counts} in {cases}</source>
            <translation>{counts} dans {cases}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/notifier.py" line="131" />
            <source>Deadlines near</source>
            <translation>Échéances proches</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/notifier.py" line="131" />
            <source>Deadlines to watch</source>
            <translation>Échéances à surveiller</translation>
        </message>
    </context>
</TS>
