<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>integrity</name>
        <message>
            <location filename="cnil_case/core/integrity.py" line="41" />
            <source>database</source>
            <translation>base de données</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="42" />
            <source>audit log</source>
            <translation>journal d’audit</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="43" />
            <source>custody</source>
            <translation>chaîne de possession</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="44" />
            <source>vault</source>
            <translation>coffre des pièces</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="45" />
            <source>export</source>
            <translation>export</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="99" />
            <source>{audit} audit entries, {custody} custody chains, {vault} vault files, {exports} exported files checked</source>
            <translation>entrées du journal d’audit : {audit}, chaînes de possession : {custody}, fichiers du coffre : {vault}, fichiers exportés vérifiés : {exports}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="103" />
            <source>Intact: {counts}.</source>
            <translation>Intègre : {counts}.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="106" />
            <source>1 problem found ({counts}).</source>
            <translation>1 problème détecté ({counts}).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="107" />
            <source>{n} problems found ({counts}).</source>
            <translation>{n} problèmes détectés ({counts}).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="125" />
            <source>entry #{id} ({when}, {action} {target})</source>
            <translation>entrée n° {id} ({when}, {action} {target})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="130" />
            <source>does not match its hash: edited after it was written</source>
            <translation>ne correspond plus à son empreinte : modifiée après son écriture</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="133" />
            <source>is the first entry but does not start the chain: entry #1 before it were removed</source>
            <translation>est la première entrée mais n’ouvre pas la chaîne : l’entrée n° 1 qui la précédait a été supprimée</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="136" />
            <source>is the first entry but does not start the chain: entries #1 to #{last} before it were removed</source>
            <translation>est la première entrée mais n’ouvre pas la chaîne : les entrées n° 1 à {last} qui la précédaient ont été supprimées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="139" />
            <source>is the first entry but does not start the chain: the entries before it were removed</source>
            <translation>est la première entrée mais n’ouvre pas la chaîne : les entrées qui la précédaient ont été supprimées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="142" />
            <source>does not follow entry #{before}: entry #{gone} was removed</source>
            <translation>ne suit pas l’entrée n° {before} : l’entrée n° {gone} a été supprimée</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="145" />
            <source>does not follow entry #{before}: entries #{first} to #{last} were removed</source>
            <translation>ne suit pas l’entrée n° {before} : les entrées n° {first} à {last} ont été supprimées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="148" />
            <source>does not follow entry #{before}: its link was edited, or entries in between removed</source>
            <translation>ne suit pas l’entrée n° {before} : son chaînage a été modifié, ou des entrées intermédiaires supprimées</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="155" />
            <source>does not follow the entry before it: a custody entry was removed or its link edited</source>
            <translation>ne suit pas l’entrée précédente : une entrée de la chaîne de possession a été supprimée ou son chaînage modifié</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="161" />
            <source>evidence #{id} “{name}” ({case})</source>
            <translation>pièce n° {id} « {name} » ({case})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="164" />
            <source>has no custody entries: its chain of custody was removed</source>
            <translation>n’a aucune entrée dans sa chaîne de possession : celle-ci a été supprimée</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="166" />
            <source>entry #{id} ({when}, {action})</source>
            <translation>entrée n° {id} ({when}, {action})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="169" />
            <source>has a SHA-256 or size other than its acquisition recorded in {entry}: the item's row was edited</source>
            <translation>a une empreinte SHA-256 ou une taille différente de celles de son acquisition, enregistrée dans l’{entry} : la fiche de la pièce a été modifiée</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="172" />
            <source>{item}, {entry}</source>
            <translation>{item}, {entry}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="186" />
            <source>the workspace file</source>
            <translation>le fichier de l’espace de travail</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="187" />
            <source>is damaged: {detail}</source>
            <translation>est endommagé : {detail}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="198" />
            <source>evidence #{id} “{name}”, {case}</source>
            <translation>pièce n° {id} « {name} », {case}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="214" />
            <source>case #{id}</source>
            <translation>dossier n° {id}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="221" />
            <source>{first}; {next}</source>
            <translation>{first} ; {next}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="223" />
            <source>{shown} and {more} more</source>
            <translation>{shown} et {more} autres</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="228" />
            <source>{sha256} ({holder})</source>
            <translation>{sha256} ({holder})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="230" />
            <source>is missing from the vault ({path}): deleted or moved</source>
            <translation>est absent du coffre ({path}) : supprimé ou déplacé</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="233" />
            <source>was changed: its content now has SHA-256 {sha256}</source>
            <translation>a été modifié : son contenu a désormais l’empreinte SHA-256 {sha256}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="235" />
            <source>was changed: {size} bytes on disk, {expected} recorded</source>
            <translation>a été modifié : {size} octets sur le disque, {expected} enregistrés</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="238" />
            <source>cannot be read ({detail})</source>
            <translation>ne peut pas être lu ({detail})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="262" />
            <source>is held by no evidence item: left by an interrupted addition or bundle import, or put there by hand</source>
            <translation>n’appartient à aucune pièce : laissé par un ajout ou un import de lot interrompu, ou déposé à la main</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="274" />
            <source>export {label} is not at its recorded place any more (moved or deleted)</source>
            <translation>l’export {label} n’est plus à l’emplacement enregistré (déplacé ou supprimé)</translation>
        </message>
        <message>
            <location filename="cnil_case/core/integrity.py" line="279" />
            <source>no longer matches its recorded SHA-256: the file was changed after it was saved</source>
            <translation>ne correspond plus à son empreinte SHA-256 enregistrée : le fichier a été modifié après son enregistrement</translation>
        </message>
    </context>
</TS>
