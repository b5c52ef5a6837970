"""Backups: a round trip restores the same rows, audit chain and vault; damage and misuse are refused."""

from __future__ import annotations

import datetime as dt
import json
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.engine import URL

from cnil_case.core import acquisition, audit, backup, caseio, db, demo, exports, vault
from cnil_case.core.models import AuditAction, AuditEntry, Base
from tests.core.conftest import POSTGRES

NOW = dt.datetime(2024, 2, 7, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def populated(engine: Engine, tmp_path: Path) -> tuple[Engine, vault.Vault, int]:
    """The demo case, two evidence files in the vault, one export recorded."""
    factory = db.session_factory(engine)
    source = tmp_path / "seized"
    source.mkdir()
    (source / "export.csv").write_text("nom;nir\nDupont;1 84 12 75 123 456 78\n", encoding="utf-8")
    (source / "mail.eml").write_bytes(b"From: a@example.org\r\nSubject: alerte\r\n\r\n" + bytes(range(256)) * 50)
    store = vault.Vault(tmp_path / "vault")
    stored = acquisition.store_all(store, [source])
    with factory.begin() as session:
        case_id = demo.ensure_demo_case(session)
        acquisition.register_all(session, case_id, stored.stored, acquisition.Defaults(acquired_by="J. Martin"))
    document = exports.BuiltDocument(
        case_id=case_id, reference=demo.REFERENCE, kind="art33", variant="initial", lang="fr", draft=False,
        gaps=(), data=b"%PDF-1.4 test", file_name="x.pdf",
    )
    exports.save(factory, document, tmp_path / "art33.pdf", now=NOW)
    return engine, store, case_id


@pytest.fixture
def target(engine: Engine, tmp_path: Path) -> Iterator[URL]:
    """An empty workspace of the same backend as ``engine``."""
    if engine.dialect.name == "sqlite":
        yield db.to_url(tmp_path / "restored.sqlite")
        return
    name = f"cnil_restore_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield db.to_url(POSTGRES).set(database=name)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def _facts(url_or_engine: Engine | URL, case_reference: str) -> dict[str, Any]:
    engine = url_or_engine if isinstance(url_or_engine, Engine) else db.make_engine(url_or_engine)
    try:
        factory = db.session_factory(engine)
        with factory() as session:
            counts = {t.name: session.execute(select(func.count()).select_from(t)).scalar_one()
                      for t in Base.metadata.sorted_tables}
            head = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
            case_id = session.execute(text("SELECT id FROM case_file WHERE reference = :r"),
                                      {"r": case_reference}).scalar_one()
            document = caseio.export_case(session, case_id)
            broken = audit.verify(session)
    finally:
        if not isinstance(url_or_engine, Engine):
            engine.dispose()
    document.pop("exported_at", None)
    return {"counts": counts, "audit_head": head, "audit_broken": broken, "document": document}


def test_round_trip(populated: tuple[Engine, vault.Vault, int], target: URL, tmp_path: Path) -> None:
    engine, store, _ = populated
    out = tmp_path / "workspace.cnil-backup"
    seen: list[vault.Progress] = []
    written = backup.write(engine, store, out, progress=seen.append)
    assert out.is_file() and written.vault_objects == 2
    assert written.schema_revision == db.head_revision()
    assert seen[-1].done_bytes == seen[-1].total_bytes and seen[-1].done_files == seen[-1].total_files
    assert not list(tmp_path.glob(".*.tmp"))  # the temporary archive was renamed, not left behind
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read(backup.MANIFEST))
    assert manifest["format_version"] == backup.FORMAT_VERSION and manifest["created_at"]
    assert {m["name"] for m in manifest["members"]} >= {f"vault/{sha}" for sha, _ in backup._vault_objects(store)}

    restored_vault = tmp_path / "restored.vault"
    report = backup.restore(out, target, restored_vault)
    assert report.ok, report
    assert report.vault_objects == 2 and report.rows["evidence"] == 2 and report.rows["document_export"] == 1
    assert _facts(target, demo.REFERENCE) == _facts(engine, demo.REFERENCE)
    restored = vault.Vault(restored_vault)
    for sha256, path in backup._vault_objects(store):
        assert restored.verify(sha256, path.stat().st_size).ok
    if engine.dialect.name == "postgresql":
        # Sequences were moved past the restored ids: a new row gets a fresh id.
        restored_engine, factory = db.open_workspace(target)
        with factory.begin() as session:
            audit.record(session, action=AuditAction.UPDATE, entity="case", entity_id=None, case_id=None,
                         summary="after restore")
        restored_engine.dispose()


