"""Encrypted workspaces: nothing readable on disk, a wrong passphrase touches nothing, backups work."""

from __future__ import annotations

import hashlib
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from cnil_case.core import acquisition, backup, crypto, db, demo, timeline, vault
from cnil_case.core.errors import StorageError
from cnil_case.core.snapshots import EventInput, Moment
from tests.helpers.fixtures import paris

NIR = "1 84 12 75 123 456 78"
NAME = "Jeanne Martin"
PASSPHRASE = crypto.Secret("correct horse battery staple")


def _needles() -> list[bytes]:
    found: list[bytes] = []
    for text in (NIR, NIR.replace(" ", ""), NAME, NAME.replace(" ", ""), "Jeanne", "Martin"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found.append(text.encode(encoding))
    return found


def _files(folder: Path) -> Iterator[Path]:
    for dirpath, _, names in os.walk(folder):
        for name in names:
            yield Path(dirpath) / name


def _leaks(folder: Path) -> list[str]:
    leaks = []
    for path in _files(folder):
        data = path.read_bytes()
        leaks += [f"{path.name}: {needle!r}" for needle in _needles() if needle in data]
    return leaks


@pytest.fixture
def encrypted(tmp_path: Path) -> Iterator[tuple[Path, Engine, vault.Vault, str]]:
    """An encrypted workspace in ``tmp_path/ws`` with the NIR and the name in an event and a file."""
    folder = tmp_path / "ws"
    folder.mkdir()
    path = folder / "case.sqlite"
    store = vault.Vault.create_encrypted(folder / "case.vault", PASSPHRASE)
    engine, factory = db.open_workspace(path, passphrase=PASSPHRASE, create_encrypted=True)
    seized = tmp_path / "seized"
    seized.mkdir()
    content = f"nom;nir\n{NAME};{NIR}\n".encode() + f"{NAME} {NIR}".encode("utf-16")
    (seized / "export.csv").write_bytes(content * 10000)  # several chunks
    stored = acquisition.store_all(store, [seized])
    with factory.begin() as session:
        case_id = demo.ensure_demo_case(session)
        timeline.add_event(session, case_id, EventInput(
            occurred=Moment(paris(2024, 2, 1, 10), "minute"), title=f"Appel de {NAME}",
            details=f"NIR {NIR} ({NIR.replace(' ', '')}) cité par {NAME}"))
        acquisition.register_all(session, case_id, stored.stored, acquisition.Defaults(acquired_by=NAME))
    yield path, engine, store, hashlib.sha256(content * 10000).hexdigest()
    engine.dispose()


def test_nothing_readable_on_disk(encrypted: tuple[Path, Engine, vault.Vault, str]) -> None:
    path, engine, store, sha = encrypted
    # While open (the -wal holds the last commits) and after closing.
    assert (path.parent / f"{path.name}-wal").exists()
    assert _leaks(path.parent) == []
    engine.dispose()
    assert _leaks(path.parent) == []
    assert db.is_encrypted(path)
    # Objects are named by an HMAC, not by the content's SHA-256.
    assert all(sha not in str(p) for p in _files(path.parent))
    assert sha not in (path.parent / "case.vault" / crypto.HEADER_FILE).read_text()


def test_a_plain_control_does_leak(tmp_path: Path) -> None:
    """The search above would find the strings in a plain workspace (the test can fail)."""
    engine, factory = db.open_workspace(tmp_path / "plain.sqlite")
    with factory.begin() as session:
        case_id = demo.ensure_demo_case(session)
        timeline.add_event(session, case_id, EventInput(occurred=Moment(paris(2024, 2, 1), "day"),
                                                        title=f"Appel de {NAME}", details=NIR))
    engine.dispose()
    assert _leaks(tmp_path)


def test_right_passphrase_reads_back(encrypted: tuple[Path, Engine, vault.Vault, str]) -> None:
    path, engine, store, sha = encrypted
    engine.dispose()
    engine, factory = db.open_workspace(path, passphrase=crypto.Secret(PASSPHRASE.reveal()))
    try:
        with factory() as session:
            case_id = demo.ensure_demo_case(session)
            rows = timeline.rows(session, timeline.list_ids(session, case_id))
        assert any(row.title == f"Appel de {NAME}" and NIR in row.details for row in rows)
    finally:
        engine.dispose()
    reopened = vault.Vault(store.root, passphrase=crypto.Secret(PASSPHRASE.reveal()))
    assert reopened.verify(sha).ok
    with reopened.open(sha) as handle:
        assert hashlib.sha256(handle.read()).hexdigest() == sha


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in _files(folder)}


