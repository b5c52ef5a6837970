"""The exports list: every regulator document written to a file, with its SHA-256 (issue 7).

A document is built in memory first (``report.documents`` renders it, the GUI previews it), then
:func:`save` writes it atomically and records it twice in one transaction: a row of the case's
exports list and an audit entry (entity ``"export"``), so the file handed to the CNIL can be
matched later against what the workspace says it produced.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from cnil_case.core import audit, db, files
from cnil_case.core.models import AuditAction, DocumentExport, DocumentKind

KINDS = DocumentKind.values()
VARIANTS = {
    DocumentKind.ART33.value: ("initial", "complementary", "final"),
    DocumentKind.ART34.value: ("letter", "public"),  # Art. 34(2) letter; Art. 34(3)(c) public notice
    DocumentKind.INVESTIGATION.value: ("category", "day"),  # how the timeline is grouped
    DocumentKind.REGISTER.value: ("pdf", "csv"),
}


@dataclass(frozen=True)
class BuiltDocument:
    """A document rendered in memory, not yet written: what the preview shows and :func:`save` writes."""

    case_id: int | None  # None for the register, which covers the whole workspace
    reference: str  # the case's reference, or "" for the register
    kind: str
    variant: str
    lang: str
    draft: bool
    gaps: tuple[str, ...]  # the completeness gaps that made it a draft, one line each
    data: bytes
    file_name: str  # suggested, e.g. "BRE-2024-001_art33_initial_fr.pdf"
    # What the renderer had to leave out (a logo or signature image that cannot be read), one line each.
    warnings: tuple[str, ...] = ()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def is_pdf(self) -> bool:
        return self.data.startswith(b"%PDF")


@dataclass(frozen=True)
class ExportRow:
    id: int
    case_id: int | None
    kind: str
    variant: str
    lang: str
    draft: bool
    gaps: tuple[str, ...]
    file_name: str
    path: str
    size: int
    sha256: str
    at: dt.datetime
    actor: str


def suggested_name(reference: str, kind: str, variant: str, lang: str) -> str:
    """A file name safe on every system: the reference with anything odd replaced by ``-``."""
    stem = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in reference).strip("-.") or "workspace"
    extension = "csv" if variant == "csv" else "pdf"
    parts = [stem, kind] + ([variant] if variant and variant not in ("pdf", "csv", "letter", "category") else [])
    return f"{'_'.join(parts)}_{lang}.{extension}"


def _row(entry: DocumentExport) -> ExportRow:
    return ExportRow(
        id=entry.id,
        case_id=entry.case_id,
        kind=entry.kind,
        variant=entry.variant,
        lang=entry.lang,
        draft=entry.draft,
        gaps=tuple(line for line in entry.gaps.splitlines() if line),
        file_name=entry.file_name,
        path=entry.path,
        size=entry.size,
        sha256=entry.sha256,
        at=entry.at,
        actor=entry.actor,
    )


def record(session: Session, document: BuiltDocument, path: Path, *, now: dt.datetime | None = None,
           actor: str | None = None) -> ExportRow:
    """Add ``document``, written at ``path``, to the exports list and the audit log (same transaction)."""
    if document.kind not in KINDS:
        raise ValueError(f"unknown document kind {document.kind!r}")
    who = actor or audit.current_actor(session)
    at = now or dt.datetime.now(dt.UTC)
    entry = DocumentExport(
        case_id=document.case_id, kind=document.kind, variant=document.variant, lang=document.lang,
        draft=document.draft, gaps="\n".join(document.gaps), file_name=path.name, path=str(path),
        size=len(document.data), sha256=document.sha256, at=at, actor=who,
    )
    session.add(entry)
    session.flush()
    what = f"{document.kind}{f' ({document.variant})' if document.variant else ''}, {document.lang}"
    audit.record(
        session, action=AuditAction.CREATE, entity="export", entity_id=entry.id, case_id=document.case_id,
        summary=f"{what} exported{' as a draft' if document.draft else ''}: {path.name}",
        after={"kind": document.kind, "variant": document.variant, "lang": document.lang, "draft": document.draft,
               "sha256": entry.sha256, "size": entry.size, "path": str(path), "gaps": list(document.gaps)},
        actor=who,
    )
    return _row(entry)


def save(session_factory: db.SessionFactory, document: BuiltDocument, path: str | os.PathLike[str], *,
         now: dt.datetime | None = None) -> ExportRow:
    """Write the file atomically, then record it. A failed write records nothing.

    Raises:
        UserError: the file cannot be written (the message names it).
    """
    target = files.write_atomically(path, document.data).resolve()
    with session_factory.begin() as session:
        return record(session, document, target, now=now)


def list_exports(session: Session, case_id: int | None) -> list[ExportRow]:
    """A case's exports, newest first; ``None``: the workspace's register exports."""
    condition = DocumentExport.case_id.is_(None) if case_id is None else DocumentExport.case_id == case_id
    entries = session.scalars(
        select(DocumentExport).where(condition).order_by(DocumentExport.at.desc(), DocumentExport.id.desc())
    )
    return [_row(e) for e in entries]


def verify_file(row: ExportRow, path: str | os.PathLike[str] | None = None) -> bool | None:
    """Whether the file still has the recorded SHA-256; ``None`` when it is gone or unreadable."""
    try:
        data = Path(path or row.path).read_bytes()
    except OSError:
        return None
    return hashlib.sha256(data).hexdigest() == row.sha256


def kinds_for_case() -> Sequence[str]:
    return tuple(k for k in KINDS if k != DocumentKind.REGISTER.value)
