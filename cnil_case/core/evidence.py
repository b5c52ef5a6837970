"""Evidence of a case: items registered from the vault, their chain of custody, links to events.

The file work (hashing, copying, verifying) is ``vault``'s, done outside any transaction; this
module records what happened, in the caller's session. The custody log of an item is
append-only and hash-chained: every entry's hash covers the previous one's, so an edited or
removed entry shows (``verify_custody``). Nothing here deletes an entry or an item; withdrawal
keeps both.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cnil_case.core import audit, parties, times
from cnil_case.core.cases import check_moment, moment_state, stored_moment
from cnil_case.core.errors import (
    MUST_NOT_BE_EMPTY,
    NotFoundError,
    ValidationError,
    case_not_found,
)
from cnil_case.core.models import (
    AuditAction,
    Case,
    CaseParty,
    CustodyAction,
    CustodyEntry,
    Evidence,
    EvidenceLink,
    Organisation,
    Precision,
    TimelineEvent,
)
from cnil_case.core.phrases import Phrase
from cnil_case.core.snapshots import Moment
from cnil_case.core.timeline import normalise_tags

GENESIS = "0" * 64


@dataclass(frozen=True)
class EvidenceInput:
    """How an item was acquired and what it is; the content itself comes from the vault."""

    original_name: str
    original_path: str = ""
    acquired: Moment | None = None
    acquired_by: str = ""
    method: str = ""
    from_party_id: int | None = None
    exhibit: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class EvidenceRow:
    id: int
    case_id: int
    sha256: str
    size: int
    media_type: str
    original_name: str
    original_path: str
    acquired: Moment | None
    acquired_by: str
    method: str
    from_party_id: int | None
    from_party_name: str
    exhibit: str
    description: str
    tags: tuple[str, ...]
    status: str
    added_at: dt.datetime
    acquisitions: int
    events: tuple[int, ...]

    def as_input(self) -> EvidenceInput:
        return EvidenceInput(
            original_name=self.original_name, original_path=self.original_path, acquired=self.acquired,
            acquired_by=self.acquired_by, method=self.method, from_party_id=self.from_party_id,
            exhibit=self.exhibit, description=self.description, tags=self.tags,
        )


@dataclass(frozen=True)
class CustodyRow:
    id: int
    evidence_id: int
    at: dt.datetime
    actor: str
    action: str
    details: dict[str, Any]


@dataclass(frozen=True)
class Registered:
    """The item an addition produced, and whether it was a new item or a second acquisition."""

    row: EvidenceRow
    new: bool


# --- custody ----------------------------------------------------------------------------------


def _digest(prev: str, entry: CustodyEntry) -> str:
    payload = json.dumps(
        [prev, entry.evidence_id, entry.at.astimezone(dt.UTC).isoformat(), entry.actor, entry.action, entry.details],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _append(session: Session, evidence_id: int, action: CustodyAction, details: Mapping[str, Any],
            *, at: dt.datetime | None = None, actor: str | None = None) -> CustodyEntry:
    session.flush()
    last = session.execute(
        select(CustodyEntry.hash).where(CustodyEntry.evidence_id == evidence_id).order_by(CustodyEntry.id.desc()).limit(1)
    ).scalar_one_or_none()
    entry = CustodyEntry(
        evidence_id=evidence_id,
        at=at or times.utcnow(),
        actor=actor or audit.current_actor(session),
        action=action.value,
        details=json.dumps(dict(details), ensure_ascii=False, sort_keys=True, default=str),
        prev_hash=last or GENESIS,
    )
    entry.hash = _digest(entry.prev_hash, entry)
    session.add(entry)
    session.flush()
    return entry


def _custody_row(entry: CustodyEntry) -> CustodyRow:
    return CustodyRow(id=entry.id, evidence_id=entry.evidence_id, at=entry.at, actor=entry.actor,
                      action=entry.action, details=json.loads(entry.details or "{}"))


def custody(session: Session, evidence_id: int) -> list[CustodyRow]:
    """The item's chain of custody, oldest first."""
    query = select(CustodyEntry).where(CustodyEntry.evidence_id == evidence_id).order_by(CustodyEntry.id)
    return [_custody_row(e) for e in session.scalars(query)]


