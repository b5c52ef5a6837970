"""The command line: headless commands, exit codes, one-line errors for every bad workspace."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

import cnil_case
import cnil_case.ui
from cnil_case import cli, paths
from cnil_case.core import cases, db, demo


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _assert_one_line_error(code: int, err: str, *fragments: str) -> None:
    assert code == 1
    assert err.startswith("cnil-case: error: ")
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--version")
    assert (code, out) == (0, f"cnil-case {cnil_case.__version__}\n")
    code, out, _ = _run(capsys, "--help")
    assert code == 0
    for word in ("--db", "--demo", "cases", "export", "import"):
        assert word in out


@pytest.mark.parametrize(
    "argv",
    [["bogus"], ["export"], ["export", "X"], ["cases", "--nope"], ["--demo", "--db", "x.sqlite", "cases"]],
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = _run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert "usage: cnil-case" in err


def test_cases_lists_id_reference_status_title(
    capsys: pytest.CaptureFixture[str], workspace_path: Path, sample_case: dict[str, int]
) -> None:
    code, out, _ = _run(capsys, "--db", str(workspace_path), "cases")
    assert (code, out) == (0, f"{sample_case['case']}\tBRE-2024-001\topen\tTiers-payant portal intrusion\n")
    # --db is also accepted after the command.
    code, out, _ = _run(capsys, "cases", "--json", "--db", str(workspace_path))
    assert code == 0
    assert json.loads(out) == [
        {"id": sample_case["case"], "reference": "BRE-2024-001", "status": "open",
         "title": "Tiers-payant portal intrusion", "parties": 2, "events": 3}
    ]


def test_workspace_comes_from_the_environment_then_the_default(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, workspace_path: Path,
    sample_case: dict[str, int],
) -> None:
    monkeypatch.setenv("CNIL_CASE_DB", str(workspace_path))
    code, out, _ = _run(capsys, "cases")
    assert code == 0 and "BRE-2024-001" in out
    monkeypatch.delenv("CNIL_CASE_DB")
    code, out, _ = _run(capsys, "cases")
    assert (code, out) == (0, "")
    assert paths.default_workspace().exists()  # created and migrated on first use


def test_export_import_round_trip_through_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, workspace_path: Path, sample_case: dict[str, int]
) -> None:
    by_reference, by_id = tmp_path / "by-reference.json", tmp_path / "by-id.json"
    code, out, _ = _run(capsys, "--db", str(workspace_path), "export", "BRE-2024-001", "-o", str(by_reference))
    assert (code, out) == (0, f"BRE-2024-001: 3 events written to {by_reference}\n")
    code, _, _ = _run(capsys, "--db", str(workspace_path), "export", str(sample_case["case"]), "-o", str(by_id))
    assert code == 0
    first = json.loads(by_reference.read_text(encoding="utf-8"))
    assert {**json.loads(by_id.read_text(encoding="utf-8")), "exported_at": ""} == {**first, "exported_at": ""}

    other = tmp_path / "other.sqlite"
    code, out, _ = _run(capsys, "--db", str(other), "import", str(by_reference))
    assert (code, out) == (0, "1\tBRE-2024-001\n")
    code, out, _ = _run(capsys, "--db", str(other), "export", "BRE-2024-001", "-o", "-")
    assert code == 0
    second = json.loads(out)
    assert {**second, "exported_at": ""} == {**first, "exported_at": ""}

    code, _, err = _run(capsys, "--db", str(other), "import", str(by_reference))
    _assert_one_line_error(code, err, "by-reference.json, at $.case.reference", "--reference BRE-2024-001-2")
    code, out, _ = _run(capsys, "--db", str(other), "import", str(by_reference), "--reference", "COPY-1")
    assert (code, out) == (0, "2\tCOPY-1\n")


def test_unknown_case_is_one_line(capsys: pytest.CaptureFixture[str], workspace_path: Path, tmp_path: Path) -> None:
    code, _, err = _run(capsys, "--db", str(workspace_path), "export", "NOPE-1", "-o", str(tmp_path / "x.json"))
    _assert_one_line_error(code, err, "'NOPE-1'")
    assert not (tmp_path / "x.json").exists()


def test_malformed_document_is_one_line_with_its_json_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, workspace_path: Path
) -> None:
    document = json.loads(paths.demo_document().read_text(encoding="utf-8"))
    document["events"][3]["occurred"]["at"] = "2024-02-30"
    bad = tmp_path / "case.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    code, _, err = _run(capsys, "--db", str(workspace_path), "import", str(bad))
    _assert_one_line_error(code, err, f"{bad}, at $.events[3].occurred.at: \"2024-02-30\" is not a date-time with offset")
    bad.write_text('{"format": "cnil-case/case-document",\n "version": 9}', encoding="utf-8")
    code, _, err = _run(capsys, "--db", str(workspace_path), "import", str(bad))
    _assert_one_line_error(code, err, "at $.version", "written by a newer cnil-case")
    bad.write_text("{\n\n  oops", encoding="utf-8")
    code, _, err = _run(capsys, "--db", str(workspace_path), "import", str(bad))
    _assert_one_line_error(code, err, "is not valid JSON", "line 3, column 3")
    code, _, err = _run(capsys, "--db", str(workspace_path), "import", str(tmp_path / "missing.json"))
    _assert_one_line_error(code, err, "missing.json: no such file")
    with db.open_workspace(workspace_path)[1]() as session:
        assert cases.list_rows(session) == []


def test_demo_workspace_is_separate(capsys: pytest.CaptureFixture[str], workspace_path: Path) -> None:
    code, out, _ = _run(capsys, "--demo", "cases")
    assert code == 0
    assert f"\t{demo.REFERENCE}\topen\t" in out
    assert paths.demo_workspace().exists()
    assert not paths.default_workspace().exists()


# --- workspaces that cannot be used -----------------------------------------------------------


def _garbage(tmp_path: Path) -> str:
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"\x00\xffnot a database" * 300)
    return str(path)


def _foreign(tmp_path: Path) -> str:
    path = tmp_path / "accounts.sqlite"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    return str(path)


def _newer(tmp_path: Path) -> str:
    path = tmp_path / "newer.sqlite"
    engine, _ = db.open_workspace(path)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    engine.dispose()
    return str(path)


@pytest.mark.parametrize(
    ("make", "fragments"),
    [
        pytest.param(_garbage, ("garbage.sqlite", "not a cnil-case workspace"), id="garbage bytes"),
        pytest.param(lambda tmp: str(tmp), ("is a folder",), id="a directory"),
        pytest.param(lambda tmp: str(tmp / "no" / "such" / "w.sqlite"), ("does not exist",), id="missing folder"),
        pytest.param(_foreign, ("database of another program", "invoices"), id="another program's database"),
        pytest.param(_newer, ("newer version of cnil-case", "ffff9999"), id="newer schema"),
        pytest.param(lambda tmp: "nosuchdialect://host/db", ("driver is not installed",), id="unknown driver"),
    ],
)
def test_unusable_workspaces_get_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, make: Any, fragments: tuple[str, ...]
) -> None:
    target = make(tmp_path)
    for argv in (["cases"], ["export", "X", "-o", str(tmp_path / "x.json")], ["import", str(paths.demo_document())]):
        code, _, err = _run(capsys, "--db", target, *argv)
        _assert_one_line_error(code, err, *fragments)


def test_read_only_workspace_lists_but_refuses_writes(
    capsys: pytest.CaptureFixture[str], workspace_path: Path, sample_case: dict[str, int], engine: db.Engine
) -> None:
    engine.dispose()
    url = f"sqlite:///file:{workspace_path}?mode=ro&uri=true"
    code, out, _ = _run(capsys, "--db", url, "cases")
    assert code == 0 and "BRE-2024-001" in out
    code, _, err = _run(capsys, "--db", url, "import", str(paths.demo_document()))
    _assert_one_line_error(code, err, str(workspace_path), "is read-only")


@pytest.fixture
def locked(workspace_path: Path, engine: db.Engine) -> Iterator[str]:
    """Another program holds the workspace's write lock; the URL waits 0.1 s instead of 5."""
    engine.dispose()
    holder = sqlite3.connect(workspace_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield f"sqlite:///{workspace_path}?timeout=0.1"
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_locked_workspace_gets_one_line(capsys: pytest.CaptureFixture[str], locked: str, workspace_path: Path) -> None:
    code, _, err = _run(capsys, "--db", locked, "import", str(paths.demo_document()))
    _assert_one_line_error(code, err, str(workspace_path), "is locked by another program")


def test_a_bug_is_logged_and_reported_in_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, workspace_path: Path
) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(cases, "list_rows", broken)
    code, _, err = _run(capsys, "--db", str(workspace_path), "cases")
    log_file = paths.log_dir() / cli.LOG_FILE
    _assert_one_line_error(code, err, "unexpected RuntimeError: boom second line", f"details in {log_file}")
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: boom" in logged and "cases" in logged


