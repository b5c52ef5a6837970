"""Obligations: the clocks of a case or of the whole workspace, and what people record about them.

Clocks are computed on every read (``deadlines``) from the parties and the ``obligation`` rows,
which hold only what people recorded: fulfilled (when, the recipient's reference, reasons for a
delay), not required (why), reopened. Every change is audited, with the clocks it moved.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from cnil_case.core import audit, periods
from cnil_case.core.cases import check_moment, moment_state, stored_moment
from cnil_case.core.deadlines import (
    DEFAULT_DUE_SOON,
    Clock,
    ClockState,
    ObligationKey,
    PartyFacts,
    Recorded,
    case_clocks,
    describe_due,
    describe_moment,
    urgency,
)
from cnil_case.core.errors import NotFoundError, ValidationError, case_not_found
from cnil_case.core.models import (
    AuditAction,
    Case,
    CaseParty,
    CaseStatus,
    Obligation,
    ObligationStatus,
    Organisation,
    PartyLink,
)
from cnil_case.core.phrases import Duration, Phrase
from cnil_case.core.regimes import DUTY_BY_CODE
from cnil_case.core.snapshots import Moment

_FULFILLED_AT = Phrase("obligations", "Fulfilled at")  # a field name

def _facts(party: CaseParty, name: str, serves: frozenset[int] = frozenset()) -> PartyFacts:
    return PartyFacts(
        id=party.id,
        name=name,
        role=party.role,
        regimes=tuple(r for r in party.regimes.split(",") if r),
        aware=stored_moment(party.aware_at, party.aware_precision, party.aware_offset),
        classified=stored_moment(party.classified_at, party.classified_precision, party.classified_offset),
        notice_hours=party.notice_hours,
        subject_target_hours=party.subject_target_hours,
        holiday_calendar=party.holiday_calendar,
        serves=serves,
    )


def links(session: Session, party_ids: list[int]) -> dict[int, frozenset[int]]:
    """For each party, the parties it serves (processor → controllers); absent: none recorded."""
    found: dict[int, set[int]] = {}
    query = select(PartyLink.party_id, PartyLink.serves_party_id).where(PartyLink.party_id.in_(party_ids))
    for party_id, serves in session.execute(query).tuples():
        found.setdefault(party_id, set()).add(serves)
    return {party_id: frozenset(served) for party_id, served in found.items()}


def _parties_query(case_ids: list[int]) -> Select[tuple[CaseParty, str]]:
    return (
        select(CaseParty, Organisation.name)
        .join(Organisation, Organisation.id == CaseParty.organisation_id)
        .where(CaseParty.case_id.in_(case_ids))
        .order_by(CaseParty.case_id, CaseParty.id)
    )


def party_facts(session: Session, case_id: int) -> list[PartyFacts]:
    rows = session.execute(_parties_query([case_id])).tuples().all()
    served = links(session, [party.id for party, _ in rows])
    return [_facts(party, name, served.get(party.id, frozenset())) for party, name in rows]


def _key(row: Obligation) -> ObligationKey:
    return ObligationKey(row.party_id, row.duty, row.recipient_party_id)


def _recorded(row: Obligation) -> Recorded:
    return Recorded(
        status=row.status,
        fulfilled=stored_moment(row.fulfilled_at, "exact", row.fulfilled_offset),
        reference=row.reference,
        reasons_for_delay=row.reasons_for_delay,
        not_required_reason=row.not_required_reason,
        notes=row.notes,
    )


def recorded_for_case(session: Session, case_id: int) -> dict[ObligationKey, Recorded]:
    rows = session.scalars(select(Obligation).where(Obligation.case_id == case_id))
    return {_key(row): _recorded(row) for row in rows}


def _clocks(
    session: Session, cases: list[Case], *, now: dt.datetime, due_soon: dt.timedelta
) -> list[Clock]:
    """The clocks of several cases, read in two queries whatever their number (the dashboard)."""
    ids = [case.id for case in cases]
    facts: dict[int, list[PartyFacts]] = {case_id: [] for case_id in ids}
    rows = session.execute(_parties_query(ids)).tuples().all()
    served = links(session, [party.id for party, _ in rows])
    for party, name in rows:
        facts[party.case_id].append(_facts(party, name, served.get(party.id, frozenset())))
    recorded: dict[int, dict[ObligationKey, Recorded]] = {case_id: {} for case_id in ids}
    for row in session.scalars(select(Obligation).where(Obligation.case_id.in_(ids))):
        recorded[row.case_id][_key(row)] = _recorded(row)
    return [
        clock
        for case in cases
        for clock in case_clocks(
            facts[case.id],
            recorded[case.id],
            case_id=case.id,
            case_reference=case.reference,
            zone=case.display_zone,
            now=now,
            due_soon=due_soon,
        )
    ]


def for_case(
    session: Session, case_id: int, *, now: dt.datetime, due_soon: dt.timedelta = DEFAULT_DUE_SOON
) -> list[Clock]:
    """Every obligation of the case's parties, in party order then regime-table order."""
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError(case_not_found(case_id))
    return _clocks(session, [case], now=now, due_soon=due_soon)


