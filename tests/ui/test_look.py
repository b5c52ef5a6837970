"""The window paints without Qt warnings, on an empty workspace and on a populated case."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from cnil_case.core import affected, db, deadlines, obligations, parties, snapshots
from cnil_case.ui import (
    casedialog,
    eventdialog,
    fulfildialog,
    mainwindow,
    notrequireddialog,
    partydialog,
    settingsdialog,
    tasks,
)
from tests.ui import stubs

# The offscreen platform plugin itself warns when a top-level window is shown; it says nothing
# about our code, so only that message is ignored here.
OFFSCREEN_SIZE_HINTS = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@OFFSCREEN_SIZE_HINTS
def test_window_paints_every_tab(
    window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int], tmp_path: Path
) -> None:
    window.show()
    qtbot.waitExposed(window)
    assert not window.grab().isNull()
    window.open_case(sample_case["case"])
    for index in range(window.case_view.count()):
        window.case_view.setCurrentIndex(index)
        image = window.grab()
        assert image.save(str(tmp_path / f"tab{index}.png"))
    assert window.size().width() >= 1200


@OFFSCREEN_SIZE_HINTS
@pytest.mark.parametrize("dialog_name", ["casedialog", "eventdialog"])
def test_dialogs_paint(
    window: mainwindow.MainWindow, inline_tasks: tasks.Tasks, sample_case: dict[str, int], dialog_name: str
) -> None:
    runner = inline_tasks
    dialog = (casedialog.CaseDialog(window, tasks=runner, reference="BRE-2024-002") if dialog_name == "casedialog"
              else eventdialog.EventDialog(window, tasks=runner, case_id=sample_case["case"], zone="Europe/Paris",
                                           parties=[]))
    dialog.show()
    assert not dialog.grab().isNull()
    dialog.reject()


@OFFSCREEN_SIZE_HINTS
def test_dashboard_and_banner_paint(
    window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int], clock: stubs.FakeClock,
) -> None:
    clock.advance(hours=14)  # the sample's Art. 33(1) clock is overdue: a notification, a red row
    window.show()
    qtbot.waitExposed(window)
    window.refresh_clocks()
    assert window.banner.isVisible()
    assert window.right.currentWidget() is window.workspace_pane
    assert not window.grab().isNull()
    # On the Deadlines tab, the most urgent columns are in view without scrolling at the default size.
    window.workspace_pane.show_dashboard()
    table = window.dashboard.table
    for column in range(3):
        assert table.columnViewportPosition(column) + table.columnWidth(column) <= table.viewport().width()


def _clock(session_factory: db.SessionFactory, case_id: int, duty: str, now: stubs.FakeClock) -> deadlines.Clock:
    with session_factory() as session:
        return next(c for c in obligations.for_case(session, case_id, now=now()) if c.duty.code == duty)


@OFFSCREEN_SIZE_HINTS
@pytest.mark.parametrize("dialog_name", ["fulfil", "not_required", "party", "settings"])
def test_deadline_dialogs_paint(
    window: mainwindow.MainWindow, inline_tasks: tasks.Tasks, sample_case: dict[str, int], dialog_name: str,
    session_factory: db.SessionFactory, clock: stubs.FakeClock,
) -> None:
    clock_33_1 = _clock(session_factory, sample_case["case"], "gdpr_33_1", clock)
    dialog: QDialog
    if dialog_name == "fulfil":
        dialog = fulfildialog.FulfilDialog(window, tasks=inline_tasks, clock=clock_33_1)
    elif dialog_name == "not_required":
        dialog = notrequireddialog.NotRequiredDialog(window, tasks=inline_tasks, clock=clock_33_1)
    elif dialog_name == "party":
        with session_factory() as session:
            organisations = parties.list_organisations(session)
            processor = parties.get_party(session, sample_case["processor"])
        dialog = partydialog.PartyDialog(window, tasks=inline_tasks, case_id=sample_case["case"], zone="Europe/Paris",
                                         organisations=organisations, party=processor)
    else:
        dialog = settingsdialog.SettingsDialog(window, preferences=window.preferences)
    dialog.show()
    assert not dialog.grab().isNull()
    # Nothing is squeezed: the dialog is at least as large as its layout needs.
    assert dialog.height() >= dialog.minimumSizeHint().height()
    dialog.reject()


@OFFSCREEN_SIZE_HINTS
def test_affected_and_risk_tabs_paint(
    window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int], clock: stubs.FakeClock,
    session_factory: db.SessionFactory, tmp_path: Path,
) -> None:
    """A Viamedis-like case: identity, birth date, NIR and insurance of 33 million insured.

    ``CNIL_SHOTS=/some/dir`` keeps the pictures for a look.
    """
    with session_factory.begin() as session:
        for code in ("identity", "birth_date", "nir", "insurance"):
            affected.add_data(session, sample_case["case"], snapshots.AffectedDataInput(
                category=code, records=33_000_000, notes="Tiers-payant portal extract" if code == "nir" else ""))
        affected.add_persons(session, sample_case["case"], snapshots.AffectedPersonsInput(
            category="insured", count_kind="estimate", count_low=33_000_000, countries=("FR",)))
        affected.add_persons(session, sample_case["case"], snapshots.AffectedPersonsInput(
            category="beneficiaries", count_kind="range", count_low=1_000_000, count_high=5_000_000,
            countries=("FR", "BE")))
    out = Path(os.environ.get("CNIL_SHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    window.show()
    qtbot.waitExposed(window)
    window.open_case(sample_case["case"])
    for name, tab in (("affected", window.case_view.affected), ("risk", window.case_view.risk)):
        window.case_view.setCurrentWidget(tab)
        assert window.grab().save(str(out / f"{name}.png"))
    risk = window.case_view.risk
    assert risk.form.grab().save(str(out / "risk-form.png"))
    risk.record_button.click()
    risk.table.selectRow(0)
    assert window.grab().save(str(out / "risk-recorded.png"))
