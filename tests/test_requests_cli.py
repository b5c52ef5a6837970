"""``cnil-case requests``: what was asked of the parties, when it is due, what is late."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cnil_case import cli
from cnil_case.core import cases, correspondence, db, parties
from cnil_case.core.snapshots import CaseInput, Moment, OrganisationInput, PartyInput
from tests.helpers.fixtures import paris


@pytest.fixture
def investigation(tmp_path: Path) -> tuple[str, int]:
    """A case with a 15-day questionnaire sent Wed 7 Feb 2024 16:00 Paris to the operator."""
    path = str(tmp_path / "requests.sqlite")
    engine, factory = db.open_workspace(path)
    db.migrate(engine)
    with factory.begin() as session:
        case = cases.create(session, CaseInput(reference="INV-1", title="Investigation", nature=frozenset({"confidentiality"})))
        cnil = parties.create_organisation(session, OrganisationInput(name="CNIL"))
        operator = parties.create_organisation(session, OrganisationInput(name="Opérateur TP"))
        regulator = parties.add_party(session, case.id, PartyInput(organisation_id=cnil.id, role="supervisory_authority"))
        processor = parties.add_party(session, case.id, PartyInput(organisation_id=operator.id, role="processor"))
        request = correspondence.add(session, case.id, correspondence.CorrespondenceInput(
            kind="questionnaire", subject="Questionnaire", sent=Moment(paris(2024, 2, 7, 16), "minute"),
            sender_party_id=regulator.id, recipient_party_id=processor.id, limit_amount=15, limit_unit="days",
        ), now=paris(2024, 2, 7, 16))
        ids = (case.id, request.id, processor.id, regulator.id)
    engine.dispose()
    return path, ids[1]


def _requests(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli.main(["requests", *argv])
    out, err = capsys.readouterr()
    assert err == ""
    return code, out


def test_a_15_day_questionnaire_is_overdue_the_morning_after_its_last_day(
    capsys: pytest.CaptureFixture[str], investigation: tuple[str, int]
) -> None:
    path, _ = investigation
    code, out = _requests(capsys, "INV-1", "--db", path, "--json", "--at", "2024-02-22T23:00:00+01:00")
    [row] = json.loads(out)
    assert code == 0
    assert row["due"] == "2024-02-23T00:00:00+01:00"  # the end of Thu 22 Feb 2024, Paris
    assert row["state"] == "awaiting_answer"
    assert row["sender"] == "CNIL" and row["recipient"] == "Opérateur TP"
    assert row["time_limit"] == {"amount": 15, "unit": "days"}
    code, out = _requests(capsys, "--db", path, "--overdue", "--json", "--at", "2024-02-23T09:00:00+01:00")
    [late] = json.loads(out)
    assert (late["case"], late["kind"], late["state"]) == ("INV-1", "questionnaire", "overdue")
    assert late["sent"] == "2024-02-07T16:00:00+01:00"
    assert late["delay_minutes"] == (15 * 24 + 17) * 60
    code, out = _requests(capsys, "--db", path, "--overdue", "--at", "2024-02-23T09:00:00+01:00")
    assert "INV-1 · questionnaire · Questionnaire" in out
    assert ("CNIL → Opérateur TP; sent 2024-02-07T16:00:00+01:00; due 2024-02-23T00:00:00+01:00; overdue; "
            "delay 15 d 17 h") in out


def test_a_full_answer_takes_the_request_off_the_overdue_list(
    capsys: pytest.CaptureFixture[str], investigation: tuple[str, int]
) -> None:
    path, request_id = investigation
    engine, factory = db.open_workspace(path)
    with factory.begin() as session:
        request = correspondence.get(session, request_id, now=paris(2024, 2, 24))
        correspondence.add(session, request.case_id, correspondence.CorrespondenceInput(
            kind="answer", subject="Answers", sent=Moment(paris(2024, 2, 26, 10), "minute"),
            sender_party_id=request.recipient_party_id, recipient_party_id=request.sender_party_id,
            parent_id=request_id, completeness="full",
        ), now=paris(2024, 2, 26, 10))
    engine.dispose()
    code, out = _requests(capsys, "--db", path, "--overdue", "--json", "--at", "2024-02-27T09:00:00+01:00")
    assert (code, json.loads(out)) == (0, [])
    code, out = _requests(capsys, "--db", path, "--json", "--at", "2024-02-27T09:00:00+01:00")
    [row] = json.loads(out)  # the answer itself is not a request
    assert row["state"] == "answered" and row["answered_at"] == "2024-02-26T10:00:00+01:00"
    assert row["delay_minutes"] == dt.timedelta(days=18, hours=18) // dt.timedelta(minutes=1)
    code, out = _requests(capsys, "--db", path, "--overdue", "--at", "2024-02-27T09:00:00+01:00")
    assert "None in the open cases." in out


def test_closed_cases_are_left_out_unless_named(
    capsys: pytest.CaptureFixture[str], investigation: tuple[str, int]
) -> None:
    path, request_id = investigation
    engine, factory = db.open_workspace(path)
    with factory.begin() as session:
        cases.close(session, correspondence.get(session, request_id, now=paris(2024, 3, 1)).case_id)
    engine.dispose()
    at = ("--at", "2024-03-01T09:00:00+01:00")
    assert json.loads(_requests(capsys, "--db", path, "--overdue", "--json", *at)[1]) == []
    assert len(json.loads(_requests(capsys, "INV-1", "--db", path, "--overdue", "--json", *at)[1])) == 1


def test_unknown_case_and_bad_instant(capsys: pytest.CaptureFixture[str], investigation: tuple[str, int]) -> None:
    path, _ = investigation
    code = cli.main(["requests", "NOPE", "--db", path])
    _, err = capsys.readouterr()
    assert code == 1 and err.startswith("cnil-case: error: ") and err.count("\n") == 1
    code = cli.main(["requests", "--db", path, "--at", "2024-02-23T09:00"])
    _, err = capsys.readouterr()
    assert code == 2 and "no UTC offset" in err
