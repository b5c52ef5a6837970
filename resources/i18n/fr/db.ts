<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>db</name>
        <message>
            <location filename="cnil_case/core/db.py" line="51" />
            <source>Database URL {url} is not a valid SQLAlchemy URL (expected e.g. postgresql+psycopg://user@host/db).</source>
            <translation>L’URL de base de données {url} n’est pas une URL SQLAlchemy valide (attendu, par ex. : postgresql+psycopg://user@host/db).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/db.py" line="95" />
            <source>Cannot open {where}: the database driver is not installed ({error}).</source>
            <translation>Impossible d’ouvrir {where} : le pilote de base de données n’est pas installé ({error}).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/db.py" line="156" />
            <source>Cannot open {path}: it is encrypted and SQLCipher is not installed (pip install sqlcipher3).</source>
            <translation>Impossible d’ouvrir {path} : il est chiffré et SQLCipher n’est pas installé (pip install sqlcipher3).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/db.py" line="173" />
            <source>Wrong passphrase for the workspace {path} (or it is not a cnil-case workspace): nothing was opened or changed.</source>
            <translation>Phrase secrète erronée pour l’espace de travail {path} (ou ce n’est pas un espace de travail cnil-case) : rien n’a été ouvert ni modifié.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/db.py" line="188" />
            <source>Cannot open {path}: the folder {folder} does not exist.</source>
            <translation>Impossible d’ouvrir {path} : le dossier {folder} n’existe pas.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/db.py" line="191" />
            <source>Cannot open {path}: it is a folder, not a database file.</source>
            <translation>Impossible d’ouvrir {path} : c’est un dossier, et non un fichier de base de données.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/db.py" line="200" />
            <source>The workspace {path} is encrypted (or is not a cnil-case workspace): {hint}.</source>
            <translation>L’espace de travail {path} est chiffré (ou ce n’est pas un espace de travail cnil-case) : {hint}.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/db.py" line="235" />
            <source>The workspace {where} is locked by another program; close it and try again.</source>
            <translation>L’espace de travail {where} est verrouillé par un autre programme ; fermez-le et réessayez.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/db.py" line="237" />
            <source>The workspace {where} is read-only; check its permissions or open a copy.</source>
            <translation>L’espace de travail {where} est en lecture seule ; vérifiez ses droits d’accès ou ouvrez-en une copie.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/db.py" line="239" />
            <source>The workspace {where} could not be read or written (disk error).</source>
            <translation>L’espace de travail {where} n’a pas pu être lu ou écrit (erreur de disque).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/db.py" line="240" />
            <source>The workspace {where} is damaged; restore it from a backup.</source>
            <translation>L’espace de travail {where} est endommagé ; restaurez-le à partir d’une sauvegarde.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/db.py" line="241" />
            <source>The workspace {where} cannot grow: the disk is full.</source>
            <translation>L’espace de travail {where} ne peut pas s’agrandir : le disque est plein.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/db.py" line="242" />
            <source>The workspace {where} cannot be opened; check that the folder exists and is writable.</source>
            <translation>L’espace de travail {where} ne peut pas être ouvert ; vérifiez que le dossier existe et est accessible en écriture.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/db.py" line="244" />
            <source>The workspace {where} is not a cnil-case workspace (not an SQLite database).</source>
            <translation>{where} n’est pas un espace de travail cnil-case (ce n’est pas une base SQLite).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/db.py" line="270" />
            <source>The connection to {where} was lost; try again.</source>
            <translation>La connexion à {where} a été perdue ; réessayez.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/db.py" line="272" />
            <source>Cannot use the workspace {where}: {error}</source>
            <translation>Impossible d’utiliser l’espace de travail {where} : {error}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/db.py" line="427" />
            <source>The workspace {where} was written by a newer version of cnil-case (schema {schema}); update cnil-case to open it.</source>
            <translation>L’espace de travail {where} a été écrit par une version plus récente de cnil-case (schéma {schema}) ; mettez cnil-case à jour pour l’ouvrir.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/db.py" line="441" />
            <source>The workspace {where} is a database of another program (tables: {tables}); choose another file.</source>
            <translation>{where} est la base de données d’un autre programme (tables : {tables}) ; choisissez un autre fichier.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/db.py" line="463" />
            <source>Migrating {where} would break {count} links between records; nothing was changed (backup: {backup}).</source>
            <translation>La migration de {where} romprait {count} liens entre enregistrements ; rien n’a été modifié (sauvegarde : {backup}).</translation>
        </message>
    </context>
</TS>
