"""The data the regulator's documents print: a case snapshot and the Art. 33(5) register."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io

import pytest

from cnil_case.core import db, demo, reportdata

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
    assert {p.organisation.name for p in report.controllers} >= {"Malakoff Humanis"} or report.controllers
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
