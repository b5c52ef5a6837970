"""The Art. 34 letter: sections and demo values in FR and EN, public variant, hostile text, invariance, draft."""

# mypy: disable-error-code="import-untyped"
# WORKAROUND: reportlab ships no type hints and types-reportlab is not a dev dependency yet.

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from cnil_case.core import completeness, reportdata
from cnil_case.report import art34, wording
from tests.report.test_art33 import demo_report, invariant, pdf_text

__all__ = ["demo_report", "invariant"]  # fixtures shared with test_art33
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_section_and_the_demo_values(demo_report: reportdata.CaseReport, tmp_path: Path, lang: str) -> None:
    found = pdf_text(art34.render(demo_report, lang=lang), tmp_path)
    w = wording.load("art34", lang)
    for key in ("title", "what", "which", "consequences", "done", "todo", "contact", "advice_health",
                "consequences_nir"):
        assert " ".join(w.plain(key).split()) in found, key
    for name in ("Malakoff Humanis", "Aésio", "MGP", "DEMO-VIAMEDIS-ALMERYS-2024"):
        assert name in found
    assert ("Numéro d'inscription au répertoire (NIR)" if lang == "fr" else "29 January 2024") in found


def test_public_variant(demo_report: reportdata.CaseReport, tmp_path: Path) -> None:
    found = pdf_text(art34.render(demo_report, lang="fr", public=True), tmp_path)
    assert "Communication publique" in found
    assert "34(3)(c)" in found


def test_hostile_strings_and_invariance(demo_report: reportdata.CaseReport, tmp_path: Path) -> None:
    case = dataclasses.replace(demo_report.case, title="T <b>x</b> & <para>", summary="S <para> & </b>")
    report = dataclasses.replace(demo_report, case=case)
    found = pdf_text(art34.render(report, lang="en"), tmp_path)
    assert "T <b>x</b> & <para>" in found
    assert "S <para> & </b>" in found
    assert art34.render(report, lang="en") == art34.render(report, lang="en")


def test_draft_mark_when_gaps(demo_report: reportdata.CaseReport, tmp_path: Path) -> None:
    gaps = completeness.check(demo_report, "art34")
    assert gaps
    assert "DRAFT — incomplete" in pdf_text(art34.render(demo_report, lang="en", draft=bool(gaps)), tmp_path)
