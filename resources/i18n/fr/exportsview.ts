<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>ExportsList</name>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="78" />
            <source>Exports</source>
            <translation>Exports</translation>
        </message>
    </context>
    <context>
        <name>exportsview</name>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="35" />
            <source>This document lacks:
{gaps}

Export it as a draft? Every page will be marked DRAFT.</source>
            <translation>Il manque à ce document :
{gaps}

L’exporter comme brouillon ? Chaque page portera la mention BROUILLON (DRAFT en anglais).</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="48" />
            <source>Export a draft</source>
            <translation>Exporter un brouillon</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="51" />
            <source>Export document</source>
            <translation>Exporter le document</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="52" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="52" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="61" />
            <source>Written as a draft: {path}
SHA-256: {sha256}</source>
            <translation>Enregistré comme brouillon : {path}
SHA-256 : {sha256}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="62" />
            <source>Written: {path}
SHA-256: {sha256}</source>
            <translation>Enregistré : {path}
SHA-256 : {sha256}</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="63" />
            <source>Document exported</source>
            <translation>Document exporté</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="64" />
            <source>{size} bytes. The exports list keeps this SHA-256: Verify files tells whether the file handed over is still this one.</source>
            <translation>{size} octets. La liste des exports conserve ce SHA-256 : « Vérifier les fichiers » indique si le fichier remis est toujours celui-ci.</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="88" />
            <source>&amp;Verify files</source>
            <translation>&amp;Vérifier les fichiers</translation>
        </message>
        <message>
            <location filename="cnil_case/ui/exportsview.py" line="89" />
            <source>Hash every exported file again and compare it with the SHA-256 recorded when it was written</source>
            <translation>Recalculer l’empreinte de chaque fichier exporté et la comparer au SHA-256 enregistré lors de son écriture</translation>
        </message>
        <message numerus="yes">
            <location filename="cnil_case/ui/exportsview.py" line="142" />
            <source>%n file(s) changed or missing</source>
            <translation>
                <numerusform>%n fichier modifié ou absent</numerusform>
                <numerusform>%n fichiers modifiés ou absents</numerusform>
            </translation>
        </message>
    </context>
</TS>
