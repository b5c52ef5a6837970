"""Local wall-clock times in a zone, with the two DST traps handled explicitly.

A user types a local time in the case's zone. In spring a local hour does not exist (Europe/Paris
jumps from 02:00 to 03:00 on the last Sunday of March); in autumn one hour happens twice. We
refuse the first with a clear message and ask which instant is meant for the second, instead of
silently picking one: the 72 hours of Art. 33 run from that instant.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from cnil_case.core.errors import AmbiguousTimeError, NonexistentTimeError, ValidationError
from cnil_case.core.models import Precision
from cnil_case.core.phrases import Phrase

DEFAULT_ZONE = "Europe/Paris"


def zone(name: str, field: str = Phrase("times", "Time zone")) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(field, Phrase("times", "{zone!r} is not a known IANA time zone (e.g. Europe/Paris)",
                                            zone=name)) from exc


def zone_names() -> list[str]:
    return sorted(available_timezones())


def _round_trips(local: dt.datetime) -> bool:
    return local.astimezone(dt.UTC).astimezone(local.tzinfo).replace(tzinfo=None) == local.replace(
        tzinfo=None
    )


def candidates(naive: dt.datetime, zone_name: str) -> tuple[dt.datetime, ...]:
    """The instants (aware, in the zone) that a wall-clock time can mean: 0, 1 or 2."""
    tz = zone(zone_name)
    found: list[dt.datetime] = []
    for fold in (0, 1):
        local = naive.replace(tzinfo=tz, fold=fold)
        if _round_trips(local) and all(local.utcoffset() != f.utcoffset() for f in found):
            found.append(local)
    return tuple(found)


def resolve_local(
    naive: dt.datetime, zone_name: str, *, fold: int | None = None, field: str = "Time"
) -> dt.datetime:
    """Turn a wall-clock time into an aware instant in ``zone_name``.

    Args:
        fold: 0 for the first of two ambiguous instants (summer time), 1 for the second;
            None means "the user has not chosen": an ambiguous time then raises.

    Raises:
        NonexistentTimeError: the time falls in a spring-forward gap.
        AmbiguousTimeError: the time happens twice and ``fold`` is None; ``candidates`` holds both.
    """
    if naive.tzinfo is not None:
        raise ValueError("resolve_local takes a wall-clock (naive) time")
    found = candidates(naive, zone_name)
    when = naive.strftime("%Y-%m-%d %H:%M")
    if not found:
        raise NonexistentTimeError(
            field,
            Phrase("times", "{when} does not exist in {zone}: clocks jump forward an hour that night "
                   "(daylight saving time). Enter the time as the source gave it, e.g. one hour later.",
                   when=when, zone=zone_name),
        )
    if len(found) == 1:
        return found[0]
    if fold is None:
        first, second = found
        raise AmbiguousTimeError(
            field,
            Phrase("times", "{when} happens twice in {zone} (clocks go back an hour that night): "
                   "choose {first} (first) or {second} (second).",
                   when=when, zone=zone_name, first=format_offset(first), second=format_offset(second)),
            found,
        )
    return found[fold]


def format_offset(moment: dt.datetime) -> str:
    offset = moment.utcoffset()
    assert offset is not None
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def offset_minutes(moment: dt.datetime) -> int:
    offset = moment.utcoffset()
    assert offset is not None
    return int(offset.total_seconds() // 60)


_FORMATS = {
    Precision.EXACT: "%Y-%m-%d %H:%M:%S",
    Precision.MINUTE: "%Y-%m-%d %H:%M",
    Precision.HOUR: "%Y-%m-%d %H:00",
    Precision.DAY: "%Y-%m-%d",
}


def display(moment: dt.datetime | None, zone_name: str, precision: str = "minute") -> str:
    """Show an instant in the case's zone, to its precision, with its UTC offset.

    A day-precision moment shows the date only: the offset of a midnight we made up says nothing.
    """
    if moment is None:
        return ""
    local = moment.astimezone(zone(zone_name))
    prec = Precision(precision)
    text = local.strftime(_FORMATS[prec])
    if prec is Precision.DAY:
        return text
    return f"{text} ({format_offset(local)})"


def day_start(day: dt.date, zone_name: str) -> dt.datetime:
    """Midnight of ``day`` in the zone: how a day-precision moment is stored."""
    return resolve_local(dt.datetime.combine(day, dt.time()), zone_name, fold=0)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
