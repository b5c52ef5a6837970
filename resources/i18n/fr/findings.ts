<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>findings</name>
        <message>
            <location filename="cnil_case/core/findings.py" line="85" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="cnil_case/core/findings.py" line="86" />
            <source>Done on</source>
            <translation>Réalisée le</translation>
        </message>
        <message>
            <location filename="cnil_case/core/findings.py" line="91" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="cnil_case/core/findings.py" line="94" />
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <location filename="cnil_case/core/findings.py" line="98" />
            <source>GDPR articles</source>
            <translation>Articles du RGPD</translation>
        </message>
        <message>
            <location filename="cnil_case/core/findings.py" line="99" />
            <source>a confirmed finding names at least one provision it concerns</source>
            <translation>un constat confirmé cite au moins une disposition qu’il concerne</translation>
        </message>
        <message>
            <location filename="cnil_case/core/findings.py" line="100" />
            <source>Organisation concerned</source>
            <translation>Organisme concerné</translation>
        </message>
        <message>
            <location filename="cnil_case/core/findings.py" line="104" />
            <source>#{id} is not evidence of this case</source>
            <translation>la pièce n° {id} n’est pas une pièce de ce dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/core/findings.py" line="104" />
            <source>Evidence</source>
            <translation>Pièces</translation>
        </message>
        <message>
            <location filename="cnil_case/core/findings.py" line="108" />
            <source>#{id} is not an event of this case</source>
            <translation>l’événement n° {id} n’est pas un événement de ce dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/core/findings.py" line="108" />
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <location filename="cnil_case/core/findings.py" line="162" />
            <source>Finding #{id} does not exist.</source>
            <translation>Le constat n° {id} n’existe pas.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/findings.py" line="263" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="cnil_case/core/findings.py" line="266" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="cnil_case/core/findings.py" line="270" />
            <source>a measure marked done needs the date it was done</source>
            <translation>une mesure marquée comme réalisée doit indiquer sa date de réalisation</translation>
        </message>
        <message>
            <location filename="cnil_case/core/findings.py" line="272" />
            <source>only a measure marked done has a done date</source>
            <translation>seule une mesure marquée comme réalisée a une date de réalisation</translation>
        </message>
        <message>
            <location filename="cnil_case/core/findings.py" line="273" />
            <source>Owner (party)</source>
            <translation>Responsable (partie)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/findings.py" line="277" />
            <source>Finding</source>
            <translation>Constat</translation>
        </message>
        <message>
            <location filename="cnil_case/core/findings.py" line="277" />
            <source>is not a finding of this case</source>
            <translation>n’est pas un constat de ce dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/core/findings.py" line="306" />
            <source>Measure #{id} does not exist.</source>
            <translation>La mesure n° {id} n’existe pas.</translation>
        </message>
    </context>
</TS>
