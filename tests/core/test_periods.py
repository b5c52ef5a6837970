"""Reg. 1182/71 period arithmetic: hand-computed tables (REFERENCE §7.3, issue 3), properties."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnil_case.core import periods
from cnil_case.core.errors import ValidationError
from cnil_case.core.periods import Unit
from cnil_case.core.phrases import Holiday, Phrase

UTC = dt.UTC
PARIS = "Europe/Paris"


def local(
    zone: str, year: int, month: int, day: int, hour: int, minute: int, *, fold: int = 0
) -> dt.datetime:
    """A wall-clock time in ``zone``; fold=1 picks the second of two ambiguous instants."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone), fold=fold)


def paris(year: int, month: int, day: int, hour: int, minute: int, *, fold: int = 0) -> dt.datetime:
    return local(PARIS, year, month, day, hour, minute, fold=fold)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=UTC)


# --- Hours: real elapsed time, and the strict reading from the next full local hour -----------

# (start, hours, zone, due in UTC, outer in UTC); every value worked out by hand.
HOURS = [
    # REFERENCE §7.3 example 1: 14:37 CET is 13:37 UTC; the strict reading counts from 15:00.
    pytest.param(paris(2024, 2, 2, 14, 37), 72, PARIS, utc(2024, 2, 5, 13, 37), utc(2024, 2, 5, 14, 0), id="7.3-1-fri-14:37"),
    # §7.3 example 2: 10:00 CET is 09:00 UTC; +72 h is Mon 1 Apr 09:00 UTC, 11:00 CEST (not 10:00).
    pytest.param(paris(2024, 3, 29, 10, 0), 72, PARIS, utc(2024, 4, 1, 9, 0), utc(2024, 4, 1, 10, 0), id="7.3-2-dst-spring"),
    # The same instant given in UTC: the zone of the input does not matter.
    pytest.param(utc(2024, 3, 29, 9, 0), 72, PARIS, utc(2024, 4, 1, 9, 0), utc(2024, 4, 1, 10, 0), id="7.3-2-start-in-utc"),
    # Fall-back 2024-10-27: Sat 10:00 CEST is 08:00 UTC; +72 h is Tue 08:00 UTC = 09:00 CET.
    pytest.param(paris(2024, 10, 26, 10, 0), 72, PARIS, utc(2024, 10, 29, 8, 0), utc(2024, 10, 29, 9, 0), id="fall-back"),
    # Spring-forward night: 01:30 CET (00:30 UTC); the next full local hour is 03:00 CEST (01:00 UTC).
    pytest.param(paris(2024, 3, 31, 1, 30), 72, PARIS, utc(2024, 4, 3, 0, 30), utc(2024, 4, 3, 1, 0), id="spring-night-01:30"),
    # Just after the jump: 03:15 CEST (01:15 UTC); next full hour 04:00 CEST (02:00 UTC).
    pytest.param(paris(2024, 3, 31, 3, 15), 72, PARIS, utc(2024, 4, 3, 1, 15), utc(2024, 4, 3, 2, 0), id="spring-night-03:15"),
    # 24 h over the gap: Sat 02:30 CET (01:30 UTC) ends Sun 03:30 CEST; 02:30 does not exist then.
    pytest.param(paris(2024, 3, 30, 2, 30), 24, PARIS, utc(2024, 3, 31, 1, 30), utc(2024, 3, 31, 2, 0), id="24h-over-the-gap"),
    # Fall-back night, first 02:30 (CEST, 00:30 UTC): the next full hour is the second 02:00 (CET).
    pytest.param(paris(2024, 10, 27, 2, 30, fold=0), 24, PARIS, utc(2024, 10, 28, 0, 30), utc(2024, 10, 28, 1, 0), id="fall-back-first-02:30"),
    # Second 02:30 (CET, 01:30 UTC): next full hour 03:00 CET (02:00 UTC).
    pytest.param(paris(2024, 10, 27, 2, 30, fold=1), 24, PARIS, utc(2024, 10, 28, 1, 30), utc(2024, 10, 28, 2, 0), id="fall-back-second-02:30"),
    # Across a weekend and a holiday (Mon 11 Nov, Armistice): all count, no roll-over.
    pytest.param(paris(2024, 11, 8, 9, 15), 72, PARIS, utc(2024, 11, 11, 8, 15), utc(2024, 11, 11, 9, 0), id="weekend-and-11-nov"),
    # Ends on Easter Monday: still no roll-over for hours.
    pytest.param(paris(2024, 3, 29, 8, 0), 72, PARIS, utc(2024, 4, 1, 7, 0), utc(2024, 4, 1, 8, 0), id="ends-easter-monday"),
    # On the hour: the event happens during 15:00-16:00, so the strict count starts at 16:00.
    pytest.param(paris(2024, 2, 2, 15, 0), 72, PARIS, utc(2024, 2, 5, 14, 0), utc(2024, 2, 5, 15, 0), id="on-the-hour"),
    pytest.param(paris(2024, 2, 2, 14, 37), 0, PARIS, utc(2024, 2, 2, 13, 37), utc(2024, 2, 2, 14, 0), id="zero-hours"),
    pytest.param(paris(2024, 2, 2, 23, 37), 24, PARIS, utc(2024, 2, 3, 22, 37), utc(2024, 2, 3, 23, 0), id="next-hour-is-midnight"),
    # +05:30: 14:37 IST is 09:07 UTC; the next full local hour is 15:00 IST = 09:30 UTC (not 10:00 UTC).
    pytest.param(local("Asia/Kolkata", 2024, 2, 2, 14, 37), 72, "Asia/Kolkata", utc(2024, 2, 5, 9, 7), utc(2024, 2, 5, 9, 30), id="kolkata-+05:30"),
    # +05:45: 14:37 is 08:52 UTC; 15:00 local is 09:15 UTC.
    pytest.param(local("Asia/Kathmandu", 2024, 2, 2, 14, 37), 72, "Asia/Kathmandu", utc(2024, 2, 5, 8, 52), utc(2024, 2, 5, 9, 15), id="kathmandu-+05:45"),
]  # fmt: skip


