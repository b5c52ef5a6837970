<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="61" />
            <source>Opening workspace…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="80" />
            <source>Workspace: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="155" />
            <source>&amp;Import case document…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="156" />
            <source>&amp;Export case document…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="157" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="158" />
            <source>&amp;New case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="159" />
            <source>&amp;Save case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="160" />
            <source>Close case &amp;view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="161" />
            <source>&amp;Close case (mark as done)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="162" />
            <source>&amp;Reopen case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="163" />
            <source>&amp;Delete case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="164" />
            <source>&amp;Organisations…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="165" />
            <source>Correspondence with an &amp;organisation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="166" />
            <source>&amp;Breach register (Art. 33(5))…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="167" />
            <source>Every breach of this workspace, notified or not, as GDPR Art. 33(5) requires: preview, export as PDF or CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="169" />
            <source>&amp;New event…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="170" />
            <source>&amp;Edit event…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="171" />
            <source>&amp;Delete event…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="172" />
            <source>&amp;Star / unstar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="173" />
            <source>&amp;Find in timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="174" />
            <source>&amp;Import timeline…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="175" />
            <source>Timesketch CSV / JSONL, DFIR-IRIS CSV or any CSV / JSONL with a column mapping, in one transaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="177" />
            <source>Timeline i&amp;mports…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="178" />
            <source>E&amp;xport timeline…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="179" />
            <source>&amp;Search…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="181" />
            <source>Full-text search of events, evidence, findings and correspondence (accents ignored)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="183" />
            <source>&amp;Deadlines dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="184" />
            <source>&amp;Refresh deadlines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="185" />
            <source>&amp;Integrity…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="186" />
            <source>Check the audit log, custody, vault files and exports for tampering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="189" />
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="198" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="203" />
            <source>&amp;Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="215" />
            <source>&amp;Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="226" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="230" />
            <source>Too&amp;ls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="437" />
            <source>{case}{workspace} — cnil-case</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/mainwindow.py" line="461" />
            <source>Cases: %n</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="467" />
            <source>Working…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="480" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/mainwindow.py" line="481" />
            <source>The overview of the open case has unsaved changes. Close without saving them?</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
