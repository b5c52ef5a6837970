<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>FindingDialog</name>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="83" />
            <source>Edit finding</source>
            <translation>Modifier le constat</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="83" />
            <source>New finding</source>
            <translation>Nouveau constat</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="109" />
            <source>Add a timeline event (the finding is confirmed now)</source>
            <translation>Ajouter un événement à la chronologie (le constat est confirmé maintenant)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="112" />
            <source>Title:</source>
            <translation>Intitulé :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="113" />
            <source>Facts:</source>
            <translation>Faits :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="114" />
            <source>GDPR articles:</source>
            <translation>Articles du RGPD :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="121" />
            <source>Severity, state:</source>
            <translation>Gravité, état :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="122" />
            <source>Organisation concerned:</source>
            <translation>Organisme concerné :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="123" />
            <source>Evidence:</source>
            <translation>Pièces :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="124" />
            <source>Events:</source>
            <translation>Événements :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="125" />
            <source>Operator's response:</source>
            <translation>Réponse de l’opérateur :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="126" />
            <source>Recommended measure:</source>
            <translation>Mesure recommandée :</translation>
        </message>
    </context>
    <context>
        <name>MeasureDialog</name>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="211" />
            <source>Edit measure</source>
            <translation>Modifier la mesure</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="211" />
            <source>New measure</source>
            <translation>Nouvelle mesure</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="228" />
            <source>Planned for</source>
            <translation>Prévue le</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="229" />
            <source>Done on</source>
            <translation>Réalisée le</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="231" />
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="238" />
            <source>Kind:</source>
            <translation>Type :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="239" />
            <source>Description:</source>
            <translation>Description :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="240" />
            <source>Owner:</source>
            <translation>Responsable :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="241" />
            <source>Organisation:</source>
            <translation>Organisme :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="242" />
            <source>State:</source>
            <translation>État :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="243" />
            <source>Planned:</source>
            <translation>Prévue :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="244" />
            <source>Done:</source>
            <translation>Réalisée :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="245" />
            <source>Finding:</source>
            <translation>Constat :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="246" />
            <source>Notes:</source>
            <translation>Notes :</translation>
        </message>
    </context>
    <context>
        <name>findingdialogs</name>
        <message>
            <location filename="cnil_case/ui/findingdialogs.py" line="70" />
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
    </context>
</TS>
