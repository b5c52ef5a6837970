"""``cnil-case timeline import / export / undo-import / imports`` and ``cnil-case search``, headless."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cnil_case import cli

CSV = (
    "message,datetime,timestamp_desc,user\n"
    "Connexion de l'élève,2024-01-29T10:15:00.5+01:00,Last Login,dr.martin\n"
    "Export massif,2024-01-29T10:20:00+01:00,Event Recorded,dr.martin\n"
)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_error(code: int, err: str, *fragments: str) -> None:
    assert code == 1 and err.startswith("cnil-case: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err


def test_import_search_export_undo(capsys: pytest.CaptureFixture[str], workspace_path: Path,
                                   sample_case: dict[str, int], tmp_path: Path) -> None:
    db_ = str(workspace_path)
    source = tmp_path / "portal.csv"
    source.write_text(CSV, encoding="utf-8")
    code, out, err = _run(capsys, "timeline", "import", "BRE-2024-001", str(source), "--db", db_)
    assert code == 0, err
    assert out.startswith("import #1: 2 events from portal.csv (2 lines read, 0 skipped), sha256 ")

    code, out, _ = _run(capsys, "search", "eleve", "--db", db_)
    assert code == 0 and out.startswith("event\t") and "[élève]" in out and "BRE-2024-001" in out
    code, out, _ = _run(capsys, "search", "BRE-2024-001", "dr.martin export", "--json", "--db", db_)
    (hit,) = json.loads(out)
    assert hit["title"] == "Export massif" and hit["case"] == "BRE-2024-001"
    code, out, _ = _run(capsys, "search", '"unbalanced', "--db", db_)
    assert code == 0 and out == ""

    target = tmp_path / "out.jsonl"
    code, out, _ = _run(capsys, "timeline", "export", "BRE-2024-001", "-o", str(target), "--text", "export",
                        "--db", db_)
    assert code == 0 and out == "1 event written to " + str(target) + "\n"
    (line,) = target.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["datetime"] == "2024-01-29T10:20:00+01:00"
    code, out, _ = _run(capsys, "timeline", "export", "BRE-2024-001", "-o", "-", "--db", db_)
    assert out.splitlines()[0].startswith("message,datetime,timestamp,timestamp_desc,user,")
    assert len(out.splitlines()) == 6  # header, the sample case's 3 events, the 2 imported

    code, out, _ = _run(capsys, "timeline", "imports", "BRE-2024-001", "--json", "--db", db_)
    assert json.loads(out)[0]["imported"] == 2
    code, out, _ = _run(capsys, "timeline", "undo-import", "BRE-2024-001", "1", "--db", db_)
    assert (code, out) == (0, "import #1 undone: 2 events deleted\n")
    code, out, _ = _run(capsys, "search", "eleve", "--db", db_)
    assert out == ""
    code, _, err = _run(capsys, "timeline", "undo-import", "BRE-2024-001", "1", "--db", db_)
    _one_line_error(code, err, "undone already")


def test_bad_input_is_one_line(capsys: pytest.CaptureFixture[str], workspace_path: Path,
                               sample_case: dict[str, int], tmp_path: Path) -> None:
    db_ = str(workspace_path)
    bad = tmp_path / "bad.csv"
    bad.write_text(CSV.replace("2024-01-29T10:20:00+01:00", "2024-01-29 10:20"), encoding="utf-8")
    code, _, err = _run(capsys, "timeline", "import", "BRE-2024-001", str(bad), "--db", db_)
    _one_line_error(code, err, "bad.csv, line 3", "no UTC offset")
    code, out, err = _run(capsys, "timeline", "import", "BRE-2024-001", str(bad), "--skip-bad-lines", "--db", db_)
    assert code == 0 and "1 skipped" in out and "skipped line 3: 'datetime' value" in err
    code, out, err = _run(capsys, "timeline", "import", "BRE-2024-001", str(bad), "--zone", "Europe/Paris",
                          "--db", db_)
    assert code == 0 and "2 events" in out

    generic = tmp_path / "log.csv"
    generic.write_text("quand;quoi\n29/01/2024 10:15;Accès\n", encoding="utf-8")
    code, _, err = _run(capsys, "timeline", "import", "BRE-2024-001", str(generic), "--format", "csv", "--db", db_)
    _one_line_error(code, err, "--time-column and --title-column")
    code, out, err = _run(capsys, "timeline", "import", "BRE-2024-001", str(generic), "--time-column", "quand",
                          "--time-format", "%d/%m/%Y %H:%M", "--title-column", "quoi", "--zone", "Europe/Paris",
                          "--db", db_)
    assert code == 0, err
    code, _, err = _run(capsys, "timeline", "import", "BRE-2024-001", str(generic), "--time-column", "when",
                        "--title-column", "quoi", "--db", db_)
    _one_line_error(code, err, "log.csv: no 'when' column (the columns are: quand, quoi)")
    code, _, err = _run(capsys, "timeline", "import", "BRE-2024-001", str(tmp_path / "missing.csv"), "--db", db_)
    _one_line_error(code, err, "missing.csv")
    code, _, err = _run(capsys, "timeline", "import", "BRE-2024-001", str(bad), "--zone", "Mars/Olympus", "--db", db_)
    _one_line_error(code, err, "'Mars/Olympus' is not an IANA time zone")