def test_refuses_a_non_empty_workspace(populated: tuple[Engine, vault.Vault, int], tmp_path: Path) -> None:
    engine, store, _ = populated
    out = tmp_path / "b.zip"
    backup.write(engine, store, out)
    occupied: str | URL
    if engine.dialect.name == "sqlite":
        occupied = str(tmp_path / "other.sqlite")
        db.open_workspace(occupied)[0].dispose()
    else:
        occupied = engine.url  # the source itself: replaced by its own backup with --force
        engine.dispose()
    before = _counts(occupied)
    with pytest.raises(backup.BackupError, match="is not empty: restore into a new workspace, or pass --force"):
        backup.restore(out, occupied, tmp_path / "other.vault")
    assert _counts(occupied) == before
    report = backup.restore(out, occupied, tmp_path / "other.vault", force=True)
    assert report.ok and report.rows["evidence"] == 2


def _counts(target: str | URL) -> dict[str, int]:
    engine = db.make_engine(target)
    try:
        with engine.connect() as connection:
            return {t.name: connection.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in Base.metadata.sorted_tables}
    finally:
        engine.dispose()


def test_refuses_a_non_empty_vault(populated: tuple[Engine, vault.Vault, int], tmp_path: Path) -> None:
    engine, store, _ = populated
    out = tmp_path / "b.zip"
    backup.write(engine, store, out)
    with pytest.raises(backup.BackupError, match="is not empty"):
        backup.restore(out, str(tmp_path / "new.sqlite"), store.root)
    assert not (tmp_path / "new.sqlite").exists()


@pytest.fixture
def sqlite_backup(tmp_path: Path) -> Path:
    engine, factory = db.open_workspace(tmp_path / "src.sqlite")
    with factory.begin() as session:
        demo.ensure_demo_case(session)
    store = vault.Vault(tmp_path / "src.vault")
    source = tmp_path / "file.txt"
    source.write_text("evidence " * 1000, encoding="utf-8")
    store.store(source)
    out = tmp_path / "src.zip"
    backup.write(engine, store, out)
    engine.dispose()
    return out


def _rewrite(archive: Path, out: Path, change: dict[str, bytes | None]) -> None:
    """Copy ``archive`` to ``out`` with some members replaced (bytes) or dropped (None)."""
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename in change:
                data = change[info.filename]
                if data is not None:
                    target.writestr(info.filename, data)
            else:
                target.writestr(info, source.read(info.filename))


def _untouched(tmp_path: Path) -> None:
    assert not (tmp_path / "dst.sqlite").exists()
    assert not (tmp_path / "dst.vault").exists()


def test_a_member_that_differs_is_named_and_nothing_is_written(sqlite_backup: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(sqlite_backup) as archive:
        name = next(n for n in archive.namelist() if n.startswith("vault/"))
        data = bytearray(archive.read(name))
    data[0] ^= 1
    bad = tmp_path / "bad.zip"
    _rewrite(sqlite_backup, bad, {name: bytes(data)})
    with pytest.raises(backup.BackupError, match=f"member {name} does not match its SHA-256"):
        backup.restore(bad, str(tmp_path / "dst.sqlite"), tmp_path / "dst.vault")
    _untouched(tmp_path)


def test_a_missing_member_is_named(sqlite_backup: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.zip"
    _rewrite(sqlite_backup, bad, {backup.DATABASE: None})
    with pytest.raises(backup.BackupError, match=f"member {backup.DATABASE} is missing"):
        backup.restore(bad, str(tmp_path / "dst.sqlite"), tmp_path / "dst.vault")
    _untouched(tmp_path)


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.999])
def test_a_truncated_archive_is_refused(sqlite_backup: Path, tmp_path: Path, keep: float) -> None:
    data = sqlite_backup.read_bytes()
    bad = tmp_path / "bad.zip"
    bad.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(backup.BackupError, match="damaged or truncated"):
        backup.restore(bad, str(tmp_path / "dst.sqlite"), tmp_path / "dst.vault")
    _untouched(tmp_path)