def verify_custody(session: Session, evidence_id: int) -> int | None:
    """The id of the first custody entry that does not match its chain, or None if intact."""
    prev = GENESIS
    query = select(CustodyEntry).where(CustodyEntry.evidence_id == evidence_id).order_by(CustodyEntry.id)
    for entry in session.scalars(query):
        if entry.prev_hash != prev or _digest(prev, entry) != entry.hash:
            return entry.id
        prev = entry.hash
    return None


@dataclass(frozen=True)
class CustodyBreak:
    """The first link of an item's custody that does not hold, and why.

    ``reason`` is ``"edited"`` (an entry's content no longer matches its hash), ``"removed"``
    (the link to the entry before is broken: an entry was removed), ``"empty"`` (the item has no
    custody at all) or ``"content"`` (the item's SHA-256 or size differs from what its first
    acquisition recorded). ``entry_id`` and friends describe the entry, when there is one.
    """

    evidence_id: int
    case_id: int
    original_name: str
    reason: str
    entry_id: int | None = None
    at: dt.datetime | None = None
    action: str = ""


def custody_breaks(session: Session, case_id: int | None = None) -> tuple[list[CustodyBreak], int]:
    """The first broken link of every item's custody (of one case, or all); and how many items were read."""
    items = select(Evidence.id, Evidence.case_id, Evidence.original_name, Evidence.sha256, Evidence.size)
    if case_id is not None:
        items = items.where(Evidence.case_id == case_id)
    known = {row[0]: row for row in session.execute(items.order_by(Evidence.id)).tuples()}
    entries = select(CustodyEntry).order_by(CustodyEntry.evidence_id, CustodyEntry.id)
    if case_id is not None:
        entries = entries.join(Evidence, Evidence.id == CustodyEntry.evidence_id).where(Evidence.case_id == case_id)
    found: dict[int, CustodyBreak] = {}
    seen: set[int] = set()
    current, prev = -1, GENESIS
    for entry in session.scalars(entries).yield_per(1000):
        item = known.get(entry.evidence_id)
        if item is None:
            continue
        if entry.evidence_id != current:
            current, prev = entry.evidence_id, GENESIS
            seen.add(current)
            recorded = json.loads(entry.details or "{}") if entry.action == CustodyAction.ACQUIRED.value else {}
            if ("sha256" in recorded and recorded["sha256"] != item[3]) or ("size" in recorded and recorded["size"] != item[4]):
                found.setdefault(current, CustodyBreak(current, item[1], item[2], "content", entry.id, entry.at, entry.action))
        if current not in found:
            edited = _digest(entry.prev_hash, entry) != entry.hash
            if edited or entry.prev_hash != prev:
                found[current] = CustodyBreak(current, item[1], item[2], "edited" if edited else "removed",
                                              entry.id, entry.at, entry.action)
        prev = entry.hash
    for evidence_id, item in known.items():
        if evidence_id not in seen:
            found[evidence_id] = CustodyBreak(evidence_id, item[1], item[2], "empty")
    return [found[i] for i in sorted(found)], len(known)


def record(session: Session, evidence_id: int, action: CustodyAction, details: Mapping[str, Any] | None = None) -> CustodyRow:
    """Append a custody entry (viewed, exported, verified…) to an item's chain."""
    _load(session, evidence_id)
    return _custody_row(_append(session, evidence_id, action, details or {}))


# --- items ------------------------------------------------------------------------------------


def _load(session: Session, evidence_id: int) -> Evidence:
    item = session.get(Evidence, evidence_id)
    if item is None:
        raise NotFoundError(Phrase("evidence", "Evidence #{id} does not exist.", id=str(evidence_id)))
    return item


def _validate(session: Session, case_id: int, data: EvidenceInput) -> EvidenceInput:
    name = data.original_name.strip()
    if not name:
        raise ValidationError(Phrase("evidence", "Original name"), MUST_NOT_BE_EMPTY)
    check_moment(data.acquired, Phrase("evidence", "Acquired"))
    parties.check_in_case(session, case_id, data.from_party_id, Phrase("evidence", "Acquired from"))
    return EvidenceInput(**{**data.__dict__, "original_name": name, "tags": normalise_tags(data.tags)})


