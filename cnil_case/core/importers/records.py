"""Running an import in the caller's transaction, its record, and undoing it.

One import is all or nothing: the caller's ``session.begin()`` commits the events, the import
record and its one audit entry together, or rolls everything back. Rows go in by batches with
Core ``insert()`` (no ORM object per row) and the search index is filled once at the end.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.orm import Session

from cnil_case.core import audit, search
from cnil_case.core.errors import NotFoundError, UserError, ValidationError, case_not_found
from cnil_case.core.importers import presets
from cnil_case.core.importers.mapping import Converter, EventValues, LineError, Mapping, check
from cnil_case.core.importers.source import (
    HashingReader,
    ImportFailed,
    Record,
    csv_records,
    jsonl_records,
)
from cnil_case.core.models import AuditAction, Case, Precision, TimelineEvent, TimelineImport
from cnil_case.core.phrases import Phrase

BATCH = 10_000
SKIPPED_KEPT = 500  # skipped lines listed in the record; the count covers them all


class ImportCancelled(UserError):
    """The user stopped the import; nothing was imported."""


@dataclass(frozen=True)
class SkippedLine:
    line: int
    reason: str


@dataclass(frozen=True)
class ImportRow:
    """An import record, as the CLI and the GUI show it."""

    id: int
    case_id: int
    file_name: str
    sha256: str
    size: int
    format: str
    mapping: dict[str, Any]
    lines_read: int
    imported: int
    skipped: int
    skipped_lines: tuple[SkippedLine, ...]
    actor: str
    at: dt.datetime
    undone_at: dt.datetime | None


def _stored(line: SkippedLine) -> dict[str, Any]:
    """A skipped line as the record keeps it: the English reason, and how to write it again in
    another language (``phrase``) when it is a Phrase of plain text values."""
    kept: dict[str, Any] = {"line": line.line, "reason": str.__str__(line.reason)}
    phrase = _phrase_json(line.reason)
    if phrase is not None:
        kept["phrase"] = phrase
    return kept


def _phrase_json(value: str) -> dict[str, Any] | None:
    if not isinstance(value, Phrase):
        return None
    values: dict[str, Any] = {}
    for name, item in value.values.items():
        nested = _phrase_json(item) if isinstance(item, str) else None
        if nested is not None:
            values[name] = {"phrase": nested}
        elif isinstance(item, str) or (isinstance(item, int) and not isinstance(item, bool)):
            values[name] = item if isinstance(item, int) else str.__str__(item)
        else:
            return None  # a value JSON cannot keep: the English reason alone
    return {"context": value.context, "template": value.template, "values": values}


def _phrase_from_json(data: dict[str, Any]) -> Phrase:
    values = {name: _phrase_from_json(item["phrase"]) if isinstance(item, dict) else item
              for name, item in data["values"].items()}
    return Phrase(data["context"], data["template"], **values)


def _reason(kept: dict[str, Any]) -> str:
    """The reason of a stored skipped line: a Phrase again when the record kept one."""
    phrase = kept.get("phrase")
    if phrase is not None:
        try:
            rebuilt = _phrase_from_json(phrase)
        except (KeyError, TypeError, ValueError, IndexError):
            return str(kept["reason"])
        if rebuilt == kept["reason"]:
            return rebuilt
    return str(kept["reason"])


def _row(record: TimelineImport) -> ImportRow:
    return ImportRow(
        id=record.id, case_id=record.case_id, file_name=record.file_name, sha256=record.sha256,
        size=record.size, format=record.format, mapping=json.loads(record.mapping),
        lines_read=record.lines_read, imported=record.imported, skipped=record.skipped,
        skipped_lines=tuple(SkippedLine(s["line"], _reason(s)) for s in json.loads(record.skipped_lines)),
        actor=record.actor, at=record.at, undone_at=record.undone_at,
    )


Progress = Callable[[int, int], None]


def import_file(
    session: Session,
    case_id: int,
    path: Path,
    *,
    fmt: str,
    mapping: Mapping | None = None,
    skip_bad: bool = False,
    actor: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch: int = BATCH,
) -> ImportRow:
    """Import a timeline file into a case, streamed, in the caller's transaction.

    Args:
        fmt: one of ``presets.FORMATS``.
        mapping: required for ``csv`` / ``jsonl``; for the known formats only its ``zone`` and
            ``encoding`` are used.
        skip_bad: leave bad lines out (listed in the record) instead of aborting on the first.
        progress: called after each batch with (records read, bytes read).
        cancelled: polled after each batch; True stops with ``ImportCancelled``.

    Raises:
        ImportFailed: a bad line (when not skipping), wrong encoding, an empty file, broken CSV.
        ValidationError: a column the mapping needs is missing, an unknown format or zone.
        ImportCancelled: ``cancelled`` returned True.
    """
    if session.get(Case, case_id) is None:
        raise NotFoundError(case_not_found(case_id))
    name = path.name
    jsonl = presets.is_jsonl(fmt)
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise ImportFailed(Phrase("importers", "Cannot read {path}: {error}", path=str(path),
                                  error=str(exc.strerror or exc))) from exc
    with stream:
        reader = HashingReader(stream, path)
        encoding = mapping.encoding if mapping else "utf-8"
        columns: list[str] | None = None
        records: Iterator[Record]
        if jsonl:
            records = jsonl_records(reader, name, encoding=encoding)
        else:
            columns, records = csv_records(reader, name, encoding=encoding)
        chosen = presets.mapping_for(fmt, columns, given=mapping, source=name)
        check(chosen, columns, name)
        record = TimelineImport(
            case_id=case_id, file_name=name[:500], sha256="", size=0, format=fmt,
            mapping=json.dumps(chosen.to_json(), ensure_ascii=False, sort_keys=True),
            actor=actor or audit.current_actor(session), at=dt.datetime.now(dt.UTC),
        )
        session.add(record)
        session.flush()
        converter = Converter(chosen)
        if columns is not None:
            converter.set_columns(columns)
        counts = _load(session, case_id, record.id, records, converter, name,
                       skip_bad=skip_bad, progress=progress, cancelled=cancelled, reader=reader, batch=batch)
        reader.drain()
    read, imported, skipped_count, skipped = counts
    if read == 0:
        raise ImportFailed(Phrase("importers", "{file} holds no events", file=name) if jsonl
                           else Phrase("importers", "{file} holds no events (only a header line)", file=name))
    if imported == 0:
        raise ImportFailed(Phrase("importers", "{file}: every one of its {read} lines is bad, e.g. line {line}: {reason}",
                                  file=name, read=read, line=str(skipped[0].line), reason=skipped[0].reason))
    record.sha256 = reader.sha256.hexdigest()
    record.size = reader.bytes_read
    record.lines_read = read
    record.imported = imported
    record.skipped = skipped_count
    record.skipped_lines = json.dumps([_stored(s) for s in skipped], ensure_ascii=False)
    session.flush()
    audit.record(
        session, action=AuditAction.CREATE, entity="timeline_import", entity_id=record.id, case_id=case_id,
        summary=f"Timeline imported from {name}: {imported} events"
        + (f", {skipped_count} lines skipped" if skipped_count else ""),
        after={"file": name, "sha256": record.sha256, "size": record.size, "format": fmt,
               "lines_read": read, "imported": imported, "skipped": skipped_count},
        actor=record.actor,
    )
    return _row(record)


def _load(
    session: Session, case_id: int, import_id: int, records: Iterator[Record], converter: Converter, name: str, *,
    skip_bad: bool, progress: Progress | None, cancelled: Callable[[], bool] | None, reader: HashingReader,
    batch: int,
) -> tuple[int, int, int, list[SkippedLine]]:
    connection = session.connection()
    now = dt.datetime.now(dt.UTC)
    fixed = {"case_id": case_id, "import_id": import_id, "precision": Precision.EXACT.value,
             "actor_party_id": None, "starred": False, "created_at": now, "updated_at": now}
    write = _sqlite_writer(connection, fixed) if connection.dialect.name == "sqlite" else _core_writer(connection, fixed)
    read = imported = skipped_count = 0
    skipped: list[SkippedLine] = []  # the first SKIPPED_KEPT only, memory stays bounded
    rows: list[EventValues] = []
    with search.bulk_events(connection, import_id):
        for item in records:
            read += 1
            try:
                if item.error:
                    raise LineError(item.error)
                values = converter.convert(item.fields)
            except LineError as exc:
                if not skip_bad:
                    raise ImportFailed(Phrase("importers", "{file}, line {line}: {reason}; nothing was imported "
                                              "(fix the line, or choose to skip bad lines)", file=name,
                                              line=str(item.line), reason=exc.reason)) from None
                skipped_count += 1
                if len(skipped) < SKIPPED_KEPT:
                    skipped.append(SkippedLine(item.line, exc.reason))
                continue
            rows.append(values)
            if len(rows) >= batch:
                write(rows)
                imported += len(rows)
                rows = []
                if progress is not None:
                    progress(read, reader.bytes_read)
                if cancelled is not None and cancelled():
                    raise ImportCancelled(Phrase("importers", "Import of {file} cancelled: nothing was imported.",
                                                 file=name))
        if rows:
            write(rows)
            imported += len(rows)
    if progress is not None:
        progress(read, reader.bytes_read)
    return read, imported, skipped_count, skipped


Writer = Callable[[list[EventValues]], None]


def _core_writer(connection: Connection, fixed: dict[str, Any]) -> Writer:
    statement = insert(TimelineEvent.__table__)  # type: ignore[arg-type]

    def write(rows: list[EventValues]) -> None:
        connection.execute(statement, [{**row._asdict(), **fixed} for row in rows])

    return write


# --- SQLite only, from here ---------------------------------------------------------------------
# Core's per-value bind processing (TZDateTime, then the dialect's DATETIME formatting) costs more
# than the insert itself at a million rows; the values are formatted here exactly as
# SQLAlchemy's SQLite DATETIME stores them (UTC, "YYYY-MM-DD HH:MM:SS.ffffff"), so that
# comparisons with bound datetimes stay right, and handed to the driver's executemany.
_COLUMNS = ("case_id", "import_id", "precision", "actor_party_id", "starred", "created_at", "updated_at",
            "occurred_at", "occurred_offset", "title", "details", "source", "category", "attributes")


def _sqlite_time(value: dt.datetime) -> str:
    if value.tzinfo is not dt.UTC:
        value = value.astimezone(dt.UTC)
    # "YYYY-MM-DD HH:MM:SS.ffffff+00:00" less its offset (the year is always four digits).
    return value.isoformat(sep=" ", timespec="microseconds")[:26]


_UTC = dt.UTC


def _sqlite_writer(connection: Connection, fixed: dict[str, Any]) -> Writer:
    head = (fixed["case_id"], fixed["import_id"], fixed["precision"], None, 0,
            _sqlite_time(fixed["created_at"]), _sqlite_time(fixed["updated_at"]))
    sql = (f"INSERT INTO timeline_event ({', '.join(_COLUMNS)}) "
           f"VALUES ({', '.join('?' * len(_COLUMNS))})")

    def write(rows: list[EventValues]) -> None:
        # The converter gives UTC times: formatted inline, the general way otherwise.
        values = [
            (*head, t.isoformat(" ", "microseconds")[:26] if (t := r[0]).tzinfo is _UTC else _sqlite_time(t), *r[1:])
            for r in rows
        ]
        # The table's CHECK constraints (precision and category IN their lists, a non-empty
        # title) cost SQLite as much as the rest of the insert, and the converter has checked the
        # same already (EventCategory, a stripped non-empty title, precision "exact"): they are
        # skipped for this statement only (the pragma recompiles statements when it changes).
        connection.exec_driver_sql("PRAGMA ignore_check_constraints=ON")
        try:
            connection.exec_driver_sql(sql, values)
        finally:
            connection.exec_driver_sql("PRAGMA ignore_check_constraints=OFF")

    return write


# --- end of SQLite-only code ----------------------------------------------------------------------


def _load_record(session: Session, import_id: int) -> TimelineImport:
    record = session.get(TimelineImport, import_id)
    if record is None:
        raise NotFoundError(Phrase("importers", "Import #{id} does not exist.", id=str(import_id)))
    return record


def get(session: Session, import_id: int) -> ImportRow:
    return _row(_load_record(session, import_id))


def list_imports(session: Session, case_id: int) -> list[ImportRow]:
    """The case's imports, newest first (undone ones included)."""
    query = select(TimelineImport).where(TimelineImport.case_id == case_id).order_by(TimelineImport.id.desc())
    return [_row(r) for r in session.scalars(query)]


