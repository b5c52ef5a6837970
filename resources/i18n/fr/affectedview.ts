<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AffectedView</name>
        <message>
            <location filename="cnil_case/ui/affectedview.py" line="73" />
            <source>&amp;Add data…</source>
            <translation>&amp;Ajouter des données…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedview.py" line="73" />
            <source>Categories of personal data</source>
            <translation>Catégories de données à caractère personnel</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedview.py" line="75" />
            <source>Add &amp;persons…</source>
            <translation>Ajouter des &amp;personnes…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedview.py" line="75" />
            <source>Categories of persons</source>
            <translation>Catégories de personnes</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedview.py" line="94" />
            <source>Art. 33(3)(a): the categories and approximate number of data subjects and of personal data records concerned. Protection of the data is on the Overview tab.</source>
            <translation>Art. 33(3)(a) : les catégories et le nombre approximatif de personnes concernées et d'enregistrements de données à caractère personnel concernés. La protection des données se trouve dans l'onglet « Synthèse ».</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedview.py" line="146" />
            <source>Remove data category</source>
            <translation>Retirer la catégorie de données</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedview.py" line="163" />
            <source>Remove category of persons</source>
            <translation>Retirer la catégorie de personnes</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedview.py" line="166" />
            <source>Remove {name} from this case?</source>
            <translation>Retirer « {name} » de ce dossier ?</translation>
        </message>
    </context>
    <context>
        <name>_ListPane</name>
        <message>
            <location filename="cnil_case/ui/affectedview.py" line="35" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/affectedview.py" line="36" />
            <source>&amp;Remove…</source>
            <translation>&amp;Retirer…</translation>
        </message>
    </context>
</TS>
