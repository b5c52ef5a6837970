"""The manifest PDF: reproducible bytes, escaped and accented names, full hashes, page numbers."""

# mypy: disable-error-code="import-untyped"
# WORKAROUND: reportlab ships no type hints and types-reportlab is not a dev dependency yet.

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from cnil_case.core import manifest
from cnil_case.report import manifest as manifest_pdf

SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"



def _snapshot(count: int = 3) -> manifest.Manifest:
    rows = [
        manifest.ManifestRow(
            name=name, size=size, sha256=SHA, media_type="text/plain", exhibit=f"S-{n}",
            acquired="2024-02-01T10:30:00+01:00", acquired_by="Jérôme Martin", from_party="Opérateur TP",
            status="withdrawn" if n == 2 else "active",
            custody_summary="acquired, viewed ×2, exported; last: exported 2024-02-03 08:00 UTC by jm",
            evidence_id=n, file=f"files/S-{n}_{name}",
        )
        for n, (name, size) in enumerate(
            [("Relevé <client> & \u201cfacture\u201d été.pdf", 1_234_567), ("portal.log", 42), ("export.csv", 0)]
            * (count // 3 or 1),
            start=1,
        )
    ][:count]
    return manifest.Manifest("BRE-2024-001", "Intrusion « tiers-payant » & fuite <NIR>",
                             dt.datetime(2024, 2, 3, 8, 0, tzinfo=dt.UTC), "Europe/Paris", tuple(rows))


def test_same_input_gives_the_same_bytes() -> None:
    first = manifest_pdf.render(_snapshot())
    assert first.startswith(b"%PDF") and first == manifest_pdf.render(_snapshot())


def test_escaped_text_and_page_numbers_are_in_the_pdf(tmp_path: Path) -> None:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "manifest.pdf"
    path.write_bytes(manifest_pdf.render(_snapshot(90)))
    text = subprocess.run([pdftotext, "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Relevé <client> &" in text and "« tiers-payant » & fuite <NIR>" in text
    assert "Page 1 of " in text and "Page 1 of 1" not in text
    pages = text.count("\f")
    assert f"Page {pages} of {pages}" in text
    assert text.count("Name") == pages  # the header row repeats on every page
    assert SHA[:20] in text.replace(" ", "")


def test_renders_to_png(tmp_path: Path) -> None:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    path = tmp_path / "manifest.pdf"
    path.write_bytes(manifest_pdf.render(_snapshot()))
    subprocess.run([pdftoppm, "-r", "60", "-png", "-singlefile", str(path), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page.png").stat().st_size > 5_000
