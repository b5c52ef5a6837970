<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>RecentMenu</name>
        <message>
            <location filename="cnil_case/ui/recent.py" line="100" />
            <source>Open &amp;recent</source>
            <translation>Ouvrir un espace &amp;récent</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/recent.py" line="116" />
            <source>{path} no longer exists</source>
            <translation>{path} n’existe plus</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/recent.py" line="118" />
            <source>No recent workspace</source>
            <translation>Aucun espace de travail récent</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/recent.py" line="121" />
            <source>&amp;Clear the list</source>
            <translation>&amp;Effacer la liste</translation>
        </message>
    </context>
</TS>