@pytest.mark.parametrize(("start", "hours", "zone", "due", "outer"), HOURS)
def test_hours(
    start: dt.datetime, hours: int, zone: str, due: dt.datetime, outer: dt.datetime
) -> None:
    end = periods.hours_after(start, hours, zone=zone)
    assert (end.due, end.outer, end.last_day) == (due, outer, None)
    assert end.due.tzinfo is UTC and end.outer is not None and end.outer.tzinfo is UTC
    assert not end.end_of_day
    assert periods.period_end(start, hours, Unit.HOURS, zone=zone) == end


def test_dst_example_reads_on_the_paris_clock_with_its_steps() -> None:
    end = periods.hours_after(paris(2024, 3, 29, 10, 0), 72, zone=PARIS)
    shown = end.due.astimezone(ZoneInfo(PARIS))
    assert (shown.hour, shown.minute, shown.utcoffset()) == (11, 0, dt.timedelta(hours=2))
    assert end.steps == (
        "Start: Fri 2024-03-29 10:00 (UTC+01:00), Europe/Paris",
        "+ 72 hours, counted as real elapsed time (weekends and public holidays count, "
        "no roll-over: Reg. 1182/71 Art. 3(3), 3(4))",
        "Clocks change during the period (UTC+01:00 → UTC+02:00): due Mon 2024-04-01 11:00 (UTC+02:00)",
        "Strict Reg. 1182/71 reading (Art. 3(1), 3(2)(a)): counting from the next full hour, 11:00, "
        "ends Mon 2024-04-01 12:00 (UTC+02:00) — the outer limit",
        "Art. 3(5) (at least two working days) not applied: whether it covers periods in hours "
        "is an open question",
    )


def test_fall_back_reads_09_00_cet() -> None:
    end = periods.hours_after(paris(2024, 10, 26, 10, 0), 72, zone=PARIS)
    assert (
        "Clocks change during the period (UTC+02:00 → UTC+01:00): due Tue 2024-10-29 09:00 (UTC+01:00)"
        in end.steps
    )


def test_steps_without_a_clock_change_and_a_strict_count_starting_the_next_day() -> None:
    end = periods.hours_after(paris(2024, 2, 2, 23, 37), 24, zone=PARIS)
    assert end.steps[2] == "Due: Sat 2024-02-03 23:37 (UTC+01:00)"
    assert end.steps[3] == (
        "Strict Reg. 1182/71 reading (Art. 3(1), 3(2)(a)): counting from the next full hour, "
        "Sat 2024-02-03 00:00 (UTC+01:00), ends Sun 2024-02-04 00:00 (UTC+01:00) — the outer limit"
    )


