"""Encrypted workspaces on the command line: new-workspace --encrypted, the passphrase from the
environment or a file, a wrong or missing one refused in one line with nothing touched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cnil_case import cli, paths
from cnil_case.core import crypto, db

PASSPHRASE = "correct horse battery staple"
NIR = "1 84 12 75 123 456 78"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _state(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}


def test_encrypted_workspace_from_the_command_line(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    workspace = tmp_path / "ws" / "case.sqlite"
    workspace.parent.mkdir()
    monkeypatch.delenv(crypto.ENV_PASSPHRASE, raising=False)
    code, _, err = _run(capsys, "new-workspace", str(workspace), "--encrypted")
    assert code == 1 and "passphrase" in err and not workspace.exists()

    monkeypatch.setenv(crypto.ENV_PASSPHRASE, PASSPHRASE)
    code, out, err = _run(capsys, "new-workspace", str(workspace), "--encrypted")
    assert code == 0 and "encrypted workspace" in out, err
    assert db.is_encrypted(workspace) and (workspace.with_suffix(".vault") / crypto.HEADER_FILE).is_file()
    assert _run(capsys, "--db", str(workspace), "import", str(paths.demo_document()))[0] == 0
    evidence = tmp_path / "export.csv"
    evidence.write_text(f"nom;nir\nJeanne Martin;{NIR}\n", encoding="utf-8")
    code, _, err = _run(capsys, "--db", str(workspace), "evidence", "add", "DEMO-VIAMEDIS-ALMERYS-2024", str(evidence))
    assert code == 0, err
    assert _run(capsys, "--db", str(workspace), "verify")[0] == 0
    for path in (p for p in workspace.parent.rglob("*") if p.is_file()):
        data = path.read_bytes()
        assert NIR.encode() not in data and b"Jeanne Martin" not in data, path

    # The passphrase from a file, the environment cleared.
    monkeypatch.delenv(crypto.ENV_PASSPHRASE)
    secret_file = tmp_path / "passphrase"
    secret_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    code, out, _ = _run(capsys, "--db", str(workspace), "--passphrase-file", str(secret_file), "cases")
    assert code == 0 and "DEMO-VIAMEDIS-ALMERYS-2024" in out

    before = _state(workspace.parent)
    code, _, err = _run(capsys, "--db", str(workspace), "cases")
    assert code == 1 and err.count("\n") == 1 and "is encrypted" in err and "CNIL_CASE_PASSPHRASE" in err
    monkeypatch.setenv(crypto.ENV_PASSPHRASE, "wrong")
    code, _, err = _run(capsys, "--db", str(workspace), "cases")
    assert code == 1 and err.count("\n") == 1 and "Wrong passphrase" in err
    assert PASSPHRASE not in err and "wrong" not in err.split("Wrong")[0]
    assert _state(workspace.parent) == before

    # Backup and restore, the restore asking for the passphrase the same way.
    monkeypatch.setenv(crypto.ENV_PASSPHRASE, PASSPHRASE)
    archive = tmp_path / "backup.zip"
    assert _run(capsys, "--db", str(workspace), "backup", "-o", str(archive))[0] == 0
    restored = tmp_path / "restored" / "case.sqlite"
    restored.parent.mkdir()
    monkeypatch.delenv(crypto.ENV_PASSPHRASE)
    code, _, err = _run(capsys, "restore", str(archive), "--db", str(restored))
    assert code == 1 and "encrypted" in err and os.listdir(restored.parent) == []
    code, out, err = _run(capsys, "restore", str(archive), "--db", str(restored), "--passphrase-file", str(secret_file))
    assert code == 0 and "restored into" in out, err
    code, out, _ = _run(capsys, "--db", str(restored), "--passphrase-file", str(secret_file), "verify")
    assert code == 0, out
