"""Layout: geometry, splitters, the case tab and table columns come back in a new window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QSplitter
from pytestqt.qtbot import QtBot

from cnil_case.core import vault
from cnil_case.ui import layout, mainwindow, preferences, tasks


def new_window(qtbot: QtBot, inline_tasks: tasks.Tasks, workspace_path: Path, prefs: preferences.Preferences,
               store: vault.Vault) -> mainwindow.MainWindow:
    win = mainwindow.MainWindow(tasks=inline_tasks, workspace=str(workspace_path), preferences=prefs, vault=store)
    qtbot.addWidget(win)
    return win


pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def vertical(window: mainwindow.MainWindow) -> QSplitter:
    return next(s for s in window.case_view.evidence.findChildren(QSplitter)
                if s.orientation() == Qt.Orientation.Vertical)


def test_layout_survives_a_restart(qtbot: QtBot, window: mainwindow.MainWindow, inline_tasks: tasks.Tasks,
                                   workspace_path: Path, prefs: preferences.Preferences, store: vault.Vault,
                                   sample_case: dict[str, int]) -> None:
    assert not layout.restore(window)  # nothing remembered yet: nothing changes
    window.open_case(sample_case["case"])
    window.show()
    window.resize(760, 560)  # within the offscreen screen: Qt keeps a window on its screen
    window.case_view.setCurrentWidget(window.case_view.evidence)
    # The evidence list over the custody log: at the offscreen screen's 800 × 600 the wide
    # splitters have no room to move.
    splitter = vertical(window)
    qtbot.wait(50)
    default = splitter.sizes()
    splitter.setSizes([default[0] - 100, default[1] + 100])
    table = window.case_view.evidence.table
    table.horizontalHeader().resizeSection(0, 333)
    table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
    qtbot.wait(50)
    wanted = splitter.sizes()
    assert wanted != default
    layout.save(window)

    again = new_window(qtbot, inline_tasks, workspace_path, prefs, store)
    again.show()
    qtbot.wait(50)
    moved = vertical(again)
    assert moved.sizes() != wanted
    assert layout.restore(again)  # at start-up, before a case is opened (its tabs hidden)
    again.open_case(sample_case["case"])
    # The same split, within a few pixels (the other window's total height may differ slightly).
    qtbot.waitUntil(lambda: abs(moved.sizes()[0] - wanted[0]) <= 5 and moved.sizes()[0] < default[0] - 50)
    # The saved size comes back (560 high, or the window's minimum if its content needs more).
    assert again.size() == window.size()
    assert again.case_view.currentWidget() is again.case_view.evidence
    header = again.case_view.evidence.table.horizontalHeader()
    assert header.sectionSize(0) == 333
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (2, Qt.SortOrder.DescendingOrder)


def test_keys_are_stable_and_a_broken_state_is_ignored(qtbot: QtBot, window: mainwindow.MainWindow,
                                                        inline_tasks: tasks.Tasks, workspace_path: Path,
                                                        prefs: preferences.Preferences, store: vault.Vault) -> None:
    other = new_window(qtbot, inline_tasks, workspace_path, prefs, store)
    key = layout.key(window.case_view.evidence.splitter, window)
    assert key == layout.key(other.case_view.evidence.splitter, other)
    assert key.startswith("QWidget0/")  # the central widget has no object name: class and rank
    settings = QSettings()
    layout.save(window, settings)
    settings.setValue(f"layout/mainWindow/splitters/{layout.key(window.splitter, window)}", b"garbage")
    settings.setValue("layout/mainWindow/tabs/" + layout.key(window.case_view, window), "NoSuchTab")
    before = other.splitter.sizes()
    assert layout.restore(other, settings)
    assert other.splitter.sizes() == before
    assert other.case_view.currentIndex() == 0
