<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>MomentEdit</name>
        <message>
            <location filename="cnil_case/ui/momentedit.py" line="49" />
            <source>Unknown</source>
            <translation>Inconnue</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/momentedit.py" line="185" />
            <source>unknown time zone {zone}</source>
            <translation>fuseau horaire inconnu {zone}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/momentedit.py" line="190" />
            <source>{zone}: this time does not exist (clocks jump forward)</source>
            <translation>{zone} : cette heure n'existe pas (passage à l'heure d'été)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/momentedit.py" line="192" />
            <source>{zone}: happens twice, {first} or {second}</source>
            <translation>{zone} : existe deux fois, {first} ou {second}</translation>
        </message>
    </context>
</TS>
