<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>IdleLock</name>
        <message>
            <location filename="cnil_case/ui/idlelock.py" line="163" />
            <source>Wrong passphrase.</source>
            <translation>Phrase secrète incorrecte.</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="cnil_case/ui/idlelock.py" line="48" />
            <source>Locked after inactivity. Type the workspace's passphrase to go on.</source>
            <translation>Verrouillé après une période d'inactivité. Saisissez la phrase secrète de l'espace de travail pour continuer.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/idlelock.py" line="56" />
            <source>&amp;Unlock</source>
            <translation>&amp;Déverrouiller</translation>
        </message>
    </context>
</TS>
