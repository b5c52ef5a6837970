"""The start-up check: unfinished vault copies removed, unreferenced vault files reported and kept."""

from __future__ import annotations

import os
import time
from pathlib import Path

from sqlalchemy import Engine

from cnil_case.core import acquisition, db, recovery, vault


def _part(store: vault.Vault, name: str, *, age: float) -> Path:
    store.tmp.mkdir(parents=True, exist_ok=True)
    path = store.tmp / f"{name}.part"
    path.write_bytes(b"half")
    then = time.time() - age
    os.utime(path, (then, then))
    return path


def test_nothing_to_do_says_nothing(engine: Engine, tmp_path: Path) -> None:
    report = recovery.check(engine, vault.Vault(tmp_path / "vault"))
    assert report.clean and report.message == ""


def test_stale_copies_removed_recent_ones_kept(session_factory: db.SessionFactory, tmp_path: Path) -> None:
    store = vault.Vault(tmp_path / "vault")
    stale = _part(store, "a" * 32, age=vault.STALE_TEMP_SECONDS + 60)
    recent = _part(store, "b" * 32, age=1)
    report = recovery.check(session_factory, store)
    assert (report.removed_temp, report.kept_temp) == (1, 1)
    assert not stale.exists() and recent.exists()
    assert report.message == "Start-up check: removed 1 unfinished vault copy left by an interrupted addition."
    report = recovery.check(session_factory, store, stale_after=0)
    assert report.removed_temp == 1 and not recent.exists()


def test_stored_but_unregistered_files_are_reported_not_deleted(session_factory: db.SessionFactory,
                                                                 sample_case: dict[str, int], tmp_path: Path) -> None:
    store = vault.Vault(tmp_path / "vault")
    (tmp_path / "a.txt").write_text("registered", encoding="utf-8")
    (tmp_path / "b.txt").write_text("killed before registration", encoding="utf-8")
    stored = acquisition.store_all(store, [tmp_path / "a.txt", tmp_path / "b.txt"])
    with session_factory.begin() as session:
        acquisition.register_all(session, sample_case["case"], stored.stored[:1], acquisition.Defaults())
    report = recovery.check(session_factory, store)
    orphan = stored.stored[1].stored.path
    assert report.unreferenced == (orphan,) and orphan.exists()
    assert "1 vault file is held by no evidence item" in report.message
    assert "`cnil-case verify` lists it" in report.message
