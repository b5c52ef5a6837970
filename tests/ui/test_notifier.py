"""Notifications: once per clock and state, a summary when many clocks turn at once, the tray."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from cnil_case.core import db, deadlines, obligations
from cnil_case.ui import mainwindow, notifier, preferences
from tests.ui import stubs

ClockState = deadlines.ClockState


def _clocks(session_factory: db.SessionFactory, case_id: int, now: dt.datetime) -> list[deadlines.Clock]:
    with session_factory() as session:
        return obligations.for_case(session, case_id, now=now)


def _copies(clock: deadlines.Clock, n: int, state: ClockState) -> list[deadlines.Clock]:
    """``n`` distinct obligations in ``state`` (as many parties' Art. 33(1) clocks would be)."""
    return [dataclasses.replace(clock, key=dataclasses.replace(clock.key, party_id=100 + i), state=state)
            for i in range(n)]


def test_many_at_once_are_summed_up(
    qtbot: QtBot, prefs: preferences.Preferences, session_factory: db.SessionFactory, sample_case: dict[str, int],
    clock: stubs.FakeClock,
) -> None:
    watcher = notifier.Notifier(preferences=prefs)
    assert not watcher.uses_tray
    assert watcher.observe([], clock()) == []  # start-up: nothing urgent, nothing said
    first = _clocks(session_factory, sample_case["case"], clock())[0]
    made = watcher.observe(_copies(first, 5, ClockState.DUE_SOON), clock())
    assert [(a.title, a.text, a.key) for a in made] == [("Deadlines near", "5 due soon in BRE-2024-001", None)]
    assert watcher.observe(_copies(first, 5, ClockState.DUE_SOON), clock()) == []
    # Two of them pass their deadline: one notification each.
    made = watcher.observe(_copies(first, 2, ClockState.OVERDUE), clock())
    assert [a.title for a in made] == ["Deadline passed", "Deadline passed"]
    assert {a.key for a in made} == {dataclasses.replace(first.key, party_id=100),
                                     dataclasses.replace(first.key, party_id=101)}


def test_tray_when_the_desktop_has_one(
    qtbot: QtBot, window: mainwindow.MainWindow, sample_case: dict[str, int], clock: stubs.FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tray = stubs.FakeTray()
    monkeypatch.setattr(window.notifier, "tray", tray)
    window.refresh_clocks()  # primes the notifier with the sample case (nothing urgent yet)
    clock.advance(hours=2)
    window.refresh_clocks()
    ((title, text),) = tray.messages
    assert title == "cnil-case: Deadline near" and "due in 11 h 00 min" in text
    # The tray shows it: no banner, but the status bar says it too.
    assert not window.banner.isVisibleTo(window)
    assert "due in 11 h 00 min" in window.statusBar().currentMessage()
    # Clicking the notification opens the clock.
    window.notifier._tray_clicked()
    selected = window.case_view.obligations.current_clock()
    assert selected is not None and selected.key == deadlines.ObligationKey(sample_case["controller"], "gdpr_33_1")


def test_dismissed_banner_stays_hidden(
    qtbot: QtBot, window: mainwindow.MainWindow, sample_case: dict[str, int], clock: stubs.FakeClock,
) -> None:
    window.refresh_clocks()
    clock.advance(hours=2)
    window.refresh_clocks()
    assert window.banner.isVisibleTo(window)
    window.banner.dismiss_button.click()
    assert not window.banner.isVisibleTo(window) and window.banner.announcement is None
    window.refresh_clocks()
    assert not window.banner.isVisibleTo(window)


def test_preferences_survive_a_bad_file(prefs: preferences.Preferences) -> None:
    assert prefs.due_soon_hours == preferences.DEFAULT_DUE_SOON_HOURS == 12
    assert prefs.due_soon == deadlines.DEFAULT_DUE_SOON and prefs.notifications
    assert not prefs.update(due_soon_hours=12, notifications=True)
    store = prefs._store
    store.setValue("deadlines/due_soon_hours", "soon")
    assert prefs.due_soon_hours == 12
    store.setValue("deadlines/due_soon_hours", 100000)
    assert prefs.due_soon_hours == preferences.MAX_DUE_SOON_HOURS