def across_cases(
    session: Session,
    *,
    now: dt.datetime,
    due_soon: dt.timedelta = DEFAULT_DUE_SOON,
    include_closed: bool = False,
) -> list[Clock]:
    """The dashboard: every obligation of every (open) case, most urgent first."""
    query = select(Case).order_by(Case.id)
    if not include_closed:
        query = query.where(Case.status == CaseStatus.OPEN.value)
    clocks = _clocks(session, list(session.scalars(query)), now=now, due_soon=due_soon)
    return sorted(clocks, key=lambda clock: urgency(clock, now))


def find_clock(session: Session, key: ObligationKey, *, now: dt.datetime) -> Clock:
    party = session.get(CaseParty, key.party_id)
    if party is None:
        raise NotFoundError(Phrase("obligations", "Party #{id} does not exist (it may have been removed).", id=str(key.party_id)))
    for clock in for_case(session, party.case_id, now=now):
        if clock.key == key:
            return clock
    duty = DUTY_BY_CODE.get(key.duty)
    what = duty.article if duty else repr(key.duty)
    raise ValidationError(Phrase("obligations", "Obligation"), Phrase(
        "obligations", "{what} does not bind this party (check its role and regimes)", what=what))


def _row(session: Session, key: ObligationKey, case_id: int) -> Obligation:
    row = session.execute(
        select(Obligation).where(
            Obligation.party_id == key.party_id,
            Obligation.duty == key.duty,
            Obligation.recipient_party_id == key.recipient_party_id,
        )
    ).scalar_one_or_none()
    if row is None:
        row = Obligation(
            case_id=case_id, party_id=key.party_id, duty=key.duty, recipient_party_id=key.recipient_party_id,
            status=ObligationStatus.OPEN.value,
        )
        session.add(row)
    return row


def _state(recorded: Recorded) -> dict[str, Any]:
    return {
        "status": recorded.status,
        "fulfilled": moment_state(recorded.fulfilled),
        "reference": recorded.reference,
        "reasons_for_delay": recorded.reasons_for_delay,
        "not_required_reason": recorded.not_required_reason,
        "notes": recorded.notes,
    }


def label(clock: Clock) -> str:
    return f"{clock.duty.article} {clock.debtor} → {clock.recipient}"


def due_by_label(clocks: list[Clock]) -> dict[str, str | None]:
    return {label(c): c.due.isoformat() if c.due else None for c in clocks}


def moved(before: dict[str, str | None], after: dict[str, str | None]) -> dict[str, list[str | None]]:
    """The clocks whose deadline changed: label → [old due, new due] (UTC ISO)."""
    return {name: [before.get(name), due] for name, due in after.items() if before.get(name) != due}


