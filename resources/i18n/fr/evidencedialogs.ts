<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AddDialog</name>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="115" />
            <source>Add evidence</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditDialog</name>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="158" />
            <source>Edit evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="165" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LinkDialog</name>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="224" />
            <source>Link to events</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MetadataForm</name>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="55" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="59" />
            <source>seal or exhibit number, e.g. PV-2024-03/1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="64" />
            <source>comma-separated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="67" />
            <source>Acquired &amp;at:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="68" />
            <source>Acquired &amp;by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="69" />
            <source>&amp;Method:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="70" />
            <source>&amp;From:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="71" />
            <source>E&amp;xhibit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="72" />
            <source>&amp;Description:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="73" />
            <source>Ta&amp;gs:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>evidencedialogs</name>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="194" />
            <source>Withdraw evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="195" />
            <source>Why is “{name}” withdrawn? (kept in the record)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="210" />
            <source>Transfer evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="211" />
            <source>Transfer “{name}” to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/evidencedialogs.py" line="214" />
            <source>Note (optional):</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
