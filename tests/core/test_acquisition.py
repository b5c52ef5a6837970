"""Adding files: stored in the vault (file work), registered in one transaction."""

from __future__ import annotations

from pathlib import Path

from cnil_case.core import acquisition, db, evidence, vault


def test_folder_added_stored_and_registered(tmp_path: Path, session_factory: db.SessionFactory,
                                            sample_case: dict[str, int]) -> None:
    source = tmp_path / "seized"
    (source / "logs").mkdir(parents=True)
    (source / "logs" / "portal.log").write_text("2024-01-29 login from 203.0.113.7\n", encoding="utf-8")
    (source / "export.csv").write_text("nom;nir\nDupont;1 84 12 75 123 456 78\n", encoding="utf-8")
    (source / "copy.csv").write_text("nom;nir\nDupont;1 84 12 75 123 456 78\n", encoding="utf-8")  # same content
    store = vault.Vault(tmp_path / "vault")
    seen: list[vault.Progress] = []
    report = acquisition.store_all(store, [source], progress=seen.append)
    assert not report.cancelled and not report.failed and len(report.stored) == 3
    assert seen[-1].done_files == 3 and seen[-1].done_bytes == seen[-1].total_bytes
    with session_factory.begin() as session:
        registered = acquisition.register_all(session, sample_case["case"], report.stored,
                                              acquisition.Defaults(acquired_by="J. Martin", tags=("seized",)))
        rows = evidence.list_rows(session, sample_case["case"])
    assert [r.new for r in registered].count(False) == 1  # the copy is a second acquisition
    assert len(rows) == 2 and {r.media_type for r in rows} >= {"text/csv"}
    assert all(store.verify(r.sha256, r.size).ok for r in rows)


def test_cancel_keeps_what_is_complete_and_nothing_partial(tmp_path: Path) -> None:
    source = tmp_path / "many"
    source.mkdir()
    for i in range(5):
        (source / f"f{i}.bin").write_bytes(bytes([i]) * 3_000_000)
    store = vault.Vault(tmp_path / "vault")
    state = {"second_file_started": False}

    def progress(p: vault.Progress) -> None:
        if p.done_files == 1 and p.current.endswith("f1.bin"):
            state["second_file_started"] = True

    def cancel() -> bool:
        return state["second_file_started"]  # in the middle of the second file

    report = acquisition.store_all(store, [source], progress=progress, cancel=cancel)
    assert report.cancelled and len(report.stored) == 1
    assert not list((tmp_path / "vault" / "tmp").glob("*.part"))
    assert store.verify(report.stored[0].stored.sha256).ok
