"""Legal periods counted under Regulation (EEC, Euratom) No 1182/71, with French public holidays."""

# Pure functions: aware datetimes in, aware UTC datetimes out, no clock and no database. Periods
# in hours are real elapsed time computed in UTC (GDPR Art. 33(1): 72 hours); periods in days,
# weeks, months and years are counted on the local calendar of the case's zone and end at local
# midnight. Confidence tags follow REFERENCE.md: [V] verified text, [S] secondary source, [M] from
# memory, [A] our own reading. Only the wording of Art. 3(4) of 1182/71 is [V]; the rest of its
# wording is [M] (REFERENCE §7), so every rule below is to be checked against EUR-Lex.

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from zoneinfo import ZoneInfo

import holidays

from cnil_case.core import times
from cnil_case.core.errors import ValidationError
from cnil_case.core.phrases import Day, Holiday, Phrase, When

_HOUR = dt.timedelta(hours=1)
_DAY = dt.timedelta(days=1)


class Unit(enum.StrEnum):
    HOURS = "hours"
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"


# --- Holiday calendars --------------------------------------------------------------------------

# The codes the `holidays` package (v0.109) uses for France, checked in REFERENCE §8 [V]. The
# package also knows NC, PF, PM, TF, WF and the school "Zone A/B/C"; we offer only the territories
# whose public holidays REFERENCE §8 lists (Code du travail L3133-1, L3134-13, L3422-2).
_LABELS: dict[str | None, str] = {  # Phrases: the window writes them in its language
    None: Phrase("periods", "France (national)"),
    # Alsace-Moselle adds Good Friday and 26 December (Code du travail L3134-13) [S].
    "57": Phrase("periods", "France, Alsace-Moselle (Moselle)"),
    "6AE": Phrase("periods", "France, Alsace-Moselle (Alsace: Bas-Rhin, Haut-Rhin)"),
    # Overseas: the abolition-of-slavery day (L3422-2) [S]. The package adds days that are not in
    # the Code du travail list (Good Friday and Mi-Carême for 971; 21 July for 971, 972 and MF)
    # and puts Saint-Martin's day on 28 May where our source says 27 May: we take the package's
    # list as it is, an open point (REFERENCE §8, §11).
    "971": Phrase("periods", "France, Guadeloupe (971)"),
    "972": Phrase("periods", "France, Martinique (972)"),
    "973": Phrase("periods", "France, Guyane (973)"),
    "974": Phrase("periods", "France, La Réunion (974)"),
    "976": Phrase("periods", "France, Mayotte (976)"),
    "BL": Phrase("periods", "France, Saint-Barthélemy (BL)"),
    "MF": Phrase("periods", "France, Saint-Martin (MF)"),
}

CALENDARS: list[tuple[str | None, str]] = list(_LABELS.items())
"""The holiday calendars the UI can offer, as (code, label); None is the national list."""

_FIELD = "Holiday calendar"
_FIRST_YEAR, _LAST_YEAR = holidays.France.start_year, holidays.France.end_year


def _unknown(code: str) -> ValidationError:
    known = ", ".join(code for code, _ in CALENDARS if code is not None)
    return ValidationError(
        _FIELD,
        f"{code!r} is not a French holiday calendar we know; leave it empty for the national "
        f"list or use one of {known} (Alsace is 6AE: there is no 67 or 68)",
    )


@dataclass(frozen=True)
class Calendar:
    """Public holidays of the place where the action is to be taken (Art. 2(1))."""

    subdiv: str | None = None  # None = national French list; "57" Moselle, "6AE" Alsace, "971"…

    def __post_init__(self) -> None:
        if self.subdiv not in _LABELS:
            raise _unknown(str(self.subdiv))

    def holiday_name(self, day: dt.date) -> str | None:
        """The holiday's English name, or None on a day that is not one."""
        return _holidays(self.subdiv, day.year, "en_US").get(day)

    def holiday(self, day: dt.date) -> Holiday | None:
        """The holiday on ``day`` as a value the window names in its language, or None."""
        return Holiday(day, self.subdiv) if self.holiday_name(day) is not None else None

    def is_working_day(self, day: dt.date) -> bool:
        """Not a Saturday, Sunday or public holiday (Art. 2(2))."""
        return day.weekday() < 5 and self.holiday_name(day) is None

    @property
    def label(self) -> str:
        return _LABELS[self.subdiv]


