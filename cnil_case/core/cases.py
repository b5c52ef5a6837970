"""Cases: create, edit, close, reopen, delete, list. Every change is audited.

Services take the caller's session first, never commit, and return snapshots.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from cnil_case.core import audit, errors, team, times
from cnil_case.core.errors import NotFoundError, ValidationError
from cnil_case.core.models import (
    AuditAction,
    Case,
    CaseParty,
    CaseStatus,
    OriginIntent,
    OriginSource,
    Precision,
    Protection,
    TimelineEvent,
)
from cnil_case.core.phrases import Phrase
from cnil_case.core.snapshots import CaseDetail, CaseInput, CaseRow, Moment

NATURES = ("confidentiality", "integrity", "availability")
REFERENCE = Phrase("cases", "Reference")  # a field name: errors name it, forms find it by its English


def moment_state(moment: Moment | None) -> dict[str, Any] | None:
    if moment is None:
        return None
    return {"at": moment.at.astimezone(dt.UTC).isoformat(), "precision": moment.precision}


def check_moment(moment: Moment | None, field: str) -> None:
    if moment is None:
        return
    if moment.at.tzinfo is None:
        raise ValueError(f"{field}: naive datetime")  # a bug: forms always resolve the zone
    if moment.precision not in Precision.values():
        raise ValidationError(field, Phrase("cases", "precision {precision!r} is not one of {choices}",
                                            precision=moment.precision, choices=", ".join(Precision.values())))


def _validate(data: CaseInput) -> CaseInput:
    reference = data.reference.strip()
    title = data.title.strip()
    if not reference:
        raise ValidationError(REFERENCE, errors.MUST_NOT_BE_EMPTY)
    if len(reference) > 60:
        raise ValidationError(REFERENCE, Phrase("cases", "must be at most {n} characters", n=60))
    if not title:
        raise ValidationError(Phrase("cases", "Title"), errors.MUST_NOT_BE_EMPTY)
    if len(title) > 300:
        raise ValidationError(Phrase("cases", "Title"), Phrase("cases", "must be at most {n} characters", n=300))
    unknown = set(data.nature) - set(NATURES)
    if unknown:
        raise ValidationError(Phrase("cases", "Breach nature"), Phrase("cases", "unknown type {nature!r}; use {choices}",
                                                                         nature=sorted(unknown)[0], choices=", ".join(NATURES)))
    if data.origin_intent not in OriginIntent.values():
        raise ValidationError(Phrase("cases", "Origin"), errors.not_one_of(data.origin_intent, OriginIntent.values()))
    if data.origin_source not in OriginSource.values():
        raise ValidationError(Phrase("cases", "Origin"), errors.not_one_of(data.origin_source, OriginSource.values()))
    times.zone(data.display_zone, Phrase("cases", "Display time zone"))
    if data.protection not in Protection.values():
        raise ValidationError(Phrase("cases", "Protection"), errors.not_one_of(data.protection, Protection.values()))
    if data.protection == Protection.NONE.value and data.key_compromised is not None:
        raise ValidationError(Phrase("cases", "Key compromised"),
                              Phrase("cases", "applies only to encrypted, pseudonymised or hashed data"))
    check_moment(data.breach_start, Phrase("cases", "Start of breach"))
    check_moment(data.breach_end, Phrase("cases", "End of breach"))
    check_moment(data.discovered, Phrase("cases", "Discovery"))
    if data.breach_start and data.breach_end and data.breach_end.at < data.breach_start.at:
        raise ValidationError(Phrase("cases", "End of breach"), Phrase("cases", "is before the start of the breach"))
    return CaseInput(**{**data.__dict__, "reference": reference, "title": title})


def _check_unique_reference(session: Session, reference: str, exclude_id: int | None) -> None:
    query = select(Case.id).where(Case.reference == reference)
    if exclude_id is not None:
        query = query.where(Case.id != exclude_id)
    if session.execute(query).first() is not None:
        raise ValidationError(REFERENCE, Phrase("cases", "{reference!r} is already used by another case", reference=reference))


def stored_moment(at: dt.datetime | None, precision: str, offset: int | None) -> Moment | None:
    """A Moment from its three columns (instant in UTC, precision, offset the source gave)."""
    return None if at is None else Moment(at=at.astimezone(dt.UTC), precision=precision, offset=offset)


def _apply(case: Case, data: CaseInput) -> None:
    case.reference = data.reference
    case.title = data.title
    case.summary = data.summary
    case.nature_confidentiality = "confidentiality" in data.nature
    case.nature_integrity = "integrity" in data.nature
    case.nature_availability = "availability" in data.nature
    case.origin_intent = data.origin_intent
    case.origin_source = data.origin_source
    case.vector = data.vector
    case.data_description = data.data_description
    case.persons_description = data.persons_description
    for name, moment in (
        ("breach_start", data.breach_start),
        ("breach_end", data.breach_end),
        ("discovered", data.discovered),
    ):
        column = "discovered_at" if name == "discovered" else name
        setattr(case, column, moment.at if moment else None)
        setattr(case, f"{name}_precision", moment.precision if moment else Precision.EXACT.value)
        setattr(case, f"{name}_offset", moment.offset if moment else None)
    case.display_zone = data.display_zone
    case.protection = data.protection
    case.key_compromised = data.key_compromised
    case.protection_note = data.protection_note
    case.public_summary = data.public_summary


def detail(case: Case) -> CaseDetail:
    return CaseDetail(
        id=case.id,
        reference=case.reference,
        title=case.title,
        status=case.status,
        summary=case.summary,
        nature=frozenset(
            n
            for n, on in zip(
                NATURES,
                (case.nature_confidentiality, case.nature_integrity, case.nature_availability),
                strict=True,
            )
            if on
        ),
        origin_intent=case.origin_intent,
        origin_source=case.origin_source,
        vector=case.vector,
        data_description=case.data_description,
        persons_description=case.persons_description,
        breach_start=stored_moment(case.breach_start, case.breach_start_precision, case.breach_start_offset),
        breach_end=stored_moment(case.breach_end, case.breach_end_precision, case.breach_end_offset),
        discovered=stored_moment(case.discovered_at, case.discovered_precision, case.discovered_offset),
        display_zone=case.display_zone,
        created_at=case.created_at,
        updated_at=case.updated_at,
        closed_at=case.closed_at,
        protection=case.protection,
        key_compromised=case.key_compromised,
        protection_note=case.protection_note,
        public_summary=case.public_summary,
        version=case.version,
    )


def state(value: CaseDetail) -> dict[str, Any]:
    """The audited fields of a case, as JSON-ready values."""
    return {
        "reference": value.reference,
        "title": value.title,
        "status": value.status,
        "summary": value.summary,
        "nature": sorted(value.nature),
        "origin_intent": value.origin_intent,
        "origin_source": value.origin_source,
        "vector": value.vector,
        "data_description": value.data_description,
        "persons_description": value.persons_description,
        "breach_start": moment_state(value.breach_start),
        "breach_end": moment_state(value.breach_end),
        "discovered": moment_state(value.discovered),
        "display_zone": value.display_zone,
        "protection": value.protection,
        "key_compromised": value.key_compromised,
        "protection_note": value.protection_note,
        "public_summary": value.public_summary,
    }


def _load(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError(errors.case_not_found(case_id))
    return case


def create(session: Session, data: CaseInput) -> CaseDetail:
    data = _validate(data)
    _check_unique_reference(session, data.reference, None)
    case = Case(status=CaseStatus.OPEN.value)
    _apply(case, data)
    session.add(case)
    session.flush()
    created = detail(case)
    audit.record(
        session,
        action=AuditAction.CREATE,
        entity="case",
        entity_id=case.id,
        case_id=case.id,
        summary=f"Case {case.reference} created",
        after=state(created),
    )
    return created


def update(session: Session, case_id: int, data: CaseInput, *, expected_version: int | None = None) -> CaseDetail:
    """Save a case's fields.

    Args:
        expected_version: the ``CaseDetail.version`` the form showed; None skips the check.

    Raises:
        ConflictError: someone saved the case since that version was read.
    """
    data = _validate(data)
    case = _load(session, case_id)
    what = f"Case {case.reference}"
    team.check_version(session, current=case.version, expected=expected_version, what=what,
                       entity="case", entity_id=case_id)
    _check_unique_reference(session, data.reference, case_id)
    before = state(detail(case))
    _apply(case, data)
    team.flush(session, what=what)
    after = detail(case)
    old, new = audit.changes(before, state(after))
    if new:
        audit.record(
            session,
            action=AuditAction.UPDATE,
            entity="case",
            entity_id=case.id,
            case_id=case.id,
            summary=f"Case {case.reference} edited ({', '.join(new)})",
            before=old,
            after=new,
        )
    return after


def _set_status(session: Session, case_id: int, status: CaseStatus) -> CaseDetail:
    case = _load(session, case_id)
    if case.status == status.value:
        return detail(case)
    before = {"status": case.status}
    case.status = status.value
    case.closed_at = times.utcnow() if status is CaseStatus.CLOSED else None
    session.flush()
    verb = "closed" if status is CaseStatus.CLOSED else "reopened"
    audit.record(
        session,
        action=AuditAction.UPDATE,
        entity="case",
        entity_id=case.id,
        case_id=case.id,
        summary=f"Case {case.reference} {verb}",
        before=before,
        after={"status": status.value},
    )
    return detail(case)


def close(session: Session, case_id: int) -> CaseDetail:
    return _set_status(session, case_id, CaseStatus.CLOSED)


def reopen(session: Session, case_id: int) -> CaseDetail:
    return _set_status(session, case_id, CaseStatus.OPEN)


def delete(session: Session, case_id: int) -> None:
    """Delete a case with its parties and events; the audit entry (and the log) survive it."""
    case = _load(session, case_id)
    snapshot = state(detail(case))
    events = session.execute(
        select(func.count()).select_from(TimelineEvent).where(TimelineEvent.case_id == case_id)
    ).scalar_one()
    parties = session.execute(
        select(func.count()).select_from(CaseParty).where(CaseParty.case_id == case_id)
    ).scalar_one()
    session.delete(case)
    session.flush()
    audit.record(
        session,
        action=AuditAction.DELETE,
        entity="case",
        entity_id=case_id,
        case_id=case_id,
        summary=f"Case {snapshot['reference']} deleted with {parties} parties and {events} events",
        before={**snapshot, "parties": parties, "events": events},
    )


def get(session: Session, case_id: int) -> CaseDetail:
    return detail(_load(session, case_id))


def find(session: Session, reference_or_id: str) -> int:
    """The id of the case named by its reference, or by its numeric id.

    A reference wins over an id: a case whose reference is "12" is found as "12".
    """
    key = reference_or_id.strip()
    found = session.execute(select(Case.id).where(Case.reference == key)).scalar_one_or_none()
    if found is not None:
        return found
    number = key.lstrip("#")
    # ASCII digits that fit a database integer: "²" passes isdigit() but not int(), and a
    # 20-digit number overflows SQLite's 64-bit integers.
    if number.isascii() and number.isdigit() and len(number) <= 18:
        found = session.execute(select(Case.id).where(Case.id == int(number))).scalar_one_or_none()
        if found is not None:
            return found
    raise NotFoundError(Phrase("cases", "No case has the reference or id {key!r} in this workspace.", key=key))


def list_rows(session: Session, *, text: str = "", include_closed: bool = True) -> list[CaseRow]:
    """Every case (a workspace holds tens or hundreds), newest first, with party and event counts."""
    party_count = (
        select(func.count()).where(CaseParty.case_id == Case.id).correlate(Case).scalar_subquery()
    )
    event_count = (
        select(func.count()).where(TimelineEvent.case_id == Case.id).correlate(Case).scalar_subquery()
    )
    query = select(Case, party_count, event_count).order_by(Case.created_at.desc(), Case.id.desc())
    if text.strip():
        pattern = f"%{text.strip().lower()}%"
        query = query.where(or_(func.lower(Case.reference).like(pattern), func.lower(Case.title).like(pattern)))
    if not include_closed:
        query = query.where(Case.status == CaseStatus.OPEN.value)
    return [
        CaseRow(
            id=case.id,
            reference=case.reference,
            title=case.title,
            status=case.status,
            display_zone=case.display_zone,
            created_at=case.created_at,
            updated_at=case.updated_at,
            party_count=parties,
            event_count=events,
        )
        for case, parties, events in session.execute(query)
    ]


def next_reference(session: Session, today: dt.date | None = None) -> str:
    """A suggested reference for a new case: ``BRE-YYYY-NNN``, the next free number this year."""
    year = (today or dt.date.today()).year
    prefix = f"BRE-{year}-"
    used = session.scalars(select(Case.reference).where(Case.reference.like(f"{prefix}%"))).all()
    numbers = [int(r[len(prefix):]) for r in used if r[len(prefix):].isascii() and r[len(prefix):].isdigit()]
    return f"{prefix}{(max(numbers) + 1) if numbers else 1:03d}"
