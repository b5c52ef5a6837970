<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>PdfPreview</name>
        <message>
            <location filename="cnil_case/ui/pdfpreview.py" line="55" />
            <source>The PDF cannot be shown ({error}).</source>
            <translation>Le PDF ne peut pas être affiché ({error}).</translation>
        </message>
    </context>
</TS>
