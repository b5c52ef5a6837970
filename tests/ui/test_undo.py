"""Undo and redo of timeline steps round-trip the database; a stale undo is refused; the event
dialog asks before discarding typed changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from cnil_case.core import audit, db, snapshots, timeline
from cnil_case.ui import eventdialog, mainwindow, timelineview
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
