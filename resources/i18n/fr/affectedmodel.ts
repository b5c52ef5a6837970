<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AffectedDataModel</name>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="81" />
            <source>Base</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="81" />
            <source>Data category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="81" />
            <source>ENISA type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="81" />
            <source>Special</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="82" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="82" />
            <source>Records (approx.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="97" />
            <source>as system opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="101" />
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AffectedPersonsModel</name>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="118" />
            <source>Category of persons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="118" />
            <source>Count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="118" />
            <source>Countries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="118" />
            <source>Special</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="119" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>affectedmodel</name>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="35" />
            <source>exact {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="40" />
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="46" />
            <source>Art. 9</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="48" />
            <source>Art. 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="50" />
            <source>Art. 87 (NIR)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="57" />
            <source>vulnerable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="59" />
            <source>minors</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
