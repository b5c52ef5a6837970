"""Affected data and persons, assessments kept with their decision, and obligations switched."""

from __future__ import annotations

import datetime as dt

import pytest

from cnil_case.core import affected, assessments, audit, cases, db, obligations
from cnil_case.core.deadlines import ClockState
from cnil_case.core.errors import ValidationError
from cnil_case.core.snapshots import AffectedDataInput, AffectedPersonsInput, CaseInput

NOW = dt.datetime(2024, 2, 6, 12, tzinfo=dt.UTC)


@pytest.fixture
def viamedis_like(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> int:
    case_id = sample_case["case"]
    with session_factory.begin() as session:
        for code, records in (("identity", 33_000_000), ("birth_date", None), ("nir", 33_000_000), ("insurance", None)):
            affected.add_data(session, case_id, AffectedDataInput(category=code, records=records))
        affected.add_persons(session, case_id, AffectedPersonsInput(category="insured", count_kind="estimate",
                                                                    count_low=33_000_000, countries=("FR",)))
    return case_id


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (AffectedPersonsInput(category="martians"), "Person category"),
        (AffectedPersonsInput(category="insured", count_kind="exact"), "Count"),
        (AffectedPersonsInput(category="insured", count_kind="range", count_low=10, count_high=5), "Upper bound"),
        (AffectedPersonsInput(category="insured", count_kind="estimate", count_low=5, countries=("France",)), "Countries"),
    ],
)
def test_persons_validation_names_the_field(session_factory: db.SessionFactory, sample_case: dict[str, int],
                                            data: AffectedPersonsInput, field: str) -> None:
    with pytest.raises(ValidationError) as info, session_factory.begin() as session:
        affected.add_persons(session, sample_case["case"], data)
    assert info.value.field == field


def test_data_lines_are_unique_and_audited(session_factory: db.SessionFactory, viamedis_like: int) -> None:
    with session_factory.begin() as session:
        with pytest.raises(ValidationError, match="already listed"):
            affected.add_data(session, viamedis_like, AffectedDataInput(category="nir"))
        with pytest.raises(ValidationError) as info:
            affected.add_data(session, viamedis_like, AffectedDataInput(category="gossip"))
        assert info.value.field == "Data category"
        assert [row.category for row in affected.list_data(session, viamedis_like)] == ["identity", "birth_date", "nir", "insurance"]
        assert audit.history(session, viamedis_like, limit=1)[0].entity == "affected_persons"


def test_cross_border_note(session_factory: db.SessionFactory, viamedis_like: int) -> None:
    with session_factory.begin() as session:
        affected.add_persons(session, viamedis_like, AffectedPersonsInput(category="beneficiaries", count_kind="range",
                                                                          count_low=10, count_high=100, countries=("fr", "BE")))
        draft = assessments.draft(session, viamedis_like)
    assert any("BE" in note and "Art. 56" in note for note in draft.notes)
    assert draft.factors.individuals == 33_000_100


def test_draft_and_accepted_recommendation(session_factory: db.SessionFactory, viamedis_like: int) -> None:
    with session_factory.begin() as session:
        draft = assessments.draft(session, viamedis_like)
        assert draft.factors.national_id and draft.factors.confidentiality and draft.factors.malicious
        evaluation = assessments.evaluate(draft.enisa_input, draft.factors)
        assert evaluation.recommendation.level.value == "high"
        kept = assessments.record(session, viamedis_like, label="Initial", enisa_input=draft.enisa_input,
                                  factors=draft.factors, now=NOW)
        who = audit.current_actor(session)  # "tester"; on PostgreSQL "<role> (tester)"
        assert (kept.decided_level, kept.overridden, kept.author) == ("high", False, who)
        clocks = {c.duty.code: c for c in obligations.for_case(session, viamedis_like, now=NOW)}
    assert clocks["gdpr_34"].state is not ClockState.NOT_REQUIRED


