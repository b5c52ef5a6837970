"""Undo and redo of the timeline, Overview, party, finding, measure and correspondence steps
round-trip the database and stay in the audit log; a stale or inexact undo is refused and changes
nothing; the form dialogs ask before discarding typed changes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from cnil_case.core import audit, cases, correspondence, db, findings, parties, snapshots, timeline
from cnil_case.ui import (
    correspondencedialog,
    eventdialog,
    findingdialogs,
    formdialog,
    mainwindow,
    partydialog,
    timelineview,
    undo,
)
from tests.ui.conftest import Dialogs
from tests.ui.test_quickadd import type_line

FillDialog = Callable[..., list[Any]]


@pytest.fixture
def view(window: mainwindow.MainWindow, sample_case: dict[str, int]) -> timelineview.TimelineView:
    window.open_case(sample_case["case"])
    return window.case_view.timeline


def _state(session_factory: db.SessionFactory, case_id: int) -> list[tuple[Any, ...]]:
    """Every event's fields (not its id, which a re-created event does not keep)."""
    with session_factory() as session:
        rows = timeline.rows(session, timeline.list_ids(session, case_id))
    return [(r.occurred, r.title, r.details, r.source, r.category, r.actor_party_id, r.tags, r.starred)
            for r in rows]


def _select(view: timelineview.TimelineView, title: str) -> snapshots.EventRow:
    for row in range(view.model.rowCount()):
        event = view.model.event_at(row)
        if event is not None and event.title == title:
            view.table.selectRow(row)
            return event
    raise AssertionError(title)


def _round_trip(view: timelineview.TimelineView, session_factory: db.SessionFactory, case_id: int,
                before: list[tuple[Any, ...]], after: list[tuple[Any, ...]]) -> None:
    assert _state(session_factory, case_id) == after
    view.history.undo()
    assert _state(session_factory, case_id) == before
    view.history.redo()
    assert _state(session_factory, case_id) == after
    view.history.undo()
    assert _state(session_factory, case_id) == before


def test_actions(view: timelineview.TimelineView, qtbot: QtBot) -> None:
    history = view.history
    assert history.undo_action.shortcut() == QKeySequence("Ctrl+Z")
    assert QKeySequence("Ctrl+Shift+Z") in history.redo_action.shortcuts()
    assert history.createUndoAction(view) is history.undo_action
    assert not history.undo_action.isEnabled()
    type_line(qtbot, view.quick, "2024-02-02 Insurers informed")
    view.quick_add()
    assert history.undo_action.isEnabled()
    assert history.undo_action.text() == "&Undo Add event “Insurers informed”"
    history.undo_action.trigger()
    assert history.redo_action.text() == "&Redo Add event “Insurers informed”"
    assert not history.undo_action.isEnabled()


def test_undo_redo_of_an_add_from_the_dialog(
    view: timelineview.TimelineView, qtbot: QtBot, fill_dialog: FillDialog, session_factory: db.SessionFactory,
    sample_case: dict[str, int],
) -> None:
    case_id = sample_case["case"]
    before = _state(session_factory, case_id)

    def fill(dialog: eventdialog.EventDialog) -> None:
        dialog.set_local(dt.datetime(2024, 2, 5, 14, 20), "minute")
        qtbot.keyClicks(dialog.title, "Portal closed")
        qtbot.keyClicks(dialog.tags, "portal")
        dialog.starred.setChecked(True)
    fill_dialog(eventdialog.EventDialog, fill)
    view.new_event()
    after = _state(session_factory, case_id)
    assert len(after) == 4
    _round_trip(view, session_factory, case_id, before, after)


