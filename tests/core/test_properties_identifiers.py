"""Property tests: identifier validators accept what they generate and refuse the rest with a ValidationError."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cnil_case.core import identifiers
from cnil_case.core.errors import ValidationError
from tests.helpers.strategies import hostile_text

FAST = settings(max_examples=300, deadline=None)
CHECKS: list[Callable[[str], str]] = [identifiers.check_siren, identifiers.check_siret, identifiers.check_nir]
PREDICATES: list[Callable[[str], bool]] = [identifiers.siren_ok, identifiers.siret_ok, identifiers.nir_ok]
TEXT_TOOLS: list[Callable[[str], object]] = [identifiers.format_nir, identifiers.mask_nir, identifiers.find_nirs,
                                             identifiers.mask_identifiers, identifiers.normalise]


identifier_text = st.one_of(
    hostile_text(max_size=30),  # superscript and Arabic-Indic digits included: they must be refused
    st.text(alphabet="0123456789 .-\u00a0\u202fAB2ab", max_size=20),
)


def _luhn_complete(digits: str) -> str:
    return next(digits + d for d in "0123456789" if identifiers.luhn_ok(digits + d))


siren = st.text(alphabet="0123456789", min_size=8, max_size=8).map(_luhn_complete)
siret = st.text(alphabet="0123456789", min_size=13, max_size=13).map(_luhn_complete)


@st.composite
def nirs(draw: st.DrawFn) -> str:
    body = (draw(st.sampled_from("1278")) + f"{draw(st.integers(0, 99)):02d}"
            + draw(st.sampled_from([f"{m:02d}" for m in range(1, 13)] + [str(m) for m in range(20, 100)]))
            + draw(st.sampled_from([f"{d:02d}" for d in range(1, 100)] + ["2A", "2B"]))
            + f"{draw(st.integers(0, 999)):03d}{draw(st.integers(0, 999)):03d}")
    return body + f"{identifiers.nir_key(body):02d}"


@FAST
@given(identifier_text, st.sampled_from(range(3)))
def test_checks_raise_only_validation_errors(value: str, which: int) -> None:
    try:
        result = CHECKS[which](value)
    except ValidationError as exc:
        assert exc.field in ("SIREN", "SIRET", "NIR") and str(exc).startswith(f"{exc.field}: ")
    else:
        assert PREDICATES[which](value) and result.isascii() and result.isalnum()


@FAST
@given(hostile_text(max_size=300), st.sampled_from(range(len(TEXT_TOOLS))))
def test_display_and_masking_never_raise(value: str, which: int) -> None:
    TEXT_TOOLS[which](value)


@FAST
@given(hostile_text(max_size=100), nirs(), hostile_text(max_size=100), st.sampled_from(["", " ", ".", "-"]))
def test_a_nir_in_text_is_found_and_masked(before: str, nir: str, after: str, sep: str) -> None:
    grouped = sep.join(identifiers.format_nir(nir).split(" ")) if sep else nir
    assert identifiers.find_nirs(f"« {grouped} »") == [grouped]
    masked = identifiers.mask_identifiers(f"{before} {grouped} {after}")
    assert identifiers.find_nirs(masked) == []


@FAST
@given(siren, siret, nirs(), st.sampled_from(["", " ", ".", "\u00a0"]))
def test_generated_identifiers_are_accepted(siren_value: str, siret_value: str, nir: str, sep: str) -> None:
    spaced = sep.join([siren_value[:3], siren_value[3:6], siren_value[6:]])
    assert identifiers.check_siren(spaced) == siren_value and identifiers.siren_ok(spaced)
    assert identifiers.check_siret(siret_value) == siret_value
    assert identifiers.check_nir(identifiers.format_nir(nir)) == nir and identifiers.nir_ok(nir)
    assert identifiers.mask_nir(nir).count("*") == 8


@FAST
@given(nirs(), st.integers(0, 14), st.sampled_from("0123456789"))
def test_one_mistyped_digit_in_a_nir_is_refused(nir: str, position: int, digit: str) -> None:
    typo = nir[:position] + digit + nir[position + 1:]
    if typo != nir and nir[position].isdigit():
        with pytest.raises(ValidationError):
            identifiers.check_nir(typo)


@given(st.sampled_from([identifiers.check_siren, identifiers.siren_ok, identifiers.check_siret, identifiers.siret_ok]))
@example(identifiers.check_siren)
@settings(max_examples=4, deadline=None)
def test_superscript_digits_are_refused_as_validation_errors(check: Callable[[str], object]) -> None:
    for value in ("²" * 9, "²" * 14):
        with contextlib.suppress(ValidationError):
            check(value)


def test_non_ascii_digits_are_refused() -> None:
    with pytest.raises(ValidationError):
        identifiers.check_siren("٧٣٢٨٢٩٣٢٠")  # 732829320 in Arabic-Indic digits
