"""Streamed reading of timeline files: numbered records from CSV or JSONL, hashed on the way.

A file is read line by line (never whole), its SHA-256 and size computed from the same bytes.
CSV: a UTF-8 byte-order mark is dropped, the delimiter is the one of ``,`` ``;`` or tab the
header uses most, quoted fields may span lines (a record is numbered by its first line). JSONL:
one JSON object a line; blank lines are ignored in both.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple

from cnil_case.core.errors import UserError
from cnil_case.core.phrases import Phrase

DELIMITERS = (",", ";", "\t")
# A log line can hold a long stack trace or request body; csv's default is 128 KiB.
csv.field_size_limit(16 * 1024 * 1024)


class ImportFailed(UserError):
    """The file cannot be imported as it is; the message names the file and, if any, the line."""


class Record(NamedTuple):
    """One record of the file: its first line's number and its fields (a bad one has ``error``)."""

    line: int
    fields: dict[str, Any]
    error: str = ""


class HashingReader(io.RawIOBase):
    """A file's bytes, with the SHA-256 and the count of what was read so far.

    Text decoding and line splitting run in C on top of it (``io.TextIOWrapper``); the hash is
    updated once per chunk, not once per line.
    """

    def __init__(self, stream: IO[bytes], path: Path | None = None) -> None:
        super().__init__()
        self._stream = stream
        self.path = path
        self.sha256 = hashlib.sha256()
        self.bytes_read = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = self._stream.readinto(buffer)  # type: ignore[attr-defined]
        if count:
            self.sha256.update(memoryview(buffer)[:count])
            self.bytes_read += count
        return int(count or 0)

    def drain(self) -> None:
        """Hash the rest of the file (reading stopped early, or the text layer read ahead)."""
        chunk = bytearray(1 << 20)
        while self.readinto(chunk):
            pass


def _text(reader: HashingReader, name: str, encoding: str) -> IO[str]:
    # utf-8-sig: the same as UTF-8, minus a byte-order mark at the start.
    codec = "utf-8-sig" if encoding.replace("-", "").replace("_", "").lower() == "utf8" else encoding
    try:
        return io.TextIOWrapper(io.BufferedReader(reader, 1 << 20), encoding=codec, newline="")
    except LookupError:
        raise ImportFailed(Phrase("importers", "{encoding} is not a known text encoding", encoding=repr(encoding))) from None


def _decode_error(reader: HashingReader, name: str, encoding: str, exc: UnicodeDecodeError) -> ImportFailed:
    """The line of the first byte that does not decode (the text layer reads ahead by chunks)."""
    if reader.path is not None:
        with reader.path.open("rb") as again:
            for number, raw in enumerate(again, start=1):
                try:
                    raw.decode(encoding)
                except UnicodeDecodeError as bad:
                    return ImportFailed(Phrase(
                        "importers", "{file}, line {line}: not {encoding} text (byte {byte} at position {position}); "
                        "save the file as UTF-8, or give its encoding", file=name, line=str(number), encoding=encoding,
                        byte=f"0x{raw[bad.start]:02x}", position=str(bad.start + 1),
                    ))
    return ImportFailed(Phrase("importers", "{file}: not {encoding} text ({error}); save the file as UTF-8, or give its "
                               "encoding", file=name, encoding=encoding, error=exc.reason))


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def csv_records(reader: HashingReader, name: str, *, encoding: str = "utf-8") -> tuple[list[str], Iterator[Record]]:
    """The header's column names, and the data records that follow it.

    Raises:
        ImportFailed: empty file, no header, duplicate or empty column names, undecodable bytes.
    """
    text = _text(reader, name, encoding)
    offset = 0  # physical lines up to the header
    try:
        while True:
            header_line = text.readline()
            offset += 1
            if not header_line or header_line.strip():
                break
    except UnicodeDecodeError as exc:
        raise _decode_error(reader, name, encoding, exc) from None
    if not header_line:
        raise ImportFailed(Phrase("importers", "{file} is empty: expected a header line naming the columns", file=name))
    delimiter = _delimiter(header_line)
    header = next(csv.reader([header_line], delimiter=delimiter))
    columns = [c.strip() for c in header]
    if any(not c for c in columns):
        raise ImportFailed(Phrase("importers", "{file}, line {line}: column {column} of the header has no name", file=name,
                                  line=str(offset), column=str(columns.index("") + 1)))
    duplicates = sorted({c for c in columns if columns.count(c) > 1})
    if duplicates:
        raise ImportFailed(Phrase("importers", "{file}, line {line}: the header names {columns} more than once", file=name,
                                  line=str(offset), columns=", ".join(map(repr, duplicates))))
    width = len(columns)

    def records() -> Iterator[Record]:
        rows = csv.reader(text, delimiter=delimiter, strict=True)
        line = offset
        while True:
            start = line + 1
            try:
                row = next(rows)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ImportFailed(Phrase("importers", "{file}, line {line}: broken CSV ({error})", file=name,
                                          line=str(start), error=str(exc))) from None
            except UnicodeDecodeError as exc:
                raise _decode_error(reader, name, encoding, exc) from None
            line = rows.line_num + offset
            if len(row) != width:
                if not row or (len(row) == 1 and not row[0].strip()):
                    continue
                yield Record(start, {}, Phrase("importers", "{count} fields where the header has {width}",
                                               count=len(row), width=width))
                continue
            yield Record(start, dict(zip(columns, row)))  # noqa: B905 (lengths checked above)

    return columns, records()


def jsonl_records(reader: HashingReader, name: str, *, encoding: str = "utf-8") -> Iterator[Record]:
    """One record per non-blank line; a line that is not a JSON object is a bad record."""
    lines = enumerate(_text(reader, name, encoding), start=1)
    while True:
        try:
            number, line = next(lines)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            raise _decode_error(reader, name, encoding, exc) from None
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError as exc:
            yield Record(number, {}, Phrase("importers", "not JSON ({error})", error=str(exc)))
            continue
        if not isinstance(value, dict):
            yield Record(number, {}, Phrase("importers", "a JSON {type}, not an object", type=type(value).__name__))
            continue
        yield Record(number, value)


def peek(path: Path, *, jsonl: bool, count: int = 20, encoding: str = "utf-8") -> tuple[list[str], list[Record]]:
    """The columns and the first ``count`` records, for a mapping dialog's preview."""
    with path.open("rb") as stream:
        reader = HashingReader(stream, path)
        if jsonl:
            records = jsonl_records(reader, path.name, encoding=encoding)
            columns: list[str] = []
        else:
            columns, records = csv_records(reader, path.name, encoding=encoding)
        found = []
        for record in records:
            found.append(record)
            for key in record.fields:
                if key not in columns:
                    columns.append(key)
            if len(found) >= count:
                break
    return columns, found
