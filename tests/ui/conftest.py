"""GUI fixtures: Tasks on an inline executor, the main window, private settings, a fake clock,
and recorders for dialog seams."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from pytestqt.qtbot import QtBot

from cnil_case.core import db, errors, vault
from cnil_case.ui import (
    filedialogs,
    formdialog,
    language,
    mainwindow,
    messages,
    notifier,
    preferences,
    tasks,
    wallclock,
)
from tests.ui import stubs

# The sample case's controller became aware on 2024-02-01 at 09:00 in Paris: its Art. 33(1) clock
# is due on 2024-02-04 at 08:00 UTC. Thirteen hours before, that clock is running.
SAMPLE_DUE = dt.datetime(2024, 2, 4, 8, 0, tzinfo=dt.UTC)


@dataclass
class Dialogs:
    """What the dialog seams were asked, and what they answer."""

    errors: list[errors.UserError] = field(default_factory=list)
    confirmations: list[str] = field(default_factory=list)
    confirm_answer: bool = True
    folds: list[tuple[Any, ...]] = field(default_factory=list)
    fold_answer: int | None = 0
    crashes: list[str] = field(default_factory=list)
    open_path: Path | None = None
    save_path: Path | None = None
    infos: list[tuple[str, str, str]] = field(default_factory=list)


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """Every modal box goes through a seam: record it instead of blocking the test."""
    record = Dialogs()

    def show_error(parent: Any, exc: errors.UserError) -> None:
        record.errors.append(exc)

    def confirm(parent: Any, title: str, text: str) -> bool:
        record.confirmations.append(text)
        return record.confirm_answer

    def ask_fold(parent: Any, candidates: Any) -> int | None:
        record.folds.append(tuple(candidates))
        return record.fold_answer

    def show_crash(parent: Any, summary: str, details: str, log_path: str) -> None:
        record.crashes.append(summary)

    monkeypatch.setattr(messages, "show_error", show_error)
    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "ask_fold", ask_fold)
    monkeypatch.setattr(messages, "show_crash", show_crash)
    monkeypatch.setattr(messages, "show_info",
                        lambda parent, title, text, details="": record.infos.append((title, text, details)))
    monkeypatch.setattr(filedialogs, "ask_open_path", lambda *a: record.open_path)
    monkeypatch.setattr(filedialogs, "ask_save_path", lambda *a: record.save_path)
    return record


@pytest.fixture(autouse=True)
def settings_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """QSettings read and write a temporary directory, never the user's real settings."""
    path = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(path))
    return path


@pytest.fixture(autouse=True)
def _english(qapp: Any) -> None:
    """Every test starts in English, as the window does on an English system (language.install
    also sets the locale that writes numbers and dates)."""
    language.install(qapp, "en")


@pytest.fixture(autouse=True)
def _no_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never show a real desktop notification: announcements go to the window's banner."""
    monkeypatch.setattr(notifier, "tray_available", lambda: False)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> stubs.FakeClock:
    """Freeze the GUI's clock 13 hours before the sample case's Art. 33(1) deadline."""
    fake = stubs.FakeClock(SAMPLE_DUE - dt.timedelta(hours=13))
    monkeypatch.setattr(wallclock, "now", fake)
    return fake


@pytest.fixture
def prefs(qapp: Any, settings_dir: Path) -> preferences.Preferences:
    return preferences.Preferences.for_user()


@pytest.fixture
def inline_tasks(qapp: Any, session_factory: db.SessionFactory, workspace_path: Path) -> Iterator[tasks.Tasks]:
    runner = tasks.Tasks(
        session_factory,
        where=str(workspace_path),
        db_executor=stubs.InlineExecutor(),
        io_executor=stubs.InlineExecutor(),
    )
    yield runner
    runner.shutdown()


@pytest.fixture
def store(tmp_path: Path) -> vault.Vault:
    """The workspace's evidence vault, in the test's temporary folder."""
    return vault.Vault(tmp_path / "vault")


@pytest.fixture
def window(qtbot: QtBot, inline_tasks: tasks.Tasks, workspace_path: Path,
           prefs: preferences.Preferences, store: vault.Vault) -> Iterator[mainwindow.MainWindow]:
    win = mainwindow.MainWindow(tasks=inline_tasks, workspace=str(workspace_path), preferences=prefs, vault=store)
    qtbot.addWidget(win)
    yield win
    # Deleted now, not at some later test's event processing: a window whose Python side is gone
    # but whose widgets live on would get the next test's events (a language change, a palette).
    if shiboken6.isValid(win):
        win.close()
        win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


Filler = Callable[[Any], None]


def saved(dialog: formdialog.FormDialog) -> Any:
    """What the dialog saved so far (read anew: a submit may have changed it)."""
    return dialog.saved


def never(result: object) -> None:
    """A ``success`` callback for work that must fail."""
    pytest.fail(f"expected a failure, got {result!r}")


@pytest.fixture
def fill_dialog(monkeypatch: pytest.MonkeyPatch) -> Callable[[type[formdialog.FormDialog], Filler], list[Any]]:
    """Patch a dialog's ``ask`` seam: build the real dialog, let ``fill`` type into it, press Save.

    Returns the list of dialogs built, so a test can look at what the user would have seen.
    """

    def install(cls: type[formdialog.FormDialog], fill: Filler) -> list[Any]:
        built: list[Any] = []

        def ask(parent: Any, **kwargs: Any) -> Any:
            dialog = cls(parent, **kwargs)
            built.append(dialog)
            fill(dialog)
            dialog.submit()
            return dialog.saved

        monkeypatch.setattr(cls, "ask", ask)
        return built

    return install
