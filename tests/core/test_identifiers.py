"""SIREN / SIRET (Luhn, La Poste) and NIR keys, from REFERENCE.md §9."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cnil_case.core import identifiers
from cnil_case.core.errors import ValidationError


@pytest.mark.parametrize(
    ("siret", "valid"),
    [
        ("73282932000074", True),  # REFERENCE.md §9.2 [V, computed]
        ("732 829 320 00074", True),  # spaces as people type them
        ("73282932000075", False),  # last digit mistyped
        ("35600000000048", True),  # La Poste head office passes Luhn
        ("35600000049837", True),  # La Poste establishment: digit sum 45, a multiple of 5
        ("35600000049838", False),  # neither rule
        ("7328293200007", False),  # 13 digits
        ("7328293200007A", False),
    ],
)
def test_siret(siret: str, valid: bool) -> None:
    assert identifiers.siret_ok(siret) is valid


@pytest.mark.parametrize(
    ("siren", "valid"),
    [("732829320", True), ("356000000", True), ("732829321", False), ("73282932", False), ("", False)],
)
def test_siren(siren: str, valid: bool) -> None:
    assert identifiers.siren_ok(siren) is valid


def test_check_siren_names_the_field_and_the_problem() -> None:
    with pytest.raises(ValidationError) as info:
        identifiers.check_siren("732829321")
    assert info.value.field == "SIREN"
    assert "Luhn" in str(info.value)
    with pytest.raises(ValidationError, match="9 digits"):
        identifiers.check_siren("12345")


def test_la_poste_rule_applies_only_to_la_poste() -> None:
    # Digit sum 45 but not La Poste's SIREN: must fail (Luhn fails too).
    other = "73282932000018"
    assert sum(map(int, other)) % 5 == 0
    assert not identifiers.luhn_ok(other)
    assert not identifiers.siret_ok(other)


@given(st.text(alphabet="0123456789", min_size=8, max_size=8))
def test_every_body_has_exactly_one_luhn_check_digit(body: str) -> None:
    valid = [d for d in "0123456789" if identifiers.luhn_ok(body + d)]
    assert len(valid) == 1


@pytest.mark.parametrize(
    ("body", "key"),
    [("2690549588157", 80), ("2061275111005", 64), ("18001" + "2A" + "004001", 68)],
)
def test_nir_key(body: str, key: int) -> None:
    assert identifiers.nir_key(body) == key
    assert identifiers.nir_ok(f"{body}{key:02d}")
    assert not identifiers.nir_ok(f"{body}{(key % 97) + 1:02d}")


def test_mask_nir_keeps_only_sex_digit_and_key() -> None:
    assert identifiers.mask_nir("2 69 05 49 588 157 80") == "2" + "•" * 12 + "80"