def test_kolkata_strict_reading_counts_from_15_00_local() -> None:
    end = periods.hours_after(local("Asia/Kolkata", 2024, 2, 2, 14, 37), 72, zone="Asia/Kolkata")
    assert (
        "counting from the next full hour, 15:00, ends Mon 2024-02-05 15:00 (UTC+05:30)"
        in end.steps[3]
    )


# --- Days, weeks, months, years -------------------------------------------------------------

D, W, M, Y = Unit.DAYS, Unit.WEEKS, Unit.MONTHS, Unit.YEARS

# (start, amount, unit, zone, calendar code, last day, due in UTC = local midnight after the last day).
# Paris midnight is 23:00 UTC the day before in winter (CET), 22:00 UTC in summer (CEST).
DAYS = [
    # REFERENCE §7.3 example 3: month-end clamping (Art. 3(2)(c)).
    pytest.param(paris(2024, 1, 31, 10, 0), 1, M, PARIS, None, dt.date(2024, 2, 29), utc(2024, 2, 29, 23), id="7.3-3-31-jan-2024"),
    pytest.param(paris(2025, 1, 31, 10, 0), 1, M, PARIS, None, dt.date(2025, 2, 28), utc(2025, 2, 28, 23), id="7.3-3-31-jan-2025"),
    pytest.param(paris(2024, 3, 31, 10, 0), 1, M, PARIS, None, dt.date(2024, 4, 30), utc(2024, 4, 30, 22), id="7.3-3-31-mar-2024"),
    # §7.3 example 4: Fri 2 Feb + 1 month = Sat 2 Mar, rolled over to Mon 4 Mar (Art. 3(4)).
    pytest.param(paris(2024, 2, 2, 14, 37), 1, M, PARIS, None, dt.date(2024, 3, 4), utc(2024, 3, 4, 23), id="7.3-4-ends-saturday"),
    # §7.3 example 5: 29, 30, 31 Mar; Sun 31 then Easter Monday, so Tue 2 Apr (2 working days).
    pytest.param(paris(2024, 3, 28, 10, 0), 3, D, PARIS, None, dt.date(2024, 4, 2), utc(2024, 4, 2, 22), id="7.3-5-three-days"),
    # ... in Alsace-Moselle Good Friday leaves one working day: Art. 3(5) pushes to Wed 3 Apr.
    pytest.param(paris(2024, 3, 28, 10, 0), 3, D, PARIS, "57", dt.date(2024, 4, 3), utc(2024, 4, 3, 22), id="7.3-5-moselle"),
    pytest.param(paris(2024, 3, 28, 10, 0), 3, D, PARIS, "6AE", dt.date(2024, 4, 3), utc(2024, 4, 3, 22), id="7.3-5-alsace"),
    # 29 February and short months.
    pytest.param(paris(2024, 1, 29, 10, 0), 1, M, PARIS, None, dt.date(2024, 2, 29), utc(2024, 2, 29, 23), id="29-jan-to-29-feb"),
    pytest.param(paris(2024, 1, 30, 10, 0), 1, M, PARIS, None, dt.date(2024, 2, 29), utc(2024, 2, 29, 23), id="30-jan-clamped"),
    pytest.param(paris(2024, 2, 29, 10, 0), 1, M, PARIS, None, dt.date(2024, 3, 29), utc(2024, 3, 29, 23), id="29-feb-plus-month"),
    pytest.param(paris(2024, 2, 29, 10, 0), 1, Y, PARIS, None, dt.date(2025, 2, 28), utc(2025, 2, 28, 23), id="29-feb-plus-year-fri"),
    # 2026-02-28 is a Saturday: clamped, then rolled over to Mon 2 Mar.
    pytest.param(paris(2024, 2, 29, 10, 0), 2, Y, PARIS, None, dt.date(2026, 3, 2), utc(2026, 3, 2, 23), id="29-feb-plus-2y-sat"),
    pytest.param(paris(2024, 2, 29, 10, 0), 4, Y, PARIS, None, dt.date(2028, 2, 29), utc(2028, 2, 29, 23), id="29-feb-plus-4y-leap"),
    pytest.param(paris(2024, 3, 15, 10, 0), 1, Y, PARIS, None, dt.date(2025, 3, 17), utc(2025, 3, 17, 23), id="year-ends-saturday"),
    # One month ending on a holiday (national list).
    pytest.param(paris(2024, 4, 1, 10, 0), 1, M, PARIS, None, dt.date(2024, 5, 2), utc(2024, 5, 2, 22), id="ends-1-may"),
    # Wed 8 May, then Thu 9 May is Ascension: Fri 10 May.
    pytest.param(paris(2024, 4, 8, 10, 0), 1, M, PARIS, None, dt.date(2024, 5, 10), utc(2024, 5, 10, 22), id="ends-8-may"),
    pytest.param(paris(2024, 4, 9, 10, 0), 1, M, PARIS, None, dt.date(2024, 5, 10), utc(2024, 5, 10, 22), id="ends-ascension"),
    pytest.param(paris(2024, 4, 20, 10, 0), 1, M, PARIS, None, dt.date(2024, 5, 21), utc(2024, 5, 21, 22), id="ends-whit-monday"),
    pytest.param(paris(2024, 7, 15, 10, 0), 1, M, PARIS, None, dt.date(2024, 8, 16), utc(2024, 8, 16, 22), id="ends-assumption"),
    # Good Friday (29 Mar 2024): a working day in France, a holiday in Alsace-Moselle, where
    # Sat, Sun and Easter Monday follow: Tue 2 Apr.
    pytest.param(paris(2024, 2, 29, 10, 0), 1, M, PARIS, None, dt.date(2024, 3, 29), utc(2024, 3, 29, 23), id="good-friday-national"),
    pytest.param(paris(2024, 2, 29, 10, 0), 1, M, PARIS, "57", dt.date(2024, 4, 2), utc(2024, 4, 2, 22), id="good-friday-moselle"),
    pytest.param(paris(2024, 2, 29, 10, 0), 1, M, PARIS, "6AE", dt.date(2024, 4, 2), utc(2024, 4, 2, 22), id="good-friday-alsace"),
    # 26 December 2024 (a Thursday).
    pytest.param(paris(2024, 11, 26, 10, 0), 1, M, PARIS, None, dt.date(2024, 12, 26), utc(2024, 12, 26, 23), id="26-dec-national"),
    pytest.param(paris(2024, 11, 26, 10, 0), 1, M, PARIS, "57", dt.date(2024, 12, 27), utc(2024, 12, 27, 23), id="26-dec-moselle"),
    pytest.param(paris(2024, 11, 26, 10, 0), 1, M, PARIS, "6AE", dt.date(2024, 12, 27), utc(2024, 12, 27, 23), id="26-dec-alsace"),
    # Weeks end on the same weekday.
    pytest.param(paris(2024, 3, 28, 10, 0), 1, W, PARIS, None, dt.date(2024, 4, 4), utc(2024, 4, 4, 22), id="week-same-weekday"),
    pytest.param(paris(2024, 5, 2, 10, 0), 1, W, PARIS, None, dt.date(2024, 5, 10), utc(2024, 5, 10, 22), id="week-ends-ascension"),
    # Art. 3(5): two days from a Friday are Sat and Sun; rolled to Mon, one working day: Tue.
    pytest.param(paris(2024, 5, 3, 10, 0), 2, D, PARIS, None, dt.date(2024, 5, 7), utc(2024, 5, 7, 22), id="2-days-art-3-5"),
    # Wed 8 and Thu 9 May are holidays: rolled to Fri 10, one working day: Mon 13.
    pytest.param(paris(2024, 5, 7, 10, 0), 2, D, PARIS, None, dt.date(2024, 5, 13), utc(2024, 5, 13, 22), id="2-days-8-9-may"),
    # One day is not "two days or more": roll-over only.
    pytest.param(paris(2024, 5, 3, 10, 0), 1, D, PARIS, None, dt.date(2024, 5, 6), utc(2024, 5, 6, 22), id="1-day-no-art-3-5"),
    pytest.param(paris(2024, 3, 1, 10, 0), 0, D, PARIS, None, dt.date(2024, 3, 1), utc(2024, 3, 1, 23), id="0-days-weekday"),
    pytest.param(paris(2024, 3, 2, 10, 0), 0, D, PARIS, None, dt.date(2024, 3, 4), utc(2024, 3, 4, 23), id="0-days-saturday"),
    # The event day is the local date: 31 Jan 23:30 UTC is Thu 1 Feb 00:30 in Paris.
    pytest.param(utc(2024, 1, 31, 23, 30), 1, M, PARIS, None, dt.date(2024, 3, 1), utc(2024, 3, 1, 23), id="event-day-paris"),
    pytest.param(utc(2024, 1, 31, 23, 30), 1, M, "UTC", None, dt.date(2024, 2, 29), utc(2024, 3, 1, 0), id="event-day-utc"),
    # Sat 26 Oct rolls over to Mon 28 Oct, after the fall-back: midnight is 23:00 UTC again.
    pytest.param(paris(2024, 9, 26, 10, 0), 1, M, PARIS, None, dt.date(2024, 10, 28), utc(2024, 10, 28, 23), id="ends-after-fall-back"),
    # La Réunion (UTC+04:00): 20 Dec is a holiday there (974), not in the national list.
    pytest.param(local("Indian/Reunion", 2024, 11, 20, 10, 0), 1, M, "Indian/Reunion", None, dt.date(2024, 12, 20), utc(2024, 12, 20, 20), id="reunion-national"),
    pytest.param(local("Indian/Reunion", 2024, 11, 20, 10, 0), 1, M, "Indian/Reunion", "974", dt.date(2024, 12, 23), utc(2024, 12, 23, 20), id="reunion-974"),
]  # fmt: skip