def test_undo_redo_of_an_edit(
    view: timelineview.TimelineView, qtbot: QtBot, fill_dialog: FillDialog, session_factory: db.SessionFactory,
    sample_case: dict[str, int],
) -> None:
    case_id = sample_case["case"]
    before = _state(session_factory, case_id)

    def fill(dialog: eventdialog.EventDialog) -> None:
        qtbot.keyClicks(dialog.title, " (CNIL)")
        qtbot.keyClicks(dialog.details, "33 million people")
        dialog.set_local(dt.datetime(2024, 2, 8), "day")
    fill_dialog(eventdialog.EventDialog, fill)
    _select(view, "CNIL press release")
    view.edit_event()
    after = _state(session_factory, case_id)
    assert after[2][1:3] == ("CNIL press release (CNIL)", "33 million people")
    _round_trip(view, session_factory, case_id, before, after)
    with session_factory() as session:
        summaries = [e.summary for e in audit.history(session, case_id, limit=4)]
    # Each step, its undo and its redo are in the history: nothing is rewritten.
    assert summaries == ["Event edited: CNIL press release (occurred, title, details)",
                         "Event edited: CNIL press release (CNIL) (occurred, title, details)",
                         "Event edited: CNIL press release (occurred, title, details)",
                         "Event edited: CNIL press release (CNIL) (occurred, title, details)"]


def test_undo_redo_of_a_delete(
    view: timelineview.TimelineView, session_factory: db.SessionFactory, sample_case: dict[str, int],
    dialogs: Dialogs,
) -> None:
    case_id = sample_case["case"]
    before = _state(session_factory, case_id)
    _select(view, "Intrusion")  # with its actor and tag
    view.delete_event()
    assert len(dialogs.confirmations) == 1
    after = _state(session_factory, case_id)
    assert [s[1] for s in after] == ["Platform disconnected", "CNIL press release"]
    _round_trip(view, session_factory, case_id, before, after)
    # The re-created event is selected and a second round trip still finds it by its new id.
    current = view.current_event()
    assert current is not None and current.title == "Intrusion" and current.id != sample_case["event0"]
    view.history.redo()
    view.history.undo()
    assert _state(session_factory, case_id) == before
    with session_factory() as session:
        actions = [e.action for e in audit.history(session, case_id, limit=5)]
    assert actions == ["create", "delete", "create", "delete", "create"]


def test_undo_redo_of_a_star(
    view: timelineview.TimelineView, session_factory: db.SessionFactory, sample_case: dict[str, int],
) -> None:
    case_id = sample_case["case"]
    before = _state(session_factory, case_id)
    _select(view, "Platform disconnected")
    view.toggle_star()
    assert view.history.undo_stack.undoText() == "Unstar event “Platform disconnected”"
    after = _state(session_factory, case_id)
    assert [s[7] for s in after] == [False, False, False]
    _round_trip(view, session_factory, case_id, before, after)


def test_undo_after_a_concurrent_change_refuses(
    view: timelineview.TimelineView, qtbot: QtBot, session_factory: db.SessionFactory, sample_case: dict[str, int],
    dialogs: Dialogs,
) -> None:
    case_id = sample_case["case"]
    type_line(qtbot, view.quick, "2024-02-02 10:00 Insurers informed")
    view.quick_add()
    # A colleague edits the new event meanwhile.
    with session_factory.begin() as session:
        [event_id] = [i for i in timeline.list_ids(session, case_id)
                      if timeline.get_event(session, i).title == "Insurers informed"]
        row = timeline.get_event(session, event_id)
        timeline.update_event(session, event_id, snapshots.EventInput(**{**row.as_input().__dict__,
                                                                          "details": "by registered letter"}))
    changed = _state(session_factory, case_id)
    view.history.undo()
    assert _state(session_factory, case_id) == changed
    assert len(dialogs.errors) == 1
    message = str(dialogs.errors[0])
    assert message.startswith("Cannot undo “Add event “Insurers informed””: Event “Insurers informed” was changed by")
    assert "Nothing was changed" in message
    # The step stays where it was: the user may look, then decide.
    assert view.history.undo_stack.canUndo() and not view.history.undo_stack.canRedo()
    assert view.history.undo_action.isEnabled()


