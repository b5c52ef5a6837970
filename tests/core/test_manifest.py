"""Manifests: export a selection with verified copies, then check a received folder against it."""

from __future__ import annotations

import csv
import datetime as dt
import os
from pathlib import Path

import pytest

from cnil_case.core import acquisition, db, evidence, manifest, vault
from cnil_case.core.snapshots import Moment


def _add(tmp_path: Path, factory: db.SessionFactory, case_id: int, files: dict[str, bytes],
         **defaults: object) -> tuple[vault.Vault, list[int]]:
    source = tmp_path / "source"
    source.mkdir(exist_ok=True)
    for name, content in files.items():
        (source / name).write_bytes(content)
    store = vault.Vault(tmp_path / "vault")
    report = acquisition.store_all(store, [source / name for name in files])
    with factory.begin() as session:
        registered = acquisition.register_all(session, case_id, report.stored, acquisition.Defaults(**defaults))  # type: ignore[arg-type]
    return store, [r.row.id for r in registered]


@pytest.fixture
def exported(tmp_path: Path, session_factory: db.SessionFactory, sample_case: dict[str, int]) -> manifest.ExportReport:
    acquired = Moment(dt.datetime(2024, 2, 1, 9, 30, tzinfo=dt.UTC), "minute", 60)
    store, ids = _add(tmp_path, session_factory, sample_case["case"],
                      {"portal.log": b"login 203.0.113.7\n", "r\u00e9sum\u00e9 <&>.txt": b"caf\xc3\xa9\n",
                       "export.csv": b"nom;nir\n"},
                      acquired_by="J. Martin", exhibit="S-1", acquired=acquired)
    return manifest.export(session_factory, store, sample_case["case"], ids, tmp_path / "out",
                           pdf=lambda m: b"%PDF-fake")


def test_export_copies_verified_files_and_records_custody(
    exported: manifest.ExportReport, session_factory: db.SessionFactory
) -> None:
    out = exported.folder
    assert exported.failed == ()
    files = sorted(p.name for p in (out / "files").iterdir())
    # Same exhibit for all three: the prefix is the exhibit, names stay unique and safe.
    assert files == ["S-1_export.csv", "S-1_portal.log", "S-1_r\u00e9sum\u00e9 _&_.txt"]
    assert (out / "manifest.pdf").read_bytes() == b"%PDF-fake"
    with open(out / "manifest.csv", encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.DictReader(handle))
    assert [line["name"] for line in lines] == ["portal.log", "r\u00e9sum\u00e9 <&>.txt", "export.csv"]
    assert lines[0]["acquired"] == "2024-02-01T10:30:00+01:00" and lines[0]["acquired_by"] == "J. Martin"
    assert lines[0]["custody_summary"].startswith("acquired; last: acquired ")
    with session_factory() as session:
        for row in exported.manifest.rows:
            chain = evidence.custody(session, row.evidence_id)
            assert chain[-1].action == "exported"
            assert chain[-1].details["to"] == str((out / row.file).resolve())
            assert evidence.verify_custody(session, row.evidence_id) is None


def test_round_trip_then_altered_missing_and_unexpected(exported: manifest.ExportReport) -> None:
    out = exported.folder
    check = manifest.verify_folder(out)
    assert check.clean and len(check.matching) == 3
    altered = out / exported.manifest.rows[0].file
    os.chmod(altered, 0o644)
    altered.write_bytes(b"login 203.0.113.8\n")  # same size, other content
    gone = exported.manifest.rows[1].file
    (out / gone).unlink()
    (out / "files" / "extra.txt").write_text("slipped in", encoding="utf-8")
    check = manifest.verify_folder(out)
    assert check.differing == (exported.manifest.rows[0].file,)
    assert check.missing == (gone,)
    assert check.unexpected == ("files/extra.txt",)
    assert check.matching == (exported.manifest.rows[2].file,)
    assert not check.clean


def test_a_second_export_into_the_same_folder_is_refused(
    exported: manifest.ExportReport, session_factory: db.SessionFactory, sample_case: dict[str, int], tmp_path: Path
) -> None:
    with pytest.raises(manifest.ManifestError, match="already holds an export"):
        manifest.export(session_factory, vault.Vault(tmp_path / "vault"), sample_case["case"], [], exported.folder)


def test_a_damaged_vault_object_is_not_exported(
    tmp_path: Path, session_factory: db.SessionFactory, sample_case: dict[str, int]
) -> None:
    store, ids = _add(tmp_path, session_factory, sample_case["case"], {"a.txt": b"one", "b.txt": b"two"})
    with session_factory() as session:
        victim = evidence.get(session, ids[0])
    path = store.path_for(victim.sha256)
    os.chmod(path, 0o644)
    path.write_bytes(b"ONE")
    report = manifest.export(session_factory, store, sample_case["case"], [], tmp_path / "out")
    assert [name for name, _ in report.failed] == ["a.txt"] and "does not match" in report.failed[0][1]
    assert [row.name for row in report.manifest.rows] == ["b.txt"]
    assert not list((tmp_path / "out" / "files").glob(".*.part"))
    assert manifest.verify_folder(tmp_path / "out").clean


def test_malformed_manifests_are_user_errors(tmp_path: Path) -> None:
    with pytest.raises(manifest.ManifestError, match="does not exist"):
        manifest.verify_folder(tmp_path)
    (tmp_path / "manifest.csv").write_text("file,sha256,size\n../etc/passwd,00,1\n", encoding="utf-8")
    with pytest.raises(manifest.ManifestError, match="line 2.*not a path inside"):
        manifest.verify_folder(tmp_path)
    (tmp_path / "manifest.csv").write_text("name\nx\n", encoding="utf-8")
    with pytest.raises(manifest.ManifestError, match="no file, sha256, size column"):
        manifest.verify_folder(tmp_path)