@pytest.mark.parametrize(("start", "amount", "unit", "zone", "code", "last_day", "due"), DAYS)
def test_day_based(
    start: dt.datetime,
    amount: int,
    unit: Unit,
    zone: str,
    code: str | None,
    last_day: dt.date,
    due: dt.datetime,
) -> None:
    end = periods.period_end(start, amount, unit, zone=zone, calendar=periods.calendar(code))
    assert (end.last_day, end.due, end.outer) == (last_day, due, None)
    assert end.due.tzinfo is UTC
    assert end.end_of_day


@pytest.mark.parametrize(
    ("start", "amount", "unit", "code", "step"),
    [
        pytest.param(paris(2024, 1, 31, 10, 0), 1, M, None, "Same date in the last month: 2024-02-31 does not exist, so the end of that month, Thu 2024-02-29 (Art. 3(2)(c))", id="clamp"),
        pytest.param(paris(2024, 2, 29, 10, 0), 1, Y, None, "Same date in the last month: 2025-02-29 does not exist, so the end of that month, Fri 2025-02-28 (Art. 3(2)(c))", id="clamp-year"),
        pytest.param(paris(2024, 2, 2, 10, 0), 1, M, None, "Sat 2024-03-02 is a Saturday: the period ends at the end of the next working day, Mon 2024-03-04 (Art. 3(4))", id="saturday"),
        pytest.param(paris(2024, 3, 28, 10, 0), 3, D, None, "Sun 2024-03-31 is a Sunday (and Mon 2024-04-01 is a public holiday, Easter Monday): the period ends at the end of the next working day, Tue 2024-04-02 (Art. 3(4))", id="easter"),
        pytest.param(paris(2024, 3, 28, 10, 0), 3, D, None, "2 working days from Fri 2024-03-29 to Tue 2024-04-02: at least two, as Art. 3(5) requires", id="art-3-5-met"),
        pytest.param(paris(2024, 3, 28, 10, 0), 3, D, "57", "Fewer than two working days in the period (1 from Fri 2024-03-29 to Tue 2024-04-02): extended to Wed 2024-04-03 (Art. 3(5))", id="art-3-5-moselle"),
        pytest.param(paris(2024, 3, 28, 10, 0), 3, D, "57", "Public holidays (Art. 2(1)): France, Alsace-Moselle (Moselle)", id="calendar-named"),
        pytest.param(paris(2024, 3, 28, 10, 0), 3, D, None, "Day of the event not counted (Art. 3(1)): counting starts Fri 2024-03-29", id="event-day"),
        pytest.param(paris(2024, 3, 28, 10, 0), 3, D, None, "Due: end of Tue 2024-04-02, i.e. Wed 2024-04-03 00:00 (UTC+02:00)", id="due"),
        pytest.param(paris(2024, 3, 28, 10, 0), 1, W, None, "+ 1 week: the same weekday, Thu 2024-04-04 (Art. 3(2)(c))", id="week"),
    ],
)  # fmt: skip
def test_day_based_steps(
    start: dt.datetime, amount: int, unit: Unit, code: str | None, step: str
) -> None:
    end = periods.period_end(start, amount, unit, zone=PARIS, calendar=periods.calendar(code))
    assert step in end.steps


