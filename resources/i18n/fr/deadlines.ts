<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>deadlines</name>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="115" />
            <source>{when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="121" />
            <source>no fixed deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="124" />
            <source>end of {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="131" />
            <source>That moment is known to the day only: counted from the start of that day, the prudent reading.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="132" />
            <source>That moment is known to the hour only: counted from the start of that hour, the prudent reading.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="198" />
            <source>{article}: {party} owes the {report} (to: {recipient}). {basis}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="209" />
            <source>The {report} was marked not required, so this step is not due.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="222" />
            <source>Clock not started: {basis}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="224" />
            <source>Clock start: {basis}, {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="229" />
            <source>The law sets no period ("without undue delay"): the time elapsed is shown instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="244" />
            <source>Known to the day only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="245" />
            <source>Known to the hour only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="246" />
            <source>{known_to}, the outer limit counts from the latest moment it allows ({latest}): {outer}, in place of the strict reading above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="253" />
            <source>{hours} h is the contractual notice period recorded for {party}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="256" />
            <source>{hours} h is the internal target the DPO set for informing the data subjects.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="287" />
            <source>Awareness not recorded: only the limit from the classification applies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="291" />
            <source>Classification not recorded: at the latest {hours} h after awareness ({aware}), i.e. {due}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="295" />
            <source>The limit of {hours} h from awareness ({aware}) comes first: {due}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="298" />
            <source>The limit of {hours} h from awareness ends later ({due}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="306" />
            <source>Waiting: the clock has not started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="309" />
            <source>Not required: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="310" />
            <source>Not required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="313" />
            <source>, reference {reference}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="316" />
            <source>Fulfilled {sent}{ref}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="319" />
            <source>(none recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="320" />
            <source>Fulfilled {sent}{ref}: late by {late}. Reasons for the delay: {reasons}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="322" />
            <source>Fulfilled {sent}{ref}, {margin} before the deadline ({due}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="326" />
            <source>Open: {elapsed} elapsed since the clock started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="327" />
            <source>Open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="331" />
            <source>Overdue by {late} (deadline {due}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/core/deadlines.py" line="332" />
            <source>Due {due}: {left} left.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
