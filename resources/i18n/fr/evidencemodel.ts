<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CustodyModel</name>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="118" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="118" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="118" />
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="118" />
            <source>Who</source>
            <translation>Par</translation>
        </message>
    </context>
    <context>
        <name>EvidenceModel</name>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="61" />
            <source>Exhibit</source>
            <translation>Cote</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="61" />
            <source>Media type</source>
            <translation>Type de média</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="61" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="61" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="61" />
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="62" />
            <source>Acquired</source>
            <translation>Acquise le</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="62" />
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="62" />
            <source>From</source>
            <translation>Provenance</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="62" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="63" />
            <source>Acquisitions</source>
            <translation>Acquisitions</translation>
        </message>
    </context>
    <context>
        <name>evidencemodel</name>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="18" />
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="19" />
            <source>withdrawn</source>
            <translation>retirée</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="23" />
            <source>acquired</source>
            <translation>acquise</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="24" />
            <source>viewed</source>
            <translation>consultée</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="25" />
            <source>exported</source>
            <translation>exportée</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="26" />
            <source>verified ok</source>
            <translation>vérifiée : intacte</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="27" />
            <source>verified failed</source>
            <translation>vérifiée : altérée</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="28" />
            <source>transferred</source>
            <translation>transmise</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="30" />
            <source>edited</source>
            <translation>modifiée</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/evidencemodel.py" line="79" />
            <source>{size} bytes</source>
            <translation>{size} octets</translation>
        </message>
    </context>
</TS>