def _save(
    session: Session, clock: Clock, recorded: Recorded, summary: str, *, now: dt.datetime
) -> Clock:
    case_id = clock.case_id
    before_clocks = due_by_label(for_case(session, case_id, now=now))
    row = _row(session, clock.key, case_id)
    row.status = recorded.status
    row.fulfilled_at = recorded.fulfilled.at if recorded.fulfilled else None
    row.fulfilled_offset = recorded.fulfilled.offset if recorded.fulfilled else None
    row.reference = recorded.reference
    row.reasons_for_delay = recorded.reasons_for_delay
    row.not_required_reason = recorded.not_required_reason
    row.notes = recorded.notes
    row.decided_by = None  # a person's record, not a risk decision's
    session.flush()
    after = find_clock(session, clock.key, now=now)
    changed = moved(before_clocks, due_by_label(for_case(session, case_id, now=now)))
    old, new = audit.changes(_state(clock.recorded), _state(recorded))
    audit.record(
        session,
        action=AuditAction.UPDATE if clock.recorded != Recorded() else AuditAction.CREATE,
        entity="obligation",
        entity_id=row.id,
        case_id=case_id,
        summary=summary,
        before=old,
        after={**new, **({"clocks_moved": changed} if changed else {})},
    )
    return after


def fulfil(
    session: Session,
    key: ObligationKey,
    *,
    fulfilled: Moment,
    reference: str = "",
    reasons_for_delay: str = "",
    notes: str = "",
    now: dt.datetime,
) -> Clock:
    """Record that a duty was fulfilled (the notification sent, the report filed).

    Raises:
        ValidationError: the moment is before the clock started, the clock has not started,
            or the duty is fulfilled late and no reasons for the delay are given (Art. 33(1)).
    """
    check_moment(fulfilled, _FULFILLED_AT)
    clock = find_clock(session, key, now=now)
    if clock.start is None and clock.duty.previous is not None:
        before = DUTY_BY_CODE[clock.duty.previous]
        raise ValidationError(_FULFILLED_AT, Phrase("obligations", "record the {report} ({article}) first",
                                                    report=before.report, article=before.article))
    if clock.start is not None and fulfilled.at < clock.start:
        raise ValidationError(_FULFILLED_AT, Phrase("obligations", "is before the clock started ({start})",
                                                    start=describe_moment(clock.start, clock.zone)))
    if fulfilled.at > now + dt.timedelta(minutes=5):
        raise ValidationError(_FULFILLED_AT, Phrase("obligations", "is in the future"))
    if clock.due is not None and fulfilled.at > clock.due and not reasons_for_delay.strip():
        raise ValidationError(Phrase("obligations", "Reasons for delay"), Phrase(
            "obligations", "required: this is late by {late} (deadline {due}); GDPR Art. 33(1): a "
            "notification made after 72 hours \"shall be accompanied by reasons for the delay\"",
            late=Duration(fulfilled.at - clock.due), due=describe_due(clock),
        ))
    recorded = Recorded(
        status=ObligationStatus.FULFILLED.value,
        fulfilled=fulfilled,
        reference=reference.strip(),
        reasons_for_delay=reasons_for_delay.strip() if clock.due is not None and fulfilled.at > clock.due else "",
        notes=notes,
    )
    return _save(session, clock, recorded, f"{label(clock)}: fulfilled", now=now)


def mark_not_required(session: Session, key: ObligationKey, *, justification: str, now: dt.datetime) -> Clock:
    """Record that a duty does not apply (e.g. Art. 33(1): unlikely to result in a risk)."""
    if not justification.strip():
        raise ValidationError(Phrase("obligations", "Justification"),
                              Phrase("obligations", "say why this obligation is not required (it is kept in the record)"))
    clock = find_clock(session, key, now=now)
    recorded = Recorded(
        status=ObligationStatus.NOT_REQUIRED.value,
        not_required_reason=justification.strip(),
        notes=clock.recorded.notes,
    )
    return _save(session, clock, recorded, f"{label(clock)}: not required", now=now)


def reopen(session: Session, key: ObligationKey, *, now: dt.datetime) -> Clock:
    clock = find_clock(session, key, now=now)
    if clock.recorded.status == ObligationStatus.OPEN.value:
        return clock
    recorded = Recorded(notes=clock.recorded.notes)
    return _save(session, clock, recorded, f"{label(clock)}: reopened", now=now)


def open_count(clocks: list[Clock]) -> dict[ClockState, int]:
    counts: dict[ClockState, int] = {}
    for clock in clocks:
        counts[clock.state] = counts.get(clock.state, 0) + 1
    return counts