def test_a_corrupt_byte_inside_a_member_is_named(sqlite_backup: Path, tmp_path: Path) -> None:
    data = bytearray(sqlite_backup.read_bytes())
    with zipfile.ZipFile(sqlite_backup) as archive:
        info = archive.getinfo(backup.DATABASE)
    # Past the local header: inside the compressed data of the database member.
    data[info.header_offset + 30 + len(info.filename) + 100] ^= 0xFF
    bad = tmp_path / "bad.zip"
    bad.write_bytes(bytes(data))
    with pytest.raises(backup.BackupError, match=f"member {backup.DATABASE}"):
        backup.restore(bad, str(tmp_path / "dst.sqlite"), tmp_path / "dst.vault")
    _untouched(tmp_path)


def test_not_a_backup(tmp_path: Path) -> None:
    plain = tmp_path / "plain.zip"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(backup.BackupError, match="has no manifest.json: it is not a cnil-case backup"):
        backup.restore(plain, str(tmp_path / "dst.sqlite"), tmp_path / "dst.vault")
    with pytest.raises(backup.BackupError, match="does not exist"):
        backup.restore(tmp_path / "nope.zip", str(tmp_path / "dst.sqlite"), tmp_path / "dst.vault")
    _untouched(tmp_path)


def test_a_newer_schema_revision_is_refused(sqlite_backup: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(sqlite_backup) as archive:
        manifest = json.loads(archive.read(backup.MANIFEST))
    manifest["schema_revision"] = "9999_from_the_future"
    bad = tmp_path / "newer.zip"
    _rewrite(sqlite_backup, bad, {backup.MANIFEST: json.dumps(manifest).encode()})
    with pytest.raises(backup.BackupError, match="written by a newer cnil-case \\(schema 9999_from_the_future\\)"):
        backup.restore(bad, str(tmp_path / "dst.sqlite"), tmp_path / "dst.vault")
    _untouched(tmp_path)


def test_a_newer_format_is_refused(sqlite_backup: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(sqlite_backup) as archive:
        manifest = json.loads(archive.read(backup.MANIFEST))
    manifest["format_version"] = backup.FORMAT_VERSION + 1
    bad = tmp_path / "newer.zip"
    _rewrite(sqlite_backup, bad, {backup.MANIFEST: json.dumps(manifest).encode()})
    with pytest.raises(backup.BackupError, match="newer than this cnil-case reads"):
        backup.restore(bad, str(tmp_path / "dst.sqlite"), tmp_path / "dst.vault")
    _untouched(tmp_path)


def test_an_older_revision_is_restored_then_migrated(tmp_path: Path) -> None:
    import alembic.command

    source = tmp_path / "old.sqlite"
    engine = db.make_engine(source)
    cfg = db.alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        alembic.command.upgrade(cfg, "0006")
    out = tmp_path / "old.zip"
    written = backup.write(engine, None, out)
    engine.dispose()
    assert written.schema_revision is not None and written.schema_revision != db.head_revision()
    report = backup.restore(out, str(tmp_path / "dst.sqlite"), tmp_path / "dst.vault")
    assert report.ok and report.schema_revision == written.schema_revision
    assert report.migrated_to == db.head_revision()


def test_backup_into_a_missing_folder(tmp_path: Path) -> None:
    engine, _ = db.open_workspace(tmp_path / "w.sqlite")
    with pytest.raises(backup.BackupError, match="does not exist"):
        backup.write(engine, None, tmp_path / "no" / "b.zip")
    engine.dispose()


@pytest.mark.skipif(not POSTGRES, reason="needs CNIL_CASE_TEST_POSTGRES")
def test_a_sqlite_backup_restores_onto_postgresql(tmp_path: Path) -> None:
    engine, factory = db.open_workspace(tmp_path / "src.sqlite")
    source = tmp_path / "seized.txt"
    source.write_text("evidence", encoding="utf-8")
    store = vault.Vault(tmp_path / "src.vault")
    stored = acquisition.store_all(store, [source])
    with factory.begin() as session:
        case_id = demo.ensure_demo_case(session)
        acquisition.register_all(session, case_id, stored.stored, acquisition.Defaults())
    out = tmp_path / "b.zip"
    backup.write(engine, store, out)
    name = f"cnil_restore_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        target = db.to_url(POSTGRES).set(database=name)
        report = backup.restore(out, target, tmp_path / "pg.vault")
        assert report.ok, report
        assert _facts(target, demo.REFERENCE) == _facts(engine, demo.REFERENCE)
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()
