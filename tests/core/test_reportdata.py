"""The data the regulator's documents print: a case snapshot and the Art. 33(5) register."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io

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


def test_register_csv_opens_in_a_french_spreadsheet(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    _demo(session_factory)
    with session_factory() as session:
        rows = reportdata.register(session, now=NOW)
    assert len(rows) == 2
    data = reportdata.register_csv(rows)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "\r\n" in text
    parsed = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert parsed[0] == list(reportdata.REGISTER_COLUMNS)
    assert len(parsed) == 3
    assert {line[0] for line in parsed[1:]} == {demo.REFERENCE, "BRE-2024-001"}
    for line in parsed[1:]:
        assert len(line) == len(reportdata.REGISTER_COLUMNS)


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
    (header, line) = list(csv.reader(io.StringIO(reportdata.register_csv([row]).decode("utf-8-sig"), newline=""),
                                     delimiter=";"))
    cells = dict(zip(header, line, strict=True))
    assert cells["Persons (total)"] == "1234567" and cells["Records (approx.)"] == "1234567"
    assert cells["Notified"] == "yes" and cells["Notified at"] == "2024-02-02T10:00+01:00"
    assert cells["Controller aware"] == "2024-02-01T09:00+01:00"
