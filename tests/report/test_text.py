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
        assert text.para_text(char) == expected


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
    assert text.format_datetime(moment, "Europe/Paris", "fr") == "1 février 2024 à 09:00 (UTC+01:00)"
    assert text.format_datetime(moment, "Europe/Paris", "en") == "1 February 2024, 09:00 (UTC+01:00)"
    with pytest.raises(ValueError):
        text.format_number(1, "de")
    with pytest.raises(ValueError):
        text.format_datetime(dt.datetime(2024, 2, 1), "Europe/Paris", "en")
