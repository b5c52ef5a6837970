"""Correspondence of a case: requests to the parties, their time limits, the answers, reminders.

A request's time limit is counted like any legal period (``periods``: Reg. 1182/71, the
recipient's holiday calendar, "15 days" ending on a working day) or given as a date (the end of
that day in the case's zone). Its state is computed from its answers and ``now``: awaiting an
answer, answered, partly answered, overdue, closed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cnil_case.core import audit, parties, periods, team, timeline, times
from cnil_case.core.cases import check_moment, moment_state, stored_moment
from cnil_case.core.errors import (
    MUST_NOT_BE_EMPTY,
    NotFoundError,
    ValidationError,
    case_not_found,
    not_one_of,
)
from cnil_case.core.models import (
    AuditAction,
    Case,
    CaseParty,
    CaseStatus,
    Correspondence,
    CorrespondenceEvidence,
    CorrespondenceKind,
    Evidence,
    Organisation,
    TimelineEvent,
)
from cnil_case.core.phrases import Phrase
from cnil_case.core.snapshots import EventInput, Moment

UNITS = ("days", "weeks", "months")
REQUESTS = frozenset({
    CorrespondenceKind.QUESTIONNAIRE.value, CorrespondenceKind.DOCUMENT_REQUEST.value,
    CorrespondenceKind.ONSITE_NOTICE.value, CorrespondenceKind.FORMAL_NOTICE.value, CorrespondenceKind.REMINDER.value,
})


class State:
    AWAITING = "awaiting_answer"
    ANSWERED = "answered"
    PARTLY_ANSWERED = "partly_answered"
    OVERDUE = "overdue"
    CLOSED = "closed"
    NONE = ""  # not a request, or a request without a time limit that nobody answered yet


@dataclass(frozen=True)
class CorrespondenceInput:
    kind: str
    subject: str
    sent: Moment
    sender_party_id: int | None = None
    recipient_party_id: int | None = None
    summary: str = ""
    parent_id: int | None = None  # an answer or a reminder hangs under its request
    limit_amount: int | None = None
    limit_unit: str | None = None
    limit_date: dt.date | None = None
    completeness: str = ""  # answers: "full" or "partial"
    reference: str = ""
    closed: bool = False
    evidence_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class CorrespondenceRow:
    id: int
    case_id: int
    case_reference: str
    parent_id: int | None
    kind: str
    subject: str
    summary: str
    sent: Moment
    sender_party_id: int | None
    sender: str
    recipient_party_id: int | None
    recipient: str
    recipient_organisation_id: int | None
    limit_amount: int | None
    limit_unit: str | None
    limit_date: dt.date | None
    completeness: str
    reference: str
    closed: bool
    evidence_ids: tuple[int, ...]
    due: dt.datetime | None
    state: str
    answered_at: dt.datetime | None
    delay: dt.timedelta | None  # from sending to the (first full) answer, or to now when unanswered
    version: int = 0  # optimistic locking: hand it back on save

    def as_input(self) -> CorrespondenceInput:
        return CorrespondenceInput(
            kind=self.kind, subject=self.subject, sent=self.sent, sender_party_id=self.sender_party_id,
            recipient_party_id=self.recipient_party_id, summary=self.summary, parent_id=self.parent_id,
            limit_amount=self.limit_amount, limit_unit=self.limit_unit, limit_date=self.limit_date,
            completeness=self.completeness, reference=self.reference, closed=self.closed,
            evidence_ids=self.evidence_ids,
        )


def due(sent: dt.datetime, *, amount: int | None, unit: str | None, date: dt.date | None, zone: str,
        holiday_calendar: str | None) -> dt.datetime | None:
    """When a time limit expires: a period under Reg. 1182/71, or the end of a given day."""
    if date is not None:
        return times.day_start(date + dt.timedelta(days=1), zone).astimezone(dt.UTC)
    if amount is None or unit is None:
        return None
    end = periods.period_end(sent, amount, periods.Unit(unit), zone=zone, calendar=periods.calendar(holiday_calendar))
    return end.due


def state(*, kind: str, closed: bool, due_at: dt.datetime | None, answers: Sequence[tuple[dt.datetime, str]],
          now: dt.datetime) -> str:
    """The state of a request from its answers ((time, completeness) pairs) at ``now``."""
    if closed:
        return State.CLOSED
    if kind not in REQUESTS:
        return State.NONE
    if any(completeness == "full" for _, completeness in answers):
        return State.ANSWERED
    if due_at is not None and now >= due_at:
        return State.OVERDUE
    if answers:
        return State.PARTLY_ANSWERED
    return State.AWAITING

# Field names, as the errors name them.
_SENT = Phrase("correspondence", "Sent")
_LIMIT = Phrase("correspondence", "Time limit")
_COMPLETENESS = Phrase("correspondence", "Completeness")
_IN_REPLY_TO = Phrase("correspondence", "In reply to")


def _not_found(item_id: int) -> Phrase:
    return Phrase("correspondence", "Correspondence #{id} does not exist.", id=str(item_id))


def _validate(session: Session, case_id: int, data: CorrespondenceInput) -> CorrespondenceInput:
    if data.kind not in CorrespondenceKind.values():
        raise ValidationError(Phrase("correspondence", "Kind"), not_one_of(data.kind, CorrespondenceKind.values()))
    subject = data.subject.strip()
    if not subject:
        raise ValidationError(Phrase("correspondence", "Subject"), MUST_NOT_BE_EMPTY)
    check_moment(data.sent, _SENT)
    parties.check_in_case(session, case_id, data.sender_party_id, Phrase("correspondence", "Sender"))
    parties.check_in_case(session, case_id, data.recipient_party_id, Phrase("correspondence", "Recipient"))
    if data.limit_amount is not None or data.limit_unit is not None:
        if data.limit_date is not None:
            raise ValidationError(_LIMIT, Phrase("correspondence", "give a number of days / weeks / months or a date, not both"))
        if data.limit_amount is None or data.limit_amount <= 0:
            raise ValidationError(_LIMIT, Phrase("correspondence", "must be a positive number"))
        if data.limit_unit not in UNITS:
            raise ValidationError(_LIMIT, Phrase("correspondence", "the unit must be one of {choices}", choices=", ".join(UNITS)))
    if data.limit_date is not None and data.limit_date < data.sent.at.date() - dt.timedelta(days=1):
        raise ValidationError(_LIMIT, Phrase("correspondence", "the date is before the sending"))
    if data.completeness not in ("", "full", "partial"):
        raise ValidationError(_COMPLETENESS, Phrase("correspondence", "must be full or partial"))
    if data.kind == CorrespondenceKind.ANSWER.value and not data.completeness:
        raise ValidationError(_COMPLETENESS, Phrase("correspondence", "say whether the answer is full or partial"))
    if data.parent_id is not None:
        parent = session.get(Correspondence, data.parent_id)
        if parent is None or parent.case_id != case_id:
            raise ValidationError(_IN_REPLY_TO, Phrase("correspondence", "is not correspondence of this case"))
        if data.kind == CorrespondenceKind.ANSWER.value and parent.kind not in REQUESTS:
            raise ValidationError(_IN_REPLY_TO, Phrase("correspondence", "an answer replies to a request"))
        if data.sent.at < parent.sent_at:
            raise ValidationError(_SENT, Phrase("correspondence", "is before the request it answers"))
    elif data.kind == CorrespondenceKind.ANSWER.value:
        raise ValidationError(_IN_REPLY_TO, Phrase("correspondence", "an answer must be attached to the request it answers"))
    for evidence_id in data.evidence_ids:
        item = session.get(Evidence, evidence_id)
        if item is None or item.case_id != case_id:
            raise ValidationError(Phrase("correspondence", "Attachments"),
                                  Phrase("correspondence", "evidence #{id} is not evidence of this case", id=str(evidence_id)))
    return CorrespondenceInput(**{**data.__dict__, "subject": subject, "evidence_ids": tuple(dict.fromkeys(data.evidence_ids))})


def _apply(session: Session, item: Correspondence, data: CorrespondenceInput) -> None:
    item.kind, item.subject, item.summary = data.kind, data.subject, data.summary
    item.sent_at, item.sent_precision, item.sent_offset = data.sent.at, data.sent.precision, data.sent.offset
    item.sender_party_id, item.recipient_party_id, item.parent_id = data.sender_party_id, data.recipient_party_id, data.parent_id
    item.limit_amount, item.limit_unit, item.limit_date = data.limit_amount, data.limit_unit, data.limit_date
    item.completeness, item.reference, item.closed = data.completeness, data.reference, data.closed


def _state_of(data: CorrespondenceInput) -> dict[str, Any]:
    return {**{k: v for k, v in data.__dict__.items() if k not in ("sent", "limit_date", "evidence_ids")},
            "sent": moment_state(data.sent), "limit_date": data.limit_date.isoformat() if data.limit_date else None,
            "evidence_ids": list(data.evidence_ids)}


def _attachments(session: Session, item_id: int, evidence_ids: Sequence[int]) -> None:
    for link in session.scalars(select(CorrespondenceEvidence).where(CorrespondenceEvidence.correspondence_id == item_id)):
        session.delete(link)
    session.flush()
    session.add_all(CorrespondenceEvidence(correspondence_id=item_id, evidence_id=e) for e in evidence_ids)


def add(session: Session, case_id: int, data: CorrespondenceInput, *, now: dt.datetime,
        timeline_event: bool = False) -> CorrespondenceRow:
    """Record a letter, request or answer; with ``timeline_event`` also a timeline event for it."""
    if session.get(Case, case_id) is None:
        raise NotFoundError(case_not_found(case_id))
    data = _validate(session, case_id, data)
    item = Correspondence(case_id=case_id)
    _apply(session, item, data)
    session.add(item)
    session.flush()
    _attachments(session, item.id, data.evidence_ids)
    session.flush()
    audit.record(session, action=AuditAction.CREATE, entity="correspondence", entity_id=item.id, case_id=case_id,
                 summary=f"Correspondence ({data.kind}): {data.subject}", after=_state_of(data))
    row = get(session, item.id, now=now)
    if timeline_event:
        timeline.add_event(session, case_id, event_for(row))
    return row


def event_for(row: CorrespondenceRow) -> EventInput:
    """The timeline event a sending or an answer gives (the user may edit it afterwards)."""
    who = f"{row.sender or '?'} → {row.recipient or '?'}"
    verb = "Answer" if row.kind == CorrespondenceKind.ANSWER.value else row.kind.replace("_", " ").capitalize()
    return EventInput(
        occurred=row.sent, title=f"{verb}: {row.subject}", details=row.summary,
        source=f"Correspondence #{row.id} ({who})" + (f", ref. {row.reference}" if row.reference else ""),
        category="investigation", actor_party_id=row.sender_party_id, tags=("correspondence",),
    )


def _load(session: Session, item_id: int, expected_version: int | None) -> Correspondence:
    item = session.get(Correspondence, item_id)
    if item is None:
        raise NotFoundError(_not_found(item_id))
    team.check_version(session, current=item.version, expected=expected_version,
                       what=f"Correspondence “{item.subject}”", entity="correspondence", entity_id=item_id)
    return item


def update(session: Session, item_id: int, data: CorrespondenceInput, *, now: dt.datetime,
           expected_version: int | None = None) -> CorrespondenceRow:
    """Save an item's fields and attachments.

    Raises:
        ConflictError: someone saved it since ``expected_version`` (``CorrespondenceRow.version``) was read.
    """
    item = _load(session, item_id, expected_version)
    data = _validate(session, item.case_id, data)
    if data.parent_id == item_id:
        raise ValidationError(_IN_REPLY_TO, Phrase("correspondence", "an item cannot answer itself"))
    before = _state_of(get(session, item_id, now=now).as_input())
    _apply(session, item, data)
    if _state_of(data) != before:
        # An UPDATE of the row even when only the attachments change, so that its version moves.
        item.updated_at = times.utcnow()
        session.flush()
    _attachments(session, item_id, data.evidence_ids)
    session.flush()
    old, new = audit.changes(before, _state_of(data))
    if new:
        audit.record(session, action=AuditAction.UPDATE, entity="correspondence", entity_id=item_id,
                     case_id=item.case_id, summary=f"Correspondence edited: {data.subject} ({', '.join(new)})",
                     before=old, after=new)
    return get(session, item_id, now=now)


def delete(session: Session, item_id: int, *, now: dt.datetime | None = None,
           expected_version: int | None = None) -> CorrespondenceRow:
    """Delete an item and the answers and reminders filed under it; return it as it was.

    Raises:
        ConflictError: someone saved it since ``expected_version`` was read.
    """
    item = _load(session, item_id, expected_version)
    row = get(session, item_id, now=now or times.utcnow())
    case_id, subject = item.case_id, item.subject
    session.delete(item)
    session.flush()
    audit.record(session, action=AuditAction.DELETE, entity="correspondence", entity_id=item_id, case_id=case_id,
                 summary=f"Correspondence deleted: {subject} (with its answers)", before={"subject": subject})
    return row


def replies(session: Session, item_id: int) -> int:
    """How many items are filed under this one (deleting it deletes them)."""
    return session.execute(
        select(func.count()).select_from(Correspondence).where(Correspondence.parent_id == item_id)).scalar_one()


def timeline_events(session: Session, item_id: int) -> int:
    """How many timeline events ``event_for`` wrote for this item (by their source) are still there."""
    return session.execute(
        select(func.count()).select_from(TimelineEvent).where(TimelineEvent.source.like(f"Correspondence #{item_id} (%"))
    ).scalar_one()


def _rows(session: Session, items: Sequence[Correspondence], now: dt.datetime) -> list[CorrespondenceRow]:
    if not items:
        return []
    case_ids = {i.case_id for i in items}
    cases = {c.id: c for c in session.scalars(select(Case).where(Case.id.in_(case_ids)))}
    parties: dict[int, tuple[str, int, str | None]] = {
        pid: (name, org_id, calendar)
        for pid, name, org_id, calendar in session.execute(
            select(CaseParty.id, Organisation.name, Organisation.id, CaseParty.holiday_calendar)
            .join(Organisation, Organisation.id == CaseParty.organisation_id)
            .where(CaseParty.case_id.in_(case_ids))
        ).tuples()
    }
    ids = [i.id for i in items]
    answers: dict[int, list[tuple[dt.datetime, str]]] = {}
    for parent_id, sent_at, completeness in session.execute(
        select(Correspondence.parent_id, Correspondence.sent_at, Correspondence.completeness)
        .where(Correspondence.parent_id.in_(ids), Correspondence.kind == CorrespondenceKind.ANSWER.value)
        .order_by(Correspondence.sent_at)
    ).tuples():
        answers.setdefault(parent_id or 0, []).append((sent_at, completeness))
    attached: dict[int, list[int]] = {}
    for cid, eid in session.execute(
        select(CorrespondenceEvidence.correspondence_id, CorrespondenceEvidence.evidence_id)
        .where(CorrespondenceEvidence.correspondence_id.in_(ids)).order_by(CorrespondenceEvidence.evidence_id)
    ).tuples():
        attached.setdefault(cid, []).append(eid)
    found = []
    for item in items:
        case = cases[item.case_id]
        recipient = parties.get(item.recipient_party_id or 0)
        due_at = due(item.sent_at, amount=item.limit_amount, unit=item.limit_unit, date=item.limit_date,
                     zone=case.display_zone, holiday_calendar=recipient[2] if recipient else None)
        replies = answers.get(item.id, [])
        if item.kind == CorrespondenceKind.REMINDER.value and item.parent_id is not None:
            # An answer to the request also answers its reminders (it usually hangs under the request).
            replies = sorted(replies + answers.get(item.parent_id, []) + _answers_of(session, item.parent_id, ids))
        full = [at for at, completeness in replies if completeness == "full"]
        answered_at = full[0] if full else (replies[0][0] if replies else None)
        current = state(kind=item.kind, closed=item.closed, due_at=due_at, answers=replies, now=now)
        delay = None
        if item.kind in REQUESTS:
            delay = (full[0] if full else now) - item.sent_at
        sent = stored_moment(item.sent_at, item.sent_precision, item.sent_offset)
        assert sent is not None
        found.append(CorrespondenceRow(
            id=item.id, case_id=item.case_id, case_reference=case.reference, parent_id=item.parent_id, kind=item.kind,
            subject=item.subject, summary=item.summary, sent=sent, sender_party_id=item.sender_party_id,
            sender=parties.get(item.sender_party_id or 0, ("", 0, None))[0], recipient_party_id=item.recipient_party_id,
            recipient=recipient[0] if recipient else "", recipient_organisation_id=recipient[1] if recipient else None,
            limit_amount=item.limit_amount, limit_unit=item.limit_unit, limit_date=item.limit_date,
            completeness=item.completeness, reference=item.reference, closed=item.closed,
            evidence_ids=tuple(attached.get(item.id, ())), due=due_at, state=current, answered_at=answered_at,
            delay=delay, version=item.version,
        ))
    return found


def _answers_of(session: Session, request_id: int, loaded: Sequence[int]) -> list[tuple[dt.datetime, str]]:
    """Answers to a request that the current batch did not load (its reminder was read alone)."""
    if request_id in loaded:
        return []
    rows = session.execute(
        select(Correspondence.sent_at, Correspondence.completeness)
        .where(Correspondence.parent_id == request_id, Correspondence.kind == CorrespondenceKind.ANSWER.value)
    ).tuples().all()
    return [(at, completeness) for at, completeness in rows]


def get(session: Session, item_id: int, *, now: dt.datetime) -> CorrespondenceRow:
    item = session.get(Correspondence, item_id)
    if item is None:
        raise NotFoundError(_not_found(item_id))
    return _rows(session, [item], now)[0]


def list_rows(session: Session, case_id: int, *, now: dt.datetime) -> list[CorrespondenceRow]:
    """A case's correspondence as a thread: each request followed by its answers and reminders."""
    items = list(session.scalars(select(Correspondence).where(Correspondence.case_id == case_id)
                                 .order_by(Correspondence.sent_at, Correspondence.id)))
    rows = _rows(session, items, now)
    children: dict[int | None, list[CorrespondenceRow]] = {}
    for row in rows:
        children.setdefault(row.parent_id, []).append(row)
    ordered: list[CorrespondenceRow] = []

    def walk(parent: int | None) -> None:
        for row in children.get(parent, []):
            ordered.append(row)
            walk(row.id)

    walk(None)
    return ordered


