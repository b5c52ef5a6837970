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
from cnil_case.core.phrases import Phrase


class Area(enum.StrEnum):
    DATABASE = "database"
    AUDIT = "audit log"
    CUSTODY = "custody"
    VAULT = "vault"
    EXPORT = "export"

    @property
    def label(self) -> Phrase:
        """The area's name for a reader (the value, translatable)."""
        return _AREA_LABELS[self]


_AREA_LABELS = {
    Area.DATABASE: Phrase("integrity", "database"),
    Area.AUDIT: Phrase("integrity", "audit log"),
    Area.CUSTODY: Phrase("integrity", "custody"),
    Area.VAULT: Phrase("integrity", "vault"),
    Area.EXPORT: Phrase("integrity", "export"),
}


@dataclass(frozen=True)
class Problem:
    """One broken thing: ``where`` names it (an entry, an item, a file), ``what`` says what is wrong.

    Both are ``Phrase``s (English ``str``s the window translates); the JSON and the CLI get the English.
    """

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
    notes: tuple[str, ...] = ()  # worth knowing, not broken (an export file moved away); Phrases
    audit_entries: int = 0
    custody_items: int = 0
    vault_files: int = 0
    exports_checked: int = 0
    checked_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    @property
    def intact(self) -> bool:
        return not self.problems

    def summary(self) -> Phrase:
        counts = Phrase("integrity", "{audit} audit entries, {custody} custody chains, {vault} vault files, "
                        "{exports} exported files checked", audit=self.audit_entries, custody=self.custody_items,
                        vault=self.vault_files, exports=self.exports_checked)
        if self.intact:
            return Phrase("integrity", "Intact: {counts}.", counts=counts)
        n = len(self.problems)
        if n == 1:
            return Phrase("integrity", "1 problem found ({counts}).", counts=counts)
        return Phrase("integrity", "{n} problems found ({counts}).", n=n, counts=counts)

    def to_json(self) -> dict[str, Any]:
        return {
            "intact": self.intact, "case_id": self.case_id, "checked_at": self.checked_at.isoformat(),
            "audit_entries": self.audit_entries, "custody_items": self.custody_items,
            "vault_files": self.vault_files, "exports_checked": self.exports_checked,
            "problems": [p.to_json() for p in self.problems], "notes": list(self.notes),
        }


def _when(moment: dt.datetime | None) -> str:
    return "" if moment is None else moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


# Identifiers (#12, dates in UTC, codes) are values as they are: written alike in every language.
def _audit_problem(found: audit.Break) -> Problem:
    target = f"{found.entity}" + (f" #{found.entity_id}" if found.entity_id is not None else "")
    where = Phrase("integrity", "entry #{id} ({when}, {action} {target})", id=str(found.id), when=_when(found.at),
                   action=found.action, target=target)
    before, gone_from, gone_to = str(found.previous_id), str((found.previous_id or 0) + 1), str(found.id - 1)
    what: Phrase
    if not found.removed:
        what = Phrase("integrity", "does not match its hash: edited after it was written")
    elif found.previous_id is None:
        if found.id == 2:
            what = Phrase("integrity", "is the first entry but does not start the chain: entry #1 before it "
                          "were removed")
        elif found.id > 2:
            what = Phrase("integrity", "is the first entry but does not start the chain: entries #1 to #{last} "
                          "before it were removed", last=gone_to)
        else:
            what = Phrase("integrity", "is the first entry but does not start the chain: the entries before it "
                          "were removed")
    elif found.id - found.previous_id == 2:
        what = Phrase("integrity", "does not follow entry #{before}: entry #{gone} was removed",
                      before=before, gone=gone_to)
    elif found.id - found.previous_id > 2:
        what = Phrase("integrity", "does not follow entry #{before}: entries #{first} to #{last} were removed",
                      before=before, first=gone_from, last=gone_to)
    else:
        what = Phrase("integrity", "does not follow entry #{before}: its link was edited, or entries in between "
                      "removed", before=before)
    return Problem(Area.AUDIT, where, what, found.case_id)


_CUSTODY_WHAT = {
    "edited": Phrase("integrity", "does not match its hash: edited after it was written"),
    "removed": Phrase("integrity", "does not follow the entry before it: a custody entry was removed or its "
                      "link edited"),
}


