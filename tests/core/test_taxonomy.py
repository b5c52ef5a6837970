"""The bundled taxonomy files: schema, REFERENCE.md coverage, and loud failures on bad data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from cnil_case import paths
from cnil_case.core import taxonomy
from cnil_case.core.errors import ValidationError
from cnil_case.core.taxonomy import TaxonomyError

DATA = taxonomy.data_categories()
PERSONS = taxonomy.person_categories()

# Art. 9(1) lists eight special categories [V]; each gets its own code.
ART9 = {
    "health", "genetic", "biometric", "sex_life", "ethnic_origin", "political_opinions",
    "religious_beliefs", "trade_union",
}  # fmt: skip


@pytest.mark.parametrize("category", DATA, ids=lambda c: c.code)
def test_data_category_fields(category: taxonomy.DataCategory) -> None:
    for text in (category.label_en, category.label_fr, category.description_en, category.description_fr):
        assert text.strip() == text and text
    assert "\n" not in category.description_en + category.description_fr
    assert category.enisa_type in taxonomy.ENISA_TYPE_BASES
    if category.enisa_type == "credentials":
        assert category.enisa_base is None
    else:
        assert category.enisa_base is not None and 1 <= category.enisa_base <= 4
        # The base is ENISA's for the type (REFERENCE §4.2 [V]); adjustments are per case.
        assert category.enisa_base == taxonomy.ENISA_TYPE_BASES[category.enisa_type]
    if category.special is not None:
        assert category.enisa_type == "sensitive"


@pytest.mark.parametrize("category", PERSONS, ids=lambda c: c.code)
def test_person_category_fields(category: taxonomy.PersonCategory) -> None:
    for text in (category.label_en, category.label_fr, category.description_en, category.description_fr):
        assert text.strip() == text and text
    assert not category.minors or category.vulnerable


@pytest.mark.parametrize("items", [DATA, PERSONS], ids=["data", "persons"])
def test_codes_are_unique(items: tuple[taxonomy.DataCategory, ...] | tuple[taxonomy.PersonCategory, ...]) -> None:
    codes = [item.code for item in items]
    assert len(codes) == len(set(codes))


def test_special_categories() -> None:
    assert {c.code for c in DATA if c.special == "art9"} == ART9
    assert {c.code for c in DATA if c.special == "art10"} == {"criminal"}
    assert {c.code for c in DATA if c.national_id} == {"nir"}
    assert {c.code for c in DATA if c.enisa_type == "credentials"} == {"credentials"}


@pytest.mark.parametrize(
    "code",
    [
        "identity", "birth_date", "contact", "nir", "insurance", "criminal", "bank_card",
        "income_welfare", "credentials", "location", "communications", "behaviour",
        "official_documents", "minors_data", "employment", "images", "online_ids", "education",
        *sorted(ART9),
    ],
)  # fmt: skip
def test_data_categories_the_brief_requires(code: str) -> None:
    assert taxonomy.data_category(code).code == code


@pytest.mark.parametrize(
    ("code", "enisa_type"),
    [
        # Named by ENISA Annex 1 (REFERENCE §4.2 [V]).
        ("identity", "simple"),
        ("contact", "simple"),
        ("education", "simple"),
        ("employment", "simple"),
        ("location", "behavioural"),
        ("communications", "behavioural"),
        ("behaviour", "behavioural"),
        ("bank_card", "financial"),
        ("income_welfare", "financial"),
        ("health", "sensitive"),
        ("political_opinions", "sensitive"),
        ("religious_beliefs", "sensitive"),
        ("sex_life", "sensitive"),
    ],
)
def test_enisa_types_named_by_annex_1(code: str, enisa_type: str) -> None:
    assert taxonomy.data_category(code).enisa_type == enisa_type


def test_direct_identification() -> None:
    identifying = {c.code for c in DATA if c.identifies}
    assert {"identity", "nir", "contact", "official_documents", "biometric"} <= identifying
    assert not identifying & {"birth_date", "health", "insurance", "online_ids"}


def test_person_categories_the_brief_requires() -> None:
    assert [c.code for c in PERSONS] == [
        "insured", "beneficiaries", "minors", "patients", "employees", "job_applicants",
        "health_professionals", "customers", "prospects", "users", "students",
        "vulnerable_adults", "citizens",
    ]  # fmt: skip
    assert {c.code for c in PERSONS if c.minors} == {"minors"}
    assert {c.code for c in PERSONS if c.vulnerable} == {"minors", "patients", "vulnerable_adults"}


def test_demo_data_categories_exist() -> None:
    # REFERENCE §10.4: état civil, date of birth, NIR, insurer name, contract guarantees.
    for code in ("identity", "birth_date", "nir", "insurance"):
        taxonomy.data_category(code)


def test_lists_keep_file_order_and_are_cached() -> None:
    assert DATA[0].code == "identity"
    assert taxonomy.data_categories() is DATA
    assert taxonomy.person_categories() is PERSONS


@pytest.mark.parametrize(
    ("lookup", "field"),
    [(taxonomy.data_category, "Data category"), (taxonomy.person_category, "Person category")],
)
def test_unknown_code(lookup: Callable[[str], object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        lookup("nope")
    assert info.value.field == field
    assert "unknown code 'nope'" in str(info.value)


def test_labels_and_descriptions_in_both_languages() -> None:
    nir = taxonomy.data_category("nir")
    assert taxonomy.label(nir, "en") == "National identification number (NIR)"
    assert taxonomy.label(nir, "fr") == "Numéro d'inscription au répertoire (NIR)"
    assert "Art. 87" in taxonomy.description(nir, "en")
    minors = taxonomy.person_category("minors")
    assert taxonomy.label(minors, "fr") == "Mineurs et enfants"
    with pytest.raises(ValueError, match="language"):
        taxonomy.label(minors, "de")


def test_files_are_found_through_paths() -> None:
    assert paths.resource("taxonomy", taxonomy.DATA_FILE).is_file()
    assert paths.resource("taxonomy", taxonomy.PERSON_FILE).is_file()


# --- malformed files fail loudly with the file and the key -----------------------------------

_GOOD = """
[[category]]
code = "x"
label_en = "X"
label_fr = "X"
description_en = "An x."
description_fr = "Un x."
enisa_type = "simple"
enisa_base = 1
identifies = false
"""


@pytest.mark.parametrize(
    ("edit", "key"),
    [
        (lambda t: t.replace('enisa_base = 1', 'enisa_base = 5'), "enisa_base"),
        (lambda t: t.replace('enisa_base = 1', 'enisa_base = "1"'), "enisa_base"),
        (lambda t: t.replace('enisa_base = 1\n', ''), "enisa_base"),
        (lambda t: t.replace('"simple"', '"secret"'), "enisa_type"),
        (lambda t: t.replace('"simple"', '"credentials"'), "enisa_base"),
        (lambda t: t.replace('label_fr = "X"\n', ''), "label_fr"),
        (lambda t: t.replace('label_fr = "X"', 'label_fr = ""'), "label_fr"),
        (lambda t: t.replace('identifies = false', 'identifies = "no"'), "identifies"),
        (lambda t: t + 'special = "art8"\n', "special"),
        (lambda t: t + 'enisa_bse = 1\n', "enisa_bse"),
        (lambda t: t.replace('code = "x"', 'code = "X y"'), "code"),
        (lambda t: t + t, "code"),  # duplicate
    ],
)
def test_malformed_data_file_names_file_and_key(
    tmp_path: Path, edit: Callable[[str], str], key: str
) -> None:
    path = tmp_path / "data_categories.toml"
    path.write_text(edit(_GOOD), encoding="utf-8")
    with pytest.raises(TaxonomyError) as info:
        taxonomy.read_data_categories(path)
    assert str(path) in str(info.value)
    assert f"key {key!r}" in str(info.value)


def test_a_good_file_reads(tmp_path: Path) -> None:
    path = tmp_path / "data_categories.toml"
    path.write_text(_GOOD, encoding="utf-8")
    (category,) = taxonomy.read_data_categories(path)
    assert (category.code, category.enisa_base, category.special, category.national_id) == ("x", 1, None, False)


def test_malformed_person_file(tmp_path: Path) -> None:
    path = tmp_path / "person_categories.toml"
    path.write_text(
        '[[category]]\ncode = "kids"\nlabel_en = "K"\nlabel_fr = "K"\ndescription_en = "K."\n'
        'description_fr = "K."\nvulnerable = false\nminors = true\n',
        encoding="utf-8",
    )
    with pytest.raises(TaxonomyError, match="'kids'.*key 'vulnerable'"):
        taxonomy.read_person_categories(path)


@pytest.mark.parametrize("text", ["not = [toml", "", "[[other]]\ncode = 'x'\n"])
def test_unreadable_or_empty_file(tmp_path: Path, text: str) -> None:
    path = tmp_path / "data_categories.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TaxonomyError, match=str(path)):
        taxonomy.read_data_categories(path)