def test_unwritable_data_folder_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("CNIL_CASE_HOME", str(blocker / "home"))  # a folder inside a file: never creatable
    code, _, err = _run(capsys, "cases")
    _assert_one_line_error(code, err, "cannot create the cnil-case data folder", "--db", "CNIL_CASE_HOME")


# --- starting the window ----------------------------------------------------------------------


@pytest.fixture
def gui_runs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int | None]]:
    """Replace ``cnil_case.ui.app`` by a recorder: no Qt, no window."""
    calls: list[tuple[str, int | None]] = []

    def run(target: str, *, open_case: int | None = None) -> int:
        calls.append((target, open_case))
        return 0

    fake = types.ModuleType("cnil_case.ui.app")
    fake.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cnil_case.ui.app", fake)
    monkeypatch.setattr(cnil_case.ui, "app", fake, raising=False)
    return calls


def test_no_command_starts_the_window_on_the_workspace(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, gui_runs: list[tuple[str, int | None]]
) -> None:
    assert _run(capsys, "--db", "some.sqlite")[0] == 0
    monkeypatch.setenv("CNIL_CASE_DB", "postgresql+psycopg://team@server/cases")
    assert _run(capsys)[0] == 0
    monkeypatch.delenv("CNIL_CASE_DB")
    assert _run(capsys)[0] == 0
    assert gui_runs == [
        ("some.sqlite", None),
        ("postgresql+psycopg://team@server/cases", None),
        (str(paths.default_workspace()), None),
    ]


