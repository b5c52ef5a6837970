"""The Viamedis / Almerys demo case: imports once, holds the public facts, round-trips unchanged."""

from __future__ import annotations

import datetime as dt
import json
import re

import jsonschema

from cnil_case import paths
from cnil_case.core import (
    affected,
    assessments,
    audit,
    caseio,
    cases,
    db,
    demo,
    obligations,
    parties,
    timeline,
    times,
)


def _load(session_factory: db.SessionFactory) -> int:
    with session_factory.begin() as session:
        return demo.ensure_demo_case(session)


def test_demo_imports_once(session_factory: db.SessionFactory) -> None:
    case_id = _load(session_factory)
    assert _load(session_factory) == case_id
    with session_factory() as session:
        assert [row.reference for row in cases.list_rows(session)] == [demo.REFERENCE]
        summaries = [entry.summary for entry in audit.history(session, case_id)]
        assert "Imported 9 events from viamedis-almerys.json" in summaries
        assert summaries[0] == "Risk assessment «Illustration (public facts)»: SE 3.00 (high), decided 'high'"


def test_demo_has_its_parties_in_their_roles(session_factory: db.SessionFactory) -> None:
    case_id = _load(session_factory)
    with session_factory() as session:
        rows = parties.list_parties(session, case_id)
        detail = cases.get(session, case_id)
    roles = {row.organisation_name.split(" (")[0]: row.role for row in rows}
    assert roles == {
        "Viamedis": "processor",
        "Almerys": "processor",
        "Malakoff Humanis": "controller",
        "Aésio": "controller",
        "MGP": "controller",
        "CNIL": "supervisory_authority",
        "ANSSI": "other_authority",
        "Paris prosecutor": "other_authority",
        "BL2C": "other_authority",
    }
    aware = {row.organisation_name: row.aware for row in rows if row.aware is not None}
    # Only the operators' awareness is supported by the facts: each announced the attack that day.
    assert {name: times.display(m.at, "Europe/Paris", m.precision) for name, m in aware.items()} == {
        "Viamedis": "2024-02-01",
        "Almerys": "2024-02-05",
    }
    assert all(m.precision == "day" for m in aware.values())
    for row in rows:
        if row.role == "controller":
            assert row.aware is None and row.awareness_note.startswith("Not public")
    assert detail.nature == frozenset({"confidentiality"})
    assert (detail.origin_intent, detail.origin_source) == ("malicious", "external")
    assert "not ransomware" in detail.vector.lower()
    assert "not the number of records actually copied" in detail.persons_description
    assert "may include duplicates" in detail.persons_description
    for phrase in ("Not concerned (CNIL)", "fewer than 50 Viamedis invoices", "unconfirmed"):
        assert phrase in detail.data_description


