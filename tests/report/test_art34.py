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
from tests.report.test_art33 import demo_report, inked_pages, pdf_text
from tests.report.test_document import png

__all__ = ["demo_report"]  # a fixture shared with test_art33
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
    assert ("Malakoff Humanis, Aésio et MGP" if lang == "fr" else "Malakoff Humanis, Aésio and MGP") in found
    assert ("Numéro d'inscription au répertoire (NIR)" if lang == "fr" else "29 January 2024") in found
    assert ("Le 1er mars 2024" if lang == "fr" else "1 March 2024") in found  # the letter is dated


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_public_variant_reads_as_a_public_notice(demo_report: reportdata.CaseReport, tmp_path: Path,
                                                 lang: str) -> None:
    found = pdf_text(art34.render(demo_report, lang=lang, public=True), tmp_path)
    w = wording.load("art34", lang)
    assert " ".join(w.plain("title_public").split()) in found
    assert "34(3)(c)" in found
    assert "Confidenti" not in found  # no confidentiality mark on a notice meant for a website or the press
    for personal in ("Dear", "Madame", "Monsieur", "Cher"):
        assert personal not in found
    letter = pdf_text(art34.render(demo_report, lang=lang), tmp_path)
    assert "Confidenti" in letter


def test_the_internal_summary_and_title_are_never_printed(demo_report: reportdata.CaseReport, tmp_path: Path) -> None:
    case = dataclasses.replace(demo_report.case, title="INTERNAL TITLE", summary="INTERNAL SUMMARY", public_summary="")
    report = dataclasses.replace(demo_report, case=case)
    for lang in ("fr", "en"):
        for public in (False, True):
            found = pdf_text(art34.render(report, lang=lang, public=public), tmp_path)
            assert "INTERNAL" not in found
    assert "Demo case built only" not in pdf_text(art34.render(demo_report, lang="fr"), tmp_path)


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", "Une personne non autorisée a eu accès à des données personnelles vous concernant (identité et état "
           "civil, date de naissance, numéro d'inscription au répertoire (NIR), contrat d'assurance et garanties, "
           "données de santé), détenues par Malakoff Humanis, Aésio et MGP. L'incident a commencé le 29 janvier 2024."),
    ("en", "An unauthorised person accessed personal data about you (identity and civil status, date of birth, "),
])
def test_without_a_public_summary_a_plain_account_is_built_from_the_facts(
        demo_report: reportdata.CaseReport, tmp_path: Path, lang: str, expected: str) -> None:
    report = dataclasses.replace(demo_report, case=dataclasses.replace(demo_report.case, public_summary=""))
    found = pdf_text(art34.render(report, lang=lang), tmp_path)
    assert " ".join(expected.split()) in found
    if lang == "en":
        assert "held by Malakoff Humanis, Aésio and MGP. The incident started on 29 January 2024." in found


@pytest.mark.parametrize(("nature", "fr", "en"), [
    (frozenset({"integrity"}), "ont été modifiées sans autorisation", "were altered without authorisation"),
    (frozenset({"availability"}), "ont été rendues indisponibles", "were made unavailable"),
    (frozenset({"confidentiality", "availability"}), "également été rendues indisponibles",
     "also made unavailable"),
    (frozenset(), "Un incident de sécurité a touché", "A security incident affected"),
])
def test_each_nature_has_its_plain_sentence(demo_report: reportdata.CaseReport, tmp_path: Path,
                                            nature: frozenset[str], fr: str, en: str) -> None:
    case = dataclasses.replace(demo_report.case, nature=nature, public_summary="", breach_start=None)
    report = dataclasses.replace(demo_report, case=case, data=())
    assert fr in pdf_text(art34.render(report, lang="fr"), tmp_path)
    found = pdf_text(art34.render(report, lang="en"), tmp_path)
    assert en in found and "started on" not in found


def test_the_public_summary_is_printed_as_typed(demo_report: reportdata.CaseReport, tmp_path: Path) -> None:
    case = dataclasses.replace(demo_report.case, title="T <b>x</b> & <para>",
                               public_summary="Le 1er février, S <para> & </b> — 中文 😀 \u05e9\u05dc\u05d5\u05dd")
    report = dataclasses.replace(demo_report, case=case)
    found = pdf_text(art34.render(report, lang="en"), tmp_path)
    assert "Le 1er février, S <para> & </b>" in found and "[U+4E2D][U+6587]" in found
    assert "An unauthorised person accessed" not in found
    assert art34.render(report, lang="en") == art34.render(report, lang="en")


def test_sender_identity_and_signature_from_the_user_templates(demo_report: reportdata.CaseReport,
                                                               tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    (folder / "common").mkdir(parents=True)
    png(folder / "common" / "logo.png")
    (folder / "common" / "fr.toml").write_text(
        '[organisation]\nname = "Mutuelle Exemple"\naddress = "1 rue A\\n75001 Paris"\nlogo = "logo.png"\n'
        'signature = "Jeanne Dupont\\nDéléguée à la protection des données"\nsignature_image = "absent.png"\n',
        encoding="utf-8")
    warnings: list[str] = []
    data = art34.render(demo_report, lang="fr", user_dir=folder, warnings=warnings)
    found = pdf_text(data, tmp_path)
    assert found.index("Mutuelle Exemple 1 rue A 75001 Paris") < found.index("Information sur une violation")
    assert found.index("Qui contacter") < found.index("Pour le responsable du traitement") < found.index(
        "Jeanne Dupont Déléguée à la protection des données")
    assert len(warnings) == 1 and "absent.png" in warnings[0]
    assert data.count(b"/Subtype /Image") == 1


@pytest.mark.parametrize(("lang", "public"), [("fr", False), ("en", False), ("fr", True), ("en", True)])
def test_no_page_is_blank(demo_report: reportdata.CaseReport, tmp_path: Path, lang: str, public: bool) -> None:
    inked = inked_pages(art34.render(demo_report, lang=lang, public=public), tmp_path)
    assert inked and all(inked), inked


def test_draft_mark_when_gaps(demo_report: reportdata.CaseReport, tmp_path: Path) -> None:
    gaps = completeness.check(demo_report, "art34")
    assert gaps
    assert "DRAFT — incomplete" in pdf_text(art34.render(demo_report, lang="en", draft=bool(gaps)), tmp_path)
