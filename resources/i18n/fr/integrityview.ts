<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>integrityview</name>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="52" />
            <source>Area</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="52" />
            <source>What</source>
            <translation>Anomalie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="52" />
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="58" />
            <source>{area}: {where} {what}</source>
            <translation>{area} : {where} {what}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="84" />
            <source>Integrity</source>
            <translation>Intégrité</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="85" />
            <source>Checks the audit log's hash chain, every chain of custody, the SHA-256 of every file in the evidence vault and the exported documents. Nothing is changed.</source>
            <translation>Vérifie le chaînage des empreintes du journal d’audit, chaque chaîne de possession, le SHA-256 de chaque fichier du coffre des pièces et les documents exportés. Rien n’est modifié.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="94" />
            <source>Integrity results</source>
            <translation>Résultats du contrôle d’intégrité</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="102" />
            <source>Check &amp;again</source>
            <translation>&amp;Vérifier à nouveau</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="127" />
            <source>This workspace has no evidence vault to check.</source>
            <translation>Cet espace de travail n’a pas de coffre de pièces à vérifier.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="130" />
            <source>Reading the audit log and the chains of custody…</source>
            <translation>Lecture du journal d’audit et des chaînes de possession…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="138" />
            <source>Re-hashing the evidence vault…</source>
            <translation>Recalcul des empreintes du coffre des pièces…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="139" />
            <source>Hashing the vault files…</source>
            <translation>Calcul des empreintes des fichiers du coffre…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="154" />
            <source>Check cancelled: nothing was concluded.</source>
            <translation>Vérification annulée : aucune conclusion.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="162" />
            <source>See docs/integrity.md for what each means and what to do.</source>
            <translation>Voir docs/integrity.md pour la signification de chaque anomalie et la conduite à tenir.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/integrityview.py" line="171" />
            <source>The check could not run: {error}</source>
            <translation>La vérification n’a pas pu s’exécuter : {error}</translation>
        </message>
    </context>
</TS>
