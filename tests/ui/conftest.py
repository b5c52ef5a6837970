"""GUI fixtures: Tasks on an inline executor, the main window, and recorders for dialog seams."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from cnil_case.core import db, errors
from cnil_case.ui import filedialogs, formdialog, mainwindow, messages, tasks
from tests.ui import stubs


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
    monkeypatch.setattr(filedialogs, "ask_open_path", lambda *a: record.open_path)
    monkeypatch.setattr(filedialogs, "ask_save_path", lambda *a: record.save_path)
    return record


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
def window(qtbot: QtBot, inline_tasks: tasks.Tasks, workspace_path: Path) -> mainwindow.MainWindow:
    win = mainwindow.MainWindow(tasks=inline_tasks, workspace=str(workspace_path))
    qtbot.addWidget(win)
    return win


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
