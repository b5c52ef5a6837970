"""The investigation report: every section in FR and EN with the demo values, hostile text, grouping
by day, byte-identical output, pages that are not blank, a large timeline, and the chart buckets."""

# mypy: disable-error-code="import-untyped"
# WORKAROUND: reportlab ships no type hints and types-reportlab is not a dev dependency yet.

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from cnil_case.core import (
    correspondence,
    db,
    demo,
    evidence,
    findings,
    parties,
    reportdata,
    timeline,
)
from cnil_case.core.evidence import EvidenceInput
from cnil_case.core.findings import FindingInput, MeasureInput
from cnil_case.core.snapshots import EventInput, EventRow, Moment
from cnil_case.report import chart, investigation, wording
from tests.helpers.fixtures import paris

NOW = dt.datetime(2024, 3, 1, 12, tzinfo=dt.UTC)
SHA = hashlib.sha256(b"portal-access.log").hexdigest()
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")

SECTIONS = ("title", "summary.heading", "summary.facts", "summary.figures", "parties.heading", "timeline.heading",
            "timeline.chart", "data.heading", "data.data", "data.persons", "risk.heading", "risk.in_force",
            "risk.history", "obligations.heading", "correspondence.heading", "findings.heading", "measures.heading",
            "measures.taken", "measures.proposed", "evidence.heading", "audit.heading")



def _enrich(session: db.Session, case_id: int) -> None:
    """The demo case plus an item of evidence, a request and its answer, a finding and two measures."""
    org_party = {p.organisation_name: p.id for p in parties.list_parties(session, case_id)}
    item = evidence.register(session, case_id, sha256=SHA, size=123_456, media_type="text/plain",
                             data=EvidenceInput(original_name="portal-access.log", exhibit="PC-1",
                                                acquired=Moment(paris(2024, 2, 8, 14, 5))))
    request = correspondence.add(session, case_id, correspondence.CorrespondenceInput(
        kind="questionnaire", subject="Questionnaire on the intrusion", sent=Moment(paris(2024, 2, 9, 10)),
        sender_party_id=next(pid for name, pid in org_party.items() if name.startswith("CNIL")),
        recipient_party_id=org_party["Viamedis"], limit_amount=8, limit_unit="days"), now=NOW)
    correspondence.add(session, case_id, correspondence.CorrespondenceInput(
        kind="answer", subject="Answers", sent=Moment(paris(2024, 2, 15, 16)), parent_id=request.id,
        sender_party_id=org_party["Viamedis"], completeness="full"), now=NOW)
    event_id = timeline.list_ids(session, case_id)[0]
    finding = findings.add_finding(session, case_id, FindingInput(
        title="No multi-factor authentication on the practitioner portal", facts="Credentials alone sufficed.",
        articles=("32", "5(1)(f)"), severity="serious", state="confirmed", evidence_ids=(item.row.id,),
        event_ids=(event_id,)))
    findings.add_measure(session, case_id, MeasureInput(kind="containment", description="Portal disconnected",
                                                        owner="Viamedis", state="done",
                                                        done_on=dt.date(2024, 2, 1)))
    findings.add_measure(session, case_id, MeasureInput(kind="prevention", description="Enforce MFA",
                                                        owner="Viamedis", planned_on=dt.date(2024, 4, 1),
                                                        finding_id=finding.id))


@pytest.fixture
def demo_report(session_factory: db.SessionFactory) -> reportdata.CaseReport:
    with session_factory.begin() as session:
        case_id = demo.ensure_demo_case(session)
        _enrich(session, case_id)
    with session_factory() as session:
        return reportdata.snapshot(session, case_id, now=NOW)


