"""The CaseDocument frame: reproducible bytes, header and "Page X / Y" on each page, outline, draft mark."""

# mypy: disable-error-code="import-untyped"
# WORKAROUND: reportlab ships no type hints and types-reportlab is not a dev dependency yet.

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab import rl_config
from reportlab.platypus import Flowable, PageBreak

from cnil_case.report import document, text

REFERENCE = "BRE-2024-<001>"


@pytest.fixture(autouse=True)
def invariant() -> Iterator[None]:
    previous = rl_config.invariant
    rl_config.invariant = 1
    yield
    rl_config.invariant = previous


def _story() -> list[Flowable]:
    st = document.styles()
    return [
        document.heading("Summary", 1),
        text.paragraph("Intrusion « tiers-payant » & fuite <NIR>", st["body"]),
        document.heading("Timeline", 2),
        document.table([["When", "What"], ["1 février 2024", "<script>"]], [60, 200]),
        PageBreak(),
        document.heading("Measures", 1),
        PageBreak(),
        document.heading("Evidence", 3),  # skips a level: the outline clamps it to level 2
        text.paragraph("last page", st["body"]),
    ]


def _build(lang: str = "en", draft: bool = False, toc: bool = False) -> bytes:
    return document.build(_story(), title="Investigation report", author="Jérôme Martin", subject="Breach",
                          lang=lang, reference=REFERENCE, draft=draft, toc=toc)


def _pages(tmp_path: Path, data: bytes) -> list[str]:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    whole = subprocess.run([pdftotext, "-layout", str(path), "-"], capture_output=True, text=True,
                           check=True).stdout
    return whole.split("\f")[:-1]


def test_same_story_gives_the_same_bytes() -> None:
    first = _build(draft=True, toc=True)
    assert first.startswith(b"%PDF") and first == _build(draft=True, toc=True)


@pytest.mark.parametrize(("lang", "mark"), [("en", "Confidential — personal data"),
                                            ("fr", "Confidentiel — données à caractère personnel")])
def test_every_page_has_header_and_page_x_of_y(tmp_path: Path, lang: str, mark: str) -> None:
    pages = _pages(tmp_path, _build(lang))
    assert len(pages) == 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} / 3" in page
        assert REFERENCE in page and mark in page
    assert "« tiers-payant » & fuite <NIR>" in pages[0] and "<script>" in pages[0]


def test_draft_mark_on_every_page(tmp_path: Path) -> None:
    assert all("DRAFT" not in page for page in _pages(tmp_path, _build()))
    for page in _pages(tmp_path, _build(draft=True)):
        assert "DRAFT — incomplete" in page
    for page in _pages(tmp_path, _build("fr", draft=True)):
        assert "PROJET — incomplet" in page


def test_outline_and_table_of_contents(tmp_path: Path) -> None:
    data = _build(toc=True)
    assert b"/Outlines" in data
    titles = re.findall(rb"/Title \(([^)]*)\)", data)
    for title in (b"Summary", b"Timeline", b"Measures", b"Evidence"):
        assert title in titles
    pages = _pages(tmp_path, data)
    assert "Contents" in pages[0]
    assert len(pages) == 4  # the contents on a page of their own
    lines = [" ".join(line.split()) for line in pages[0].splitlines()]
    for heading, page in (("Summary", 2), ("Timeline", 2), ("Measures", 3), ("Evidence", 4)):
        assert any(re.fullmatch(rf"{heading}[ .]*{page}", line) for line in lines), lines
    assert b"/Lang (en)" in data


def test_heading_levels_are_checked() -> None:
    with pytest.raises(ValueError):
        document.heading("x", 4)


def test_a_page_is_not_blank(tmp_path: Path) -> None:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    image = pytest.importorskip("PIL.Image", reason="Pillow is needed to count the rendered pixels")
    path = tmp_path / "doc.pdf"
    path.write_bytes(_build(draft=True))
    subprocess.run([pdftoppm, "-r", "40", "-png", "-f", "1", "-l", "1", "-singlefile", str(path),
                    str(tmp_path / "page")], check=True)
    with image.open(tmp_path / "page.png") as png:
        grey = png.convert("L")
        dark = sum(count for value, count in enumerate(grey.histogram()) if value < 200)
    assert dark > 200
