"""A team workspace: database roles and their grants (PostgreSQL), the shared evidence folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import ProgrammingError

from cnil_case.core import audit, cases, db, team, vault
from cnil_case.core.errors import ReadOnlyError, StorageError, ValidationError
from cnil_case.core.snapshots import CaseInput

READER, WRITER = "cnil_reader", "cnil_writer"


def _postgres_only(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("roles and grants need PostgreSQL (CNIL_CASE_TEST_POSTGRES)")


@pytest.fixture
def roles(engine: Engine) -> Iterator[dict[str, db.SessionFactory]]:
    """Session factories connected as the reader and the writer, after the owner granted them."""
    _postgres_only(engine)
    admin = create_engine(engine.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        for role in (READER, WRITER):
            # Cluster-wide and kept between tests (trust authentication on 127.0.0.1, no password).
            exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
            if exists is None:
                connection.exec_driver_sql(f'CREATE ROLE "{role}" LOGIN')
    admin.dispose()
    team.grant(engine, READER, access="read")
    team.grant(engine, WRITER, access="write")
    engines = {role: db.make_engine(engine.url.set(username=role, password=None)) for role in (READER, WRITER)}
    yield {role: db.session_factory(e) for role, e in engines.items()}
    for e in engines.values():
        e.dispose()


def test_reader_reads_but_cannot_write(
    roles: dict[str, db.SessionFactory], session_factory: db.SessionFactory, sample_case: dict[str, int]
) -> None:
    reader = roles[READER]
    with reader() as s:
        assert [row.reference for row in cases.list_rows(s)] == ["BRE-2024-001"]
        assert cases.get(s, sample_case["case"]).title == "Tiers-payant portal intrusion"
    with pytest.raises(ProgrammingError) as refused, reader.begin() as s:
        cases.create(s, CaseInput(reference="BRE-2024-999", title="Not allowed"))
    mapped = team.permission_error(refused.value, "team", role=READER)
    assert isinstance(mapped, ReadOnlyError)
    assert str(mapped).startswith("Your database role 'cnil_reader' may read the workspace team but not change it")
    from_url = team.permission_error(refused.value, "postgresql+psycopg://cnil_reader@db.example/team")
    assert str(from_url).startswith("Your database role 'cnil_reader' may read the workspace postgresql")
    with session_factory() as s:
        assert len(cases.list_rows(s)) == 1


def test_writer_writes_and_is_the_audited_actor(
    roles: dict[str, db.SessionFactory], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CNIL_CASE_USER")
    with roles[WRITER].begin() as s:
        created = cases.create(s, CaseInput(reference="BRE-2024-010", title="By the writer"))
    monkeypatch.setenv("CNIL_CASE_USER", "Alice Martin")
    with roles[WRITER].begin() as s:
        cases.update(s, created.id, CaseInput(reference="BRE-2024-010", title="Edited"))
    with roles[READER]() as s:
        actors = [entry.actor for entry in audit.history(s, created.id)]
        assert audit.verify(s) is None
    assert actors == ["cnil_writer (Alice Martin)", "cnil_writer"]


def test_audit_log_is_append_only_for_writers(roles: dict[str, db.SessionFactory], sample_case: dict[str, int]) -> None:
    for statement in ("UPDATE audit_entry SET summary = 'rewritten'", "DELETE FROM audit_entry",
                      "TRUNCATE audit_entry"):
        with pytest.raises(ProgrammingError, match="permission denied"), roles[WRITER].begin() as s:
            s.execute(text(statement))
    with roles[WRITER]() as s:
        assert len(audit.history(s, sample_case["case"])) == 6


def test_read_grant_takes_write_access_back(engine: Engine, roles: dict[str, db.SessionFactory]) -> None:
    team.grant(engine, WRITER, access="read")
    try:
        with pytest.raises(ProgrammingError, match="permission denied"), roles[WRITER].begin() as s:
            cases.create(s, CaseInput(reference="BRE-2024-011", title="No longer"))
    finally:
        team.grant(engine, WRITER, access="write")


def test_only_the_owner_may_migrate(engine: Engine, roles: dict[str, db.SessionFactory]) -> None:
    team.check_schema_owner(engine, "team")  # the owner (here a superuser) passes
    writer = roles[WRITER].kw["bind"]
    with pytest.raises(StorageError, match=r"only its owner \(postgres\) can do; .*\(you are cnil_writer\)"):
        team.check_schema_owner(writer, "team")


def test_grant_checks_its_arguments(engine: Engine) -> None:
    with pytest.raises(ValidationError, match="Access"):
        team.grant(engine, READER, access="admin")
    with pytest.raises(ValidationError, match="Role"):
        team.grant(engine, 'x"; DROP TABLE case_file; --', access="read")
    if engine.dialect.name == "sqlite":
        with pytest.raises(StorageError, match="PostgreSQL"):
            team.grant(engine, READER, access="read")


def test_permission_error_ignores_other_errors() -> None:
    assert team.permission_error(ValueError("x"), "team") is None


def test_shared_vault_folder_is_a_workspace_setting(
    session_factory: db.SessionFactory, tmp_path: Path
) -> None:
    with session_factory() as s:
        assert team.vault_location(s) is None
        with pytest.raises(vault.VaultError, match="no shared evidence folder: set one with `cnil-case team set-vault PATH`"):
            team.require_vault_location(s)
    first, second = tmp_path / "share", tmp_path / "other"
    first.mkdir()
    second.mkdir()
    with session_factory.begin() as s:
        team.set_vault_location(s, first)
    with session_factory.begin() as s:
        team.set_vault_location(s, second)
    with session_factory() as s:
        assert team.vault_location(s) == team.require_vault_location(s) == second
        entries = [e for e in audit.history(s, None) if e.entity == "workspace"]
    assert [(e.action, e.before, e.after) for e in entries] == [
        ("update", {"vault": str(first)}, {"vault": str(second)}),
        ("create", None, {"vault": str(first)}),
    ]
    with pytest.raises(ValidationError, match="absolute"), session_factory.begin() as s:
        team.set_vault_location(s, "relative/share")
    with pytest.raises(ValidationError, match="not an existing folder"), session_factory.begin() as s:
        team.set_vault_location(s, tmp_path / "missing")


def test_vault_root_follows_the_workspace(engine: Engine, session_factory: db.SessionFactory, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    if engine.dialect.name == "sqlite":
        assert team.vault_root(engine.url, data_dir) == vault.vault_for(engine.url, data_dir)
        return
    with pytest.raises(vault.VaultError, match="no shared evidence folder"):
        team.vault_root(engine.url, data_dir)
    share = tmp_path / "share"
    share.mkdir()
    with session_factory.begin() as s:
        team.set_vault_location(s, share)
    assert team.vault_root(engine.url, data_dir) == share


def test_vault_root_of_an_unreachable_server_is_a_storage_error(tmp_path: Path) -> None:
    url = db.to_url("postgresql+psycopg://nobody@127.0.0.1:1/none")
    with pytest.raises(StorageError, match="Cannot use the workspace"):
        team.vault_root(url, tmp_path)