def test_errors() -> None:
    start = paris(2024, 2, 2, 14, 37)
    with pytest.raises(ValueError, match="negative"):
        periods.hours_after(start, -1, zone=PARIS)
    with pytest.raises(ValueError, match="negative"):
        periods.period_end(start, -1, Unit.MONTHS, zone=PARIS)
    with pytest.raises(ValueError, match="aware"):
        periods.period_end(dt.datetime(2024, 2, 2, 14, 37), 1, Unit.DAYS, zone=PARIS)
    with pytest.raises(ValidationError) as info:
        periods.hours_after(start, 72, zone="Europe/Pariss")
    assert info.value.field == "Time zone"
    # The holidays package knows 1803-2100; past that we refuse rather than ignore holidays.
    with pytest.raises(ValidationError) as info:
        periods.period_end(paris(2100, 12, 20, 10, 0), 1, Unit.MONTHS, zone=PARIS)
    assert info.value.field == "Holiday calendar" and "2101" in str(info.value)


# --- Calendars -----------------------------------------------------------------------------


def test_calendar_labels() -> None:
    assert periods.CALENDARS == [
        (None, "France (national)"),
        ("57", "France, Alsace-Moselle (Moselle)"),
        ("6AE", "France, Alsace-Moselle (Alsace: Bas-Rhin, Haut-Rhin)"),
        ("971", "France, Guadeloupe (971)"),
        ("972", "France, Martinique (972)"),
        ("973", "France, Guyane (973)"),
        ("974", "France, La Réunion (974)"),
        ("976", "France, Mayotte (976)"),
        ("BL", "France, Saint-Barthélemy (BL)"),
        ("MF", "France, Saint-Martin (MF)"),
    ]
    for code, label in periods.CALENDARS:
        assert periods.calendar(code).label == label


