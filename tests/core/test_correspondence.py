"""Correspondence: the version an undo checks, deletions that return what they deleted."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from cnil_case.core import correspondence, db
from cnil_case.core.errors import ConflictError
from cnil_case.core.snapshots import Moment
from tests.helpers.fixtures import paris

NOW = dt.datetime(2024, 3, 1, tzinfo=dt.UTC)


def _request(sample_case: dict[str, int]) -> correspondence.CorrespondenceInput:
    return correspondence.CorrespondenceInput(
        kind="questionnaire", subject="Questionnaire", sent=Moment(paris(2024, 2, 2, 10), "minute"),
        sender_party_id=sample_case["controller"], recipient_party_id=sample_case["processor"], limit_amount=15,
        limit_unit="days")


def test_delete_returns_the_item_and_adding_it_back_restores_it(
    session_factory: db.SessionFactory, sample_case: dict[str, int]
) -> None:
    case_id = sample_case["case"]
    with session_factory.begin() as session:
        row = correspondence.add(session, case_id, _request(sample_case), now=NOW, timeline_event=True)
        assert correspondence.timeline_events(session, row.id) == 1
        answer = correspondence.add(session, case_id, dataclasses.replace(
            _request(sample_case), kind="answer", subject="Re: Questionnaire", parent_id=row.id, completeness="full",
            limit_amount=None, limit_unit=None), now=NOW)
        assert correspondence.replies(session, row.id) == 1 and correspondence.replies(session, answer.id) == 0
        deleted = correspondence.delete(session, answer.id, now=NOW, expected_version=answer.version)
        assert deleted == answer
        again = correspondence.add(session, case_id, deleted.as_input(), now=NOW)
        assert again.as_input() == answer.as_input()
        assert correspondence.timeline_events(session, again.id) == 0


def test_stale_versions_are_refused(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    case_id = sample_case["case"]
    with session_factory.begin() as session:
        row = correspondence.add(session, case_id, _request(sample_case), now=NOW)
        edited = correspondence.update(session, row.id, dataclasses.replace(row.as_input(), reference="REF-12"), now=NOW)
        assert edited.version > row.version
    for op in (lambda s: correspondence.update(s, row.id, row.as_input(), now=NOW, expected_version=row.version),
               lambda s: correspondence.delete(s, row.id, now=NOW, expected_version=row.version)):
        with pytest.raises(ConflictError, match="Correspondence “Questionnaire”"), session_factory.begin() as session:
            op(session)
    with session_factory() as session:
        assert correspondence.get(session, row.id, now=NOW).reference == "REF-12"
