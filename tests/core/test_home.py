"""The home's cross-case sections: requests whose answer is late or due soon, and the latest activity."""

from __future__ import annotations

import datetime as dt

import pytest

from cnil_case.core import cases, correspondence, db, demo, home, parties
from cnil_case.core.correspondence import CorrespondenceInput
from cnil_case.core.snapshots import CaseInput, Moment, OrganisationInput
from tests.helpers.fixtures import paris

# 15 days from Wed 7 Feb 2024 16:00 (Paris) end with Thu 22 Feb: due 23 Feb 00:00 Paris, 22 Feb 23:00 UTC.
SENT = paris(2024, 2, 7, 16, 0)
DUE = dt.datetime(2024, 2, 22, 23, 0, tzinfo=dt.UTC)
NOW = DUE + dt.timedelta(days=2, hours=14)
DUE_SOON = dt.timedelta(hours=12)


def _party(session_factory: db.SessionFactory, case_id: int, name: str) -> int:
    with session_factory() as session:
        return next(p.id for p in parties.list_parties(session, case_id) if p.organisation_name.startswith(name))


def _ask(session_factory: db.SessionFactory, case_id: int, subject: str, *, sent: dt.datetime = SENT,
         recipient: int | None = None, amount: int | None = 15, date: dt.date | None = None,
         kind: str = "questionnaire", parent_id: int | None = None, closed: bool = False) -> int:
    with session_factory.begin() as session:
        return correspondence.add(session, case_id, CorrespondenceInput(
            kind=kind, subject=subject, sent=Moment(sent, "minute"), recipient_party_id=recipient,
            limit_amount=amount, limit_unit="days" if amount else None, limit_date=date, parent_id=parent_id,
            closed=closed), now=NOW).id


def _answer(session_factory: db.SessionFactory, case_id: int, request_id: int, completeness: str) -> None:
    with session_factory.begin() as session:
        correspondence.add(session, case_id, CorrespondenceInput(
            kind="answer", subject=f"{completeness} answer", sent=Moment(SENT + dt.timedelta(days=3), "minute"),
            parent_id=request_id, completeness=completeness), now=NOW)


@pytest.fixture
def demo_case(session_factory: db.SessionFactory) -> int:
    with session_factory.begin() as session:
        return demo.ensure_demo_case(session)


def _pending(session_factory: db.SessionFactory, now: dt.datetime = NOW) -> list[home.PendingRequest]:
    with session_factory() as session:
        return home.pending_requests(session, now=now, due_soon=DUE_SOON)


def test_the_demo_has_no_late_request(session_factory: db.SessionFactory, demo_case: int) -> None:
    assert _pending(session_factory) == []


def test_late_and_due_soon_requests_most_late_first(session_factory: db.SessionFactory, demo_case: int) -> None:
    viamedis = _party(session_factory, demo_case, "Viamedis")
    almerys = _party(session_factory, demo_case, "Almerys")
    late = _ask(session_factory, demo_case, "Logs of the portal", recipient=viamedis)
    # Answered in part: still late (Art. 31 cooperation is not met by half an answer).
    partly = _ask(session_factory, demo_case, "List of insurers", recipient=almerys, sent=SENT + dt.timedelta(days=1))
    _answer(session_factory, demo_case, partly, "partial")
    # Due at the end of 25 Feb in Paris: 10 hours after NOW, within the 12-hour threshold.
    soon = _ask(session_factory, demo_case, "Processing register", recipient=almerys, amount=None,
                date=dt.date(2024, 2, 25))
    # Not on the home: answered in full, closed, due in two weeks, no time limit, a reminder of an answered request.
    answered = _ask(session_factory, demo_case, "Contracts", recipient=viamedis)
    _answer(session_factory, demo_case, answered, "full")
    _ask(session_factory, demo_case, "Withdrawn question", recipient=viamedis, closed=True)
    _ask(session_factory, demo_case, "Audit report", recipient=viamedis, sent=NOW - dt.timedelta(days=1))
    _ask(session_factory, demo_case, "No hurry", recipient=viamedis, amount=None)
    _ask(session_factory, demo_case, "Reminder: Contracts", kind="reminder", parent_id=answered, recipient=viamedis,
         sent=SENT + dt.timedelta(days=1))

    found = _pending(session_factory)
    assert [(r.id, r.subject) for r in found] == [
        (late, "Logs of the portal"), (partly, "List of insurers"), (soon, "Processing register")]
    first = found[0]
    assert first.case_id == demo_case and first.case_reference == demo.REFERENCE
    assert first.recipient == "Viamedis" and first.kind == "questionnaire" and first.zone == "Europe/Paris"
    assert first.due == DUE and first.late_by == dt.timedelta(days=2, hours=14) and first.overdue
    assert not first.partly_answered and found[1].partly_answered
    assert found[2].due == dt.datetime(2024, 2, 25, 23, 0, tzinfo=dt.UTC)
    assert found[2].late_by == -dt.timedelta(hours=10) and not found[2].overdue
    # The overdue ones are exactly those the correspondence tab calls overdue.
    with session_factory() as session:
        assert {r.id for r in correspondence.overdue(session, now=NOW)} == {r.id for r in found if r.overdue}


def test_a_closed_case_has_no_late_request_on_the_home(session_factory: db.SessionFactory,
                                                        sample_case: dict[str, int]) -> None:
    _ask(session_factory, sample_case["case"], "Logs", recipient=sample_case["processor"])
    assert len(_pending(session_factory)) == 1
    with session_factory.begin() as session:
        cases.close(session, sample_case["case"])
    assert _pending(session_factory) == []


def test_the_limit_keeps_the_most_late(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    ids = [_ask(session_factory, sample_case["case"], f"Q{i}", sent=SENT + dt.timedelta(days=i)) for i in range(3)]
    with session_factory() as session:
        found = home.pending_requests(session, now=NOW, due_soon=DUE_SOON, limit=2)
    assert [r.id for r in found] == ids[:2]


def test_recent_activity_newest_first_with_its_case(session_factory: db.SessionFactory, demo_case: int) -> None:
    with session_factory.begin() as session:
        parties.create_organisation(session, OrganisationInput(name="Hôpital Exemple"))
        gone = cases.create(session, CaseInput(reference="BRE-GONE", title="Deleted"))
    with session_factory.begin() as session:
        cases.delete(session, gone.id)
    with session_factory() as session:
        found = home.recent_activity(session)
        assert len(found) == home.ACTIVITY_LIMIT == 20
        ids = [a.entry.id for a in found]
        assert ids == sorted(ids, reverse=True)
        newest = [a.entry.id for a in home.recent_activity(session, limit=1)]
    deleted, created, organisation, demo_entry = found[:4]
    assert newest == [deleted.entry.id]
    # A deleted case's entries stay in the log but open nothing.
    assert deleted.entry.action == "delete" and deleted.entry.entity == "case" and deleted.case_id is None
    assert created.entry.case_id == gone.id and created.case_id is None and created.case_reference == ""
    # Workspace-wide entries (organisations) belong to no case.
    assert organisation.entry.entity == "organisation" and organisation.case_id is None
    assert organisation.zone == "Europe/Paris"
    assert demo_entry.case_id == demo_case and demo_entry.case_reference == demo.REFERENCE
    assert demo_entry.case_title.startswith("Viamedis / Almerys")
    assert demo_entry.entry.actor in ("tester", "postgres (tester)") and demo_entry.entry.after is not None


def test_an_empty_workspace(session_factory: db.SessionFactory) -> None:
    assert _pending(session_factory) == []
    with session_factory() as session:
        assert home.recent_activity(session) == []
