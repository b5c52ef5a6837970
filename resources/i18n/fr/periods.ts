<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>periods</name>
        <message>
            <location filename="cnil_case/core/periods.py" line="192" />
            <source>Start: {when}, {zone}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="193" />
            <source>+ {count}, counted as real elapsed time (weekends and public holidays count, no roll-over: Reg. 1182/71 Art. 3(3), 3(4))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="197" />
            <source>Clocks change during the period ({before} → {after}): due {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="201" />
            <source>Due: {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="208" />
            <source>Strict Reg. 1182/71 reading (Art. 3(1), 3(2)(a)): counting from the next full hour, {start}, ends {end} — the outer limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="211" />
            <source>Art. 3(5) (at least two working days) not applied: whether it covers periods in hours is an open question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="243" />
            <source>Public holidays (Art. 2(1)): {calendar}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="252" />
            <source>A period of 0 {unit}: it ends with the day of the event, {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="255" />
            <source>Day of the event not counted (Art. 3(1)): counting starts {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="269" />
            <source>{day} is a public holiday, {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="274" />
            <source>{first} and {second}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="275" />
            <source>{why} (and {others})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="276" />
            <source>{why}: the period ends at the end of the next working day, {day} (Art. 3(4))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="287" />
            <source>{count} working days from {first} to {last}: at least two, as Art. 3(5) requires</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="294" />
            <source>Fewer than two working days in the period ({count} from {first} to {before}): extended to {last} (Art. 3(5))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="299" />
            <source>Due: end of {day}, i.e. {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="318" />
            <source>+ {count}: the last day is {day} (Art. 3(2)(b))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="324" />
            <source>+ {count}: the same weekday, {day} (Art. 3(2)(c))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="333" />
            <source>+ {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="336" />
            <source>Same date in the last month: {day} (Art. 3(2)(c))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="339" />
            <source>Same date in the last month: {missing} does not exist, so the end of that month, {day} (Art. 3(2)(c))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="374" />
            <source>{day} is a Saturday and a public holiday ({name})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="375" />
            <source>{day} is a Sunday and a public holiday ({name})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="377" />
            <source>{day} is a Saturday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="378" />
            <source>{day} is a Sunday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="379" />
            <source>{day} is a public holiday ({name})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="390" />
            <source>1 hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="390" />
            <source>{n} hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="392" />
            <source>1 day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="392" />
            <source>{n} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="394" />
            <source>1 week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="394" />
            <source>{n} weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="396" />
            <source>1 month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="396" />
            <source>{n} months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="397" />
            <source>1 year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/periods.py" line="397" />
            <source>{n} years</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
