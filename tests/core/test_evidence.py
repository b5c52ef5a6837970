"""Evidence items, their append-only chain of custody, links to events, verification records."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from cnil_case.core import audit, db, evidence
from cnil_case.core.errors import ValidationError
from cnil_case.core.evidence import EvidenceInput
from cnil_case.core.snapshots import Moment
from tests.helpers.fixtures import paris

SHA = "a" * 64


def _add(session_factory: db.SessionFactory, case_id: int, name: str = "export.csv", sha: str = SHA,
         **extra: object) -> evidence.Registered:
    with session_factory.begin() as session:
        return evidence.register(session, case_id, sha256=sha, size=1234, media_type="text/csv",
                                 data=EvidenceInput(original_name=name, **extra))  # type: ignore[arg-type]


def test_register_records_acquisition_and_audit(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    added = _add(session_factory, sample_case["case"], acquired=Moment(paris(2024, 2, 2, 10), "minute"),
                 acquired_by="J. Martin", method="export from the portal logs",
                 from_party_id=sample_case["processor"], exhibit="SCELLÉ-01", tags=("Logs",))
    assert added.new and added.row.acquisitions == 1 and added.row.tags == ("logs",)
    assert added.row.from_party_name == "Opérateur TP"
    with session_factory() as session:
        chain = evidence.custody(session, added.row.id)
        assert [c.action for c in chain] == ["acquired"] and chain[0].details["sha256"] == SHA
        assert audit.history(session, sample_case["case"], limit=1)[0].entity == "evidence"


def test_same_content_twice_is_a_second_acquisition(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    first = _add(session_factory, sample_case["case"], name="a.csv")
    again = _add(session_factory, sample_case["case"], name="copy-of-a.csv")
    assert not again.new and again.row.id == first.row.id and again.row.acquisitions == 2
    assert again.row.original_name == "a.csv"
    with session_factory() as session:
        assert evidence.custody(session, first.row.id)[1].details["original_name"] == "copy-of-a.csv"


def test_withdraw_keeps_the_record_and_needs_a_reason(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    item = _add(session_factory, sample_case["case"]).row
    with session_factory.begin() as session:
        with pytest.raises(ValidationError) as info:
            evidence.withdraw(session, item.id, reason=" ")
        assert info.value.field == "Reason"
        evidence.transfer(session, item.id, to="CNIL investigator", note="sealed USB key")
        withdrawn = evidence.withdraw(session, item.id, reason="duplicate of exhibit 2")
        assert withdrawn.status == "withdrawn"
        assert [c.action for c in evidence.custody(session, item.id)] == ["acquired", "transferred", "withdrawn"]
        assert evidence.list_rows(session, sample_case["case"], include_withdrawn=False) == []


def test_tampering_with_custody_shows(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    item = _add(session_factory, sample_case["case"]).row
    with session_factory.begin() as session:
        evidence.record(session, item.id, evidence.CustodyAction.VIEWED, {"preview": "text"})
        evidence.record(session, item.id, evidence.CustodyAction.EXPORTED, {"to": "/tmp/x"})
        assert evidence.verify_custody(session, item.id) is None
        victim = evidence.custody(session, item.id)[1].id
        session.execute(text("UPDATE custody_entry SET actor = 'mallory' WHERE id = :id"), {"id": victim})
    with session_factory() as session:
        assert evidence.verify_custody(session, item.id) == victim


def test_links_both_ways(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    item = _add(session_factory, sample_case["case"]).row
    with session_factory.begin() as session:
        evidence.link(session, item.id, sample_case["event0"])
        evidence.link(session, item.id, sample_case["event0"])  # idempotent
        evidence.link(session, item.id, sample_case["event2"])
        assert evidence.get(session, item.id).events == (sample_case["event0"], sample_case["event2"])
        assert [r.id for r in evidence.for_event(session, sample_case["event0"])] == [item.id]
        evidence.unlink(session, item.id, sample_case["event0"])
        assert evidence.get(session, item.id).events == (sample_case["event2"],)


def test_verification_is_logged_in_custody(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    item = _add(session_factory, sample_case["case"]).row
    with session_factory.begin() as session:
        assert evidence.expected_objects(session) == {SHA: 1234}
        assert evidence.record_verification(session, SHA, ok=False, detail="hash differs") == 1
        assert evidence.custody(session, item.id)[-1].action == "verified_failed"


def test_invalid_input_names_the_field(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as info:
        _add(session_factory, sample_case["case"], name="  ")
    assert info.value.field == "Original name"