def undo(session: Session, import_id: int, *, actor: str | None = None) -> int:
    """Delete the events the import brought in (edited ones too), keep its record; returns the count.

    Raises:
        NotFoundError: no such import.
        ValidationError: it was undone already.
    """
    record = _load_record(session, import_id)
    if record.undone_at is not None:
        raise ValidationError(Phrase("importers", "Import #{id}", id=str(import_id)), Phrase(
            "importers", "was undone already on {when} UTC", when=f"{record.undone_at:%Y-%m-%d %H:%M}"))
    count = session.execute(
        select(func.count()).select_from(TimelineEvent).where(TimelineEvent.import_id == import_id)
    ).scalar_one()
    session.execute(delete(TimelineEvent).where(TimelineEvent.import_id == import_id),
                    execution_options={"synchronize_session": False})
    who = actor or audit.current_actor(session)
    session.execute(update(TimelineImport).where(TimelineImport.id == import_id)
                    .values(undone_at=dt.datetime.now(dt.UTC), undone_by=who))
    session.expire(record)
    audit.record(
        session, action=AuditAction.DELETE, entity="timeline_import", entity_id=import_id, case_id=record.case_id,
        summary=f"Timeline import undone: {record.file_name} ({count} events deleted)",
        before={"file": record.file_name, "sha256": record.sha256, "imported": record.imported, "deleted": count},
        actor=who,
    )
    return count
