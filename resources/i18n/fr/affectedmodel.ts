<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AffectedDataModel</name>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="78" />
            <source>Base</source>
            <translation>Base</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="78" />
            <source>Data category</source>
            <translation>Catégorie de données</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="78" />
            <source>ENISA type</source>
            <translation>Type ENISA</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="78" />
            <source>Special</source>
            <translation>Particulier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="79" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="79" />
            <source>Records (approx.)</source>
            <translation>Enreg. (approx.)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="94" />
            <source>as system opened</source>
            <translation>selon le système ouvert</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="98" />
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
    </context>
    <context>
        <name>AffectedPersonsModel</name>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="115" />
            <source>Category of persons</source>
            <translation>Catégorie de personnes</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="115" />
            <source>Count</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="115" />
            <source>Countries</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="115" />
            <source>Special</source>
            <translation>Particulier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="116" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>affectedmodel</name>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="32" />
            <source>exact {n}</source>
            <translation>exactement {n}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="37" />
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="43" />
            <source>Art. 9</source>
            <translation>Art. 9</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="45" />
            <source>Art. 10</source>
            <translation>Art. 10</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="47" />
            <source>Art. 87 (NIR)</source>
            <translation>Art. 87 (NIR)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="54" />
            <source>vulnerable</source>
            <translation>vulnérables</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedmodel.py" line="56" />
            <source>minors</source>
            <translation>mineurs</translation>
        </message>
    </context>
</TS>
