"""Tamper evidence: the audit chain, every vault file, every custody chain and the exports list.

``verify`` checks everything at once and names the first broken link of each chain. It reads
and never writes (unlike ``cnil-case evidence verify``, which records each result in custody),
so running it changes nothing it could later be asked to prove. The work is split in two for
the window: ``read`` is the database half (one transaction, quick), ``check_files`` the file
half (hashing the vault, long; no database), so hashing never holds the database thread.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from cnil_case.core import audit, evidence, exports, vault
from cnil_case.core.models import Case, Evidence


class Area(enum.StrEnum):
    DATABASE = "database"
    AUDIT = "audit log"
    CUSTODY = "custody"
    VAULT = "vault"
    EXPORT = "export"


@dataclass(frozen=True)
class Problem:
    """One broken thing: ``where`` names it (an entry, an item, a file), ``what`` says what is wrong."""

    area: Area
    where: str
    what: str
    case_id: int | None = None

    @property
    def line(self) -> str:
        return f"{self.area.value}: {self.where} {self.what}"

    def to_json(self) -> dict[str, Any]:
        return {"area": self.area.value, "where": self.where, "what": self.what, "case_id": self.case_id,
                "line": self.line}


@dataclass(frozen=True)
class Plan:
    """What the database says, read in one transaction: its own problems and what the files must be."""

    case_id: int | None
    problems: tuple[Problem, ...]
    audit_entries: int
    custody_items: int
    expected: dict[str, int]  # SHA-256 → size of every vault object relied on
    holders: dict[str, str]  # SHA-256 → the items holding it, for the messages
    exports: tuple[exports.ExportRow, ...]


@dataclass(frozen=True)
class IntegrityReport:
    case_id: int | None
    problems: tuple[Problem, ...]
    notes: tuple[str, ...] = ()  # worth knowing, not broken (an export file moved away)
    audit_entries: int = 0
    custody_items: int = 0
    vault_files: int = 0
    exports_checked: int = 0
    checked_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    @property
    def intact(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        counts = (f"{self.audit_entries} audit entries, {self.custody_items} custody chains, "
                  f"{self.vault_files} vault files, {self.exports_checked} exported files checked")
        if self.intact:
            return f"Intact: {counts}."
        n = len(self.problems)
        return f"{n} problem{'' if n == 1 else 's'} found ({counts})."

    def to_json(self) -> dict[str, Any]:
        return {
            "intact": self.intact, "case_id": self.case_id, "checked_at": self.checked_at.isoformat(),
            "audit_entries": self.audit_entries, "custody_items": self.custody_items,
            "vault_files": self.vault_files, "exports_checked": self.exports_checked,
            "problems": [p.to_json() for p in self.problems], "notes": list(self.notes),
        }


def _when(moment: dt.datetime | None) -> str:
    return "" if moment is None else moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _audit_problem(found: audit.Break) -> Problem:
    target = f"{found.entity}" + (f" #{found.entity_id}" if found.entity_id is not None else "")
    where = f"entry #{found.id} ({_when(found.at)}, {found.action} {target})"
    if not found.removed:
        what = "does not match its hash: edited after it was written"
    elif found.previous_id is None:
        gone = "entry #1" if found.id == 2 else f"entries #1 to #{found.id - 1}" if found.id > 2 else "the entries"
        what = f"is the first entry but does not start the chain: {gone} before it were removed"
    elif found.id - found.previous_id == 2:
        what = f"does not follow entry #{found.previous_id}: entry #{found.id - 1} was removed"
    elif found.id - found.previous_id > 2:
        what = (f"does not follow entry #{found.previous_id}: entries #{found.previous_id + 1} "
                f"to #{found.id - 1} were removed")
    else:
        what = f"does not follow entry #{found.previous_id}: its link was edited, or entries in between removed"
    return Problem(Area.AUDIT, where, what, found.case_id)


_CUSTODY_WHAT = {
    "edited": "does not match its hash: edited after it was written",
    "removed": "does not follow the entry before it: a custody entry was removed or its link edited",
}


def _custody_problem(found: evidence.CustodyBreak, reference: str) -> Problem:
    item = f"evidence #{found.evidence_id} “{found.original_name}” ({reference})"
    if found.reason == "empty":
        return Problem(Area.CUSTODY, item, "has no custody entries: its chain of custody was removed",
                       found.case_id)
    entry = f"entry #{found.entry_id} ({_when(found.at)}, {found.action})"
    if found.reason == "content":
        return Problem(Area.CUSTODY, item, f"has a SHA-256 or size other than its acquisition recorded in {entry}: "
                       "the item's row was edited", found.case_id)
    return Problem(Area.CUSTODY, f"{item}, {entry}", _CUSTODY_WHAT[found.reason], found.case_id)


def read(session: Session, case_id: int | None = None, *, database_check: bool = True) -> Plan:
    """The database half: SQLite's own check, the audit chain, every custody chain, what the files must be.

    The audit chain covers the workspace whatever ``case_id`` is: entries are chained across cases.
    """
    problems: list[Problem] = []
    if database_check and session.get_bind().dialect.name == "sqlite":
        # SQLite-only: the file's own structure (pages, indexes), before anything built on it.
        lines = [row[0] for row in session.execute(text("PRAGMA integrity_check")).all()]
        if lines != ["ok"]:
            problems.extend(Problem(Area.DATABASE, "the workspace file", f"is damaged: {line}") for line in lines[:20])
    breaks, audit_entries = audit.breaks(session)
    problems.extend(_audit_problem(b) for b in breaks)
    references = dict(session.execute(select(Case.id, Case.reference)).tuples().all())
    custody, items = evidence.custody_breaks(session, case_id)
    problems.extend(_custody_problem(b, references.get(b.case_id, f"case #{b.case_id}")) for b in custody)
    query = select(Evidence.sha256, Evidence.id, Evidence.original_name, Evidence.case_id).order_by(Evidence.id)
    if case_id is not None:
        query = query.where(Evidence.case_id == case_id)
    holders: dict[str, list[str]] = {}
    for sha256, evidence_id, name, owner in session.execute(query).tuples():
        holders.setdefault(sha256, []).append(
            f"evidence #{evidence_id} “{name}”, {references.get(owner, f'case #{owner}')}")
    if case_id is None:
        listed = [row for owner in [None, *references] for row in exports.list_exports(session, owner)]
    else:
        listed = exports.list_exports(session, case_id)
    return Plan(
        case_id=case_id, problems=tuple(problems), audit_entries=audit_entries, custody_items=items,
        expected=evidence.expected_objects(session, case_id),
        holders={sha: "; ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
                 for sha, names in holders.items()},
        exports=tuple(sorted(listed, key=lambda r: r.id)),
    )


def _vault_problem(store: vault.Vault, result: vault.VerifyResult, expected: int, holder: str) -> Problem:
    where = f"{result.sha256} ({holder})"
    if result.status is vault.Check.MISSING:
        what = f"is missing from the vault ({store.path_for(result.sha256)}): deleted or moved"
    elif result.status is vault.Check.MISMATCH:
        what = f"was changed: its content now has SHA-256 {result.actual}"
    elif result.status is vault.Check.SIZE_DIFFERS:
        what = f"was changed: {result.size} bytes on disk, {expected} recorded"
    else:
        what = f"cannot be read ({result.detail or result.status.value})"
    return Problem(Area.VAULT, where, what)


def check_files(
    plan: Plan,
    store: vault.Vault,
    *,
    progress: Callable[[vault.Progress], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> IntegrityReport:
    """The file half: re-hash every vault object the plan relies on, list unexpected ones, check exports.

    Raises:
        vault.Cancelled: ``cancel`` returned True.
    """
    scanned = store.scan(plan.expected, progress=progress, cancel=cancel)
    problems = list(plan.problems)
    problems.extend(_vault_problem(store, r, plan.expected[r.sha256], plan.holders.get(r.sha256, "?"))
                    for r in scanned.failures)
    if plan.case_id is None:
        # Other cases own the rest of the vault: unexpected files only mean something for all of it.
        problems.extend(
            Problem(Area.VAULT, str(path.relative_to(store.root)),
                    "is held by no evidence item: left by an interrupted addition or bundle import, or put "
                    "there by hand")
            for path in scanned.unexpected
        )
    notes: list[str] = []
    checked = 0
    for row in plan.exports:
        if cancel is not None and cancel():
            raise vault.Cancelled("exports")
        matches = exports.verify_file(row)
        label = f"#{row.id} {row.file_name} ({row.path})"
        if matches is None:
            notes.append(f"export {label} is not at its recorded place any more (moved or deleted)")
            continue
        checked += 1
        if not matches:
            problems.append(Problem(Area.EXPORT, label, "no longer matches its recorded SHA-256: the file was "
                                    "changed after it was saved", row.case_id))
    return IntegrityReport(
        case_id=plan.case_id, problems=tuple(problems), notes=tuple(notes), audit_entries=plan.audit_entries,
        custody_items=plan.custody_items, vault_files=len(scanned.checked), exports_checked=checked,
    )


def verify(
    session: Session,
    store: vault.Vault,
    case_id: int | None = None,
    *,
    progress: Callable[[vault.Progress], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> IntegrityReport:
    """Check the workspace (vault and custody of one case if ``case_id``; the audit chain always)."""
    return check_files(read(session, case_id), store, progress=progress, cancel=cancel)


def unexpected_files(store: vault.Vault, expected: dict[str, int]) -> list[Path]:
    """Vault objects no evidence item relies on (nothing is hashed: names only)."""
    wanted = {store.path_for(sha256) for sha256 in expected}
    return [path for path in store.files() if path not in wanted]