def test_opening_another_case_forgets_the_steps(
    window: mainwindow.MainWindow, view: timelineview.TimelineView, qtbot: QtBot, sample_case: dict[str, int],
) -> None:
    type_line(qtbot, view.quick, "2024-02-02 Insurers informed")
    view.quick_add()
    assert view.history.undo_stack.count() == 1
    window.open_case(sample_case["case"])
    assert view.history.undo_stack.count() == 1  # the same case: kept
    view.open_case(None)
    assert view.history.undo_stack.count() == 0


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
@pytest.mark.parametrize("answer", [False, True])
def test_closing_the_event_dialog_with_changes_asks(
    view: timelineview.TimelineView, qtbot: QtBot, dialogs: Dialogs, sample_case: dict[str, int],
    answer: bool,
) -> None:
    event = _select(view, "CNIL press release")
    dialog = eventdialog.EventDialog(view, tasks=view._tasks, case_id=sample_case["case"], zone="Europe/Paris",
                                     parties=[], event=event)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.close()  # nothing typed: closes without a question
    assert dialogs.confirmations == [] and not dialog.isVisible()
    dialog.show()
    qtbot.keyClicks(dialog.source, " (site)")
    dialogs.confirm_answer = answer
    dialog.close()
    assert dialogs.confirmations == ["Discard your changes to this event? They have not been saved."]
    assert dialog.isVisible() is not answer
    if not answer:
        dialogs.confirmations.clear()
        dialog.buttons.rejected.emit()  # Cancel asks too
        assert len(dialogs.confirmations) == 1 and dialog.isVisible()


# --- the other tabs: Overview, parties, findings and measures, correspondence ------------------


def _case_state(session_factory: db.SessionFactory, case_id: int) -> snapshots.CaseInput:
    with session_factory() as session:
        return cases.get(session, case_id).as_input()


def _parties_state(session_factory: db.SessionFactory, case_id: int) -> list[snapshots.PartyInput]:
    with session_factory() as session:
        return sorted((p.as_input() for p in parties.list_parties(session, case_id)), key=repr)


def _findings_state(session_factory: db.SessionFactory, case_id: int) -> tuple[list[Any], list[Any]]:
    with session_factory() as session:
        return ([f.as_input() for f in findings.list_findings(session, case_id)],
                [m.as_input() for m in findings.list_measures(session, case_id)])


def _items_state(session_factory: db.SessionFactory, case_id: int) -> list[correspondence.CorrespondenceInput]:
    with session_factory() as session:
        now = dt.datetime(2024, 3, 1, tzinfo=dt.UTC)
        return [r.as_input() for r in correspondence.list_rows(session, case_id, now=now)]


def _trip(history: undo.History, state: Callable[[], Any], before: Any, after: Any) -> None:
    """Undo, redo, undo: the database goes back and forth between the two states."""
    assert state() == after
    history.undo()
    assert state() == before
    history.redo()
    assert state() == after
    history.undo()
    assert state() == before


def _actions(session_factory: db.SessionFactory, case_id: int, entity: str, n: int) -> list[str]:
    with session_factory() as session:
        return [e.action for e in audit.history(session, case_id, limit=50) if e.entity == entity][:n]


def test_undo_redo_of_an_overview_save(
    window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int], session_factory: db.SessionFactory,
) -> None:
    case_id = sample_case["case"]
    window.open_case(case_id)
    form = window.case_view.overview
    before = _case_state(session_factory, case_id)
    qtbot.keyClicks(form.fields.title, " (two operators)")
    qtbot.keyClicks(form.fields.vector, "Phished accounts")
    form.save()
    after = _case_state(session_factory, case_id)
    assert (after.title, after.vector) == ("Tiers-payant portal intrusion (two operators)", "Phished accounts")
    assert form.history.undo_stack.undoText() == "Edit the overview of BRE-2024-001"
    _trip(form.history, lambda: _case_state(session_factory, case_id), before, after)
    # The form shows what the database holds, and the case list follows.
    assert form.fields.title.text() == "Tiers-payant portal intrusion" and not form.is_dirty()
    assert _actions(session_factory, case_id, "case", 4) == ["update"] * 4


def test_overview_undo_refused_while_the_form_has_unsaved_edits(
    window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int], session_factory: db.SessionFactory,
    dialogs: Dialogs,
) -> None:
    case_id = sample_case["case"]
    window.open_case(case_id)
    form = window.case_view.overview
    qtbot.keyClicks(form.fields.vector, "Phished accounts")
    form.save()
    saved = _case_state(session_factory, case_id)
    qtbot.keyClicks(form.fields.title, " (draft)")
    form.history.undo()
    assert _case_state(session_factory, case_id) == saved
    assert str(dialogs.errors[-1]) == ("Cannot undo “Edit the overview of BRE-2024-001”: the Overview has unsaved "
                                       "changes; save or revert them first.")
    assert form.fields.title.text() == "Tiers-payant portal intrusion (draft)"
    form.revert()
    form.history.undo()
    assert _case_state(session_factory, case_id).vector == ""


