"""Every item model passes Qt's model tester on a populated instance; paging and fetchMore work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from cnil_case.core import db, deadlines, snapshots, timeline, times
from cnil_case.ui import (
    caselistmodel,
    dashboardmodel,
    historymodel,
    obligationsmodel,
    organisationsmodel,
    partiesmodel,
    tasks,
)
from tests.ui import stubs


def test_case_list_model(qtmodeltester: Any, inline_tasks: tasks.Tasks, sample_case: dict[str, int]) -> None:
    model = caselistmodel.CaseListModel(tasks=inline_tasks)
    model.load()
    assert model.rowCount() == 1
    assert model.data(model.index(0, caselistmodel.REFERENCE)) == "BRE-2024-001"
    assert model.data(model.index(0, caselistmodel.PARTIES)) == 2
    assert model.data(model.index(0, caselistmodel.EVENTS)) == 3
    qtmodeltester.check(model)


def test_organisations_model(qtmodeltester: Any, inline_tasks: tasks.Tasks, sample_case: dict[str, int]) -> None:
    model = organisationsmodel.OrganisationsModel(tasks=inline_tasks)
    model.load()
    names = [model.data(model.index(r, organisationsmodel.NAME)) for r in range(model.rowCount())]
    assert names == ["Mutuelle Exemple", "Opérateur TP"]
    assert model.data(model.index(0, organisationsmodel.SIREN)) == "732829320"
    qtmodeltester.check(model)


def test_parties_model(qtmodeltester: Any, inline_tasks: tasks.Tasks, sample_case: dict[str, int]) -> None:
    model = partiesmodel.PartiesModel(tasks=inline_tasks)
    model.load(sample_case["case"], "Europe/Paris")
    assert model.rowCount() == 2
    assert model.data(model.index(0, partiesmodel.ROLE)) == "Controller"
    assert model.data(model.index(0, partiesmodel.AWARE)) == "2024-02-01 09:00 (UTC+01:00)"
    assert model.data(model.index(1, partiesmodel.AWARE)) == "unknown"
    qtmodeltester.check(model)


def test_history_model(qtmodeltester: Any, inline_tasks: tasks.Tasks, sample_case: dict[str, int]) -> None:
    model = historymodel.HistoryModel(tasks=inline_tasks)
    model.load(sample_case["case"], "Europe/Paris")
    # 1 case + 2 parties + 3 events, newest first.
    assert model.rowCount() == 6
    assert model.data(model.index(0, historymodel.WHAT)) == "Event added: CNIL press release"
    assert model.data(model.index(5, historymodel.ACTION)) == "Case created"
    assert model.data(model.index(5, historymodel.WHO)) == "tester"
    assert "reference: BRE-2024-001" in model.data(model.index(5, historymodel.CHANGES))
    assert '"title": "Tiers-payant portal intrusion"' in model.data(
        model.index(5, historymodel.CHANGES), Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(model)


def test_history_fetches_in_batches(
    qtmodeltester: Any, inline_tasks: tasks.Tasks, session_factory: db.SessionFactory, sample_case: dict[str, int],
) -> None:
    start = times.resolve_local(dt.datetime(2024, 3, 1, 8, 0), "Europe/Paris")
    with session_factory.begin() as session:
        for i in range(250):
            timeline.add_event(session, sample_case["case"], snapshots.EventInput(
                occurred=snapshots.Moment(start + dt.timedelta(minutes=i)), title=f"Audited {i}"))
    model = historymodel.HistoryModel(tasks=inline_tasks)
    model.load(sample_case["case"], "Europe/Paris")
    assert model.rowCount() == historymodel.BATCH
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 256
    assert not model.canFetchMore(QModelIndex())
    assert model.data(model.index(255, historymodel.ACTION)) == "Case created"
    qtmodeltester.check(model)


def test_history_of_an_edit_shows_before_and_after(
    inline_tasks: tasks.Tasks, session_factory: db.SessionFactory, sample_case: dict[str, int]
) -> None:
    with session_factory.begin() as session:
        row = timeline.get_event(session, sample_case["event2"])
        timeline.update_event(session, row.id, snapshots.EventInput(
            **{**row.as_input().__dict__, "title": "CNIL release"}))
    model = historymodel.HistoryModel(tasks=inline_tasks)
    model.load(sample_case["case"], "Europe/Paris")
    assert model.data(model.index(0, historymodel.CHANGES)) == "title: CNIL press release → CNIL release"


def _swap_first_two(clocks: list[deadlines.Clock]) -> list[deadlines.Clock]:
    return [clocks[1], clocks[0], *clocks[2:]]


def test_obligations_model(
    qtmodeltester: Any, inline_tasks: tasks.Tasks, sample_case: dict[str, int], clock: stubs.FakeClock,
) -> None:
    model = obligationsmodel.ObligationsModel(tasks=inline_tasks)
    model.load(sample_case["case"], due_soon=deadlines.DEFAULT_DUE_SOON)
    assert model.rowCount() == 4 and model.columnCount() == 8
    assert model.data(model.index(0, obligationsmodel.DUE)) == "Sun 4 Feb 2024 09:00 (UTC+01:00)"
    assert model.data(model.index(0, obligationsmodel.COUNTDOWN)) == "13 h 00 min left"
    assert model.data(model.index(0, obligationsmodel.STATE), Qt.ItemDataRole.UserRole) == deadlines.ObligationKey(
        sample_case["controller"], "gdpr_33_1")
    assert "Reg. 1182/71" in model.data(model.index(0, obligationsmodel.DUE), Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(model)
    # The tester stays attached: values changed in place, rows moved, then a new list.
    clock.advance(hours=2)
    model.refresh()
    assert model.data(model.index(0, obligationsmodel.STATE)) == "Due soon"
    model.show(_swap_first_two(model.clocks()), clock())
    assert model.clock_at(0).duty.code == "gdpr_33_4"  # type: ignore[union-attr]
    model.show(model.clocks()[:2], clock())
    assert model.rowCount() == 2
    model.load(None, due_soon=deadlines.DEFAULT_DUE_SOON)
    assert model.rowCount() == 0


def test_reordered_rows_keep_the_selection(
    qtbot: QtBot, inline_tasks: tasks.Tasks, sample_case: dict[str, int], clock: stubs.FakeClock,
) -> None:
    model = obligationsmodel.ObligationsModel(tasks=inline_tasks)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.load(sample_case["case"], due_soon=deadlines.DEFAULT_DUE_SOON)
    view.selectRow(0)
    with qtbot.assert_not_emitted(model.modelReset):
        model.show(_swap_first_two(model.clocks()), clock())
    (selected,) = view.selectionModel().selectedRows()
    assert selected.row() == 1 and model.clock_at(1).duty.code == "gdpr_33_1"  # type: ignore[union-attr]


def test_dashboard_model(
    qtmodeltester: Any, inline_tasks: tasks.Tasks, sample_case: dict[str, int], clock: stubs.FakeClock,
) -> None:
    model = dashboardmodel.DashboardModel(tasks=inline_tasks)
    model.load(due_soon=deadlines.DEFAULT_DUE_SOON, include_closed=False)
    assert model.rowCount() == 4 and model.columnCount() == 7
    assert model.data(model.index(0, dashboardmodel.CASE)) == "BRE-2024-001"
    assert model.data(model.index(0, dashboardmodel.STATE)) == "Running"
    qtmodeltester.check(model)
    model.set_filter(dashboardmodel.DashboardFilter(group=dashboardmodel.DONE))
    assert model.rowCount() == 0
    model.set_filter(dashboardmodel.DashboardFilter(text="Opérateur"))
    assert model.rowCount() == 1
    clock.advance(hours=14)
    model.set_filter(dashboardmodel.DashboardFilter())
    model.load(due_soon=deadlines.DEFAULT_DUE_SOON, include_closed=False)
    assert model.data(model.index(0, dashboardmodel.STATE)) == "Overdue"
    assert model.counts()[deadlines.ClockState.OVERDUE] == 1


def test_stale_answers_are_dropped(
    inline_tasks: tasks.Tasks, sample_case: dict[str, int], clock: stubs.FakeClock, monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = obligationsmodel.ObligationsModel(tasks=inline_tasks)
    held: list[Callable[[], None]] = []
    real_run_db = inline_tasks.run_db

    def hold(op: Any, *, parent: Any, success: Any, failure: Any = None) -> None:
        held.append(lambda: real_run_db(op, parent=parent, success=success, failure=failure))

    monkeypatch.setattr(inline_tasks, "run_db", hold)
    model.load(sample_case["case"], due_soon=deadlines.DEFAULT_DUE_SOON)
    model.load(None, due_soon=deadlines.DEFAULT_DUE_SOON)
    held[0]()  # the first read answers after the case was left
    assert model.rowCount() == 0