def _custody_problem(found: evidence.CustodyBreak, reference: str) -> Problem:
    item = Phrase("integrity", "evidence #{id} “{name}” ({case})", id=str(found.evidence_id),
                  name=found.original_name, case=reference)
    if found.reason == "empty":
        return Problem(Area.CUSTODY, item, Phrase("integrity", "has no custody entries: its chain of custody was "
                                                  "removed"), found.case_id)
    entry = Phrase("integrity", "entry #{id} ({when}, {action})", id=str(found.entry_id), when=_when(found.at),
                   action=found.action)
    if found.reason == "content":
        return Problem(Area.CUSTODY, item, Phrase("integrity", "has a SHA-256 or size other than its acquisition "
                                                  "recorded in {entry}: the item's row was edited", entry=entry),
                       found.case_id)
    return Problem(Area.CUSTODY, Phrase("integrity", "{item}, {entry}", item=item, entry=entry),
                   _CUSTODY_WHAT[found.reason], found.case_id)


def read(session: Session, case_id: int | None = None, *, database_check: bool = True) -> Plan:
    """The database half: SQLite's own check, the audit chain, every custody chain, what the files must be.

    The audit chain covers the workspace whatever ``case_id`` is: entries are chained across cases.
    """
    problems: list[Problem] = []
    if database_check and session.get_bind().dialect.name == "sqlite":
        # SQLite-only: the file's own structure (pages, indexes), before anything built on it.
        lines = [row[0] for row in session.execute(text("PRAGMA integrity_check")).all()]
        if lines != ["ok"]:
            problems.extend(Problem(Area.DATABASE, Phrase("integrity", "the workspace file"),
                                    Phrase("integrity", "is damaged: {detail}", detail=line)) for line in lines[:20])
    breaks, audit_entries = audit.breaks(session)
    problems.extend(_audit_problem(b) for b in breaks)
    references = dict(session.execute(select(Case.id, Case.reference)).tuples().all())
    custody, items = evidence.custody_breaks(session, case_id)
    problems.extend(_custody_problem(b, references.get(b.case_id) or _case_number(b.case_id)) for b in custody)
    query = select(Evidence.sha256, Evidence.id, Evidence.original_name, Evidence.case_id).order_by(Evidence.id)
    if case_id is not None:
        query = query.where(Evidence.case_id == case_id)
    holders: dict[str, list[Phrase]] = {}
    for sha256, evidence_id, name, owner in session.execute(query).tuples():
        holders.setdefault(sha256, []).append(Phrase(
            "integrity", "evidence #{id} “{name}”, {case}", id=str(evidence_id), name=name,
            case=references.get(owner) or _case_number(owner)))
    if case_id is None:
        listed = [row for owner in [None, *references] for row in exports.list_exports(session, owner)]
    else:
        listed = exports.list_exports(session, case_id)
    return Plan(
        case_id=case_id, problems=tuple(problems), audit_entries=audit_entries, custody_items=items,
        expected=evidence.expected_objects(session, case_id),
        holders={sha: _holders(names) for sha, names in holders.items()},
        exports=tuple(sorted(listed, key=lambda r: r.id)),
    )


def _case_number(case_id: int | None) -> Phrase:
    return Phrase("integrity", "case #{id}", id=str(case_id))


def _holders(names: list[Phrase]) -> Phrase:
    """The first three items holding a file, ``; ``-separated, and how many more."""
    shown = names[0]
    for name in names[1:3]:
        shown = Phrase("integrity", "{first}; {next}", first=shown, next=name)
    if len(names) > 3:
        return Phrase("integrity", "{shown} and {more} more", shown=shown, more=len(names) - 3)
    return shown


def _vault_problem(store: vault.Vault, result: vault.VerifyResult, expected: int, holder: str) -> Problem:
    where = Phrase("integrity", "{sha256} ({holder})", sha256=result.sha256, holder=holder)
    if result.status is vault.Check.MISSING:
        what = Phrase("integrity", "is missing from the vault ({path}): deleted or moved",
                      path=str(store.path_for(result.sha256)))
    elif result.status is vault.Check.MISMATCH:
        what = Phrase("integrity", "was changed: its content now has SHA-256 {sha256}", sha256=result.actual)
    elif result.status is vault.Check.SIZE_DIFFERS:
        what = Phrase("integrity", "was changed: {size} bytes on disk, {expected} recorded", size=result.size,
                      expected=expected)
    else:
        what = Phrase("integrity", "cannot be read ({detail})", detail=result.detail or result.status.value)
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
                    Phrase("integrity", "is held by no evidence item: left by an interrupted addition or bundle "
                           "import, or put there by hand"))
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
            notes.append(Phrase("integrity", "export {label} is not at its recorded place any more (moved or deleted)",
                                label=label))
            continue
        checked += 1
        if not matches:
            problems.append(Problem(Area.EXPORT, label, Phrase("integrity", "no longer matches its recorded SHA-256: "
                                    "the file was changed after it was saved"), row.case_id))
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
