"""The timeline model: a count plus pages read by offset, sorted and filtered in SQL, bounded memory."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cnil_case.core import db, snapshots, timeline, times
from cnil_case.ui import tasks, timelinemodel

TITLE = timelinemodel.TITLE
CATEGORIES = ("attack", "containment", "press", "other")


def _many_events(session_factory: db.SessionFactory, case_id: int, n: int) -> None:
    """``n`` events a minute apart; titles and categories are out of time order."""
    start = times.resolve_local(dt.datetime(2024, 3, 1, 8, 0), "Europe/Paris")
    with session_factory.begin() as session:
        for i in range(n):
            timeline.add_event(
                session, case_id,
                snapshots.EventInput(occurred=snapshots.Moment(start + dt.timedelta(minutes=i)), title=f"Log line {i}",
                                     category=CATEGORIES[i % 4]),
                audited=False,
            )


def _all_titles(qtbot: QtBot, model: timelinemodel.TimelineModel) -> list[str]:
    """Every title, page by page, waiting for each page the way a scrolling view would."""
    titles = []
    for row in range(model.rowCount()):
        index = model.index(row, TITLE)
        if model.event_at(row) is None:
            model.data(index)
            qtbot.waitUntil(lambda index=index: model.data(index) != "loading…")  # type: ignore[misc]
        titles.append(model.data(index))
    return titles


@pytest.fixture
def model(inline_tasks: tasks.Tasks) -> timelinemodel.TimelineModel:
    return timelinemodel.TimelineModel(tasks=inline_tasks)


def test_timeline_model(qtmodeltester: Any, model: timelinemodel.TimelineModel, sample_case: dict[str, int]) -> None:
    model.load(sample_case["case"], "Europe/Paris")
    assert model.rowCount() == 3
    assert [model.data(model.index(r, TITLE)) for r in range(3)] == [
        "Intrusion", "Platform disconnected", "CNIL press release"]
    assert model.data(model.index(1, timelinemodel.TIME)) == "2024-02-01 10:30 (UTC+01:00)"
    assert model.data(model.index(0, timelinemodel.TIME)) == "2024-01-29"
    assert model.data(model.index(1, timelinemodel.STAR)) == timelinemodel.STARRED
    assert model.data(model.index(0, timelinemodel.ACTOR)) == "Opérateur TP"
    qtmodeltester.check(model)


def test_timeline_shown_in_another_zone(model: timelinemodel.TimelineModel, sample_case: dict[str, int]) -> None:
    model.load(sample_case["case"], "America/New_York")
    assert model.data(model.index(1, timelinemodel.TIME)) == "2024-02-01 04:30 (UTC-05:00)"


def test_timeline_sort_reverses(model: timelinemodel.TimelineModel, sample_case: dict[str, int]) -> None:
    model.load(sample_case["case"], "Europe/Paris")
    model.sort(timelinemodel.TIME, Qt.SortOrder.DescendingOrder)
    assert [model.data(model.index(r, TITLE)) for r in range(3)] == [
        "CNIL press release", "Platform disconnected", "Intrusion"]
    # A filter re-queries in the current direction.
    model.set_filter(snapshots.EventFilter(categories=frozenset({"press", "attack"})))
    assert [model.data(model.index(r, TITLE)) for r in range(2)] == ["CNIL press release", "Intrusion"]


def test_timeline_pages_load_on_demand(
    qtmodeltester: Any, qtbot: QtBot, model: timelinemodel.TimelineModel, session_factory: db.SessionFactory,
    sample_case: dict[str, int],
) -> None:
    _many_events(session_factory, sample_case["case"], 450)
    model.load(sample_case["case"], "Europe/Paris")
    assert model.rowCount() == 453
    assert model.rows_held() == timelinemodel.PAGE  # the first page came with the count
    last = model.index(452, TITLE)
    # Beyond the first page: a placeholder first, the row once its page arrived.
    assert model.data(last) == "loading…"
    with qtbot.waitSignal(model.dataChanged):
        pass
    assert model.data(last) == "Log line 449"
    middle = model.index(250, TITLE)
    model.data(middle)
    qtbot.waitUntil(lambda: model.data(middle) == "Log line 247")
    assert model.fully_loaded()
    qtmodeltester.check(model)


def test_timeline_never_reads_every_id(
    qtbot: QtBot, model: timelinemodel.TimelineModel, session_factory: db.SessionFactory,
    sample_case: dict[str, int], monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Only pages are read; the cache keeps at most MAX_PAGES of them, whatever was scrolled."""
    _many_events(session_factory, sample_case["case"], 1200)
    asked: list[int | None] = []
    list_ids = timeline.list_ids

    def paged(*args: Any, limit: int | None = None, **kwargs: Any) -> list[int]:
        asked.append(limit)
        return list_ids(*args, limit=limit, **kwargs)

    monkeypatch.setattr(timeline, "list_ids", paged)
    monkeypatch.setattr(timelinemodel, "MAX_PAGES", 2)
    model.load(sample_case["case"], "Europe/Paris")
    titles = []
    for row in range(model.rowCount()):
        titles.extend(_all_titles_at(qtbot, model, row))
        assert model.rows_held() <= 2 * timelinemodel.PAGE
    assert titles == ["Intrusion", "Platform disconnected", "CNIL press release"] + [f"Log line {i}" for i in range(1200)]
    assert asked and all(limit == timelinemodel.PAGE for limit in asked)
    # A page dropped from the cache is read again when it is shown again.
    first = model.index(0, TITLE)
    assert model.data(first) == "loading…"
    qtbot.waitUntil(lambda: model.data(first) == "Intrusion")


