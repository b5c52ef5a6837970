<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>assessments</name>
        <message>
            <location filename="cnil_case/core/assessments.py" line="123" />
            <source>No data category recorded yet: list the data concerned (Art. 33(3)(a)).</source>
            <translation>Aucune catégorie de données n’est encore enregistrée : indiquez les données concernées (art. 33(3)(a)).</translation>
        </message>
    </context>
</TS>