def _metadata(data: EvidenceInput) -> dict[str, Any]:
    return {
        "original_name": data.original_name,
        "original_path": data.original_path,
        "acquired": moment_state(data.acquired),
        "acquired_by": data.acquired_by,
        "method": data.method,
        "from_party_id": data.from_party_id,
        "exhibit": data.exhibit,
        "description": data.description,
        "tags": list(data.tags),
    }


def register(
    session: Session,
    case_id: int,
    *,
    sha256: str,
    size: int,
    media_type: str,
    data: EvidenceInput,
) -> Registered:
    """Record content stored in the vault as evidence of the case (custody: "acquired").

    The same content already in the case is the same item: the new acquisition is recorded in
    its custody (with its own metadata) and the item is returned unchanged.
    """
    if session.get(Case, case_id) is None:
        raise NotFoundError(case_not_found(case_id))
    data = _validate(session, case_id, data)
    existing = session.execute(
        select(Evidence).where(Evidence.case_id == case_id, Evidence.sha256 == sha256)
    ).scalar_one_or_none()
    if existing is not None:
        _append(session, existing.id, CustodyAction.ACQUIRED, {**_metadata(data), "again": True})
        return Registered(row=get(session, existing.id), new=False)
    item = Evidence(case_id=case_id, sha256=sha256, size=size, media_type=media_type)
    _apply(item, data)
    session.add(item)
    session.flush()
    _append(session, item.id, CustodyAction.ACQUIRED, {**_metadata(data), "sha256": sha256, "size": size})
    audit.record(session, action=AuditAction.CREATE, entity="evidence", entity_id=item.id, case_id=case_id,
                 summary=f"Evidence added: {data.original_name} (SHA-256 {sha256[:12]}…)",
                 after={**_metadata(data), "sha256": sha256, "size": size, "media_type": media_type})
    return Registered(row=get(session, item.id), new=True)


def _apply(item: Evidence, data: EvidenceInput) -> None:
    item.original_name = data.original_name
    item.original_path = data.original_path
    item.acquired_at = data.acquired.at if data.acquired else None
    item.acquired_precision = data.acquired.precision if data.acquired else Precision.EXACT.value
    item.acquired_offset = data.acquired.offset if data.acquired else None
    item.acquired_by = data.acquired_by
    item.method = data.method
    item.from_party_id = data.from_party_id
    item.exhibit = data.exhibit
    item.description = data.description
    item.tags = ",".join(data.tags)


def update(session: Session, evidence_id: int, data: EvidenceInput) -> EvidenceRow:
    """Correct an item's description, acquisition details or tags; the content never changes."""
    item = _load(session, evidence_id)
    data = _validate(session, item.case_id, data)
    before = _metadata(get(session, evidence_id).as_input())
    _apply(item, data)
    session.flush()
    old, new = audit.changes(before, _metadata(data))
    if new:
        _append(session, evidence_id, CustodyAction.EDITED, {"before": old, "after": new})
        audit.record(session, action=AuditAction.UPDATE, entity="evidence", entity_id=evidence_id,
                     case_id=item.case_id, summary=f"Evidence edited: {data.original_name} ({', '.join(new)})",
                     before=old, after=new)
    return get(session, evidence_id)


def withdraw(session: Session, evidence_id: int, *, reason: str) -> EvidenceRow:
    """Withdraw an item (it stays, with its record); a reason is required."""
    if not reason.strip():
        raise ValidationError(Phrase("evidence", "Reason"),
                              Phrase("evidence", "say why the item is withdrawn (the reason is kept in its custody)"))
    item = _load(session, evidence_id)
    if item.status == "withdrawn":
        raise ValidationError(Phrase("evidence", "Evidence"), Phrase("evidence", "{name} is already withdrawn", name=item.original_name))
    item.status = "withdrawn"
    _append(session, evidence_id, CustodyAction.WITHDRAWN, {"reason": reason.strip()})
    audit.record(session, action=AuditAction.UPDATE, entity="evidence", entity_id=evidence_id, case_id=item.case_id,
                 summary=f"Evidence withdrawn: {item.original_name}", before={"status": "active"},
                 after={"status": "withdrawn", "reason": reason.strip()})
    return get(session, evidence_id)


