"""ENISA 2013 severity: the tables and worked numbers of REFERENCE.md §4, plus properties."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cnil_case.core import enisa, taxonomy
from cnil_case.core.enisa import Band, CategoryScore, EnisaInput
from cnil_case.core.errors import ValidationError


def _input(*scores: tuple[int, int], ei: float = 1.0, **cb: float) -> EnisaInput:
    """Categories c0, c1… from (base, adjustment) pairs; ``cb`` holds ``cb_*`` levels."""
    categories = tuple(CategoryScore(code=f"c{i}", base=b, adjustment=a) for i, (b, a) in enumerate(scores))
    return _replace(EnisaInput(categories=categories, ei=ei), **cb)


def _replace(data: EnisaInput, **changes: Any) -> EnisaInput:
    return dataclasses.replace(data, **changes)


# --- DPC: base scores and adjustments (REFERENCE §4.2) ---------------------------------------


@pytest.mark.parametrize(
    ("enisa_type", "base"),
    [("simple", 1), ("behavioural", 2), ("financial", 3), ("sensitive", 4)],
)
def test_base_score_per_type(enisa_type: str, base: int) -> None:
    assert taxonomy.ENISA_TYPE_BASES[enisa_type] == base
    category = next(c for c in taxonomy.data_categories() if c.enisa_type == enisa_type)
    start = enisa.default_input([category])
    assert start.categories[0].base == base
    assert enisa.score(start).dpc == base


@pytest.mark.parametrize(
    ("case", "base", "adjustment", "dpc"),
    [
        # Simple [V base; M adjustments; S examples]
        ("supermarket customers", 1, 0, 1),
        ("luxury-goods seller: assumptions on financial status", 1, +1, 2),
        ("adult-bookstore delivery addresses: sexual preference", 1, +2, 3),
        ("undercover officers: critical for their safety", 1, +3, 4),
        # Behavioural
        ("ISP helpdesk calls: no substantial insight", 2, -1, 1),
        ("a week of call history", 2, 0, 2),
        ("a year of call history: everyday-life profile", 2, +1, 3),
        ("calls to a psychological support centre: sensitive profile", 2, +2, 4),
        # Financial
        ("letter showing a bank customer", 3, -2, 1),
        ("a day of transactions without details", 3, -1, 2),
        ("a month of balances", 3, 0, 3),
        ("a year of detailed statements", 3, +1, 4),
        # Sensitive
        ("had general blood tests", 4, -3, 1),
        ("blood test at A&E", 4, -2, 2),
        ("test for a specific disease", 4, -1, 3),
        ("actual results", 4, 0, 4),
    ],
)
def test_enisa_example_cases(case: str, base: int, adjustment: int, dpc: int) -> None:
    category = CategoryScore(code="example", base=base, adjustment=adjustment, justification=case)
    assert category.score == dpc
    result = enisa.score(EnisaInput(categories=(category,), ei=1.0))
    assert result.dpc == dpc
    assert case in result.steps[0]


@pytest.mark.parametrize(
    ("base", "adjustment", "dpc"),
    [(4, 3, 4), (4, 1, 4), (3, 3, 4), (1, -3, 1), (2, -3, 1), (1, -1, 1)],
)
def test_dpc_is_clamped_to_1_4(base: int, adjustment: int, dpc: int) -> None:
    assert CategoryScore(code="x", base=base, adjustment=adjustment).score == dpc
    result = enisa.score(_input((base, adjustment)))
    assert result.dpc == dpc
    if base + adjustment != dpc:
        assert "kept within 1–4" in result.steps[0]


def test_dpc_is_the_highest_category_and_names_it() -> None:
    data = EnisaInput(
        categories=(
            CategoryScore(code="identity", base=1),
            CategoryScore(code="health", base=4, adjustment=-2, justification="only general assumptions"),
            CategoryScore(code="bank_card", base=3),
        ),
        ei=1.0,
    )
    result = enisa.score(data)
    assert (result.dpc, result.dpc_category) == (3, "bank_card")
    assert "Bank and card details" in result.steps[0]
    assert "Identity and civil status 1" in result.steps[0]


def test_a_tie_keeps_the_first_category() -> None:
    result = enisa.score(_input((2, 0), (1, 1)))
    assert result.dpc_category == "c0"


# --- EI and CB (REFERENCE §4.3) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("ei", "level"),
    [(0.25, "negligible"), (0.5, "limited"), (0.75, "significant"), (1.0, "maximum")],
)
def test_ei_levels(ei: float, level: str) -> None:
    assert enisa.EI_LEVELS[ei] == level
    result = enisa.score(_input((4, 0), ei=ei))
    assert result.se == 4 * ei
    assert level in result.steps[1]


@pytest.mark.parametrize(
    ("cb", "total"),
    [
        ({}, 0.0),
        ({"cb_confidentiality": 0.25}, 0.25),
        ({"cb_confidentiality": 0.5, "cb_malicious": 0.5}, 1.0),
        ({"cb_integrity": 0.25, "cb_availability": 0.25}, 0.5),
        ({"cb_confidentiality": 0.5, "cb_integrity": 0.5, "cb_availability": 0.5}, 1.5),
        (
            {"cb_confidentiality": 0.5, "cb_integrity": 0.5, "cb_availability": 0.5, "cb_malicious": 0.5},
            2.0,
        ),
    ],
)
def test_cb_elements_add_up(cb: dict[str, float], total: float) -> None:
    result = enisa.score(_input((1, 0), **cb))
    assert result.cb == total
    assert result.se == 1 + total


def test_maximum_se_is_6() -> None:
    result = enisa.score(
        _input((4, 0), cb_confidentiality=0.5, cb_integrity=0.5, cb_availability=0.5, cb_malicious=0.5)
    )
    assert (result.cb, result.se, result.band) == (enisa.CB_MAX, enisa.SE_MAX, Band.VERY_HIGH)


# --- bands (REFERENCE §4.4) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("se", "expected"),
    [
        (0.25, Band.LOW),
        (1.99, Band.LOW),
        (2.0, Band.MEDIUM),
        (2.99, Band.MEDIUM),
        (3.0, Band.HIGH),
        (3.99, Band.HIGH),
        (4.0, Band.VERY_HIGH),
        (6.0, Band.VERY_HIGH),
    ],
)
def test_band_boundaries(se: float, expected: Band) -> None:
    assert enisa.band(se) is expected


def test_every_band_has_effects_marked_secondary() -> None:
    assert set(enisa.BAND_EFFECTS) == set(Band)
    assert all(text.endswith("[S].") for text in enisa.BAND_EFFECTS.values())


# --- worked numbers (REFERENCE §4.4 [A]) -----------------------------------------------------


def _viamedis(nir_adjustment: int) -> EnisaInput:
    categories = [taxonomy.data_category(c) for c in ("identity", "birth_date", "nir", "insurance")]
    start = enisa.default_input(categories, confidentiality=0.5, malicious=True, individuals=33_000_000)
    adjusted = tuple(
        dataclasses.replace(c, adjustment=nir_adjustment, justification="volume and identity-fraud potential")
        if c.code == "nir"
        else c
        for c in start.categories
    )
    return dataclasses.replace(start, categories=adjusted)


def test_viamedis_like_breach_is_high() -> None:
    result = enisa.score(_viamedis(+1))
    assert (result.dpc, result.dpc_category, result.ei, result.cb) == (2, "nir", 1.0, 1.0)
    assert result.se == 3.0
    assert result.band is Band.HIGH
    assert "DPC 2 × EI 1 + CB 1.0 = SE 3.0" in result.steps
    assert "volume and identity-fraud potential" in result.steps[0]
    assert "33,000,000 individuals" in result.steps[-1]
    assert result.individuals == 33_000_000


def test_viamedis_like_breach_with_dpc_1_is_medium() -> None:
    result = enisa.score(_viamedis(0))
    assert (result.se, result.band) == (2.0, Band.MEDIUM)
    assert "DPC 1 × EI 1 + CB 1.0 = SE 2.0" in result.steps


def test_encrypted_laptop_with_the_key_safe_is_low() -> None:
    start = enisa.default_input([taxonomy.data_category("contact")], unintelligible=True)
    result = enisa.score(start)
    assert (result.dpc, result.ei, result.cb, result.se) == (1, 0.25, 0.0, 0.25)
    assert result.band is Band.LOW
    assert "DPC 1 × EI 0.25 + CB 0.0 = SE 0.25" in result.steps
    assert result.unintelligible
    assert "unintelligible" in result.steps[-1]


def test_steps_explain_every_factor() -> None:
    result = enisa.score(_viamedis(+1))
    dpc, ei, cb, arithmetic, band_step, outside = result.steps
    assert dpc.startswith("Data processing context (DPC) 2")
    assert "maximum" in ei and "no special research" in ei
    for element in ("confidentiality +0.5", "integrity +0.0", "availability +0.0", "malicious intent +0.5"):
        assert element in cb
    assert arithmetic == "DPC 2 × EI 1 + CB 1.0 = SE 3.0"
    assert "Severity high" in band_step and "3 ≤ SE < 4" in band_step and "[V]" in band_step
    assert "not in the formula" in outside


def test_se_is_rounded_for_display_only() -> None:
    assert enisa.format_number(1.0) == "1.0"
    assert enisa.format_number(0.25) == "0.25"
    assert enisa.format_number(2.5) == "2.5"
    assert enisa.format_number(1.0, ei=True) == "1"
    assert enisa.format_number(0.75, ei=True) == "0.75"


# --- default_input ---------------------------------------------------------------------------


def test_default_input_puts_credentials_at_the_highest_other_base() -> None:
    categories = [taxonomy.data_category(c) for c in ("credentials", "contact", "bank_card")]
    start = enisa.default_input(categories)
    assert [c.base for c in start.categories] == [3, 1, 3]
    assert "system they open" in start.categories[0].justification


def test_default_input_credentials_alone_start_at_1_or_the_chosen_base() -> None:
    credentials = taxonomy.data_category("credentials")
    assert enisa.default_input([credentials]).categories[0].base == 1
    assert enisa.default_input([credentials], credentials_base=4).categories[0].base == 4
    with pytest.raises(ValidationError) as info:
        enisa.default_input([credentials], credentials_base=5)
    assert info.value.field == "Credentials base"


@pytest.mark.parametrize(
    ("codes", "identifies", "unintelligible", "ei"),
    [
        (("identity", "health"), None, False, 1.0),
        (("health",), None, False, 0.5),
        (("health",), True, False, 1.0),
        (("identity",), False, False, 0.5),
        (("identity", "health"), None, True, 0.25),
    ],
)
def test_default_input_ease_of_identification(
    codes: tuple[str, ...], identifies: bool | None, unintelligible: bool, ei: float
) -> None:
    categories = [taxonomy.data_category(c) for c in codes]
    start = enisa.default_input(categories, identifies=identifies, unintelligible=unintelligible)
    assert start.ei == ei
    assert "REFERENCE §4.3" in start.ei_justification


def test_default_input_justifies_each_category() -> None:
    start = enisa.default_input(list(taxonomy.data_categories()))
    assert all("REFERENCE §4.2" in c.justification for c in start.categories)
    assert all(c.adjustment == 0 for c in start.categories)
    assert enisa.score(start).dpc == 4


def test_default_input_needs_a_category() -> None:
    with pytest.raises(ValidationError, match="at least one"):
        enisa.default_input([])


# --- refusals --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"ei": 0.3}, "EI"),
        ({"ei": 0.0}, "EI"),
        ({"ei": 2.0}, "EI"),
        ({"ei": True}, "EI"),
        ({"ei": float("nan")}, "EI"),
        ({"cb_confidentiality": 0.75}, "CB confidentiality"),
        ({"cb_integrity": -0.25}, "CB integrity"),
        ({"cb_availability": 1.0}, "CB availability"),
        ({"cb_malicious": 0.25}, "CB malicious intent"),
        ({"categories": ()}, "Data categories"),
        ({"categories": (CategoryScore(code="health", base=4, adjustment=-4),)}, "DPC adjustment (health)"),
        ({"categories": (CategoryScore(code="nir", base=1, adjustment=4),)}, "DPC adjustment (nir)"),
        ({"categories": (CategoryScore(code="x", base=5),)}, "DPC base (x)"),
        ({"categories": (CategoryScore(code="x", base=0),)}, "DPC base (x)"),
        ({"individuals": -1}, "Number of individuals"),
    ],
)
def test_invalid_levels_are_refused_with_the_field_named(change: dict[str, object], field: str) -> None:
    data = _replace(_input((1, 0)), **change)
    with pytest.raises(ValidationError) as info:
        enisa.score(data)
    assert info.value.field == field


# --- properties ------------------------------------------------------------------------------

_category = st.builds(
    CategoryScore,
    code=st.sampled_from(["a", "b", "c"]),
    base=st.integers(1, 4),
    adjustment=st.integers(-3, 3),
)
_half = st.sampled_from([0.0, 0.25, 0.5])
_inputs = st.builds(
    EnisaInput,
    categories=st.lists(_category, min_size=1, max_size=4).map(tuple),
    ei=st.sampled_from(sorted(enisa.EI_LEVELS)),
    cb_confidentiality=_half,
    cb_integrity=_half,
    cb_availability=_half,
    cb_malicious=st.sampled_from([0.0, 0.5]),
)
_CB_FIELDS = {
    "cb_confidentiality": enisa.CB_CONFIDENTIALITY,
    "cb_integrity": enisa.CB_INTEGRITY,
    "cb_availability": enisa.CB_AVAILABILITY,
    "cb_malicious": enisa.CB_MALICIOUS,
}


@given(_inputs)
def test_se_stays_within_its_range(data: EnisaInput) -> None:
    result = enisa.score(data)
    assert 0.25 <= result.se <= enisa.SE_MAX
    assert result.band is enisa.band(result.se)
    assert result.se == result.dpc * result.ei + result.cb


@given(_inputs, _category)
def test_adding_a_category_never_lowers_se(data: EnisaInput, extra: CategoryScore) -> None:
    more = dataclasses.replace(data, categories=(*data.categories, extra))
    assert enisa.score(more).se >= enisa.score(data).se


@given(_inputs, st.sampled_from(sorted(_CB_FIELDS)), st.data())
def test_raising_a_cb_element_never_lowers_se(data: EnisaInput, field: str, draw: st.DataObject) -> None:
    current = getattr(data, field)
    higher = draw.draw(st.sampled_from([v for v in _CB_FIELDS[field] if v >= current]))
    assert enisa.score(_replace(data, **{field: higher})).se >= enisa.score(data).se


@given(_inputs, st.data())
def test_raising_ei_never_lowers_se(data: EnisaInput, draw: st.DataObject) -> None:
    higher = draw.draw(st.sampled_from([v for v in enisa.EI_LEVELS if v >= data.ei]))
    assert enisa.score(dataclasses.replace(data, ei=higher)).se >= enisa.score(data).se


@given(_inputs, st.integers(0, 5))
def test_raising_an_adjustment_never_lowers_se(data: EnisaInput, index: int) -> None:
    categories = list(data.categories)
    target = categories[index % len(categories)]
    if target.adjustment < enisa.ADJUSTMENT_MAX:
        categories[index % len(categories)] = dataclasses.replace(target, adjustment=target.adjustment + 1)
    assert enisa.score(dataclasses.replace(data, categories=tuple(categories))).se >= enisa.score(data).se


@given(
    st.lists(st.sampled_from(taxonomy.data_categories()), min_size=1, max_size=5),
    _half,
    st.booleans(),
)
def test_unintelligible_data_never_raise_se(
    categories: list[taxonomy.DataCategory], confidentiality: float, malicious: bool
) -> None:
    def se(unintelligible: bool) -> float:
        start = enisa.default_input(
            categories, confidentiality=confidentiality, malicious=malicious, unintelligible=unintelligible
        )
        return enisa.score(start).se

    assert se(True) <= se(False)
