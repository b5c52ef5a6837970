<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>SearchDialog</name>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="55" />
            <source>Timeline events</source>
            <translation>Événements de la chronologie</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="56" />
            <source>Evidence</source>
            <translation>Pièces</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="57" />
            <source>Findings</source>
            <translation>Constats</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="58" />
            <source>Correspondence</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="141" />
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="143" />
            <source>Words (all must match), "a phrase", prefix*; accents and case ignored</source>
            <translation>Mots (tous requis), "une expression", préfixe* ; accents et casse ignorés</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="145" />
            <source>Only in {case}</source>
            <translation>Seulement dans {case}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="145" />
            <source>the open case</source>
            <translation>le dossier ouvert</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="150" />
            <source>Search results</source>
            <translation>Résultats de la recherche</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="197" />
            <source>Type words to search for.</source>
            <translation>Saisissez les mots à rechercher.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="198" />
            <source>Nothing to search for in this query: type letters or digits.</source>
            <translation>Rien à rechercher dans cette requête : saisissez des lettres ou des chiffres.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="200" />
            <source>Searching…</source>
            <translation>Recherche en cours…</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="212" />
            <source>This search could not run: {reason}</source>
            <translation>Cette recherche n’a pas pu s’exécuter : {reason}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="244" />
            <source> (the first {n}: add words to narrow)</source>
            <translation> (les {n} premiers : ajoutez des mots pour affiner)</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/searchview.py" line="245" />
            <source>%n match(es){more}. ↑ ↓ to choose, Enter or double-click to open.</source>
            <translation>
                <numerusform>%n résultat{more}. ↑ ↓ pour choisir, Entrée ou double-clic pour ouvrir.</numerusform>
                <numerusform>%n résultats{more}. ↑ ↓ pour choisir, Entrée ou double-clic pour ouvrir.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="cnil_case/ui/searchview.py" line="245" />
            <source>No match.</source>
            <translation>Aucun résultat.</translation>
        </message>
    </context>
</TS>
