"""Regulatory clocks computed from the regime table (pure functions, tables from REFERENCE.md)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnil_case.core import deadlines
from cnil_case.core.deadlines import ClockState, ObligationKey, PartyFacts, Recorded
from cnil_case.core.regimes import DUTIES, DUTY_BY_CODE, duties_for
from cnil_case.core.snapshots import Moment
from tests.helpers.fixtures import paris

UTC = dt.UTC
ZONE = "Europe/Paris"
EARLY = dt.datetime(2024, 1, 1, tzinfo=UTC)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=UTC)


def clock(code: str, party: PartyFacts, *, now: dt.datetime = EARLY, **kwargs: object) -> deadlines.Clock:
    return deadlines.compute(
        DUTY_BY_CODE[code], party, case_id=1, case_reference="C", zone=ZONE, now=now, **kwargs  # type: ignore[arg-type]
    )


CONTROLLER = PartyFacts(id=1, name="Mutuelle", role="controller", aware=Moment(paris(2024, 2, 2, 14, 37)))


def test_regime_table_is_data_with_sources() -> None:
    assert len({d.code for d in DUTIES}) == len(DUTIES)
    assert all(d.basis and d.article for d in DUTIES)
    assert all(d.previous is None or d.previous in DUTY_BY_CODE for d in DUTIES)
    assert [d.code for d in duties_for(("gdpr",), "controller")] == ["gdpr_33_1", "gdpr_33_4", "gdpr_34"]
    assert [d.code for d in duties_for(("gdpr",), "processor")] == ["gdpr_33_2"]
    assert duties_for(("gdpr", "nis2"), "supervisory_authority") == []


@pytest.mark.parametrize(
    ("aware", "due", "outer"),
    [
        # REFERENCE.md §7.3 (1): weekend counts, no roll-over; strict reading from 15:00.
        (paris(2024, 2, 2, 14, 37), utc(2024, 2, 5, 13, 37), utc(2024, 2, 5, 14, 0)),
        # §7.3 (2): DST inside the period: 72 real hours end at 11:00 CEST, not 10:00.
        (paris(2024, 3, 29, 10, 0), utc(2024, 4, 1, 9, 0), utc(2024, 4, 1, 10, 0)),
        # Fall-back inside the period: Sat 26 Oct 10:00 CEST + 72 h = Tue 29 Oct 09:00 CET.
        (paris(2024, 10, 26, 10, 0), utc(2024, 10, 29, 8, 0), utc(2024, 10, 29, 9, 0)),
        # Across 1 May and 8 May: hours count, holidays or not.
        (paris(2024, 4, 30, 18, 0), utc(2024, 5, 3, 16, 0), utc(2024, 5, 3, 17, 0)),
    ],
)
def test_art_33_1_is_72_real_hours_from_awareness(aware: dt.datetime, due: dt.datetime, outer: dt.datetime) -> None:
    party = PartyFacts(id=1, name="Mutuelle", role="controller", aware=Moment(aware))
    result = clock("gdpr_33_1", party)
    assert (result.start, result.due, result.outer) == (aware, due, outer)
    assert result.state is ClockState.RUNNING
    assert any("Art. 33(1)" in line for line in result.explanation)


def test_dst_example_reads_11_00_on_the_paris_clock() -> None:
    party = PartyFacts(id=1, name="M", role="controller", aware=Moment(paris(2024, 3, 29, 10, 0)))
    result = clock("gdpr_33_1", party)
    assert deadlines.describe_due(result) == "Mon 2024-04-01 11:00 (UTC+02:00)"


@pytest.mark.parametrize(
    ("now", "state"),
    [
        (utc(2024, 2, 3), ClockState.RUNNING),
        (utc(2024, 2, 5, 1, 38), ClockState.DUE_SOON),  # 12 h before 13:37 UTC
        (utc(2024, 2, 5, 13, 36), ClockState.DUE_SOON),
        (utc(2024, 2, 5, 13, 37), ClockState.OVERDUE),
    ],
)
def test_open_states_follow_now(now: dt.datetime, state: ClockState) -> None:
    assert clock("gdpr_33_1", CONTROLLER, now=now).state is state


@pytest.mark.parametrize(
    ("sent", "state"),
    [(utc(2024, 2, 5, 13, 37), ClockState.FULFILLED_ON_TIME), (utc(2024, 2, 5, 13, 38), ClockState.FULFILLED_LATE)],
)
def test_fulfilled_on_time_or_late(sent: dt.datetime, state: ClockState) -> None:
    recorded = Recorded(status="fulfilled", fulfilled=Moment(sent, "minute"), reference="CNIL-123", reasons_for_delay="x")
    result = clock("gdpr_33_1", CONTROLLER, now=utc(2024, 3, 1), recorded=recorded)
    assert result.state is state
    assert "CNIL-123" in result.explanation[-1]


def test_unknown_awareness_waits() -> None:
    party = PartyFacts(id=1, name="Aésio", role="controller")
    result = clock("gdpr_33_1", party)
    assert result.state is ClockState.WAITING and result.due is None
    assert "becomes aware" in result.explanation[-2]


def test_day_precision_awareness_counts_from_the_start_of_the_day() -> None:
    party = PartyFacts(id=1, name="Viamedis", role="processor", aware=Moment(paris(2024, 2, 1), "day"))
    result = clock("gdpr_33_2", party, recipient=PartyFacts(id=2, name="Malakoff Humanis", role="controller"))
    assert result.due == utc(2024, 2, 1, 23, 0)  # 2 Feb 00:00 Paris: 24 h, the contractual default
    # The outer limit counts from the last minute of 1 Feb: the next hour is 2 Feb 00:00, + 24 h.
    assert result.outer == utc(2024, 2, 2, 23, 0)
    assert result.recipient == "Malakoff Humanis"
    assert any("known to the day only" in line for line in result.explanation)


def test_viamedis_like_processor_aware_days_before_its_controllers() -> None:
    """The processor's 33(2) clock and each controller's 33(1) clock run independently."""
    processor = PartyFacts(id=1, name="Viamedis", role="processor", aware=Moment(paris(2024, 1, 29), "day"), notice_hours=48)
    early = PartyFacts(id=2, name="Malakoff Humanis", role="controller", aware=Moment(paris(2024, 2, 1, 9, 0)))
    late = PartyFacts(id=3, name="Aésio", role="controller")  # awareness not public
    authority = PartyFacts(id=4, name="CNIL", role="supervisory_authority")
    recorded = {ObligationKey(1, "gdpr_33_2", 3): Recorded(status="fulfilled", fulfilled=Moment(paris(2024, 2, 5, 16, 0), "minute"))}
    clocks = deadlines.case_clocks([processor, early, late, authority], recorded, case_id=1, case_reference="V",
                                   zone=ZONE, now=utc(2024, 2, 6))
    by_key = {(c.key.party_id, c.duty.code, c.key.recipient_party_id): c for c in clocks}
    assert by_key[(1, "gdpr_33_2", 2)].due == utc(2024, 1, 30, 23, 0)  # 29 Jan 00:00 Paris + 48 h
    assert by_key[(1, "gdpr_33_2", 2)].state is ClockState.OVERDUE
    assert by_key[(1, "gdpr_33_2", 3)].state is ClockState.FULFILLED_LATE
    assert by_key[(2, "gdpr_33_1", 0)].due == utc(2024, 2, 4, 8, 0)
    # Aésio's awareness is unknown, but its processor's notice was recorded: EDPB 9/2022.
    aesio = by_key[(3, "gdpr_33_1", 0)]
    assert aesio.start == paris(2024, 2, 5, 16, 0) and aesio.due == utc(2024, 2, 8, 15, 0)
    assert "informed by its processor" in aesio.start_basis
    assert not any(c.key.party_id == 4 for c in clocks)


def test_complementary_notification_waits_for_the_initial_one() -> None:
    waiting = clock("gdpr_33_4", CONTROLLER)
    assert waiting.state is ClockState.WAITING and "is sent" in waiting.start_basis
    sent = Recorded(status="fulfilled", fulfilled=Moment(paris(2024, 2, 3, 10, 0), "minute"))
    running = clock("gdpr_33_4", CONTROLLER, previous=sent)
    assert running.due == utc(2024, 2, 6, 9, 0)
    skipped = clock("gdpr_33_4", CONTROLLER, previous=Recorded(status="not_required", not_required_reason="no risk"))
    assert skipped.state is ClockState.NOT_REQUIRED


@pytest.mark.parametrize(
    ("aware", "classified", "due"),
    [
        (paris(2024, 2, 1, 8), paris(2024, 2, 1, 10), utc(2024, 2, 1, 13, 0)),  # 4 h after classification
        (paris(2024, 2, 1, 8), paris(2024, 2, 2, 7), utc(2024, 2, 2, 7, 0)),  # 24 h after awareness first
        (paris(2024, 2, 1, 8), None, utc(2024, 2, 2, 7, 0)),  # classification not recorded
    ],
)
def test_dora_initial_is_the_earlier_of_two_limits(aware: dt.datetime, classified: dt.datetime | None, due: dt.datetime) -> None:
    party = PartyFacts(id=1, name="Mutuelle", role="controller", regimes=("dora",), aware=Moment(aware),
                       classified=Moment(classified) if classified else None)
    assert clock("dora_initial", party).due == due


def test_month_periods_follow_regulation_1182_71() -> None:
    party = PartyFacts(id=1, name="Op", role="processor", regimes=("nis2",), aware=Moment(paris(2024, 1, 31, 9)))
    sent = Recorded(status="fulfilled", fulfilled=Moment(paris(2024, 2, 2, 11, 0), "minute"))
    final = clock("nis2_final", party, previous=sent)
    # Fri 2 Feb 2024 + 1 month = Sat 2 Mar → end of Mon 4 Mar 2024 (Art. 3(4)).
    assert final.end_of_day and deadlines.describe_due(final) == "end of Mon 2024-03-04"
    assert final.due == utc(2024, 3, 4, 23, 0)


@pytest.mark.parametrize(("subdiv", "last_day"), [(None, "Tue 2024-04-02"), ("57", "Wed 2024-04-03")])
def test_eprivacy_second_notification_three_days_with_holidays(subdiv: str | None, last_day: str) -> None:
    party = PartyFacts(id=1, name="Telco", role="controller", regimes=("eprivacy_611_2013",),
                       aware=Moment(paris(2024, 3, 27, 9)), holiday_calendar=subdiv)
    sent = Recorded(status="fulfilled", fulfilled=Moment(paris(2024, 3, 28, 10, 0), "minute"))
    assert deadlines.describe_due(clock("eprivacy_second", party, previous=sent)) == f"end of {last_day}"


def test_art_34_without_target_shows_elapsed_time() -> None:
    open_ended = clock("gdpr_34", CONTROLLER, now=utc(2024, 2, 4, 13, 37))
    assert open_ended.due is None and open_ended.state is ClockState.RUNNING
    assert "2 d 00 h 00 min elapsed" in open_ended.explanation[-1]
    targeted = clock("gdpr_34", PartyFacts(**{**CONTROLLER.__dict__, "subject_target_hours": 96}))
    assert targeted.due == utc(2024, 2, 6, 13, 37)


def test_french_health_sans_delai_has_no_deadline() -> None:
    party = PartyFacts(id=1, name="Clinique", role="controller", regimes=("fr_health",), aware=Moment(paris(2024, 2, 1, 9)))
    result = clock("fr_health", party)
    assert result.due is None and result.state is ClockState.RUNNING


def test_urgency_puts_overdue_first_then_the_soonest() -> None:
    now = utc(2024, 2, 5, 12)
    parties = [
        PartyFacts(id=1, name="A", role="controller", aware=Moment(paris(2024, 2, 1, 9))),  # overdue
        PartyFacts(id=2, name="B", role="controller", aware=Moment(paris(2024, 2, 3, 9))),  # running
        PartyFacts(id=3, name="C", role="controller", aware=Moment(paris(2024, 2, 2, 14, 37))),  # due soon
    ]
    clocks = deadlines.case_clocks(parties, {}, case_id=1, case_reference="C", zone=ZONE, now=now)
    ordered = sorted((c for c in clocks if c.duty.code == "gdpr_33_1"), key=lambda c: deadlines.urgency(c, now))
    assert [c.debtor for c in ordered] == ["A", "C", "B"]
    assert [c.state for c in ordered] == [ClockState.OVERDUE, ClockState.DUE_SOON, ClockState.RUNNING]


moments = st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2060, 1, 1), timezones=st.just(UTC))


@settings(max_examples=60, deadline=None)
@given(aware=moments, code=st.sampled_from([d.code for d in DUTIES]), hours=st.integers(0, 500))
def test_a_deadline_is_never_before_its_clock_start(aware: dt.datetime, code: str, hours: int) -> None:
    duty = DUTY_BY_CODE[code]
    party = PartyFacts(id=1, name="P", role=next(iter(sorted(duty.debtors))), regimes=(duty.regime,),
                       aware=Moment(aware), classified=Moment(aware), notice_hours=hours, subject_target_hours=hours)
    previous = Recorded(status="fulfilled", fulfilled=Moment(aware + dt.timedelta(hours=1)))
    result = clock(code, party, previous=previous, recipient=PartyFacts(id=2, name="R", role="controller"))
    assert result.start is not None
    assert result.due is None or result.due >= result.start
    # Recomputation is idempotent: the same facts give the same clock.
    assert clock(code, party, previous=previous, recipient=PartyFacts(id=2, name="R", role="controller")) == result


@settings(max_examples=40, deadline=None)
@given(aware=moments, zone=st.sampled_from(["Europe/Paris", "UTC", "Asia/Kolkata", "America/New_York", "Pacific/Chatham"]))
def test_hour_deadlines_do_not_depend_on_the_display_zone(aware: dt.datetime, zone: str) -> None:
    party = PartyFacts(id=1, name="P", role="controller", aware=Moment(aware))
    here = deadlines.compute(DUTY_BY_CODE["gdpr_33_1"], party, case_id=1, case_reference="C", zone=zone, now=EARLY)
    assert here.due == aware + dt.timedelta(hours=72)


def test_a_processor_notifies_only_the_controllers_it_works_for() -> None:
    """Viamedis serves Malakoff Humanis, Almerys serves Aésio and MGP: no Viamedis → MGP notice."""
    viamedis = PartyFacts(id=1, name="Viamedis", role="processor", aware=Moment(paris(2024, 2, 1), "day"), serves=frozenset({3}))
    almerys = PartyFacts(id=2, name="Almerys", role="processor", aware=Moment(paris(2024, 2, 5), "day"), serves=frozenset({4, 5}))
    insurers = [PartyFacts(id=i, name=n, role="controller") for i, n in ((3, "Malakoff Humanis"), (4, "Aésio"), (5, "MGP"))]
    everyone = PartyFacts(id=6, name="Op", role="processor", aware=Moment(paris(2024, 2, 1), "day"))
    clocks = deadlines.case_clocks([viamedis, almerys, *insurers, everyone], {}, case_id=1, case_reference="V", zone=ZONE, now=EARLY)
    notices = [(c.debtor, c.recipient) for c in clocks if c.duty.code == "gdpr_33_2"]
    assert notices == [
        ("Viamedis", "Malakoff Humanis"), ("Almerys", "Aésio"), ("Almerys", "MGP"),
        ("Op", "Malakoff Humanis"), ("Op", "Aésio"), ("Op", "MGP"),  # no link recorded: every controller
    ]
