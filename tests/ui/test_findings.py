"""The Findings tab: a finding citing Art. 32 with evidence and an event, confirmed; a measure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cnil_case.core import db, findings, timeline
from cnil_case.ui import findingdialogs, findingsmodel, mainwindow
from tests.ui import stubs
from tests.ui.test_correspondence import shots_dir

FillDialog = Callable[..., list[Any]]


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_finding_confirmed_with_evidence_and_event_then_measure(
    qtbot: QtBot, tmp_path: Path, window: mainwindow.MainWindow, sample_case: dict[str, int],
    clock: stubs.FakeClock, fill_dialog: FillDialog, session_factory: db.SessionFactory,
    qtmodeltester: ModelTester,
) -> None:
    window.open_case(sample_case["case"])
    view = window.case_view.findings
    window.case_view.setCurrentWidget(view)

    def draft(dialog: findingdialogs.FindingDialog) -> None:
        dialog.title_edit.setText("No multi-factor authentication on the portal")
        dialog.facts.setPlainText("Accounts of health professionals were used with their passwords only.")
        findingdialogs.set_checked(dialog.articles, "32")
        findingdialogs.set_checked(dialog.articles, "5(1)(f)")
        dialog.party.setCurrentIndex(dialog.party.findData(sample_case["processor"]))
        findingdialogs.set_checked(dialog.events, sample_case["event0"])
        assert not dialog.timeline_event.isVisible()

    fill_dialog(findingdialogs.FindingDialog, draft)
    view.new_button.click()
    assert view.model.rowCount() == 1
    text = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
    assert text[findingsmodel.ARTICLES] in ("Art. 5(1)(f), Art. 32", "Art. 32, Art. 5(1)(f)")
    assert text[findingsmodel.STATE] == "Draft"
    assert text[findingsmodel.ORGANISATION] == "Opérateur TP"
    with session_factory() as s:
        events_before = timeline.count(s, sample_case["case"])

    def confirm(dialog: findingdialogs.FindingDialog) -> None:
        dialog.state.setCurrentIndex(dialog.state.findData("confirmed"))
        assert dialog.timeline_event.isChecked() and not dialog.timeline_event.isHidden()

    view.table.selectRow(0)
    fill_dialog(findingdialogs.FindingDialog, confirm)
    view.edit_button.click()
    assert view.model.index(0, findingsmodel.STATE).data() == "Confirmed"
    with session_factory() as s:
        assert timeline.count(s, sample_case["case"]) == events_before + 1
        (row,) = findings.list_findings(s, sample_case["case"])
    assert row.event_ids == (sample_case["event0"],)

    def measure(dialog: findingdialogs.MeasureDialog) -> None:
        dialog.description.setPlainText("Enforce MFA for every professional account")
        dialog.owner.setText("Opérateur TP")
        dialog.planned_on.given.setChecked(True)
        dialog.planned_on.date.setDate(dialog.planned_on.date.date().addDays(30))
        dialog.finding.setCurrentIndex(1)

    fill_dialog(findingdialogs.MeasureDialog, measure)
    view.new_measure_button.click()
    assert view.measures_model.rowCount() == 1
    assert view.measures_model.index(0, findingsmodel.FINDING).data() == row.title
    assert view.measures_model.index(0, findingsmodel.PLANNED).data() == (
        clock().date() + dt.timedelta(days=30)).isoformat()
    assert view.measures_model.index(0, findingsmodel.DONE).data() == ""
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.measures_model)
    window.resize(1300, 700)
    window.show()
    qtbot.waitExposed(window)
    assert window.grab().save(str(shots_dir(tmp_path) / "findings.png"))
