<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>evidence</name>
        <message>
            <location filename="cnil_case/core/evidence.py" line="230" />
            <source>Evidence #{id} does not exist.</source>
            <translation>La pièce n° {id} n’existe pas.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/evidence.py" line="237" />
            <source>Original name</source>
            <translation>Nom d’origine</translation>
        </message>
        <message>
            <location filename="cnil_case/core/evidence.py" line="238" />
            <source>Acquired</source>
            <translation>Acquise le</translation>
        </message>
        <message>
            <location filename="cnil_case/core/evidence.py" line="239" />
            <source>Acquired from</source>
            <translation>Obtenue auprès de</translation>
        </message>
        <message>
            <location filename="cnil_case/core/evidence.py" line="324" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="cnil_case/core/evidence.py" line="325" />
            <source>say why the item is withdrawn (the reason is kept in its custody)</source>
            <translation>indiquez pourquoi la pièce est retirée (le motif est conservé dans sa chaîne de conservation)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/evidence.py" line="328" />
            <source>Evidence</source>
            <translation>Pièce</translation>
        </message>
        <message>
            <location filename="cnil_case/core/evidence.py" line="328" />
            <source>{name} is already withdrawn</source>
            <translation>{name} est déjà retirée</translation>
        </message>
        <message>
            <location filename="cnil_case/core/evidence.py" line="340" />
            <source>Transferred to</source>
            <translation>Remise à</translation>
        </message>
        <message>
            <location filename="cnil_case/core/evidence.py" line="340" />
            <source>name the person or body that received it</source>
            <translation>indiquez la personne ou l’organisme qui l’a reçue</translation>
        </message>
        <message>
            <location filename="cnil_case/core/evidence.py" line="415" />
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <location filename="cnil_case/core/evidence.py" line="415" />
            <source>is not an event of the same case</source>
            <translation>n’est pas un événement du même dossier</translation>
        </message>
    </context>
</TS>
