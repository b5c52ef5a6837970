"""The timeline through the main window: add (with DST traps), edit, star, filter, sort, delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from cnil_case.core import db, snapshots, timeline
from cnil_case.ui import eventdialog, mainwindow, timelinemodel, timelineview
from tests.helpers.fixtures import paris
from tests.ui import conftest
from tests.ui.conftest import Dialogs

FillDialog = Callable[..., list[Any]]


def _titles(view: timelineview.TimelineView) -> list[str]:
    model = view.model
    return [model.data(model.index(r, timelinemodel.TITLE)) for r in range(model.rowCount())]


def _event(qtbot: QtBot, local: dt.datetime, precision: str, title: str, **extra: Any) -> Callable[[Any], None]:
    def fill(dialog: eventdialog.EventDialog) -> None:
        dialog.set_local(local, precision)
        qtbot.keyClicks(dialog.title, title)
        if "category" in extra:
            dialog.category.setCurrentIndex(dialog.category.findData(extra["category"]))
        if "actor" in extra:
            dialog.actor.setCurrentIndex(dialog.actor.findText(extra["actor"], Qt.MatchFlag.MatchStartsWith))
        if "tags" in extra:
            qtbot.keyClicks(dialog.tags, extra["tags"])
        if "source" in extra:
            qtbot.keyClicks(dialog.source, extra["source"])
        if "details" in extra:
            qtbot.keyClicks(dialog.details, extra["details"])
        dialog.starred.setChecked(extra.get("starred", False))
    return fill


@pytest.fixture
def view(window: mainwindow.MainWindow, sample_case: dict[str, int]) -> timelineview.TimelineView:
    window.open_case(sample_case["case"])
    return window.case_view.timeline


def test_add_event(
    window: mainwindow.MainWindow, view: timelineview.TimelineView, qtbot: QtBot, fill_dialog: FillDialog,
    session_factory: db.SessionFactory, sample_case: dict[str, int],
) -> None:
    built = fill_dialog(eventdialog.EventDialog, _event(
        qtbot, dt.datetime(2024, 2, 5, 14, 20), "minute", "Almerys closes the professional portal",
        category="containment", actor="Opérateur TP", tags="portal, Almerys", source="strategies.fr",
        details="Notified CNIL, ANSSI and the prosecutor", starred=True))
    assert window.act_new_event.shortcut() == QKeySequence("Ctrl+E")
    window.act_new_event.trigger()
    assert built[0].when.offset.text() == "Europe/Paris, UTC+01:00"
    assert window.case_view.currentWidget() is view
    assert _titles(view) == ["Intrusion", "Platform disconnected", "Almerys closes the professional portal",
                             "CNIL press release"]
    model = view.model
    assert model.data(model.index(2, timelinemodel.TIME)) == "2024-02-05 14:20 (UTC+01:00)"
    assert model.data(model.index(2, timelinemodel.ACTOR)) == "Opérateur TP"
    assert model.data(model.index(2, timelinemodel.TAGS)) == "almerys, portal"
    assert model.data(model.index(2, timelinemodel.STAR)) == timelinemodel.STARRED
    # The new event is selected, the tag is offered by the filter, the history has it.
    current = view.current_event()
    assert current is not None and current.title.startswith("Almerys")
    assert view.tag.findData("portal") > 0
    history = window.case_view.history.model
    assert history.data(history.index(0, 3)) == "Event added: Almerys closes the professional portal"
    assert window.case_list.model.row_at(0).event_count == 4
    with session_factory() as session:
        row = timeline.get_event(session, current.id)
    assert row.occurred.at == dt.datetime(2024, 2, 5, 13, 20, tzinfo=dt.UTC)
    assert row.occurred.offset == 60
    assert (row.source, row.details, row.category) == (
        "strategies.fr", "Notified CNIL, ANSSI and the prosecutor", "containment")


def test_spring_forward_gap_is_refused(
    window: mainwindow.MainWindow, view: timelineview.TimelineView, qtbot: QtBot, fill_dialog: FillDialog,
) -> None:
    built = fill_dialog(eventdialog.EventDialog,
                        _event(qtbot, dt.datetime(2024, 3, 31, 2, 30), "minute", "Backup job"))
    window.act_new_event.trigger()
    dialog = built[0]
    assert dialog.saved is None
    assert dialog.when.offset.text() == "Europe/Paris: this time does not exist (clocks jump forward)"
    assert dialog.error.text().startswith("Time: 2024-03-31 02:30 does not exist in Europe/Paris")
    assert view.model.rowCount() == 3
    # The user corrects the hour; the title typed is still there.
    dialog.set_local(dt.datetime(2024, 3, 31, 3, 30), "minute")
    dialog.submit()
    assert conftest.saved(dialog).title == "Backup job"
    assert conftest.saved(dialog).occurred.at == dt.datetime(2024, 3, 31, 1, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize(("fold", "utc_hour", "offset"), [(0, 0, 120), (1, 1, 60)])
def test_fall_back_ambiguity_asks_which_instant(
    view: timelineview.TimelineView, qtbot: QtBot, fill_dialog: FillDialog, dialogs: Dialogs,
    fold: int, utc_hour: int, offset: int,
) -> None:
    dialogs.fold_answer = fold
    built = fill_dialog(eventdialog.EventDialog,
                        _event(qtbot, dt.datetime(2024, 10, 27, 2, 30), "minute", "Log review"))
    view.new_event()
    dialog = built[0]
    assert dialog.when.offset.text() == "Europe/Paris: happens twice, UTC+02:00 or UTC+01:00"
    (candidates,) = dialogs.folds
    assert [c.utcoffset() for c in candidates] == [dt.timedelta(hours=2), dt.timedelta(hours=1)]
    assert dialog.saved.occurred.at == dt.datetime(2024, 10, 27, utc_hour, 30, tzinfo=dt.UTC)
    assert dialog.saved.occurred.offset == offset
    shown = view.model.data(view.model.index(3, timelinemodel.TIME))
    assert shown == f"2024-10-27 02:30 (UTC+0{offset // 60}:00)"


def test_cancelled_ambiguity_keeps_the_dialog_open(
    view: timelineview.TimelineView, qtbot: QtBot, fill_dialog: FillDialog, dialogs: Dialogs,
) -> None:
    dialogs.fold_answer = None
    built = fill_dialog(eventdialog.EventDialog,
                        _event(qtbot, dt.datetime(2024, 10, 27, 2, 30), "minute", "Log review"))
    view.new_event()
    assert built[0].saved is None
    assert built[0].error.text() == ""
    assert view.model.rowCount() == 3


def test_day_precision_hides_the_time(qtbot: QtBot, view: timelineview.TimelineView, fill_dialog: FillDialog) -> None:
    built = fill_dialog(eventdialog.EventDialog, _event(qtbot, dt.datetime(2024, 2, 9), "day", "Investigation opened"))
    view.new_event()
    assert built[0].when.time.isHidden()
    assert built[0].saved.occurred.precision == "day"
    assert view.model.data(view.model.index(3, timelinemodel.TIME)) == "2024-02-09"


def test_edit_event(
    view: timelineview.TimelineView, qtbot: QtBot, fill_dialog: FillDialog, sample_case: dict[str, int],
    session_factory: db.SessionFactory,
) -> None:
    def edit(dialog: eventdialog.EventDialog) -> None:
        assert dialog.title.text() == "Platform disconnected"
        assert dialog.when.naive() == dt.datetime(2024, 2, 1, 10, 30)
        dialog.title.setText("Viamedis platform disconnected")
        dialog.category.setCurrentIndex(dialog.category.findData("detection"))

    fill_dialog(eventdialog.EventDialog, edit)
    view.select_event(sample_case["event1"])
    # Double-click edits, like the menu command.
    index = view.model.index(1, timelinemodel.TITLE)
    view.table.doubleClicked.emit(index)
    with session_factory() as session:
        row = timeline.get_event(session, sample_case["event1"])
    assert (row.title, row.category) == ("Viamedis platform disconnected", "detection")
    assert row.occurred.at == dt.datetime(2024, 2, 1, 9, 30, tzinfo=dt.UTC)
    current = view.current_event()
    assert current is not None and current.id == sample_case["event1"]


def test_star_toggle(window: mainwindow.MainWindow, view: timelineview.TimelineView, sample_case: dict[str, int]) -> None:
    view.select_event(sample_case["event0"])
    window.act_star.trigger()
    assert view.model.data(view.model.index(0, timelinemodel.STAR)) == timelinemodel.STARRED
    # Clicking the star cell toggles it back.
    view.table.clicked.emit(view.model.index(0, timelinemodel.STAR))
    assert view.model.data(view.model.index(0, timelinemodel.STAR)) == timelinemodel.UNSTARRED


def test_filters(
    window: mainwindow.MainWindow, view: timelineview.TimelineView, qtbot: QtBot, sample_case: dict[str, int],
) -> None:
    view.category.setCurrentIndex(view.category.findData("press"))
    view.category.activated.emit(view.category.currentIndex())
    assert _titles(view) == ["CNIL press release"]
    view.category.setCurrentIndex(0)
    view.category.activated.emit(0)

    view.tag.setCurrentIndex(view.tag.findData("derived"))
    view.tag.activated.emit(view.tag.currentIndex())
    assert _titles(view) == ["Intrusion"]
    view.tag.setCurrentIndex(0)
    view.tag.activated.emit(0)

    view.starred_only.setChecked(True)
    assert _titles(view) == ["Platform disconnected"]
    view.starred_only.setChecked(False)

    # Find focuses the text box; typing filters after a short pause.
    window.act_find.trigger()
    assert window.case_view.currentWidget() is view
    qtbot.keyClicks(view.text, "cnil")
    qtbot.waitUntil(lambda: _titles(view) == ["CNIL press release"])
    assert view.count.text() == "Events: 1"
    view.text.clear()
    qtbot.waitUntil(lambda: len(_titles(view)) == 3)


def test_sort_from_the_header(view: timelineview.TimelineView, qtbot: QtBot, sample_case: dict[str, int]) -> None:
    header = view.table.horizontalHeader()
    view.select_event(sample_case["event1"])
    header.setSortIndicator(timelinemodel.TITLE, Qt.SortOrder.AscendingOrder)
    header.sectionClicked.emit(timelinemodel.TITLE)
    assert _titles(view) == ["CNIL press release", "Intrusion", "Platform disconnected"]
    # The selected event stays selected in its new row.
    assert view.current_event() is not None and view.current_event().id == sample_case["event1"]  # type: ignore[union-attr]
    header.setSortIndicator(timelinemodel.TAGS, Qt.SortOrder.AscendingOrder)
    header.sectionClicked.emit(timelinemodel.TAGS)  # tags do not order a timeline: nothing changes
    assert _titles(view) == ["CNIL press release", "Intrusion", "Platform disconnected"]
    assert header.sortIndicatorSection() == timelinemodel.TITLE
    header.setSortIndicator(timelinemodel.TIME, Qt.SortOrder.DescendingOrder)
    header.sectionClicked.emit(timelinemodel.TIME)
    assert _titles(view) == ["CNIL press release", "Platform disconnected", "Intrusion"]
    assert view.current_event().id == sample_case["event1"]  # type: ignore[union-attr]


def test_delete_with_confirmation(
    window: mainwindow.MainWindow, view: timelineview.TimelineView, qtbot: QtBot, dialogs: Dialogs,
    sample_case: dict[str, int],
) -> None:
    view.select_event(sample_case["event2"])
    dialogs.confirm_answer = False
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert "CNIL press release" in dialogs.confirmations[0]
    assert view.model.rowCount() == 3

    dialogs.confirm_answer = True
    window.act_delete_event.trigger()
    assert _titles(view) == ["Intrusion", "Platform disconnected"]
    history = window.case_view.history.model
    assert history.data(history.index(0, 3)) == "Event deleted: CNIL press release"


def test_opening_a_big_case_reads_pages_only(
    window: mainwindow.MainWindow, session_factory: db.SessionFactory, sample_case: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No tab reads every event when a case opens (the Documents tab waits until it is shown)."""
    with session_factory.begin() as session:
        for i in range(450):
            timeline.add_event(session, sample_case["case"], snapshots.EventInput(
                occurred=snapshots.Moment(paris(2024, 3, 1) + dt.timedelta(minutes=i)), title=f"line {i}"),
                audited=False)
    limits: list[int | None] = []
    list_ids = timeline.list_ids

    def recording(*args: Any, limit: int | None = None, **kwargs: Any) -> list[int]:
        limits.append(limit)
        return list_ids(*args, limit=limit, **kwargs)

    monkeypatch.setattr(timeline, "list_ids", recording)
    window.open_case(sample_case["case"])
    model = window.case_view.timeline.model
    assert model.rowCount() == 453
    assert model.rows_held() == timelinemodel.PAGE
    assert limits == [timelinemodel.PAGE]
