<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CaseFields</name>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="46" />
            <source>Times of this case are typed and shown in this zone</source>
            <translation>Les heures de ce dossier sont saisies et affichées dans ce fuseau</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="68" />
            <source>e.g. phished credentials of a professional portal</source>
            <translation>p. ex. identifiants d’un portail professionnel dérobés par hameçonnage</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="70" />
            <source>For the investigators and the CNIL (Art. 33(3)(a)); never printed in the letter to the data subjects</source>
            <translation>Pour les enquêteurs et la CNIL (art. 33(3)(a)) ; jamais imprimé dans la lettre aux personnes concernées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="73" />
            <source>What happened, in clear and plain language for the people concerned: printed in the Art. 34 letter</source>
            <translation>Ce qui s’est passé, en termes clairs et simples pour les personnes concernées : imprimé dans la lettre de l’art. 34</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="75" />
            <source>GDPR Art. 34(2): the communication to the data subjects describes the breach in clear and plain language. The Art. 34 letter and public notice print this text; the internal summary above is never printed in them.</source>
            <translation>Art. 34(2) du RGPD : la communication aux personnes concernées décrit la violation en des termes clairs et simples. La lettre de l’art. 34 et la communication publique impriment ce texte ; le résumé interne ci-dessus n’y est jamais imprimé.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="84" />
            <source>Art. 34(3)(a) GDPR: no communication to the data subjects is required when the data were unintelligible to anyone not authorised (e.g. encrypted) and the key is safe</source>
            <translation>Art. 34(3)(a) du RGPD : la communication aux personnes concernées n’est pas nécessaire lorsque les données étaient incompréhensibles pour toute personne non autorisée à y avoir accès (p. ex. chiffrées) et que la clé est en sécurité</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="87" />
            <source>Encrypted</source>
            <translation>Chiffrées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="87" />
            <source>None (readable data)</source>
            <translation>Aucune (données lisibles)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="88" />
            <source>Hashed</source>
            <translation>Hachées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="88" />
            <source>Pseudonymised</source>
            <translation>Pseudonymisées</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="92" />
            <source>No: the key is safe</source>
            <translation>Non : la clé est en sécurité</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="92" />
            <source>Unknown</source>
            <translation>Clé : état inconnu</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="93" />
            <source>Yes: the key was compromised too</source>
            <translation>Oui : la clé a aussi été compromise</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/casefields.py" line="103" />
            <source>e.g. AES-256 at rest; keys held in an HSM not reached by the attacker</source>
            <translation>p. ex. AES-256 au repos ; clés conservées dans un HSM non atteint par l’attaquant</translation>
        </message>
    </context>
</TS>
