"""The Correspondence tab: requests with time limits, states over time, answers, reminders."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cnil_case.core import db, timeline
from cnil_case.ui import correspondencedialog, correspondencemodel, correspondenceview, mainwindow
from tests.helpers.fixtures import paris
from tests.ui import stubs
from tests.ui.conftest import Dialogs

FillDialog = Callable[..., list[Any]]
M = correspondencemodel
SENT = paris(2024, 2, 5, 10)


def _view(window: mainwindow.MainWindow, case_id: int) -> correspondenceview.CorrespondenceView:
    window.open_case(case_id)
    window.case_view.setCurrentWidget(window.case_view.correspondence)
    return window.case_view.correspondence


def _text(view: correspondenceview.CorrespondenceView, row: int, key: int) -> str:
    return str(view.model.index(row, view.model.column_of(key)).data())


def _request(sample_case: dict[str, int]) -> Callable[[correspondencedialog.CorrespondenceDialog], None]:
    def fill(dialog: correspondencedialog.CorrespondenceDialog) -> None:
        assert dialog.timeline_event.isChecked()
        dialog.subject.setText("Questionnaire on the intrusion")
        dialog.from_party.setCurrentIndex(dialog.from_party.findData(sample_case["controller"]))
        dialog.to_party.setCurrentIndex(dialog.to_party.findData(sample_case["processor"]))
        dialog.sent.set_local(SENT.replace(tzinfo=None) + dt.timedelta(hours=0), "minute")
        dialog.limit_mode.setCurrentIndex(dialog.limit_mode.findData(correspondencedialog.PERIOD))
        dialog.limit_amount.setValue(15)
        dialog.summary.setPlainText("Twelve questions on the access logs.")
    return fill


def shots_dir(tmp_path: Path) -> Path:
    """Where grabs go: CNIL_CASE_SHOTS if set (to look at them), else the test's folder."""
    shots = Path(os.environ.get("CNIL_CASE_SHOTS", str(tmp_path / "shots")))
    shots.mkdir(parents=True, exist_ok=True)
    return shots


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_request_answer_overdue_reminder(
    qtbot: QtBot, tmp_path: Path, window: mainwindow.MainWindow, sample_case: dict[str, int], clock: stubs.FakeClock,
    fill_dialog: FillDialog, dialogs: Dialogs, session_factory: db.SessionFactory, qtmodeltester: ModelTester,
) -> None:
    clock.set(SENT + dt.timedelta(days=1))
    view = _view(window, sample_case["case"])
    assert not view.answer_button.isEnabled()
    fill_dialog(correspondencedialog.CorrespondenceDialog, _request(sample_case))
    view.new_button.click()
    assert view.model.rowCount() == 1
    # 15 days from Monday 5 February 2024 (Reg. 1182/71): the end of Tuesday 20 February in Paris.
    assert _text(view, 0, M.DUE) == "2024-02-21 00:00 (UTC+01:00)"
    assert _text(view, 0, M.STATE) == "Awaiting answer"
    assert _text(view, 0, M.PARTIES) == "Mutuelle Exemple → Opérateur TP"
    assert view.summary.toPlainText() == "Twelve questions on the access logs."
    with session_factory() as s:
        titles = [r.title for r in timeline.rows(s, timeline.list_ids(s, sample_case["case"]))]
    assert "Questionnaire: Questionnaire on the intrusion" in titles
    assert not view.reminder_button.isEnabled()

    # A partial answer in time; then the clock passes the due: still overdue (not fully answered).
    def partial(dialog: correspondencedialog.CorrespondenceDialog) -> None:
        assert dialog.subject.text() == "Re: Questionnaire on the intrusion"
        dialog.completeness.setCurrentIndex(dialog.completeness.findData("partial"))
        dialog.summary.setPlainText("Answers to questions 1 to 6.")

    view.table.selectRow(0)
    fill_dialog(correspondencedialog.CorrespondenceDialog, partial)
    view.answer_button.click()
    assert view.model.rowCount() == 2
    assert _text(view, 0, M.STATE) == "Partly answered"
    assert _text(view, 1, M.SUBJECT).strip().startswith("↳ Re:")
    clock.set(paris(2024, 2, 22, 9))
    view.reload()
    assert _text(view, 0, M.STATE) == "Overdue"
    assert "overdue" in view.count.text()

    # Draft a reminder from the overdue request; the user edits it and saves.
    view.table.selectRow(0)
    assert view.reminder_button.isEnabled()
    drafts: list[str] = []

    def remind(dialog: correspondencedialog.CorrespondenceDialog) -> None:
        drafts.append(dialog.summary.toPlainText())
        assert dialog.limit_amount.value() == 8
        dialog.subject.setText("Reminder: questionnaire (second request)")

    fill_dialog(correspondencedialog.CorrespondenceDialog, remind)
    view.reminder_button.click()
    assert "without a complete answer" in drafts[0]
    kinds = [_text(view, r, M.KIND) for r in range(view.model.rowCount())]
    assert kinds == ["Questionnaire", "Answer", "Reminder"]

    # The full answer closes the thread.
    view.table.selectRow(0)
    fill_dialog(correspondencedialog.CorrespondenceDialog, lambda d: None)
    view.answer_button.click()
    assert _text(view, 0, M.STATE) == "Answered"
    assert _text(view, 0, M.DELAY) == "16 d"  # 5 Feb 10:00 to 22 Feb 09:00
    qtmodeltester.check(view.model)

    window.resize(1300, 700)
    window.show()
    qtbot.waitExposed(window)
    assert window.grab().save(str(shots_dir(tmp_path) / "correspondence.png"))

    view.table.selectRow(0)
    view.delete_button.click()
    assert "answer" in dialogs.confirmations[-1]
    assert view.model.rowCount() == 0


def test_refused_input_stays_in_the_dialog(
    qtbot: QtBot, window: mainwindow.MainWindow, sample_case: dict[str, int], clock: stubs.FakeClock,
    fill_dialog: FillDialog,
) -> None:
    view = _view(window, sample_case["case"])
    built = fill_dialog(correspondencedialog.CorrespondenceDialog, lambda d: None)
    view.new_button.click()
    assert built[0].error.text().startswith("Subject")
    assert view.model.rowCount() == 0


def test_attachments_are_chosen_among_the_case_evidence(
    window: mainwindow.MainWindow, sample_case: dict[str, int], clock: stubs.FakeClock, fill_dialog: FillDialog,
    session_factory: db.SessionFactory,
) -> None:
    from cnil_case.core import correspondence, evidence
    from cnil_case.ui import findingdialogs

    with session_factory.begin() as session:
        item = evidence.register(session, sample_case["case"], sha256="b" * 64, size=10, media_type="text/plain",
                                 data=evidence.EvidenceInput(original_name="answers.pdf")).row
    clock.set(SENT + dt.timedelta(days=1))
    view = _view(window, sample_case["case"])

    def fill(dialog: correspondencedialog.CorrespondenceDialog) -> None:
        _request(sample_case)(dialog)
        assert dialog.attachments.count() == 1
        findingdialogs.set_checked(dialog.attachments, item.id)

    fill_dialog(correspondencedialog.CorrespondenceDialog, fill)
    view.new_button.click()
    with session_factory() as session:
        (saved,) = correspondence.list_rows(session, sample_case["case"], now=clock())
    assert saved.evidence_ids == (item.id,)
