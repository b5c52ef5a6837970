"""The Art. 33 notification: sections and demo values in FR and EN, hostile text, invariance, draft mark."""

# mypy: disable-error-code="import-untyped"
# WORKAROUND: reportlab ships no type hints and types-reportlab is not a dev dependency yet.

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from cnil_case.core import completeness, db, demo, reportdata
from cnil_case.report import art33, wording

NOW = dt.datetime(2024, 3, 1, 12, tzinfo=dt.UTC)
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")



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
        assert "1er février 2024" in found  # Viamedis' awareness
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


def inked_pages(data: bytes, tmp_path: Path) -> list[int]:
    """Dark pixels on each page, rendered at 40 dpi by ``pdftoppm`` as PPM (parsed here, no image library)."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    path = tmp_path / "ink.pdf"
    path.write_bytes(data)
    for old in tmp_path.glob("ink-*.ppm"):
        old.unlink()
    subprocess.run([pdftoppm, "-r", "40", str(path), str(tmp_path / "ink")], check=True)
    counts = []
    for page in sorted(tmp_path.glob("ink-*.ppm")):
        raw = page.read_bytes()
        fields = raw.split(maxsplit=4)  # P6, width, height, maxval, pixels
        assert fields[0] == b"P6"
        width, height = int(fields[1]), int(fields[2])
        pixels = raw[len(raw) - width * height * 3:]
        counts.append(sum(1 for i in range(0, len(pixels), 3) if min(pixels[i:i + 3]) < 160))
    return counts


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_page_is_blank(demo_report: reportdata.CaseReport, tmp_path: Path, lang: str) -> None:
    inked = inked_pages(art33.render(demo_report, lang=lang), tmp_path)
    assert len(inked) >= 3 and all(count > 300 for count in inked), inked


def test_french_document_prints_french_reasons_and_recommendation(demo_report: reportdata.CaseReport,
                                                                  tmp_path: Path) -> None:
    found = pdf_text(art33.render(demo_report, lang="fr"), tmp_path)
    assert "SE = 3,00 (gravité élevée)" in found
    assert "le dommage doit être considéré comme probable. [CEPD 9/2022 § 102 ; RGPD art. 9(1) et 10]" in found
    assert "33 000 000 personnes concernées" in found
    assert "La violation est susceptible d'engendrer un risque élevé" in found
    for english in ("The breach is", "gives 'high'", "damage should be considered", "people concerned: the number",
                    "Notify the supervisory"):
        assert english not in found
    en = pdf_text(art33.render(demo_report, lang="en"), tmp_path)
    assert demo_report.assessment is not None
    assert " ".join(art33.summary(wording.load("art33", "en"), demo_report.assessment.evaluation.recommendation)
                    .split()) == " ".join(demo_report.assessment.evaluation.recommendation.summary.split())
    assert "SE 3.00 (high) gives 'high' under the local policy" in en
    assert "33,000,000 people concerned" in en


def test_every_reason_code_has_french_wording() -> None:
    from cnil_case.core import risk

    w = wording.load("art33", "fr")
    codes = {rule.name for rule in risk.RULES} | {"enisa", "many_individuals", "data_public", "missing", "in_doubt",
                                                  "art34_3_a", "art34_3_b", "art34_3_c"}
    for code in codes:
        assert f"reason.{code}" in w and f"reason.{code}_cite" in w, code
    for code in risk.MISSING_TEXT:
        assert f"missing.{code}" in w
    for level in risk.Level:
        assert f"summary.{level.value}" in w and f"level.{level.value}" in w


@pytest.mark.parametrize("exemption", ["a", "b", "c"])
def test_summary_and_reasons_for_other_outcomes(demo_report: reportdata.CaseReport, exemption: str) -> None:
    from cnil_case.core import risk

    assert demo_report.assessment is not None
    score = demo_report.assessment.evaluation.score
    factors = risk.Factors(confidentiality=True, national_id=True, malicious=None, availability=True,
                           unintelligible=exemption == "a", measures_remove_high_risk=exemption == "b",
                           disproportionate_effort=exemption == "c")
    rec = risk.recommend(score, factors)
    for lang in ("fr", "en"):
        w = wording.load("art33", lang)
        said = art33.summary(w, rec)
        assert said
        for item in rec.reasons:
            line, cite = art33.reason(w, item, lang)
            assert line and cite and "{" not in line
    fr = wording.load("art33", "fr")
    assert "en cas de doute" in art33.summary(fr, rec)
    assert rec.exemption == exemption and f"34(3)({exemption})" in art33.summary(fr, rec)
    missing = next(r for r in rec.reasons if r.code == "missing")
    assert "si la violation était malveillante" in art33.reason(fr, missing, "fr")[0]


def test_cross_border_note_in_the_document_language(demo_report: reportdata.CaseReport, tmp_path: Path) -> None:
    first = demo_report.persons[0]
    persons = (dataclasses.replace(first, row=dataclasses.replace(first.row, countries=("FR", "BE", "DE"))),
               *demo_report.persons[1:])
    report = dataclasses.replace(demo_report, persons=persons, cross_border_note="Cross-border breach: English")
    fr = pdf_text(art33.render(report, lang="fr"), tmp_path)
    assert "Violation transfrontalière : des personnes concernées résident aussi en dehors de la France (BE, DE)." in fr
    assert "Cross-border breach: English" not in fr
    en = pdf_text(art33.render(report, lang="en"), tmp_path)
    assert "Cross-border breach: data subjects also reside outside France (BE, DE)." in en
    assert "Nombre total approximatif d'enregistrements : inconnu." in fr
