"""The Risk tab: the assessment form, its live result, the decision, and the assessments kept.

The result follows every change of the form (``assessments.evaluate`` is pure and instant, so it
runs on the GUI thread). Record keeps the assessment and its decision through ``tasks``; the
decision switches the case's Art. 33 / 34 duties, so ``recorded`` tells the case view to refresh
the obligations, the history and the dashboard.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import assessments, enisa, errors, risk, snapshots
from cnil_case.ui import (
    assessmentsmodel,
    labels,
    language,
    riskform,
    riskresult,
    tableviews,
    theme,
    wallclock,
)
from cnil_case.ui import tasks as tasks_module


class RiskView(QWidget):
    """Assess the open case's risk and record the decision.

    Signals:
        recorded(object): an assessment was recorded; carries its ``AssessmentRow``.
    """

    recorded = Signal(object)

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._case: snapshots.CaseDetail | None = None
        self.evaluation: assessments.Evaluation | None = None
        self.form = riskform.RiskForm(self)
        self.model = assessmentsmodel.AssessmentsModel(tasks=tasks, parent=self)
        self._build()
        self._connect()
        self.open_case(None)

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.draft_button = QPushButton(self.tr("Start from the case &file"), self)
        self.draft_button.setToolTip(self.tr("Derive the factors again from the data, persons, nature, origin and "
                                             "protection recorded for the case; your edits here are replaced"))
        self.draft_notes = QLabel(self)
        self.draft_notes.setWordWrap(True)
        self.draft_notes.setObjectName("draftNotes")
        self.doubt = QLabel(self)
        self.doubt.setObjectName("inDoubt")
        self.doubt.setWordWrap(True)
        self.doubt.setStyleSheet(theme.note_style() + " font-weight: bold;")
        self.doubt.hide()
        self.result = QTextBrowser(self)
        self.result.setAccessibleName(self.tr("Risk result"))
        self.result.setObjectName("riskResult")
        self.result.setOpenLinks(False)

        self.decision_box = QGroupBox(self.tr("Decision"), self)
        self.label = QLineEdit(self.decision_box)
        self.label.setPlaceholderText(self.tr("e.g. Initial, After investigation"))
        self.decision = riskform.compact_combo(self.decision_box)
        self.decision.addItem(self.tr("Accept the recommendation"), None)
        for level in risk.Level:
            self.decision.addItem(self.tr("Decide: {level}").format(level=labels.name(labels.RISK_LEVELS, level.value)),
                                  level.value)
        self.exemption = riskform.compact_combo(self.decision_box)
        self.exemption.addItem(self.tr("As recommended"), None)
        self.exemption.addItem(self.tr("No exemption"), "")
        for code, text in (("a", self.tr("Art. 34(3)(a): data unintelligible, key safe")),
                           ("b", self.tr("Art. 34(3)(b): measures since remove the high risk")),
                           ("c", self.tr("Art. 34(3)(c): disproportionate effort, public communication"))):
            self.exemption.addItem(text, code)
        self.reason = QPlainTextEdit(self.decision_box)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.reason_label = QLabel(self.tr("Reason:"), self.decision_box)
        self.decision_error = QLabel(self.decision_box)
        self.decision_error.setObjectName("formError")
        self.decision_error.setWordWrap(True)
        self.decision_error.setStyleSheet(f"color: {theme.state_color('error').name()};")
        self.record_button = QPushButton(self.tr("&Record assessment"), self.decision_box)
        decision_form = QFormLayout(self.decision_box)
        decision_form.addRow(self.tr("Label:"), self.label)
        decision_form.addRow(self.tr("Level:"), self.decision)
        decision_form.addRow(self.tr("Art. 34(3):"), self.exemption)
        decision_form.addRow(self.reason_label, self.reason)
        record_row = QHBoxLayout()
        record_row.addWidget(self.decision_error, 1)
        record_row.addWidget(self.record_button)
        decision_form.addRow(record_row)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        # The form fits the pane's width (long combo texts shrink); only vertical scrolling.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.doubt)
        right_layout.addWidget(self.result, 1)
        right_layout.addWidget(self.decision_box)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(scroll)
        top.addWidget(right)
        top.setStretchFactor(0, 1)
        top.setStretchFactor(1, 1)
        top.setSizes([540, 400])
        top.setChildrenCollapsible(False)

        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Assessments"))
        self.table.setModel(self.model)
        tableviews.configure(self.table, stretch=assessmentsmodel.REASON)
        tableviews.set_widths(self.table, {
            assessmentsmodel.DATE: "2024-02-01 10:00 (UTC+01:00)", assessmentsmodel.AUTHOR: "dpo.example",
            assessmentsmodel.LABEL: "After investigation", assessmentsmodel.SE: "5.25",
            assessmentsmodel.BAND: "Very high", assessmentsmodel.RECOMMENDED: "High risk, Art. 34(3)(c)",
            assessmentsmodel.DECIDED: "High risk, Art. 34(3)(c)", assessmentsmodel.OVERRIDE: "override"})
        tableviews.keep_selection(self.table, Qt.ItemDataRole.UserRole)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("assessmentDetail")
        self.detail.setPlaceholderText(self.tr("Select an assessment to see it as it was recorded."))
        history_box = QGroupBox(self.tr("Assessments recorded (newest first: the first is in force)"), self)
        history_layout = QHBoxLayout(history_box)
        history_split = QSplitter(Qt.Orientation.Horizontal, history_box)
        history_split.addWidget(self.table)
        history_split.addWidget(self.detail)
        history_split.setStretchFactor(0, 3)
        history_split.setStretchFactor(1, 2)
        history_layout.addWidget(history_split)

        main = QSplitter(Qt.Orientation.Vertical, self)
        main.addWidget(top)
        main.addWidget(history_box)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 1)
        main.setSizes([520, 200])
        main.setChildrenCollapsible(False)
        bar = QHBoxLayout()
        bar.addWidget(self.draft_button)
        bar.addWidget(self.draft_notes, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(main, 1)

    def _connect(self) -> None:
        self.form.changed.connect(self.evaluate)
        self.draft_button.clicked.connect(self.start_from_case)
        self.decision.currentIndexChanged.connect(self._show_decision_state)
        self.exemption.currentIndexChanged.connect(self._show_decision_state)
        self.record_button.clicked.connect(self.record)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.modelReset.connect(self._show_selected)

    # --- the open case ------------------------------------------------------------------------

    def open_case(self, case: snapshots.CaseDetail | None) -> None:
        self._case = case
        self.setEnabled(case is not None)
        self._reset_decision()
        self.model.load(None if case is None else case.id, case.display_zone if case else "Europe/Paris")
        if case is None:
            self.form.set_value(None, risk.Factors())
        else:
            self.start_from_current()

    def start_from_current(self) -> None:
        """Fill the form from the assessment in force, or from the case file when there is none."""
        case = self._case
        if case is None:
            return
        case_id = case.id
        self._tasks.run_db(lambda s: assessments.current(s, case_id), parent=self,
                           success=self._show_current(case_id))

    def _show_current(self, case_id: int) -> Callable[[assessments.AssessmentRow | None], None]:
        def done(current: assessments.AssessmentRow | None) -> None:
            if self._case is None or self._case.id != case_id:
                return
            if current is None:
                self.start_from_case()
                return
            self.form.set_value(current.enisa_input, current.factors)
            self.draft_notes.setText(self.tr("The form shows the assessment in force, «{label}»; change it and "
                                             "record a new one, or press “Start from the case file”.")
                                     .format(label=current.label))
        return done

    def update_case(self, case: snapshots.CaseDetail) -> None:
        """The case was edited (its zone): show dates in it; the form keeps the user's edits."""
        self._case = case
        self.model.load(case.id, case.display_zone)

    def case_file_changed(self) -> None:
        """The data, persons or protection changed: say so; the form keeps the user's edits."""
        if self._case is not None:
            self.draft_notes.setText(self.tr("The case file changed since this form was filled: press "
                                             "“Start from the case file” to take it in."))

    def start_from_case(self) -> None:
        """Fill the form from the case file (``assessments.draft``)."""
        case = self._case
        if case is None:
            return
        case_id = case.id
        self._tasks.run_db(lambda s: assessments.draft(s, case_id), parent=self,
                           success=self._show_draft(case_id), failure=self._no_draft(case_id))

    def _show_draft(self, case_id: int) -> Callable[[assessments.Draft], None]:
        def done(draft: assessments.Draft) -> None:
            if self._case is not None and self._case.id == case_id:
                self.form.set_value(draft.enisa_input, draft.factors)
                self.draft_notes.setText(" ".join(riskresult.text(note) for note in draft.notes))
        return done

    def _no_draft(self, case_id: int) -> tasks_module.Failure:
        def failed(exc: errors.UserError) -> None:
            # No data category yet: the ENISA part cannot start; the factors start empty.
            if self._case is not None and self._case.id == case_id:
                self.form.set_value(None, risk.Factors())
                self.draft_notes.setText(language.text(exc.phrase))
        return failed

    # --- live result --------------------------------------------------------------------------

    def evaluate(self) -> None:
        """Score the form as it stands and show the result (no button: on every change)."""
        self.evaluation = None
        try:
            enisa_input, factors = self.form.value()
            if enisa_input is None:
                problem = self.tr("Data categories: list the data concerned on the Affected tab, then press "
                                  "“Start from the case file”")
            else:
                self.evaluation = assessments.evaluate(enisa_input, factors)
                problem = ""
        except errors.ValidationError as exc:
            problem = language.text(exc.phrase)
        if self.evaluation is None:
            self.result.setHtml(f"<p style='color:{theme.state_color('error').name()}'>{riskresult.escape(problem)}</p>")
            self.doubt.hide()
            self._show_decision_state()
            return
        scroll = self.result.verticalScrollBar().value()
        self.result.setHtml(riskresult.result_html(self.evaluation))
        self.result.verticalScrollBar().setValue(scroll)
        recommendation = self.evaluation.recommendation
        self.doubt.setVisible(recommendation.in_doubt)
        if recommendation.in_doubt:
            missing = next((riskresult.text(r.text) for r in recommendation.reasons if r.code == "missing"), "")
            self.doubt.setText(self.tr("In doubt: {missing} When in doubt, notify (CNIL).").format(missing=missing))
        self._show_decision_state()

    def overriding(self) -> bool:
        """Whether the decision chosen departs from the recommendation (then a reason is needed)."""
        if self.evaluation is None:
            return False
        recommendation = self.evaluation.recommendation
        level, exemption = self.decision.currentData(), self.exemption.currentData()
        return ((level is not None and level != recommendation.level.value)
                or (exemption is not None and exemption != recommendation.exemption))

    def _show_decision_state(self) -> None:
        if self.evaluation is not None:
            recommended = assessmentsmodel.decision_text(self.evaluation.recommendation.level.value,
                                                         self.evaluation.recommendation.exemption)
            self.decision.setItemText(0, self.tr("Accept the recommendation: {level}").format(level=recommended))
        required = self.overriding()
        self.reason_label.setText(self.tr("<b>Reason (required):</b>") if required else self.tr("Reason:"))
        self.reason.setPlaceholderText(
            self.tr("You depart from the recommendation: say why; the reason is kept in the record")
            if required else self.tr("Optional note"))
        self.record_button.setEnabled(self._case is not None and self.evaluation is not None)

    # --- decision -----------------------------------------------------------------------------

    def _reset_decision(self) -> None:
        self.decision.setCurrentIndex(0)
        self.exemption.setCurrentIndex(0)
        self.reason.clear()
        self.decision_error.clear()
        self.label.setText(self.tr("Initial"))

    def record(self) -> None:
        """Record the assessment and its decision through tasks."""
        case = self._case
        if case is None:
            return
        self.decision_error.clear()
        try:
            enisa_input, factors = self.form.value()
        except errors.ValidationError as exc:
            self.decision_error.setText(language.text(exc.phrase))
            return
        if enisa_input is None:
            self.decision_error.setText(self.tr("Data categories: list the data concerned first"))
            return
        case_id, label, now = case.id, self.label.text(), wallclock.now()
        level, exemption, reason = self.decision.currentData(), self.exemption.currentData(), self.reason.toPlainText()
        scored: enisa.EnisaInput = enisa_input
        self.record_button.setEnabled(False)
        self._tasks.run_db(
            lambda s: assessments.record(s, case_id, label=label, enisa_input=scored, factors=factors,
                                         decided_level=level, exemption=exemption, reason=reason, now=now),
            parent=self, success=self._on_recorded, failure=self._on_refused)

    def _on_recorded(self, row: assessments.AssessmentRow) -> None:
        self._reset_decision()
        self.label.setText(self.tr("After investigation"))
        self._show_decision_state()
        self.model.reload()
        self.table.selectRow(0)
        self.recorded.emit(row)

    def _on_refused(self, exc: errors.UserError) -> None:
        self._show_decision_state()
        self.decision_error.setText(language.text(exc.phrase))
        if isinstance(exc, errors.ValidationError) and exc.field == "Reason":
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- history ------------------------------------------------------------------------------

    def current_assessment(self) -> assessments.AssessmentRow | None:
        rows = self.table.selectionModel().selectedRows()
        found: assessments.AssessmentRow | None = self.model.row_at(rows[0].row()) if rows else None
        return found

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        row = self.current_assessment()
        if row is None or self._case is None:
            self.detail.clear()
            return
        self.detail.setHtml(riskresult.record_html(row, self._case.display_zone))
