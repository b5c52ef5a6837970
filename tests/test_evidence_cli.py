"""``cnil-case evidence``: add, list, verify, manifest and check-folder, headless."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cnil_case import cli
from cnil_case.core import db, evidence, vault


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def seized(tmp_path: Path) -> Path:
    folder = tmp_path / "seized"
    (folder / "logs").mkdir(parents=True)
    (folder / "logs" / "portal.log").write_text("login 203.0.113.7\n", encoding="utf-8")
    (folder / "export.csv").write_text("nom;nir\nDupont;1 84\n", encoding="utf-8")
    (folder / "copy.csv").write_text("nom;nir\nDupont;1 84\n", encoding="utf-8")
    os.mkfifo(folder / "pipe")
    return folder


def _store(workspace_path: Path) -> vault.Vault:
    return vault.Vault(vault.vault_for(db.to_url(workspace_path), Path("/nonexistent")))


def test_add_list_and_custody(capsys: pytest.CaptureFixture[str], workspace_path: Path, sample_case: dict[str, int],
                              seized: Path, session_factory: db.SessionFactory) -> None:
    db_ = str(workspace_path)
    code, out, err = _run(capsys, "evidence", "add", "BRE-2024-001", str(seized), "--db", db_, "--by", "J. Martin",
                          "--method", "seized USB key", "--from", "opérateur tp", "--exhibit", "S-1", "--tag", "seized")
    assert (code, err) == (0, "")
    states = [line.split("\t")[0] for line in out.splitlines()]
    assert states == ["added", "already present (second acquisition recorded)", "added", "skipped"]
    assert "named pipe" in out
    code, out, _ = _run(capsys, "evidence", "list", "BRE-2024-001", "--json", "--db", db_)
    listed = json.loads(out)
    assert [item["name"] for item in listed] == ["copy.csv", "portal.log"]
    assert listed[0]["from_party"] == "Opérateur TP" and listed[0]["exhibit"] == "S-1"
    assert listed[0]["tags"] == ["seized"] and listed[0]["acquisitions"] == 2
    code, out, _ = _run(capsys, "evidence", "list", "BRE-2024-001", "--db", db_)
    assert code == 0 and out.splitlines()[1].endswith("\tS-1\tportal.log")


def test_add_errors(capsys: pytest.CaptureFixture[str], workspace_path: Path, sample_case: dict[str, int],
                    tmp_path: Path) -> None:
    db_ = str(workspace_path)
    code, out, err = _run(capsys, "evidence", "add", "BRE-2024-001", str(tmp_path / "nope"), "--db", db_)
    assert code == 0 and out.startswith("skipped\t")
    code, _, err = _run(capsys, "evidence", "add", "BRE-2024-001", str(tmp_path), "--from", "Nobody", "--db", db_)
    assert code == 1 and err.count("\n") == 1 and "Mutuelle Exemple" in err
    unreadable = tmp_path / "secret.txt"
    unreadable.write_text("x", encoding="utf-8")
    unreadable.chmod(0)
    if os.access(unreadable, os.R_OK):
        pytest.skip("running as a user who reads anything")
    code, out, _ = _run(capsys, "evidence", "add", "BRE-2024-001", str(unreadable), "--db", db_)
    assert code == 1 and out.startswith("failed\t")


def test_verify_records_results_and_reports_tampering(
    capsys: pytest.CaptureFixture[str], workspace_path: Path, sample_case: dict[str, int], seized: Path,
    session_factory: db.SessionFactory,
) -> None:
    db_ = str(workspace_path)
    _run(capsys, "evidence", "add", "1", str(seized / "export.csv"), str(seized / "logs"), "--db", db_)
    code, out, _ = _run(capsys, "evidence", "verify", "--db", db_)
    assert (code, out) == (0, "2 of 2 files verified OK\n")
    with session_factory() as session:
        rows = evidence.list_rows(session, sample_case["case"])
        assert evidence.custody(session, rows[0].id)[-1].action == "verified_ok"
    store = _store(workspace_path)
    victim = store.path_for(rows[0].sha256)
    victim.chmod(0o644)
    victim.write_text("nom;nir\nDurand;1 84\n", encoding="utf-8")
    (victim.parent / ("0" * 64)).write_bytes(b"stray")
    code, out, _ = _run(capsys, "evidence", "verify", "BRE-2024-001", "--db", db_)
    assert code == 1 and out.startswith("FAILED\tcontent changed: SHA-256 is now ")
    assert "unexpected" not in out  # one case: other cases may own other files
    code, out, _ = _run(capsys, "evidence", "verify", "--db", db_)
    assert code == 1 and "unexpected\t" in out and out.endswith("1 of 2 files verified OK, 1 failed, 1 unexpected\n")
    with session_factory() as session:
        assert evidence.custody(session, rows[0].id)[-1].action == "verified_failed"


def test_manifest_and_check_folder_round_trip(
    capsys: pytest.CaptureFixture[str], workspace_path: Path, sample_case: dict[str, int], seized: Path,
    tmp_path: Path,
) -> None:
    db_ = str(workspace_path)
    _run(capsys, "evidence", "add", "BRE-2024-001", str(seized / "export.csv"), str(seized / "logs"), "--db", db_)
    out_dir = tmp_path / "out"
    code, out, err = _run(capsys, "evidence", "manifest", "BRE-2024-001", "-o", str(out_dir), "--db", db_)
    assert (code, err) == (0, "")
    assert out == f"2 files exported to {out_dir} (manifest.csv, manifest.pdf)\n"
    assert (out_dir / "manifest.pdf").read_bytes().startswith(b"%PDF")
    code, out, _ = _run(capsys, "evidence", "check-folder", str(out_dir))
    assert code == 0 and out.endswith("2 matching, 0 differing, 0 missing, 0 unexpected\n")
    (out_dir / "files" / "1_export.csv").unlink()
    code, out, _ = _run(capsys, "evidence", "check-folder", str(out_dir))
    assert code == 1 and "MISSING\tfiles/1_export.csv" in out
    code, _, err = _run(capsys, "evidence", "manifest", "BRE-2024-001", "-o", str(out_dir), "--db", db_)
    assert code == 1 and "already holds an export" in err and err.count("\n") == 1
    code, _, err = _run(capsys, "evidence", "check-folder", str(tmp_path))
    assert code == 1 and "no manifest.csv" in err


def test_evidence_commands_never_import_qt(workspace_path: Path, sample_case: dict[str, int], seized: Path,
                                           tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    script = (
        "import sys\n"
        "from cnil_case import cli\n"
        f"db = {str(workspace_path)!r}\n"
        f"assert cli.main(['evidence', 'add', '1', {str(seized / 'export.csv')!r}, '--db', db]) == 0\n"
        "assert cli.main(['evidence', 'list', '1', '--db', db]) == 0\n"
        "assert cli.main(['evidence', 'verify', '--db', db]) == 0\n"
        f"assert cli.main(['evidence', 'manifest', '1', '-o', {str(out_dir)!r}, '--db', db]) == 0\n"
        f"assert cli.main(['evidence', 'check-folder', {str(out_dir)!r}]) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr


def test_bundle_carries_the_files_to_another_workspace(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, workspace_path: Path, sample_case: dict[str, int],
    seized: Path,
) -> None:
    db_ = str(workspace_path)
    assert _run(capsys, "evidence", "add", "BRE-2024-001", str(seized / "logs"), str(seized / "export.csv"),
                "--db", db_)[0] == 0
    out_dir = tmp_path / "bundle"
    code, out, err = _run(capsys, "export", "BRE-2024-001", "--bundle", str(out_dir), "--db", db_)
    assert (code, err) == (0, "") and "2 evidence files" in out
    assert sorted(p.name for p in (out_dir / "vault").iterdir()) == sorted(
        r.sha256 for r in _items(workspace_path))
    # Into a fresh workspace: the files come along, hashes checked, custody as recorded.
    other = tmp_path / "other" / "w.sqlite"
    other.parent.mkdir()
    code, out, err = _run(capsys, "import", str(out_dir), "--db", str(other))
    assert (code, err) == (0, "")
    code, out, _ = _run(capsys, "evidence", "verify", "--db", str(other))
    assert code == 0, out
    # A plain JSON import says which files it could not bring.
    third = tmp_path / "third" / "w.sqlite"
    third.parent.mkdir()
    code, _, err = _run(capsys, "import", str(out_dir / "case.json"), "--db", str(third))
    assert code == 0 and "2 evidence file(s) are not in the vault" in err
    # Exporting over a non-empty folder is refused; a file altered in transit is refused.
    assert _run(capsys, "export", "BRE-2024-001", "--bundle", str(out_dir), "--db", db_)[0] == 1
    victim = next((out_dir / "vault").iterdir())
    victim.write_bytes(b"altered")
    fourth = tmp_path / "fourth" / "w.sqlite"
    fourth.parent.mkdir()
    code, _, err = _run(capsys, "import", str(out_dir), "--db", str(fourth))
    assert code == 1 and "altered after the bundle was written" in err


def _items(workspace_path: Path) -> list[evidence.EvidenceRow]:
    engine, factory = db.open_workspace(workspace_path)
    try:
        with factory() as session:
            return evidence.list_rows(session, 1)
    finally:
        engine.dispose()
