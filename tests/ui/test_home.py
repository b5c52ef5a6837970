"""The home page on the demo case: most urgent clock per case, late requests, activity, counters
as filters, one click to each item, and the empty states."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from pytestqt.qtbot import QtBot

from cnil_case.core import correspondence, db, deadlines, demo, parties, snapshots
from cnil_case.ui import homemodel, homeview, mainwindow, preferences, tasks, workspacepane
from tests.ui import stubs

ClockState = deadlines.ClockState


@pytest.fixture
def demo_ids(session_factory: db.SessionFactory, clock: stubs.FakeClock) -> dict[str, int]:
    """The demo case, with a request to Viamedis 20 days old (15 days' limit: late) and one to
    Almerys due at the end of the frozen day (within the 12-hour threshold)."""
    now = clock()
    with session_factory.begin() as session:
        case_id = demo.ensure_demo_case(session)
        found = {p.organisation_name.split(" ")[0]: p.id for p in parties.list_parties(session, case_id)}
        late = correspondence.add(session, case_id, correspondence.CorrespondenceInput(
            kind="questionnaire", subject="Access logs of the professional portal",
            sent=snapshots.Moment(now - dt.timedelta(days=20), "minute"), recipient_party_id=found["Viamedis"],
            limit_amount=15, limit_unit="days"), now=now)
        soon = correspondence.add(session, case_id, correspondence.CorrespondenceInput(
            kind="document_request", subject="Processing register",
            sent=snapshots.Moment(now - dt.timedelta(days=2), "minute"), recipient_party_id=found["Almerys"],
            limit_date=dt.date(2024, 2, 3)), now=now)
    return {"case": case_id, "late": late.id, "soon": soon.id, **found}


@pytest.fixture
def pane(qtbot: QtBot, inline_tasks: tasks.Tasks, prefs: preferences.Preferences,
         clock: stubs.FakeClock) -> workspacepane.WorkspacePane:
    widget = workspacepane.WorkspacePane(tasks=inline_tasks, preferences=prefs)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    return widget


def _texts(model: QAbstractItemModel, column: int) -> list[str]:
    return [str(model.data(model.index(r, column))) for r in range(model.rowCount())]


def test_the_home_on_the_demo(pane: workspacepane.WorkspacePane, demo_ids: dict[str, int],
                              qtmodeltester: object) -> None:
    pane.refresh()
    home = pane.home
    assert pane.tabs.currentWidget() is home
    # The demo's most urgent clock: Viamedis's notice to Malakoff Humanis (Art. 33(2)), overdue.
    (line,) = home.cases_model.rows()
    assert line.case_id == demo_ids["case"] and line.reference == demo.REFERENCE
    assert line.clock is not None and line.clock.duty.code == "gdpr_33_2" and line.clock.debtor == "Viamedis"
    assert line.clock.state is ClockState.OVERDUE
    model = home.cases_model
    assert [model.data(model.index(0, c)) for c in (homemodel.CASE, homemodel.STATE, homemodel.COUNTDOWN,
                                                   homemodel.DUE)] == [
        demo.REFERENCE, "Overdue", "overdue by 1 d 20 h 00 min", "Fri 2 Feb 2024 00:00 (UTC+01:00)"]
    assert str(model.data(model.index(0, homemodel.OBLIGATION))).startswith("GDPR Art. 33(2) Viamedis → Malakoff Humanis")
    # The late request first, then the one due in 4 hours (end of 3 Feb in Paris).
    requests = home.requests_model
    assert [r.id for r in requests.rows()] == [demo_ids["late"], demo_ids["soon"]]
    assert _texts(requests, homemodel.R_STATE) == ["Late", "Due soon"]
    assert _texts(requests, homemodel.R_LATE) == ["late by 4 d 20 h 00 min", "4 h 00 min left"]
    assert _texts(requests, homemodel.R_RECIPIENT) == ["Viamedis", "Almerys"]
    assert _texts(requests, homemodel.R_CASE) == [demo.REFERENCE] * 2
    # The newest audit entries first: the two requests, then the demo's import.
    activity = home.activity_model
    assert activity.rowCount() == 20
    assert _texts(activity, homemodel.A_WHAT)[:3] == [
        "Correspondence (document_request): Processing register",
        "Correspondence (questionnaire): Access logs of the professional portal",
        "Risk assessment «Illustration (public facts)»: SE 3.00 (high), decided 'high'"]
    assert _texts(activity, homemodel.A_WHO)[0] == "tester"
    assert set(_texts(activity, homemodel.A_CASE)) == {demo.REFERENCE}
    assert home.counts() == {homeview.ALL: 1, homeview.OVERDUE: 1, homeview.DUE_SOON: 0, homeview.LATE: 1}
    assert home.counters[homeview.OVERDUE].text() == "1\nclock(s) overdue"
    assert home.counters[homeview.ALL].isChecked()
    for empty in (home.cases.empty, home.requests.empty, home.activity.empty):
        assert not empty.isVisibleTo(home)
    for checked in (home.cases_model, home.requests_model, home.activity_model):
        qtmodeltester.check(checked)  # type: ignore[attr-defined]


def test_activity_says_when_in_plain_words(pane: workspacepane.WorkspacePane, demo_ids: dict[str, int],
                                           clock: stubs.FakeClock) -> None:
    pane.refresh()
    model = pane.home.activity_model
    at = model.rows()[0].entry.at
    model.show(model.rows(), at + dt.timedelta(seconds=20))
    assert model.when(at, "Europe/Paris") == "just now"
    model.show(model.rows(), at + dt.timedelta(minutes=12))
    assert model.when(at, "Europe/Paris") == "12 min ago"
    noon = dt.datetime(2024, 2, 3, 11, 0, tzinfo=dt.UTC)  # 12:00 in Paris
    model.show(model.rows(), noon + dt.timedelta(hours=5))
    assert model.when(noon, "Europe/Paris") == "today 12:00"
    model.show(model.rows(), noon + dt.timedelta(days=1))
    assert model.when(noon, "Europe/Paris") == "yesterday 12:00"
    model.show(model.rows(), noon + dt.timedelta(days=3))
    assert model.when(noon, "Europe/Paris") == "2024-02-03 12:00"


def test_counters_filter_the_page(pane: workspacepane.WorkspacePane, demo_ids: dict[str, int], qtbot: QtBot,
                                  clock: stubs.FakeClock) -> None:
    pane.refresh()
    home = pane.home
    qtbot.mouseClick(home.counters[homeview.OVERDUE], Qt.MouseButton.LeftButton)
    assert home.current_filter == homeview.OVERDUE
    # Every overdue clock (Almerys's notices to its insurers run until 5 February); the late request
    # only; no activity.
    assert [(line.clock.debtor, line.clock.recipient) for line in home.cases_model.rows() if line.clock] == [
        ("Viamedis", "Malakoff Humanis")]
    assert home.cases.title.text() == "Overdue clocks"
    assert [r.id for r in home.requests_model.rows()] == [demo_ids["late"]]
    assert not home.activity.isVisibleTo(home)
    qtbot.mouseClick(home.counters[homeview.DUE_SOON], Qt.MouseButton.LeftButton)
    assert home.cases_model.rowCount() == 0 and home.cases.empty.isVisibleTo(home)
    assert home.cases.empty.text() == "No clock due soon."
    assert [r.id for r in home.requests_model.rows()] == [demo_ids["soon"]]
    qtbot.mouseClick(home.counters[homeview.LATE], Qt.MouseButton.LeftButton)
    assert not home.cases.isVisibleTo(home) and [r.id for r in home.requests_model.rows()] == [demo_ids["late"]]
    qtbot.mouseClick(home.counters[homeview.ALL], Qt.MouseButton.LeftButton)
    assert home.cases.isVisibleTo(home) and home.activity.isVisibleTo(home)
    assert home.cases_model.rowCount() == 1 and home.requests_model.rowCount() == 2
    # A new read (the minute refresh) keeps the filter.
    home.set_filter(homeview.LATE)
    pane.refresh()
    assert home.current_filter == homeview.LATE and home.requests_model.rowCount() == 1
    # Three days later Almerys's notices are overdue too: one case, three overdue clocks, all listed.
    clock.advance(days=3)
    home.set_filter(homeview.OVERDUE)
    pane.refresh()
    assert home.counts()[homeview.OVERDUE] == 3
    assert [(line.clock.debtor, line.clock.recipient) for line in home.cases_model.rows() if line.clock] == [
        ("Viamedis", "Malakoff Humanis"), ("Almerys", "Aésio"), ("Almerys", "MGP")]
    home.set_filter(homeview.ALL)
    assert home.cases_model.rowCount() == 1


def _activate(qtbot: QtBot, home: homeview.HomeView, section: homeview._Section, row: int, column: int) -> None:
    table = section.table
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_Return)


def test_each_item_opens_what_it_names(pane: workspacepane.WorkspacePane, demo_ids: dict[str, int],
                                       qtbot: QtBot) -> None:
    pane.refresh()
    home = pane.home
    with qtbot.waitSignal(pane.case_requested) as opened:
        _activate(qtbot, home, home.cases, 0, homemodel.CASE)
    assert opened.args == [demo_ids["case"]]
    with qtbot.waitSignal(pane.dashboard.clock_activated) as clock:
        _activate(qtbot, home, home.cases, 0, homemodel.COUNTDOWN)
    (chosen,) = clock.args
    assert chosen.key == deadlines.ObligationKey(demo_ids["Viamedis"], "gdpr_33_2", demo_ids["Malakoff"])
    with qtbot.waitSignal(pane.correspondence_requested) as item:
        _activate(qtbot, home, home.requests, 1, homemodel.R_REQUEST)
    assert item.args == [demo_ids["case"], demo_ids["soon"]]
    with qtbot.waitSignal(pane.case_requested) as entry:
        _activate(qtbot, home, home.activity, 3, homemodel.A_WHAT)
    assert entry.args == [demo_ids["case"]]


def test_a_case_without_clock_and_a_workspace_entry(pane: workspacepane.WorkspacePane, demo_ids: dict[str, int],
                                                    session_factory: db.SessionFactory, qtbot: QtBot) -> None:
    from cnil_case.core import cases

    with session_factory.begin() as session:
        parties.create_organisation(session, snapshots.OrganisationInput(name="Hôpital Exemple"))
        new = cases.create(session, snapshots.CaseInput(reference="BRE-2024-009", title="Lost laptop"))
    pane.refresh()
    home = pane.home
    assert [line.reference for line in home.cases_model.rows()] == [demo.REFERENCE, "BRE-2024-009"]
    assert _texts(home.cases_model, homemodel.STATE)[1] == "No clock running"
    assert home.counts()[homeview.ALL] == 2
    with qtbot.waitSignal(pane.case_requested) as opened:
        _activate(qtbot, home, home.cases, 1, homemodel.COUNTDOWN)
    assert opened.args == [new.id]
    # The organisation's creation belongs to no case: it opens nothing.
    assert _texts(home.activity_model, homemodel.A_CASE)[:2] == ["BRE-2024-009", "workspace"]
    with qtbot.assert_not_emitted(pane.case_requested):
        _activate(qtbot, home, home.activity, 1, homemodel.A_WHAT)


def test_an_empty_workspace_says_what_would_appear(pane: workspacepane.WorkspacePane) -> None:
    pane.refresh()
    home = pane.home
    assert home.counts() == {homeview.ALL: 0, homeview.OVERDUE: 0, homeview.DUE_SOON: 0, homeview.LATE: 0}
    assert home.cases.empty.isVisibleTo(home) and not home.cases.table.isVisibleTo(home)
    assert home.cases.empty.text().startswith("No open case.")
    assert home.requests.empty.isVisibleTo(home) and home.requests.empty.text().startswith("No late request.")
    assert home.activity.empty.isVisibleTo(home) and home.activity.empty.text().startswith("No activity yet.")


# The offscreen platform plugin warns when a top-level window is shown (see test_look).
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_in_the_window_a_clock_opens_the_case_on_it(
    qtbot: QtBot, demo_ids: dict[str, int], inline_tasks: tasks.Tasks, workspace_path: Path,
    prefs: preferences.Preferences,
) -> None:
    """Through the dashboard's existing path, with a real double click (the home is the pane's first tab)."""
    win = mainwindow.MainWindow(tasks=inline_tasks, workspace=str(workspace_path), preferences=prefs)
    qtbot.addWidget(win)
    home = win.workspace_pane.home
    assert win.right.currentWidget() is win.workspace_pane and win.workspace_pane.tabs.currentWidget() is home
    win.show()
    qtbot.waitExposed(win)
    table = home.cases.table
    rect = table.visualRect(home.cases_model.index(0, homemodel.STATE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = win.case_view
    assert view.case is not None and view.case.id == demo_ids["case"] and view.currentWidget() is view.obligations
    selected = view.obligations.current_clock()
    assert selected is not None and selected.key == deadlines.ObligationKey(demo_ids["Viamedis"], "gdpr_33_2", demo_ids["Malakoff"])
