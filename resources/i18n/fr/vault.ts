<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>vault</name>
        <message>
            <location filename="cnil_case/core/vault.py" line="168" />
            <source>The evidence vault {root} is a file, not a folder: move it away.</source>
            <translation>Le coffre des pièces {root} est un fichier, et non un dossier : déplacez-le.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/vault.py" line="170" />
            <source>The evidence vault folder {root} is read-only: give this account write access to it.</source>
            <translation>Le dossier du coffre des pièces {root} est en lecture seule : donnez à ce compte le droit d’y écrire.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/vault.py" line="177" />
            <source>The evidence vault {root} is encrypted: {hint}.</source>
            <translation>Le coffre des pièces {root} est chiffré : {hint}.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/vault.py" line="185" />
            <source>The evidence vault {root} already exists: an encrypted one needs a new workspace.</source>
            <translation>Le coffre des pièces {root} existe déjà : un coffre chiffré demande un nouvel espace de travail.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/vault.py" line="202" />
            <source>The evidence vault folder {root} cannot be written ({error}): give this account write access to it or choose another workspace location.</source>
            <translation>Impossible d’écrire dans le dossier du coffre des pièces {root} ({error}) : donnez à ce compte le droit d’y écrire ou choisissez un autre emplacement pour l’espace de travail.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/vault.py" line="238" />
            <source>{source} changed while it was being read: add it again once it is stable.</source>
            <translation>{source} a été modifié pendant sa lecture : ajoutez-le de nouveau une fois qu’il ne change plus.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/vault.py" line="276" />
            <source>{source} does not exist (any more): check the path and add it again.</source>
            <translation>{source} n’existe pas (ou plus) : vérifiez le chemin et ajoutez-le de nouveau.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/vault.py" line="281" />
            <source>{source} is not a regular file ({kind}): only files can be added.</source>
            <translation>{source} n’est pas un fichier ordinaire ({kind}) : seuls des fichiers peuvent être ajoutés.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/vault.py" line="287" />
            <source>{source} vanished before it could be read: check the path and add it again.</source>
            <translation>{source} a disparu avant d’avoir pu être lu : vérifiez le chemin et ajoutez-le de nouveau.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/vault.py" line="290" />
            <source>{source} is a folder: add the folder itself to take its files.</source>
            <translation>{source} est un dossier : ajoutez le dossier lui-même pour en prendre les fichiers.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/vault.py" line="291" />
            <source>{source} cannot be read ({error}): check its permissions and add it again.</source>
            <translation>{source} ne peut pas être lu ({error}) : vérifiez ses droits d’accès et ajoutez-le de nouveau.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/vault.py" line="296" />
            <source>{source} was not stored: the disk is full at {root}; free some space and add it again.</source>
            <translation>{source} n’a pas été enregistré : le disque est plein en {root} ; libérez de l’espace et ajoutez-le de nouveau.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/vault.py" line="298" />
            <source>{source} was not stored: the evidence vault folder {root} is read-only.</source>
            <translation>{source} n’a pas été enregistré : le dossier du coffre des pièces {root} est en lecture seule.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/vault.py" line="299" />
            <source>{source} was not stored: writing to the vault {root} failed ({error}).</source>
            <translation>{source} n’a pas été enregistré : l’écriture dans le coffre {root} a échoué ({error}).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/vault.py" line="383" />
            <source>The vault file {path} is missing: run a verification of the vault.</source>
            <translation>Le fichier du coffre {path} est manquant : lancez une vérification du coffre.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/vault.py" line="385" />
            <source>The vault file {path} cannot be read ({error}).</source>
            <translation>Le fichier du coffre {path} ne peut pas être lu ({error}).</translation>
        </message>
    </context>
</TS>
