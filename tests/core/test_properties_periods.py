"""Property tests of Reg. 1182/71 period arithmetic: ends never before starts, days add up, months clamp."""

from __future__ import annotations

import calendar as monthcal
import contextlib
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnil_case.core import periods
from cnil_case.core.errors import ValidationError
from cnil_case.core.periods import Unit
from tests.helpers.strategies import hostile_text

FAST = settings(max_examples=200, deadline=None)
ZONES = ["Europe/Paris", "UTC", "America/Cayenne", "Indian/Reunion", "America/Guadeloupe", "Indian/Mayotte",
         "Pacific/Chatham", "America/St_Johns", "Asia/Kathmandu"]
CALENDARS = [code for code, _ in periods.CALENDARS]
_DAY = dt.timedelta(days=1)

starts = st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2070, 12, 31),
                      timezones=st.sampled_from([ZoneInfo(z) for z in ZONES]))
zones = st.sampled_from(ZONES)
calendars = st.sampled_from(CALENDARS).map(periods.calendar)


@FAST
@given(starts, st.integers(0, 10_000), zones)
def test_hours_are_real_elapsed_hours(start: dt.datetime, hours: int, zone: str) -> None:
    end = periods.hours_after(start, hours, zone=zone)
    # In UTC: Python adds wall-clock time to an aware datetime of a zone with DST.
    assert end.due == start.astimezone(dt.UTC) + dt.timedelta(hours=hours)
    assert end.outer is not None and end.due <= end.outer <= end.due + dt.timedelta(hours=1)
    assert end.due.utcoffset() == dt.timedelta(0) and end.steps


@FAST
@given(starts, st.integers(0, 800), st.sampled_from([Unit.DAYS, Unit.WEEKS, Unit.MONTHS, Unit.YEARS]), zones, calendars)
def test_the_end_is_never_before_the_start_and_is_a_working_day(start: dt.datetime, amount: int, unit: Unit,
                                                                 zone: str, cal: periods.Calendar) -> None:
    if unit is not Unit.DAYS:
        amount //= {Unit.WEEKS: 7, Unit.MONTHS: 30, Unit.YEARS: 365}[unit]
    end = periods.period_end(start, amount, unit, zone=zone, calendar=cal)
    assert end.due > start and end.last_day is not None
    assert cal.is_working_day(end.last_day)
    event_day = start.astimezone(ZoneInfo(zone)).date()
    # Due at the local midnight that starts the day after the last day.
    local_due = end.due.astimezone(ZoneInfo(zone))
    assert local_due.date() == end.last_day + _DAY and local_due.time() <= dt.time(1)
    if amount >= 2 or (amount >= 1 and unit is not Unit.DAYS):
        assert periods.working_days_between(event_day + _DAY, end.last_day, cal) >= 2  # Art. 3(5)


@FAST
@given(starts, st.integers(0, 400), zones, calendars)
def test_adding_days_then_counting_gives_the_same_number(start: dt.datetime, days: int, zone: str,
                                                         cal: periods.Calendar) -> None:
    end = periods.period_end(start, days, Unit.DAYS, zone=zone, calendar=cal)
    event_day = start.astimezone(ZoneInfo(zone)).date()
    nominal = event_day + days * _DAY
    assert end.last_day is not None and (end.last_day - event_day).days >= days
    art_3_5_met = days < 2 or periods.working_days_between(event_day + _DAY, nominal, cal) >= 2
    if cal.is_working_day(nominal) and art_3_5_met:
        assert end.last_day == nominal
    elif art_3_5_met:
        # Art. 3(4) only: every day from the nominal end to the real one is a rest day.
        rest = (end.last_day - nominal).days
        assert all(not cal.is_working_day(nominal + i * _DAY) for i in range(rest))


@FAST
@given(starts, st.integers(0, 400), zones)
def test_a_longer_period_never_ends_sooner(start: dt.datetime, days: int, zone: str) -> None:
    shorter = periods.period_end(start, days, Unit.DAYS, zone=zone)
    longer = periods.period_end(start, days + 1, Unit.DAYS, zone=zone)
    assert longer.due >= shorter.due


@FAST
@given(starts, st.integers(1, 120), zones, st.booleans())
def test_months_keep_the_date_or_clamp_to_the_month_end(start: dt.datetime, amount: int, zone: str,
                                                        in_years: bool) -> None:
    unit = Unit.YEARS if in_years else Unit.MONTHS
    if in_years:
        amount = amount % 10 + 1
    end = periods.period_end(start, amount, unit, zone=zone)
    event_day = start.astimezone(ZoneInfo(zone)).date()
    months = amount * (12 if in_years else 1)
    year, month = divmod(event_day.year * 12 + event_day.month - 1 + months, 12)
    nominal = dt.date(year, month + 1, min(event_day.day, monthcal.monthrange(year, month + 1)[1]))
    assert end.last_day is not None and nominal <= end.last_day <= nominal + 6 * _DAY
    if periods.NATIONAL.is_working_day(nominal):
        assert end.last_day == nominal


@FAST
@given(hostile_text(max_size=40))
def test_unknown_zones_and_calendars_are_validation_errors(name: str) -> None:
    start = dt.datetime(2024, 2, 1, tzinfo=dt.UTC)
    for call in (lambda: periods.calendar(name), lambda: periods.period_end(start, 3, Unit.DAYS, zone=name)):
        with contextlib.suppress(ValidationError):
            call()


def test_naive_and_negative_are_bugs_not_user_errors() -> None:
    with pytest.raises(ValueError, match="aware"):
        periods.period_end(dt.datetime(2024, 1, 1), 1, Unit.DAYS, zone="UTC")
    with pytest.raises(ValueError, match="negative"):
        periods.hours_after(dt.datetime(2024, 1, 1, tzinfo=dt.UTC), -1, zone="UTC")
