"""Sentences the core writes for people, translatable without Qt.

A ``Phrase`` is the English sentence itself (a ``str``: the command line, the logs, the JSON
output and the tests read it as before) that also keeps how it was made: a context, an English
template with ``{name}`` placeholders, and the values. The window translates the template with
Qt (``QCoreApplication.translate(context, template)``; ``cnil_case/translations.py`` extracts
every ``Phrase("context", "template", …)`` call into the .ts files) and writes the values for
its language (``ui/language.text``): a ``When`` as a local date and time, a ``Duration`` in days,
hours and minutes, a ``Holiday`` by its name in that language, a nested ``Phrase`` translated in
turn.

A ``Phrase`` without values is a translatable constant, e.g. the name of a duty in the regime
table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class Phrase(str):
    """An English sentence that can be written again in another language."""

    context: str
    template: str
    values: dict[str, Any]

    def __new__(cls, context: str, template: str, /, **values: Any) -> Phrase:
        english = template.format(**values) if values else template
        phrase = super().__new__(cls, english)
        phrase.context = context
        phrase.template = template
        phrase.values = values
        return phrase

    def __getnewargs_ex__(self) -> tuple[tuple[str, str], dict[str, Any]]:  # copy and pickle
        return (self.context, self.template), self.values


@dataclass(frozen=True)
class When:
    """An instant as a reader sees it in ``zone``, with the day of the week and the UTC offset.

    ``precision`` "day" shows the date only; "exact" shows the seconds when there are some.
    """

    moment: dt.datetime
    zone: str
    precision: str = "minute"

    def local(self) -> dt.datetime:
        from cnil_case.core import times  # times imports the models; phrases stays light

        return self.moment.astimezone(times.zone(self.zone))

    def __str__(self) -> str:
        from cnil_case.core import times

        local = self.local()
        day = f"{_WEEKDAYS[local.weekday()]} {local.date().isoformat()}"
        if self.precision == "day":
            return day
        clock = local.strftime("%H:%M:%S" if self.precision == "exact" and local.second else "%H:%M")
        return f"{day} {clock} ({times.format_offset(local)})"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


@dataclass(frozen=True)
class Day:
    """A calendar day for a reader, with the day of the week: ``Mon 2024-03-04``."""

    day: dt.date

    def __str__(self) -> str:
        return f"{_WEEKDAYS[self.day.weekday()]} {self.day.isoformat()}"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


@dataclass(frozen=True)
class Duration:
    """A length of time for a reader: ``3 d 04 h 05 min`` (the sign is dropped: the sentence
    around it says "left" or "overdue by")."""

    delta: dt.timedelta

    def parts(self) -> tuple[int, int, int]:
        """Days, hours, minutes."""
        minutes = abs(int(self.delta.total_seconds())) // 60
        days, minutes = divmod(minutes, 24 * 60)
        hours, minutes = divmod(minutes, 60)
        return days, hours, minutes

    def __str__(self) -> str:
        days, hours, minutes = self.parts()
        if days:
            return f"{days} d {hours:02d} h {minutes:02d} min"
        if hours:
            return f"{hours} h {minutes:02d} min"
        return f"{minutes} min"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


@dataclass(frozen=True)
class Holiday:
    """A public holiday of a French calendar (``calendar`` a ``periods.CALENDARS`` code, None for
    the national list), named in English by ``str`` (``Easter Monday``); the window asks
    ``name("fr")`` for « Lundi de Pâques »."""

    day: dt.date
    calendar: str | None = None

    def name(self, language: str = "en") -> str:
        """The holiday's name in ``language`` ("en" or "fr"; the ``holidays`` package knows both)."""
        from cnil_case.core import periods  # periods imports this module

        return periods.holiday_name(self.day, self.calendar, language) or self.day.isoformat()

    def __str__(self) -> str:
        return self.name()

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)
