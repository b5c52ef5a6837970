<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>periods</name>
        <message>
            <location filename="cnil_case/core/periods.py" line="44" />
            <source>France (national)</source>
            <translation>France (liste nationale)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="46" />
            <source>France, Alsace-Moselle (Moselle)</source>
            <translation>France, Alsace-Moselle (Moselle)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="47" />
            <source>France, Alsace-Moselle (Alsace: Bas-Rhin, Haut-Rhin)</source>
            <translation>France, Alsace-Moselle (Alsace : Bas-Rhin, Haut-Rhin)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="52" />
            <source>France, Guadeloupe (971)</source>
            <translation>France, Guadeloupe (971)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="53" />
            <source>France, Martinique (972)</source>
            <translation>France, Martinique (972)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="54" />
            <source>France, Guyane (973)</source>
            <translation>France, Guyane (973)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="55" />
            <source>France, La Réunion (974)</source>
            <translation>France, La Réunion (974)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="56" />
            <source>France, Mayotte (976)</source>
            <translation>France, Mayotte (976)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="57" />
            <source>France, Saint-Barthélemy (BL)</source>
            <translation>France, Saint-Barthélemy (BL)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="58" />
            <source>France, Saint-Martin (MF)</source>
            <translation>France, Saint-Martin (MF)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="203" />
            <source>Start: {when}, {zone}</source>
            <translation>Point de départ : {when}, {zone}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="204" />
            <source>+ {count}, counted as real elapsed time (weekends and public holidays count, no roll-over: Reg. 1182/71 Art. 3(3), 3(4))</source>
            <translation>+ {count}, en temps réellement écoulé (les jours fériés, dimanches et samedis sont compris, sans report : règlement 1182/71, art. 3(3) et 3(4))</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="208" />
            <source>Clocks change during the period ({before} → {after}): due {when}</source>
            <translation>Changement d’heure pendant le délai ({before} → {after}) : échéance le {when}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="212" />
            <source>Due: {when}</source>
            <translation>Échéance : {when}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="219" />
            <source>Strict Reg. 1182/71 reading (Art. 3(1), 3(2)(a)): counting from the next full hour, {start}, ends {end} — the outer limit</source>
            <translation>Lecture stricte du règlement 1182/71 (art. 3(1) et 3(2)(a)) : le délai commence à courir au début de l’heure suivante, {start}, et prend fin le {end} — la limite extrême</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="222" />
            <source>Art. 3(5) (at least two working days) not applied: whether it covers periods in hours is an open question</source>
            <translation>Art. 3(5) (au moins deux jours ouvrables) non appliqué : son application aux délais exprimés en heures reste une question ouverte</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="254" />
            <source>Public holidays (Art. 2(1)): {calendar}</source>
            <translation>Jours fériés (art. 2(1)) : {calendar}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="263" />
            <source>A period of 0 {unit}: it ends with the day of the event, {day}</source>
            <translation>Délai de 0 {unit} : il prend fin avec le jour de l’événement, le {day}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="266" />
            <source>Day of the event not counted (Art. 3(1)): counting starts {day}</source>
            <translation>Jour de l’événement non compté (art. 3(1)) : le délai commence à courir le {day}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="280" />
            <source>{day} is a public holiday, {name}</source>
            <translation>le {day} est un jour férié, {name}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="285" />
            <source>{first} and {second}</source>
            <translation>{first} et {second}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="286" />
            <source>{why} (and {others})</source>
            <translation>{why} (et {others})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="287" />
            <source>{why}: the period ends at the end of the next working day, {day} (Art. 3(4))</source>
            <translation>{why} : le délai prend fin à l’expiration de la dernière heure du jour ouvrable suivant, le {day} (art. 3(4))</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="298" />
            <source>{count} working days from {first} to {last}: at least two, as Art. 3(5) requires</source>
            <translation>{count} jours ouvrables du {first} au {last} : au moins deux, comme l’exige l’art. 3(5)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="305" />
            <source>Fewer than two working days in the period ({count} from {first} to {before}): extended to {last} (Art. 3(5))</source>
            <translation>Moins de deux jours ouvrables dans le délai ({count} du {first} au {before}) : prolongé jusqu’au {last} (art. 3(5))</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="310" />
            <source>Due: end of {day}, i.e. {when}</source>
            <translation>Échéance : le {day} à 24 h, soit {when}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="329" />
            <source>+ {count}: the last day is {day} (Art. 3(2)(b))</source>
            <translation>+ {count} : le dernier jour est le {day} (art. 3(2)(b))</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="335" />
            <source>+ {count}: the same weekday, {day} (Art. 3(2)(c))</source>
            <translation>+ {count} : le même jour de la semaine, le {day} (art. 3(2)(c))</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="344" />
            <source>+ {count}</source>
            <translation>+ {count}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="347" />
            <source>Same date in the last month: {day} (Art. 3(2)(c))</source>
            <translation>Même date dans le dernier mois : le {day} (art. 3(2)(c))</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="350" />
            <source>Same date in the last month: {missing} does not exist, so the end of that month, {day} (Art. 3(2)(c))</source>
            <translation>Même date dans le dernier mois : la date {missing} n’existe pas, donc le dernier jour de ce mois, le {day} (art. 3(2)(c))</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="385" />
            <source>{day} is a Saturday and a public holiday ({name})</source>
            <translation>Le {day} est un samedi et un jour férié ({name})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="386" />
            <source>{day} is a Sunday and a public holiday ({name})</source>
            <translation>Le {day} est un dimanche et un jour férié ({name})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="388" />
            <source>{day} is a Saturday</source>
            <translation>Le {day} est un samedi</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="389" />
            <source>{day} is a Sunday</source>
            <translation>Le {day} est un dimanche</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="390" />
            <source>{day} is a public holiday ({name})</source>
            <translation>Le {day} est un jour férié ({name})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="399" />
            <source>hours</source>
            <translation>heure</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="400" />
            <source>days</source>
            <translation>jour</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="401" />
            <source>weeks</source>
            <translation>semaine</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="402" />
            <source>months</source>
            <translation>mois</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="403" />
            <source>years</source>
            <translation>an</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="411" />
            <source>1 hour</source>
            <translation>1 heure</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="411" />
            <source>{n} hours</source>
            <translation>{n} heures</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="413" />
            <source>1 day</source>
            <translation>1 jour</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="413" />
            <source>{n} days</source>
            <translation>{n} jours</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="415" />
            <source>1 week</source>
            <translation>1 semaine</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="415" />
            <source>{n} weeks</source>
            <translation>{n} semaines</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="417" />
            <source>1 month</source>
            <translation>1 mois</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="417" />
            <source>{n} months</source>
            <translation>{n} mois</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="418" />
            <source>1 year</source>
            <translation>1 an</translation>
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="418" />
            <source>{n} years</source>
            <translation>{n} ans</translation>
        </message>
    </context>
</TS>
