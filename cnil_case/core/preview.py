"""Bounded readers for previews: text, CSV, e-mail and hex, reading only the head of a file.

Evidence may be gigabytes: every reader takes an open binary stream and a limit, and never reads
past it, so a preview costs the same for a 2 KB note and a 2 GB log.
"""

from __future__ import annotations

import codecs
import csv
import email
import email.policy
import io
from dataclasses import dataclass
from email.message import EmailMessage
from typing import BinaryIO

TEXT_LIMIT = 2 * 1024 * 1024
EMAIL_LIMIT = 4 * 1024 * 1024
HEX_LENGTH = 4096
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class TextPreview:
    text: str
    encoding: str
    truncated: bool


@dataclass(frozen=True)
class CsvPreview:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    delimiter: str
    truncated: bool


@dataclass(frozen=True)
class EmailPreview:
    headers: tuple[tuple[str, str], ...]
    body_text: str
    attachments: tuple[str, ...]
    truncated: bool


def _head(stream: BinaryIO, limit: int) -> tuple[bytes, bool]:
    data = stream.read(limit + 1)
    return data[:limit], len(data) > limit


def decode(data: bytes, *, truncated: bool = False) -> tuple[str, str]:
    """Decode ``data``: a BOM wins, then UTF-8, then cp1252, then latin-1 (which never fails)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding.removesuffix("-sig")
    try:
        # A cut may split a multi-byte character at the end: ignore only that tail.
        return codecs.getincrementaldecoder("utf-8")().decode(data, final=not truncated), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def read_text(stream: BinaryIO, limit: int = TEXT_LIMIT) -> TextPreview:
    """The first ``limit`` bytes as text, with the encoding guessed."""
    data, truncated = _head(stream, limit)
    text, encoding = decode(data, truncated=truncated)
    return TextPreview(text, encoding, truncated)


def read_csv(stream: BinaryIO, max_rows: int = 500, limit: int = TEXT_LIMIT) -> CsvPreview:
    """The header and first ``max_rows`` rows; the delimiter is sniffed from the head."""
    data, cut = _head(stream, limit)
    text, _ = decode(data, truncated=cut)
    if cut and "\n" in text:
        text = text[: text.rindex("\n") + 1]  # drop the partial last line
    try:
        delimiter = csv.Sniffer().sniff(text[:64 * 1024], delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: tuple[str, ...] = ()
    rows: list[tuple[str, ...]] = []
    truncated = cut
    try:
        header = tuple(next(reader, []))
        for row in reader:
            if len(rows) >= max_rows:
                truncated = True
                break
            rows.append(tuple(row))
    except csv.Error:
        truncated = True
    return CsvPreview(header, tuple(rows), delimiter, truncated)


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError):
        payload = part.get_payload(decode=True)
        content = decode(payload)[0] if isinstance(payload, bytes) else str(payload or "")
    return content if isinstance(content, str) else decode(bytes(content))[0]


def read_email(stream: BinaryIO, limit: int = EMAIL_LIMIT) -> EmailPreview:
    """Headers (decoded), the plain text body (or HTML source) and the attachment names."""
    data, truncated = _head(stream, limit)
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    headers = []
    for name, value in message.items():
        try:
            headers.append((name, str(value)))
        except (ValueError, LookupError):
            headers.append((name, str(message.get(name, failobj=""))))
    attachments = tuple(part.get_filename() or part.get_content_type() for part in message.iter_attachments())
    return EmailPreview(tuple(headers), _body(message), attachments, truncated)


def hex_dump(stream: BinaryIO, offset: int = 0, length: int = HEX_LENGTH) -> list[str]:
    """Lines of 16 bytes: offset, hex bytes, and the printable ASCII."""
    stream.seek(offset)
    data = stream.read(length)
    lines = []
    for start in range(0, len(data), 16):
        chunk = data[start:start + 16]
        hexes = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{offset + start:08x}  {hexes:<47}  |{text}|")
    return lines
