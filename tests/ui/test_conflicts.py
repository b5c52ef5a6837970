"""A colleague saved the record first: the form shows the conflict, keeps the typed text, offers Reload."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from cnil_case.core import cases, db, timeline
from cnil_case.ui import eventdialog, mainwindow, tasks


@pytest.fixture
def colleague(workspace_path: Path) -> Iterator[db.SessionFactory]:
    """Someone else on the same workspace: their own engine and sessions."""
    engine = db.make_engine(workspace_path)
    yield db.session_factory(engine)
    engine.dispose()


def test_overview_conflict_keeps_the_edit_and_offers_reload(
    window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int], colleague: db.SessionFactory,
) -> None:
    case_id = sample_case["case"]
    window.open_case(case_id)
    form = window.case_view.overview
    assert form.reload_button.isHidden()
    with colleague.begin() as s:
        theirs = cases.get(s, case_id)
        cases.update(s, case_id, dataclasses.replace(theirs.as_input(), summary="Their summary"))

    qtbot.keyClicks(form.fields.title, " (my edit)")
    form.save_button.click()

    assert form.error.text().startswith("Case BRE-2024-001 was changed by tester at ")
    assert form.error.text().endswith("your edit was not saved. Reload to see their change, then apply yours again.")
    assert form.fields.title.text() == "Tiers-payant portal intrusion (my edit)"  # nothing lost
    assert form.is_dirty() and not form.reload_button.isHidden()
    with colleague() as s:
        stored = cases.get(s, case_id)
    assert (stored.title, stored.summary) == ("Tiers-payant portal intrusion", "Their summary")

    form.reload_button.click()
    assert form.fields.summary.toPlainText() == "Their summary"
    assert form.fields.title.text() == "Tiers-payant portal intrusion"
    assert form.reload_button.isHidden() and form.error.text() == ""
    qtbot.keyClicks(form.fields.title, " (my edit)")
    form.save_button.click()
    assert form.error.text() == ""
    with colleague() as s:
        stored = cases.get(s, case_id)
    assert (stored.title, stored.summary) == ("Tiers-payant portal intrusion (my edit)", "Their summary")


def test_event_dialog_conflict_keeps_the_dialog_open(
    qtbot: QtBot, inline_tasks: tasks.Tasks, sample_case: dict[str, int], colleague: db.SessionFactory,
) -> None:
    with colleague() as s:
        event = timeline.get_event(s, sample_case["event0"])
    dialog = eventdialog.EventDialog(None, tasks=inline_tasks, case_id=sample_case["case"], zone="Europe/Paris",
                                     parties=[], event=event)
    qtbot.addWidget(dialog)
    with colleague.begin() as s:
        timeline.update_event(s, event.id, dataclasses.replace(event.as_input(), source="Their source"))
    dialog.title.setText("My title")
    dialog.submit()
    assert dialog.error.text().startswith("Event “Intrusion” was changed by tester at ")
    assert dialog.title.text() == "My title" and dialog.saved is None
    with colleague() as s:
        stored = timeline.get_event(s, event.id)
    assert (stored.title, stored.source) == ("Intrusion", "Their source")


def test_timeline_shows_the_colleagues_event_after_a_refused_edit(
    window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int], colleague: db.SessionFactory,
    fill_dialog: Any,
) -> None:
    window.open_case(sample_case["case"])
    view = window.case_view.timeline
    event_id = sample_case["event1"]

    def conflicting(dialog: eventdialog.EventDialog) -> None:
        with colleague.begin() as s:
            theirs = timeline.get_event(s, event_id)
            timeline.update_event(s, event_id, dataclasses.replace(theirs.as_input(), source="Their source"))
        dialog.title.setText("My title")

    built = fill_dialog(eventdialog.EventDialog, conflicting)
    view.select_event(event_id)
    view.edit_event()
    assert built[0].error.text().startswith("Event “Platform disconnected” was changed by ")
    current = view.current_event()
    assert current is not None and current.id == event_id and current.source == "Their source"

    fill_dialog(eventdialog.EventDialog, lambda dialog: dialog.title.setText("My title"))
    view.edit_event()  # starts from their version: saved
    with colleague() as s:
        stored = timeline.get_event(s, event_id)
    assert (stored.title, stored.source) == ("My title", "Their source")
