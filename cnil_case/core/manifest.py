"""Manifests: a selection of evidence exported with copies of its files, and received folders checked.

An export folder holds ``files/<exhibit-or-id>_<original name>`` (each copy streamed out of the
vault and re-hashed), ``manifest.csv`` (one line per file: where it is, its size, SHA-256 and
acquisition) and ``manifest.pdf`` (the same, for people; rendered by ``report.manifest``, which
the caller passes in so that core never imports report). Each exported item gets an "exported"
custody entry saying where it went. ``verify_folder`` re-hashes a received folder against its
``manifest.csv``.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import os
import secrets
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sqlalchemy.orm import Session

from cnil_case.core import cases, db, evidence, times, vault
from cnil_case.core.errors import UserError
from cnil_case.core.models import CustodyAction
from cnil_case.core.snapshots import Moment

CSV_NAME = "manifest.csv"
PDF_NAME = "manifest.pdf"
FILES = "files"
COLUMNS = (
    "file", "name", "size", "sha256", "media_type", "exhibit", "acquired", "acquired_by", "from_party",
    "status", "custody_summary",
)

_ACTION_WORDS = {
    CustodyAction.ACQUIRED.value: "acquired",
    CustodyAction.VIEWED.value: "viewed",
    CustodyAction.EXPORTED.value: "exported",
    CustodyAction.VERIFIED_OK.value: "verified OK",
    CustodyAction.VERIFIED_FAILED.value: "verification FAILED",
    CustodyAction.TRANSFERRED.value: "transferred",
    CustodyAction.WITHDRAWN.value: "withdrawn",
    CustodyAction.EDITED.value: "edited",
}


class ManifestError(UserError):
    """A manifest cannot be written or read; the message names the file and what to do."""


@dataclass(frozen=True)
class ManifestRow:
    """One exported item; ``file`` is its path in the export folder (POSIX, relative)."""

    name: str
    size: int
    sha256: str
    media_type: str
    exhibit: str
    acquired: str
    acquired_by: str
    from_party: str
    status: str
    custody_summary: str
    evidence_id: int = 0
    file: str = ""


@dataclass(frozen=True)
class Manifest:
    """What the PDF shows: the case, when the manifest was made, the rows."""

    case_reference: str
    case_title: str
    generated_at: dt.datetime
    zone: str
    rows: tuple[ManifestRow, ...]


@dataclass(frozen=True)
class ExportReport:
    folder: Path
    manifest: Manifest
    failed: tuple[tuple[str, str], ...]  # (original name, message): not copied, not in the manifest


@dataclass(frozen=True)
class FolderCheck:
    """Paths relative to the folder, as the manifest writes them."""

    matching: tuple[str, ...]
    differing: tuple[str, ...]
    missing: tuple[str, ...]
    unexpected: tuple[str, ...]

    @property
    def clean(self) -> bool:
        return not (self.differing or self.missing or self.unexpected)


# --- rows -------------------------------------------------------------------------------------


def iso(moment: Moment | None) -> str:
    """An acquisition moment as ISO 8601: in the offset the source gave, else UTC with ``Z``."""
    if moment is None:
        return ""
    if moment.offset is None:
        return moment.at.astimezone(dt.UTC).isoformat().removesuffix("+00:00") + "Z"
    return moment.at.astimezone(dt.timezone(dt.timedelta(minutes=moment.offset))).isoformat()


def summarise(entries: Sequence[evidence.CustodyRow]) -> str:
    """A chain of custody in one line: each kind of entry with its count, then the last one."""
    if not entries:
        return ""
    counts: dict[str, int] = {}
    for entry in entries:
        counts[entry.action] = counts.get(entry.action, 0) + 1
    parts = [
        _ACTION_WORDS.get(action, action) + (f" ×{n}" if n > 1 else "") for action, n in counts.items()
    ]
    last = entries[-1]
    when = last.at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"{', '.join(parts)}; last: {_ACTION_WORDS.get(last.action, last.action)} {when} by {last.actor}"


def rows_for(session: Session, evidence_ids: Iterable[int]) -> list[ManifestRow]:
    """Manifest rows of the given items, in the order given (``file`` not yet chosen)."""
    return [
        ManifestRow(
            name=row.original_name, size=row.size, sha256=row.sha256, media_type=row.media_type,
            exhibit=row.exhibit, acquired=iso(row.acquired), acquired_by=row.acquired_by,
            from_party=row.from_party_name, status=row.status,
            custody_summary=summarise(evidence.custody(session, row.id)), evidence_id=row.id,
        )
        for row in evidence.rows(session, evidence_ids)
    ]


def write_csv(rows: Sequence[ManifestRow], path: Path) -> None:
    """Write the manifest as CSV (UTF-8 with a byte-order mark, which spreadsheets need)."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([getattr(row, column) for column in COLUMNS])


