"""Obligations in a workspace: recording fulfilment, "not required", reopening; clocks that move."""

from __future__ import annotations

import datetime as dt

import pytest

from cnil_case.core import audit, db, obligations, parties
from cnil_case.core.deadlines import ClockState, ObligationKey
from cnil_case.core.errors import ValidationError
from cnil_case.core.snapshots import Moment, PartyInput
from tests.helpers.fixtures import paris

NOW = dt.datetime(2024, 2, 6, 12, tzinfo=dt.UTC)


def test_case_clocks_from_the_sample(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    with session_factory() as session:
        clocks = obligations.for_case(session, sample_case["case"], now=NOW)
    codes = [(c.debtor, c.duty.code, c.recipient) for c in clocks]
    assert codes == [
        ("Mutuelle Exemple", "gdpr_33_1", "supervisory authority (Art. 55)"),
        ("Mutuelle Exemple", "gdpr_33_4", "supervisory authority"),
        ("Mutuelle Exemple", "gdpr_34", "data subjects"),
        ("Opérateur TP", "gdpr_33_2", "Mutuelle Exemple"),
    ]
    assert clocks[0].due == dt.datetime(2024, 2, 4, 8, 0, tzinfo=dt.UTC) and clocks[0].state is ClockState.OVERDUE
    assert clocks[3].state is ClockState.WAITING  # the operator's awareness is not recorded


def test_late_fulfilment_needs_reasons(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    key = ObligationKey(sample_case["controller"], "gdpr_33_1")
    late = Moment(paris(2024, 2, 5, 10, 0), "minute")
    with pytest.raises(ValidationError) as info, session_factory.begin() as session:
        obligations.fulfil(session, key, fulfilled=late, reference="CNIL-2024-42", now=NOW)
    assert info.value.field == "Reasons for delay"
    assert "late by 1 d 01 h 00 min" in str(info.value) and "Art. 33(1)" in str(info.value)
    with session_factory.begin() as session:
        result = obligations.fulfil(session, key, fulfilled=late, reference="CNIL-2024-42",
                                    reasons_for_delay="Forensics needed to confirm the scope", now=NOW)
    assert result.state is ClockState.FULFILLED_LATE
    with session_factory() as session:
        entry = audit.history(session, sample_case["case"], limit=1)[0]
        clocks = {c.duty.code: c for c in obligations.for_case(session, sample_case["case"], now=NOW)}
    assert entry.entity == "obligation" and entry.after is not None
    assert entry.after["reference"] == "CNIL-2024-42"
    assert "Art. 33(4)" in next(iter(entry.after["clocks_moved"]))  # the complementary clock started
    assert clocks["gdpr_33_4"].due == dt.datetime(2024, 2, 8, 9, 0, tzinfo=dt.UTC)


def test_on_time_fulfilment_keeps_no_reasons(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    key = ObligationKey(sample_case["controller"], "gdpr_33_1")
    with session_factory.begin() as session:
        result = obligations.fulfil(session, key, fulfilled=Moment(paris(2024, 2, 2, 10), "minute"),
                                    reasons_for_delay="not needed", now=NOW)
    assert result.state is ClockState.FULFILLED_ON_TIME and result.recorded.reasons_for_delay == ""


@pytest.mark.parametrize(
    ("when", "message"),
    [(paris(2024, 1, 31, 10), "before the clock started"), (NOW + dt.timedelta(days=1), "in the future")],
)
def test_impossible_fulfilment_times(session_factory: db.SessionFactory, sample_case: dict[str, int], when: dt.datetime, message: str) -> None:
    key = ObligationKey(sample_case["controller"], "gdpr_33_1")
    with pytest.raises(ValidationError, match=message), session_factory.begin() as session:
        obligations.fulfil(session, key, fulfilled=Moment(when, "minute"), now=NOW)


def test_chained_duty_needs_the_previous_one(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    key = ObligationKey(sample_case["controller"], "gdpr_33_4")
    with pytest.raises(ValidationError, match=r"initial notification to the supervisory authority \(GDPR Art. 33\(1\)\) first"), session_factory.begin() as session:
        obligations.fulfil(session, key, fulfilled=Moment(paris(2024, 2, 3)), now=NOW)


def test_not_required_needs_a_justification_and_reopen(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    key = ObligationKey(sample_case["controller"], "gdpr_34")
    with pytest.raises(ValidationError) as info, session_factory.begin() as session:
        obligations.mark_not_required(session, key, justification="  ", now=NOW)
    assert info.value.field == "Justification"
    with session_factory.begin() as session:
        done = obligations.mark_not_required(session, key, justification="Art. 34(3)(a): data encrypted", now=NOW)
        assert done.state is ClockState.NOT_REQUIRED and "Art. 34(3)(a)" in done.explanation[-1]
        again = obligations.reopen(session, key, now=NOW)
    assert again.state is ClockState.RUNNING


def test_a_duty_that_does_not_bind_the_party_is_refused(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="does not bind"), session_factory.begin() as session:
        obligations.mark_not_required(session, ObligationKey(sample_case["controller"], "dora_initial"), justification="x", now=NOW)


def test_changing_awareness_moves_every_dependent_clock_and_is_audited(
    session_factory: db.SessionFactory, sample_case: dict[str, int]
) -> None:
    with session_factory.begin() as session:
        row = parties.get_party(session, sample_case["controller"])
        parties.update_party(session, row.id, PartyInput(**{**row.as_input().__dict__, "aware": Moment(paris(2024, 2, 3, 9), "minute")}))
        clocks = {c.duty.code: c for c in obligations.for_case(session, sample_case["case"], now=NOW)}
        entry = audit.history(session, sample_case["case"], limit=1)[0]
    assert clocks["gdpr_33_1"].due == dt.datetime(2024, 2, 6, 8, 0, tzinfo=dt.UTC)
    assert entry.after is not None
    moved = entry.after["clocks_moved"]
    assert moved["GDPR Art. 33(1) Mutuelle Exemple → supervisory authority (Art. 55)"] == [
        "2024-02-04T08:00:00+00:00", "2024-02-06T08:00:00+00:00",
    ]


def test_party_settings_are_validated(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    with session_factory.begin() as session:
        row = parties.get_party(session, sample_case["processor"])
        changes: list[tuple[dict[str, object], str]] = [
            ({"notice_hours": -1}, "Notice period"),
            ({"holiday_calendar": "67"}, "Holiday calendar"),
            ({"regimes": ("gdpr", "sox")}, "Regimes"),
        ]
        for change, field in changes:
            with pytest.raises(ValidationError) as info:
                parties.update_party(session, row.id, PartyInput(**{**row.as_input().__dict__, **change}))
            assert info.value.field == field
        updated = parties.update_party(session, row.id, PartyInput(**{**row.as_input().__dict__, "notice_hours": 48,
                                                                      "holiday_calendar": "57", "regimes": ("gdpr", "nis2")}))
    assert (updated.notice_hours, updated.holiday_calendar, updated.regimes) == (48, "57", ("gdpr", "nis2"))


def test_dashboard_lists_open_cases_most_urgent_first(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    from cnil_case.core import cases

    with session_factory.begin() as session:
        clocks = obligations.across_cases(session, now=NOW)
        assert clocks[0].state is ClockState.OVERDUE and clocks[0].duty.code == "gdpr_33_1"
        assert [c.state for c in clocks][-1] is ClockState.WAITING
        cases.close(session, sample_case["case"])
        assert obligations.across_cases(session, now=NOW) == []
        assert len(obligations.across_cases(session, now=NOW, include_closed=True)) == 4


def test_processor_links_are_validated_and_drive_the_notices(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    from cnil_case.core.snapshots import OrganisationInput

    case_id = sample_case["case"]
    with session_factory.begin() as session:
        other = parties.create_organisation(session, OrganisationInput(name="Autre Mutuelle"))
        second = parties.add_party(session, case_id, PartyInput(organisation_id=other.id, role="controller"))
        processor = parties.get_party(session, sample_case["processor"])
        with pytest.raises(ValidationError, match="works for controllers, not a processor") as info:
            parties.update_party(session, processor.id, PartyInput(**{**processor.as_input().__dict__, "serves": (processor.id,)}))
        assert info.value.field == "Works for"
        with pytest.raises(ValidationError, match="only a processor or a sub-processor"):
            parties.add_party(session, case_id, PartyInput(organisation_id=other.id, role="joint_controller", serves=(second.id,)))
        linked = parties.update_party(session, processor.id, PartyInput(**{**processor.as_input().__dict__, "serves": (second.id,)}))
        assert linked.serves == (second.id,)
        notices = [c.recipient for c in obligations.for_case(session, case_id, now=NOW) if c.duty.code == "gdpr_33_2"]
        assert notices == ["Autre Mutuelle"]
        parties.remove_party(session, second.id)  # the link goes with it: back to every controller
        assert parties.get_party(session, processor.id).serves == ()
        notices = [c.recipient for c in obligations.for_case(session, case_id, now=NOW) if c.duty.code == "gdpr_33_2"]
        assert notices == ["Mutuelle Exemple"]