@pytest.mark.parametrize(
    ("given", "code"),
    [
        (None, None),
        ("", None),
        ("57", "57"),
        ("Moselle", "57"),
        ("Alsace", "6AE"),
        ("GP", "971"),
        ("GY", "973"),
    ],
)
def test_calendar_accepts_codes_and_aliases(given: str | None, code: str | None) -> None:
    assert periods.calendar(given) == periods.Calendar(code)


@pytest.mark.parametrize("code", ["67", "68", "XX", "Zone A", "NC"])
def test_unknown_calendar_is_refused_naming_the_field(code: str) -> None:
    with pytest.raises(ValidationError) as info:
        periods.calendar(code)
    assert info.value.field == "Holiday calendar"
    assert repr(code) in str(info.value)
    with pytest.raises(ValidationError):
        periods.Calendar(code)


@pytest.mark.parametrize(
    ("code", "day", "working"),
    [
        (None, dt.date(2024, 3, 2), False),  # Saturday
        (None, dt.date(2024, 3, 3), False),  # Sunday
        (None, dt.date(2024, 3, 4), True),
        (None, dt.date(2024, 3, 29), True),  # Good Friday: not a national holiday
        ("57", dt.date(2024, 3, 29), False),
        ("6AE", dt.date(2024, 3, 29), False),
        (None, dt.date(2024, 12, 26), True),
        ("57", dt.date(2024, 12, 26), False),
        ("6AE", dt.date(2024, 12, 26), False),
        (None, dt.date(2024, 4, 1), False),  # Easter Monday
        (None, dt.date(2024, 5, 1), False),
        (None, dt.date(2024, 5, 8), False),
        (None, dt.date(2024, 5, 9), False),  # Ascension
        (None, dt.date(2024, 5, 20), False),  # Whit Monday
        (None, dt.date(2025, 6, 9), False),  # Whit Monday 2025
        (None, dt.date(2024, 7, 15), True),
        ("974", dt.date(2024, 12, 20), False),  # abolition of slavery, La Réunion
        (None, dt.date(2024, 12, 20), True),
        ("976", dt.date(2025, 4, 28), True),  # Mayotte's day is 27 Apr (a Sunday in 2025)
        ("972", dt.date(2024, 5, 22), False),
        ("973", dt.date(2024, 6, 10), False),
        ("BL", dt.date(2024, 10, 9), False),
        # REFERENCE §8: the package puts Saint-Martin's day on 28 May (our source says 27): open.
        ("MF", dt.date(2024, 5, 28), False),
    ],
)
def test_working_days(code: str | None, day: dt.date, working: bool) -> None:
    assert periods.calendar(code).is_working_day(day) is working