def test_demo_operators_work_for_the_insurers_the_press_links_them_to(session_factory: db.SessionFactory) -> None:
    """A reading of the press [S] (REFERENCE.md §10.1–10.2): Viamedis for its parent company, whose
    members were e-mailed the day of its announcement; Almerys for the mutuelles that e-mailed
    theirs after its attack. So no operator owes a notice to the other's clients."""
    case_id = _load(session_factory)
    with session_factory() as session:
        rows = parties.list_parties(session, case_id)
        clocks = obligations.for_case(session, case_id, now=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    names = {row.id: row.organisation_name for row in rows}
    assert {row.organisation_name: [names[i] for i in row.serves] for row in rows if row.serves} == {
        "Viamedis": ["Malakoff Humanis"],
        "Almerys": ["Aésio", "MGP"],
    }
    assert [(c.debtor, c.recipient) for c in clocks if c.duty.code == "gdpr_33_2"] == [
        ("Viamedis", "Malakoff Humanis"), ("Almerys", "Aésio"), ("Almerys", "MGP"),
    ]
    notes = {row.organisation_name: row.notes for row in rows if row.role == "processor"}
    for name, sources in (
        ("Viamedis", ("[S]", "subsidiary of Malakoff Humanis", "1 Feb 2024", "lemondeinformatique", "§10.1–10.2")),
        ("Almerys", ("[S]", "5 Feb 2024", "strategies.fr", "mgp.fr", "§10.2")),
    ):
        for fragment in sources:
            assert fragment in notes[name], (name, fragment)


def test_demo_parties_have_default_clock_settings_and_no_recorded_obligation() -> None:
    """The facts say nothing of contracts, targets, regional holidays or DORA, nor of a notification date."""
    shipped = json.loads(paths.demo_document().read_text(encoding="utf-8"))
    for party in shipped["parties"]:
        assert (party["notice_hours"], party["subject_target_hours"], party["holiday_calendar"], party["classified"]) == (
            24, None, None, None
        )
        authority = party["role"] in ("supervisory_authority", "other_authority")
        assert party["regimes"] == ([] if authority else ["gdpr"])
    # REFERENCE.md §10.6: no dates were found for the Art. 33 notifications.
    assert shipped["obligations"] == []


def test_demo_timeline_is_in_order_with_sources_and_day_precision(session_factory: db.SessionFactory) -> None:
    case_id = _load(session_factory)
    with session_factory() as session:
        rows = timeline.rows(session, timeline.list_ids(session, case_id))
    days = [row.occurred.at.astimezone(times.zone("Europe/Paris")).date() for row in rows]
    assert days == sorted(days)
    assert [d.isoformat() for d in days] == [
        "2024-01-29",
        "2024-02-01",
        "2024-02-01",
        "2024-02-01",
        "2024-02-05",
        "2024-02-05",
        "2024-02-07",
        "2024-02-09",
        "2024-02-09",
    ]
    for row in rows:
        assert row.occurred.precision == "day"
        assert row.occurred.offset == 60  # midnight in Paris, winter time, as the facts are French
        assert row.occurred.at.astimezone(times.zone("Europe/Paris")).time() == dt.time(0, 0)
        assert re.search(r"\(https://[^ )]+\)", row.source), row.title  # every fact cites its source
        assert row.actor_name, row.title
    by_title = {row.title.split(":")[0]: row for row in rows}
    assert "derived" in by_title["Viamedis intrusion"].tags
    almerys = next(row for row in rows if row.title.startswith("Almerys intrusion"))
    assert "uncertain" in almerys.tags
    assert "1 Feb 2024" in almerys.details and "3 Feb 2024" in almerys.details
    assert "econostrum" in almerys.source and "les-enovateurs" in almerys.source
    assert "CNIL press release" in rows[6].title and rows[6].category == "press"


def test_demo_document_is_what_export_writes(session_factory: db.SessionFactory) -> None:
    """The shipped document is canonical: importing then exporting it gives it back."""
    case_id = _load(session_factory)
    with session_factory() as session:
        exported = caseio.export_case(session, case_id)
    shipped = json.loads(paths.demo_document().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(
        json.loads(paths.case_document_schema().read_text(encoding="utf-8"))
    ).validate(shipped)
    for stamp in ("generator", "exported_at"):
        exported.pop(stamp, None)
        shipped.pop(stamp, None)
    assert exported == shipped


def test_demo_invents_no_identifiers_or_times() -> None:
    shipped = json.loads(paths.demo_document().read_text(encoding="utf-8"))
    assert all(org["siren"] == "" and org["siret"] == "" for org in shipped["organisations"])
    moments = [e["occurred"] for e in shipped["events"]] + [
        p["aware"] for p in shipped["parties"] if p["aware"]
    ] + [shipped["case"]["breach_start"]]
    assert all(m["precision"] == "day" for m in moments)
    assert shipped["case"]["discovered"] is None and shipped["case"]["breach_end"] is None


def test_demo_has_its_affected_data_and_persons(session_factory: db.SessionFactory) -> None:
    case_id = _load(session_factory)
    with session_factory() as session:
        data = affected.list_data(session, case_id)
        persons = affected.list_persons(session, case_id)
        detail = cases.get(session, case_id)
    assert [(row.category, row.records) for row in data] == [
        ("identity", None), ("birth_date", None), ("nir", None), ("insurance", None), ("health", 50),
    ]
    assert all("not records copied" in row.notes for row in data[:4])
    assert "health transport" in data[4].notes
    insured, professionals = persons
    assert (insured.category, insured.count_kind, insured.count_low, insured.countries) == (
        "insured", "estimate", 33_000_000, ("FR",)
    )
    assert "duplicates" in insured.notes and "20 million" in insured.notes
    assert (professionals.category, professionals.count_kind) == ("health_professionals", "unknown")
    assert "FSPF" in professionals.notes and "unconfirmed" in professionals.notes
    assert (detail.protection, detail.key_compromised) == ("none", None)


def test_demo_assessment_is_the_reference_illustration_and_requires_both_notices(
    session_factory: db.SessionFactory,
) -> None:
    case_id = _load(session_factory)
    with session_factory() as session:
        (row,) = assessments.history(session, case_id)
        clocks = obligations.for_case(session, case_id, now=times.utcnow())
    score = row.evaluation.score
    # REFERENCE.md §4.4: DPC 2 (simple 1, +1 for volume and identity fraud) × EI 1 + CB 1.0 = 3.0, High.
    assert (score.dpc, score.dpc_category, score.ei, score.cb, score.se, score.band.value) == (
        2, "nir", 1.0, 1.0, 3.0, "high"
    )
    recommendation = row.evaluation.recommendation
    assert (recommendation.level.value, recommendation.notify_authority, recommendation.communicate) == (
        "high", True, True
    )
    assert (row.label, row.author, row.decided_level, row.overridden) == (
        "Illustration (public facts)", "cnil-case demo", "high", False
    )
    assert row.assessed_at == dt.datetime(2024, 2, 7, 11, tzinfo=dt.UTC)
    # A high risk leaves the insurers' Art. 33 and 34 duties required (the CNIL asked for
    # individual information, 7 Feb 2024): nothing is switched to "not required".
    insurers = [clock for clock in clocks if clock.duty.code in ("gdpr_33_1", "gdpr_34")]
    assert len(insurers) == 6
    assert {clock.recorded.status for clock in insurers} == {"open"}
