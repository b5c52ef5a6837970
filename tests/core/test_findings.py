"""Findings and measures: the versions an undo checks, deletions that return what they deleted."""

from __future__ import annotations

import dataclasses

import pytest

from cnil_case.core import db, findings
from cnil_case.core.errors import ConflictError
from cnil_case.core.snapshots import Moment
from tests.helpers.fixtures import paris


def test_delete_finding_returns_it_and_adding_it_back_restores_its_links(
    session_factory: db.SessionFactory, sample_case: dict[str, int]
) -> None:
    case_id = sample_case["case"]
    with session_factory.begin() as session:
        row = findings.add_finding(session, case_id, findings.FindingInput(
            title="No MFA", articles=("32",), party_id=sample_case["processor"], event_ids=(sample_case["event0"],)))
        measure = findings.add_measure(session, case_id, findings.MeasureInput(
            kind="remediation", description="Enforce MFA", finding_id=row.id))
        assert findings.measures_of(session, row.id) == 1
        deleted = findings.delete_finding(session, row.id, expected_version=row.version)
        assert deleted == row
        # The measure keeps its text and loses the link.
        assert findings.list_measures(session, case_id)[0].finding_id is None
        again = findings.add_finding(session, case_id, deleted.as_input())
        assert again.as_input() == row.as_input()
        removed = findings.delete_measure(session, measure.id, expected_version=measure.version)
        assert removed.description == "Enforce MFA"
        assert findings.list_measures(session, case_id) == []


def test_stale_versions_are_refused(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    case_id = sample_case["case"]
    with session_factory.begin() as session:
        row = findings.add_finding(session, case_id, findings.FindingInput(title="No MFA"))
        measure = findings.add_measure(session, case_id, findings.MeasureInput(kind="remediation", description="MFA"))
        # Only a link changes: the version moves all the same.
        linked = findings.update_finding(session, row.id, dataclasses.replace(
            row.as_input(), event_ids=(sample_case["event1"],)))
        assert linked.version > row.version
        findings.update_measure(session, measure.id, dataclasses.replace(measure.as_input(), owner="CISO"))
    for op in (lambda s: findings.update_finding(s, row.id, row.as_input(), expected_version=row.version),
               lambda s: findings.delete_finding(s, row.id, expected_version=row.version),
               lambda s: findings.update_measure(s, measure.id, measure.as_input(), expected_version=measure.version),
               lambda s: findings.delete_measure(s, measure.id, expected_version=measure.version)):
        with pytest.raises(ConflictError), session_factory.begin() as session:
            op(session)
    with session_factory() as session:
        assert findings.get_finding(session, row.id).event_ids == (sample_case["event1"],)
        assert findings.list_measures(session, case_id)[0].owner == "CISO"


def test_timeline_events_counts_the_events_a_confirmation_wrote(
    session_factory: db.SessionFactory, sample_case: dict[str, int]
) -> None:
    with session_factory.begin() as session:
        row = findings.add_finding(session, sample_case["case"], findings.FindingInput(title="No MFA", articles=("32",)),
                                   timeline_event=Moment(paris(2024, 2, 10, 9), "minute"))
        other = findings.add_finding(session, sample_case["case"], findings.FindingInput(title="Late notice"))
        assert findings.timeline_events(session, row.id) == 1
        assert findings.timeline_events(session, other.id) == 0