def test_holiday_names_are_english_for_the_explanation() -> None:
    assert periods.calendar("57").holiday_name(dt.date(2024, 3, 29)) == "Good Friday"
    assert periods.calendar(None).holiday_name(dt.date(2024, 3, 29)) is None
    assert periods.calendar(None).holiday_name(dt.date(2024, 4, 1)) == "Easter Monday"


def test_holidays_in_the_steps_are_values_the_window_names_in_its_language() -> None:
    moselle = periods.calendar("57")
    assert moselle.holiday(dt.date(2024, 3, 28)) is None
    good_friday = moselle.holiday(dt.date(2024, 3, 29))
    assert good_friday == Holiday(dt.date(2024, 3, 29), "57")
    assert (str(good_friday), good_friday.name("fr")) == ("Good Friday", "Vendredi saint")
    assert periods.holiday_name(dt.date(2024, 12, 26), "6AE", "fr") == "Saint-Étienne"
    assert periods.holiday_name(dt.date(2024, 12, 26), None, "fr") is None
    end = periods.period_end(paris(2024, 3, 28, 10, 0), 3, Unit.DAYS, zone=PARIS)
    roll = next(step for step in end.steps if "Art. 3(4)" in step)
    assert isinstance(roll, Phrase)
    assert Holiday(dt.date(2024, 4, 1), None) in roll.values["why"].values["others"].values.values()


def test_calendar_labels_and_the_zero_unit_are_translatable() -> None:
    assert all(isinstance(label, Phrase) and label.context == "periods" for _, label in periods.CALENDARS)
    end = periods.period_end(paris(2024, 3, 28, 10, 0), 0, Unit.WEEKS, zone=PARIS)
    zero = next(step for step in end.steps if step.startswith("A period of 0"))
    assert zero == "A period of 0 weeks: it ends with the day of the event, Thu 2024-03-28"
    assert isinstance(zero, Phrase) and isinstance(zero.values["unit"], Phrase)


@pytest.mark.parametrize(
    ("first", "last", "code", "count"),
    [
        (dt.date(2024, 3, 29), dt.date(2024, 4, 2), None, 2),  # Fri 29, Tue 2
        (dt.date(2024, 3, 29), dt.date(2024, 4, 2), "57", 1),  # Tue 2
        (dt.date(2024, 5, 6), dt.date(2024, 5, 12), None, 3),  # Mon 6, Tue 7, Fri 10
        (dt.date(2024, 5, 6), dt.date(2024, 5, 6), None, 1),
        (dt.date(2024, 5, 4), dt.date(2024, 5, 5), None, 0),
        (dt.date(2024, 5, 7), dt.date(2024, 5, 6), None, 0),  # last before first
        (dt.date(2024, 12, 23), dt.date(2024, 12, 31), None, 6),  # 23, 24, 26, 27, 30, 31
        (dt.date(2024, 12, 23), dt.date(2024, 12, 31), "6AE", 5),  # and 26 is a holiday
    ],
)
def test_working_days_between(first: dt.date, last: dt.date, code: str | None, count: int) -> None:
    assert periods.working_days_between(first, last, periods.calendar(code)) == count


# --- Properties ----------------------------------------------------------------------------

