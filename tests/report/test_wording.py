"""Report wording: shipped TOML, user overrides key by key, escaped values, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnil_case.report import wording


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_common_wording_has_every_key(lang: str, tmp_path: Path) -> None:
    words = wording.load("common", lang, user_dir=tmp_path)
    for key in ("page_footer", "confidential", "draft", "draft_watermark", "generated_at", "contents",
                "reference", "organisation.name", "organisation.address"):
        assert key in words
    assert words.get("page_footer", page=2, pages=5) == "Page 2 / 5"
    assert words.get("organisation.name") == ""


def test_french_marks(tmp_path: Path) -> None:
    words = wording.load("common", "fr", user_dir=tmp_path)
    assert words.get("confidential") == "Confidentiel — données à caractère personnel"
    assert words.get("draft") == "PROJET — incomplet"
    assert words.get("signature_heading") == "Pour le responsable du traitement\u202f:"


def test_french_spacing_before_high_punctuation_and_inside_guillemets(tmp_path: Path) -> None:
    assert wording.french_spacing("a : b ; c ! d ? 5 % « x »") == (
        "a\u202f: b\u202f; c\u202f! d\u202f? 5\u202f% «\u202fx\u202f»")
    assert wording.french_spacing("https://x.fr/a:b 12:00") == "https://x.fr/a:b 12:00"
    art33 = wording.load("art33", "fr", user_dir=tmp_path)
    assert art33.get("case_line", reference="R", title="T") == "Dossier R\u202f: T"
    assert "\u202f:" in art33.get("s6.not_required", name="A", reason="B")
    assert " :" not in art33.get("s6.not_required", name="A", reason="B")
    values = art33.get("case_line", reference="a : b", title="T")  # a case's own text is not rewritten
    assert values.startswith("Dossier a : b")
    assert wording.load("art33", "en", user_dir=tmp_path).get("case_line", reference="R", title="T") == "Case R: T"


@pytest.mark.parametrize("document", ["common", "art33", "art34"])
def test_french_and_english_have_the_same_keys(document: str, tmp_path: Path) -> None:
    fr = wording.load(document, "fr", user_dir=tmp_path).entries.keys()
    en = wording.load(document, "en", user_dir=tmp_path).entries.keys()
    missing = {"art33": {k for k in fr if k.startswith(("reason.", "missing."))}}.get(document, set())
    assert set(fr) - missing == set(en)


def test_values_are_escaped_templates_are_not(tmp_path: Path) -> None:
    words = wording.load("common", "en", user_dir=tmp_path)
    assert words.get("generated_at", moment="<b>", author="A & B") == "Generated on &lt;b&gt; by A &amp; B"
    assert words.plain("generated_at", moment="<b>", author="A & B") == "Generated on <b> by A & B"


def test_user_override_wins_key_by_key(tmp_path: Path) -> None:
    (tmp_path / "common").mkdir()
    (tmp_path / "common" / "en.toml").write_text(
        'confidential = "Restricted"\n[organisation]\nname = "Opérateur TP"\n', encoding="utf-8")
    words = wording.load("common", "en", user_dir=tmp_path)
    assert words.get("confidential") == "Restricted"
    assert words.get("organisation.name") == "Opérateur TP"
    assert words.get("draft") == "DRAFT — incomplete"
    assert words.overridden_by == tmp_path / "common" / "en.toml"


def test_errors_name_what_is_wrong(tmp_path: Path) -> None:
    words = wording.load("common", "en", user_dir=tmp_path)
    with pytest.raises(KeyError, match=r"common/en.toml.*'nope'"):
        words.get("nope")
    with pytest.raises(KeyError, match="pages"):
        words.get("page_footer", page=1)
    with pytest.raises(ValueError, match="'de'"):
        wording.load("common", "de", user_dir=tmp_path)
    with pytest.raises(ValueError):
        wording.load("../common", "en", user_dir=tmp_path)
    with pytest.raises(ValueError):
        wording.load("no-such-document", "en", user_dir=tmp_path)


def test_plain_text_stays_in_logical_order_and_is_shaped_once_where_drawn(tmp_path: Path) -> None:
    from cnil_case.report import document, text

    hebrew = "\u05e9\u05dc\u05d5\u05dd"
    words = wording.load("art33", "en", user_dir=tmp_path)
    plain = words.plain("s3.awareness", name=hebrew)
    assert hebrew in plain  # logical order
    assert text.para_text(plain).startswith(text.para_text(words.plain("s3.awareness", name="X")).split("X")[0])
    assert text.printable(hebrew)[::-1] == hebrew  # reversed once when drawn
    assert hebrew[::-1] in words.get("s3.awareness", name=hebrew)  # markup is drawn as it is
    assert document.heading(hebrew).outline == (hebrew, 1)  # the PDF outline keeps the logical order