def test_overview_undo_after_a_colleague_saved_refuses(
    window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int], session_factory: db.SessionFactory,
    dialogs: Dialogs,
) -> None:
    case_id = sample_case["case"]
    window.open_case(case_id)
    form = window.case_view.overview
    qtbot.keyClicks(form.fields.vector, "Phished accounts")
    form.save()
    with session_factory.begin() as session:
        data = cases.get(session, case_id).as_input()
        cases.update(session, case_id, dataclasses.replace(data, summary="Written by a colleague"))
    changed = _case_state(session_factory, case_id)
    form.history.undo()
    assert _case_state(session_factory, case_id) == changed
    assert "was changed by" in str(dialogs.errors[-1]) and "Nothing was changed" in str(dialogs.errors[-1])
    assert form.history.undo_stack.canUndo()


def test_undo_redo_of_parties(
    window: mainwindow.MainWindow, sample_case: dict[str, int], session_factory: db.SessionFactory,
    fill_dialog: FillDialog,
) -> None:
    case_id = sample_case["case"]
    window.open_case(case_id)
    view = window.case_view.parties
    state = lambda: _parties_state(session_factory, case_id)  # noqa: E731
    # Add: the operator also becomes a controller of the case.
    before = state()

    def add(dialog: partydialog.PartyDialog) -> None:
        dialog.organisation.setCurrentIndex(dialog.organisation.findData(sample_case["operator"]))
        dialog.role.setCurrentIndex(dialog.role.findData("controller"))
    fill_dialog(partydialog.PartyDialog, add)
    view.add_button.click()
    assert len(state()) == 3
    assert view.history.undo_stack.undoText() == "Add party “Opérateur TP”"
    after = state()
    _trip(view.history, state, before, after)
    assert _actions(session_factory, case_id, "party", 4) == ["delete", "create", "delete", "create"]

    # Edit.
    def edit(dialog: partydialog.PartyDialog) -> None:
        dialog.notes.setPlainText("Signed the DPA in 2021")
    fill_dialog(partydialog.PartyDialog, edit)
    view.table.selectRow(view.model.row_of(sample_case["controller"]))
    view.edit_button.click()
    after = state()
    assert after != before
    _trip(view.history, state, before, after)

    # Remove the controller (nothing refers to it): undo adds it back as it was.
    view.history.redo()
    view.model.reload()
    view.table.selectRow(view.model.row_of(sample_case["controller"]))
    edited = state()
    view.remove_button.click()
    assert len(state()) == 1
    _trip(view.history, state, edited, state())


def test_undo_of_removing_a_party_others_refer_to_is_refused(
    window: mainwindow.MainWindow, sample_case: dict[str, int], session_factory: db.SessionFactory,
    dialogs: Dialogs,
) -> None:
    case_id = sample_case["case"]
    window.open_case(case_id)
    view = window.case_view.parties
    view.table.selectRow(view.model.row_of(sample_case["processor"]))
    view.remove_button.click()  # the actor of the "Intrusion" event
    removed = _parties_state(session_factory, case_id)
    assert len(removed) == 1
    view.history.undo()
    assert _parties_state(session_factory, case_id) == removed
    assert str(dialogs.errors[-1]) == (
        "Cannot undo “Remove party “Opérateur TP””: when it was removed, 1 timeline event(s) went or lost "
        "their link with it; adding it back would not restore them. Nothing was changed; the step stays in the list.")
    assert view.history.undo_stack.canUndo()