def read_csv(path: Path) -> list[ManifestRow]:
    """Read a manifest CSV written by ``write_csv``.

    Raises:
        ManifestError: the file cannot be read or lacks the columns a check needs.
    """
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = {"file", "sha256", "size"} - set(reader.fieldnames or ())
            if missing:
                raise ManifestError(f"{path} is not a cnil-case manifest: it has no {', '.join(sorted(missing))} column.")
            rows: list[ManifestRow] = []
            for line, record in enumerate(reader, start=2):
                try:
                    size = int(record["size"])
                except (TypeError, ValueError):
                    raise ManifestError(f"{path}, line {line}: the size {record['size']!r} is not a number.") from None
                rows.append(ManifestRow(
                    name=record.get("name") or "", size=size, sha256=(record["sha256"] or "").strip().lower(),
                    media_type=record.get("media_type") or "", exhibit=record.get("exhibit") or "",
                    acquired=record.get("acquired") or "", acquired_by=record.get("acquired_by") or "",
                    from_party=record.get("from_party") or "", status=record.get("status") or "",
                    custody_summary=record.get("custody_summary") or "", file=_safe_relative(record["file"], path, line),
                ))
            return rows
    except FileNotFoundError as exc:
        raise ManifestError(f"{path} does not exist: the folder has no manifest.csv to check against.") from exc
    except UnicodeDecodeError as exc:
        raise ManifestError(f"{path} is not UTF-8 text: it is not a cnil-case manifest.") from exc
    except OSError as exc:
        raise ManifestError(f"{path} cannot be read ({exc.strerror or exc}).") from exc


def _safe_relative(text: str | None, path: Path, line: int) -> str:
    relative = PurePosixPath(text or "")
    if not text or relative.is_absolute() or ".." in relative.parts:
        raise ManifestError(f"{path}, line {line}: the file {text!r} is not a path inside the folder.")
    return relative.as_posix()


# --- export -----------------------------------------------------------------------------------


def file_name(row: ManifestRow, taken: set[str]) -> str:
    """``<exhibit-or-id>_<original name>``, made safe for any file system and unique in ``taken``."""
    prefix = row.exhibit.strip() or str(row.evidence_id)
    raw = unicodedata.normalize("NFC", f"{prefix}_{row.name}")
    safe = "".join("_" if ch in '/\\:*?"<>|' or ord(ch) < 32 else ch for ch in raw).strip(" .") or "file"
    safe = safe[:200]
    candidate, number = safe, 2
    stem, dot, suffix = safe.rpartition(".")
    while candidate.casefold() in taken:
        candidate = f"{stem}-{number}.{suffix}" if dot and stem else f"{safe}-{number}"
        number += 1
    taken.add(candidate.casefold())
    return candidate


def _copy_verified(store: vault.Vault, row: ManifestRow, target: Path) -> None:
    """Stream the vault object to ``target`` via a temporary name, checking the copy's SHA-256."""
    temp = target.with_name(f".{secrets.token_hex(8)}.part")
    digest = hashlib.sha256()
    try:
        with store.open(row.sha256) as source, open(temp, "xb") as out:
            while chunk := source.read(vault.CHUNK):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        # Hash what landed on disk, not what was read: the copy itself is what we vouch for.
        with open(temp, "rb") as written:
            while chunk := written.read(vault.CHUNK):
                digest.update(chunk)
        if digest.hexdigest() != row.sha256:
            raise ManifestError(
                f"the copy of {row.name} does not match its SHA-256 (the vault file may be damaged): "
                "run cnil-case evidence verify"
            )
        os.replace(temp, target)
    except OSError as exc:
        raise ManifestError(f"{target} cannot be written ({exc.strerror or exc}).") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


@dataclass(frozen=True)
class Plan:
    """What an export will hold, read from the database before any file is copied."""

    case_reference: str
    case_title: str
    zone: str
    rows: tuple[ManifestRow, ...]