def _all_titles_at(qtbot: QtBot, model: timelinemodel.TimelineModel, row: int) -> list[str]:
    index = model.index(row, TITLE)
    if model.event_at(row) is None:
        model.data(index)
        qtbot.waitUntil(lambda: model.event_at(row) is not None)
    return [model.data(index)]


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sort_by_title_runs_in_sql_across_pages(
    qtbot: QtBot, model: timelinemodel.TimelineModel, session_factory: db.SessionFactory,
    sample_case: dict[str, int], order: Qt.SortOrder,
) -> None:
    _many_events(session_factory, sample_case["case"], 450)
    model.load(sample_case["case"], "Europe/Paris")
    with qtbot.waitSignal(model.loaded):
        model.sort(TITLE, order)
    assert model.sort_key == "title"
    titles = _all_titles(qtbot, model)
    # "Log line 10" sorts before "Log line 9": the database's order, not the time order.
    assert titles == sorted(titles, reverse=order == Qt.SortOrder.DescendingOrder)
    assert len(titles) == 453 and titles[0] == ("CNIL press release" if order == Qt.SortOrder.AscendingOrder
                                                  else "Platform disconnected")
    # Columns that do not order a timeline change nothing.
    model.sort(timelinemodel.TAGS, Qt.SortOrder.AscendingOrder)
    assert model.sort_key == "title"


def test_filter_counts_and_pages(
    qtbot: QtBot, model: timelinemodel.TimelineModel, session_factory: db.SessionFactory, sample_case: dict[str, int],
) -> None:
    _many_events(session_factory, sample_case["case"], 900)
    model.load(sample_case["case"], "Europe/Paris")
    model.sort(timelinemodel.CATEGORY, Qt.SortOrder.AscendingOrder)
    model.set_filter(snapshots.EventFilter(categories=frozenset({"containment"})))
    # 225 imported lines (i % 4 == 1) and the sample case's "Platform disconnected".
    assert model.rowCount() == 226
    assert model.sort_key == "category"
    titles = _all_titles(qtbot, model)
    # One category: in time order, February's event first.
    assert titles[:2] == ["Platform disconnected", "Log line 1"] and titles[-1] == "Log line 897"
    # Another filter keeps the order: by category, then time.
    model.set_filter(snapshots.EventFilter(text="line 89"))
    lines = sorted([89, *range(890, 900)], key=lambda i: (CATEGORIES[i % 4], i))
    assert _all_titles(qtbot, model) == [f"Log line {i}" for i in lines]


def test_locate_finds_a_row_that_is_not_loaded(
    model: timelinemodel.TimelineModel, session_factory: db.SessionFactory, sample_case: dict[str, int],
) -> None:
    _many_events(session_factory, sample_case["case"], 700)
    with session_factory() as session:
        far = timeline.list_ids(session, sample_case["case"], offset=650, limit=1)[0]
    model.load(sample_case["case"], "Europe/Paris")
    assert model.row_of(far) == -1  # its page is not loaded
    found: list[int] = []
    model.locate(far, found.append)
    model.locate(sample_case["event1"], found.append)  # on the first page: answered at once
    model.set_filter(snapshots.EventFilter(starred_only=True))
    model.locate(far, found.append)
    assert found == [650, 1, -1]


def test_timeline_row_deleted_meanwhile_shows_disabled(
    qtbot: QtBot, model: timelinemodel.TimelineModel, session_factory: db.SessionFactory, sample_case: dict[str, int],
) -> None:
    _many_events(session_factory, sample_case["case"], 250)
    model.load(sample_case["case"], "Europe/Paris")
    assert model.rowCount() == 253
    with session_factory.begin() as session:
        timeline.delete_event(session, model.id_at(5) or 0)
    # The count is from before the deletion: the last page comes back one row short.
    index = model.index(252, TITLE)
    model.data(index)
    qtbot.waitUntil(lambda: model.data(index) == "(deleted)")
    assert model.flags(index) == Qt.ItemFlag.NoItemFlags
    assert model.data(model.index(251, TITLE)) == "Log line 249"


class HeldExecutor(Executor):
    """Keeps submitted calls until the test runs them, one by one, in order."""

    def __init__(self) -> None:
        self.held: list[tuple[Future[Any], Callable[[], Any]]] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        self.held.append((future, lambda: fn(*args, **kwargs)))
        return future

    def run_next(self) -> None:
        future, call = self.held.pop(0)
        try:
            future.set_result(call())
        except BaseException as exc:
            future.set_exception(exc)


def test_first_page_shows_before_the_count(
    qtbot: QtBot, session_factory: db.SessionFactory, workspace_path: Any, sample_case: dict[str, int],
) -> None:
    _many_events(session_factory, sample_case["case"], 450)
    held = HeldExecutor()
    runner = tasks.Tasks(session_factory, where=str(workspace_path), db_executor=held, io_executor=held)
    model = timelinemodel.TimelineModel(tasks=runner)
    model.load(sample_case["case"], "Europe/Paris")
    with qtbot.waitSignal(model.modelReset):
        held.run_next()  # the first page
    assert model.rowCount() == timelinemodel.PAGE
    assert model.data(model.index(0, TITLE)) == "Intrusion"
    with qtbot.waitSignal(model.loaded):
        held.run_next()  # the count
    assert model.rowCount() == 453
    assert model.data(model.index(452, TITLE)) == "loading…"
    runner.shutdown()
