<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CorrespondenceDialog</name>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="45" />
            <source>Edit correspondence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="45" />
            <source>New correspondence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="58" />
            <source>(not stated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="64" />
            <source>No time limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="65" />
            <source>A period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="66" />
            <source>A date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="82" />
            <source>A period is counted under Reg. 1182/71 with the recipient's holidays: it ends at the end of its last day, moved to the next working day. A date ends at midnight after it, in the case's zone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="89" />
            <source>Full answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="90" />
            <source>Partial answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="91" />
            <source>Closed (no answer expected any more)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="92" />
            <source>Add a timeline event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="99" />
            <source>Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="100" />
            <source>Subject:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="101" />
            <source>From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="102" />
            <source>To:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="103" />
            <source>Sent:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="104" />
            <source>Time limit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="105" />
            <source>Answer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="106" />
            <source>Reference:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="107" />
            <source>Summary:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondencedialog.py" line="108" />
            <source>Attachments:</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
