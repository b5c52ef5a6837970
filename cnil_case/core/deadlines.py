"""Regulatory clocks: from the regime table, the parties and what was recorded, every deadline.

Pure functions: they take plain values (``PartyFacts``, ``Recorded``) and ``now`` as a parameter,
and return ``Clock`` snapshots with their state and a step-by-step explanation that cites the
rules. Nothing computed is stored: change an awareness time and every dependent clock moves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from cnil_case.core import periods, times
from cnil_case.core.models import ObligationStatus, Precision, StrEnum
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
    minutes = abs(int(delta.total_seconds())) // 60
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return f"{days} d {hours:02d} h {minutes:02d} min"
    if hours:
        return f"{hours} h {minutes:02d} min"
    return f"{minutes} min"


def describe_moment(moment: dt.datetime, zone: str) -> str:
    local = moment.astimezone(times.zone(zone))
    return f"{local:%a %Y-%m-%d %H:%M} ({times.format_offset(local)})"


def describe_due(clock: Clock) -> str:
    """The deadline as a person reads it: "end of Mon 2024-03-04" or a local time with offset."""
    if clock.due is None:
        return "no fixed deadline"
    if clock.end_of_day:
        last_day = (clock.due.astimezone(times.zone(clock.zone)) - dt.timedelta(seconds=1)).date()
        return f"end of {last_day:%a %Y-%m-%d}"
    return describe_moment(clock.due, clock.zone)


_PRECISION_SPAN = {Precision.DAY.value: dt.timedelta(days=1), Precision.HOUR.value: dt.timedelta(hours=1)}

_PRECISION_NOTE = {
    Precision.DAY.value: "known to the day only: counted from the start of that day, the prudent reading",
    Precision.HOUR.value: "known to the hour only: counted from the start of that hour, the prudent reading",
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
            return previous.fulfilled, f"{before.report} ({before.article}) sent"
        return None, f"starts when the {before.report} ({before.article}) is sent"
    if duty.start == "classification" and party.classified is not None:
        return party.classified, f"classification of the incident as major by {party.name}"
    if party.aware is not None:
        return party.aware, f"awareness of {party.name}"
    if informed_by_processor is not None and duty.start == "awareness":
        # EDPB 9/2022 [M]: the controller is in principle aware once its processor has informed it.
        return informed_by_processor, (
            f"{party.name} informed by its processor (Art. 33(2) notice recorded; EDPB 9/2022: the "
            "controller is in principle aware once the processor has informed it)"
        )
    if duty.start == "classification":
        return None, f"starts when {party.name} classifies the incident as major, or becomes aware of it"
    return None, f"starts when {party.name} becomes aware (awareness not recorded)"


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
    lines = [f"{duty.article}: {party.name} owes the {duty.report} (to: {recipient_label}). {duty.basis}"]
    start_moment, basis = _start(duty, party, previous, informed_by_processor)
    start = start_moment.at if start_moment else None
    due: dt.datetime | None = None
    outer: dt.datetime | None = None
    end_of_day = False

    if previous is not None and previous.status == ObligationStatus.NOT_REQUIRED.value and start is None:
        before = DUTY_BY_CODE[duty.previous or ""]
        lines.append(f"The {before.report} was marked not required, so this step is not due.")
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
        lines.append(f"Clock not started: {basis}.")
    else:
        lines.append(f"Clock start: {basis}, {describe_moment(start, zone)}.")
        note = _PRECISION_NOTE.get(start_moment.precision)
        if note:
            lines.append(f"That moment is {note}.")
        if amount is None:
            lines.append("The law sets no period (\"without undue delay\"): the time elapsed is shown instead.")
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
                lines.append(
                    f"Known to the {start_moment.precision} only, the outer limit counts from the latest moment "
                    f"it allows ({describe_moment(latest, zone)}): {describe_moment(outer, zone)}, "
                    "in place of the strict reading above."
                )
            if duty.amount_setting == "notice_hours":
                lines.append(f"{amount} h is the contractual notice period recorded for {party.name}.")
            elif duty.amount_setting == "subject_target_hours":
                lines.append(f"{amount} h is the internal target the DPO set for informing the data subjects.")
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
        return due, outer, "Awareness not recorded: only the limit from the classification applies."
    cap = periods.hours_after(party.aware.at, hours, zone=zone)
    if party.classified is None:
        return cap.due, cap.outer, (
            f"Classification not recorded: at the latest {hours} h after awareness "
            f"({describe_moment(party.aware.at, zone)}), i.e. {describe_moment(cap.due, zone)}."
        )
    if due is None or cap.due < due:
        return cap.due, cap.outer, (
            f"The limit of {hours} h from awareness ({describe_moment(party.aware.at, zone)}) comes first: "
            f"{describe_moment(cap.due, zone)}."
        )
    return due, outer, f"The limit of {hours} h from awareness ends later ({describe_moment(cap.due, zone)})."


def _state_line(clock: Clock, now: dt.datetime) -> str:
    recorded = clock.recorded
    due = describe_due(clock)
    if clock.state is ClockState.WAITING:
        return "Waiting: the clock has not started."
    if clock.state is ClockState.NOT_REQUIRED:
        reason = recorded.not_required_reason.strip()
        return "Not required" + (f": {reason}" if reason else ".")
    if recorded.status == ObligationStatus.FULFILLED.value and recorded.fulfilled is not None:
        sent = describe_moment(recorded.fulfilled.at, clock.zone)
        ref = f", reference {recorded.reference}" if recorded.reference.strip() else ""
        if clock.due is None:
            return f"Fulfilled {sent}{ref}."
        margin = clock.due - recorded.fulfilled.at
        if clock.state is ClockState.FULFILLED_LATE:
            return (
                f"Fulfilled {sent}{ref}: late by {format_duration(margin)}. Reasons for the delay: "
                f"{recorded.reasons_for_delay.strip() or '(none recorded)'}."
            )
        return f"Fulfilled {sent}{ref}, {format_duration(margin)} before the deadline ({due})."
    if clock.due is None:
        elapsed = clock.elapsed(now)
        return f"Open: {format_duration(elapsed)} elapsed since the clock started." if elapsed else "Open."
    remaining = clock.remaining(now)
    assert remaining is not None
    if clock.state is ClockState.OVERDUE:
        return f"Overdue by {format_duration(remaining)} (deadline {due})."
    return f"Due {due}: {format_duration(remaining)} left."


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
