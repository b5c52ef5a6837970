"""core.quickadd: one typed line to a date, time and title, in French or English."""

from __future__ import annotations

import datetime as dt

import pytest

from cnil_case.core import quickadd
from cnil_case.core.errors import ValidationError

PARIS = "Europe/Paris"
D = dt.datetime

VALID = [
    # text, wall-clock as typed, precision, title, UTC instant
    ("2024-02-01 14:00 Viamedis informe la CNIL", D(2024, 2, 1, 14), "minute", "Viamedis informe la CNIL",
     D(2024, 2, 1, 13)),
    ("1 févr. 2024 14h Viamedis informe la CNIL", D(2024, 2, 1, 14), "hour", "Viamedis informe la CNIL",
     D(2024, 2, 1, 13)),
    ("01/02/2024 14:00 Viamedis informe la CNIL", D(2024, 2, 1, 14), "minute", "Viamedis informe la CNIL",
     D(2024, 2, 1, 13)),
    ("Feb 1, 2024 2:00 pm Viamedis notifies the CNIL", D(2024, 2, 1, 14), "minute", "Viamedis notifies the CNIL",
     D(2024, 2, 1, 13)),
    ("1 fevr 2024 14h30 sans accent", D(2024, 2, 1, 14, 30), "minute", "sans accent", D(2024, 2, 1, 13, 30)),
    ("1er février 2024 à 9h Almerys détecte", D(2024, 2, 1, 9), "hour", "Almerys détecte", D(2024, 2, 1, 8)),
    ("jeudi 1 février 2024 10:30 jour de la semaine", D(2024, 2, 1, 10, 30), "minute", "jour de la semaine",
     D(2024, 2, 1, 9, 30)),
    ("Thu, Feb 1, 2024, 2 pm weekday first", D(2024, 2, 1, 14), "hour", "weekday first", D(2024, 2, 1, 13)),
    ("February 1st 2024 2:30 p.m. - long month", D(2024, 2, 1, 14, 30), "minute", "long month",
     D(2024, 2, 1, 13, 30)),
    ("1 February 2024 12 am midnight", D(2024, 2, 1, 0), "hour", "midnight", D(2024, 1, 31, 23)),
    ("12 août 2024 12 pm midi", D(2024, 8, 12, 12), "hour", "midi", D(2024, 8, 12, 10)),
    ("1 aout 2024 14:30:15 exact", D(2024, 8, 1, 14, 30, 15), "exact", "exact", D(2024, 8, 1, 12, 30, 15)),
    ("Mar 5, 2024 Mar is March here", D(2024, 3, 5), "day", "Mar is March here", D(2024, 3, 4, 23)),
    ("mar. 5 mars 2024 mardi", D(2024, 3, 5), "day", "mardi", D(2024, 3, 4, 23)),
    ("7 sept. 2024 : press article", D(2024, 9, 7), "day", "press article", D(2024, 9, 6, 22)),
    ("15 juil 2024 — juillet", D(2024, 7, 15), "day", "juillet", D(2024, 7, 14, 22)),
    ("15.07.2024 dotted", D(2024, 7, 15), "day", "dotted", D(2024, 7, 14, 22)),
    ("2024-02-07 CNIL press release", D(2024, 2, 7), "day", "CNIL press release", D(2024, 2, 6, 23)),
    ("2024-02-01T14:00:00+01:00 ISO with offset", D(2024, 2, 1, 14), "exact", "ISO with offset", D(2024, 2, 1, 13)),
    ("2024-02-01T13:00Z ISO in UTC", D(2024, 2, 1, 13), "minute", "ISO in UTC", D(2024, 2, 1, 13)),
    ("2024-02-01 14:00 UTC+2 offset in words", D(2024, 2, 1, 14), "minute", "offset in words", D(2024, 2, 1, 12)),
    ("2024-02-01 14:00 -3 comptes", D(2024, 2, 1, 14), "minute", "3 comptes", D(2024, 2, 1, 13)),
    ("  2024-02-01 at the office", D(2024, 2, 1), "day", "at the office", D(2024, 1, 31, 23)),
    # Summer time: Paris is UTC+02:00.
    ("2024-07-14 09:00 summer", D(2024, 7, 14, 9), "minute", "summer", D(2024, 7, 14, 7)),
    # The spring-forward night: 03:00 exists, the day itself starts at midnight as usual.
    ("2024-03-31 03:00 after the gap", D(2024, 3, 31, 3), "minute", "after the gap", D(2024, 3, 31, 1)),
    ("31/03/2024 day of the gap", D(2024, 3, 31), "day", "day of the gap", D(2024, 3, 30, 23)),
]


