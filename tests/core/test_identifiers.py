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


# REFERENCE.md §9.1 examples [V, computed].
NIR_EXAMPLES = [
    ("2 69 05 49 588 157", 80),  # fr.wikipedia
    ("2 06 12 75 111 005", 64),  # lbcd78.fr
    ("1 80 01 2A 004 001", 68),  # Corsica: 2A read as 19
]


@pytest.mark.parametrize(("body", "key"), NIR_EXAMPLES)
def test_nir_key(body: str, key: int) -> None:
    assert identifiers.nir_key(body) == key
    assert identifiers.nir_ok(f"{body} {key:02d}")
    assert identifiers.nir_ok(f"{body}{key:02d}".replace(" ", ""))
    assert not identifiers.nir_ok(f"{body} {(key % 97) + 1:02d}")
    assert identifiers.check_nir(f"{body} {key:02d}") == f"{body}{key:02d}".replace(" ", "")


def test_corsica_2a_and_2b() -> None:
    # 2B is read as 18: the same commune and order under 2A and 2B need different keys.
    key_2a = identifiers.nir_key("1800119004001")
    key_2b = identifiers.nir_key("1800118004001")
    assert identifiers.nir_key("18001" + "2A" + "004001") == key_2a == 68
    assert identifiers.nir_key("18001" + "2B" + "004001") == key_2b
    assert identifiers.nir_ok(f"1 80 01 2B 004 001 {key_2b:02d}")
    assert identifiers.nir_ok("1 80 01 2a 004 001 68")  # typed in lower case
    assert not identifiers.nir_ok(f"1 80 01 2B 004 001 {key_2a:02d}")


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("2 69 05 49 588 157 81", "key"),  # wrong key
        ("1 80 01 2A 004 001 69", "key"),
        ("2 69 13 49 588 157 80", "month"),  # month 13
        ("2 69 00 49 588 157 80", "month"),  # month 00
        ("2 69 05 49 588 157", "15 characters"),  # no key
        ("5 69 05 49 588 157 80", "shape"),  # sex digit 5
        ("2 69 05 2C 588 157 80", "shape"),
    ],
)
def test_check_nir_refuses_with_the_field_named(value: str, problem: str) -> None:
    assert not identifiers.nir_ok(value)
    with pytest.raises(ValidationError) as info:
        identifiers.check_nir(value, "Sample NIR")
    assert info.value.field == "Sample NIR"
    assert problem in info.value.reason
    assert "588" not in str(info.value)  # the number is never echoed (it may reach logs)


def test_month_of_an_incomplete_civil_status_is_accepted() -> None:
    body = "1843075123456"  # month 30
    assert identifiers.nir_ok(f"{body}{identifiers.nir_key(body):02d}")


@pytest.mark.parametrize(
    ("value", "masked", "formatted"),
    [
        ("1 84 12 75 123 456 78", "1 84 12 75 *** *** **", "1 84 12 75 123 456 78"),
        ("184127512345678", "1 84 12 75 *** *** **", "1 84 12 75 123 456 78"),
        ("2.69.05.49.588.157.80", "2 69 05 49 *** *** **", "2 69 05 49 588 157 80"),
        ("1 80 01 2A 004 001 68", "1 80 01 2A *** *** **", "1 80 01 2A 004 001 68"),
        ("1800 12b0 0400 168", "1 80 01 2B *** *** **", "1 80 01 2B 004 001 68"),
        ("1 84 12 75 123 456", "1 84 12 75 *** ***", "1 84 12 75 123 456"),  # without its key
    ],
)
def test_mask_and_format_nir(value: str, masked: str, formatted: str) -> None:
    assert identifiers.mask_nir(value) == masked
    assert identifiers.format_nir(value) == formatted


def test_mask_nir_hides_a_value_that_is_not_nir_shaped() -> None:
    assert identifiers.mask_nir(" 1 84 12 ") == "* ** **"
    assert identifiers.format_nir(" 1 84 12 ") == "1 84 12"


def test_mask_identifiers_in_a_quoted_sample() -> None:
    sample = (
        "DUPONT Marie, née le 12/05/1969, NIR 2 69 05 49 588 157 80, contrat 00123456, "
        "tél. 01 23 45 67 89\n"
        "MARTIN Paul;180012A00400168;IBAN FR76 3000 6000 0112 3456 7890 189\n"
        "ayant droit 1.84.12.75.123.456.78 (rang 2), carte 1 84 12 75 123 456\n"
        "EAN 3017620422003, commande 4000123456789012"
    )
    assert identifiers.mask_identifiers(sample) == (
        "DUPONT Marie, née le 12/05/1969, NIR 2 69 05 49 *** *** **, contrat 00123456, "
        "tél. 01 23 45 67 89\n"
        "MARTIN Paul;1 80 01 2A *** *** **;IBAN FR76 3000 6000 0112 3456 7890 189\n"
        "ayant droit 1 84 12 75 *** *** ** (rang 2), carte 1 84 12 75 *** ***\n"
        "EAN 3017620422003, commande 4000123456789012"
    )
    assert identifiers.find_nirs(sample) == [
        "2 69 05 49 588 157 80",
        "180012A00400168",
        "1.84.12.75.123.456.78",
        "1 84 12 75 123 456",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "phone 01 23 45 67 89",
        "SIRET 732 829 320 00074",
        "ref 5841275123456780",  # 16 digits: not a NIR
        "x184127512345678",  # glued to a letter
        "184127512345678901",  # part of a longer number
        "1 84 13 75 123 456 78",  # month 13
        "1841275123456",  # a bare 13-digit run (barcode-like) without a key
    ],
)
def test_mask_identifiers_leaves_other_numbers_alone(text: str) -> None:
    assert identifiers.mask_identifiers(text) == text


_nir_bodies = st.builds(
    lambda sex, year, month, dept, rest: f"{sex}{year:02d}{month:02d}{dept}{rest:06d}",
    st.sampled_from("1278"),
    st.integers(0, 99),
    st.integers(1, 12),
    st.sampled_from(["01", "33", "75", "95", "2A", "2B", "99"]),
    st.integers(1, 999_999),
)


@given(_nir_bodies, st.sampled_from(["", " ", "."]), st.text(alphabet="abc ,;:\n", max_size=10))
def test_every_valid_nir_in_text_is_masked(body: str, sep: str, around: str) -> None:
    nir = f"{body}{identifiers.nir_key(body):02d}"
    assert identifiers.nir_ok(nir)
    groups = identifiers.format_nir(nir).split(" ")
    written = sep.join(groups)
    masked = identifiers.mask_identifiers(f"{around} {written} {around}")
    assert masked == f"{around} {identifiers.mask_nir(nir)} {around}"
    assert nir[7:] not in masked.replace(" ", "")
