"""``cnil-case verify``: one line per problem naming the first broken link; exit 1 when anything is broken.

Also the start-up check every headless command runs, and the commands docs/integrity.md shows.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import time
from pathlib import Path

import pytest

from cnil_case import cli
from cnil_case.core import db, vault
from tests.helpers import tamper

DOC = Path(__file__).resolve().parents[1] / "docs" / "integrity.md"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def store(workspace_path: Path) -> vault.Vault:
    return vault.Vault(vault.vault_for(db.to_url(workspace_path), Path("/nonexistent")))


@pytest.fixture
def populated(session_factory: db.SessionFactory, store: vault.Vault, sample_case: dict[str, int],
              tmp_path: Path) -> tamper.Populated:
    return tamper.populate(session_factory, store, sample_case["case"], tmp_path / "files")


def test_intact_workspace_exits_0(capsys: pytest.CaptureFixture[str], workspace_path: Path,
                                  populated: tamper.Populated) -> None:
    code, out, err = _run(capsys, "verify", "--db", str(workspace_path))
    assert code == 0, out + err
    assert out.startswith("Intact: ") and "2 vault files" in out and err == ""


@pytest.mark.parametrize("kind", tamper.KINDS)
def test_each_tampering_is_one_line_and_exit_1(kind: str, capsys: pytest.CaptureFixture[str], workspace_path: Path,
                                               session_factory: db.SessionFactory, store: vault.Vault,
                                               populated: tamper.Populated) -> None:
    expected = tamper.tamper(kind, session_factory, store, populated)
    code, out, _ = _run(capsys, "verify", "--db", str(workspace_path))
    assert code == 1
    lines = out.splitlines()
    assert any(expected in line for line in lines), out
    assert "problem" in lines[-1] and " found " in lines[-1]


def test_the_audit_line_reads_as_documented(capsys: pytest.CaptureFixture[str], workspace_path: Path,
                                            session_factory: db.SessionFactory, store: vault.Vault,
                                            populated: tamper.Populated) -> None:
    tamper.tamper("audit-summary", session_factory, store, populated)
    code, out, _ = _run(capsys, "verify", "--db", str(workspace_path), "--json")
    assert code == 1
    report = json.loads(out)
    assert report["intact"] is False
    [problem] = report["problems"]
    assert re.fullmatch(r"audit log: entry #\d+ \(\d{4}-\d\d-\d\d \d\d:\d\d UTC, \w+ [\w_]+( #\d+)?\) "
                        r"does not match its hash: edited after it was written", problem["line"]), problem["line"]


def test_a_case_is_found_by_reference(capsys: pytest.CaptureFixture[str], workspace_path: Path,
                                      session_factory: db.SessionFactory, store: vault.Vault,
                                      populated: tamper.Populated) -> None:
    tamper.tamper("vault-unexpected", session_factory, store, populated)
    assert _run(capsys, "verify", "BRE-2024-001", "--db", str(workspace_path))[0] == 0
    assert _run(capsys, "verify", "--db", str(workspace_path))[0] == 1
    code, _, err = _run(capsys, "verify", "NOPE", "--db", str(workspace_path))
    assert code == 1 and "NOPE" in err


def test_headless_commands_run_the_start_up_check(capsys: pytest.CaptureFixture[str], workspace_path: Path,
                                                  store: vault.Vault, populated: tamper.Populated) -> None:
    store.tmp.mkdir(parents=True, exist_ok=True)
    part = store.tmp / "0123456789abcdef.part"
    part.write_bytes(b"half a file")
    old = time.time() - vault.STALE_TEMP_SECONDS - 60
    os.utime(part, (old, old))
    code, out, err = _run(capsys, "cases", "--db", str(workspace_path))
    assert code == 0 and "BRE-2024-001" in out
    assert "removed 1 unfinished vault copy" in err and not part.exists()
    assert _run(capsys, "cases", "--db", str(workspace_path))[2] == ""  # nothing left to say


def test_documented_commands_run(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # The worked examples run on the demo workspace, as written.
    commands = re.findall(r"^cnil-case (--demo .*verify.*)$", DOC.read_text(encoding="utf-8"), flags=re.MULTILINE)
    assert len(commands) == 2
    monkeypatch.chdir(tmp_path)
    for command in commands:
        code, out, err = _run(capsys, *shlex.split(command))
        assert code == 0, (command, out, err)
        assert "Intact" in out or json.loads(out)["intact"] is True