def check_calendar(code: str | None) -> str | None:
    """Validate a holiday-calendar code for a party (None or "" = national)."""
    if not code:
        return None
    return periods.calendar(code).subdiv


def annotate(session: Session, key: ObligationKey, *, notes: str, now: dt.datetime) -> Clock:
    """Record notes on an obligation, keeping everything else that was recorded about it.

    ``fulfil`` takes notes and ``mark_not_required`` / ``reopen`` keep them, but an open or
    not-required obligation can only get its notes here (the case-document import needs it).
    """
    clock = find_clock(session, key, now=now)
    if clock.recorded.notes == notes:
        return clock
    recorded = Recorded(**{**clock.recorded.__dict__, "notes": notes})
    return _save(session, clock, recorded, f"{label(clock)}: notes edited", now=now)


# --- what a risk-assessment decision switches on and off --------------------------------------

_SWITCHED = ("gdpr_33_1", "gdpr_33_4", "gdpr_34")


def apply_decision(
    session: Session,
    case_id: int,
    *,
    assessment_id: int,
    level: str,
    exemption: str,
    explanation: str,
    now: dt.datetime,
) -> list[str]:
    """Switch the controllers' Art. 33 / 34 duties to match a risk decision; return what changed.

    "unlikely": Art. 33(1) and 33(4) not required (Art. 33(5) documentation still applies);
    "risk": Art. 34 not required (not a high risk); "high": Art. 34 required unless Art. 34(3)(a)
    or (b) applies ((c) keeps it, as a public communication). Duties people already fulfilled are
    never touched; duties a previous decision switched off are switched back on when the new
    decision requires them. Each change is audited.
    """
    off: dict[str, str] = {}
    if level == "unlikely":
        off = {code: f"unlikely to result in a risk (Art. 33(1)). {explanation}" for code in _SWITCHED}
    elif level == "risk":
        off = {"gdpr_34": f"not a high risk (Art. 34(1)). {explanation}"}
    elif exemption in ("a", "b"):
        off = {"gdpr_34": f"Art. 34(3)({exemption}) applies. {explanation}"}
    changes: list[str] = []
    for clock in for_case(session, case_id, now=now):
        if clock.duty.code not in _SWITCHED or clock.recorded.status == ObligationStatus.FULFILLED.value:
            continue
        reason = off.get(clock.duty.code)
        if reason is None and clock.recorded.status == ObligationStatus.OPEN.value:
            continue  # already required, and never stored as switched off
        row = _row(session, clock.key, case_id)
        session.flush()
        if reason is not None:
            if row.status == ObligationStatus.NOT_REQUIRED.value and row.decided_by is None:
                continue  # a person marked it not required: their reason stands
            text = f"Risk assessment #{assessment_id}: {reason}".strip()
            if row.status == ObligationStatus.NOT_REQUIRED.value and row.not_required_reason == text:
                continue
            before = _state(_recorded(row))
            row.status, row.not_required_reason, row.decided_by = ObligationStatus.NOT_REQUIRED.value, text, assessment_id
            summary = f"{label(clock)}: not required (risk assessment #{assessment_id})"
        elif row.decided_by is not None:
            before = _state(_recorded(row))
            row.status, row.not_required_reason, row.decided_by = ObligationStatus.OPEN.value, "", None
            summary = f"{label(clock)}: required again (risk assessment #{assessment_id})"
        else:
            continue
        session.flush()
        old, new = audit.changes(before, _state(_recorded(row)))
        audit.record(session, action=AuditAction.UPDATE, entity="obligation", entity_id=row.id, case_id=case_id,
                     summary=summary, before=old, after=new)
        changes.append(summary)
    return changes


def decided_keys(session: Session, case_id: int) -> set[ObligationKey]:
    """The obligations a risk-assessment decision marked not required (not a person).

    Their "not required" is the decision's: it follows from the assessment, so a case document
    records the assessment, not these records.
    """
    rows = session.scalars(
        select(Obligation).where(
            Obligation.case_id == case_id,
            Obligation.decided_by.is_not(None),
            Obligation.status == ObligationStatus.NOT_REQUIRED.value,
        )
    )
    return {_key(row) for row in rows}