ZONES = [
    "Europe/Paris",
    "UTC",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "America/New_York",
    "America/Havana",  # its spring-forward gap is at midnight
    "Australia/Lord_Howe",  # a half-hour DST change
    "Pacific/Chatham",  # +12:45 / +13:45
    "Indian/Reunion",
    "America/Guadeloupe",
]
instants = st.datetimes(
    min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2070, 1, 1), timezones=st.just(UTC)
)
zones = st.sampled_from(ZONES)
calendars = st.sampled_from([code for code, _ in periods.CALENDARS]).map(periods.calendar)
day_periods = st.one_of(
    st.tuples(st.just(Unit.DAYS), st.integers(0, 400)),
    st.tuples(st.just(Unit.WEEKS), st.integers(0, 60)),
    st.tuples(st.just(Unit.MONTHS), st.integers(0, 36)),
    st.tuples(st.just(Unit.YEARS), st.integers(0, 10)),
)
hour_counts = st.integers(0, 24 * 400)

# The first look-up of a year builds its holiday list, which can exceed hypothesis's deadline.
relaxed = settings(deadline=None)


@relaxed
@given(instants, hour_counts, day_periods, zones, calendars)
def test_due_is_never_before_the_start(
    start: dt.datetime, hours: int, period: tuple[Unit, int], zone: str, cal: periods.Calendar
) -> None:
    assert periods.hours_after(start, hours, zone=zone).due >= start
    unit, amount = period
    assert periods.period_end(start, amount, unit, zone=zone, calendar=cal).due > start


@relaxed
@given(instants, hour_counts, zones, zones)
def test_hour_periods_do_not_depend_on_the_zone(
    start: dt.datetime, hours: int, one: str, other: str
) -> None:
    due = periods.hours_after(start.astimezone(ZoneInfo(one)), hours, zone=one).due
    assert due == periods.hours_after(start, hours, zone=other).due
    assert due - start == dt.timedelta(hours=hours)


@relaxed
@given(instants, hour_counts, zones)
def test_strict_reading_ends_within_the_hour_after_the_due_time(
    start: dt.datetime, hours: int, zone: str
) -> None:
    # The brief asked for outer - due < 1 h; its own example (10:00 counted from 11:00) and Art.
    # 3(1) give exactly 1 h when the event falls on the hour, so the bound is inclusive.
    end = periods.hours_after(start, hours, zone=zone)
    assert end.outer is not None
    assert end.due < end.outer <= end.due + dt.timedelta(hours=1)


@relaxed
@given(instants, day_periods, zones, calendars)
def test_day_periods_end_with_a_working_day(
    start: dt.datetime, period: tuple[Unit, int], zone: str, cal: periods.Calendar
) -> None:
    unit, amount = period
    end = periods.period_end(start, amount, unit, zone=zone, calendar=cal)
    assert end.last_day is not None
    assert cal.is_working_day(end.last_day)  # Art. 3(4)
    # The due instant is the expiry of the last day in the zone: the next day starts there.
    tz = ZoneInfo(zone)
    assert (end.due - dt.timedelta(microseconds=1)).astimezone(tz).date() == end.last_day
    assert end.due.astimezone(tz).date() == end.last_day + dt.timedelta(days=1)
    # Art. 3(5): a period of two days or more includes two working days.
    if amount >= 2 or (amount >= 1 and unit is not Unit.DAYS):
        first = start.astimezone(tz).date() + dt.timedelta(days=1)
        assert periods.working_days_between(first, end.last_day, cal) >= 2


@relaxed
@given(instants, st.integers(0, 400), zones, calendars)
def test_a_longer_period_never_ends_earlier(
    start: dt.datetime, days: int, zone: str, cal: periods.Calendar
) -> None:
    shorter = periods.period_end(start, days, Unit.DAYS, zone=zone, calendar=cal)
    longer = periods.period_end(start, days + 1, Unit.DAYS, zone=zone, calendar=cal)
    assert longer.due >= shorter.due


@relaxed
@given(
    instants, st.one_of(day_periods, st.tuples(st.just(Unit.HOURS), hour_counts)), zones, calendars
)
def test_the_result_is_deterministic(
    start: dt.datetime, period: tuple[Unit, int], zone: str, cal: periods.Calendar
) -> None:
    unit, amount = period
    first = periods.period_end(start, amount, unit, zone=zone, calendar=cal)
    again = periods.period_end(
        start.astimezone(ZoneInfo(zone)), amount, unit, zone=zone, calendar=cal
    )
    assert first == again and hash(first) == hash(again)
