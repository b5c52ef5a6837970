"""``cnil-case backup -o FILE`` and ``cnil-case restore FILE [--db TARGET] [--force]``."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from cnil_case import cli


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_then_restore(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source, archive, restored = tmp_path / "w.sqlite", tmp_path / "b.zip", tmp_path / "r.sqlite"
    (tmp_path / "seized.txt").write_text("evidence", encoding="utf-8")
    assert _run(capsys, "--db", str(source), "import", str(_demo_document()))[0] == 0
    assert _run(capsys, "--db", str(source), "evidence", "add", "DEMO-VIAMEDIS-ALMERYS-2024",
                str(tmp_path / "seized.txt"))[0] == 0
    code, out, err = _run(capsys, "--db", str(source), "backup", "-o", str(archive))
    assert code == 0 and "1 evidence file written to" in out and not err
    code, out, err = _run(capsys, "restore", str(archive), "--db", str(restored))
    assert code == 0 and "restored into" in out and not err, err
    assert _run(capsys, "--db", str(restored), "verify")[0] == 0

    code, _, err = _run(capsys, "restore", str(archive), "--db", str(restored))
    assert code == 1 and err.count("\n") == 1 and "is not empty" in err and "--force" in err
    assert _run(capsys, "restore", str(archive), "--db", str(restored), "--force")[0] == 0


def test_a_damaged_archive_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    archive = tmp_path / "b.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("x", "y")
    code, _, err = _run(capsys, "restore", str(archive), "--db", str(tmp_path / "r.sqlite"))
    assert code == 1 and err.startswith("cnil-case: error: ") and err.count("\n") == 1
    assert "not a cnil-case backup" in err and not (tmp_path / "r.sqlite").exists()


def _demo_document() -> Path:
    from cnil_case import paths

    return paths.demo_document()
