<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>riskresult</name>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="62" />
            <source>not recorded</source>
            <translation>non renseigné</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="64" />
            <source>intelligible</source>
            <translation>compréhensibles</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="64" />
            <source>unintelligible to the recipients</source>
            <translation>incompréhensibles pour les destinataires</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="72" />
            <source>&lt;i&gt;Beside the score:&lt;/i&gt; individuals {individuals} · {clarity}</source>
            <translation>&lt;i&gt;À côté du score :&lt;/i&gt; personnes {individuals} · données {clarity}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="74" />
            <source>Recommendation: {decision}</source>
            <translation>Recommandation : {decision}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="77" />
            <source>Reasons</source>
            <translation>Motifs</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="84" />
            <source>How the score was computed</source>
            <translation>Calcul du score</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="94" />
            <source>Decided: &lt;b&gt;{decision}&lt;/b&gt;</source>
            <translation>Décision : &lt;b&gt;{decision}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="96" />
            <source> (override)&lt;br&gt;Reason: {reason}</source>
            <translation> (dérogation)&lt;br&gt;Motif : {reason}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/riskresult.py" line="98" />
            <source>Note: {note}</source>
            <translation>Note : {note}</translation>
        </message>
    </context>
</TS>
