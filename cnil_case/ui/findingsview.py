"""The Findings tab: findings against GDPR articles above, the measures taken or proposed below."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import evidence, findings, snapshots, timeline
from cnil_case.ui import findingdialogs, findingsmodel, messages, tableviews, undo
from cnil_case.ui import tasks as tasks_module

F = findingsmodel


def _bar(*buttons: QPushButton) -> QHBoxLayout:
    bar = QHBoxLayout()
    for button in buttons:
        bar.addWidget(button)
    bar.addStretch(1)
    return bar


class FindingsView(QWidget):
    """Lists the open case's findings and measures; add, edit, delete each.

    Signals:
        changed(): a finding or measure changed (a confirmed finding may have added an event).
    """

    changed = Signal()

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        # The view's own stack until the window hands its own over (``set_history``).
        self.history = undo.History(tasks=tasks, parent=self)
        self.history.changed.connect(self._after_undoable)
        self._case: snapshots.CaseDetail | None = None
        self._parties: list[snapshots.PartyRow] = []
        self.model = findingsmodel.FindingsModel(self)
        self.measures_model = findingsmodel.MeasuresModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Findings"))
        self.table.setModel(self.model)
        tableviews.configure(self.table, stretch=F.TITLE)
        tableviews.set_widths(self.table, {F.ARTICLES: "Art. 32, Art. 5(1)(f), Art. 28", F.SEVERITY: "Moderate",
                                           F.STATE: "Contested", F.ORGANISATION: "Mutuelle Exemple"})
        self.measures = QTableView(self)
        self.measures.setModel(self.measures_model)
        tableviews.configure(self.measures, stretch=F.DESCRIPTION)
        tableviews.set_widths(self.measures, {F.KIND: "Advice to data subjects", F.OWNER: "Opérateur TP",
                                              F.MEASURE_STATE: "In progress", F.PLANNED: "2024-02-01",
                                              F.DONE: "2024-02-01", F.FINDING: "A finding's title"})
        for view in (self.table, self.measures):
            tableviews.keep_selection(view, Qt.ItemDataRole.UserRole)
        self.new_button = QPushButton(self.tr("&New finding…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.new_measure_button = QPushButton(self.tr("New &measure…"), self)
        self.edit_measure_button = QPushButton(self.tr("Edit measure…"), self)
        self.delete_measure_button = QPushButton(self.tr("Delete measure…"), self)
        upper, lower = QWidget(self), QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(_bar(self.new_button, self.edit_button, self.delete_button))
        upper_layout.addWidget(self.table)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Measures taken or proposed (GDPR Art. 33(3)(d))"), lower))
        lower_layout.addLayout(_bar(self.new_measure_button, self.edit_measure_button, self.delete_measure_button))
        lower_layout.addWidget(self.measures)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.new_button.clicked.connect(lambda: self.edit_finding(None))
        self.edit_button.clicked.connect(lambda: self.edit_finding(self.current_finding()))
        self.delete_button.clicked.connect(self.delete_finding)
        self.new_measure_button.clicked.connect(lambda: self.edit_measure(None))
        self.edit_measure_button.clicked.connect(lambda: self.edit_measure(self.current_measure()))
        self.delete_measure_button.clicked.connect(self.delete_measure)
        self.table.doubleClicked.connect(lambda _i: self.edit_finding(self.current_finding()))
        self.measures.doubleClicked.connect(lambda _i: self.edit_measure(self.current_measure()))
        for view in (self.table, self.measures):
            view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.loaded.connect(self._update_buttons)
        self.measures_model.loaded.connect(self._update_buttons)
        self._update_buttons()

    def set_history(self, history: undo.History) -> None:
        """Use the window's undo stack (one per window) instead of the view's own."""
        self.history.changed.disconnect(self._after_undoable)
        self.history = history
        history.changed.connect(self._after_undoable)

    def open_case(self, case: snapshots.CaseDetail | None) -> None:
        self._case = case
        self.history.open_case(None if case is None else case.id)
        if case is None:
            self.model.set_rows([])
            self.measures_model.set_rows([])
            return
        self.reload()

    def set_parties(self, rows: Sequence[snapshots.PartyRow]) -> None:
        self._parties = list(rows)
        self.model.set_parties(rows)

    def reload(self) -> None:
        case = self._case
        if case is None:
            return
        case_id = case.id
        self._tasks.run_db(lambda s: (findings.list_findings(s, case_id), findings.list_measures(s, case_id)),
                           parent=self, success=self._show)

    def _show(self, result: tuple[list[findings.FindingRow], list[findings.MeasureRow]]) -> None:
        found, measures = result
        self.model.set_rows(found)
        self.measures_model.set_findings(found)
        self.measures_model.set_rows(measures)

    def current_finding(self) -> findings.FindingRow | None:
        rows = self.table.selectionModel().selectedRows()
        row: findings.FindingRow | None = self.model.row_at(rows[0].row()) if rows else None
        return row

    def current_measure(self) -> findings.MeasureRow | None:
        rows = self.measures.selectionModel().selectedRows()
        row: findings.MeasureRow | None = self.measures_model.row_at(rows[0].row()) if rows else None
        return row

    def _update_buttons(self) -> None:
        has_case = self._case is not None
        self.new_button.setEnabled(has_case)
        self.new_measure_button.setEnabled(has_case)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(self.current_finding() is not None)
        for button in (self.edit_measure_button, self.delete_measure_button):
            button.setEnabled(self.current_measure() is not None)

    def edit_finding(self, finding: findings.FindingRow | None) -> None:
        case = self._case
        if case is None:
            return
        case_id = case.id
        # The evidence and events to choose from are read first, then the dialog opens with them.
        self._tasks.run_db(
            lambda s: (evidence.list_rows(s, case_id), timeline.rows(s, timeline.list_ids(s, case_id))),
            parent=self, success=lambda lists: self._open_finding(case, finding, *lists))

    def _open_finding(self, case: snapshots.CaseDetail, finding: findings.FindingRow | None,
                      evidence_rows: list[evidence.EvidenceRow], events: list[snapshots.EventRow]) -> None:
        saved = findingdialogs.FindingDialog.ask(
            self, tasks=self._tasks, case_id=case.id, zone=case.display_zone, parties=self._parties,
            evidence_rows=evidence_rows, events=events, finding=finding)
        if saved is not None:
            self.history.record(undo.add_finding(saved) if finding is None else undo.edit_finding(finding, saved))
            self._changed(saved)

    def delete_finding(self) -> None:
        finding = self.current_finding()
        if finding is None or not messages.confirm(
                self, self.tr("Delete finding"), self.tr("Delete the finding “{title}”?").format(title=finding.title)):
            return
        self.history.do(undo.delete_finding(finding), parent=self)

    def edit_measure(self, measure: findings.MeasureRow | None) -> None:
        case = self._case
        if case is None:
            return
        saved = findingdialogs.MeasureDialog.ask(self, tasks=self._tasks, case_id=case.id, parties=self._parties,
                                                 finding_rows=self.model.rows(), measure=measure)
        if saved is not None:
            self.history.record(undo.add_measure(saved) if measure is None else undo.edit_measure(measure, saved))
            self._changed(saved)

    def delete_measure(self) -> None:
        measure = self.current_measure()
        if measure is None or not messages.confirm(self, self.tr("Delete measure"), self.tr(
                "Delete the measure “{text}”?").format(text=measure.description[:80])):
            return
        self.history.do(undo.delete_measure(measure), parent=self)

    def _changed(self, _result: object) -> None:
        self.reload()
        self.changed.emit()

    def _after_undoable(self, kind: str, result: object) -> None:
        if kind in (undo.FINDING, undo.MEASURE):
            self._changed(result)
