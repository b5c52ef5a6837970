<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AffectedView</name>
        <message>
            <location filename="cnil_case/ui/affectedview.py" line="73" />
            <source>&amp;Add data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedview.py" line="73" />
            <source>Categories of personal data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedview.py" line="75" />
            <source>Add &amp;persons…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedview.py" line="75" />
            <source>Categories of persons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedview.py" line="94" />
            <source>Art. 33(3)(a): the categories and approximate number of data subjects and of personal data records concerned. Protection of the data is on the Overview tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedview.py" line="146" />
            <source>Remove data category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedview.py" line="163" />
            <source>Remove category of persons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedview.py" line="166" />
            <source>Remove {name} from this case?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_ListPane</name>
        <message>
            <location filename="cnil_case/ui/affectedview.py" line="35" />
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedview.py" line="36" />
            <source>&amp;Remove…</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
