"""The audit log is append-only and hash-chained: tampering shows."""

from __future__ import annotations

from sqlalchemy import text

from cnil_case.core import audit, db


def test_every_change_is_logged_with_who_and_when(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    with session_factory() as session:
        entries = audit.history(session, sample_case["case"])
        assert audit.count_for_case(session, sample_case["case"]) == len(entries) == 6  # case, 2 parties, 3 events
        # CNIL_CASE_USER; on PostgreSQL, the database role first (test_team checks the forms).
        who = "tester" if session.get_bind().dialect.name == "sqlite" else f"{audit.database_role(session)} (tester)"
    assert {e.actor for e in entries} == {who}
    assert all(e.at.tzinfo is not None for e in entries)
    assert [e.entity for e in reversed(entries)] == ["case", "party", "party", "event", "event", "event"]


def test_history_pages_newest_first(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    with session_factory() as session:
        first = audit.history(session, sample_case["case"], limit=4)
        rest = audit.history(session, sample_case["case"], offset=4, limit=4)
    ids = [e.id for e in first + rest]
    assert ids == sorted(ids, reverse=True) and len(ids) == 6


def test_editing_an_entry_breaks_the_chain(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    with session_factory.begin() as session:
        assert audit.verify(session) is None
        victim = audit.history(session, sample_case["case"])[2].id
        session.execute(text("UPDATE audit_entry SET actor = 'mallory' WHERE id = :id"), {"id": victim})
    with session_factory() as session:
        assert audit.verify(session) == victim


def test_removing_an_entry_breaks_the_chain(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    with session_factory.begin() as session:
        entries = audit.history(session, sample_case["case"])
        session.execute(text("DELETE FROM audit_entry WHERE id = :id"), {"id": entries[3].id})
    with session_factory() as session:
        assert audit.verify(session) == entries[2].id


def test_actor_comes_from_the_environment(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CNIL_CASE_USER", "  dpo@insurer.fr ")
    assert audit.current_actor() == "dpo@insurer.fr"
    monkeypatch.delenv("CNIL_CASE_USER")
    assert audit.current_actor()
