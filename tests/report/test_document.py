"""The CaseDocument frame: reproducible bytes, header and "Page X / Y" on each page, outline, draft mark."""

# mypy: disable-error-code="import-untyped"
# WORKAROUND: reportlab ships no type hints and types-reportlab is not a dev dependency yet.

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.platypus import Flowable, PageBreak

from cnil_case.report import document, text

REFERENCE = "BRE-2024-<001>"



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


def png(path: Path, width: int = 8, height: int = 4) -> Path:
    """A tiny solid blue PNG written with the standard library."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x20\x40\xc0" * width for _ in range(height))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    return path


def user_templates(tmp_path: Path, *, logo: str = "logo.png", signature_image: str = "") -> Path:
    """A user template folder with common/en.toml naming the organisation, a logo beside it."""
    folder = tmp_path / "templates"
    (folder / "common").mkdir(parents=True)
    png(folder / "common" / "logo.png")
    (folder / "common" / "en.toml").write_text(
        '[organisation]\nname = "Mutuelle <Exemple> & Co"\naddress = """12 rue de la Paix\n75002 Paris"""\n'
        f'logo = "{logo}"\nsignature = """Jeanne Dupont\nData protection officer"""\n'
        f'signature_image = "{signature_image}"\n', encoding="utf-8")
    return folder


def _build_for(folder: Path, warnings: list[str] | None, signature: bool = True) -> bytes:
    return document.build(_story(), title="t", author="a", subject="s", lang="en", reference="R-1",
                          user_dir=folder, signature=signature, warnings=warnings)


def test_organisation_identity_on_page_one_and_signature_at_the_end(tmp_path: Path) -> None:
    folder = user_templates(tmp_path, signature_image="sig.png")
    png(folder / "common" / "sig.png", 12, 5)
    warnings: list[str] = []
    data = _build_for(folder, warnings)
    assert warnings == []
    pages = _pages(tmp_path, data)
    first = " ".join(pages[0].split())
    assert "Mutuelle <Exemple> & Co" in first and "12 rue de la Paix" in first and "75002 Paris" in first
    assert first.index("Mutuelle") < first.index("Summary")
    assert all("Mutuelle" not in page for page in pages[1:])
    last = " ".join(pages[-1].split())
    assert "Signed for the controller:" in last and last.index("last page") < last.index("Jeanne Dupont")
    assert "Data protection officer" in last
    assert data.count(b"/Subtype /Image") == 2  # the logo and the signature image
    assert _build_for(folder, [], signature=False).count(b"/Subtype /Image") == 1


def test_no_identity_by_default(tmp_path: Path) -> None:
    data = _build_for(tmp_path / "empty", None)
    assert b"/Subtype /Image" not in data
    assert "Signed for" not in " ".join(_pages(tmp_path, data)[-1].split())


@pytest.mark.parametrize(("logo", "problem"), [("missing.png", "does not exist"),
                                               ("notes.txt", "is not a PNG or JPEG image"),
                                               ("broken.png", "cannot be read as an image")])
def test_a_bad_logo_is_left_out_and_reported(tmp_path: Path, logo: str, problem: str) -> None:
    folder = user_templates(tmp_path, logo=logo)
    (folder / "common" / "notes.txt").write_text("not an image", encoding="utf-8")
    (folder / "common" / "broken.png").write_bytes(png(tmp_path / "x.png").read_bytes()[:40])
    warnings: list[str] = []
    data = _build_for(folder, warnings, signature=False)
    assert len(warnings) == 1 and logo in warnings[0] and problem in warnings[0]
    assert b"/Subtype /Image" not in data
    assert "Mutuelle <Exemple> & Co" in " ".join(_pages(tmp_path, data)[0].split())


def test_relative_logo_falls_back_to_the_template_folder_and_absolute_paths_work(tmp_path: Path) -> None:
    folder = user_templates(tmp_path, logo="shared/logo.png")
    (folder / "shared").mkdir()
    png(folder / "shared" / "logo.png")
    org = document.organisation("en", user_dir=folder)
    assert org.logo == folder / "shared" / "logo.png"
    absolute = png(tmp_path / "abs.png")
    folder2 = user_templates(tmp_path / "b", logo=str(absolute))
    assert document.organisation("en", user_dir=folder2).logo == absolute
    assert document.organisation("fr", user_dir=folder).name == ""  # only the English copy was written


def test_public_documents_have_no_confidentiality_mark(tmp_path: Path) -> None:
    data = document.build(_story(), title="t", author="a", subject="s", lang="en", reference="R-1",
                          confidential=False)
    assert all("Confidential" not in page for page in _pages(tmp_path, data))
