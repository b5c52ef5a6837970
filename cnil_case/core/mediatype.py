"""Media type of a file from its first bytes; the name's extension only breaks ties."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import PurePath

OCTET = "application/octet-stream"

# (offset, magic, media type), checked in order.
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"%PDF-", "application/pdf"),
    (0, b"\x89PNG\r\n\x1a\n", "image/png"),
    (0, b"\xff\xd8\xff", "image/jpeg"),
    (0, b"GIF87a", "image/gif"),
    (0, b"GIF89a", "image/gif"),
    (0, b"II*\x00", "image/tiff"),
    (0, b"MM\x00*", "image/tiff"),
    (0, b"\x1f\x8b", "application/gzip"),
    (0, b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (0, b"SQLite format 3\x00", "application/vnd.sqlite3"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage"),
    (0, b"{\\rtf", "application/rtf"),
    (0, b"\x7fELF", "application/x-executable"),
)

_OLE_BY_EXTENSION = {
    ".doc": "application/msword",
    ".xls": "application/vnd.ms-excel",
    ".ppt": "application/vnd.ms-powerpoint",
    ".msg": "application/vnd.ms-outlook",
}

_OOXML = (
    ("word/", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("xl/", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("ppt/", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
)
_OOXML_BY_EXTENSION = {
    ".docx": _OOXML[0][1],
    ".xlsx": _OOXML[1][1],
    ".pptx": _OOXML[2][1],
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
}

_MAIL_HEADER = re.compile(
    rb"^(?:Received|Return-Path|From|To|Subject|Date|Message-ID|MIME-Version|Delivered-To|"
    rb"Reply-To|Cc|X-[A-Za-z0-9-]+|DKIM-Signature|Authentication-Results|Content-Type):[ \t]",
    re.IGNORECASE,
)
_HTML = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<!--)", re.IGNORECASE)
_TEXTUAL = ("\t", "\n", "\r", "\f")


def sniff(head: bytes, name: str) -> str:
    """Media type of a file whose first bytes are ``head`` (a few KiB) and name is ``name``."""
    extension = PurePath(name).suffix.lower()
    found = _binary(head, extension)
    if found:
        return found
    text = _decode(head)
    if text is None:
        return OCTET
    return _textual(head, text, extension)


def _binary(head: bytes, extension: str) -> str | None:
    for offset, magic, media in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            if media == "application/x-ole-storage":
                return _OLE_BY_EXTENSION.get(extension, media)
            return media
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:2] == b"BM" and len(head) >= 14 and int.from_bytes(head[2:6], "little") >= 14:
        return "image/bmp"
    if head[:2] == b"MZ":
        return "application/vnd.microsoft.portable-executable"
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return _zip(head, extension)
    return None


def _zip(head: bytes, extension: str) -> str:
    # OpenDocument stores its type uncompressed as the first member ("mimetype").
    if head[30:38] == b"mimetype":
        length = int.from_bytes(head[18:22], "little")
        match = re.fullmatch(rb"application/[\w.+-]+", head[38 : 38 + min(length, 100)])
        if match:
            return match.group().decode("ascii")
    # The head rarely holds the central directory; try it, else look at local header names.
    try:
        names = zipfile.ZipFile(io.BytesIO(head)).namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        names = _local_names(head)
    for prefix, media in _OOXML:
        if any(n.startswith(prefix) for n in names):
            return media
    if "[Content_Types].xml" in names and extension in _OOXML_BY_EXTENSION:
        return _OOXML_BY_EXTENSION[extension]
    return "application/zip"


def _local_names(head: bytes) -> list[str]:
    """File names of the local headers within ``head`` (each: 30 fixed bytes, then the name)."""
    names: list[str] = []
    start = 0
    while (at := head.find(b"PK\x03\x04", start)) >= 0 and at + 30 <= len(head):
        length = int.from_bytes(head[at + 26 : at + 28], "little")
        names.append(head[at + 30 : at + 30 + length].decode("utf-8", "replace"))
        start = at + 4
    return names


def _decode(head: bytes) -> str | None:
    """The head as text, or None when it looks binary."""
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
            if head.startswith(bom):
                return head[len(bom) :].decode(codec, "replace")
    if b"\x00" in head:
        return None
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multibyte character cut by the end of the head is still UTF-8.
        if exc.start < len(head) - 3:
            text = head.decode("latin-1")
        else:
            text = head[: exc.start].decode("utf-8")
    # 0x80-0x9F are left alone: Windows-1252 text (French accents, curly quotes) uses them.
    controls = sum(1 for c in text if (ord(c) < 32 and c not in _TEXTUAL) or c == "\x7f")
    if text and controls / len(text) > 0.01:
        return None
    return text


def _textual(head: bytes, text: str, extension: str) -> str:
    stripped = text.lstrip("\ufeff \t\r\n")
    if _is_mail(head.lstrip(b"\xef\xbb\xbf")):
        return "message/rfc822"
    if _HTML.match(stripped.encode("utf-8", "replace")):
        return "text/html"
    if stripped.startswith("<?xml") or (stripped.startswith("<") and extension in (".xml", ".svg")):
        if "<svg" in stripped[:1000]:
            return "image/svg+xml"
        return "application/xml"
    if stripped[:1] in ("{", "[") and _looks_json(stripped):
        return "application/json"
    if _looks_csv(text, extension):
        return "text/tab-separated-values" if extension == ".tsv" else "text/csv"
    return "text/plain"


def _is_mail(head: bytes) -> bool:
    lines = head.splitlines()[:20]
    if not lines or not _MAIL_HEADER.match(lines[0]) and not lines[0].startswith(b"From "):
        return False
    headers = sum(1 for line in lines if _MAIL_HEADER.match(line))
    return headers >= 2


def _looks_json(text: str) -> bool:
    try:
        json.loads(text)
        return True
    except json.JSONDecodeError as exc:
        # A head cut in the middle is still JSON if it failed only at the end.
        return exc.pos >= len(text.rstrip()) - 1 or exc.pos > 512


def _looks_csv(text: str, extension: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip()]
    if len(text) >= 4096 and lines:
        lines = lines[:-1]  # the last line may be cut by the end of the head
    lines = lines[:20]
    if len(lines) < 2:
        return extension in (".csv", ".tsv") and len(lines) == 1
    for delimiter in (",", ";", "\t", "|"):
        try:
            rows = list(csv.reader(lines, delimiter=delimiter))
        except csv.Error:
            continue
        widths = {len(row) for row in rows}
        if len(widths) == 1 and widths.pop() >= 2:
            return not (delimiter == "," and extension in (".txt", ".log", ".md"))
    return False
