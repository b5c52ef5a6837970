"""Correspondence with time limits and states, the per-operator view, findings and measures."""

from __future__ import annotations

import datetime as dt

import pytest

from cnil_case.core import cases, correspondence, db, findings, parties, timeline
from cnil_case.core.correspondence import CorrespondenceInput, State
from cnil_case.core.errors import ValidationError
from cnil_case.core.findings import FindingInput, MeasureInput
from cnil_case.core.snapshots import CaseInput, Moment, OrganisationInput, PartyInput
from tests.helpers.fixtures import paris

UTC = dt.UTC


def _request(session_factory: db.SessionFactory, ids: dict[str, int], *, sent: dt.datetime, amount: int = 15,
             unit: str = "days", now: dt.datetime) -> correspondence.CorrespondenceRow:
    with session_factory.begin() as session:
        return correspondence.add(session, ids["case"], CorrespondenceInput(
            kind="questionnaire", subject="Security of the professional portal", sent=Moment(sent, "minute"),
            sender_party_id=ids["controller"], recipient_party_id=ids["processor"], limit_amount=amount,
            limit_unit=unit, reference="CNIL/2024/017"), now=now)


@pytest.mark.parametrize(
    ("sent", "amount", "due_local"),
    [
        # 15 days from Wed 7 Feb 2024: Thu 22 Feb, a working day: end of that day.
        (paris(2024, 2, 7, 16, 0), 15, dt.datetime(2024, 2, 23, 0, 0)),
        # 15 days from Tue 16 Apr 2024 → Wed 1 May (holiday) → end of Thu 2 May (Reg. 1182/71 Art. 3(4)).
        (paris(2024, 4, 16, 10, 0), 15, dt.datetime(2024, 5, 3, 0, 0)),
    ],
)
def test_time_limits_follow_regulation_1182_71(session_factory: db.SessionFactory, sample_case: dict[str, int],
                                               sent: dt.datetime, amount: int, due_local: dt.datetime) -> None:
    row = _request(session_factory, sample_case, sent=sent, amount=amount, now=sent)
    assert row.due is not None and row.due.astimezone(paris(2024, 1, 1).tzinfo).replace(tzinfo=None) == due_local
    assert row.state == State.AWAITING


