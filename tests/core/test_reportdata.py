"""The data the regulator's documents print: a case snapshot and the Art. 33(5) register."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from cnil_case.core import affected, db, demo, obligations, reportdata
from cnil_case.core.deadlines import ObligationKey
from cnil_case.core.snapshots import AffectedDataInput, AffectedPersonsInput, Moment
from tests.helpers.fixtures import paris

NOW = dt.datetime(2026, 11, 28, 12, tzinfo=dt.UTC)


def _demo(session_factory: db.SessionFactory) -> int:
    with session_factory.begin() as session:
        return demo.ensure_demo_case(session)


def test_demo_snapshot_holds_the_case(session_factory: db.SessionFactory) -> None:
    case_id = _demo(session_factory)
    with session_factory() as session:
        report = reportdata.snapshot(session, case_id, now=NOW)
    assert report.case.reference == demo.REFERENCE
    assert len(report.parties) == 9
    assert len(report.events) == 9
    assert report.data and any(entry.national_id for entry in report.data)
    assert report.assessment is not None and report.assessment.decided_level == "high"
    assert report.assessment_history[0] == report.assessment
    assert report.clocks
    assert report.audit_count > 0
    assert report.generated_at == NOW
    assert {p.organisation.name for p in report.controllers} >= {"Malakoff Humanis"}
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.audit_count = 0  # type: ignore[misc]


def _register(session_factory: db.SessionFactory, now: dt.datetime = NOW) -> list[reportdata.RegisterRow]:
    with session_factory() as session:
        return reportdata.register(session, now=now)


def test_register_keeps_a_case_not_notified_with_its_reason(session_factory: db.SessionFactory,
                                                            sample_case: dict[str, int]) -> None:
    key = ObligationKey(sample_case["controller"], "gdpr_33_1")
    with session_factory.begin() as session:
        obligations.mark_not_required(session, key, justification="Encrypted laptop, key safe", now=NOW)
    (row,) = _register(session_factory)
    assert (row.notified, row.not_notified_reason, row.notified_at) == (False, "Encrypted laptop, key safe", None)
    assert row.notification_note == reportdata.Note.NOT_REQUIRED
    assert row.controller_aware == paris(2024, 2, 1, 9)


def test_register_gives_the_notification_and_plain_numbers(session_factory: db.SessionFactory,
                                                           sample_case: dict[str, int]) -> None:
    case_id = sample_case["case"]
    with session_factory.begin() as session:
        affected.add_data(session, case_id, AffectedDataInput(category="identity", records=1_234_567))
        affected.add_persons(session, case_id, AffectedPersonsInput(category="insured", count_kind="exact",
                                                                    count_low=1_234_567))
        obligations.fulfil(session, ObligationKey(sample_case["controller"], "gdpr_33_1"),
                           fulfilled=Moment(paris(2024, 2, 2, 10)), reference="CNIL-2024-42", now=NOW)
    (row,) = _register(session_factory)
    assert (row.notified, row.notification_reference, row.notified_at) == (True, "CNIL-2024-42", paris(2024, 2, 2, 10))
    assert (row.persons_total, row.records_total) == (1_234_567, 1_234_567)
    assert row.controller_aware == paris(2024, 2, 1, 9)


def test_register_notes_are_codes(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    (row,) = _register(session_factory)
    assert (row.notification_note, row.not_notified_reason) == (reportdata.Note.PENDING, "")
    assert (row.communication_note, row.communication_reason) == (reportdata.Note.PENDING, "")
    assert row.data_categories == row.data_categories_fr == ()


def test_snapshot_summarises_audit_and_custody(session_factory: db.SessionFactory) -> None:
    case_id = _demo(session_factory)
    with session_factory() as session:
        report = reportdata.snapshot(session, case_id, now=NOW)
        quick = reportdata.snapshot(session, case_id, now=NOW, verify_audit=False)
    summary = report.audit
    assert summary.count == report.audit_count > 0
    assert sum(n for _, n in summary.by_entity) == summary.count
    assert summary.first is not None and summary.last is not None and summary.first <= summary.last
    assert summary.first.tzinfo is not None
    assert summary.chain_ok and summary.chain_checked
    assert not quick.audit.chain_checked and not quick.audit.chain_ok
    for entry in report.evidence:
        assert entry.custody_entries >= 1 and entry.last_action
