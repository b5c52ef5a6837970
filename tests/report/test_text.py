"""User text in PDFs: printed as typed, visible markers for missing glyphs, long text, locales."""

# mypy: disable-error-code="import-untyped"
# WORKAROUND: reportlab ships no type hints and types-reportlab is not a dev dependency yet.

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from cnil_case.report import document, text

HOSTILE = "<b>bold?</b> & <para> ]]> \"quoted\" 'single' «\u202fguillemets\u202f» 12\u202f€ œuvre"


def _pdf_text(tmp_path: Path, data: bytes) -> str:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    return subprocess.run([pdftotext, str(path), "-"], capture_output=True, text=True, check=True).stdout


def _build(story: list[object]) -> bytes:
    return document.build(story, title="t", author="a", subject="s", lang="en", reference="BRE-1")


def test_para_text_escapes_and_keeps_newlines() -> None:
    assert text.para_text("a<b>&c\nd") == "a&lt;b&gt;&amp;c<br/>d"
    assert text.para_text("e\u0301") == "é"  # NFC


def test_missing_glyphs_get_a_visible_marker() -> None:
    assert text.para_text("中") == "[U+4E2D]"
    assert text.para_text("\x00") == "[U+0000]"
    covered = text._coverage(document.fonts.SANS)
    for char in ("\u0627", "\U0001F600"):  # Arabic, emoji: marked only where DejaVu lacks them
        expected = char if ord(char) in covered else text.marker(char)
        assert text.printable(char, shaped=False) == expected


def test_hostile_text_prints_as_typed(tmp_path: Path) -> None:
    st = document.styles()
    story: list[object] = [text.paragraph(HOSTILE, st["body"]),
                           text.paragraph("Ελληνικά Кириллица 中文 \ud800", st["body"])]
    out = _pdf_text(tmp_path, _build(story))
    flat = " ".join(out.split())
    assert " ".join(HOSTILE.replace("\u202f", " ").split()) in flat.replace("\u202f", " ")
    assert "\u202f" in text.para_text(HOSTILE)  # pdftotext reads U+202F back as a plain space
    assert "Ελληνικά Кириллица" in out
    assert "[U+4E2D][U+6587]" in out and "[U+D800]" in out


def test_a_hundred_thousand_characters_build(tmp_path: Path) -> None:
    st = document.styles()
    long_words = "mot " * 25_000
    no_spaces = "q" * 100_000
    pieces = text.paragraphs(long_words, st["body"])
    assert len(pieces) >= 50
    story = [*pieces, *text.paragraphs(no_spaces, st["body"]), *text.paragraphs("un\n\ndeux", st["body"])]
    out = _pdf_text(tmp_path, _build(story))
    assert out.count("mot") == 25_000
    assert "".join(out.split()).count("q") == 100_000
    assert "deux" in out


def test_numbers_and_dates_in_each_language() -> None:
    assert text.format_number(1_234_567, "en") == "1,234,567"
    assert text.format_number(1_234_567, "fr") == "1\u202f234\u202f567"
    moment = dt.datetime(2024, 2, 1, 8, 0, tzinfo=dt.UTC)
    assert text.format_datetime(moment, "Europe/Paris", "fr") == "1er février 2024 à 09:00 (UTC+01:00)"
    assert text.format_datetime(moment, "Europe/Paris", "en") == "1 February 2024, 09:00 (UTC+01:00)"
    with pytest.raises(ValueError):
        text.format_number(1, "de")
    with pytest.raises(ValueError):
        text.format_datetime(dt.datetime(2024, 2, 1), "Europe/Paris", "en")


@pytest.mark.parametrize(("day", "fr", "en"), [
    (dt.date(2024, 2, 1), "1er février 2024", "1 February 2024"),
    (dt.date(2024, 2, 2), "2 février 2024", "2 February 2024"),
    (dt.date(2024, 8, 11), "11 août 2024", "11 August 2024"),
    (dt.date(2024, 12, 31), "31 décembre 2024", "31 December 2024"),
])
def test_french_first_of_the_month_is_an_ordinal(day: dt.date, fr: str, en: str) -> None:
    assert text.format_date(day, "fr") == fr
    assert text.format_date(day, "en") == en
    midnight = dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)
    assert text.format_datetime(midnight, "Europe/Paris", "fr").startswith(fr + " à ")


def test_quotes_in_each_language() -> None:
    assert text.quote("tiers payant", "fr") == "«\u202ftiers payant\u202f»"
    assert text.quote("tiers payant", "en") == "“tiers payant”"


def test_arabic_is_joined_and_right_to_left_hebrew_reversed_latin_untouched() -> None:
    arabic = "\u0634\u0631\u0643\u0629"  # "company", logical order, unjoined letters
    shaped = text.printable(arabic)
    assert shaped != arabic and len(shaped) == len(arabic)
    assert all("\ufe70" <= c <= "\ufeff" for c in shaped)  # presentation forms (joined)
    assert shaped[0] == "\ufe94"  # the final teh marbuta is drawn leftmost
    assert text.printable("\u05e9\u05dc\u05d5\u05dd") == "\u05dd\u05d5\u05dc\u05e9"  # Hebrew reversed
    assert text.printable("Mutuelle \u05e9\u05dc 2024").startswith("Mutuelle ")  # LTR paragraph stays LTR
    assert text.printable(arabic, shaped=False) == arabic  # metadata keep the logical order
    assert text.printable("Ελληνικά Кириллица") == "Ελληνικά Кириллица"


@pytest.mark.parametrize("value", ["中文 タイトル 한국어", "😀🚀👩‍⚕️", "\u0634\u0631\u0643\u0629 \u05e9\u05dc\u05d5\u05dd",
                                   "Ελληνικά Кириллица", "mixed: abc \u0634\u0631\u0643\u0629 123 \u05e9\u05dc\u05d5\u05dd."])
def test_every_script_builds_and_what_the_font_lacks_is_marked(tmp_path: Path, value: str) -> None:
    st = document.styles()
    story: list[object] = [document.heading(value), text.paragraph(value, st["body"]), document.table([[value], [value]])]
    data = document.build(story, title=value, author=value, subject=value, lang="fr", reference=value)
    out = _pdf_text(tmp_path, data)
    covered = text._coverage(document.fonts.SANS)
    for char in value:
        if not char.isspace() and ord(char) not in covered and not ("\u0600" <= char <= "\u06ff"):
            assert text.marker(char) in out
    if "中" in value:
        assert "[U+4E2D][U+6587]" in out
