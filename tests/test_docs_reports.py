"""docs/reports.md: every command it shows runs as written on the demo workspace."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from cnil_case import cli

DOC = Path(__file__).resolve().parents[1] / "docs" / "reports.md"
COMMANDS = [line for line in re.findall(r"^cnil-case .*$", DOC.read_text(encoding="utf-8"), flags=re.MULTILINE)
            if " report " in line]

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils like the report tests")


def test_the_page_shows_every_kind() -> None:
    kinds = {shlex.split(c)[shlex.split(c).index("--kind") + 1] for c in COMMANDS}
    assert kinds == {"art33", "art34", "investigation", "register"}


@pytest.mark.parametrize("command", COMMANDS)
def test_documented_command_runs(command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    arguments = shlex.split(command)[1:]
    assert cli.main(arguments) == 0, capsys.readouterr().err
    output = Path(arguments[arguments.index("-o") + 1])
    data = output.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" if output.suffix == ".csv" else b"%PDF")
    assert "SHA-256" in capsys.readouterr().out
