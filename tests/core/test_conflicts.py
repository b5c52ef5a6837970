"""Optimistic locking: two people edit the same record; the second save is refused, nothing is lost."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm.exc import StaleDataError

from cnil_case.core import audit, cases, db, models, parties, team, timeline
from cnil_case.core.errors import ConflictError


@pytest.fixture
def second_factory(engine: Engine) -> Iterator[db.SessionFactory]:
    """Another person: their own engine (own connections) on the same database."""
    other = db.make_engine(engine.url)
    yield db.session_factory(other)
    other.dispose()


def test_second_case_save_is_refused_and_the_first_persists(
    session_factory: db.SessionFactory, second_factory: db.SessionFactory, sample_case: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case_id = sample_case["case"]
    with session_factory() as s:
        alice_copy = cases.get(s, case_id)
    with second_factory() as s:
        bob_copy = cases.get(s, case_id)
    assert alice_copy.version == bob_copy.version

    monkeypatch.setenv("CNIL_CASE_USER", "alice")
    with session_factory.begin() as s:
        saved = cases.update(s, case_id, dataclasses.replace(alice_copy.as_input(), summary="Alice's summary"),
                             expected_version=alice_copy.version)
    assert saved.version == alice_copy.version + 1
    with session_factory() as s:
        alice = audit.current_actor(s)  # "alice"; on PostgreSQL "<role> (alice)"

    monkeypatch.setenv("CNIL_CASE_USER", "bob")
    with pytest.raises(ConflictError) as refused, second_factory.begin() as s:
        cases.update(s, case_id, dataclasses.replace(bob_copy.as_input(), vector="Bob's vector"),
                     expected_version=bob_copy.version)
    message = str(refused.value)
    assert message.startswith(f"Case BRE-2024-001 was changed by {alice} at ")
    assert "your edit was not saved. Reload to see their change, then apply yours again." in message

    with second_factory() as s:
        stored = cases.get(s, case_id)
    assert stored.summary == "Alice's summary" and stored.vector == ""
    # Reloaded, Bob's edit goes through.
    with second_factory.begin() as s:
        cases.update(s, case_id, dataclasses.replace(stored.as_input(), vector="Bob's vector"),
                     expected_version=stored.version)
    with session_factory() as s:
        assert cases.get(s, case_id).summary == "Alice's summary"
        assert cases.get(s, case_id).vector == "Bob's vector"


def test_own_successive_saves_do_not_conflict(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> None:
    with session_factory() as s:
        copy = cases.get(s, sample_case["case"])
    for text in ("one", "two", "three"):
        with session_factory.begin() as s:
            copy = cases.update(s, copy.id, dataclasses.replace(copy.as_input(), summary=text),
                                expected_version=copy.version)
    assert copy.summary == "three"


def test_concurrent_flush_of_a_stale_row_is_a_conflict(
    session_factory: db.SessionFactory, second_factory: db.SessionFactory, sample_case: dict[str, int]
) -> None:
    """Both load inside their transactions; the one that writes second hits the version check."""
    if session_factory.kw["bind"].dialect.name == "sqlite":
        # SQLite (WAL) refuses the stale writer itself: its snapshot is older than the last
        # commit, so the write fails as "database is locked" (a StorageError) before any UPDATE.
        pytest.skip("a concurrent writer on SQLite is refused by SQLite's own snapshot check")
    case_id = sample_case["case"]
    with session_factory() as s:
        copy = cases.get(s, case_id)
    bob = second_factory()
    try:
        bob.begin()
        held = bob.get(models.Case, case_id)  # Bob's session holds the row at version n (a reference
        loaded = cases.get(bob, case_id)  # keeps it in the identity map, as during one update)
        with session_factory.begin() as s:
            cases.update(s, case_id, dataclasses.replace(copy.as_input(), summary="first"))
        with pytest.raises(ConflictError, match="changed by someone else"):
            # The row Bob loaded is stale: the UPDATE ... WHERE version = n matches nothing.
            cases.update(bob, case_id, dataclasses.replace(loaded.as_input(), summary="second"))
        assert held is not None
    finally:
        bob.rollback()
        bob.close()
    with session_factory() as s:
        assert cases.get(s, case_id).summary == "first"


def test_event_party_and_organisation_conflicts(
    session_factory: db.SessionFactory, second_factory: db.SessionFactory, sample_case: dict[str, int]
) -> None:
    with session_factory() as s:
        event = timeline.get_event(s, sample_case["event0"])
        party = parties.get_party(s, sample_case["processor"])
        org = parties.get_organisation(s, party.organisation_id)
    with second_factory.begin() as s:
        timeline.update_event(s, event.id, dataclasses.replace(event.as_input(), tags=("other",)),
                              expected_version=event.version)
        parties.update_party(s, party.id, dataclasses.replace(party.as_input(), notes="theirs"),
                             expected_version=party.version)
        parties.update_organisation(s, org.id, dataclasses.replace(org.as_input(), notes="theirs"),
                                    expected_version=org.version)
    with pytest.raises(ConflictError, match="^Event “Intrusion” was changed by "), session_factory.begin() as s:
        timeline.update_event(s, event.id, dataclasses.replace(event.as_input(), title="Mine"),
                              expected_version=event.version)
    with pytest.raises(ConflictError, match=r"^Party Opérateur TP \(processor\) was changed"), \
            session_factory.begin() as s:
        parties.update_party(s, party.id, dataclasses.replace(party.as_input(), notes="mine"),
                             expected_version=party.version)
    with pytest.raises(ConflictError, match="^Organisation Opérateur TP was changed"), session_factory.begin() as s:
        parties.update_organisation(s, org.id, dataclasses.replace(org.as_input(), notes="mine"),
                                    expected_version=org.version)
    with session_factory() as s:
        assert timeline.get_event(s, event.id).tags == ("other",)
        assert parties.get_party(s, party.id).notes == "theirs"


def test_conflict_message_without_a_logged_change() -> None:
    assert str(ConflictError("Case X")) == (
        "Case X was changed by someone else since you opened it: your edit was not saved. "
        "Reload to see their change, then apply yours again."
    )


def test_check_version_none_skips(session_factory: db.SessionFactory) -> None:
    with session_factory() as s:
        team.check_version(s, current=3, expected=None, what="Case X", entity="case", entity_id=1)


def test_a_stale_write_anywhere_becomes_a_conflict_not_a_bug() -> None:
    """Rows whose forms do not carry their version yet (a finding here) still refuse a stale write."""
    with pytest.raises(ConflictError, match="changed by someone else"), db.storage_errors("test"):
        raise StaleDataError("UPDATE statement on table 'finding' expected to update 1 row(s); 0 were matched.")
