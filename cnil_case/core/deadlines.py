"""Regulatory clocks: from the regime table, the parties and what was recorded, every deadline.

Pure functions: they take plain values (``PartyFacts``, ``Recorded``) and ``now`` as a parameter,
and return ``Clock`` snapshots with their state and a step-by-step explanation that cites the
rules. Nothing computed is stored: change an awareness time and every dependent clock moves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from cnil_case.core import periods
from cnil_case.core.models import ObligationStatus, Precision, StrEnum
from cnil_case.core.phrases import Duration, Phrase, When
from cnil_case.core.regimes import DUTY_BY_CODE, Duty, duties_for
from cnil_case.core.snapshots import Moment

DEFAULT_DUE_SOON = dt.timedelta(hours=12)


class ClockState(StrEnum):
    WAITING = "waiting"  # the clock has not started (its starting moment is not known yet)
    RUNNING = "running"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    FULFILLED_ON_TIME = "fulfilled_on_time"
    FULFILLED_LATE = "fulfilled_late"
    NOT_REQUIRED = "not_required"


OPEN_STATES = frozenset({ClockState.WAITING, ClockState.RUNNING, ClockState.DUE_SOON, ClockState.OVERDUE})


@dataclass(frozen=True)
class ObligationKey:
    """Identifies one obligation: a duty of a party (towards one recipient party, or 0)."""

    party_id: int
    duty: str
    recipient_party_id: int = 0


@dataclass(frozen=True)
class PartyFacts:
    """What the clocks need to know about a party."""

    id: int
    name: str
    role: str
    regimes: tuple[str, ...] = ("gdpr",)
    aware: Moment | None = None
    classified: Moment | None = None
    notice_hours: int = 24
    subject_target_hours: int | None = None
    holiday_calendar: str | None = None
    serves: frozenset[int] = frozenset()  # empty: every party of the recipient roles

    def notifies(self, duty: Duty, other: PartyFacts) -> bool:
        """Whether this party owes ``duty`` to ``other`` (Art. 33(2): to the controllers it serves)."""
        return other.role in duty.recipient_roles and (not self.serves or other.id in self.serves)


@dataclass(frozen=True)
class Recorded:
    """What people recorded about an obligation (an ``Obligation`` row, or nothing yet)."""

    status: str = ObligationStatus.OPEN.value
    fulfilled: Moment | None = None
    reference: str = ""
    reasons_for_delay: str = ""
    not_required_reason: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Clock:
    key: ObligationKey
    case_id: int
    case_reference: str
    zone: str
    duty: Duty
    debtor: str
    debtor_role: str
    recipient: str
    start: dt.datetime | None
    start_basis: str
    due: dt.datetime | None
    outer: dt.datetime | None
    end_of_day: bool
    state: ClockState
    recorded: Recorded
    explanation: tuple[str, ...] = field(default=())

    def remaining(self, now: dt.datetime) -> dt.timedelta | None:
        """Time left before the deadline (negative once overdue); None without a deadline."""
        return None if self.due is None else self.due - now

    def elapsed(self, now: dt.datetime) -> dt.timedelta | None:
        return None if self.start is None else now - self.start

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES


def format_duration(delta: dt.timedelta) -> str:
    """``3 d 04 h 05 min`` (sign dropped: callers say "left" or "overdue by")."""
    return str(Duration(delta))


def describe_moment(moment: dt.datetime, zone: str) -> Phrase:
    """``Mon 2024-03-04 10:00 (UTC+01:00)`` in English; the window writes it in its language."""
    return Phrase("deadlines", "{when}", when=When(moment, zone))


def describe_due(clock: Clock) -> Phrase:
    """The deadline as a person reads it: "end of Mon 2024-03-04" or a local time with offset."""
    if clock.due is None:
        return Phrase("deadlines", "no fixed deadline")
    if clock.end_of_day:
        # The last instant of the last day, shown as that day.
        return Phrase("deadlines", "end of {day}", day=When(clock.due - dt.timedelta(seconds=1), clock.zone, "day"))
    return describe_moment(clock.due, clock.zone)


_PRECISION_SPAN = {Precision.DAY.value: dt.timedelta(days=1), Precision.HOUR.value: dt.timedelta(hours=1)}

_PRECISION_NOTE = {
    Precision.DAY.value: Phrase("deadlines", "That moment is known to the day only: counted from the start of that day, the prudent reading."),
    Precision.HOUR.value: Phrase("deadlines", "That moment is known to the hour only: counted from the start of that hour, the prudent reading."),
}


def _start(
    duty: Duty,
    party: PartyFacts,
    previous: Recorded | None,
    informed_by_processor: Moment | None,
) -> tuple[Moment | None, str]:
    """The moment the clock starts, and how it was found (or why it has not started)."""
    if duty.previous is not None:
        before = DUTY_BY_CODE[duty.previous]
        if previous is not None and previous.status == ObligationStatus.FULFILLED.value and previous.fulfilled:
            return previous.fulfilled, Phrase("deadlines", "{report} ({article}) sent",
                                              report=before.report, article=before.article)
        return None, Phrase("deadlines", "starts when the {report} ({article}) is sent",
                            report=before.report, article=before.article)
    if duty.start == "classification" and party.classified is not None:
        return party.classified, Phrase("deadlines", "classification of the incident as major by {party}",
                                        party=party.name)
    if party.aware is not None:
        return party.aware, Phrase("deadlines", "awareness of {party}", party=party.name)
    if informed_by_processor is not None and duty.start == "awareness":
        # EDPB 9/2022 [M]: the controller is in principle aware once its processor has informed it.
        return informed_by_processor, Phrase(
            "deadlines", "{party} informed by its processor (Art. 33(2) notice recorded; EDPB 9/2022: the "
            "controller is in principle aware once the processor has informed it)", party=party.name)
    if duty.start == "classification":
        return None, Phrase("deadlines", "starts when {party} classifies the incident as major, or becomes aware of it",
                            party=party.name)
    return None, Phrase("deadlines", "starts when {party} becomes aware (awareness not recorded)", party=party.name)


def _state(due: dt.datetime | None, recorded: Recorded, now: dt.datetime, due_soon: dt.timedelta) -> ClockState:
    if recorded.status == ObligationStatus.NOT_REQUIRED.value:
        return ClockState.NOT_REQUIRED
    if recorded.status == ObligationStatus.FULFILLED.value:
        assert recorded.fulfilled is not None
        if due is not None and recorded.fulfilled.at > due:
            return ClockState.FULFILLED_LATE
        return ClockState.FULFILLED_ON_TIME
    if due is None:
        return ClockState.RUNNING
    if now >= due:
        return ClockState.OVERDUE
    if due - now <= due_soon:
        return ClockState.DUE_SOON
    return ClockState.RUNNING


def compute(
    duty: Duty,
    party: PartyFacts,
    *,
    case_id: int,
    case_reference: str,
    zone: str,
    now: dt.datetime,
    recipient: PartyFacts | None = None,
    recorded: Recorded | None = None,
    previous: Recorded | None = None,
    informed_by_processor: Moment | None = None,
    due_soon: dt.timedelta = DEFAULT_DUE_SOON,
) -> Clock:
    """One clock: its start, deadline, state and explanation."""
    recorded = recorded or Recorded()
    key = ObligationKey(party.id, duty.code, recipient.id if recipient else 0)
    recipient_label = recipient.name if recipient else duty.recipient
    lines: list[str] = [Phrase("deadlines", "{article}: {party} owes the {report} (to: {recipient}). {basis}",
                               article=duty.article, party=party.name, report=duty.report,
                               recipient=recipient_label, basis=duty.basis)]
    start_moment, basis = _start(duty, party, previous, informed_by_processor)
    start = start_moment.at if start_moment else None
    due: dt.datetime | None = None
    outer: dt.datetime | None = None
    end_of_day = False

    if previous is not None and previous.status == ObligationStatus.NOT_REQUIRED.value and start is None:
        before = DUTY_BY_CODE[duty.previous or ""]
        lines.append(Phrase("deadlines", "The {report} was marked not required, so this step is not due.",
                            report=before.report))
        return Clock(
            key, case_id, case_reference, zone, duty, party.name, party.role, recipient_label, None,
            basis, None, None, False,
            ClockState.NOT_REQUIRED if recorded.status == ObligationStatus.OPEN.value else _state(None, recorded, now, due_soon),
            recorded, tuple(lines),
        )

    amount = duty.amount
    if duty.amount_setting is not None:
        amount = getattr(party, duty.amount_setting)
    if start_moment is None or start is None:
        lines.append(Phrase("deadlines", "Clock not started: {basis}.", basis=basis))
    else:
        lines.append(Phrase("deadlines", "Clock start: {basis}, {when}.", basis=basis, when=describe_moment(start, zone)))
        note = _PRECISION_NOTE.get(start_moment.precision)
        if note:
            lines.append(note)
        if amount is None:
            lines.append(Phrase("deadlines",
                                "The law sets no period (\"without undue delay\"): the time elapsed is shown instead."))
        else:
            end = periods.period_end(
                start, amount, duty.unit, zone=zone, calendar=periods.calendar(party.holiday_calendar)
            )
            due, outer, end_of_day = end.due, end.outer, end.end_of_day
            lines.extend(end.steps)
            span = _PRECISION_SPAN.get(start_moment.precision)
            if span is not None and outer is not None:
                # The strict reading is the outer limit: count it from the latest moment the
                # known day (or hour) allows, not from its start.
                latest = start + span - dt.timedelta(seconds=1)
                outer = periods.hours_after(latest, amount, zone=zone).outer
                assert outer is not None
                known_to = (Phrase("deadlines", "Known to the day only") if start_moment.precision == Precision.DAY.value
                            else Phrase("deadlines", "Known to the hour only"))
                lines.append(Phrase(
                    "deadlines",
                    "{known_to}, the outer limit counts from the latest moment it allows ({latest}): {outer}, "
                    "in place of the strict reading above.",
                    known_to=known_to, latest=describe_moment(latest, zone), outer=describe_moment(outer, zone),
                ))
            if duty.amount_setting == "notice_hours":
                lines.append(Phrase("deadlines", "{hours} h is the contractual notice period recorded for {party}.",
                                    hours=amount, party=party.name))
            elif duty.amount_setting == "subject_target_hours":
                lines.append(Phrase("deadlines",
                                    "{hours} h is the internal target the DPO set for informing the data subjects.",
                                    hours=amount))
        if duty.cap_hours_from_awareness is not None:
            due, outer, cap_line = _apply_cap(duty, party, start_moment, due, outer, zone)
            if cap_line:
                lines.append(cap_line)
    if start is None and recorded.status == ObligationStatus.OPEN.value:
        state = ClockState.WAITING
    else:
        state = _state(due, recorded, now, due_soon)
    clock = Clock(
        key, case_id, case_reference, zone, duty, party.name, party.role, recipient_label, start, basis,
        due, outer, end_of_day, state, recorded, (),
    )
    lines.append(_state_line(clock, now))
    return Clock(**{**clock.__dict__, "explanation": tuple(lines)})


def _apply_cap(
    duty: Duty,
    party: PartyFacts,
    start: Moment,
    due: dt.datetime | None,
    outer: dt.datetime | None,
    zone: str,
) -> tuple[dt.datetime | None, dt.datetime | None, str]:
    """DORA: also no later than N hours from awareness; the earlier limit applies."""
    hours = duty.cap_hours_from_awareness
    assert hours is not None
    if party.aware is None:
        return due, outer, Phrase("deadlines", "Awareness not recorded: only the limit from the classification applies.")
    cap = periods.hours_after(party.aware.at, hours, zone=zone)
    aware, capped = describe_moment(party.aware.at, zone), describe_moment(cap.due, zone)
    if party.classified is None:
        return cap.due, cap.outer, Phrase(
            "deadlines", "Classification not recorded: at the latest {hours} h after awareness ({aware}), i.e. {due}.",
            hours=hours, aware=aware, due=capped)
    if due is None or cap.due < due:
        return cap.due, cap.outer, Phrase(
            "deadlines", "The limit of {hours} h from awareness ({aware}) comes first: {due}.",
            hours=hours, aware=aware, due=capped)
    return due, outer, Phrase("deadlines", "The limit of {hours} h from awareness ends later ({due}).",
                              hours=hours, due=capped)


def _state_line(clock: Clock, now: dt.datetime) -> Phrase:
    recorded = clock.recorded
    due = describe_due(clock)
    if clock.state is ClockState.WAITING:
        return Phrase("deadlines", "Waiting: the clock has not started.")
    if clock.state is ClockState.NOT_REQUIRED:
        reason = recorded.not_required_reason.strip()
        return Phrase("deadlines", "Not required: {reason}", reason=reason) if reason \
            else Phrase("deadlines", "Not required.")
    if recorded.status == ObligationStatus.FULFILLED.value and recorded.fulfilled is not None:
        sent = describe_moment(recorded.fulfilled.at, clock.zone)
        ref = Phrase("deadlines", ", reference {reference}", reference=recorded.reference) \
            if recorded.reference.strip() else ""
        if clock.due is None:
            return Phrase("deadlines", "Fulfilled {sent}{ref}.", sent=sent, ref=ref)
        margin = Duration(clock.due - recorded.fulfilled.at)
        if clock.state is ClockState.FULFILLED_LATE:
            reasons = recorded.reasons_for_delay.strip() or Phrase("deadlines", "(none recorded)")
            return Phrase("deadlines", "Fulfilled {sent}{ref}: late by {late}. Reasons for the delay: {reasons}.",
                          sent=sent, ref=ref, late=margin, reasons=reasons)
        return Phrase("deadlines", "Fulfilled {sent}{ref}, {margin} before the deadline ({due}).",
                      sent=sent, ref=ref, margin=margin, due=due)
    if clock.due is None:
        elapsed = clock.elapsed(now)
        return Phrase("deadlines", "Open: {elapsed} elapsed since the clock started.", elapsed=Duration(elapsed)) \
            if elapsed else Phrase("deadlines", "Open.")
    remaining = clock.remaining(now)
    assert remaining is not None
    if clock.state is ClockState.OVERDUE:
        return Phrase("deadlines", "Overdue by {late} (deadline {due}).", late=Duration(remaining), due=due)
    return Phrase("deadlines", "Due {due}: {left} left.", due=due, left=Duration(remaining))


def urgency(clock: Clock, now: dt.datetime) -> tuple[int, float, str, str]:
    """Sort key, most urgent first: overdue, then due soonest, then open without deadline…"""
    rank = {
        ClockState.OVERDUE: 0,
        ClockState.DUE_SOON: 1,
        ClockState.RUNNING: 2,
        ClockState.WAITING: 3,
        ClockState.FULFILLED_LATE: 4,
        ClockState.FULFILLED_ON_TIME: 5,
        ClockState.NOT_REQUIRED: 6,
    }[clock.state]
    remaining = clock.remaining(now)
    seconds = remaining.total_seconds() if remaining is not None else float("inf")
    return rank, seconds, clock.case_reference, clock.duty.code


def case_clocks(
    parties: Iterable[PartyFacts],
    recorded: Mapping[ObligationKey, Recorded],
    *,
    case_id: int,
    case_reference: str,
    zone: str,
    now: dt.datetime,
    due_soon: dt.timedelta = DEFAULT_DUE_SOON,
) -> list[Clock]:
    """Every obligation of every party of a case, in party order, then regime-table order."""
    parties = list(parties)
    informed: dict[int, Moment] = {}
    for party in parties:
        for duty in duties_for(party.regimes, party.role):
            if not duty.recipient_roles:
                continue
            for informed_party in parties:
                if not party.notifies(duty, informed_party):
                    continue
                done = recorded.get(ObligationKey(party.id, duty.code, informed_party.id))
                if done and done.status == ObligationStatus.FULFILLED.value and done.fulfilled:
                    earliest = informed.get(informed_party.id)
                    if earliest is None or done.fulfilled.at < earliest.at:
                        informed[informed_party.id] = done.fulfilled
    clocks: list[Clock] = []
    for party in parties:
        for duty in duties_for(party.regimes, party.role):
            recipients: list[PartyFacts | None] = (
                [p for p in parties if party.notifies(duty, p)] if duty.recipient_roles else [None]
            )
            for recipient in recipients:
                key = ObligationKey(party.id, duty.code, recipient.id if recipient else 0)
                previous = (
                    recorded.get(ObligationKey(party.id, duty.previous, key.recipient_party_id))
                    if duty.previous
                    else None
                )
                clocks.append(
                    compute(
                        duty, party, case_id=case_id, case_reference=case_reference, zone=zone, now=now,
                        recipient=recipient, recorded=recorded.get(key), previous=previous,
                        informed_by_processor=informed.get(party.id), due_soon=due_soon,
                    )
                )
    return clocks
