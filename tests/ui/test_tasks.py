"""The background-task helper: results on the GUI thread, user errors, bugs, dead parents."""

from __future__ import annotations

import sqlite3
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from cnil_case.core import cases, db, errors, obligations, parties, snapshots
from cnil_case.ui import dashboardview, preferences, tasks
from tests.ui import conftest
from tests.ui.conftest import Dialogs


def test_success_gets_the_result(inline_tasks: tasks.Tasks, sample_case: dict[str, int], qtbot: QtBot) -> None:
    owner = QObject()
    got: list[Any] = []
    inline_tasks.run_db(lambda s: cases.get(s, sample_case["case"]).reference, parent=owner, success=got.append)
    assert got == ["BRE-2024-001"]
    assert not inline_tasks.busy


def test_user_error_goes_to_failure(inline_tasks: tasks.Tasks, qtbot: QtBot, dialogs: Dialogs) -> None:
    owner = QObject()
    failures: list[errors.UserError] = []
    inline_tasks.run_db(lambda s: cases.get(s, 999), parent=owner, success=conftest.never, failure=failures.append)
    assert isinstance(failures[0], errors.NotFoundError)
    assert dialogs.errors == []


def test_user_error_shown_by_default(inline_tasks: tasks.Tasks, qtbot: QtBot, dialogs: Dialogs) -> None:
    inline_tasks.run_db(lambda s: cases.get(s, 999), parent=QObject(), success=conftest.never)
    assert "#999" in str(dialogs.errors[0])


def test_bug_goes_to_the_excepthook(inline_tasks: tasks.Tasks, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: seen.append(exc))

    def broken(session: Any) -> None:
        raise RuntimeError("a bug")

    inline_tasks.run_db(broken, parent=QObject(), success=conftest.never)
    assert [str(e) for e in seen] == ["a bug"]


def test_result_for_a_deleted_widget_is_dropped(
    session_factory: db.SessionFactory, workspace_path: Path, qtbot: QtBot
) -> None:
    runner = tasks.Tasks(session_factory, where=str(workspace_path))
    owner = QObject()
    gate = threading.Event()
    got: list[Any] = []

    def slow(session: Any) -> int:
        gate.wait(5)
        return 1

    runner.run_db(slow, parent=owner, success=got.append)
    # Delete the C++ object, as Qt does with a closed dialog: the answer must not reach it.
    shiboken6.delete(owner)
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert got == []
    runner.shutdown()


def test_real_pools_deliver_on_the_gui_thread(
    session_factory: db.SessionFactory, workspace_path: Path, sample_case: dict[str, int], qtbot: QtBot
) -> None:
    runner = tasks.Tasks(session_factory, where=str(workspace_path))
    owner = QObject()
    threads: list[str] = []
    got: list[Any] = []

    def op(session: Any) -> str:
        threads.append(threading.current_thread().name)
        return cases.get(session, sample_case["case"]).title

    def success(title: str) -> None:
        threads.append(threading.current_thread().name)
        got.append(title)

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: busy is False):
        runner.run_db(op, parent=owner, success=success)
        runner.run_io(lambda: "file work", parent=owner, success=got.append)
    qtbot.waitUntil(lambda: len(got) == 2)
    assert sorted(got) == ["Tiers-payant portal intrusion", "file work"]
    assert threads[0].startswith("cnil-db")
    assert threads[1] == threading.main_thread().name
    runner.shutdown()


def test_database_errors_become_storage_errors(
    inline_tasks: tasks.Tasks, workspace_path: Path, qtbot: QtBot
) -> None:
    failures: list[errors.UserError] = []
    # Another program holds the write lock: our write fails with SQLITE_BUSY.
    other = sqlite3.connect(workspace_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")

    def write(session: Any) -> None:
        session.execute(text("PRAGMA busy_timeout=50"))  # do not wait the default 5 s in a test
        parties.create_organisation(session, snapshots.OrganisationInput(name="Blocked"))

    try:
        inline_tasks.run_db(write, parent=QObject(), success=conftest.never, failure=failures.append)
    finally:
        other.rollback()
        other.close()
    assert isinstance(failures[0], errors.StorageError)
    assert "locked" in str(failures[0]) and str(workspace_path) in str(failures[0])


def test_clocks_are_read_off_the_gui_thread(
    session_factory: db.SessionFactory, workspace_path: Path, qtbot: QtBot, sample_case: dict[str, int],
    prefs: preferences.Preferences, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The minute refresh with the real pools: the clocks are computed on the database thread."""
    threads: list[str] = []
    real = obligations.across_cases

    def recording(session: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real(session, **kwargs)

    monkeypatch.setattr(obligations, "across_cases", recording)
    runner = tasks.Tasks(session_factory, where=str(workspace_path))
    try:
        view = dashboardview.DashboardView(tasks=runner, preferences=prefs)
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.model.read, timeout=5000):
            view.refresh()
        assert view.model.rowCount() == 4
        assert threads and all(name.startswith("cnil-db") for name in threads)
        assert threading.current_thread() is threading.main_thread()
    finally:
        runner.shutdown()