NATIONAL = Calendar()


def calendar(subdiv: str | None = None) -> Calendar:
    """The holiday calendar for a code or one of the package's aliases ("Alsace", "GP"…).

    Raises:
        ValidationError: the code is not one of ``CALENDARS`` (field "Holiday calendar").
    """
    code = (subdiv or "").strip()
    if not code:
        return NATIONAL
    code = holidays.France.subdivisions_aliases.get(code, code)
    if code not in _LABELS:
        raise _unknown(subdiv or "")
    return Calendar(code)


def holiday_name(day: dt.date, subdiv: str | None = None, language: str = "en") -> str | None:
    """The name of the holiday on ``day`` in ``language`` ("en", "fr"), or None if it is not one."""
    return _holidays(subdiv, day.year, "fr" if language == "fr" else "en_US").get(day)


@functools.cache
def _holidays(subdiv: str | None, year: int, language: str) -> Mapping[dt.date, str]:
    # Outside the package's years it returns nothing, which would silently drop every holiday.
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        raise ValidationError(
            _FIELD,
            f"public holidays are known for {_FIRST_YEAR}–{_LAST_YEAR} only, not {year}: "
            f"check the year of the dates",
        )
    # A language always, never the system locale's: the explanation steps are English strings
    # (``Holiday`` asks "fr" for the French window).
    found = holidays.France(years=year, subdiv=subdiv, language=language)
    return MappingProxyType(dict(found))


def working_days_between(first: dt.date, last: dt.date, calendar: Calendar) -> int:
    """The number of working days from ``first`` to ``last``, both included (0 if last < first)."""
    count = 0
    day = first
    while day <= last:
        count += calendar.is_working_day(day)
        day += _DAY
    return count


# --- Periods ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PeriodEnd:
    """When a period ends, and why, step by step.

    ``due`` is the deadline the app shows (aware, UTC). For hours it is the prudent reading,
    start + n real hours; ``outer`` is the strict 1182/71 reading, counted from the end of the
    local hour of the event. For day-based periods ``due`` is the local midnight that starts the
    day after ``last_day``, i.e. the expiry of the last hour of the last day, after roll-over.
    """

    due: dt.datetime
    outer: dt.datetime | None
    last_day: dt.date | None
    steps: tuple[str, ...]

    @property
    def end_of_day(self) -> bool:
        """True for day-based periods, shown as "end of <day>"."""
        return self.last_day is not None