def _pdf(data: bytes, tmp_path: Path, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def pdf_text(data: bytes, tmp_path: Path) -> str:
    out = subprocess.run(["pdftotext", str(_pdf(data, tmp_path)), "-"], check=True, capture_output=True,
                         text=True).stdout
    return " ".join(out.split())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_section_and_the_demo_values(demo_report: reportdata.CaseReport, tmp_path: Path, lang: str) -> None:
    found = pdf_text(investigation.render(demo_report, lang=lang), tmp_path)
    w = wording.load("investigation", lang)
    for key in SECTIONS:
        assert " ".join(w.plain(key).split()) in found, key
    assert "DEMO-VIAMEDIS-ALMERYS-2024" in found
    for value in ("Malakoff Humanis", "Viamedis", "Almerys", "portal-access.log", "PC-1",
                  "No multi-factor authentication", "Enforce MFA", "Questionnaire on the intrusion"):
        assert value in found, value
    joined = "".join(found.split())
    assert SHA in joined  # the hash wraps inside its column
    assert "(UTC+01:00)" in found
    if lang == "fr":
        assert "Rapport d’enquête" in found and "Sommaire" in found
        assert "Risque élevé" in found and "33 000 000" in found
        assert "Art. 32 — " in found and "Grave" in found and "Confirmé" in found
        assert "Attaque" in found and "vérifiée : intacte" in found
    else:
        assert "Investigation report" in found and "Contents" in found
        assert "High risk" in found and "33,000,000" in found
        assert "Art. 32 — " in found and "Serious" in found and "Confirmed" in found
        assert "Attack" in found and "verified: intact" in found


def test_lateness_and_answer_delay(demo_report: reportdata.CaseReport, tmp_path: Path) -> None:
    found = pdf_text(investigation.render(demo_report, lang="en"), tmp_path)
    assert "overdue by" in found  # processors' notices to the controllers were never recorded
    assert "6d6h" in "".join(found.split())  # the answer came 6 days 6 hours after the questionnaire


def test_empty_sections_say_so(session_factory: db.SessionFactory, sample_case: dict[str, int],
                               tmp_path: Path) -> None:
    with session_factory() as session:
        report = reportdata.snapshot(session, sample_case["case"], now=NOW)
    found = pdf_text(investigation.render(report, lang="fr"), tmp_path)
    assert found.count("Néant.") >= 6  # risk, correspondence, findings, both measures, evidence
    found = pdf_text(investigation.render(dataclasses.replace(report, events=()), lang="en"), tmp_path)
    assert found.count("None recorded.") >= 8


def test_hostile_strings_print_as_typed(demo_report: reportdata.CaseReport, tmp_path: Path) -> None:
    hostile = "A <b>bold</b> & <para>x</para> &amp;"
    long = "word " * 20_000  # 100,000 characters
    case = dataclasses.replace(demo_report.case, title=hostile, summary=f"Summary {hostile} {long}",
                               vector=long)
    events = (dataclasses.replace(demo_report.events[0], title=hostile, source=long, actor_name="<i>"),
              *demo_report.events[1:])
    report = dataclasses.replace(demo_report, case=case, events=events)
    found = pdf_text(investigation.render(report, lang="fr"), tmp_path)
    assert hostile in found and "<i>" in found
    assert "[…+" in found  # the 100,000-character source is clipped in its cell, visibly


def test_group_by_day(demo_report: reportdata.CaseReport, tmp_path: Path) -> None:
    found = pdf_text(investigation.render(demo_report, lang="en", group_by="day"), tmp_path)
    assert "Events by day" in found and "29 January 2024 (1)" in found
    with pytest.raises(ValueError, match="grouping"):
        investigation.render(demo_report, lang="en", group_by="week")


def test_draft_notice(demo_report: reportdata.CaseReport, tmp_path: Path) -> None:
    found = pdf_text(investigation.render(demo_report, lang="fr", draft=True), tmp_path)
    assert "PROJET — incomplet" in found and "Projet : ce rapport est incomplet" in found
    assert "PROJET — incomplet" not in pdf_text(investigation.render(demo_report, lang="fr"), tmp_path)


def test_byte_identical(demo_report: reportdata.CaseReport) -> None:
    first = investigation.render(demo_report, lang="fr")
    assert first.startswith(b"%PDF") and first == investigation.render(demo_report, lang="fr")


def _ink(png: Path) -> float:
    """The share of pixels that are not (near) white."""
    image = Image.open(png).convert("L")
    histogram = image.histogram()
    return sum(histogram[:230]) / (image.width * image.height)


def test_cover_and_timeline_pages_are_not_blank(demo_report: reportdata.CaseReport, tmp_path: Path) -> None:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    path = _pdf(investigation.render(demo_report, lang="fr"), tmp_path)
    subprocess.run([pdftoppm, "-r", "50", "-png", str(path), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 6
    # Page 1 holds the contents, page 2 the cover, page 4 the chart of the timeline.
    for page in (pages[0], pages[1], pages[3]):
        assert _ink(page) > 0.005, page.name
    assert _ink(pages[3]) > _ink(pages[1])  # the bars


def test_large_timeline_splits_with_repeated_headers(session_factory: db.SessionFactory,
                                                     sample_case: dict[str, int], tmp_path: Path) -> None:
    case_id = sample_case["case"]
    start = paris(2024, 1, 1, 8)
    with session_factory.begin() as session:
        for i in range(400):
            timeline.add_event(session, case_id, EventInput(
                occurred=Moment(start + dt.timedelta(hours=7 * i)), title=f"Event number {i} " + "x" * (i % 90),
                category=("attack", "detection", "other")[i % 3], source="syslog", starred=i % 50 == 0),
                audited=False)
    with session_factory() as session:
        report = reportdata.snapshot(session, case_id, now=NOW)
    found = pdf_text(investigation.render(report, lang="en"), tmp_path)
    assert "counted per day" not in found and "counted per week" in found
    assert found.count("Actor") > 5  # the header row repeats on every page
    assert "Event number 399" in found


def _event(at: dt.datetime) -> EventRow:
    return EventRow(id=1, case_id=1, occurred=Moment(at), title="", details="", source="", category="other",
                    actor_party_id=None, actor_name="", tags=(), starred=False, attributes={})


def test_chart_buckets() -> None:
    start = dt.datetime(2024, 1, 31, 23, 30, tzinfo=dt.UTC)  # already 1 February in Paris
    unit, series, first, last = chart.counts([start, start + dt.timedelta(days=2)], "Europe/Paris")
    assert unit == "day" and first == dt.date(2024, 2, 1) and last == dt.date(2024, 2, 3)
    assert series == [(dt.date(2024, 2, 1), 1), (dt.date(2024, 2, 2), 0), (dt.date(2024, 2, 3), 1)]
    unit, series, _, _ = chart.counts([start, start + dt.timedelta(days=200)], "Europe/Paris")
    assert unit == "week" and series[0][0].weekday() == 0 and sum(n for _, n in series) == 2
    unit, series, _, _ = chart.counts([start, start + dt.timedelta(days=1000)], "Europe/Paris")
    assert unit == "month" and all(day.day == 1 for day, _ in series)
    assert _event(start).occurred.at == start


def test_wrap_keeps_lines_inside_the_column() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from cnil_case.report import fonts

    fonts.register()
    value = "short words " * 10 + "https://example.org/" + "a" * 200
    lines = investigation.wrap(value, fonts.SANS, 7.5, 100).split("\n")
    assert len(lines) > 5
    assert all(stringWidth(line, fonts.SANS, 7.5) <= 100 for line in lines)
    assert "".join(lines).replace(" ", "") == value.replace(" ", "")
