"""Streamed reading of timeline files: numbered records from CSV or JSONL, hashed on the way.

A file is read line by line (never whole), its SHA-256 and size computed from the same bytes.
CSV: a UTF-8 byte-order mark is dropped, the delimiter is the one of ``,`` ``;`` or tab the
header uses most, quoted fields may span lines (a record is numbered by its first line). JSONL:
one JSON object a line; blank lines are ignored in both.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple

from cnil_case.core.errors import UserError

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


class HashingReader:
    """Binary lines of a file, with the SHA-256 and the byte count of what was read so far."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self.sha256 = hashlib.sha256()
        self.bytes_read = 0

    def __iter__(self) -> Iterator[bytes]:
        for line in self._stream:
            self.sha256.update(line)
            self.bytes_read += len(line)
            yield line

    def drain(self) -> None:
        """Hash the rest of the file (reading stopped early)."""
        for _ in self:
            pass


def _decoded(reader: HashingReader, name: str, encoding: str) -> Iterator[str]:
    first = True
    for number, raw in enumerate(reader, start=1):
        if first and raw.startswith(b"\xef\xbb\xbf") and encoding.replace("-", "").lower() in ("utf8", "utf8sig"):
            raw = raw[3:]
        first = False
        try:
            yield raw.decode(encoding)
        except UnicodeDecodeError as exc:
            raise ImportFailed(
                f"{name}, line {number}: not {encoding} text (byte 0x{raw[exc.start]:02x} at position {exc.start + 1}); "
                "save the file as UTF-8, or give its encoding"
            ) from None
        except LookupError:
            raise ImportFailed(f"{encoding!r} is not a known text encoding") from None


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def csv_records(reader: HashingReader, name: str, *, encoding: str = "utf-8") -> tuple[list[str], Iterator[Record]]:
    """The header's column names, and the data records that follow it.

    Raises:
        ImportFailed: empty file, no header, duplicate or empty column names.
    """
    lines = _decoded(reader, name, encoding)
    header_line = next(lines, None)
    offset = 1  # physical lines up to the header
    while header_line is not None and not header_line.strip():
        header_line = next(lines, None)
        offset += 1
    if header_line is None:
        raise ImportFailed(f"{name} is empty: expected a header line naming the columns")
    delimiter = _delimiter(header_line)
    header = next(csv.reader([header_line], delimiter=delimiter))
    columns = [c.strip() for c in header]
    if any(not c for c in columns):
        raise ImportFailed(f"{name}, line 1: column {columns.index('') + 1} of the header has no name")
    duplicates = sorted({c for c in columns if columns.count(c) > 1})
    if duplicates:
        raise ImportFailed(f"{name}, line {offset}: the header names {', '.join(map(repr, duplicates))} more than once")

    def records() -> Iterator[Record]:
        rows = csv.reader(lines, delimiter=delimiter, strict=True)
        line = offset
        while True:
            start = line + 1
            try:
                row = next(rows)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ImportFailed(f"{name}, line {start}: broken CSV ({exc})") from None
            line = rows.line_num + offset
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if len(row) != len(columns):
                yield Record(start, {}, f"{len(row)} fields where the header has {len(columns)}")
                continue
            yield Record(start, dict(zip(columns, row)))  # noqa: B905 (lengths checked above)

    return columns, records()


def jsonl_records(reader: HashingReader, name: str, *, encoding: str = "utf-8") -> Iterator[Record]:
    """One record per non-blank line; a line that is not a JSON object is a bad record."""
    for number, line in enumerate(_decoded(reader, name, encoding), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError as exc:
            yield Record(number, {}, f"not JSON ({exc})")
            continue
        if not isinstance(value, dict):
            yield Record(number, {}, f"a JSON {type(value).__name__}, not an object")
            continue
        yield Record(number, value)


def peek(path: Path, *, jsonl: bool, count: int = 20, encoding: str = "utf-8") -> tuple[list[str], list[Record]]:
    """The columns and the first ``count`` records, for a mapping dialog's preview."""
    with path.open("rb") as stream:
        reader = HashingReader(stream)
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