def hours_after(start: dt.datetime, hours: int, *, zone: str) -> PeriodEnd:
    """A period of ``hours`` real hours from ``start``, e.g. GDPR Art. 33(1)'s 72 hours.

    The zone only serves the explanation and the local hour of the strict reading: ``due`` is the
    same instant whatever zone is passed.

    Raises:
        ValueError: ``start`` is naive or ``hours`` is negative.
        ValidationError: ``zone`` is not an IANA time zone.
    """
    tz = _check(start, hours, zone)
    start_utc = start.astimezone(dt.UTC)
    # GDPR Art. 33(1) [V]: "not later than 72 hours after having become aware of it". Weekends and
    # holidays count (Reg. 1182/71 Art. 3(3)) and Art. 3(4)'s roll-over excludes periods in hours,
    # so the prudent deadline is awareness + n elapsed hours, to the minute [A, REFERENCE §7.2].
    # Adding in UTC keeps DST changes out of the sum: 72 h are 72 h, not three wall-clock days.
    due = start_utc + hours * _HOUR
    # Strict reading, Art. 3(1) and 3(2)(a) [M]: the hour during which the event occurs is not
    # counted, so counting begins when that local hour ends and runs n hours. An event at 10:00
    # exactly happens during the hour 10:00–11:00, so counting starts at 11:00 [A].
    first = _end_of_local_hour(start_utc, tz)
    outer = first + hours * _HOUR
    # Art. 3(5) (a period of two days or more includes two working days) is not applied: whether
    # it covers a period in hours such as 72 h is open, no authority found (REFERENCE §7.1, §11).

    local_start, local_due = start_utc.astimezone(tz), due.astimezone(tz)
    steps: list[str] = [
        Phrase("periods", "Start: {when}, {zone}", when=_moment(local_start, zone), zone=zone),
        Phrase("periods", "+ {count}, counted as real elapsed time (weekends and public holidays "
               "count, no roll-over: Reg. 1182/71 Art. 3(3), 3(4))", count=_count(hours, "hour")),
    ]
    if local_due.utcoffset() != local_start.utcoffset():
        steps.append(Phrase("periods", "Clocks change during the period ({before} → {after}): due {when}",
                            before=times.format_offset(local_start), after=times.format_offset(local_due),
                            when=_moment(local_due, zone)))
    else:
        steps.append(Phrase("periods", "Due: {when}", when=_moment(local_due, zone)))
    local_first = first.astimezone(tz)
    same_clock = (
        local_first.date() == local_start.date()
        and local_first.utcoffset() == local_start.utcoffset()
    )
    counted_from: str | When = local_first.strftime("%H:%M") if same_clock else _moment(local_first, zone)
    steps.append(Phrase(
        "periods", "Strict Reg. 1182/71 reading (Art. 3(1), 3(2)(a)): counting from the next full hour, "
        "{start}, ends {end} — the outer limit", start=counted_from, end=_moment(outer.astimezone(tz), zone)))
    steps.append(Phrase(
        "periods", "Art. 3(5) (at least two working days) not applied: whether it covers periods in hours "
        "is an open question"))
    return PeriodEnd(due=due, outer=outer, last_day=None, steps=tuple(steps))


