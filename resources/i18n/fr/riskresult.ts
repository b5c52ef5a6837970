<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>riskresult</name>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="37" />
            <source>not recorded</source>
            <translation>non renseigné</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="39" />
            <source>intelligible</source>
            <translation>compréhensibles</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="39" />
            <source>unintelligible to the recipients</source>
            <translation>incompréhensibles pour les destinataires</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="47" />
            <source>&lt;i&gt;Beside the score:&lt;/i&gt; individuals {individuals} · {clarity}</source>
            <translation>&lt;i&gt;À côté du score :&lt;/i&gt; personnes {individuals} · données {clarity}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="49" />
            <source>Recommendation: {decision}</source>
            <translation>Recommandation : {decision}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="52" />
            <source>Reasons</source>
            <translation>Motifs</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="59" />
            <source>How the score was computed</source>
            <translation>Calcul du score</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="69" />
            <source>Decided: &lt;b&gt;{decision}&lt;/b&gt;</source>
            <translation>Décision : &lt;b&gt;{decision}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="71" />
            <source> (override)&lt;br&gt;Reason: {reason}</source>
            <translation> (dérogation)&lt;br&gt;Motif : {reason}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="73" />
            <source>Note: {note}</source>
            <translation>Note : {note}</translation>
        </message>
    </context>
</TS>
