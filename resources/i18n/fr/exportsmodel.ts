<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>exportsmodel</name>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="19" />
            <source>Art. 33 notification</source>
            <translation>Notification (art. 33)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="20" />
            <source>Art. 34 communication</source>
            <translation>Communication (art. 34)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="21" />
            <source>Investigation report</source>
            <translation>Rapport d’enquête</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="22" />
            <source>Breach register (Art. 33(5))</source>
            <translation>Registre des violations (art. 33(5))</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="25" />
            <source>Initial</source>
            <translation>Initiale</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="26" />
            <source>Complementary</source>
            <translation>Complémentaire</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="27" />
            <source>Final</source>
            <translation>Définitive</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="28" />
            <source>Letter (Art. 34(2))</source>
            <translation>Courrier (art. 34(2))</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="29" />
            <source>Public notice (Art. 34(3)(c))</source>
            <translation>Communication publique (art. 34(3)(c))</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="30" />
            <source>Timeline by category</source>
            <translation>Chronologie par catégorie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="31" />
            <source>Timeline by day</source>
            <translation>Chronologie par jour</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="32" />
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="33" />
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="80" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="80" />
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="80" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="80" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="80" />
            <source>Variant</source>
            <translation>Variante</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="80" />
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="81" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="81" />
            <source>File matches</source>
            <translation>Fichier intact</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="81" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="104" />
            <source>Final</source>
            <comment>not a draft</comment>
            <translation>Définitif</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="115" />
            <source>No: changed</source>
            <translation>Non : modifié</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="115" />
            <source>No: missing</source>
            <translation>Non : absent</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="115" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="124" />
            <source>Exported as a draft; it lacked:</source>
            <translation>Exporté comme brouillon ; il manquait :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="127" />
            <source>Not checked yet: press Verify files</source>
            <translation>Pas encore vérifié : cliquez sur « Vérifier les fichiers »</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="130" />
            <source>The file still has the SHA-256 recorded when it was exported</source>
            <translation>Le fichier a toujours le SHA-256 enregistré lors de l’export</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="132" />
            <source>The file was changed after the export: its SHA-256 differs</source>
            <translation>Le fichier a été modifié après l’export : son SHA-256 diffère</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsmodel.py" line="133" />
            <source>The file is no longer at {path} (moved, renamed or deleted)</source>
            <translation>Le fichier n’est plus à l’emplacement {path} (déplacé, renommé ou supprimé)</translation>
        </message>
    </context>
</TS>
