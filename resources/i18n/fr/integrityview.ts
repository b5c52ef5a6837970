<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>integrityview</name>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="52" />
            <source>Area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="52" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="52" />
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="83" />
            <source>Integrity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="84" />
            <source>Checks the audit log's hash chain, every chain of custody, the SHA-256 of every file in the evidence vault and the exported documents. Nothing is changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="100" />
            <source>Check &amp;again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="125" />
            <source>This workspace has no evidence vault to check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="128" />
            <source>Reading the audit log and the chains of custody…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="136" />
            <source>Re-hashing the evidence vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="137" />
            <source>Hashing the vault files…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="152" />
            <source>Check cancelled: nothing was concluded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="160" />
            <source>See docs/integrity.md for what each means and what to do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="169" />
            <source>The check could not run: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
