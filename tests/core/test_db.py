"""The workspace database: pragmas, migrations with backup, and storage errors users can act on."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import alembic.command
import alembic.config
import pytest
from sqlalchemy import Engine, inspect, text

from cnil_case.core import cases, db
from cnil_case.core.errors import StorageError
from cnil_case.core.snapshots import CaseInput

MIGRATIONS = Path(db.__file__).parent / "migrations"


@pytest.fixture
def engine(workspace_path: Path) -> Iterator[Engine]:
    """These tests are about SQLite files: no PostgreSQL variant."""
    engine, _ = db.open_workspace(workspace_path)
    yield engine
    engine.dispose()


def test_sqlite_runs_with_foreign_keys_and_wal(engine: Engine) -> None:
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_new_workspace_is_stamped_at_head(engine: Engine) -> None:
    assert db.current_revision(engine) == db.head_revision()


def test_migration_scripts_build_the_same_schema_as_the_models(tmp_path: Path) -> None:
    """Run the scripts from an empty file, then ask alembic for drift (``command.check``)."""
    engine = db.make_engine(tmp_path / "scripted.sqlite")
    cfg = db.alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        alembic.command.upgrade(cfg, "head")
        alembic.command.check(cfg)  # raises if models and migrations differ


def test_transactions_roll_back_ddl_free_writes(session_factory: db.SessionFactory) -> None:
    with pytest.raises(RuntimeError), session_factory.begin() as session:
        cases.create(session, CaseInput(reference="R-1", title="t"))
        raise RuntimeError("user cancelled")
    with session_factory() as session:
        assert cases.list_rows(session) == []


def _second_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy of our migrations plus a revision that rebuilds case_file in batch mode."""
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9001_test.py").write_text(
        '"""test revision"""\n'
        "import sqlalchemy as sa\nfrom alembic import op\n"
        f"revision = '9001'\ndown_revision = {db.head_revision()!r}\nbranch_labels = None\ndepends_on = None\n"
        "def upgrade():\n"
        "    with op.batch_alter_table('case_file', recreate='always') as batch:\n"
        "        batch.add_column(sa.Column('extra', sa.Text(), nullable=True))\n"
        "def downgrade():\n    pass\n",
        encoding="utf-8",
    )

    def config() -> alembic.config.Config:
        cfg = alembic.config.Config()
        cfg.set_main_option("script_location", str(scripts))
        return cfg

    monkeypatch.setattr(db, "alembic_config", config)
    monkeypatch.setattr(db, "VERSIONS_DIR", scripts / "versions")


