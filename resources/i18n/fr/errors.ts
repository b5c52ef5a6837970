<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>errors</name>
        <message>
            <location filename="cnil_case/core/errors.py" line="23" />
            <source>{value!r} is not one of {choices}</source>
            <translation>« {value} » ne fait pas partie des valeurs admises ({choices})</translation>
        </message>
        <message>
            <location filename="cnil_case/core/errors.py" line="29" />
            <source>Case #{case_id} does not exist (it may have been deleted).</source>
            <translation>Le dossier n° {case_id} n’existe pas (il a peut-être été supprimé).</translation>
        </message>
        <message>
            <location filename="cnil_case/core/errors.py" line="33" />
            <source>must not be empty</source>
            <translation>ne doit pas être vide</translation>
        </message>
        <message>
            <location filename="cnil_case/core/errors.py" line="52" />
            <source>{message}</source>
            <translation>{message}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/errors.py" line="59" />
            <source>{field}: {reason}</source>
            <translation>{field} : {reason}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/errors.py" line="80" />
            <source>by someone else</source>
            <translation>par quelqu’un d’autre</translation>
        </message>
        <message>
            <location filename="cnil_case/core/errors.py" line="80" />
            <source>by {user}</source>
            <translation>par {user}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/errors.py" line="81" />
            <source> at {when} UTC</source>
            <translation> le {when} UTC</translation>
        </message>
        <message>
            <location filename="cnil_case/core/errors.py" line="82" />
            <source>{what} was changed {who}{when} since you opened it: your edit was not saved. Reload to see their change, then apply yours again.</source>
            <translation>{what} a été modifié {who}{when} depuis son ouverture : votre modification n’a pas été enregistrée. Rechargez pour voir ce changement, puis appliquez de nouveau le vôtre.</translation>
        </message>
        <message>
            <location filename="cnil_case/core/errors.py" line="100" />
            <source>{source}, at {path}: {reason}</source>
            <translation>{source}, en {path} : {reason}</translation>
        </message>
        <message>
            <location filename="cnil_case/core/errors.py" line="101" />
            <source>{source}: {reason}</source>
            <translation>{source} : {reason}</translation>
        </message>
    </context>
</TS>
