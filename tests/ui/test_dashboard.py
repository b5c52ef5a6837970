"""The deadlines dashboard: order, filters, summary, opening a clock; the minute refresh,
notifications, the settings that change the threshold, the View menu."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from cnil_case.core import cases, correspondence, db, deadlines, parties, snapshots
from cnil_case.ui import (
    dashboardmodel,
    dashboardview,
    mainwindow,
    notifier,
    obligationsmodel,
    preferences,
    settingsdialog,
    tasks,
)
from tests.helpers.fixtures import paris
from tests.ui import stubs

ClockState = deadlines.ClockState


@pytest.fixture
def second_case(session_factory: db.SessionFactory, sample_case: dict[str, int]) -> dict[str, int]:
    """A hospital aware since 1 February 2024 at midnight, bound by the GDPR and NIS2.

    At the frozen time (2024-02-03 19:00 UTC): NIS2's early warning (24 h) is overdue, the GDPR and
    NIS2 72-hour clocks are due in 4 hours, the final NIS2 report waits for the notification.
    """
    with session_factory.begin() as session:
        case = cases.create(session, snapshots.CaseInput(reference="BRE-2024-002", title="Hospital ransomware"))
        hospital = parties.create_organisation(session, snapshots.OrganisationInput(name="Hôpital Exemple"))
        party = parties.add_party(session, case.id, snapshots.PartyInput(
            organisation_id=hospital.id, role="controller", aware=snapshots.Moment(paris(2024, 2, 1)),
            regimes=("gdpr", "nis2")))
    return {"case": case.id, "hospital": party.id}


@pytest.fixture
def dash_window(
    qtbot: QtBot, second_case: dict[str, int], clock: stubs.FakeClock, inline_tasks: tasks.Tasks,
    workspace_path: Path, prefs: preferences.Preferences,
) -> mainwindow.MainWindow:
    """The window opened on a workspace that already holds both cases, at the frozen time."""
    win = mainwindow.MainWindow(tasks=inline_tasks, workspace=str(workspace_path), preferences=prefs)
    qtbot.addWidget(win)
    return win


def _column(model: dashboardmodel.DashboardModel, column: int) -> list[str]:
    return [str(model.data(model.index(r, column))) for r in range(model.rowCount())]


def _rows(model: dashboardmodel.DashboardModel) -> list[tuple[str, str, str]]:
    return [(c.case_reference, c.duty.code, c.state.value) for c in model.clocks()]


def test_shown_first_when_no_case_is_open(dash_window: mainwindow.MainWindow) -> None:
    pane = dash_window.workspace_pane
    assert dash_window.right.currentWidget() is pane
    assert pane.tabs.currentWidget() is pane.home
    assert [pane.tabs.tabText(i).replace("&", "") for i in range(pane.tabs.count())] == [
        "Home", "Deadlines", "Workspace history"]


def test_most_urgent_first_with_summary(dash_window: mainwindow.MainWindow) -> None:
    view = dash_window.dashboard
    model = view.model
    assert _rows(model) == [
        ("BRE-2024-002", "nis2_early_warning", "overdue"),
        ("BRE-2024-002", "gdpr_33_1", "due_soon"),
        ("BRE-2024-002", "nis2_notification", "due_soon"),
        ("BRE-2024-001", "gdpr_33_1", "running"),
        ("BRE-2024-001", "gdpr_34", "running"),
        ("BRE-2024-002", "gdpr_34", "running"),
        ("BRE-2024-001", "gdpr_33_2", "waiting"),
        ("BRE-2024-001", "gdpr_33_4", "waiting"),
        ("BRE-2024-002", "gdpr_33_4", "waiting"),
        ("BRE-2024-002", "nis2_final", "waiting"),
    ]
    assert view.summary.text() == "1 overdue · 2 due soon · 3 running · 4 waiting"
    assert _column(model, dashboardmodel.COUNTDOWN)[:4] == [
        "overdue by 1 d 20 h 00 min", "4 h 00 min left", "4 h 00 min left", "13 h 00 min left"]
    assert _column(model, dashboardmodel.DUE)[0] == "Fri 2 Feb 2024 00:00 (UTC+01:00)"
    assert _column(model, dashboardmodel.STATE)[:2] == ["Overdue", "Due soon"]
    assert _column(model, dashboardmodel.PARTY)[0] == "Hôpital Exemple"
    assert _column(model, dashboardmodel.DUTY)[0] == "NIS2 Art. 23(4)(a) — Early warning to the CSIRT / authority"
    assert model.data(model.index(0, dashboardmodel.CASE), Qt.ItemDataRole.ToolTipRole) == (
        "BRE-2024-002: Hospital ransomware")


def test_colour_and_text_by_state(dash_window: mainwindow.MainWindow) -> None:
    model = dash_window.dashboard.model
    background = [model.data(model.index(r, dashboardmodel.STATE), Qt.ItemDataRole.BackgroundRole)
                  for r in range(model.rowCount())]
    assert background[0].color().name() == "#c62828"  # overdue: red
    assert background[1].color().name() == "#ffb300"  # due soon: amber
    assert background[3] is None  # running: neutral
    waiting = model.index(6, dashboardmodel.PARTY)
    assert model.data(waiting, Qt.ItemDataRole.FontRole).italic()
    assert model.data(waiting, Qt.ItemDataRole.ForegroundRole).color().name() == "#6b6b6b"


def test_filters(dash_window: mainwindow.MainWindow, qtbot: QtBot) -> None:
    view = dash_window.dashboard
    model = view.model
    view.regime.setCurrentIndex(view.regime.findData("nis2"))
    view.apply_filter()
    assert [c.duty.code for c in model.clocks()] == ["nis2_early_warning", "nis2_notification", "nis2_final"]
    assert view.summary.text() == "1 overdue · 1 due soon · 0 running · 1 waiting"
    view.regime.setCurrentIndex(0)
    view.text.setText("OPÉRATEUR")  # case-insensitive (keyClicks types ASCII only)
    assert _rows(model) == [("BRE-2024-001", "gdpr_33_2", "waiting")]
    view.text.clear()
    qtbot.keyClicks(view.text, "hospital")  # the case's title matches too
    assert {c.case_reference for c in model.clocks()} == {"BRE-2024-002"}
    view.text.clear()
    view.group.setCurrentIndex(view.group.findData(dashboardmodel.DONE))
    view.apply_filter()
    assert model.rowCount() == 0
    view.group.setCurrentIndex(view.group.findData(dashboardmodel.ALL))
    view.apply_filter()
    assert model.rowCount() == 10


def test_closed_cases_on_request(
    dash_window: mainwindow.MainWindow, session_factory: db.SessionFactory, second_case: dict[str, int],
) -> None:
    with session_factory.begin() as session:
        cases.close(session, second_case["case"])
    view = dash_window.dashboard
    view.refresh()
    assert {c.case_reference for c in view.model.clocks()} == {"BRE-2024-001"}
    view.show_closed.setChecked(True)
    assert "BRE-2024-002 (closed)" in _column(view.model, dashboardmodel.CASE)
    # Closed cases are shown, but never announced.
    assert all(c.case_id != second_case["case"] for c in view.model.reading.open_case_clocks())


# The offscreen platform plugin warns when a top-level window is shown (see test_look).
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_double_click_opens_the_case_on_the_clock(
    dash_window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int],
) -> None:
    dash_window.show()
    qtbot.waitExposed(dash_window)
    table = dash_window.dashboard.table
    row = next(r for r, c in enumerate(dash_window.dashboard.model.clocks())
               if c.case_reference == "BRE-2024-001" and c.duty.code == "gdpr_34")
    rect = table.visualRect(dash_window.dashboard.model.index(row, dashboardmodel.DUTY))
    # A real double click: QTest's mouseDClick sends only the second press.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = dash_window.case_view
    assert view.case is not None and view.case.id == sample_case["case"]
    assert dash_window.right.currentWidget() is view
    assert view.currentWidget() is view.obligations
    selected = view.obligations.current_clock()
    assert selected is not None and selected.key == deadlines.ObligationKey(sample_case["controller"], "gdpr_34")
    assert dash_window.case_list.current_case_id() == sample_case["case"]


def test_view_menu_closes_the_case_and_shows_the_dashboard(
    dash_window: mainwindow.MainWindow, sample_case: dict[str, int],
) -> None:
    assert dash_window.act_dashboard.shortcut() == QKeySequence("Ctrl+Shift+D")
    dash_window.open_case(sample_case["case"])
    dash_window.workspace_pane.tabs.setCurrentIndex(1)
    dash_window.act_dashboard.trigger()
    assert dash_window.case_view.case is None
    assert dash_window.right.currentWidget() is dash_window.workspace_pane
    assert dash_window.workspace_pane.tabs.currentWidget() is dash_window.dashboard


def test_minute_refresh_updates_in_place_and_notifies_once(
    dash_window: mainwindow.MainWindow, qtbot: QtBot, clock: stubs.FakeClock, sample_case: dict[str, int],
) -> None:
    announced: list[notifier.Announcement] = []
    dash_window.notifier.announced.connect(announced.append)
    model = dash_window.dashboard.model
    key = deadlines.ObligationKey(sample_case["controller"], "gdpr_33_1")
    assert dash_window.clock_timer.interval() == 60_000 and dash_window.clock_timer.isActive()

    clock.advance(hours=2)  # 11 hours left: due soon
    with qtbot.assert_not_emitted(model.modelReset):
        dash_window.clock_timer.timeout.emit()
    assert model.clocks()[model.row_of(key)].state is ClockState.DUE_SOON
    assert dash_window.dashboard.summary.text() == "1 overdue · 3 due soon · 2 running · 4 waiting"
    (first,) = announced
    assert first.key == key and first.case_id == sample_case["case"]
    assert first.text == ("BRE-2024-001 · GDPR Art. 33(1) Mutuelle Exemple → supervisory authority (Art. 55): "
                          "due in 11 h 00 min (Sun 4 Feb 2024 09:00 (UTC+01:00))")
    # No tray offscreen: the banner shows it, with a button to open the clock, and the status bar.
    banner = dash_window.banner
    assert banner.isVisibleTo(dash_window) and "due in 11 h 00 min" in banner.text.text()
    assert "due in 11 h 00 min" in dash_window.statusBar().currentMessage()

    clock.advance(minutes=1)
    dash_window.clock_timer.timeout.emit()
    assert len(announced) == 1  # once per clock and state

    clock.advance(hours=11)  # past the deadline (the other case's 72-hour clocks too)
    dash_window.refresh_clocks()
    (passed,) = [a for a in announced[1:] if a.key == key]
    assert passed.title == "Deadline passed" and passed.level is notifier.Level.CRITICAL
    assert passed.text.endswith("overdue by 1 min (deadline Sun 4 Feb 2024 09:00 (UTC+01:00))")
    assert len(announced) == 4
    dash_window.refresh_clocks()
    assert len(announced) == 4

    banner.open_button.click()
    assert not banner.isVisibleTo(dash_window)
    selected = dash_window.case_view.obligations.current_clock()
    assert selected is not None and selected.key == key


def test_start_up_sums_up_what_is_already_urgent(
    qtbot: QtBot, second_case: dict[str, int], clock: stubs.FakeClock, inline_tasks: tasks.Tasks,
    workspace_path: Path, prefs: preferences.Preferences, monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[notifier.Announcement] = []
    monkeypatch.setattr(notifier.Notifier, "_show", lambda self, announcement: made.append(announcement))
    win = mainwindow.MainWindow(tasks=inline_tasks, workspace=str(workspace_path), preferences=prefs)
    qtbot.addWidget(win)
    (summary,) = made
    assert summary.key is None and summary.level is notifier.Level.CRITICAL
    assert summary.text == "1 overdue and 2 due soon in BRE-2024-002"
    win.refresh_clocks()
    win.refresh_clocks()
    assert len(made) == 1


def test_banner_summary_opens_the_dashboard(
    qtbot: QtBot, second_case: dict[str, int], clock: stubs.FakeClock, inline_tasks: tasks.Tasks,
    workspace_path: Path, prefs: preferences.Preferences, sample_case: dict[str, int],
) -> None:
    win = mainwindow.MainWindow(tasks=inline_tasks, workspace=str(workspace_path), preferences=prefs)
    qtbot.addWidget(win)
    assert win.banner.isVisibleTo(win) and win.banner.text.text().startswith("Deadlines to watch: 1 overdue")
    win.open_case(sample_case["case"])
    win.banner.open_button.click()
    assert win.case_view.case is None and win.workspace_pane.tabs.currentWidget() is win.dashboard


def test_notifications_off(dash_window: mainwindow.MainWindow, clock: stubs.FakeClock) -> None:
    announced: list[notifier.Announcement] = []
    dash_window.notifier.announced.connect(announced.append)
    dash_window.preferences.update(due_soon_hours=12, notifications=False)
    clock.advance(hours=2)
    dash_window.refresh_clocks()
    assert announced == []
    # Turned on again, what happened meanwhile is not announced late.
    dash_window.preferences.update(due_soon_hours=12, notifications=True)
    dash_window.refresh_clocks()
    assert announced == []


def test_settings_change_the_threshold_and_the_states_follow(
    dash_window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int], settings_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dash_window.open_case(sample_case["case"])
    tab = dash_window.case_view.obligations
    assert tab.model.data(tab.model.index(0, obligationsmodel.STATE)) == "Running"
    asked: list[Any] = []

    def ask(parent: Any, *, preferences: preferences.Preferences) -> bool:
        dialog = settingsdialog.SettingsDialog(parent, preferences=preferences)
        asked.append(dialog)
        assert dialog.due_soon.value() == 12 and dialog.notifications.isChecked()
        dialog.due_soon.setValue(14)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.changed

    monkeypatch.setattr(settingsdialog.SettingsDialog, "ask", ask)
    dash_window.act_settings.trigger()
    assert asked and asked[0].changed
    assert dash_window.preferences.due_soon_hours == 14
    assert tab.model.data(tab.model.index(0, obligationsmodel.STATE)) == "Due soon"
    assert "14 h" in tab.info.text()
    assert dash_window.dashboard.summary.text() == "1 overdue · 3 due soon · 2 running · 4 waiting"
    # Stored in the test's settings directory, and read back by a new Preferences.
    assert Path(dash_window.preferences.location).is_relative_to(settings_dir)
    assert preferences.Preferences.for_user().due_soon_hours == 14


def test_settings_shortcut(dash_window: mainwindow.MainWindow) -> None:
    standard = QKeySequence(QKeySequence.StandardKey.Preferences)
    expected = QKeySequence("Ctrl+,") if standard.isEmpty() else standard
    assert dash_window.act_settings.shortcut() == expected


def test_window_activation_reads_the_clocks(
    dash_window: mainwindow.MainWindow, clock: stubs.FakeClock, monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock.advance(hours=2)
    monkeypatch.setattr(dash_window, "isActiveWindow", lambda: True)
    dash_window.changeEvent(QEvent(QEvent.Type.ActivationChange))
    assert dash_window.dashboard.summary.text().startswith("1 overdue · 3 due soon")
    # Activated again at once: no second read.
    clock.advance(hours=12)
    dash_window.changeEvent(QEvent(QEvent.Type.ActivationChange))
    assert dash_window.dashboard.summary.text().startswith("1 overdue · 3 due soon")


def test_dashboard_view_alone(qtbot: QtBot, inline_tasks: tasks.Tasks, prefs: preferences.Preferences,
                              second_case: dict[str, int], clock: stubs.FakeClock) -> None:
    view = dashboardview.DashboardView(tasks=inline_tasks, preferences=prefs)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 0
    with qtbot.waitSignal(view.model.read) as blocker:
        view.refresh()
    reading = blocker.args[0]
    assert isinstance(reading, dashboardmodel.Reading) and reading.now == clock()
    assert view.model.rowCount() == 10


def test_overdue_requests_to_the_parties_are_counted(dash_window: mainwindow.MainWindow,
                                                      session_factory: db.SessionFactory, clock: stubs.FakeClock) -> None:
    with session_factory.begin() as session:
        case_id = cases.list_rows(session)[0].id
        correspondence.add(session, case_id, correspondence.CorrespondenceInput(
            kind="questionnaire", subject="Portal security", sent=snapshots.Moment(clock() - dt.timedelta(days=30), "minute"),
            limit_amount=15, limit_unit="days"), now=clock())
    dash_window.dashboard.refresh()
    assert dash_window.dashboard.summary.text().endswith("· 1 request(s) to the parties overdue")


def test_the_settings_default_threshold_is_the_core_one() -> None:
    """preferences.py keeps its own copy so that the window's frame need not import core.deadlines."""
    from cnil_case.core import deadlines
    from cnil_case.ui import preferences

    assert dt.timedelta(hours=preferences.DEFAULT_DUE_SOON_HOURS) == deadlines.DEFAULT_DUE_SOON