def transfer(session: Session, evidence_id: int, *, to: str, note: str = "") -> CustodyRow:
    """Record that the item (or a copy) was handed to someone: who, and any note (seal, medium)."""
    if not to.strip():
        raise ValidationError(Phrase("evidence", "Transferred to"), Phrase("evidence", "name the person or body that received it"))
    _load(session, evidence_id)
    return _custody_row(_append(session, evidence_id, CustodyAction.TRANSFERRED, {"to": to.strip(), "note": note.strip()}))


def _rows(session: Session, items: Sequence[Evidence]) -> list[EvidenceRow]:
    ids = [item.id for item in items]
    if not ids:
        return []
    acquisitions = dict(
        session.execute(
            select(CustodyEntry.evidence_id, func.count())
            .where(CustodyEntry.evidence_id.in_(ids), CustodyEntry.action == CustodyAction.ACQUIRED.value)
            .group_by(CustodyEntry.evidence_id)
        ).tuples().all()
    )
    links: dict[int, list[int]] = {}
    for evidence_id, event_id in session.execute(
        select(EvidenceLink.evidence_id, EvidenceLink.event_id).where(EvidenceLink.evidence_id.in_(ids))
        .order_by(EvidenceLink.event_id)
    ).tuples():
        links.setdefault(evidence_id, []).append(event_id)
    party_ids = {item.from_party_id for item in items if item.from_party_id}
    names = dict(
        session.execute(
            select(CaseParty.id, Organisation.name).join(Organisation, Organisation.id == CaseParty.organisation_id)
            .where(CaseParty.id.in_(party_ids))
        ).tuples().all()
    ) if party_ids else {}
    return [
        EvidenceRow(
            id=item.id, case_id=item.case_id, sha256=item.sha256, size=item.size, media_type=item.media_type,
            original_name=item.original_name, original_path=item.original_path,
            acquired=stored_moment(item.acquired_at, item.acquired_precision, item.acquired_offset),
            acquired_by=item.acquired_by, method=item.method, from_party_id=item.from_party_id,
            from_party_name=names.get(item.from_party_id or 0, ""), exhibit=item.exhibit,
            description=item.description, tags=tuple(t for t in item.tags.split(",") if t), status=item.status,
            added_at=item.created_at, acquisitions=acquisitions.get(item.id, 0), events=tuple(links.get(item.id, ())),
        )
        for item in items
    ]


def get(session: Session, evidence_id: int) -> EvidenceRow:
    return _rows(session, [_load(session, evidence_id)])[0]


def list_rows(session: Session, case_id: int, *, text: str = "", include_withdrawn: bool = True) -> list[EvidenceRow]:
    """A case's evidence in the order it was added (name, hash, exhibit, description filter)."""
    query = select(Evidence).where(Evidence.case_id == case_id).order_by(Evidence.id)
    if not include_withdrawn:
        query = query.where(Evidence.status == "active")
    if text.strip():
        pattern = f"%{text.strip().lower()}%"
        query = query.where(
            func.lower(Evidence.original_name).like(pattern) | func.lower(Evidence.description).like(pattern)
            | Evidence.sha256.like(pattern) | func.lower(Evidence.exhibit).like(pattern)
            | func.lower(Evidence.tags).like(pattern)
        )
    return _rows(session, list(session.scalars(query)))


def rows(session: Session, evidence_ids: Iterable[int]) -> list[EvidenceRow]:
    ids = list(evidence_ids)
    items = {item.id: item for item in session.scalars(select(Evidence).where(Evidence.id.in_(ids)))}
    return _rows(session, [items[i] for i in ids if i in items])


# --- links to timeline events -----------------------------------------------------------------