def test_override_needs_a_reason_and_switches_obligations(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    case_id = sample_case["case"]
    with session_factory.begin() as session:
        affected.add_data(session, case_id, AffectedDataInput(category="contact"))
        draft = assessments.draft(session, case_id)
        with pytest.raises(ValidationError) as info:
            assessments.record(session, case_id, label="Initial", enisa_input=draft.enisa_input, factors=draft.factors,
                               decided_level="unlikely", now=NOW)
        assert info.value.field == "Reason"
        assessments.record(session, case_id, label="Initial", enisa_input=draft.enisa_input, factors=draft.factors,
                           decided_level="unlikely", reason="Only business e-mail addresses, already public", now=NOW)
        clocks = {c.duty.code: c for c in obligations.for_case(session, case_id, now=NOW)}
        assert {clocks[c].state for c in ("gdpr_33_1", "gdpr_33_4", "gdpr_34")} == {ClockState.NOT_REQUIRED}
        assert "Risk assessment #" in clocks["gdpr_33_1"].recorded.not_required_reason
        # After investigation: a risk after all. Art. 33 comes back; Art. 34 stays off.
        again = assessments.record(session, case_id, label="After investigation", enisa_input=draft.enisa_input,
                                   factors=draft.factors, decided_level="risk", reason="Addresses were sold", now=NOW)
        clocks = {c.duty.code: c for c in obligations.for_case(session, case_id, now=NOW)}
        assert clocks["gdpr_33_1"].state is ClockState.OVERDUE
        assert clocks["gdpr_34"].state is ClockState.NOT_REQUIRED
        assert [a.label for a in assessments.history(session, case_id)] == ["After investigation", "Initial"]
        assert assessments.current(session, case_id) == again
        with pytest.raises(ValidationError, match="only when the risk is high"):
            assessments.record(session, case_id, label="x", enisa_input=draft.enisa_input, factors=draft.factors,
                               decided_level="risk", exemption="a", reason="r", now=NOW)


def test_protection_fields_of_a_case(session_factory: db.SessionFactory) -> None:
    with session_factory.begin() as session:
        with pytest.raises(ValidationError) as info:
            cases.create(session, CaseInput(reference="P", title="T", key_compromised=False))
        assert info.value.field == "Key compromised"
        case = cases.create(session, CaseInput(reference="P", title="T", protection="encrypted", key_compromised=False))
        affected.add_data(session, case.id, AffectedDataInput(category="health"))
        draft = assessments.draft(session, case.id)
    assert draft.factors.unintelligible and draft.enisa_input.unintelligible


def test_overrides_shape_the_enisa_circumstances(session_factory: db.SessionFactory, viamedis_like: int) -> None:
    with session_factory() as session:
        trusted = assessments.draft(session, viamedis_like, factor_overrides={"recipients": "trusted", "recovered": True})
        unknown = assessments.draft(session, viamedis_like)
    assert (trusted.enisa_input.cb_confidentiality, unknown.enisa_input.cb_confidentiality) == (0.25, 0.5)
    assert trusted.factors.recipients == "trusted"


def test_a_person_marking_a_decided_duty_makes_it_theirs(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    from cnil_case.core.deadlines import ObligationKey

    case_id = sample_case["case"]
    with session_factory.begin() as session:
        affected.add_data(session, case_id, AffectedDataInput(category="contact"))
        draft = assessments.draft(session, case_id)
        assessments.record(session, case_id, label="Initial", enisa_input=draft.enisa_input, factors=draft.factors,
                           decided_level="risk", reason="limited exposure", now=NOW)
        key = ObligationKey(sample_case["controller"], "gdpr_34")
        obligations.mark_not_required(session, key, justification="Art. 34(3)(c): public notice instead", now=NOW)
        assert key not in obligations.decided_keys(session, case_id)


def test_national_scale_counts_fit_every_database(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    """More than 2**31 (PostgreSQL's INTEGER): the columns are 64-bit."""
    with session_factory.begin() as session:
        affected.add_data(session, sample_case["case"], AffectedDataInput(category="identity", records=8_000_000_000))
        affected.add_persons(session, sample_case["case"], AffectedPersonsInput(
            category="citizens", count_kind="range", count_low=3_000_000_000, count_high=8_000_000_000))
    with session_factory() as session:
        assert affected.list_persons(session, sample_case["case"])[0].count_high == 8_000_000_000
        assert affected.list_data(session, sample_case["case"])[0].records == 8_000_000_000


def test_total_records_is_unknown_while_a_category_count_is(session_factory: db.SessionFactory,
                                                            sample_case: dict[str, int]) -> None:
    with session_factory.begin() as session:
        affected.add_data(session, sample_case["case"], AffectedDataInput(category="identity"))
        affected.add_data(session, sample_case["case"], AffectedDataInput(category="health", records=50))
        assert affected.total_records(affected.list_data(session, sample_case["case"])) is None
        row = affected.list_data(session, sample_case["case"])[0]
        affected.update_data(session, row.id, AffectedDataInput(category="identity", records=33_000_000))
        assert affected.total_records(affected.list_data(session, sample_case["case"])) == 33_000_000
