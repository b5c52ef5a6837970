<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>correspondence</name>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="140" />
            <source>Sent</source>
            <translation>Envoi</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="141" />
            <source>Time limit</source>
            <translation>Délai</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="142" />
            <source>Completeness</source>
            <translation>Complétude</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="143" />
            <source>In reply to</source>
            <translation>En réponse à</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="147" />
            <source>Correspondence #{id} does not exist.</source>
            <translation>Le courrier n° {id} n’existe pas.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="152" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="155" />
            <source>Subject</source>
            <translation>Objet</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="157" />
            <source>Sender</source>
            <translation>Expéditeur</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="158" />
            <source>Recipient</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="161" />
            <source>give a number of days / weeks / months or a date, not both</source>
            <translation>indiquez un nombre de jours / semaines / mois ou une date, pas les deux</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="163" />
            <source>must be a positive number</source>
            <translation>doit être un nombre positif</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="165" />
            <source>the unit must be one of {choices}</source>
            <translation>l’unité doit être l’une des suivantes : {choices}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="167" />
            <source>the date is before the sending</source>
            <translation>la date est antérieure à l’envoi</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="169" />
            <source>must be full or partial</source>
            <translation>doit être complète ou partielle</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="171" />
            <source>say whether the answer is full or partial</source>
            <translation>indiquez si la réponse est complète ou partielle</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="175" />
            <source>is not correspondence of this case</source>
            <translation>n’est pas un courrier de ce dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="177" />
            <source>an answer replies to a request</source>
            <translation>une réponse répond à une demande</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="179" />
            <source>is before the request it answers</source>
            <translation>est antérieur à la demande à laquelle il répond</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="181" />
            <source>an answer must be attached to the request it answers</source>
            <translation>une réponse doit être rattachée à la demande à laquelle elle répond</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="185" />
            <source>Attachments</source>
            <translation>Pièces jointes</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="186" />
            <source>evidence #{id} is not evidence of this case</source>
            <translation>la pièce n° {id} n’est pas une pièce de ce dossier</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="248" />
            <source>an item cannot answer itself</source>
            <translation>un courrier ne peut pas se répondre à lui-même</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="403" />
            <source>Reminder</source>
            <translation>Relance</translation>
        </message>
        <message>
            <location filename="cnil_case/core/correspondence.py" line="403" />
            <source>only a request can be reminded</source>
            <translation>seule une demande peut faire l’objet d’une relance</translation>
        </message>
    </context>
</TS>
