"""The Art. 33 notification: sections and demo values in FR and EN, hostile text, invariance, draft mark."""

# mypy: disable-error-code="import-untyped"
# WORKAROUND: reportlab ships no type hints and types-reportlab is not a dev dependency yet.

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab import rl_config

from cnil_case.core import completeness, db, demo, reportdata
from cnil_case.report import art33, wording

NOW = dt.datetime(2024, 3, 1, 12, tzinfo=dt.UTC)
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")


@pytest.fixture(autouse=True)
def invariant() -> Iterator[None]:
    previous = rl_config.invariant
    rl_config.invariant = 1
    yield
    rl_config.invariant = previous


@pytest.fixture
def demo_report(session_factory: db.SessionFactory) -> reportdata.CaseReport:
    with session_factory.begin() as session:
        case_id = demo.ensure_demo_case(session)
    with session_factory() as session:
        return reportdata.snapshot(session, case_id, now=NOW)


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(out.split())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_section_and_the_demo_values(demo_report: reportdata.CaseReport, tmp_path: Path, lang: str) -> None:
    found = pdf_text(art33.render(demo_report, lang=lang), tmp_path)
    w = wording.load("art33", lang)
    for key in ("title", "s1.heading", "s2.heading", "s3.heading", "s3.dates", "s3.persons", "s3.data",
                "s3.cross_border", "s4.heading", "s5.heading", "s6.heading", "s7.heading"):
        assert " ".join(w.plain(key).split()) in found, key
    assert "DEMO-VIAMEDIS-ALMERYS-2024" in found
    for name in ("Malakoff Humanis", "Aésio", "MGP", "Viamedis", "Almerys", "CNIL"):
        assert name in found
    if lang == "fr":
        assert "29 janvier 2024" in found
        assert "environ 33 000 000" in found  # narrow no-break spaces, normalised by split()
        assert "Numéro d'identification national (NIR, art. 87)" in found
        assert "Risque élevé" in found
    else:
        assert "29 January 2024" in found
        assert "about 33,000,000" in found
        assert "National identification number (NIR, Art. 87)" in found
        assert "High risk" in found


def test_kinds(demo_report: reportdata.CaseReport, tmp_path: Path) -> None:
    found = pdf_text(art33.render(demo_report, lang="en", kind="complementary", earlier_reference="CNIL-<b>&1"),
                     tmp_path)
    assert "following the earlier notification CNIL-<b>&1" in found
    assert "Final notification" in pdf_text(art33.render(demo_report, lang="en", kind="final"), tmp_path)
    with pytest.raises(ValueError):
        art33.render(demo_report, lang="en", kind="other")


def test_hostile_strings_print_as_typed(demo_report: reportdata.CaseReport, tmp_path: Path) -> None:
    case = dataclasses.replace(demo_report.case, title="A <b>bold</b> & <para>x</para>",
                               summary="Summary <para> & </b> &amp; end")
    report = dataclasses.replace(demo_report, case=case)
    found = pdf_text(art33.render(report, lang="fr"), tmp_path)
    assert "A <b>bold</b> & <para>x</para>" in found
    assert "Summary <para> & </b> &amp; end" in found


def test_byte_identical(demo_report: reportdata.CaseReport) -> None:
    assert art33.render(demo_report, lang="fr") == art33.render(demo_report, lang="fr")


def test_draft_mark_when_gaps(demo_report: reportdata.CaseReport, tmp_path: Path) -> None:
    gaps = completeness.check(demo_report, "art33")
    assert gaps
    found = pdf_text(art33.render(demo_report, lang="fr", draft=bool(gaps)), tmp_path)
    assert "PROJET — incomplet" in found
    clean = pdf_text(art33.render(demo_report, lang="fr"), tmp_path)
    assert "PROJET — incomplet" not in clean