def plan(session: Session, case_id: int, evidence_ids: Sequence[int]) -> Plan:
    """The items to export (all of the case's if ``evidence_ids`` is empty), checked to be the case's."""
    detail = cases.get(session, case_id)
    ids = list(evidence_ids) or [row.id for row in evidence.list_rows(session, case_id)]
    found = evidence.rows(session, ids)
    foreign = [row.id for row in found if row.case_id != case_id]
    if foreign or len(found) != len(ids):
        raise ManifestError(f"Evidence {', '.join(map(str, foreign or ids))} is not evidence of {detail.reference}.")
    return Plan(detail.reference, detail.title, detail.display_zone, tuple(rows_for(session, ids)))


def write_files(
    store: vault.Vault,
    planned: Plan,
    out_dir: Path,
    *,
    pdf: Callable[[Manifest], bytes] | None = None,
    now: dt.datetime | None = None,
) -> ExportReport:
    """File work only: copy each file out of the vault (hash-checked), then write the manifest.

    Raises:
        ManifestError: ``out_dir`` already holds an export, or cannot be written.
    """
    out_dir = Path(out_dir)
    if (out_dir / CSV_NAME).exists() or (out_dir / FILES).exists():
        raise ManifestError(f"{out_dir} already holds an export: choose an empty or new folder.")
    files = out_dir / FILES
    try:
        files.mkdir(parents=True)
    except OSError as exc:
        raise ManifestError(f"{files} cannot be created ({exc.strerror or exc}).") from exc
    taken: set[str] = set()
    done: list[ManifestRow] = []
    failed: list[tuple[str, str]] = []
    for row in planned.rows:
        name = file_name(row, taken)
        try:
            _copy_verified(store, row, files / name)
        except UserError as exc:
            failed.append((row.name, str(exc)))
            continue
        done.append(ManifestRow(**{**row.__dict__, "file": f"{FILES}/{name}"}))
    manifest = Manifest(planned.case_reference, planned.case_title, now or times.utcnow().replace(microsecond=0),
                        planned.zone, tuple(done))
    try:
        write_csv(done, out_dir / CSV_NAME)
        if pdf is not None:
            (out_dir / PDF_NAME).write_bytes(pdf(manifest))
    except OSError as exc:
        raise ManifestError(f"The manifest cannot be written in {out_dir} ({exc.strerror or exc}).") from exc
    return ExportReport(out_dir, manifest, tuple(failed))


def record_exports(session: Session, report: ExportReport) -> None:
    """An "exported" custody entry for every item copied, naming the copy and the manifest."""
    for row in report.manifest.rows:
        evidence.record(session, row.evidence_id, CustodyAction.EXPORTED,
                        {"to": str((report.folder / row.file).resolve()),
                         "manifest": str((report.folder / CSV_NAME).resolve())})


def export(
    session_factory: db.SessionFactory,
    store: vault.Vault,
    case_id: int,
    evidence_ids: Sequence[int],
    out_dir: Path,
    *,
    pdf: Callable[[Manifest], bytes] | None = None,
    now: dt.datetime | None = None,
) -> ExportReport:
    """Plan, copy and record in one call (the command line); the GUI runs the three phases apart.

    Args:
        evidence_ids: the items, in the order of the manifest (all of the case's if empty).
        pdf: renders ``manifest.pdf`` (``report.manifest.render``); without it, no PDF.
    """
    with session_factory() as session:
        planned = plan(session, case_id, evidence_ids)
    report = write_files(store, planned, out_dir, pdf=pdf, now=now)
    with session_factory.begin() as session:
        record_exports(session, report)
    return report


# --- checking a received folder ---------------------------------------------------------------


def verify_folder(folder: Path, manifest_csv: Path | None = None) -> FolderCheck:
    """Re-hash the files of a received folder against its manifest.

    Raises:
        ManifestError: the manifest is missing or malformed.
    """
    folder = Path(folder)
    manifest_csv = Path(manifest_csv) if manifest_csv is not None else folder / CSV_NAME
    listed = read_csv(manifest_csv)
    matching: list[str] = []
    differing: list[str] = []
    missing: list[str] = []
    for row in listed:
        path = folder / row.file
        if not path.is_file():
            missing.append(row.file)
            continue
        try:
            same = path.stat().st_size == row.size and vault.sha256_file(path) == row.sha256
        except OSError:
            same = False
        (matching if same else differing).append(row.file)
    known = {row.file for row in listed}
    ignored = {manifest_csv.resolve(), (folder / PDF_NAME).resolve()}
    unexpected = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            relative = path.relative_to(folder).as_posix()
            if relative not in known and path.resolve() not in ignored:
                unexpected.append(relative)
    return FolderCheck(tuple(matching), tuple(differing), tuple(missing), tuple(unexpected))