def test_demo_starts_the_window_on_the_demo_case(
    capsys: pytest.CaptureFixture[str], gui_runs: list[tuple[str, int | None]]
) -> None:
    assert _run(capsys, "--demo")[0] == 0
    assert _run(capsys, "--demo")[0] == 0  # the second start finds the case already there
    target, case_id = gui_runs[0]
    assert target == str(paths.demo_workspace())
    assert gui_runs[1] == gui_runs[0]
    engine, factory = db.open_workspace(target)
    with factory() as session:
        assert case_id == cases.find(session, demo.REFERENCE)
    engine.dispose()


def test_no_display_is_one_line_that_says_what_to_do(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, gui_runs: list[tuple[str, int | None]]
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    code, _, err = _run(capsys, "--demo")
    _assert_one_line_error(code, err, "no display found", "QT_QPA_PLATFORM=offscreen", "headless command")
    assert gui_runs == []


# --- real processes ---------------------------------------------------------------------------


def _process(*argv: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cnil_case", *argv],
        capture_output=True, text=True, input=stdin, check=False, timeout=120,
    )


def test_headless_commands_never_import_qt(workspace_path: Path) -> None:
    script = (
        "import sys\n"
        "from cnil_case import cli\n"
        f"code = cli.main(['cases', '--db', {str(workspace_path)!r}])\n"
        "assert code == 0, code\n"
        f"code = cli.main(['--demo', 'export', {demo.REFERENCE!r}, '-o', '-'])\n"
        "assert code == 0, code\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr


def test_processes_round_trip_and_fail_in_one_line(tmp_path: Path) -> None:
    source, target = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    demo_out = tmp_path / "demo.json"
    assert _process("--version").stdout == f"cnil-case {cnil_case.__version__}\n"
    result = _process("--demo", "export", demo.REFERENCE, "-o", str(demo_out))
    assert result.returncode == 0, result.stderr
    result = _process("import", "-", "--db", str(source), stdin=demo_out.read_text(encoding="utf-8"))
    assert (result.returncode, result.stdout) == (0, f"1\t{demo.REFERENCE}\n"), result.stderr
    exported = _process("--db", str(source), "export", "1", "-o", "-")
    assert exported.returncode == 0, exported.stderr
    result = _process("--db", str(target), "import", "-", "--reference", "COPY", stdin=exported.stdout)
    assert (result.returncode, result.stdout) == (0, "1\tCOPY\n"), result.stderr
    listed = _process("--db", str(target), "cases", "--json")
    assert [row["reference"] for row in json.loads(listed.stdout)] == ["COPY"]

    garbage = _garbage(tmp_path)
    for argv in (["--db", garbage, "cases"], ["--db", str(target), "export", "NOPE", "-o", "-"]):
        result = _process(*argv)
        assert result.returncode == 1
        assert result.stdout == ""
        assert result.stderr.startswith("cnil-case: error: ") and result.stderr.count("\n") == 1, result.stderr
    assert _process("frobnicate").returncode == 2
