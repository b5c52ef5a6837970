"""Media types from the first bytes of small samples; the extension only breaks ties."""

from __future__ import annotations

import io
import zipfile

import pytest

from cnil_case.core import mediatype


def _zip(*names: str, first: tuple[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if first:
            archive.writestr(zipfile.ZipInfo(first[0]), first[1])
        for name in names:
            archive.writestr(name, b"<x/>")
    return buffer.getvalue()


MAGIC = [
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "x.bin", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x", "image/png"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "photo.png", "image/jpeg"),  # content wins over the name
    (b"GIF89a\x01\x00\x01\x00", "x", "image/gif"),
    (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "x", "image/webp"),
    (b"BM\x3a\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00", "x", "image/bmp"),
    (b"II*\x00\x08\x00\x00\x00", "x", "image/tiff"),
    (b"MM\x00*\x00\x00\x00\x08", "x", "image/tiff"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "logs.tgz", "application/gzip"),
    (b"7z\xbc\xaf\x27\x1c\x00\x04", "x", "application/x-7z-compressed"),
    (b"SQLite format 3\x00\x10\x00", "x.db", "application/vnd.sqlite3"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "old.doc", "application/msword"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "old.xls", "application/vnd.ms-excel"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "x", "application/x-ole-storage"),
    (b"{\\rtf1\\ansi hello}", "x", "application/rtf"),
    (b"\x7fELF\x02\x01\x01", "x", "application/x-executable"),
    (b"MZ\x90\x00\x03\x00", "setup.exe", "application/vnd.microsoft.portable-executable"),
]


@pytest.mark.parametrize(("head", "name", "expected"), MAGIC)
def test_magic_numbers(head: bytes, name: str, expected: str) -> None:
    assert mediatype.sniff(head, name) == expected


def test_plain_zip() -> None:
    assert mediatype.sniff(_zip("a.txt", "b.csv"), "x.zip") == "application/zip"


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    ],
)
def test_ooxml_by_inner_names(inner: str, expected: str) -> None:
    assert mediatype.sniff(_zip("[Content_Types].xml", inner), "renamed.bin") == expected


def test_ooxml_from_a_head_without_central_directory() -> None:
    head = _zip("[Content_Types].xml", "_rels/.rels", "word/document.xml")[:200]
    assert mediatype.sniff(head + b"\x00" * 10, "x") == mediatype._OOXML[0][1]


def test_opendocument_mimetype_member() -> None:
    data = _zip("content.xml", first=("mimetype", b"application/vnd.oasis.opendocument.text"))
    assert mediatype.sniff(data, "x") == "application/vnd.oasis.opendocument.text"


TEXT = [
    (b"Received: from mx.example.org\r\nFrom: a@example.org\r\nSubject: leak\r\n\r\nbody", "x.txt", "message/rfc822"),
    (b"From: Ana <a@example.org>\nTo: b@example.org\nSubject: hi\n\nbody", "mail", "message/rfc822"),
    (b"From this day on, everything changed.\nSubject: nothing\n", "x", "text/plain"),
    (b"<!DOCTYPE html>\n<html><body>x</body></html>", "x", "text/html"),
    (b"  <html lang='fr'>", "x", "text/html"),
    (b"<?xml version='1.0'?><root/>", "x", "application/xml"),
    (b"<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'/>", "x", "image/svg+xml"),
    (b'{"records": [1, 2, 3], "leak": true}', "x", "application/json"),
    (b'[{"a": 1},', "x", "application/json"),  # cut by the end of the head
    (b"name,email,city\nAna,a@x.fr,Lyon\nBo,b@x.fr,Metz\n", "x", "text/csv"),
    (b"nom;courriel\nAna;a@x.fr\nBo;b@x.fr\n", "export", "text/csv"),
    (b"a\tb\tc\n1\t2\t3\n", "x.tsv", "text/tab-separated-values"),
    (b"Hello, world\nSecond, line\n", "notes.txt", "text/plain"),  # the extension breaks the tie
    (b"Hello, world\nSecond, line\n", "notes.csv", "text/csv"),
    (b"just some words\nand more words, here, there\n", "x", "text/plain"),
    ("Données personnelles exposées\n".encode(), "x", "text/plain"),
    ("Données personnelles exposées\n".encode("latin-1"), "x", "text/plain"),
    (b"\xef\xbb\xbfid,name\n1,a\n", "x", "text/csv"),
    ("L\u2019adresse \u00e9tait expos\u00e9e \u2013 voir\n".encode("cp1252"), "x", "text/plain"),
    ("\ufeffhello".encode("utf-16-le"), "x", "text/plain"),
    ("é".encode() * 4000 + b"\xc3", "cut.txt", "text/plain"),  # UTF-8 cut mid-character
    (b"", "empty", "text/plain"),
]


@pytest.mark.parametrize(("head", "name", "expected"), TEXT)
def test_text_kinds(head: bytes, name: str, expected: str) -> None:
    assert mediatype.sniff(head, name) == expected


@pytest.mark.parametrize("head", [b"\x00\x01\x02\x03\xff\xfe\x00", bytes(range(256)), b"abc\x00def"])
def test_binary_is_octet_stream(head: bytes) -> None:
    assert mediatype.sniff(head, "notes.txt") == "application/octet-stream"