def depth(rows: Sequence[CorrespondenceRow], row: CorrespondenceRow) -> int:
    by_id = {r.id: r for r in rows}
    level, parent = 0, row.parent_id
    while parent is not None and parent in by_id:
        level, parent = level + 1, by_id[parent].parent_id
    return level


def for_organisation(session: Session, organisation_id: int, *, now: dt.datetime) -> list[CorrespondenceRow]:
    """Everything asked of, or answered by, one organisation across the workspace's cases."""
    party_ids = session.scalars(select(CaseParty.id).where(CaseParty.organisation_id == organisation_id)).all()
    if not party_ids:
        return []
    items = session.scalars(
        select(Correspondence)
        .where(Correspondence.recipient_party_id.in_(party_ids) | Correspondence.sender_party_id.in_(party_ids))
        .order_by(Correspondence.sent_at, Correspondence.id)
    ).all()
    return _rows(session, list(items), now)


def overdue(session: Session, *, now: dt.datetime, case_id: int | None = None) -> list[CorrespondenceRow]:
    """Requests past their time limit without a full answer (open cases only, unless one is named)."""
    query = select(Correspondence).where(Correspondence.kind.in_(sorted(REQUESTS)), Correspondence.closed.is_(False))
    if case_id is not None:
        query = query.where(Correspondence.case_id == case_id)
    else:
        query = query.join(Case, Case.id == Correspondence.case_id).where(Case.status == CaseStatus.OPEN.value)
    rows = _rows(session, list(session.scalars(query.order_by(Correspondence.sent_at))), now)
    return [row for row in rows if row.state == State.OVERDUE]


