"""The Art. 33(5) register PDF: one row per case, both languages, reproducible bytes."""

# mypy: disable-error-code="import-untyped"
# WORKAROUND: reportlab ships no type hints and types-reportlab is not a dev dependency yet.

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from cnil_case.core import affected, assessments, db, demo, obligations, reportdata
from cnil_case.core.deadlines import ObligationKey
from cnil_case.core.snapshots import AffectedDataInput, Moment
from cnil_case.report import register
from tests.helpers.fixtures import paris

NOW = dt.datetime(2024, 2, 6, 12, tzinfo=dt.UTC)
REASON = "Only business e-mail addresses, already public"



@pytest.fixture
def rows(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> list[reportdata.RegisterRow]:
    case_id = sample_case["case"]
    with session_factory.begin() as session:
        demo.ensure_demo_case(session)
        affected.add_data(session, case_id, AffectedDataInput(category="contact"))
        draft = assessments.draft(session, case_id)
        assessments.record(session, case_id, label="Initial", enisa_input=draft.enisa_input, factors=draft.factors,
                           decided_level="unlikely", reason=REASON, now=NOW)
        return reportdata.register(session, now=NOW)


def _text(tmp_path: Path, data: bytes) -> str:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "register.pdf"
    path.write_bytes(data)
    return subprocess.run([pdftotext, "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _render(rows: list[reportdata.RegisterRow], lang: str) -> bytes:
    return register.render(rows, lang=lang, workspace_name="Mutuelle <Exemple>", generated_at=NOW)


@pytest.mark.parametrize(("lang", "headings"), [
    ("en", ["Personal data breach register", "Art", "Reference", "Measures taken", "Not notified",
            "Confidential — personal data"]),
    ("fr", ["Registre des violations", "article 33", "Référence", "Mesures prises", "Non notifiée",
            "Confidentiel — données à caractère personnel"]),
])
def test_every_case_and_the_headings(tmp_path: Path, rows: list[reportdata.RegisterRow], lang: str,
                                     headings: list[str]) -> None:
    assert len(rows) == 2
    found = _text(tmp_path, _render(rows, lang))
    joined = "".join(found.split())  # long references wrap inside their cell
    for row in rows:
        assert row.reference in joined
    words = " ".join(found.split())
    for heading in headings:
        assert heading in words
    assert "Mutuelle <Exemple>" in found and "Page 1 /" in found
    assert REASON.replace(" ", "") in joined


def test_unlikely_case_is_not_notified_with_its_reason(rows: list[reportdata.RegisterRow]) -> None:
    unlikely = next(r for r in rows if r.reference == "BRE-2024-001")
    assert not unlikely.notified and unlikely.not_notified_reason


def test_same_rows_give_the_same_bytes(rows: list[reportdata.RegisterRow]) -> None:
    first = _render(rows, "fr")
    assert first.startswith(b"%PDF") and first == _render(rows, "fr")


def test_landscape_and_page_one_picture(tmp_path: Path, rows: list[reportdata.RegisterRow]) -> None:
    data = _render(rows, "fr")
    assert b"/MediaBox [ 0 0 841.8898 595.2756 ]" in data
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    path = tmp_path / "register.pdf"
    path.write_bytes(data)
    # To look at the page, set CNIL_CASE_SHOTS to a folder; otherwise it stays in the test's folder.
    out = Path(os.environ.get("CNIL_CASE_SHOTS", str(tmp_path / "shots")))
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run([pdftoppm, "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", str(path),
                    str(out / "register-fr-1")], check=True)
    assert (out / "register-fr-1.png").stat().st_size > 0


def test_empty_register(tmp_path: Path) -> None:
    assert "No breach has been recorded" in _text(tmp_path, _render([], "en"))


@pytest.mark.parametrize(("lang", "first", "last"), [("en", "Reference", "Measures taken"),
                                                     ("fr", "Référence", "Mesures prises")])
def test_csv_headings(lang: str, first: str, last: str) -> None:
    headings = register.csv_headings(lang)
    assert len(headings) == len(register.CSV_KEYS)
    assert headings[0] == first and headings[-1] == last


def test_fixed_notes_are_translated(tmp_path: Path, rows: list[reportdata.RegisterRow]) -> None:
    words = " ".join(_text(tmp_path, _render(rows, "fr")).split())
    assert "pas encore communiquée" in words and "Statut : ouvert" in words and "risque improbable" in words
    joined = "".join(words.split())  # notes wrap in their cell
    assert "nonrequise:" in joined and REASON.replace(" ", "") in joined
    assert "not yet communicated" not in words


def _csv(rows: list[reportdata.RegisterRow], lang: str) -> list[dict[str, str]]:
    data = register.render_csv(rows, lang=lang)
    assert data.startswith(b"\xef\xbb\xbf")
    decoded = data.decode("utf-8-sig")
    assert "\r\n" in decoded and "\n" not in decoded.replace("\r\n", "")
    header, *lines = list(csv.reader(io.StringIO(decoded, newline=""), delimiter=";"))
    assert header == register.csv_headings(lang)
    return [dict(zip(header, line, strict=True)) for line in lines]


def test_csv_opens_in_a_spreadsheet_in_both_languages(rows: list[reportdata.RegisterRow]) -> None:
    en = {line["Reference"]: line for line in _csv(rows, "en")}
    fr = {line["Référence"]: line for line in _csv(rows, "fr")}
    assert set(en) == set(fr) == {demo.REFERENCE, "BRE-2024-001"}
    sample_en, sample_fr = en["BRE-2024-001"], fr["BRE-2024-001"]
    assert sample_en["Notified"] == "no" and sample_fr["Notifiée"] == "non"
    assert sample_en["Status"] == "open" and sample_fr["Statut"] == "ouvert"
    # The reason recorded on the obligation (written by core/obligations.py from the assessment) stays as is.
    assert sample_en["Reason not notified"].startswith("not required: ") and REASON in sample_en["Reason not notified"]
    assert sample_fr["Motif de non-notification"].replace("\u202f", " ").startswith("non requise : ")
    assert REASON in sample_fr["Motif de non-notification"]
    assert sample_en["Data categories"] != sample_fr["Catégories de données"]  # French taxonomy labels
    assert sample_fr["Nature"] == "confidentialité"
    assert sample_fr["Risque"] == "risque improbable"
    assert sample_en["Communication note"] and "not" not in sample_fr["Note sur la communication"]


def test_csv_dates_are_iso_in_the_case_zone(session_factory: db.SessionFactory,
                                            sample_case: dict[str, int]) -> None:
    key = ObligationKey(sample_case["controller"], "gdpr_33_1")
    with session_factory.begin() as session:
        obligations.fulfil(session, key, fulfilled=Moment(paris(2024, 2, 2, 10)), reference="CNIL-2024-42", now=NOW)
        (row,) = reportdata.register(session, now=NOW)
    (line,) = _csv([row], "fr")
    assert line["Notifiée"] == "oui" and line["Notifiée le"] == "2024-02-02T10:00+01:00"
    assert line["Connaissance du responsable"] == "2024-02-01T09:00+01:00"
    assert line["Référence de la notification"] == "CNIL-2024-42" and line["Motif de non-notification"] == ""


def test_hostile_reason_prints_as_typed(tmp_path: Path, rows: list[reportdata.RegisterRow]) -> None:
    hostile = [dataclasses.replace(r, not_notified_reason="<b>x</b> & <para>", title="T <i>") for r in rows]
    words = " ".join(_text(tmp_path, _render(hostile, "en")).split())
    assert "<b>x</b> & <para>" in words and "T <i>" in words
