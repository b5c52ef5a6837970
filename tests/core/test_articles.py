"""The GDPR provisions catalogue: well-formed entries, lookups, normalisation, loud failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnil_case.core import articles
from cnil_case.core.errors import ValidationError
from cnil_case.core.taxonomy import TaxonomyError

ALL = articles.articles()

# The provisions the brief (issue 6, item 3) asks the finding picker to offer.
REQUIRED = {
    "5(1)(a)", "5(1)(b)", "5(1)(c)", "5(1)(e)", "5(1)(f)", "5(2)", "6", "9", "10", "12", "13",
    "14", "15", "24", "25", "26", "28", "29", "30", "31", "32", "33", "33(1)", "33(2)", "33(3)",
    "33(5)", "34", "35", "37", "38", "39", "44", "87",
}  # fmt: skip


@pytest.mark.parametrize("item", ALL, ids=lambda a: a.code)
def test_entry_well_formed(item: articles.Article) -> None:
    assert articles.normalise(item.code) == item.code
    assert item.code.split("(")[0] == str(item.article)
    for text in (item.title_en, item.title_fr):
        assert text and text.strip() == text and text[0].isupper()
    paragraph = "(" in item.code
    assert (item.label_en is not None) == paragraph == (item.label_fr is not None)
    if paragraph:
        # A paragraph carries its article's heading; the article itself is in the catalogue.
        whole = articles.article(str(item.article))
        assert (item.title_en, item.title_fr) == (whole.title_en, whole.title_fr)


def test_codes_unique_and_required_present() -> None:
    codes = [a.code for a in ALL]
    assert len(codes) == len(set(codes))
    assert not REQUIRED - set(codes), sorted(REQUIRED - set(codes))


def test_articles_cached() -> None:
    assert articles.articles() is ALL


def test_headings_given_in_the_brief() -> None:
    assert articles.article("5").title_en == "Principles relating to processing of personal data"
    assert articles.article("32").title_fr == "Sécurité du traitement"
    assert articles.article("33").title_fr == (
        "Notification à l'autorité de contrôle d'une violation de données à caractère personnel"
    )
    assert articles.article("34").title_en == (
        "Communication of a personal data breach to the data subject"
    )
    assert articles.article("5(1)(f)").label_fr == "intégrité et confidentialité"
    assert articles.article("33(2)").label_en == "processor's notification to the controller"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("32", "32"),
        ("art 32", "32"),
        ("Art. 32", "32"),
        ("ART.32", "32"),
        ("Article 32", "32"),
        ("Art. 5(1)(f)", "5(1)(f)"),
        ("  5 (1) (F) ", "5(1)(f)"),
        ("art. 33 (2)", "33(2)"),
    ],
)
def test_normalise_and_lookup(typed: str, code: str) -> None:
    assert articles.normalise(typed) == code
    assert articles.article(typed).code == code


@pytest.mark.parametrize("typed", ["", "Art.", "abc", "0", "5(1", "5[1]", "33(4)", "99", "5(1)(z)"])
def test_unknown_provision(typed: str) -> None:
    with pytest.raises(ValidationError) as info:
        articles.article(typed)
    assert info.value.field == "GDPR article"
    assert str(info.value) == (
        f"GDPR article: unknown provision '{typed.strip()}'; e.g. 32, 5(1)(f)"
    )


def test_display() -> None:
    assert articles.display("Art. 5(1)(f)", "en") == "Art. 5(1)(f) — Integrity and confidentiality"
    assert articles.display("32", "en") == "Art. 32 — Security of processing"
    assert articles.display("art 32", "fr") == "Art. 32 — Sécurité du traitement"
    assert articles.display("5(2)", "fr") == "Art. 5(2) — Responsabilité"
    with pytest.raises(ValueError, match="language"):
        articles.display("32", "de")


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "gdpr_articles.toml"
    path.write_text(body, encoding="utf-8")
    return path


ENTRY = '[[provision]]\ncode = "32"\narticle = 32\ntitle_en = "Security"\ntitle_fr = "Sécurité"\n'


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (ENTRY + ENTRY, "duplicate code '32'"),
        (ENTRY.replace("article = 32", "article = 33"), "key 'article': must be 32"),
        (ENTRY.replace('"32"', '"Art. 32"'), "not a canonical provision code"),
        (ENTRY.replace('title_fr = "Sécurité"', ""), "key 'title_fr'"),
        (ENTRY + 'label_en = "x"\nlabel_fr = "y"\n', "a whole article has none"),
        (ENTRY.replace('"32"', '"32(1)"'), "a paragraph or point has labels"),
        (ENTRY + 'label_en = "x"\n', "label_en and label_fr go together"),
        (ENTRY + "titel = 1\n", "unknown key"),
        ("", "non-empty array"),
        ("[[provision\n", "cannot be read"),
    ],
)
def test_bad_file_fails_loudly(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(TaxonomyError, match=message.replace("(", r"\(").replace(")", r"\)")):
        articles.read_articles(_write(tmp_path, body))
