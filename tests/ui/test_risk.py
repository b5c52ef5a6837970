"""The Risk tab: a form prefilled from the case file, a result that follows every change, the
decision (accepted or overridden with a reason) and the assessments kept, which switch the duties."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cnil_case.core import affected, assessments, db, deadlines, snapshots
from cnil_case.ui import assessmentsmodel, language, mainwindow, obligationsmodel, riskview, tasks
from tests.ui import stubs


def _add_contacts(session_factory: db.SessionFactory, case_id: int) -> None:
    """Contact details of 100 customers: a risk once taken by attackers, not a high one."""
    with session_factory.begin() as session:
        affected.add_data(session, case_id, snapshots.AffectedDataInput(category="contact", records=100))
        affected.add_persons(session, case_id, snapshots.AffectedPersonsInput(
            category="customers", count_kind="exact", count_low=100, countries=("FR",)))


@pytest.fixture
def risk(window: mainwindow.MainWindow, sample_case: dict[str, int], clock: stubs.FakeClock,
         session_factory: db.SessionFactory) -> riskview.RiskView:
    _add_contacts(session_factory, sample_case["case"])
    window.refresh_clocks()
    window.open_case(sample_case["case"])
    window.case_view.setCurrentWidget(window.case_view.risk)
    return window.case_view.risk


def _level(view: riskview.RiskView) -> str:
    assert view.evaluation is not None
    return view.evaluation.recommendation.level.value


def test_form_is_prefilled_from_the_case_file(risk: riskview.RiskView) -> None:
    form = risk.form
    assert [row.score.code for row in form.category_rows()] == ["contact"]
    assert form.confidentiality.isChecked()
    assert form.malicious.currentData() is True
    assert form.recipients.currentData() == "unknown"
    assert form.individuals.text() == "100"
    assert _level(risk) == "risk"
    assert "SE " in risk.result.toPlainText()


def test_result_follows_the_form_live(risk: riskview.RiskView, qtbot: QtBot) -> None:
    assert risk.evaluation is not None
    se_before = risk.evaluation.score.se
    # Special-category data with unknown recipients: damage likely (para. 102), a high risk.
    qtbot.mouseClick(risk.form.special_categories, Qt.MouseButton.LeftButton)
    assert risk.form.special_categories.isChecked()
    assert _level(risk) == "high"
    text = risk.result.toPlainText()
    assert "EDPB 9/2022 para. 102" in text
    assert "Communicate the breach to the data subjects" in text
    # A higher adjustment of the category raises SE at once.
    risk.form.category_rows()[0].adjustment.setValue(3)
    assert risk.evaluation is not None and risk.evaluation.score.se > se_before
    assert "DPC 4 × EI" in risk.result.toPlainText()
    # Intent not known: the recommendation says it is in doubt.
    risk.form.malicious.setCurrentIndex(risk.form.malicious.findData(None))
    assert not risk.doubt.isHidden()
    assert "In doubt" in risk.doubt.text()


def test_start_from_the_case_file_replaces_edits(risk: riskview.RiskView) -> None:
    risk.form.special_categories.setChecked(True)
    assert _level(risk) == "high"
    window = risk.window()
    assert isinstance(window, mainwindow.MainWindow)
    window.case_view.affected.changed.emit()
    assert "case file changed" in risk.draft_notes.text()
    assert risk.form.special_categories.isChecked()
    risk.draft_button.click()
    assert not risk.form.special_categories.isChecked()
    assert _level(risk) == "risk"


def test_record_accepting(risk: riskview.RiskView, session_factory: db.SessionFactory,
                          sample_case: dict[str, int]) -> None:
    risk.label.setText("Initial")
    risk.record_button.click()
    assert risk.decision_error.text() == ""
    assert risk.model.rowCount() == 1
    model = risk.model
    assert model.data(model.index(0, assessmentsmodel.LABEL)) == "Initial"
    assert model.data(model.index(0, assessmentsmodel.DECIDED)) == "Risk"
    assert model.data(model.index(0, assessmentsmodel.OVERRIDE)) == ""
    assert "Decided: Risk" in risk.detail.toPlainText()
    assert risk.label.text() == "After investigation"
    with session_factory() as session:
        current = assessments.current(session, sample_case["case"])
    assert current is not None and not current.overridden


def test_override_needs_a_reason_and_switches_the_duties(
    window: mainwindow.MainWindow, risk: riskview.RiskView, session_factory: db.SessionFactory,
    sample_case: dict[str, int],
) -> None:
    risk.decision.setCurrentIndex(risk.decision.findData("unlikely"))
    assert risk.overriding()
    assert "required" in risk.reason_label.text()
    risk.record_button.click()
    assert risk.decision_error.text().startswith("Reason:")
    assert risk.model.rowCount() == 0
    risk.reason.setPlainText("Addresses of a test database; no real customers")
    risk.record_button.click()
    assert risk.decision_error.text() == ""
    model = risk.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, assessmentsmodel.OVERRIDE)) == "override"
    assert model.data(model.index(0, assessmentsmodel.REASON)) == "Addresses of a test database; no real customers"
    assert model.data(model.index(0, assessmentsmodel.RECOMMENDED)) == "Risk"
    # The decision in force switched Art. 33(1) to "not required" on the Obligations tab.
    obligations = window.case_view.obligations
    row = next(r for r, c in enumerate(obligations.model.clocks()) if c.duty.code == "gdpr_33_1")
    assert obligations.model.clocks()[row].state is deadlines.ClockState.NOT_REQUIRED
    state = obligations.model.data(obligations.model.index(row, obligationsmodel.STATE))
    assert state == "Not required"
    # The case's history lists the assessment.
    history = window.case_view.history.model
    texts = [str(history.data(history.index(r, c))) for r in range(history.rowCount()) for c in range(history.columnCount())]
    assert any("Risk assessment" in t for t in texts)


def test_notes_mask_identifiers(risk: riskview.RiskView) -> None:
    risk.form.notes.setPlainText("Sample: 2 69 05 49 588 157 80")
    risk.form.mask_button.click()
    assert "588 157" not in risk.form.notes.toPlainText()
    _, factors = risk.form.value()
    assert "588 157" not in factors.notes["assessor"]


def test_case_without_data_says_what_to_do(window: mainwindow.MainWindow, sample_case: dict[str, int],
                                           clock: stubs.FakeClock) -> None:
    window.open_case(sample_case["case"])
    risk = window.case_view.risk
    assert risk.evaluation is None
    assert "Data categories" in risk.result.toPlainText()
    assert not risk.record_button.isEnabled()


def test_assessments_model(qtmodeltester: Any, inline_tasks: tasks.Tasks, sample_case: dict[str, int],
                           session_factory: db.SessionFactory, clock: stubs.FakeClock) -> None:
    _add_contacts(session_factory, sample_case["case"])
    with session_factory.begin() as session:
        draft = assessments.draft(session, sample_case["case"])
        assessments.record(session, sample_case["case"], label="Initial", enisa_input=draft.enisa_input,
                           factors=draft.factors, now=clock())
        assessments.record(session, sample_case["case"], label="After investigation",
                           enisa_input=draft.enisa_input, factors=draft.factors, decided_level="high",
                           reason="Customers of a clinic", now=clock())
    model = assessmentsmodel.AssessmentsModel(tasks=inline_tasks)
    model.load(sample_case["case"], "Europe/Paris")
    assert model.rowCount() == 2
    assert model.data(model.index(0, assessmentsmodel.LABEL)) == "After investigation"
    qtmodeltester.check(model)


def test_reopening_a_case_shows_the_assessment_in_force(window: mainwindow.MainWindow, sample_case: dict[str, int],
                                                         clock: stubs.FakeClock, session_factory: db.SessionFactory) -> None:
    case_id = sample_case["case"]
    _add_contacts(session_factory, case_id)
    with session_factory.begin() as session:
        draft = assessments.draft(session, case_id)
        adjusted = dataclasses.replace(draft.enisa_input, categories=tuple(
            dataclasses.replace(c, adjustment=2, justification="profiling possible")
            for c in draft.enisa_input.categories))
        assessments.record(session, case_id, label="After investigation", enisa_input=adjusted,
                           factors=draft.factors, now=clock())
    window.open_case(case_id)
    view = window.case_view.risk
    assert [row.score.adjustment for row in view.form.category_rows()] == [2]
    assert "assessment in force" in view.draft_notes.text()
    view.draft_button.click()  # back to the case file
    assert [row.score.adjustment for row in view.form.category_rows()] == [0]


def test_reasons_and_steps_read_in_french_with_the_french_interface(
        qapp: QApplication, window: mainwindow.MainWindow, sample_case: dict[str, int], clock: stubs.FakeClock,
        session_factory: db.SessionFactory) -> None:
    _add_contacts(session_factory, sample_case["case"])
    try:
        assert language.install(qapp, "fr") == "fr"
        window.open_case(sample_case["case"])
        view = window.case_view.risk
        view.form.special_categories.setChecked(True)
        text = view.result.toPlainText()
        assert "CEPD 9/2022 § 102" in text
        assert "le dommage doit être considéré comme probable" in text
        assert "La violation est susceptible d’engendrer un risque élevé" in text
        # The steps name the data categories with the taxonomy's French labels.
        assert "Contexte du traitement des données (DPC)" in text and "Coordonnées" in text
        assert "EDPB" not in text and "Why:" not in text
        # The draft's justifications are shown in French, and kept as shown.
        assert view.form.category_rows()[0].justification.text().startswith("Base ENISA des données simples")
        assert view.form.value()[0] is not None
    finally:
        language.install(qapp, "en")
    view.start_from_case()  # the form again, in English
    view.form.special_categories.setChecked(True)
    assert "EDPB 9/2022 para. 102" in view.result.toPlainText()
