<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>backup</name>
        <message>
            <location filename="cnil_case/core/backup.py" line="190" />
            <source>Cannot write the backup {out}: the folder {folder} does not exist.</source>
            <translation>Impossible d’écrire la sauvegarde {out} : le dossier {folder} n’existe pas.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="224" />
            <source>Cannot write the backup {out}: {error}.</source>
            <translation>Impossible d’écrire la sauvegarde {out} : {error}.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="245" />
            <source>Cannot back up {path}: the workspace file does not exist.</source>
            <translation>Impossible de sauvegarder {path} : le fichier de l’espace de travail n’existe pas.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="357" />
            <source>The backup {path} does not exist.</source>
            <translation>La sauvegarde {path} n’existe pas.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="359" />
            <source>The backup {path} is damaged or truncated (not a readable archive): {error}.</source>
            <translation>La sauvegarde {path} est endommagée ou tronquée (archive illisible) : {error}.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="371" />
            <source>The backup {path} has no {manifest}: it is not a cnil-case backup.</source>
            <translation>La sauvegarde {path} n’a pas de {manifest} : ce n’est pas une sauvegarde cnil-case.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="373" />
            <source>The backup {path} is damaged: member {manifest} cannot be read ({error}).</source>
            <translation>La sauvegarde {path} est endommagée : le membre {manifest} ne peut pas être lu ({error}).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="377" />
            <source>The backup {path} is damaged: member {manifest} is not valid JSON.</source>
            <translation>La sauvegarde {path} est endommagée : le membre {manifest} n’est pas du JSON valide.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="379" />
            <source>The backup {path} is not a cnil-case backup ({manifest} has no format {format}).</source>
            <translation>La sauvegarde {path} n’est pas une sauvegarde cnil-case ({manifest} n’a pas le format {format}).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="382" />
            <source>The backup {path} uses backup format {version}, newer than this cnil-case reads ({ours}); update cnil-case to restore it.</source>
            <translation>La sauvegarde {path} utilise le format de sauvegarde {version}, plus récent que celui que lit cette version de cnil-case ({ours}) ; mettez cnil-case à jour pour la restaurer.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="391" />
            <source>The backup {path} is damaged: {manifest} lists its members wrongly.</source>
            <translation>La sauvegarde {path} est endommagée : {manifest} énumère mal ses membres.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="410" />
            <source>The backup {path} is damaged: member {member} is not in its manifest.</source>
            <translation>La sauvegarde {path} est endommagée : le membre {member} ne figure pas dans son manifeste.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="414" />
            <source>The backup {path} is damaged: member {member} is missing.</source>
            <translation>La sauvegarde {path} est endommagée : le membre {member} est manquant.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="424" />
            <source>The backup {path} is damaged: member {member} cannot be read ({error}).</source>
            <translation>La sauvegarde {path} est endommagée : le membre {member} ne peut pas être lu ({error}).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="427" />
            <source>The backup {path} is damaged: member {member} does not match its SHA-256 in the manifest; nothing was restored.</source>
            <translation>La sauvegarde {path} est endommagée : le membre {member} ne correspond pas à son empreinte SHA-256 du manifeste ; rien n’a été restauré.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="485" />
            <source>Cannot restore into {where}: the folder {folder} does not exist.</source>
            <translation>Impossible de restaurer dans {where} : le dossier {folder} n’existe pas.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="487" />
            <source>The workspace {where} (or its vault {vault}) is not empty: restore into a new workspace, or pass --force to replace it.</source>
            <translation>L’espace de travail {where} (ou son coffre {vault}) n’est pas vide : restaurez dans un nouvel espace de travail, ou passez --force pour le remplacer.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="494" />
            <source>The backup {archive} was written by a newer cnil-case (schema {schema}); update cnil-case to restore it.</source>
            <translation>La sauvegarde {archive} a été écrite par une version plus récente de cnil-case (schéma {schema}) ; mettez cnil-case à jour pour la restaurer.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="505" />
            <source>The backup {archive} is of an encrypted workspace: restore it into a SQLite file.</source>
            <translation>La sauvegarde {archive} est celle d’un espace de travail chiffré : restaurez-la dans un fichier SQLite.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="513" />
            <source>The backup {archive} holds no database.</source>
            <translation>La sauvegarde {archive} ne contient aucune base de données.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="526" />
            <source>The backup {archive} is of an encrypted workspace: {hint}.</source>
            <translation>La sauvegarde {archive} est celle d’un espace de travail chiffré : {hint}.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="561" />
            <source>The backup's member {name} is not a vault file.</source>
            <translation>Le membre {name} de la sauvegarde n’est pas un fichier du coffre.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="565" />
            <source>Cannot restore the vault {root}: {error}.</source>
            <translation>Impossible de restaurer le coffre {root} : {error}.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="580" />
            <source>Cannot restore into {path}: {error}.</source>
            <translation>Impossible de restaurer dans {path} : {error}.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="727" />
            <source>The backup's member {name} is not named by a SHA-256.</source>
            <translation>Le membre {name} de la sauvegarde n’est pas nommé par une empreinte SHA-256.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/backup.py" line="736" />
            <source>Cannot restore {name} into the vault {root}: {error}.</source>
            <translation>Impossible de restaurer {name} dans le coffre {root} : {error}.</translation>
        </message>
    </context>
</TS>