def draft_reminder(session: Session, request_id: int, *, now: dt.datetime, days: int = 8) -> CorrespondenceInput:
    """A reminder for an overdue request: same parties, a new time limit, the text ready to edit."""
    request = get(session, request_id, now=now)
    if request.kind not in REQUESTS:
        raise ValidationError(Phrase("correspondence", "Reminder"), Phrase("correspondence", "only a request can be reminded"))
    case_zone = session.get(Case, request.case_id)
    zone = case_zone.display_zone if case_zone else "Europe/Paris"
    sent_on = request.sent.at.astimezone(times.zone(zone)).date().isoformat()
    limit = (f"{request.limit_amount} {request.limit_unit}" if request.limit_amount else
             request.limit_date.isoformat() if request.limit_date else "no time limit")
    due_text = request.due.astimezone(times.zone(zone)).strftime("%Y-%m-%d %H:%M") if request.due else "—"
    summary = (
        f"Reminder of our {request.kind.replace('_', ' ')} of {sent_on} (“{request.subject}”"
        + (f", ref. {request.reference}" if request.reference else "")
        + f"), whose time limit ({limit}) expired on {due_text} without a complete answer. "
        f"Please answer within {days} days of this reminder."
    )
    return CorrespondenceInput(
        kind=CorrespondenceKind.REMINDER.value, subject=f"Reminder: {request.subject}",
        sent=Moment(now.astimezone(dt.UTC).replace(second=0, microsecond=0), "minute"),
        sender_party_id=request.sender_party_id, recipient_party_id=request.recipient_party_id, summary=summary,
        parent_id=request.id, limit_amount=days, limit_unit="days", reference=request.reference,
    )