def test_states_answers_and_overdue(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    sent = paris(2024, 2, 7, 16, 0)
    request = _request(session_factory, sample_case, sent=sent, now=sent)
    late = dt.datetime(2024, 2, 26, 9, tzinfo=UTC)
    with session_factory.begin() as session:
        assert correspondence.get(session, request.id, now=late).state == State.OVERDUE
        assert [r.id for r in correspondence.overdue(session, now=late)] == [request.id]
        partial = correspondence.add(session, sample_case["case"], CorrespondenceInput(
            kind="answer", subject="Partial answer", sent=Moment(paris(2024, 2, 20, 11, 0), "minute"),
            sender_party_id=sample_case["processor"], recipient_party_id=sample_case["controller"],
            parent_id=request.id, completeness="partial"), now=late, timeline_event=True)
        assert correspondence.get(session, request.id, now=paris(2024, 2, 21)).state == State.PARTLY_ANSWERED
        reminder = correspondence.draft_reminder(session, request.id, now=late)
        assert reminder.kind == "reminder" and "CNIL/2024/017" in reminder.summary and reminder.parent_id == request.id
        correspondence.add(session, sample_case["case"], CorrespondenceInput(
            kind="answer", subject="Complete answer", sent=Moment(paris(2024, 2, 28, 9, 0), "minute"),
            sender_party_id=sample_case["processor"], parent_id=request.id, completeness="full"), now=late)
        answered = correspondence.get(session, request.id, now=dt.datetime(2024, 3, 1, tzinfo=UTC))
        assert answered.state == State.ANSWERED and answered.delay == paris(2024, 2, 28, 9, 0) - sent
        thread = correspondence.list_rows(session, sample_case["case"], now=late)
        assert [r.subject for r in thread] == ["Security of the professional portal", "Partial answer", "Complete answer"]
        assert correspondence.depth(thread, thread[1]) == 1
        events = timeline.rows(session, timeline.list_ids(session, sample_case["case"]))
        assert any(e.title == "Answer: Partial answer" for e in events)
    assert partial.state == State.NONE


@pytest.mark.parametrize(
    ("change", "field"),
    [({"subject": " "}, "Subject"), ({"limit_unit": "fortnights"}, "Time limit"), ({"kind": "answer"}, "Completeness"),
     ({"kind": "answer", "completeness": "full"}, "In reply to")],
)
def test_invalid_correspondence_names_the_field(session_factory: db.SessionFactory, sample_case: dict[str, int],
                                                change: dict, field: str) -> None:
    data = CorrespondenceInput(**{"kind": "questionnaire", "subject": "Q", "sent": Moment(paris(2024, 2, 7)),
                                  "limit_amount": 15, "limit_unit": "days", **change})
    with pytest.raises(ValidationError) as info, session_factory.begin() as session:
        correspondence.add(session, sample_case["case"], data, now=paris(2024, 2, 7))
    assert info.value.field == field


def test_per_operator_view_across_two_cases(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    _request(session_factory, sample_case, sent=paris(2024, 2, 7, 16), now=paris(2024, 2, 7, 16))
    with session_factory.begin() as session:
        other = cases.create(session, CaseInput(reference="ALMERYS-2024", title="Second operator"))
        cnil = parties.create_organisation(session, OrganisationInput(name="CNIL"))
        sa = parties.add_party(session, other.id, PartyInput(organisation_id=cnil.id, role="supervisory_authority"))
        op = parties.add_party(session, other.id, PartyInput(organisation_id=sample_case["operator"], role="processor"))
        correspondence.add(session, other.id, CorrespondenceInput(
            kind="document_request", subject="Access logs", sent=Moment(paris(2024, 3, 1, 10), "minute"),
            sender_party_id=sa.id, recipient_party_id=op.id, limit_date=dt.date(2024, 3, 8)), now=paris(2024, 3, 1))
        rows = correspondence.for_organisation(session, sample_case["operator"], now=dt.datetime(2024, 3, 20, tzinfo=UTC))
    assert [(r.case_reference, r.subject, r.state) for r in rows] == [
        ("BRE-2024-001", "Security of the professional portal", State.OVERDUE),
        ("ALMERYS-2024", "Access logs", State.OVERDUE),
    ]
    assert rows[1].due == paris(2024, 3, 9)  # the end of the given day


def test_findings_cite_provisions_and_measures_feed_33_3_d(session_factory: db.SessionFactory,
                                                             sample_case: dict[str, int]) -> None:
    case_id = sample_case["case"]
    with session_factory.begin() as session:
        with pytest.raises(ValidationError) as info:
            findings.add_finding(session, case_id, FindingInput(title="No MFA", articles=("999",)))
        assert info.value.field == "GDPR article"
        with pytest.raises(ValidationError, match="at least one provision"):
            findings.add_finding(session, case_id, FindingInput(title="No MFA", state="confirmed"))
        found = findings.add_finding(
            session, case_id,
            FindingInput(title="No multi-factor authentication on practitioner accounts", articles=("Art. 32", "5(1)(f)"),
                         severity="serious", state="confirmed", party_id=sample_case["processor"],
                         event_ids=(sample_case["event0"],), recommended_measure="Enforce MFA"),
            timeline_event=Moment(paris(2024, 3, 15, 10), "minute"))
        assert found.articles == ("32", "5(1)(f)")
        with pytest.raises(ValidationError) as info:
            findings.add_measure(session, case_id, MeasureInput(kind="remediation", description="MFA", state="done"))
        assert info.value.field == "Done on"
        findings.add_measure(session, case_id, MeasureInput(kind="containment", description="Portal disconnected",
                                                             state="done", done_on=dt.date(2024, 2, 1)))
        findings.add_measure(session, case_id, MeasureInput(kind="remediation", description="MFA for all accounts",
                                                             finding_id=found.id, planned_on=dt.date(2024, 6, 1)))
        report = findings.measures_for_report(session, case_id)
        assert [m.description for m in report["taken"]] == ["Portal disconnected"]
        assert [m.description for m in report["proposed"]] == ["MFA for all accounts"]
        assert any(e.title.startswith("Finding confirmed") for e in
                   timeline.rows(session, timeline.list_ids(session, case_id)))


def test_an_answer_to_the_request_answers_its_reminders(session_factory: db.SessionFactory,
                                                         sample_case: dict[str, int]) -> None:
    sent = paris(2024, 2, 7, 16, 0)
    request = _request(session_factory, sample_case, sent=sent, now=sent)
    late = dt.datetime(2024, 2, 26, 9, tzinfo=UTC)
    with session_factory.begin() as session:
        reminder = correspondence.add(session, sample_case["case"],
                                      correspondence.draft_reminder(session, request.id, now=late), now=late)
        correspondence.add(session, sample_case["case"], CorrespondenceInput(
            kind="answer", subject="Complete answer", sent=Moment(paris(2024, 2, 28, 9, 0), "minute"),
            parent_id=request.id, completeness="full"), now=late)
        later = dt.datetime(2024, 3, 20, tzinfo=UTC)
        assert correspondence.get(session, reminder.id, now=later).state == State.ANSWERED
        assert {r.state for r in correspondence.list_rows(session, sample_case["case"], now=later)
                if r.kind != "answer"} == {State.ANSWERED}
