"""Cases through the main window: create, edit the overview, close, reopen, delete, restart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from cnil_case.core import cases, db, snapshots
from cnil_case.ui import casedialog, caselistmodel, historymodel, mainwindow, tasks
from tests.ui import conftest, stubs
from tests.ui.conftest import Dialogs

FillDialog = Callable[..., list[Any]]


def _case_titles(window: mainwindow.MainWindow) -> list[str]:
    model = window.case_list.model
    return [model.data(model.index(r, caselistmodel.TITLE)) for r in range(model.rowCount())]


def _new_case(qtbot: QtBot, title: str) -> Callable[[casedialog.CaseDialog], None]:
    def fill(dialog: casedialog.CaseDialog) -> None:
        qtbot.keyClicks(dialog.fields.title, title)
        dialog.fields.nature["confidentiality"].setChecked(True)
        dialog.fields.nature["availability"].setChecked(True)
        dialog.fields.origin_intent.setCurrentIndex(dialog.fields.origin_intent.findData("accidental"))
    return fill


def test_new_case_through_the_dialog(
    window: mainwindow.MainWindow, qtbot: QtBot, fill_dialog: FillDialog, session_factory: db.SessionFactory
) -> None:
    built = fill_dialog(casedialog.CaseDialog, _new_case(qtbot, "Ransomware on the HR file server"))
    window.act_new_case.trigger()
    # The reference is suggested from the workspace.
    assert built[0].fields.reference.text() == f"BRE-{dt.date.today().year}-001"
    assert _case_titles(window) == ["Ransomware on the HR file server"]
    # The new case is open in the right pane.
    detail = window.case_view.case
    assert detail is not None and detail.title == "Ransomware on the HR file server"
    assert window.right.currentWidget() is window.case_view
    assert detail.reference in window.windowTitle()
    with session_factory() as session:
        saved = cases.get(session, detail.id)
    assert saved.nature == frozenset({"confidentiality", "availability"})
    assert saved.origin_intent == "accidental"


def test_empty_title_keeps_the_dialog_open(
    window: mainwindow.MainWindow, qtbot: QtBot, fill_dialog: FillDialog, session_factory: db.SessionFactory
) -> None:
    built = fill_dialog(casedialog.CaseDialog, lambda dialog: None)
    window.act_new_case.trigger()
    dialog = built[0]
    assert dialog.saved is None
    assert dialog.error.text() == "Title: must not be empty"
    assert not dialog.error.isHidden()
    # The input is intact: typing the title and saving again works.
    qtbot.keyClicks(dialog.fields.title, "Second try")
    dialog.submit()
    assert conftest.saved(dialog).title == "Second try"


def test_overview_form_edits_every_field(
    window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int], session_factory: db.SessionFactory,
) -> None:
    window.open_case(sample_case["case"])
    form = window.case_view.overview
    fields = form.fields
    assert fields.title.text() == "Tiers-payant portal intrusion"
    assert not form.save_button.isEnabled()
    fields.title.clear()
    qtbot.keyClicks(fields.title, "Portal intrusion at two operators")
    qtbot.keyClicks(fields.vector, "Phished professional accounts")
    qtbot.keyClicks(fields.summary, "Two tiers-payant operators")
    qtbot.keyClicks(fields.data_description, "Civil status, NIR")
    qtbot.keyClicks(fields.persons_description, "Insured people and families")
    fields.nature["integrity"].setChecked(True)
    fields.origin_source.setCurrentIndex(fields.origin_source.findData("internal"))
    fields.breach_start.set_local(dt.datetime(2024, 1, 29), "day")
    fields.discovered.set_local(dt.datetime(2024, 2, 1, 9, 15), "minute")
    assert fields.discovered.offset.text() == "Europe/Paris, UTC+01:00"
    assert form.save_button.isEnabled()
    # Save is the standard shortcut of the window.
    assert window.act_save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    window.act_save.trigger()
    assert not form.save_button.isEnabled()
    with session_factory() as session:
        saved = cases.get(session, sample_case["case"])
    assert saved.title == "Portal intrusion at two operators"
    assert saved.vector == "Phished professional accounts"
    assert saved.summary == "Two tiers-payant operators"
    assert saved.data_description == "Civil status, NIR"
    assert saved.persons_description == "Insured people and families"
    assert saved.nature == frozenset({"confidentiality", "integrity"})
    assert saved.origin_source == "internal"
    assert saved.breach_start is not None and saved.breach_start.precision == "day"
    assert saved.breach_start.at == dt.datetime(2024, 1, 28, 23, 0, tzinfo=dt.UTC)
    assert saved.discovered is not None and saved.discovered.at == dt.datetime(2024, 2, 1, 8, 15, tzinfo=dt.UTC)
    assert saved.breach_end is None
    assert _case_titles(window) == ["Portal intrusion at two operators"]


def test_overview_refusal_names_the_field(
    window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int], session_factory: db.SessionFactory,
) -> None:
    window.open_case(sample_case["case"])
    form = window.case_view.overview
    form.fields.breach_start.set_local(dt.datetime(2024, 2, 1), "day")
    form.fields.breach_end.set_local(dt.datetime(2024, 1, 1), "day")
    form.fields.zone.set_zone("Mars/Olympus")
    form.save()
    assert "Display time zone" in form.error.text()
    form.fields.zone.set_zone("Europe/Paris")
    form.save()
    assert form.error.text() == "End of breach: is before the start of the breach"
    assert form.fields.breach_end.naive() == dt.datetime(2024, 1, 1)
    with session_factory() as session:
        assert cases.get(session, sample_case["case"]).breach_end is None


def test_changing_the_zone_redisplays_times(
    window: mainwindow.MainWindow, sample_case: dict[str, int]
) -> None:
    window.open_case(sample_case["case"])
    form = window.case_view.overview
    form.fields.zone.set_zone("America/New_York")
    form.save()
    model = window.case_view.timeline.model
    assert model.data(model.index(1, 1)) == "2024-02-01 04:30 (UTC-05:00)"


def test_close_reopen_and_delete(
    window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int], dialogs: Dialogs,
    session_factory: db.SessionFactory,
) -> None:
    window.open_case(sample_case["case"])
    window.case_view.overview.close_button.click()
    model = window.case_list.model
    assert model.data(model.index(0, caselistmodel.STATUS)) == "Closed"
    assert model.data(model.index(0, caselistmodel.TITLE), Qt.ItemDataRole.FontRole).italic()
    assert window.act_reopen_case.isVisible() and not window.act_close_case.isVisible()
    assert window.case_view.overview.status.text().startswith("Closed since")
    history = window.case_view.history.model
    assert history.data(history.index(0, historymodel.WHAT)) == "Case BRE-2024-001 closed"

    window.act_reopen_case.trigger()
    assert model.data(model.index(0, caselistmodel.STATUS)) == "Open"
    assert history.data(history.index(0, historymodel.WHAT)) == "Case BRE-2024-001 reopened"

    # Cancelling the confirmation keeps the case.
    dialogs.confirm_answer = False
    window.act_delete_case.trigger()
    assert "BRE-2024-001" in dialogs.confirmations[0]
    assert model.rowCount() == 1

    dialogs.confirm_answer = True
    window.act_delete_case.trigger()
    assert model.rowCount() == 0
    assert window.case_view.case is None
    assert window.right.currentWidget() is window.workspace_pane
    # The deletion is in the workspace's history, shown when no case is open.
    workspace_history = window.workspace_pane.history.model
    assert workspace_history.data(workspace_history.index(0, historymodel.WHAT)) == (
        "Case BRE-2024-001 deleted with 2 parties and 3 events")
    with session_factory() as session:
        assert cases.list_rows(session) == []


def test_case_list_filter_and_close_view(
    window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int], session_factory: db.SessionFactory,
) -> None:
    with session_factory.begin() as session:
        cases.create(session, snapshots.CaseInput(reference="BRE-2024-002", title="Lost laptop"))
    window.case_list.reload()
    assert window.case_list.model.rowCount() == 2
    qtbot.keyClicks(window.case_list.filter, "laptop")
    assert _case_titles(window) == ["Lost laptop"]
    window.case_list.filter.clear()
    window.case_list.table.selectRow(window.case_list.model.row_of(sample_case["case"]))
    opened = window.case_view.case
    assert opened is not None and opened.id == sample_case["case"]
    assert window.act_close_view.shortcut() == QKeySequence(QKeySequence.StandardKey.Close)
    window.act_close_view.trigger()
    assert window.case_view.case is None
    assert window.right.currentWidget() is window.workspace_pane
    assert "Cases: 2" in window.count_label.text()


def test_restart_finds_everything(
    qtbot: QtBot, fill_dialog: FillDialog, workspace_path: Path, session_factory: db.SessionFactory,
    sample_case: dict[str, int], inline_tasks: tasks.Tasks,
) -> None:
    first = mainwindow.MainWindow(tasks=inline_tasks, workspace=str(workspace_path))
    qtbot.addWidget(first)
    fill_dialog(casedialog.CaseDialog, _new_case(qtbot, "Second case"))
    first.act_new_case.trigger()
    first.close()
    inline_tasks.shutdown()

    # A new process: a fresh engine and window on the same file.
    engine, factory = db.open_workspace(workspace_path)
    runner = tasks.Tasks(factory, where=str(workspace_path), db_executor=stubs.InlineExecutor(),
                         io_executor=stubs.InlineExecutor())
    second = mainwindow.MainWindow(tasks=runner, workspace=str(workspace_path))
    qtbot.addWidget(second)
    assert sorted(_case_titles(second)) == ["Second case", "Tiers-payant portal intrusion"]
    second.open_case(sample_case["case"])
    view = second.case_view
    assert view.parties.model.rowCount() == 2
    assert view.timeline.model.rowCount() == 3
    assert view.history.model.rowCount() == 6
    runner.shutdown()
    engine.dispose()


@pytest.mark.parametrize("key", [QKeySequence.StandardKey.New, QKeySequence.StandardKey.Find,
                                 QKeySequence.StandardKey.Quit, QKeySequence.StandardKey.Close,
                                 QKeySequence.StandardKey.Save])
def test_standard_shortcuts(window: mainwindow.MainWindow, key: QKeySequence.StandardKey) -> None:
    shortcuts = {a.shortcut().toString() for a in window.findChildren(type(window.act_new_case))}
    assert QKeySequence(key).toString() in shortcuts


def test_unsaved_overview_is_not_dropped_silently(
    window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int], dialogs: Dialogs,
    session_factory: db.SessionFactory,
) -> None:
    with session_factory.begin() as session:
        other = cases.create(session, snapshots.CaseInput(reference="BRE-2024-002", title="Lost laptop"))
    window.case_list.reload()
    window.open_case(sample_case["case"])
    qtbot.keyClicks(window.case_view.overview.fields.title, " (draft)")
    # Switching to another case asks; "No" keeps the case, its edits and its selection.
    dialogs.confirm_answer = False
    window.case_list.table.selectRow(window.case_list.model.row_of(other.id))
    assert "unsaved changes" in dialogs.confirmations[-1]
    assert window.case_view.overview.fields.title.text() == "Tiers-payant portal intrusion (draft)"
    assert window.case_list.current_case_id() == sample_case["case"]
    # Closing the window asks too.
    assert not window.close()
    dialogs.confirm_answer = True
    window.case_list.table.selectRow(window.case_list.model.row_of(other.id))
    opened = window.case_view.case
    assert opened is not None and opened.id == other.id