def period_end(
    start: dt.datetime,
    amount: int,
    unit: Unit,
    *,
    zone: str,
    calendar: Calendar = NATIONAL,
) -> PeriodEnd:
    """The end of a period of ``amount`` ``unit`` running from the event at ``start``.

    Args:
        zone: the IANA zone whose calendar dates count (the event day, local midnights).
        calendar: the public holidays of the place where the action is to be taken (Art. 2(1)).

    Raises:
        ValueError: ``start`` is naive or ``amount`` is negative.
        ValidationError: ``zone`` is unknown, or the dates fall outside the holiday calendar.
    """
    unit = Unit(unit)
    if unit is Unit.HOURS:
        return hours_after(start, amount, zone=zone)
    tz = _check(start, amount, zone)
    local_start = start.astimezone(tz)
    event_day = local_start.date()
    steps: list[str] = [
        Phrase("periods", "Start: {when}, {zone}", when=_moment(local_start, zone), zone=zone),
        Phrase("periods", "Public holidays (Art. 2(1)): {calendar}", calendar=calendar.label),
    ]

    # Art. 3(1) [M]: the day during which the event occurs is not counted; Art. 3(2)(b)-(c): the
    # period runs to the expiry of the last hour of its last day.
    if amount == 0:
        # Nothing to count: we end it with the day of the event, which Art. 3(4) may then roll
        # over like any last day [A].
        last = event_day
        steps.append(Phrase("periods", "A period of 0 {unit}: it ends with the day of the event, {day}",
                            unit=_UNIT_NAMES[unit], day=Day(last)))
    else:
        steps.append(Phrase("periods", "Day of the event not counted (Art. 3(1)): counting starts {day}",
                            day=Day(event_day + _DAY)))
        last = _nominal_last_day(event_day, amount, unit, steps)

    # Art. 3(4) [V]: a last day that is a public holiday, Sunday or Saturday moves the end to the
    # expiry of the last hour of the following working day.
    if not calendar.is_working_day(last):
        why = _why_not_working(last, calendar)
        also: list[Phrase] = []
        last += _DAY
        while not calendar.is_working_day(last):
            # Weekends that follow need no mention; holidays do, or the jump looks wrong.
            name = calendar.holiday(last)
            if name is not None:
                also.append(Phrase("periods", "{day} is a public holiday, {name}", day=Day(last), name=name))
            last += _DAY
        if also:
            others = also[0]
            for holiday in also[1:]:
                others = Phrase("periods", "{first} and {second}", first=others, second=holiday)
            why = Phrase("periods", "{why} (and {others})", why=why, others=others)
        steps.append(Phrase("periods", "{why}: the period ends at the end of the next working day, {day} (Art. 3(4))",
                            why=why, day=Day(last)))

    # Art. 3(5) [M]: "any period of two days or more shall include at least two working days".
    # We apply it to periods whose stated length is two days or more (every week, month or year),
    # counting the days from the first counted day to the last day after roll-over, and extend
    # the end working day by working day until two are included [A, REFERENCE §7.3 example 5].
    if amount >= 2 or (amount >= 1 and unit is not Unit.DAYS):
        first = event_day + _DAY
        found = working_days_between(first, last, calendar)
        if found >= 2:
            steps.append(Phrase("periods", "{count} working days from {first} to {last}: at least two, as "
                                "Art. 3(5) requires", count=found, first=Day(first), last=Day(last)))
        else:
            before, counted = last, found
            while counted < 2:
                last += _DAY
                counted += calendar.is_working_day(last)
            steps.append(Phrase("periods", "Fewer than two working days in the period ({count} from {first} to "
                                "{before}): extended to {last} (Art. 3(5))",
                                count=found, first=Day(first), before=Day(before), last=Day(last)))

    due = _day_start(last + _DAY, tz)
    steps.append(Phrase("periods", "Due: end of {day}, i.e. {when}", day=Day(last), when=_moment(due.astimezone(tz), zone)))
    return PeriodEnd(due=due, outer=None, last_day=last, steps=tuple(steps))


# --- Helpers ------------------------------------------------------------------------------------


def _check(start: dt.datetime, amount: int, zone: str) -> ZoneInfo:
    if start.tzinfo is None or start.utcoffset() is None:
        raise ValueError("periods are counted from an aware datetime")
    if amount < 0:
        raise ValueError(f"a period cannot be negative ({amount})")
    return times.zone(zone)


def _nominal_last_day(event_day: dt.date, amount: int, unit: Unit, steps: list[str]) -> dt.date:
    """The last day before Art. 3(4) and 3(5), with the step that explains it."""
    if unit is Unit.DAYS:
        last = event_day + amount * _DAY
        steps.append(Phrase("periods", "+ {count}: the last day is {day} (Art. 3(2)(b))",
                            count=_count(amount, "day"), day=Day(last)))
        return last
    if unit is Unit.WEEKS:
        # Art. 3(2)(c): the same day of the week as the day from which the period runs.
        last = event_day + amount * 7 * _DAY
        steps.append(Phrase("periods", "+ {count}: the same weekday, {day} (Art. 3(2)(c))",
                            count=_count(amount, "week"), day=Day(last)))
        return last
    # Art. 3(2)(c): the same date in the last month or year; if that date does not exist there,
    # the period ends with the last day of that month (31 Jan + 1 month, 29 Feb + 1 year).
    months = amount if unit is Unit.MONTHS else 12 * amount
    year, month = divmod(event_day.year * 12 + event_day.month - 1 + months, 12)
    month += 1
    month_end = _month_length(year, month)
    steps.append(Phrase("periods", "+ {count}", count=_count(amount, unit.value.removesuffix("s"))))
    if event_day.day <= month_end:
        last = dt.date(year, month, event_day.day)
        steps.append(Phrase("periods", "Same date in the last month: {day} (Art. 3(2)(c))", day=Day(last)))
        return last
    last = dt.date(year, month, month_end)
    steps.append(Phrase("periods", "Same date in the last month: {missing} does not exist, "
                        "so the end of that month, {day} (Art. 3(2)(c))",
                        missing=f"{year:04d}-{month:02d}-{event_day.day:02d}", day=Day(last)))
    return last