def test_undo_of_a_party_edit_after_a_colleague_saved_refuses(
    window: mainwindow.MainWindow, sample_case: dict[str, int], session_factory: db.SessionFactory,
    fill_dialog: FillDialog, dialogs: Dialogs,
) -> None:
    case_id = sample_case["case"]
    window.open_case(case_id)
    view = window.case_view.parties
    fill_dialog(partydialog.PartyDialog, lambda dialog: dialog.notes.setPlainText("Signed the DPA in 2021"))
    view.table.selectRow(view.model.row_of(sample_case["controller"]))
    view.edit_button.click()
    with session_factory.begin() as session:
        row = parties.get_party(session, sample_case["controller"])
        parties.update_party(session, row.id, dataclasses.replace(row.as_input(), notes="A colleague's note"))
    changed = _parties_state(session_factory, case_id)
    view.history.undo()
    assert _parties_state(session_factory, case_id) == changed
    assert "was changed by" in str(dialogs.errors[-1])


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_undo_redo_of_findings_and_measures(
    window: mainwindow.MainWindow, sample_case: dict[str, int], session_factory: db.SessionFactory,
    fill_dialog: FillDialog, clock: Any, dialogs: Dialogs,
) -> None:
    case_id = sample_case["case"]
    window.open_case(case_id)
    view = window.case_view.findings
    state = lambda: _findings_state(session_factory, case_id)  # noqa: E731
    empty = state()

    def draft(dialog: findingdialogs.FindingDialog) -> None:
        dialog.title_edit.setText("No multi-factor authentication")
        findingdialogs.set_checked(dialog.articles, "32")
        findingdialogs.set_checked(dialog.events, sample_case["event0"])
    fill_dialog(findingdialogs.FindingDialog, draft)
    view.new_button.click()
    drafted = state()
    _trip(view.history, state, empty, drafted)
    view.history.redo()
    assert _actions(session_factory, case_id, "finding", 5) == ["create", "delete", "create", "delete", "create"]

    def measure(dialog: findingdialogs.MeasureDialog) -> None:
        dialog.description.setPlainText("Enforce MFA for every professional account")
    fill_dialog(findingdialogs.MeasureDialog, measure)
    view.new_measure_button.click()
    measured = state()
    _trip(view.history, state, drafted, measured)
    view.history.redo()

    fill_dialog(findingdialogs.MeasureDialog, lambda dialog: dialog.owner.setText("CISO"))
    view.measures.selectRow(0)
    view.edit_measure_button.click()
    owned = state()
    _trip(view.history, state, measured, owned)
    view.history.redo()
    view.measures.selectRow(0)
    view.delete_measure_button.click()
    _trip(view.history, state, owned, state())

    # Confirming the finding adds a timeline event: undoing it would leave the event behind.
    view.history.redo()
    fill_dialog(findingdialogs.FindingDialog,
                lambda dialog: dialog.state.setCurrentIndex(dialog.state.findData("confirmed")))
    view.table.selectRow(0)
    view.edit_button.click()
    confirmed = state()
    view.history.undo()
    assert state() == confirmed
    assert "1 timeline event(s) refer to it now" in str(dialogs.errors[-1])

    # Deleting it: its links to evidence and events come back with it.
    view.table.selectRow(0)
    view.delete_button.click()
    assert state()[0] == []
    view.history.undo()
    assert state() == confirmed


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_undo_redo_of_correspondence(
    window: mainwindow.MainWindow, sample_case: dict[str, int], session_factory: db.SessionFactory,
    fill_dialog: FillDialog, clock: Any, dialogs: Dialogs,
) -> None:
    case_id = sample_case["case"]
    window.open_case(case_id)
    view = window.case_view.correspondence
    state = lambda: _items_state(session_factory, case_id)  # noqa: E731
    empty = state()

    def request(dialog: correspondencedialog.CorrespondenceDialog) -> None:
        dialog.subject.setText("Questionnaire on the intrusion")
        dialog.from_party.setCurrentIndex(dialog.from_party.findData(sample_case["controller"]))
        dialog.to_party.setCurrentIndex(dialog.to_party.findData(sample_case["processor"]))
        dialog.sent.set_local(dt.datetime(2024, 2, 2, 10, 0), "minute")
        dialog.timeline_event.setChecked(False)
    fill_dialog(correspondencedialog.CorrespondenceDialog, request)
    view.new_button.click()
    sent = state()
    assert len(sent) == 1
    _trip(view.history, state, empty, sent)
    view.history.redo()
    assert _actions(session_factory, case_id, "correspondence", 5) == ["create", "delete", "create", "delete",
                                                                         "create"]

    fill_dialog(correspondencedialog.CorrespondenceDialog, lambda dialog: dialog.reference.setText("REF-12"))
    view.table.selectRow(0)
    view.edit_button.click()
    edited = state()
    _trip(view.history, state, sent, edited)
    view.history.redo()
    view.table.selectRow(0)
    view.delete_button.click()
    _trip(view.history, state, edited, empty)

    # With "Add a timeline event" ticked, the undo would leave the event: refused.
    view.history.redo()  # (deleted again)
    def request_with_event(dialog: correspondencedialog.CorrespondenceDialog) -> None:
        request(dialog)
        dialog.timeline_event.setChecked(True)
    fill_dialog(correspondencedialog.CorrespondenceDialog, request_with_event)
    view.new_button.click()
    with_event = state()
    view.history.undo()
    assert state() == with_event
    assert "1 timeline event(s) refer to it now" in str(dialogs.errors[-1])


