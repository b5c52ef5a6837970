<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CaseFields</name>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="46" />
            <source>Times of this case are typed and shown in this zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="68" />
            <source>e.g. phished credentials of a professional portal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="70" />
            <source>For the investigators and the CNIL (Art. 33(3)(a)); never printed in the letter to the data subjects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="73" />
            <source>What happened, in clear and plain language for the people concerned: printed in the Art. 34 letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="75" />
            <source>GDPR Art. 34(2): the communication to the data subjects describes the breach in clear and plain language. The Art. 34 letter and public notice print this text; the internal summary above is never printed in them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="84" />
            <source>Art. 34(3)(a) GDPR: no communication to the data subjects is required when the data were unintelligible to anyone not authorised (e.g. encrypted) and the key is safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="87" />
            <source>Encrypted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="87" />
            <source>None (readable data)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="88" />
            <source>Hashed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="88" />
            <source>Pseudonymised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="92" />
            <source>No: the key is safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="92" />
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="93" />
            <source>Yes: the key was compromised too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="103" />
            <source>e.g. AES-256 at rest; keys held in an HSM not reached by the attacker</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
