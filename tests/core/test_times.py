"""Local times in the case's zone: the spring-forward gap and the autumn ambiguity."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cnil_case.core import times
from cnil_case.core.errors import AmbiguousTimeError, NonexistentTimeError, ValidationError

UTC = dt.UTC


def test_plain_time_resolves_with_its_offset() -> None:
    moment = times.resolve_local(dt.datetime(2024, 2, 1, 9, 0), "Europe/Paris")
    assert moment.astimezone(UTC) == dt.datetime(2024, 2, 1, 8, 0, tzinfo=UTC)
    assert times.format_offset(moment) == "UTC+01:00"


def test_spring_forward_gap_is_refused_with_a_clear_message() -> None:
    with pytest.raises(NonexistentTimeError) as info:
        times.resolve_local(dt.datetime(2024, 3, 31, 2, 30), "Europe/Paris", field="Time")
    assert info.value.field == "Time"
    assert "does not exist in Europe/Paris" in str(info.value)


def test_autumn_ambiguity_asks_and_both_choices_are_the_right_instants() -> None:
    naive = dt.datetime(2024, 10, 27, 2, 30)
    with pytest.raises(AmbiguousTimeError) as info:
        times.resolve_local(naive, "Europe/Paris")
    first, second = info.value.candidates
    assert first.astimezone(UTC) == dt.datetime(2024, 10, 27, 0, 30, tzinfo=UTC)
    assert second.astimezone(UTC) == dt.datetime(2024, 10, 27, 1, 30, tzinfo=UTC)
    assert "UTC+02:00" in str(info.value) and "UTC+01:00" in str(info.value)
    assert times.resolve_local(naive, "Europe/Paris", fold=0) == first
    assert times.resolve_local(naive, "Europe/Paris", fold=1).astimezone(UTC) == second.astimezone(UTC)


def test_unknown_zone_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="Europe/Pariss"):
        times.zone("Europe/Pariss")


@pytest.mark.parametrize(
    ("precision", "expected"),
    [
        ("exact", "2024-02-01 10:30:15 (UTC+01:00)"),
        ("minute", "2024-02-01 10:30 (UTC+01:00)"),
        ("hour", "2024-02-01 10:00 (UTC+01:00)"),
        ("day", "2024-02-01"),
    ],
)
def test_display_in_case_zone_with_offset(precision: str, expected: str) -> None:
    moment = dt.datetime(2024, 2, 1, 9, 30, 15, tzinfo=UTC)
    assert times.display(moment, "Europe/Paris", precision) == expected


def test_display_follows_the_zone_of_the_case() -> None:
    moment = dt.datetime(2024, 7, 1, 12, 0, tzinfo=UTC)
    assert times.display(moment, "America/New_York", "minute") == "2024-07-01 08:00 (UTC-04:00)"


@given(st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2060, 1, 1)))
def test_every_wall_clock_time_has_zero_one_or_two_meanings(naive: dt.datetime) -> None:
    found = times.candidates(naive, "Europe/Paris")
    assert len(found) in (0, 1, 2)
    for moment in found:
        assert moment.replace(tzinfo=None) == naive
        assert moment.astimezone(UTC).astimezone(moment.tzinfo).replace(tzinfo=None) == naive