def test_one_history_for_every_tab(
    window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int], session_factory: db.SessionFactory,
    fill_dialog: FillDialog,
) -> None:
    case_view = window.case_view
    history = undo.History(tasks=case_view.timeline._tasks, parent=window)
    for view in (case_view.overview, case_view.parties, case_view.findings, case_view.correspondence,
                 case_view.timeline):
        view.set_history(history)
    window.open_case(sample_case["case"])
    type_line(qtbot, case_view.timeline.quick, "2024-02-02 Insurers informed")
    case_view.timeline.quick_add()
    qtbot.keyClicks(case_view.overview.fields.vector, "Phished accounts")
    case_view.overview.save()
    assert history.undo_stack.count() == 2
    history.undo()  # the Overview's step first; the timeline does not move
    assert _case_state(session_factory, sample_case["case"]).vector == ""
    assert case_view.overview.fields.vector.toPlainText() == ""
    history.undo()
    assert [s[1] for s in _state(session_factory, sample_case["case"])] == [
        "Intrusion", "Platform disconnected", "CNIL press release"]
    case_view.parties.open_case(None)  # another case: every tab's steps go
    assert history.undo_stack.count() == 0


# --- no edit lost on close ---------------------------------------------------------------------


def _party_dialog(parent: Any, tasks: Any, case_id: int, session_factory: db.SessionFactory) -> formdialog.FormDialog:
    with session_factory() as session:
        organisations = parties.list_organisations(session)
        party = parties.list_parties(session, case_id)[0]
    return partydialog.PartyDialog(parent, tasks=tasks, case_id=case_id, zone="Europe/Paris",
                                   organisations=organisations, party=party)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
@pytest.mark.parametrize("which", ["party", "finding", "measure", "correspondence"])
def test_closing_a_form_dialog_with_changes_asks(
    window: mainwindow.MainWindow, qtbot: QtBot, dialogs: Dialogs, sample_case: dict[str, int],
    session_factory: db.SessionFactory, which: str,
) -> None:
    case_id = sample_case["case"]
    tasks = window.case_view.timeline._tasks
    dialog: formdialog.FormDialog
    if which == "party":
        dialog = _party_dialog(window, tasks, case_id, session_factory)
    elif which == "finding":
        dialog = findingdialogs.FindingDialog(window, tasks=tasks, case_id=case_id, zone="Europe/Paris", parties=[],
                                              evidence_rows=[], events=[])
    elif which == "measure":
        dialog = findingdialogs.MeasureDialog(window, tasks=tasks, case_id=case_id, parties=[], finding_rows=[])
    else:
        dialog = correspondencedialog.CorrespondenceDialog(window, tasks=tasks, case_id=case_id, zone="Europe/Paris",
                                                           parties=[])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.close()  # nothing typed: closes without a question
    assert dialogs.confirmations == [] and not dialog.isVisible()
    dialog.show()
    box = dialog.findChild(QPlainTextEdit)
    assert box is not None
    qtbot.keyClicks(box, "typed")
    dialogs.confirm_answer = False
    dialog.close()
    assert dialogs.confirmations == ["Discard your changes? They have not been saved."]
    assert dialog.isVisible()
    dialog.buttons.rejected.emit()  # Cancel asks too
    assert len(dialogs.confirmations) == 2 and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # and Esc
    assert len(dialogs.confirmations) == 3 and dialog.isVisible()
    dialogs.confirm_answer = True
    dialog.close()
    assert not dialog.isVisible() and dialog.saved is None
