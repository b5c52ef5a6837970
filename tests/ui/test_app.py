"""Start-up: no display, a bad workspace file, the crash handler, fonts; import and export."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from cnil_case import cli
from cnil_case.core import caseio, cases, db, demo
from cnil_case.ui import app, mainwindow, messages, tasks
from tests.ui import conftest
from tests.ui.conftest import Dialogs


@pytest.fixture(autouse=True)
def _no_log_file_left() -> Iterator[None]:
    """``run`` adds a file handler to the root logger: remove it so tests stay independent."""
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "cnil_case", False)]:
        root.removeHandler(handler)
        handler.close()


def test_run_without_display_says_what_to_do(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert app.run(str(tmp_path / "w.sqlite")) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no display" in err and "xvfb-run" in err and "QT_QPA_PLATFORM=offscreen" in err
    assert not (tmp_path / "w.sqlite").exists()


@pytest.mark.parametrize("environ", [{"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"},
                                     {"QT_QPA_PLATFORM": "offscreen"}])
def test_a_display_or_platform_is_enough(environ: dict[str, str]) -> None:
    assert cli.display_problem(environ, "linux") is None


def test_other_systems_are_not_checked() -> None:
    assert cli.display_problem({}, "win32") is None


# The window's frame shows before the workspace opens; Qt's offscreen platform warns about it.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_run_on_a_corrupt_file_shows_the_error(
    qapp: QApplication, tmp_path: Path, dialogs: Dialogs, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "garbage.sqlite"
    bad.write_bytes(b"this is not a database, just some bytes " * 100)
    assert app.run(str(bad)) == 1
    # The frame ("Opening workspace…") was shown, then closed with the error.
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())
    (error,) = dialogs.errors
    assert str(bad) in str(error) and "not a cnil-case workspace" in str(error)
    assert str(error) in capsys.readouterr().err
    assert bad.read_bytes().startswith(b"this is not a database")


def test_fonts_are_bundled(qapp: QApplication) -> None:
    app.load_fonts()
    assert "DejaVu Sans" in QFontDatabase.families()
    assert QApplication.font().family() == "DejaVu Sans"


def test_crash_handler_logs_and_shows(
    qapp: QApplication, dialogs: Dialogs, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    handler = app.CrashHandler(tmp_path / "cnil-case.log")
    try:
        raise ValueError("boom")
    except ValueError as exc:
        with caplog.at_level(logging.ERROR):
            handler(type(exc), exc, exc.__traceback__)
    assert dialogs.crashes == ["ValueError: boom"]
    assert "Traceback" in caplog.text and "boom" in caplog.text


def test_bug_in_a_task_reaches_the_crash_dialog(
    qtbot: QtBot, inline_tasks: tasks.Tasks, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "excepthook", app.CrashHandler(tmp_path / "log"))

    def broken(session: Any) -> None:
        raise KeyError("missing")

    inline_tasks.run_db(broken, parent=QObject(), success=conftest.never)
    assert dialogs.crashes == ["KeyError: 'missing'"]
    # The app goes on: the next task runs.
    got: list[int] = []
    inline_tasks.run_db(lambda s: 1, parent=QObject(), success=got.append)
    assert got == [1]


def test_logging_goes_to_the_data_dir() -> None:
    path = app.setup_logging()
    logging.getLogger("cnil_case.test").warning("written")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "written" in path.read_text(encoding="utf-8")
    assert app.setup_logging() == path  # idempotent: one handler only
    assert sum(getattr(h, "cnil_case", False) for h in logging.getLogger().handlers) == 1


def test_export_then_import_a_case_document(
    window: mainwindow.MainWindow, sample_case: dict[str, int], dialogs: Dialogs, tmp_path: Path,
    session_factory: db.SessionFactory,
) -> None:
    window.open_case(sample_case["case"])
    dialogs.save_path = tmp_path / "case.json"
    window.act_export.trigger()
    document = json.loads(dialogs.save_path.read_text(encoding="utf-8"))
    assert document["case"]["reference"] == "BRE-2024-001"

    # Importing it again: the reference is taken, the user accepts the suggested one.
    dialogs.open_path = dialogs.save_path
    window.act_import.trigger()
    assert "already exists" in dialogs.confirmations[-1]
    model = window.case_list.model
    assert model.rowCount() == 2
    imported = window.case_view.case
    assert imported is not None and imported.reference != "BRE-2024-001"
    assert window.case_view.timeline.model.rowCount() == 3
    assert window.case_view.parties.model.rowCount() == 2
    with session_factory() as session:
        assert cases.get(session, imported.id).title == "Tiers-payant portal intrusion"


def test_import_of_a_malformed_document_names_the_problem(
    window: mainwindow.MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "cnil-case", "version": 999}', encoding="utf-8")
    dialogs.open_path = bad
    window.act_import.trigger()
    (error,) = dialogs.errors
    assert "bad.json" in str(error)
    assert window.case_list.model.rowCount() == 0


def test_cancelled_file_dialogs_do_nothing(window: mainwindow.MainWindow, sample_case: dict[str, int],
                                           dialogs: Dialogs) -> None:
    window.open_case(sample_case["case"])
    window.act_export.trigger()
    window.act_import.trigger()
    assert dialogs.errors == [] and window.case_list.model.rowCount() == 1


def test_show_error_seam_is_used_for_storage_errors() -> None:
    # The seam exists with the signature the tasks helper and app.run call.
    assert callable(messages.show_error) and callable(caseio.read)


def test_the_frame_shows_before_the_panes(
    qtbot: QtBot, inline_tasks: tasks.Tasks, workspace_path: Path, prefs: Any, store: Any, sample_case: dict[str, int],
) -> None:
    """``app.run`` shows the frame, lets it paint, then builds the panes (and reads the workspace)."""
    window = mainwindow.MainWindow(tasks=inline_tasks, workspace=str(workspace_path), preferences=prefs, vault=store,
                                   build=False)
    qtbot.addWidget(window)
    opening = window.centralWidget()
    assert isinstance(opening, QLabel) and opening.text() == "Opening workspace…"
    assert not window.act_new_case.isEnabled() and window.act_quit.isEnabled()
    window.close()  # nothing to ask about: there are no panes yet
    window.build()
    assert window.case_list.model.rowCount() == 1
    assert window.act_new_case.isEnabled()
    window.build()  # once only
    assert window.case_list.model.rowCount() == 1


def test_start_up_imports_no_report_code_until_documents_are_shown(tmp_path: Path) -> None:
    """reportlab is most of the import time of the report modules: the window loads it on use."""
    code = f"""
