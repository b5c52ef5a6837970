<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>times</name>
        <message>
            <location filename="cnil_case/core/times.py" line="21" />
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <location filename="cnil_case/core/times.py" line="25" />
            <source>{zone!r} is not a known IANA time zone (e.g. Europe/Paris)</source>
            <translation>« {zone} » n’est pas un fuseau horaire IANA connu (p. ex. Europe/Paris)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/times.py" line="70" />
            <source>{when} does not exist in {zone}: clocks jump forward an hour that night (daylight saving time). Enter the time as the source gave it, e.g. one hour later.</source>
            <translation>{when} n’existe pas dans le fuseau {zone} : les horloges avancent d’une heure cette nuit-là (passage à l’heure d’été). Saisissez l’heure telle que la source l’indique, p. ex. une heure plus tard.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/times.py" line="80" />
            <source>{when} happens twice in {zone} (clocks go back an hour that night): choose {first} (first) or {second} (second).</source>
            <translation>{when} survient deux fois dans le fuseau {zone} (les horloges reculent d’une heure cette nuit-là) : choisissez {first} (la première) ou {second} (la seconde).</translation>
        </message>
    </context>
</TS>