def test_upgrade_backs_up_then_keeps_every_row(
    tmp_path: Path, workspace_path: Path, sample_case: dict[str, int], engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine.dispose()
    head = db.head_revision()
    _second_revision(tmp_path, monkeypatch)
    engine2 = db.make_engine(workspace_path)
    backup = db.migrate(engine2)
    assert backup is not None and backup.exists()
    assert head in backup.name
    # The backup is the old schema with the old data.
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
        assert old.execute("SELECT count(*) FROM timeline_event").fetchone() == (3,)
    with engine2.connect() as connection:
        assert db.current_revision(engine2) == "9001"
        assert "extra" in {c["name"] for c in inspect(connection).get_columns("case_file")}
        # Rebuilding case_file must not cascade-delete its children.
        assert connection.execute(text("SELECT count(*) FROM timeline_event")).scalar() == 3
        assert connection.execute(text("SELECT count(*) FROM case_party")).scalar() == 2
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine2.dispose()


def test_first_schema_upgrades_to_obligations_keeping_parties(tmp_path: Path) -> None:
    """0001 → 0002 on a workspace holding a case and a party, as a user's file would."""
    path = tmp_path / "old.sqlite"
    engine = db.make_engine(path)
    cfg = db.alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        alembic.command.upgrade(cfg, "0001")
        connection.exec_driver_sql(
            "INSERT INTO case_file (id, reference, title, status, summary, nature_confidentiality, "
            "nature_integrity, nature_availability, origin_intent, origin_source, vector, "
            "data_description, persons_description, breach_start_precision, breach_end_precision, "
            "discovered_precision, display_zone, created_at, updated_at) VALUES (1, 'OLD-1', 'Old', "
            "'open', '', 1, 0, 0, 'unknown', 'unknown', '', '', '', 'exact', 'exact', 'exact', "
            "'Europe/Paris', '2024-02-01 00:00:00', '2024-02-01 00:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO organisation (id, name, country, address, contact_name, contact_email, "
            "contact_phone, dpo_name, dpo_email, dpo_phone, notes, created_at, updated_at) VALUES "
            "(1, 'Op', 'FR', '', '', '', '', '', '', '', '', '2024-02-01 00:00:00', '2024-02-01 00:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO case_party (id, case_id, organisation_id, role, aware_at, aware_precision, "
            "awareness_note, regimes, notes, created_at, updated_at) VALUES (1, 1, 1, 'processor', "
            "'2024-02-01 08:00:00', 'minute', '', 'gdpr', '', '2024-02-01 00:00:00', '2024-02-01 00:00:00')"
        )
    backup = db.migrate(engine)
    assert backup is not None and "0001" in backup.name
    with engine.connect() as connection:
        row = connection.exec_driver_sql("SELECT notice_hours, classified_precision FROM case_party").one()
        assert tuple(row) == (24, "exact")
        with pytest.raises(Exception, match="CHECK constraint failed"):
            connection.exec_driver_sql("UPDATE case_party SET notice_hours = -1")
        cfg.attributes["connection"] = connection
        alembic.command.check(cfg)
    engine.dispose()


def test_newer_schema_is_refused(workspace_path: Path, engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    engine.dispose()
    with pytest.raises(StorageError, match="newer version of cnil-case"):
        db.open_workspace(workspace_path)


def test_garbage_file_is_not_a_workspace(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"this is not a database\x00" * 200)
    with pytest.raises(StorageError) as info:
        db.open_workspace(path)
    assert str(path) in str(info.value)
    assert "not a cnil-case workspace" in str(info.value)


def test_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(StorageError, match="another program .*invoices"):
        db.open_workspace(path)


def test_missing_folder_and_directory_are_named(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        db.open_workspace(tmp_path / "nowhere" / "w.sqlite")
    with pytest.raises(StorageError, match="is a folder"):
        db.open_workspace(tmp_path)


def test_locked_database_is_a_storage_error(workspace_path: Path, engine: Engine) -> None:
    engine.dispose()
    holder = sqlite3.connect(workspace_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        locked, factory = db.open_workspace(f"sqlite:///{workspace_path}?timeout=0.1")
        with (
            pytest.raises(StorageError, match="locked"),
            db.storage_errors(str(workspace_path)),
            factory.begin() as session,
        ):
            cases.create(session, CaseInput(reference="R-1", title="t"))
        locked.dispose()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_read_only_database_is_a_storage_error(
    workspace_path: Path, sample_case: dict[str, int], engine: Engine
) -> None:
    engine.dispose()
    ro, factory = db.open_workspace(f"sqlite:///file:{workspace_path}?mode=ro&uri=true")
    with factory() as session:
        assert [r.reference for r in cases.list_rows(session)] == ["BRE-2024-001"]
    with (
        pytest.raises(StorageError, match="read-only"),
        db.storage_errors(str(workspace_path)),
        factory.begin() as session,
    ):
        cases.create(session, CaseInput(reference="R-2", title="t"))
    ro.dispose()


def test_bad_url_is_a_storage_error() -> None:
    with pytest.raises(StorageError, match="not a valid SQLAlchemy URL"):
        db.to_url("post gres://user@host/db")
    with pytest.raises(StorageError, match="driver is not installed"):
        db.make_engine("nosuchdialect://localhost/db")
    with pytest.raises(StorageError, match="not a valid"):
        db.to_url("postgresql://u@h:notaport/db")


def test_scripted_head_is_alembics_head() -> None:
    """The start-up shortcut reads the head from the scripts' text; it must agree with Alembic."""
    assert db.scripted_head() == db.head_revision()


def test_a_workspace_at_head_opens_without_importing_alembic(workspace_path: Path) -> None:
    db.open_workspace(workspace_path)[0].dispose()
    code = (
        "import sys; from cnil_case.core import db; "
        f"db.open_workspace({str(workspace_path)!r}); "
        "assert not any(m == 'alembic' or m.startswith('alembic.') for m in sys.modules), 'alembic imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_stale_workspace_still_migrates(tmp_path: Path, workspace_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A workspace one revision behind the scripts is upgraded, shortcut or not."""
    db.open_workspace(workspace_path)[0].dispose()
    _second_revision(tmp_path, monkeypatch)
    assert db.scripted_head() == "9001"
    engine2 = db.make_engine(workspace_path)
    assert db.stored_revision(engine2) != "9001"
    db.migrate(engine2)
    assert db.stored_revision(engine2) == db.current_revision(engine2) == "9001"
    engine2.dispose()


def test_scripted_head_gives_up_on_two_heads(tmp_path: Path) -> None:
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "a.py").write_text('revision = "a"\ndown_revision = None\n', encoding="utf-8")
    (versions / "b.py").write_text('revision = "b"\ndown_revision = "a"\n', encoding="utf-8")
    assert db.scripted_head(versions) == "b"
    (versions / "c.py").write_text('revision: str = "c"\ndown_revision: str | None = "a"\n', encoding="utf-8")
    assert db.scripted_head(versions) is None
