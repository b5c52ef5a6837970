<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="268" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="268" />
            <source>Precision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="268" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="268" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="269" />
            <source>Actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="269" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="269" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="272" />
            <source>Starred events (click a star to toggle it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="274" />
            <source>Time in the case's zone, with its UTC offset (click to reverse the order)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="294" />
            <source>(deleted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="296" />
            <source>loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="325" />
            <source>Not starred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="cnil_case/ui/timelinemodel.py" line="325" />
            <source>Starred</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