def _month_length(year: int, month: int) -> int:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - _DAY).day


def _end_of_local_hour(start_utc: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """The instant the local clock hour containing ``start_utc`` ends (in UTC).

    Measured in local time, so in a +05:30 zone an event at 14:37 gives 15:00 local, 09:30 UTC.
    We use the offset in force at the event: zones change offset at a boundary of the old hour,
    so this is the next full hour on the wall clock, e.g. 03:00 after 01:30 on a spring-forward
    night in Paris, and the second 02:00 after 02:30 summer time on a fall-back night.
    """
    local = start_utc.astimezone(tz).replace(tzinfo=None)
    into_hour = local - local.replace(minute=0, second=0, microsecond=0)
    return start_utc - into_hour + _HOUR


def _day_start(day: dt.date, tz: ZoneInfo) -> dt.datetime:
    # fold=0: where midnight falls in a spring-forward gap (e.g. America/Havana), zoneinfo reads it
    # with the old offset, which is the instant the day actually begins; where it happens twice,
    # the first one begins the day.
    return dt.datetime.combine(day, dt.time(), tzinfo=tz).astimezone(dt.UTC)


def _why_not_working(day: dt.date, calendar: Calendar) -> Phrase:
    name = calendar.holiday(day)
    saturday = day.weekday() == 5
    if day.weekday() >= 5 and name:
        return (Phrase("periods", "{day} is a Saturday and a public holiday ({name})", day=Day(day), name=name) if saturday
                else Phrase("periods", "{day} is a Sunday and a public holiday ({name})", day=Day(day), name=name))
    if day.weekday() >= 5:
        return (Phrase("periods", "{day} is a Saturday", day=Day(day)) if saturday
                else Phrase("periods", "{day} is a Sunday", day=Day(day)))
    return Phrase("periods", "{day} is a public holiday ({name})", day=Day(day), name=name)


def _moment(local: dt.datetime, zone: str) -> When:
    return When(local, zone, "exact")


# The unit of a period of 0 (French says « 0 jour »: the translations are singular).
_UNIT_NAMES = {
    Unit.HOURS: Phrase("periods", "hours"),
    Unit.DAYS: Phrase("periods", "days"),
    Unit.WEEKS: Phrase("periods", "weeks"),
    Unit.MONTHS: Phrase("periods", "months"),
    Unit.YEARS: Phrase("periods", "years"),
}


def _count(amount: int, noun: str) -> Phrase:
    """``1 day``, ``3 days``… as a phrase (each form is its own string: French plurals differ)."""
    one = amount == 1
    if noun == "hour":
        return Phrase("periods", "1 hour") if one else Phrase("periods", "{n} hours", n=amount)
    if noun == "day":
        return Phrase("periods", "1 day") if one else Phrase("periods", "{n} days", n=amount)
    if noun == "week":
        return Phrase("periods", "1 week") if one else Phrase("periods", "{n} weeks", n=amount)
    if noun == "month":
        return Phrase("periods", "1 month") if one else Phrase("periods", "{n} months", n=amount)
    return Phrase("periods", "1 year") if one else Phrase("periods", "{n} years", n=amount)
