<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CorrespondenceView</name>
        <message>
            <location filename="cnil_case/ui/correspondenceview.py" line="55" />
            <source>&amp;New request…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondenceview.py" line="56" />
            <source>&amp;Answer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondenceview.py" line="57" />
            <source>&amp;Reminder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondenceview.py" line="58" />
            <source>Draft a reminder of an overdue request, to edit before saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondenceview.py" line="59" />
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondenceview.py" line="60" />
            <source>&amp;Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/correspondenceview.py" line="63" />
            <source>The summary of the selected item</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/correspondenceview.py" line="125" />
            <source>Items: %n</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/correspondenceview.py" line="127" />
            <source>%n overdue</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondenceview.py" line="183" />
            <source>Delete “{subject}”?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/correspondenceview.py" line="185" />
            <source>Its %n answer(s) and reminder(s) are deleted with it.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/correspondenceview.py" line="186" />
            <source>Delete correspondence</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
