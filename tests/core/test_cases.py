"""Cases: create, edit, close, reopen, delete (audited), find, list."""

from __future__ import annotations

import datetime as dt

import pytest

from cnil_case.core import audit, cases, db, timeline
from cnil_case.core.errors import NotFoundError, ValidationError
from cnil_case.core.snapshots import CaseInput, Moment
from tests.helpers.fixtures import paris


def test_create_keeps_every_field(session_factory: db.SessionFactory) -> None:
    data = CaseInput(
        reference=" BRE-2024-007 ",
        title="  Portal intrusion ",
        summary="Phished accounts",
        nature=frozenset({"confidentiality", "availability"}),
        origin_intent="malicious",
        origin_source="external",
        vector="Phishing",
        data_description="NIR, civil status",
        persons_description="33 M on file",
        breach_start=Moment(paris(2024, 1, 29), "day"),
        breach_end=Moment(paris(2024, 2, 1, 18), "hour"),
        discovered=Moment(paris(2024, 2, 1, 9, 12), "minute"),
        display_zone="Europe/Paris",
    )
    with session_factory.begin() as session:
        created = cases.create(session, data)
    with session_factory() as session:
        loaded = cases.get(session, created.id)
    assert loaded.reference == "BRE-2024-007" and loaded.title == "Portal intrusion"
    assert loaded.nature == {"confidentiality", "availability"}
    assert loaded.breach_start == Moment(paris(2024, 1, 29).astimezone(dt.UTC), "day")
    assert loaded.discovered is not None and loaded.discovered.at.tzinfo is not None
    assert loaded.as_input() == CaseInput(**{**data.__dict__, "reference": "BRE-2024-007", "title": "Portal intrusion",
                                            "breach_start": loaded.breach_start, "breach_end": loaded.breach_end,
                                            "discovered": loaded.discovered})
    assert loaded.status == "open"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"reference": "  "}, "Reference"),
        ({"title": ""}, "Title"),
        ({"nature": frozenset({"secrecy"})}, "Breach nature"),
        ({"origin_intent": "evil"}, "Origin"),
        ({"display_zone": "Mars/Olympus"}, "Display time zone"),
        ({"breach_start": Moment(paris(2024, 2, 2)), "breach_end": Moment(paris(2024, 2, 1))}, "End of breach"),
    ],
)
def test_invalid_input_names_the_field(session_factory: db.SessionFactory, change: dict, field: str) -> None:
    with pytest.raises(ValidationError) as info, session_factory.begin() as session:
        cases.create(session, CaseInput(**{"reference": "R", "title": "T", **change}))
    assert info.value.field == field
    with session_factory() as session:
        assert cases.list_rows(session) == []


def test_reference_is_unique(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="already used"), session_factory.begin() as session:
        cases.create(session, CaseInput(reference="BRE-2024-001", title="Again"))


def test_update_audits_only_what_changed(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    case_id = sample_case["case"]
    with session_factory.begin() as session:
        current = cases.get(session, case_id)
        cases.update(session, case_id, CaseInput(**{**current.as_input().__dict__, "title": "New title"}))
        cases.update(session, case_id, CaseInput(**{**current.as_input().__dict__, "title": "New title"}))
    with session_factory() as session:
        entries = [e for e in audit.history(session, case_id) if e.entity == "case" and e.action == "update"]
        who = audit.current_actor(session)  # "tester"; on PostgreSQL "<role> (tester)"
    assert len(entries) == 1
    assert entries[0].before == {"title": "Tiers-payant portal intrusion"}
    assert entries[0].after == {"title": "New title"}
    assert entries[0].actor == who


def test_close_and_reopen(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    case_id = sample_case["case"]
    with session_factory.begin() as session:
        closed = cases.close(session, case_id)
    assert closed.status == "closed" and closed.closed_at is not None
    with session_factory.begin() as session:
        assert [r.id for r in cases.list_rows(session, include_closed=False)] == []
        reopened = cases.reopen(session, case_id)
    assert reopened.status == "open" and reopened.closed_at is None
    with session_factory() as session:
        summaries = [e.summary for e in audit.history(session, case_id)]
    assert summaries[:2] == ["Case BRE-2024-001 reopened", "Case BRE-2024-001 closed"]


def test_delete_removes_children_and_is_audited(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    case_id = sample_case["case"]
    with session_factory.begin() as session:
        cases.delete(session, case_id)
    with session_factory() as session:
        assert cases.list_rows(session) == []
        assert timeline.count(session, case_id) == 0
        last = audit.history(session, case_id, limit=1)[0]
        assert audit.verify(session) is None
    assert last.action == "delete"
    assert last.before is not None and last.before["reference"] == "BRE-2024-001"
    assert last.before["events"] == 3 and last.before["parties"] == 2
    with pytest.raises(NotFoundError), session_factory() as session:
        cases.get(session, case_id)


def test_find_by_reference_or_id(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    case_id = sample_case["case"]
    with session_factory() as session:
        assert cases.find(session, "BRE-2024-001") == case_id
        assert cases.find(session, str(case_id)) == case_id
        assert cases.find(session, f"#{case_id}") == case_id
        with pytest.raises(NotFoundError, match="'nope'"):
            cases.find(session, "nope")
        for odd in ("²", "#٣", "9" * 30):  # digits int() cannot read, or too big for the database
            with pytest.raises(NotFoundError):
                cases.find(session, odd)


def test_list_counts_and_filters(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    with session_factory.begin() as session:
        cases.create(session, CaseInput(reference="OTHER-1", title="Lost laptop"))
        rows = cases.list_rows(session)
        assert [r.reference for r in rows] == ["OTHER-1", "BRE-2024-001"]
        assert (rows[1].party_count, rows[1].event_count) == (2, 3)
        assert [r.reference for r in cases.list_rows(session, text="laptop")] == ["OTHER-1"]


def test_next_reference(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    with session_factory() as session:
        assert cases.next_reference(session, dt.date(2024, 5, 1)) == "BRE-2024-002"
        assert cases.next_reference(session, dt.date(2025, 1, 1)) == "BRE-2025-001"


def test_moments_keep_the_offset_the_source_gave(session_factory: db.SessionFactory) -> None:
    ist = dt.timezone(dt.timedelta(hours=5, minutes=30))
    start = Moment(dt.datetime(2024, 1, 29, 9, 0, tzinfo=ist), "minute", 330)
    with session_factory.begin() as session:
        case_id = cases.create(session, CaseInput(reference="R", title="T", breach_start=start,
                                                  discovered=Moment(paris(2024, 2, 1), "day"))).id
    with session_factory() as session:
        loaded = cases.get(session, case_id)
    assert loaded.breach_start == Moment(start.at.astimezone(dt.UTC), "minute", 330)
    assert loaded.discovered is not None and loaded.discovered.offset is None
