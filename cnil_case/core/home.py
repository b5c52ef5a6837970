"""What the home page lists across cases: requests whose answer is late or due soon, and the latest activity.

The clocks of the open cases come from ``obligations.across_cases`` (the deadlines dashboard's
read); this module adds the two other sections of the home, one query each, as frozen snapshots.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.expression import Exists

from cnil_case.core import correspondence, times
from cnil_case.core.models import (
    AuditEntry,
    Case,
    CaseParty,
    CaseStatus,
    Correspondence,
    CorrespondenceKind,
    Organisation,
)
from cnil_case.core.snapshots import AuditRow

# What the home shows of the audit log: the morning's "what happened since yesterday".
ACTIVITY_LIMIT = 20
# Late requests are few (a handful per investigation); the cap only keeps the page bounded.
REQUEST_LIMIT = 50


@dataclass(frozen=True)
class PendingRequest:
    """A request to a party whose answer is late, or due within the due-soon threshold.

    ``late_by`` is ``now - due``: positive once the time limit has passed, negative while time is left.
    """

    id: int
    case_id: int
    case_reference: str
    case_title: str
    zone: str
    kind: str
    subject: str
    recipient: str
    sent: dt.datetime
    due: dt.datetime
    late_by: dt.timedelta
    partly_answered: bool

    @property
    def overdue(self) -> bool:
        return self.late_by >= dt.timedelta(0)


@dataclass(frozen=True)
class Activity:
    """One audit entry, and the case it belongs to (reference and title empty if none or deleted)."""

    entry: AuditRow
    case_reference: str
    case_title: str
    zone: str

    @property
    def case_id(self) -> int | None:
        """The case to open for this entry; None if it has none or it was deleted."""
        return self.entry.case_id if self.case_reference else None


def pending_requests(session: Session, *, now: dt.datetime, due_soon: dt.timedelta,
                     limit: int = REQUEST_LIMIT) -> list[PendingRequest]:
    """Requests of open cases without a full answer whose time limit has passed or ends within ``due_soon``.

    Most late first, then the ones due soonest. SQL keeps only the candidates (a request with a
    time limit, not closed, no full answer to it nor, for a reminder, to the request it recalls,
    sent before ``now + due_soon`` since a time limit never ends before the sending); the due time
    itself is counted in Python under Reg. 1182/71 with the recipient's holidays
    (``correspondence.due``), so the final order and the cap are applied to those few rows.
    """
    horizon = now + due_soon
    answer = aliased(Correspondence)

    def full_answer_to(target: Any) -> Exists:
        return exists().where(answer.parent_id == target, answer.kind == CorrespondenceKind.ANSWER.value,
                              answer.completeness == "full")

    any_answer = exists().where(answer.parent_id == Correspondence.id, answer.kind == CorrespondenceKind.ANSWER.value)
    query = (
        select(Correspondence, Case.reference, Case.title, Case.display_zone, Organisation.name,
               CaseParty.holiday_calendar, any_answer)
        .join(Case, Case.id == Correspondence.case_id)
        .outerjoin(CaseParty, CaseParty.id == Correspondence.recipient_party_id)
        .outerjoin(Organisation, Organisation.id == CaseParty.organisation_id)
        .where(
            Case.status == CaseStatus.OPEN.value,
            Correspondence.kind.in_(sorted(correspondence.REQUESTS)),
            Correspondence.closed.is_(False),
            or_(Correspondence.limit_date.is_not(None),
                and_(Correspondence.limit_amount.is_not(None), Correspondence.limit_unit.is_not(None))),
            Correspondence.sent_at <= horizon,
            ~full_answer_to(Correspondence.id),
            # A full answer to the request also answers its reminders (correspondence._rows).
            or_(Correspondence.parent_id.is_(None), ~full_answer_to(Correspondence.parent_id)),
        )
        .order_by(Correspondence.sent_at, Correspondence.id)
    )
    found: list[PendingRequest] = []
    for item, reference, title, zone, recipient, calendar, answered in session.execute(query).tuples():
        due_at = correspondence.due(item.sent_at, amount=item.limit_amount, unit=item.limit_unit,
                                    date=item.limit_date, zone=zone, holiday_calendar=calendar)
        if due_at is None or due_at > horizon:
            continue
        found.append(PendingRequest(
            id=item.id, case_id=item.case_id, case_reference=reference, case_title=title, zone=zone,
            kind=item.kind, subject=item.subject, recipient=recipient or "", sent=item.sent_at, due=due_at,
            late_by=now - due_at, partly_answered=bool(answered),
        ))
    found.sort(key=lambda request: (-request.late_by, request.case_reference, request.id))
    return found[:limit]


def recent_activity(session: Session, *, limit: int = ACTIVITY_LIMIT) -> list[Activity]:
    """The newest audit entries of the whole workspace, newest first, with their case's reference."""
    query = (
        select(AuditEntry, Case.reference, Case.title, Case.display_zone)
        .outerjoin(Case, Case.id == AuditEntry.case_id)
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    )
    return [
        Activity(
            entry=AuditRow(
                id=entry.id, at=entry.at, actor=entry.actor, action=entry.action, entity=entry.entity,
                entity_id=entry.entity_id, case_id=entry.case_id, summary=entry.summary,
                before=json.loads(entry.before) if entry.before else None,
                after=json.loads(entry.after) if entry.after else None,
            ),
            case_reference=reference or "", case_title=title or "", zone=zone or times.DEFAULT_ZONE,
        )
        for entry, reference, title, zone in session.execute(query).tuples()
    ]
