"""The Obligations tab: the sample case's clocks, fulfilment on time and late, not required, reopen,
and every clock moving when a party's awareness changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cnil_case.core import db, deadlines, obligations
from cnil_case.ui import (
    dashboardmodel,
    fulfildialog,
    historymodel,
    mainwindow,
    notrequireddialog,
    obligationsmodel,
    obligationsview,
    partydialog,
)
from tests.ui import conftest, stubs
from tests.ui.conftest import Dialogs

FillDialog = Callable[..., list[Any]]
ClockState = deadlines.ClockState


def _text(view: obligationsview.ObligationsView, row: int, column: int) -> str:
    return str(view.model.data(view.model.index(row, column)))


def _row(view: obligationsview.ObligationsView, duty: str) -> int:
    return next(r for r, c in enumerate(view.model.clocks()) if c.duty.code == duty)


def _selected(view: obligationsview.ObligationsView) -> deadlines.Clock:
    selected = view.current_clock()
    assert selected is not None
    return selected


@pytest.fixture
def view(window: mainwindow.MainWindow, sample_case: dict[str, int], clock: stubs.FakeClock) -> obligationsview.ObligationsView:
    # The window was built before the case and the frozen clock: read the clocks again.
    window.refresh_clocks()
    window.open_case(sample_case["case"])
    window.case_view.setCurrentWidget(window.case_view.obligations)
    return window.case_view.obligations


def test_tab_sits_between_parties_and_timeline(window: mainwindow.MainWindow) -> None:
    tabs = [window.case_view.tabText(i).replace("&", "") for i in range(window.case_view.count())]
    assert tabs == ["Overview", "Parties", "Affected", "Risk", "Obligations", "Timeline", "Chronology", "Evidence", "Correspondence", "Findings", "Documents", "History"]


def test_sample_case_clocks(view: obligationsview.ObligationsView) -> None:
    model = view.model
    rows = [(_text(view, r, obligationsmodel.PARTY), _text(view, r, obligationsmodel.DUTY),
             _text(view, r, obligationsmodel.RECIPIENT), _text(view, r, obligationsmodel.DUE),
             _text(view, r, obligationsmodel.STATE)) for r in range(model.rowCount())]
    assert rows == [
        ("Mutuelle Exemple", "GDPR Art. 33(1) — Notify the supervisory authority", "supervisory authority (Art. 55)",
         "Sun 4 Feb 2024 09:00 (UTC+01:00)", "Running"),
        ("Mutuelle Exemple", "GDPR Art. 33(4) — Complementary notification", "supervisory authority",
         "once started", "Waiting"),
        ("Mutuelle Exemple", "GDPR Art. 34(1) — Communicate to the data subjects", "data subjects",
         "without undue delay", "Running"),
        ("Opérateur TP", "GDPR Art. 33(2) — Notify the controller", "Mutuelle Exemple", "once started", "Waiting"),
    ]
    assert _text(view, 0, obligationsmodel.COUNTDOWN) == "13 h 00 min left"
    assert _text(view, 0, obligationsmodel.START) == "Thu 1 Feb 2024 09:00 (UTC+01:00)"
    assert _text(view, 0, obligationsmodel.PHASE) == "Initial"
    assert _text(view, 1, obligationsmodel.PHASE) == "Complementary"
    assert _text(view, 2, obligationsmodel.COUNTDOWN) == "2 d 11 h 00 min elapsed"
    assert _text(view, 3, obligationsmodel.COUNTDOWN) == "not started"
    assert "Europe/Paris" in view.info.text() and "12 h" in view.info.text()


def test_explanation_of_the_selected_clock(view: obligationsview.ObligationsView) -> None:
    assert view.explanation_text() == ""
    view.table.selectRow(0)
    text = view.explanation_text()
    assert "How the deadline is computed" in text
    assert "Clock start: awareness of Mutuelle Exemple, Thu 1 Feb 2024 09:00 (UTC+01:00)." in text
    assert "Due: Sun 4 Feb 2024 09:00 (UTC+01:00)" in text
    assert "Nothing recorded yet." in text
    assert view.detail.isReadOnly()
    assert not view.reopen_button.isEnabled() and view.fulfil_button.isEnabled()


def _fulfil_at(qtbot: QtBot, local: dt.datetime, *, reference: str = "", reasons: str = "") -> Callable[[fulfildialog.FulfilDialog], None]:
    def fill(dialog: fulfildialog.FulfilDialog) -> None:
        dialog.when.set_local(local, "minute")
        qtbot.keyClicks(dialog.reference, reference)
        if reasons:
            qtbot.keyClicks(dialog.reasons, reasons)
    return fill


def test_fulfilled_on_time(
    view: obligationsview.ObligationsView, window: mainwindow.MainWindow, qtbot: QtBot, fill_dialog: FillDialog,
) -> None:
    built = fill_dialog(fulfildialog.FulfilDialog, _fulfil_at(qtbot, dt.datetime(2024, 2, 3, 10, 0), reference="CNIL-2024-0042"))
    view.table.selectRow(0)
    view.fulfil_button.click()
    dialog = built[0]
    # The dialog opened at the (frozen) current time, in the case's zone.
    assert dialog.when.zone() == "Europe/Paris"
    assert conftest.saved(dialog).state is ClockState.FULFILLED_ON_TIME
    assert _text(view, 0, obligationsmodel.STATE) == "Fulfilled on time"
    assert _text(view, 0, obligationsmodel.COUNTDOWN) == "done 23 h 00 min early"
    # The selection stays on the clock, whose explanation now shows what was recorded.
    assert _selected(view).key.duty == "gdpr_33_1"
    assert "CNIL-2024-0042" in view.explanation_text()
    assert view.reopen_button.isEnabled() and not view.not_required_button.isEnabled()
    # The complementary notification's clock started when the initial one was sent.
    assert _text(view, 1, obligationsmodel.STATE) == "Running"
    assert _text(view, 1, obligationsmodel.DUE) == "Tue 6 Feb 2024 10:00 (UTC+01:00)"
    # History and dashboard follow.
    history = window.case_view.history.model
    assert history.data(history.index(0, historymodel.WHAT)).endswith(": fulfilled")
    assert history.data(history.index(0, historymodel.ACTION)) == "Obligation created"
    states = {c.key.duty: c.state for c in window.dashboard.model.reading.clocks}
    assert states["gdpr_33_1"] is ClockState.FULFILLED_ON_TIME


def test_late_without_reasons_keeps_the_dialog_open(
    view: obligationsview.ObligationsView, qtbot: QtBot, clock: stubs.FakeClock, fill_dialog: FillDialog,
    session_factory: db.SessionFactory, sample_case: dict[str, int],
) -> None:
    clock.set(dt.datetime(2024, 2, 5, 12, 0, tzinfo=dt.UTC))
    view.refresh()
    assert _text(view, 0, obligationsmodel.STATE) == "Overdue"
    assert _text(view, 0, obligationsmodel.COUNTDOWN) == "overdue by 1 d 04 h 00 min"
    built = fill_dialog(fulfildialog.FulfilDialog, _fulfil_at(qtbot, dt.datetime(2024, 2, 5, 10, 0), reference="CNIL-77"))
    view.table.selectRow(0)
    view.fulfil_button.click()
    dialog = built[0]
    assert dialog.saved is None
    assert dialog.error.text().startswith("Reasons for delay: required: this is late by 1 d 01 h 00 min")
    assert "Art. 33(1)" in dialog.error.text()
    assert dialog.reasons.hasFocus() or not dialog.isVisible()
    # The live note said so before Save, and follows the time as it changes.
    assert dialog.is_late() and dialog.reasons_note.text().startswith("Required: this is 1 d 01 h 00 min after")
    dialog.when.set_local(dt.datetime(2024, 2, 4, 8, 30), "minute")
    assert not dialog.is_late() and dialog.reasons_note.text().startswith("Needed only if fulfilled after")
    dialog.when.set_local(dt.datetime(2024, 2, 5, 10, 0), "minute")
    assert dialog.reasons_note.text().startswith("Required:")
    with session_factory() as session:
        stored = obligations.for_case(session, sample_case["case"], now=clock())[0]
    assert stored.state is ClockState.OVERDUE
    # With the reasons, the input kept as typed, Save works.
    qtbot.keyClicks(dialog.reasons, "Forensics needed to confirm the scope")
    dialog.submit()
    assert conftest.saved(dialog).state is ClockState.FULFILLED_LATE
    view.refresh()
    assert _text(view, 0, obligationsmodel.STATE) == "Fulfilled late"
    assert _text(view, 0, obligationsmodel.COUNTDOWN) == "done 1 d 01 h 00 min late"
    assert "Forensics needed to confirm the scope" in view.explanation_text()


def test_fulfilment_in_the_future_is_refused(
    view: obligationsview.ObligationsView, qtbot: QtBot, fill_dialog: FillDialog,
) -> None:
    built = fill_dialog(fulfildialog.FulfilDialog, _fulfil_at(qtbot, dt.datetime(2024, 2, 4, 12, 0)))
    view.table.selectRow(0)
    view.fulfil_button.click()
    assert built[0].saved is None
    assert built[0].error.text() == "Fulfilled at: is in the future"


def test_not_required_needs_a_justification_then_reopen(
    view: obligationsview.ObligationsView, window: mainwindow.MainWindow, qtbot: QtBot, fill_dialog: FillDialog,
    dialogs: Dialogs,
) -> None:
    row = _row(view, "gdpr_34")
    built = fill_dialog(notrequireddialog.NotRequiredDialog, lambda dialog: None)
    view.table.selectRow(row)
    view.not_required_button.click()
    dialog = built[0]
    assert dialog.saved is None
    assert dialog.error.text().startswith("Justification: say why")
    assert "Art. 34(3)" in dialog.basis.text()
    qtbot.keyClicks(dialog.justification, "Data encrypted with a state-of-the-art key: Art. 34(3)(a)")
    dialog.submit()
    assert conftest.saved(dialog).state is ClockState.NOT_REQUIRED
    view.refresh()
    assert _text(view, row, obligationsmodel.STATE) == "Not required"
    assert "Art. 34(3)(a)" in view.explanation_text()
    assert view.reopen_button.isEnabled()

    dialogs.confirm_answer = False
    view.reopen_button.click()
    assert _text(view, row, obligationsmodel.STATE) == "Not required"
    dialogs.confirm_answer = True
    view.reopen_button.click()
    assert "Reopen GDPR Art. 34(1) Mutuelle Exemple → data subjects?" in dialogs.confirmations[-1]
    assert _text(view, row, obligationsmodel.STATE) == "Running"
    history = window.case_view.history.model
    assert history.data(history.index(0, historymodel.WHAT)).endswith(": reopened")


def test_awareness_change_moves_every_clock(
    window: mainwindow.MainWindow, view: obligationsview.ObligationsView, fill_dialog: FillDialog,
    sample_case: dict[str, int],
) -> None:
    def one_day_later(dialog: partydialog.PartyDialog) -> None:
        dialog.aware.set_local(dt.datetime(2024, 2, 2, 9, 0), "minute")

    fill_dialog(partydialog.PartyDialog, one_day_later)
    dashboard = window.dashboard.model
    key = deadlines.ObligationKey(sample_case["controller"], "gdpr_33_1")
    assert dashboard.data(dashboard.index(dashboard.row_of(key), dashboardmodel.DUE)) == "Sun 4 Feb 2024 09:00 (UTC+01:00)"
    window.case_view.setCurrentWidget(window.case_view.parties)
    parties = window.case_view.parties
    parties.table.selectRow(0)
    parties.edit_button.click()
    assert _text(view, 0, obligationsmodel.DUE) == "Mon 5 Feb 2024 09:00 (UTC+01:00)"
    assert _text(view, 0, obligationsmodel.COUNTDOWN) == "1 d 13 h 00 min left"
    assert dashboard.data(dashboard.index(dashboard.row_of(key), dashboardmodel.DUE)) == "Mon 5 Feb 2024 09:00 (UTC+01:00)"
    history = window.case_view.history.model
    assert history.data(history.index(0, historymodel.WHAT)) == "Party Mutuelle Exemple edited (aware, clocks_moved)"
    assert "deadlines moved: 1" in history.data(history.index(0, historymodel.CHANGES))
    assert "GDPR Art. 33(1) Mutuelle Exemple" in history.data(history.index(0, historymodel.CHANGES),
                                                               Qt.ItemDataRole.ToolTipRole)


def test_selection_survives_the_minute_refresh(
    view: obligationsview.ObligationsView, window: mainwindow.MainWindow, clock: stubs.FakeClock, qtbot: QtBot,
) -> None:
    view.table.selectRow(2)
    before = _selected(view)
    clock.advance(minutes=1)
    with qtbot.assert_not_emitted(view.model.modelReset), qtbot.waitSignal(view.model.dataChanged):
        window.clock_timer.timeout.emit()
    assert _selected(view).key == before.key
    assert _text(view, 0, obligationsmodel.COUNTDOWN) == "12 h 59 min left"
    assert _text(view, 2, obligationsmodel.COUNTDOWN) == "2 d 11 h 01 min elapsed"