import sys
from PySide6.QtWidgets import QApplication, QLabel
qapp = QApplication([])
from cnil_case.core import db
from cnil_case.ui import app, tasks
engine, factory = db.open_workspace({str(tmp_path / "w.sqlite")!r})
runner = tasks.Tasks(factory, where="w")
window = app.build_main_window(runner, workspace="w")
assert "reportlab" not in sys.modules and "cnil_case.report.documents" not in sys.modules, "report code at start-up"
view = window.case_view
slot = view.widget(view.count() - 2)
view.setCurrentWidget(slot)
assert view.currentWidget() is view.documents and view.tabText(view.currentIndex()) == "&Documents"
assert "reportlab" in sys.modules
runner.shutdown()
engine.dispose()
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "CNIL_CASE_HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_the_workspace_opens_once_the_frame_is_shown(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sample_case: dict[str, int],
    workspace_path: Path,
) -> None:
    """The frame paints first; the workspace is opened (migrated) off the GUI thread, then the panes."""
    steps: list[str] = []
    show, build, open_workspace = mainwindow.MainWindow.show, mainwindow.MainWindow.build, db.open_workspace

    def showing(window: mainwindow.MainWindow) -> None:
        steps.append("frame shown")
        show(window)

    def building(window: mainwindow.MainWindow, **collaborators: Any) -> None:
        steps.append("panes")
        build(window, **collaborators)

    def opening(target: Any) -> Any:
        steps.append(f"open on {threading.current_thread().name}")
        return open_workspace(target)

    monkeypatch.setattr(mainwindow.MainWindow, "show", showing)
    monkeypatch.setattr(mainwindow.MainWindow, "build", building)
    monkeypatch.setattr(db, "open_workspace", opening)
    monkeypatch.setattr(QApplication, "exec", _close_instead_of_looping())
    assert app.run(str(workspace_path), open_case=sample_case["case"]) == 0
    assert steps == ["frame shown", "open on cnil-open", "panes"]


def _close_instead_of_looping(before: Any = None) -> Any:
    """A stand-in for ``QApplication.exec``: calls ``before(window)``, then closes the window.

    Not the real event loop: once quit, Qt ends every later nested loop of the session at once.
    The window goes before its tasks are shut down, as when the user quits.
    """

    def exec_(_app: QApplication) -> int:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, mainwindow.MainWindow):
                if before is not None:
                    before(widget)
                widget.close()
                widget.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return 0

    return exec_


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_the_demo_case_is_loaded_after_the_frame_and_opened(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "demo.sqlite"
    opened: list[str] = []

    def wait_for_the_case(window: mainwindow.MainWindow) -> None:
        qtbot.waitUntil(lambda: window.case_view.case is not None, timeout=10_000)
        case = window.case_view.case
        assert case is not None
        opened.append(case.reference)

    monkeypatch.setattr(QApplication, "exec", _close_instead_of_looping(wait_for_the_case))
    assert app.run(str(target), demo_case=True) == 0
    assert app.run(str(target), demo_case=True) == 0  # the second start finds the case there
    assert opened == [demo.REFERENCE, demo.REFERENCE]
    engine, factory = db.open_workspace(target)
    with factory() as session:
        assert len(cases.list_rows(session)) == 1
    engine.dispose()


def test_the_window_frame_paints_before_sqlalchemy_is_imported(tmp_path: Path) -> None:
    """Start-up (bench/startup.py): what comes before the first paint is Qt, ``cli`` and the frame."""
    code = """
import sys
from PySide6.QtWidgets import QApplication
qapp = QApplication([])
from cnil_case.ui import mainwindow
HEAVY = ("sqlalchemy", "holidays", "cnil_case.core.db", "cnil_case.core.models", "cnil_case.commands")
at_show = []
show = mainwindow.MainWindow.show
def showing(window):
    at_show.extend(name for name in HEAVY if name in sys.modules)
    show(window)
mainwindow.MainWindow.show = showing
from cnil_case import cli
assert cli.main(["--demo"]) == 0
assert at_show == [], f"imported before the frame painted: {at_show}"
assert "sqlalchemy" in sys.modules
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "CNIL_CASE_HOME": str(tmp_path),
                                 app.EXIT_AFTER_START: "1"})
    assert result.returncode == 0, result.stderr