def test_wrong_or_missing_passphrase_touches_nothing(encrypted: tuple[Path, Engine, vault.Vault, str]) -> None:
    path, engine, store, _ = encrypted
    engine.dispose()
    before = _snapshot(path.parent)
    with pytest.raises(StorageError, match="Wrong passphrase"):
        db.open_workspace(path, passphrase=crypto.Secret("wrong"))
    with pytest.raises(StorageError, match="is encrypted"):
        db.open_workspace(path)
    with pytest.raises(crypto.CryptoError, match="Wrong passphrase"):
        vault.Vault(store.root, passphrase=crypto.Secret("wrong"))
    with pytest.raises(vault.VaultError, match="is encrypted"):
        vault.Vault(store.root)
    assert _snapshot(path.parent) == before


def test_a_sealed_file_that_is_altered_or_cut_fails(encrypted: tuple[Path, Engine, vault.Vault, str]) -> None:
    _, _, store, sha = encrypted
    object_path = store.path_for(sha)
    data = object_path.read_bytes()
    os.chmod(object_path, 0o644)
    object_path.write_bytes(data[: crypto.HEADER_SIZE + crypto.SEALED_CHUNK])  # cut at a chunk boundary
    assert store.verify(sha).status is vault.Check.MISMATCH
    flipped = bytearray(data)
    flipped[-1] ^= 1
    object_path.write_bytes(bytes(flipped))
    assert store.verify(sha).status is vault.Check.MISMATCH


@pytest.mark.parametrize("size", [0, 1, crypto.CHUNK - 1, crypto.CHUNK, 2 * crypto.CHUNK + 5])
def test_sizes_round_trip(tmp_path: Path, size: int) -> None:
    store = vault.Vault.create_encrypted(tmp_path / "v", PASSPHRASE)
    data = os.urandom(size)
    (tmp_path / "f").write_bytes(data)
    stored = store.store(tmp_path / "f")
    assert stored.size == size and stored.path.stat().st_size == crypto.sealed_size(size)
    assert store.verify(stored.sha256, size).ok
    with store.open(stored.sha256) as handle:
        assert handle.read() == data
        handle.seek(size // 2)
        assert handle.read(7) == data[size // 2: size // 2 + 7]


def test_backup_and_restore(encrypted: tuple[Path, Engine, vault.Vault, str], tmp_path: Path) -> None:
    path, engine, store, sha = encrypted
    archive = tmp_path / "backup.zip"
    backup.write(engine, store, archive)
    raw = archive.read_bytes()
    assert not [n for n in _needles() if n in raw]
    assert sha not in raw.decode("latin-1")
    with zipfile.ZipFile(archive) as zf:
        # The archive's copy of the database is encrypted too (compressed members hold no plain text either).
        assert not zf.read(backup.DATABASE).startswith(db.SQLITE_MAGIC)
    target = tmp_path / "restored" / "case.sqlite"
    target.parent.mkdir()
    vault_dir = tmp_path / "restored" / "case.vault"
    with pytest.raises(backup.BackupError, match="encrypted"):
        backup.restore(archive, db.to_url(target), vault_dir)
    with pytest.raises(crypto.CryptoError, match="Wrong passphrase"):
        backup.restore(archive, db.to_url(target), vault_dir, passphrase=crypto.Secret("wrong"))
    assert list(_files(target.parent)) == []
    report = backup.restore(archive, db.to_url(target), vault_dir, passphrase=PASSPHRASE)
    assert report.integrity == "ok" and not report.vault_failures and not report.missing_evidence
    assert report.audit_broken_at is None
    assert db.is_encrypted(target) and _leaks(target.parent) == []
    restored = vault.Vault(vault_dir, passphrase=PASSPHRASE)
    assert restored.verify(sha).ok
