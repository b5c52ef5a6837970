<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CustodyModel</name>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="95" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="95" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="95" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="95" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvidenceModel</name>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="38" />
            <source>Exhibit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="38" />
            <source>Media type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="38" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="38" />
            <source>SHA-256</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="38" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="39" />
            <source>Acquired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="39" />
            <source>Events</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="39" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="39" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="40" />
            <source>Acquisitions</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