@pytest.mark.parametrize(("text", "local", "precision", "title", "utc"), VALID, ids=[v[0] for v in VALID])
def test_valid_lines(text: str, local: dt.datetime, precision: str, title: str, utc: dt.datetime) -> None:
    entry = quickadd.parse(text, PARIS)
    assert (entry.local, entry.precision, entry.title) == (local, precision, title)
    assert not entry.ambiguous
    assert entry.moment().at == utc.replace(tzinfo=dt.UTC)
    assert entry.moment().precision == precision


INVALID = [
    # text, column, words of the reason
    ("", 1, "type a date"),
    ("Viamedis informe la CNIL", 1, "no date at the start"),
    ("14h Viamedis", 1, "no date at the start"),
    ("2024-13-01 month 13", 6, "no month 13"),
    ("2024-02-30 no such day", 9, "no day 30 in February 2024"),
    ("31/02/2024 no such day", 1, "no day 31 in February 2024"),
    ("29/02/2023 not a leap year", 1, "no day 29 in February 2023"),
    ("01/02/24 two-digit year", 7, "four digits"),
    ("1 fevrr 2024 typo", 3, "“fevrr” is not a month"),
    ("1 jui 2024 juin or juillet", 3, "“jui” is not a month"),
    ("2024-02-01 25:00 hour", 12, "hour 25"),
    ("2024-02-01 14:75 minute", 15, "minute 75"),
    ("1 févr. 2024 13 pm", 14, "between 1 and 12"),
    ("vendredi 1 février 2024 wrong weekday", 1, "is a Thursday, not a Friday"),
    ("2024-02-01 14:00", 17, "what happened is missing"),
    ("2024-02-01x glued", 11, "put a space"),
    ("2024-02-01T14:00+25:00 bad offset", 17, "not a UTC offset"),
    ("1850-02-01 old", 1, "out of range"),
    # Spring forward in Paris: 02:00–02:59 on 31 March 2024 never happened.
    ("2024-03-31 02:30 in the gap", 12, "does not exist in Europe/Paris"),
    ("31 mars 2024 2h in the gap", 14, "does not exist in Europe/Paris"),
    ("Mar 31, 2024 2:15 am in the gap", 14, "does not exist in Europe/Paris"),
]


@pytest.mark.parametrize(("text", "column", "reason"), INVALID, ids=[v[0] or "empty" for v in INVALID])
def test_invalid_lines_say_what_and_where(text: str, column: int, reason: str) -> None:
    with pytest.raises(quickadd.QuickAddError) as refused:
        quickadd.parse(text, PARIS)
    assert refused.value.column == column
    assert reason in refused.value.detail
    assert str(refused.value).startswith(f"Quick add: column {column}: ")
    assert isinstance(refused.value, ValidationError)


@pytest.mark.parametrize("text", ["2024-10-27 02:30 fall back", "27 oct. 2024 2h30 fall back",
                                  "Oct 27, 2024 2:30 am fall back"])
def test_a_time_that_happens_twice_keeps_both_instants(text: str) -> None:
    entry = quickadd.parse(text, PARIS)
    assert entry.ambiguous
    assert [c.utcoffset() for c in entry.candidates] == [dt.timedelta(hours=2), dt.timedelta(hours=1)]
    assert entry.moment(0).at == dt.datetime(2024, 10, 27, 0, 30, tzinfo=dt.UTC)
    assert entry.moment(1).at == dt.datetime(2024, 10, 27, 1, 30, tzinfo=dt.UTC)
    assert entry.moment(1).offset == 60
    with pytest.raises(ValueError, match="needs a fold"):
        entry.moment()


def test_an_offset_wins_over_the_zone() -> None:
    # 02:30 does not exist in Paris that night, but it does at UTC+01:00.
    entry = quickadd.parse("2024-03-31T02:30+01:00 logged by the SIEM", PARIS)
    assert entry.moment().at == dt.datetime(2024, 3, 31, 1, 30, tzinfo=dt.UTC)
    assert entry.moment().offset == 60
    assert entry.zone == ""


def test_the_zone_is_the_cases() -> None:
    entry = quickadd.parse("2024-02-01 14:00 New York office", "America/New_York")
    assert entry.moment().at == dt.datetime(2024, 2, 1, 19, tzinfo=dt.UTC)
    with pytest.raises(ValidationError, match="not a known IANA time zone"):
        quickadd.parse("2024-02-01 14:00 x", "Mars/Olympus")


def test_parse_lines_numbers_lines_as_an_editor_does() -> None:
    results = quickadd.parse_lines("2024-02-01 first\n\nnonsense\r\n1 févr. 2024 14h third\n", PARIS)
    assert [r.number for r in results] == [1, 3, 4]
    assert [r.entry.title if r.entry else None for r in results] == ["first", None, "third"]
    assert results[1].error is not None and results[1].error.column == 1
    with pytest.raises(quickadd.QuickAddError, match="one event per line"):
        quickadd.parse("2024-02-01 a\n2024-02-02 b", PARIS)
