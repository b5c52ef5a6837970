"""The main window wires search, timeline import / export and the integrity check; a hit opens its case."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from cnil_case.core import cases, db, timeline
from cnil_case.core.snapshots import CaseInput, EventInput, Moment
from cnil_case.ui import mainwindow
from tests.helpers.fixtures import paris

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                      "This plugin does not support raise")


@pytest.fixture
def ids(session_factory: db.SessionFactory) -> dict[str, int]:
    with session_factory.begin() as session:
        first = cases.create(session, CaseInput(reference="WIN-1", title="Portal"))
        other = cases.create(session, CaseInput(reference="WIN-2", title="Other"))
        for n in range(30):
            timeline.add_event(session, other.id, EventInput(occurred=Moment(paris(2024, 1, 1, n % 24)),
                                                             title=f"Noise {n}"))
        target = timeline.add_event(session, other.id, EventInput(occurred=Moment(paris(2024, 2, 1, 9)),
                                                                  title="Exfiltration par l'élève"))
        return {"first": first.id, "other": other.id, "event": target.id}


def test_menus_hold_the_timeline_and_search_actions(window: mainwindow.MainWindow) -> None:
    titles = {a.text().replace("&", "") for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()}
    assert {"Import timeline…", "Timeline imports…", "Export timeline…", "Search…", "Integrity…"} <= titles
    assert not window.act_import_timeline.isEnabled()  # no case open
    assert window.act_integrity.isEnabled()  # the workspace's check needs no open case


def test_a_hit_in_another_case_opens_that_case_on_the_event(
    qtbot: QtBot, window: mainwindow.MainWindow, ids: dict[str, int],
) -> None:
    window.open_case(ids["first"])
    qtbot.waitUntil(lambda: window.case_view.case is not None and window.case_view.case.id == ids["first"])
    assert window.act_import_timeline.isEnabled()
    window.act_search.trigger()
    dialog = window._search
    assert dialog is not None and dialog.isVisible()
    assert dialog.only_case.isEnabled() and "WIN-1" in dialog.only_case.text()  # the whole workspace by default
    dialog.only_case.setChecked(False)
    dialog.query.setText("eleve")
    dialog.run_now()
    qtbot.waitUntil(lambda: dialog.current_hit() is not None)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.case_view.case is not None and window.case_view.case.id == ids["other"])
    assert window.case_view.currentWidget() is window.case_view.timeline
    qtbot.waitUntil(lambda: (event := window.case_view.timeline.current_event()) is not None
                    and event.id == ids["event"], timeout=3000)
    dialog.close()  # a top-level window: left open it would outlive this test's main window


def test_search_answers_ctrl_k_and_ctrl_f_and_home_comes_back(window: mainwindow.MainWindow, ids: dict[str, int],
                                                              qtbot: QtBot) -> None:
    from PySide6.QtGui import QKeySequence

    keys = {k.toString() for k in window.act_search.shortcuts()}
    assert {QKeySequence("Ctrl+K").toString(), QKeySequence("Ctrl+F").toString()} <= keys
    window.open_case(ids["first"])
    qtbot.waitUntil(lambda: window.current_case_id() == ids["first"])
    window.act_home.trigger()
    assert window.current_case_id() is None
    assert window.workspace_pane.tabs.currentWidget() is window.workspace_pane.home


def test_the_window_has_one_undo_history_for_every_tab(window: mainwindow.MainWindow) -> None:
    view = window.case_view
    for tab in (view.overview, view.parties, view.timeline, view.findings, view.correspondence):
        assert tab.history is window.history
    edit = next(m for m in window.menuBar().findChildren(QMenu) if m.title().replace("&", "") == "Edit")
    assert window.history.undo_action in edit.actions() and window.history.redo_action in edit.actions()
