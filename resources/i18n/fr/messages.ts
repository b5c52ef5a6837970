<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>messages</name>
        <message>
            <location filename="cnil_case/ui/messages.py" line="21" />
            <source>cnil-case</source>
            <translation>cnil-case</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/messages.py" line="30" />
            <source>cnil-case: unexpected error</source>
            <translation>cnil-case : erreur inattendue</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/messages.py" line="32" />
            <source>An unexpected error occurred: {summary}

Your data is safe: the change in progress was not saved. The details were written to {log}.</source>
            <translation>Une erreur inattendue s'est produite : {summary}

Vos données sont intactes : la modification en cours n'a pas été enregistrée. Les détails ont été écrits dans {log}.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/messages.py" line="35" />
            <source>You can go on working; please report this error.</source>
            <translation>Vous pouvez continuer à travailler ; merci de signaler cette erreur.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/messages.py" line="57" />
            <source>{local} ({offset}), that is {utc} UTC</source>
            <translation>{local} ({offset}), soit {utc} UTC</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/messages.py" line="69" />
            <source>Ambiguous time</source>
            <translation>Heure ambiguë</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/messages.py" line="71" />
            <source>{local} happens twice in this time zone: the clocks go back one hour that night.
Which moment do you mean?</source>
            <translation>{local} existe deux fois dans ce fuseau horaire : on recule les horloges d'une heure cette nuit-là.
De quel moment s'agit-il ?</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/messages.py" line="75" />
            <source>First: {label}</source>
            <translation>Premier : {label}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/messages.py" line="78" />
            <source>Second: {label}</source>
            <translation>Second : {label}</translation>
        </message>
    </context>
</TS>
