"""One typed line to one timeline event: "1 févr. 2024 14h Viamedis informe la CNIL".

A DPO keeps a timeline while reading mails and press articles, in French or English. ``parse``
reads a date, an optional time and the title from the start of a line; ``parse_lines`` does it for
a pasted block, line by line. The time is a wall-clock time in the case's display zone unless the
text carries a UTC offset (ISO 8601 ``…+01:00``, ``Z``, ``UTC``); a local time that does not exist
(spring-forward gap) is refused at its column, one that happens twice (autumn) is kept with both
instants so the GUI can ask which one is meant (``times.resolve_local``): the 72 hours of
Art. 33(1) GDPR run from that instant.

Accepted dates: ISO ``2024-02-01`` (and ``2024-02-01T14:00:00+01:00``), day-first numeric
``01/02/2024`` or ``01.02.2024`` (French usage: 1 February), ``1 févr. 2024``, ``1er février
2024``, ``Feb 1, 2024``, ``1 February 2024``, optionally after a weekday (``jeudi``, ``Thu,``),
which must then agree with the date. Month names are French or English, with or without accents,
in full or cut (``févr``, ``sept``, ``juil``, ``Feb``). Times: ``14:30``, ``14:30:15``, ``14h``,
``14h30``, ``2 pm``, ``2:30 p.m.``. A date alone is an event known to the day; ``14h`` or ``2 pm``
to the hour, ``14:30`` to the minute, seconds make it exact.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from cnil_case.core import times
from cnil_case.core.errors import ValidationError
from cnil_case.core.snapshots import Moment

MAX_TITLE = 500

FIELD = "Quick add"


class QuickAddError(ValidationError):
    """The line cannot be read; ``column`` (1-based) is where the problem starts."""

    def __init__(self, column: int, reason: str) -> None:
        super().__init__(FIELD, f"column {column}: {reason}")
        self.column = column
        self.detail = reason


@dataclass(frozen=True)
class QuickEntry:
    """What a line says: when (as typed, and as instants) and what happened.

    Attributes:
        local: the wall-clock date and time as typed, cut to the precision (naive).
        precision: "day", "hour", "minute" or "exact" (``models.Precision``).
        title: the rest of the line, trimmed.
        candidates: the aware instants ``local`` can mean: one, or two when the local time
            happens twice (autumn fall-back) and the user must choose.
        offset: the UTC offset in minutes the text gave, or None (then the zone's applies).
        zone: the zone the wall-clock time was read in ("" when the text gave an offset).
    """

    local: dt.datetime
    precision: str
    title: str
    candidates: tuple[dt.datetime, ...]
    offset: int | None
    zone: str

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1

    def moment(self, fold: int | None = None) -> Moment:
        """The moment to store; ``fold`` (0 first, 1 second) is needed when ``ambiguous``."""
        if self.ambiguous and fold is None:
            raise ValueError("an ambiguous local time needs a fold")  # callers ask the user first
        chosen = self.candidates[fold or 0]
        if self.precision == "day":
            return Moment(at=chosen.astimezone(dt.UTC), precision="day")
        return Moment(at=chosen.astimezone(dt.UTC), precision=self.precision, offset=times.offset_minutes(chosen))


@dataclass(frozen=True)
class LineResult:
    """One line of a pasted block: the entry read, or why it was refused."""

    number: int  # 1-based, counting blank lines, as an editor shows them
    text: str
    entry: QuickEntry | None = None
    error: QuickAddError | None = None


# --- names -------------------------------------------------------------------------------------

_MONTHS: dict[str, int] = {}
for _number, (_fr, _en) in enumerate(zip(
        ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
         "novembre", "decembre"),
        ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december"), strict=True), start=1):
    _MONTHS[_fr] = _MONTHS[_en] = _number

_WEEKDAYS: dict[str, int] = {}
for _number, (_fr, _en) in enumerate(zip(
        ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), strict=True)):
    _WEEKDAYS[_fr] = _WEEKDAYS[_en] = _number


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _lookup(word: str, names: dict[str, int]) -> int | None:
    """The number a (possibly cut) name stands for; None if none or several match."""
    key = _fold(word)
    if len(key) < 3:
        return names.get(key)
    found = {number for name, number in names.items() if name.startswith(key)}
    return found.pop() if len(found) == 1 else None


# --- the scanner -------------------------------------------------------------------------------

_WORD = r"[^\W\d_]+"
_END = r"(?![^\W_])"  # not followed by a letter or digit
_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:T(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?)?"
)  # no end check here: "T14:00Z" goes on with its offset; ``parse`` wants a space after it all
_NUMERIC = re.compile(r"(?P<d>\d{1,2})(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d+)" + _END)
_DAY_MONTH = re.compile(
    r"(?P<d>\d{1,2})(?:er|st|nd|rd|th)?\s+(?P<mon>" + _WORD + r")\.?,?\s+(?P<y>\d+)" + _END, re.IGNORECASE
)
_MONTH_DAY = re.compile(
    r"(?P<mon>" + _WORD + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d+)" + _END, re.IGNORECASE
)
_WEEKDAY = re.compile(r"(?P<w>" + _WORD + r")\.?,?\s+")
_CONNECTOR = re.compile(r"\s*(?:,\s*)?(?:(?:à|a|at|-|–)\s+)?", re.IGNORECASE)
_TIME_COLON = re.compile(
    r"(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"(?:\s*(?P<ampm>am|pm|a\.m\.|p\.m\.))?" + _END, re.IGNORECASE
)
_TIME_H = re.compile(r"(?P<H>\d{1,2})\s?h(?P<M>\d{2})?" + _END, re.IGNORECASE)
_TIME_AMPM = re.compile(r"(?P<H>\d{1,2})\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)" + _END, re.IGNORECASE)
_OFFSET = re.compile(
    r"\s*(?:(?P<z>Z)|(?P<utc>UTC|GMT)?\s*(?P<sign>[+\-−])(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?|(?P<bare>UTC|GMT))"
    + _END
)
_ISO_OFFSET = re.compile(r"(?:(?P<z>Z)|(?P<sign>[+\-])(?P<oh>\d{2}):?(?P<om>\d{2})?)" + _END)
_SEPARATOR = re.compile(r"[\s\-–—:;,|]*")

_MIN_YEAR, _MAX_YEAR = 1900, 2199


@dataclass
class _When:
    date: dt.date
    hour: int = 0
    minute: int = 0
    second: int = 0
    precision: str = "day"
    offset: int | None = None
    time_column: int = 0


def _col(pos: int) -> int:
    return pos + 1


def _make_date(year: str, month: int, day: str, *, year_pos: int, month_pos: int, day_pos: int) -> dt.date:
    if len(year) != 4:
        raise QuickAddError(_col(year_pos), f"the year “{year}” must have four digits, e.g. 2024")
    y = int(year)
    if not _MIN_YEAR <= y <= _MAX_YEAR:
        raise QuickAddError(_col(year_pos), f"the year {y} is out of range ({_MIN_YEAR}–{_MAX_YEAR})")
    if not 1 <= month <= 12:
        raise QuickAddError(_col(month_pos), f"there is no month {month} (1–12)")
    d = int(day)
    last = calendar.monthrange(y, month)[1]
    if not 1 <= d <= last:
        raise QuickAddError(
            _col(day_pos), f"there is no day {d} in {calendar.month_name[month]} {y} (it has {last} days)"
        )
    return dt.date(y, month, d)


def _month(match: re.Match[str], base: int) -> int:
    number = _lookup(match.group("mon"), _MONTHS)
    if number is None:
        raise QuickAddError(
            _col(base + match.start("mon")),
            f"“{match.group('mon')}” is not a month (French or English, e.g. févr., Feb, février)",
        )
    return number


def _date_at(text: str, pos: int) -> tuple[_When, int] | None:
    """The date starting at ``pos`` and where it ends; None if nothing there looks like a date."""
    rest = text[pos:]
    if match := _ISO.match(rest):
        when = _When(_make_date(match.group("y"), int(match.group("m")), match.group("d"),
                                year_pos=pos, month_pos=pos + match.start("m"), day_pos=pos + match.start("d")))
        end = pos + match.end()
        if match.group("H") is not None:
            _set_time(when, match, pos, ampm=None)
            if offset := _ISO_OFFSET.match(text, end):
                when.offset = _offset_minutes(offset, 0)
                end = offset.end()
        return when, end
    if match := _NUMERIC.match(rest):
        date = _make_date(match.group("y"), int(match.group("m")), match.group("d"), year_pos=pos + match.start("y"),
                          month_pos=pos + match.start("m"), day_pos=pos)
        return _When(date), pos + match.end()
    if match := _DAY_MONTH.match(rest):
        date = _make_date(match.group("y"), _month(match, pos), match.group("d"), year_pos=pos + match.start("y"),
                          month_pos=pos + match.start("mon"), day_pos=pos)
        return _When(date), pos + match.end()
    if match := _MONTH_DAY.match(rest):
        date = _make_date(match.group("y"), _month(match, pos), match.group("d"), year_pos=pos + match.start("y"),
                          month_pos=pos, day_pos=pos + match.start("d"))
        return _When(date), pos + match.end()
    return None


def _set_time(when: _When, match: re.Match[str], base: int, *, ampm: str | None) -> None:
    groups = match.groupdict()
    hour = int(groups["H"])
    minute = int(groups["M"]) if groups.get("M") is not None else None
    second = int(groups["S"]) if groups.get("S") is not None else None
    column = _col(base + match.start("H"))
    if ampm is not None:
        if not 1 <= hour <= 12:
            raise QuickAddError(column, f"the hour {hour} is not between 1 and 12, as “{ampm}” needs")
        hour = hour % 12 + (12 if ampm.lower().startswith("p") else 0)
    elif hour > 23:
        raise QuickAddError(column, f"the hour {hour} is not between 0 and 23")
    if minute is not None and minute > 59:
        raise QuickAddError(_col(base + match.start("M")), f"the minute {minute} is not between 0 and 59")
    if second is not None and second > 59:
        raise QuickAddError(_col(base + match.start("S")), f"the second {second} is not between 0 and 59")
    when.hour, when.minute, when.second = hour, minute or 0, second or 0
    when.precision = "exact" if second is not None else "minute" if minute is not None else "hour"
    when.time_column = column


def _offset_minutes(match: re.Match[str], base: int) -> int:
    if match.group("z") or match.groupdict().get("bare"):
        return 0
    hours, minutes = int(match.group("oh")), int(match.group("om") or 0)
    if hours > 14 or minutes > 59:
        raise QuickAddError(_col(base + match.start("sign")), f"“{match.group(0).strip()}” is not a UTC offset")
    total = hours * 60 + minutes
    return -total if match.group("sign") in "-−" else total


def _time_at(when: _When, text: str, pos: int) -> int:
    """Read an optional time (and offset) after the date; return where the title starts."""
    connector = _CONNECTOR.match(text, pos)
    start = connector.end() if connector else pos
    for regex in (_TIME_COLON, _TIME_H, _TIME_AMPM):
        match = regex.match(text, start)
        if match is None:
            continue
        ampm = match.groupdict().get("ampm")
        _set_time(when, match, 0, ampm=ampm)
        end = match.end()
        offset = _OFFSET.match(text, end)
        # A bare "-3" after a time may start the title; an offset without "UTC" has two digits.
        if offset and (offset.group("bare") or offset.group("z") or offset.group("utc") or len(offset.group("oh")) == 2):
            when.offset = _offset_minutes(offset, 0)
            end = offset.end()
        return end
    return pos


def _weekday_then_date(text: str, pos: int) -> tuple[_When, int] | None:
    match = _WEEKDAY.match(text, pos)
    if match is None:
        return None
    weekday = _lookup(match.group("w"), _WEEKDAYS)
    if weekday is None:
        return None
    found = _date_at(text, match.end())
    if found is None:
        return None
    when, end = found
    if when.date.weekday() != weekday:
        raise QuickAddError(
            _col(pos), f"{when.date:%Y-%m-%d} is a {calendar.day_name[when.date.weekday()]}, "
                       f"not a {calendar.day_name[weekday]}"
        )
    return when, end


_EXAMPLES = "e.g. 2024-02-01 14:00, 01/02/2024, 1 févr. 2024 14h or Feb 1, 2024 2:00 pm"


def parse(text: str, zone_name: str) -> QuickEntry:
    """Read "<date> [time] <title>" from one line, the time in ``zone_name`` unless offset given.

    Raises:
        QuickAddError: no date at the start, a date or time that does not exist (including a
            local time skipped by daylight saving time), or no title; ``column`` says where.
        ValidationError: ``zone_name`` is not a time zone.
    """
    times.zone(zone_name)
    if "\n" in text or "\r" in text:
        raise QuickAddError(1, "one event per line: use parse_lines for several")
    pos = len(text) - len(text.lstrip())
    if pos == len(text):
        raise QuickAddError(1, f"type a date, a time and what happened, {_EXAMPLES}")
    found = _date_at(text, pos)
    if found is None:
        found = _weekday_then_date(text, pos)
    if found is None:
        raise QuickAddError(_col(pos), f"no date at the start of the line: {_EXAMPLES}")
    when, end = found
    if when.precision == "day":
        end = _time_at(when, text, end)
    separator = _SEPARATOR.match(text, end)
    title_pos = separator.end() if separator else end
    if title_pos < len(text) and title_pos == end and text[end - 1].isalnum():
        # "2024-02-01x": the date runs into a word.
        raise QuickAddError(_col(end), "put a space between the date or time and the title")
    title = text[title_pos:].strip()
    if not title:
        raise QuickAddError(_col(len(text.rstrip())), "what happened is missing after the date and time")
    if len(title) > MAX_TITLE:
        raise QuickAddError(_col(title_pos), f"the title is longer than {MAX_TITLE} characters")
    local = dt.datetime.combine(when.date, dt.time(when.hour, when.minute, when.second))
    if when.offset is not None:
        tz = dt.timezone(dt.timedelta(minutes=when.offset))
        return QuickEntry(local=local, precision=when.precision, title=title,
                          candidates=(local.replace(tzinfo=tz),), offset=when.offset, zone="")
    if when.precision == "day":
        candidates: tuple[dt.datetime, ...] = (times.day_start(when.date, zone_name),)
    else:
        candidates = times.candidates(local, zone_name)
        if not candidates:
            raise QuickAddError(
                when.time_column,
                f"{local:%H:%M} does not exist in {zone_name} on {when.date:%Y-%m-%d}: clocks jump forward "
                "an hour that night (daylight saving time); enter the time as the source gave it",
            )
    return QuickEntry(local=local, precision=when.precision, title=title, candidates=candidates, offset=None,
                      zone=zone_name)


def parse_lines(text: str, zone_name: str) -> list[LineResult]:
    """Read every non-blank line of a pasted block; each gets its entry or its error."""
    results = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            results.append(LineResult(number=number, text=line, entry=parse(line, zone_name)))
        except QuickAddError as exc:
            results.append(LineResult(number=number, text=line, error=exc))
    return results
