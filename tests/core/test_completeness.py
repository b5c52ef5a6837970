"""The completeness check before export: what Art. 33(3) / 34(2) require and the case lacks."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from cnil_case.core import (
    affected,
    assessments,
    completeness,
    db,
    findings,
    obligations,
    parties,
    reportdata,
)
from cnil_case.core.deadlines import ClockState, ObligationKey
from cnil_case.core.errors import ValidationError
from cnil_case.core.phrases import Phrase
from cnil_case.core.snapshots import AffectedDataInput, AffectedPersonsInput, Moment
from tests.helpers.fixtures import paris

NOW = dt.datetime(2024, 2, 10, 12, tzinfo=dt.UTC)


def _gaps(session_factory: db.SessionFactory, case_id: int, kind: str = "art33") -> list[completeness.Gap]:
    with session_factory() as session:
        return completeness.check(reportdata.snapshot(session, case_id, now=NOW), kind)


def _articles(gaps: list[completeness.Gap]) -> list[str]:
    return [gap.requirement for gap in gaps]


def test_sample_case_lacks_contact_measures_and_counts(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    gaps = _gaps(session_factory, sample_case["case"])
    names = _articles(gaps)
    assert "DPO or contact point" in names
    assert "Measures taken or proposed" in names
    assert "Categories of data" in names and "Categories of data subjects" in names
    assert "Likely consequences" in names
    overdue = [gap for gap in gaps if gap.requirement == "Reasons for the delay"]
    assert len(overdue) == 1
    assert "not yet notified — past 72 hours: reasons for the delay will be needed" in overdue[0].what_is_missing
    for gap in gaps:
        assert gap.article.startswith("GDPR Art.") and gap.where_to_fix and gap.what_is_missing
        assert "tab" in gap.where_to_fix
    assert "Fix:" in gaps[0].message()


def test_counts_are_required_not_only_categories(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    case_id = sample_case["case"]
    with session_factory.begin() as session:
        affected.add_data(session, case_id, AffectedDataInput(category="identity"))
        affected.add_persons(session, case_id, AffectedPersonsInput(category="insured"))
    names = _articles(_gaps(session_factory, case_id))
    assert "Approximate number of records" in names and "Approximate number of data subjects" in names


def test_late_notification_without_reasons_is_refused(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    key = ObligationKey(sample_case["controller"], "gdpr_33_1")
    with pytest.raises(ValidationError), session_factory.begin() as session:
        obligations.fulfil(session, key, fulfilled=Moment(paris(2024, 2, 6, 10)), now=NOW)
    with session_factory() as session:
        clock = reportdata.snapshot(session, sample_case["case"], now=NOW).clocks_for("gdpr_33_1")[0]
    assert clock.state is ClockState.OVERDUE


def _fill(session_factory: db.SessionFactory, ids: dict[str, int]) -> None:
    case_id = ids["case"]
    with session_factory.begin() as session:
        org = parties.get_organisation(session, ids["insurer"])
        parties.update_organisation(session, org.id, dataclasses.replace(
            org.as_input(), dpo_name="Jeanne DPO", dpo_email="dpo@mutuelle.example"))
        affected.add_data(session, case_id, AffectedDataInput(category="identity", records=1200))
        affected.add_data(session, case_id, AffectedDataInput(category="nir", records=1200))
        affected.add_persons(session, case_id, AffectedPersonsInput(category="insured", count_kind="estimate", count_low=1200))
        findings.add_measure(session, case_id, findings.MeasureInput(kind="containment", description="Portal disconnected",
                                                                     state="done", done_on=dt.date(2024, 2, 1)))
        findings.add_measure(session, case_id, findings.MeasureInput(kind="advice", description="Beware of phishing"))
        draft = assessments.draft(session, case_id)
        assessments.record(session, case_id, label="Initial", enisa_input=draft.enisa_input, factors=draft.factors,
                           decided_level="high", reason="NIR exposed", now=NOW)
        obligations.fulfil(session, ObligationKey(ids["controller"], "gdpr_33_1"), fulfilled=Moment(paris(2024, 2, 6, 10)),
                           reference="CNIL-2024-42", reasons_for_delay="Forensics needed to confirm the scope", now=NOW)


def test_filling_the_gaps_empties_the_list(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    _fill(session_factory, sample_case)
    assert _gaps(session_factory, sample_case["case"]) == []
    assert _gaps(session_factory, sample_case["case"], "art34") == []


def test_art34_needs_high_risk_and_advice(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    names = _articles(_gaps(session_factory, sample_case["case"], "art34"))
    assert {"High risk to data subjects", "DPO or contact point", "Advice to data subjects"} <= set(names)


def test_investigation_and_register_warn_only_on_an_empty_case(session_factory: db.SessionFactory,
                                                                sample_case: dict[str, int]) -> None:
    assert _gaps(session_factory, sample_case["case"], "investigation") == []
    assert _gaps(session_factory, sample_case["case"], "register") == []
    with pytest.raises(ValueError, match="unknown document kind"):
        _gaps(session_factory, sample_case["case"], "memo")


def test_gaps_are_translatable_phrases_that_read_as_english(
        session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    gaps = _gaps(session_factory, sample_case["case"])
    for gap in gaps:
        for text in (gap.requirement, gap.article, gap.what_is_missing, gap.where_to_fix, gap.message()):
            assert isinstance(text, Phrase) and text.context == "completeness"
    contact = next(g for g in gaps if g.requirement == "DPO or contact point")
    missing = contact.what_is_missing
    assert isinstance(missing, Phrase)
    assert missing.template == "no e-mail or phone of a DPO or contact point for {names}"
    assert missing.values == {"names": "Mutuelle Exemple"}
    assert str(contact.message()).startswith("DPO or contact point (GDPR Art. 33(3)(b)): no e-mail or phone")


def test_earlier_reference_gap_names_the_variant() -> None:
    gap = completeness.earlier_reference("final")
    assert gap.article == "GDPR Art. 33(4)"
    assert gap.what_is_missing == "a final notification does not say which notification it follows"
    assert "complementary" in completeness.earlier_reference("complementary").what_is_missing