def link(session: Session, evidence_id: int, event_id: int) -> None:
    item = _load(session, evidence_id)
    event = session.get(TimelineEvent, event_id)
    if event is None or event.case_id != item.case_id:
        raise ValidationError(Phrase("evidence", "Event"), Phrase("evidence", "is not an event of the same case"))
    if session.get(EvidenceLink, (evidence_id, event_id)) is not None:
        return
    session.add(EvidenceLink(evidence_id=evidence_id, event_id=event_id))
    session.flush()
    audit.record(session, action=AuditAction.CREATE, entity="evidence_link", entity_id=evidence_id,
                 case_id=item.case_id, summary=f"Evidence {item.original_name} linked to event “{event.title}”",
                 after={"evidence": evidence_id, "event": event_id})


def unlink(session: Session, evidence_id: int, event_id: int) -> None:
    found = session.get(EvidenceLink, (evidence_id, event_id))
    if found is None:
        return
    item = _load(session, evidence_id)
    session.delete(found)
    session.flush()
    audit.record(session, action=AuditAction.DELETE, entity="evidence_link", entity_id=evidence_id,
                 case_id=item.case_id, summary=f"Evidence {item.original_name} unlinked from event #{event_id}",
                 before={"evidence": evidence_id, "event": event_id})


def for_event(session: Session, event_id: int) -> list[EvidenceRow]:
    """The evidence supporting one timeline event."""
    ids = session.scalars(select(EvidenceLink.evidence_id).where(EvidenceLink.event_id == event_id)).all()
    return rows(session, sorted(ids))


# --- verification -----------------------------------------------------------------------------


def expected_objects(session: Session, case_id: int | None = None) -> dict[str, int]:
    """Every vault object the workspace (or one case) relies on: SHA-256 → size."""
    query = select(Evidence.sha256, Evidence.size)
    if case_id is not None:
        query = query.where(Evidence.case_id == case_id)
    return dict(session.execute(query).tuples().all())


def record_verification(session: Session, sha256: str, *, ok: bool, detail: str, case_id: int | None = None) -> int:
    """Log a verification of one object in the custody of every item holding it; return how many."""
    query = select(Evidence.id).where(Evidence.sha256 == sha256)
    if case_id is not None:
        query = query.where(Evidence.case_id == case_id)
    ids = session.scalars(query).all()
    action = CustodyAction.VERIFIED_OK if ok else CustodyAction.VERIFIED_FAILED
    for evidence_id in ids:
        _append(session, evidence_id, action, {"sha256": sha256, "detail": detail})
    return len(ids)


# --- import of a case document ----------------------------------------------------------------


@dataclass(frozen=True)
class RecordedCustody:
    """A custody entry as another workspace recorded it (from a case document)."""

    at: dt.datetime
    actor: str
    action: CustodyAction
    details: Mapping[str, Any]


def restore(
    session: Session,
    case_id: int,
    *,
    sha256: str,
    size: int,
    media_type: str,
    data: EvidenceInput,
    status: str,
    custody: Sequence[RecordedCustody],
) -> EvidenceRow:
    """Recreate an item exported from another workspace, with its custody exactly as recorded.

    The entries are appended in order, with their original time and actor, and chained anew
    (the hashes cover this workspace's ids). One audit entry says the item was imported.
    """
    if session.get(Case, case_id) is None:
        raise NotFoundError(case_not_found(case_id))
    data = _validate(session, case_id, data)
    item = Evidence(case_id=case_id, sha256=sha256, size=size, media_type=media_type)
    _apply(item, data)
    item.status = status
    session.add(item)
    session.flush()
    for entry in custody:
        _append(session, item.id, entry.action, entry.details, at=entry.at, actor=entry.actor)
    audit.record(session, action=AuditAction.CREATE, entity="evidence", entity_id=item.id, case_id=case_id,
                 summary=f"Evidence imported: {data.original_name} (SHA-256 {sha256[:12]}…, "
                         f"{len(custody)} custody entr{'y' if len(custody) == 1 else 'ies'})",
                 after={**_metadata(data), "sha256": sha256, "size": size, "media_type": media_type, "status": status})
    return get(session, item.id)
