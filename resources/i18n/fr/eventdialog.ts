<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>EventDialog</name>
        <message>
            <location filename="cnil_case/ui/eventdialog.py" line="39" />
            <source>Edit event</source>
            <translation>Modifier l’événement</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/eventdialog.py" line="39" />
            <source>New event</source>
            <translation>Nouvel événement</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/eventdialog.py" line="54" />
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/eventdialog.py" line="58" />
            <source>Where this fact comes from: document, log, article, URL</source>
            <translation>D’où vient ce fait : document, journal, article, URL</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/eventdialog.py" line="63" />
            <source>&amp;Mask identifiers</source>
            <translation>&amp;Masquer les identifiants</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/eventdialog.py" line="64" />
            <source>Replace national identification numbers (NIR) in the details by their masked form, e.g. 1 84 12 75 *** *** **</source>
            <translation>Remplacer les numéros d’inscription au répertoire (NIR) cités dans les détails par leur forme masquée, p. ex. 1 84 12 75 *** *** **</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/eventdialog.py" line="75" />
            <source>comma-separated, e.g. derived, uncertain</source>
            <translation>séparées par des virgules, p. ex. déduit, incertain</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/eventdialog.py" line="76" />
            <source>Starred (a key fact)</source>
            <translation>Marqué (fait essentiel)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/eventdialog.py" line="80" />
            <source>&amp;When:</source>
            <translation>&amp;Quand :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/eventdialog.py" line="81" />
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/eventdialog.py" line="82" />
            <source>&amp;Category:</source>
            <translation>&amp;Catégorie :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/eventdialog.py" line="83" />
            <source>&amp;Actor:</source>
            <translation>&amp;Acteur :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/eventdialog.py" line="84" />
            <source>&amp;Source:</source>
            <translation>&amp;Source :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/eventdialog.py" line="85" />
            <source>&amp;Details:</source>
            <translation>&amp;Détails :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/eventdialog.py" line="86" />
            <source>Ta&amp;gs:</source>
            <translation>Éti&amp;quettes :</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/eventdialog.py" line="109" />
            <source>Discard your changes to this event? They have not been saved.</source>
            <translation>Abandonner vos modifications de cet événement ? Elles n’ont pas été enregistrées.</translation>
        </message>
    </context>
</TS>
