"""The Correspondence tab: requests to the parties, their time limits and states, the answers
threaded under them, reminders drafted from overdue requests."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import correspondence, evidence, snapshots
from cnil_case.ui import (
    correspondencedialog,
    correspondencemodel,
    messages,
    tableviews,
    undo,
    wallclock,
)
from cnil_case.ui import tasks as tasks_module

M = correspondencemodel


class CorrespondenceView(QWidget):
    """Lists the open case's correspondence; new request, answer, reminder, edit, delete.

    Signals:
        changed(): an item was added, edited or deleted (timeline events may have been added).
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
        self.model = correspondencemodel.CorrespondenceModel(parent=self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Correspondence"))
        self.table.setModel(self.model)
        tableviews.configure(self.table)
        # Widths are given per kind of column, placed where the model shows that column.
        place = self.model.columns.index
        tableviews.set_widths(self.table, {
            place(M.KIND): "Questionnaire", place(M.PARTIES): "Mutuelle Exemple → CNIL",
            place(M.SENT): "2024-02-01 09:00 (UTC+01:00)", place(M.LIMIT): "15 months",
            place(M.DUE): "2024-02-01 09:00 (UTC+01:00)", place(M.STATE): "Partly answered",
            place(M.DELAY): "999 d"})
        self._fit_subject = tableviews.main_column(self.table, place(M.SUBJECT), minimum=200)
        tableviews.keep_selection(self.table, Qt.ItemDataRole.UserRole)
        self.count = QLabel(self)
        self.new_button = QPushButton(self.tr("&New request…"), self)
        self.answer_button = QPushButton(self.tr("&Answer…"), self)
        self.reminder_button = QPushButton(self.tr("&Reminder…"), self)
        self.reminder_button.setToolTip(self.tr("Draft a reminder of an overdue request, to edit before saving"))
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.summary = QPlainTextEdit(self)
        self.summary.setReadOnly(True)
        self.summary.setPlaceholderText(self.tr("The summary of the selected item"))

        buttons = QHBoxLayout()
        for button in (self.new_button, self.answer_button, self.reminder_button, self.edit_button,
                       self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.summary)
        splitter.setSizes([400, 140])
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        self.new_button.clicked.connect(self.new_request)
        self.answer_button.clicked.connect(self.answer)
        self.reminder_button.clicked.connect(self.remind)
        self.edit_button.clicked.connect(self.edit_item)
        self.delete_button.clicked.connect(self.delete_item)
        self.table.doubleClicked.connect(lambda _index: self.edit_item())
        tableviews.on_delete_key(self.table, self.delete_item)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.loaded.connect(self._loaded)
        self._update_buttons()

    # --- the open case ------------------------------------------------------------------------

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
            return
        self.model.zone = case.display_zone
        self.reload()

    def update_case(self, case: snapshots.CaseDetail) -> None:
        self._case = case
        self.model.zone = case.display_zone
        self.reload()

    def set_parties(self, rows: Sequence[snapshots.PartyRow]) -> None:
        self._parties = list(rows)

    def reload(self) -> None:
        """Read the thread again; states are computed at the wall clock's now."""
        case = self._case
        if case is None:
            return
        case_id, now = case.id, wallclock.now()
        self._tasks.run_db(lambda s: correspondence.list_rows(s, case_id, now=now), parent=self,
                           success=self._show(case_id))

    def _show(self, case_id: int) -> Callable[[list[correspondence.CorrespondenceRow]], None]:
        def done(rows: list[correspondence.CorrespondenceRow]) -> None:
            if self._case is not None and self._case.id == case_id:
                self.model.set_rows(rows)
        return done

    def _loaded(self) -> None:
        overdue = sum(r.state == correspondence.State.OVERDUE for r in self.model.rows())
        text = self.tr("Items: %n", "", self.model.rowCount())
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        self.count.setText(text)
        self._selection_changed()

    def current_item(self) -> correspondence.CorrespondenceRow | None:
        rows = self.table.selectionModel().selectedRows()
        item: correspondence.CorrespondenceRow | None = self.model.row_at(rows[0].row()) if rows else None
        return item

    def select_item(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.table.selectRow(row)

    def _selection_changed(self) -> None:
        item = self.current_item()
        self.summary.setPlainText(item.summary if item is not None else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.current_item()
        request = item is not None and item.kind in correspondence.REQUESTS
        self.new_button.setEnabled(self._case is not None)
        self.answer_button.setEnabled(request)
        self.reminder_button.setEnabled(request and item is not None and item.state == correspondence.State.OVERDUE)
        self.edit_button.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)

    # --- commands -----------------------------------------------------------------------------

    def new_request(self) -> None:
        self._ask(None, None)

    def answer(self) -> None:
        item = self.current_item()
        if item is not None and item.kind in correspondence.REQUESTS:
            self._ask(None, correspondencedialog.answer_draft(item, now=wallclock.now()))

    def remind(self) -> None:
        item = self.current_item()
        if item is None or item.state != correspondence.State.OVERDUE:
            return
        request_id, now = item.id, wallclock.now()
        self._tasks.run_db(lambda s: correspondence.draft_reminder(s, request_id, now=now), parent=self,
                           success=lambda draft: self._ask(None, draft))

    def edit_item(self) -> None:
        item = self.current_item()
        if item is not None:
            self._ask(item, None)

    def delete_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        answers = sum(r.parent_id == item.id for r in self.model.rows())
        text = self.tr("Delete “{subject}”?").format(subject=item.subject)
        if answers:
            text += " " + self.tr("Its %n answer(s) and reminder(s) are deleted with it.", "", answers)
        if not messages.confirm(self, self.tr("Delete correspondence"), text):
            return
        self.history.do(undo.delete_correspondence(item), parent=self)

    def _ask(self, item: correspondence.CorrespondenceRow | None,
             draft: correspondence.CorrespondenceInput | None) -> None:
        case = self._case
        if case is None:
            return
        case_id = case.id
        # The evidence to attach is read first; the dialog opens with it.
        self._tasks.run_db(lambda s: evidence.list_rows(s, case_id, include_withdrawn=False), parent=self,
                           success=lambda rows: self._open_dialog(item, draft, rows))

    def _open_dialog(self, item: correspondence.CorrespondenceRow | None,
                     draft: correspondence.CorrespondenceInput | None,
                     evidence_rows: list[evidence.EvidenceRow]) -> None:
        case = self._case
        if case is None:
            return
        saved = correspondencedialog.CorrespondenceDialog.ask(
            self, tasks=self._tasks, case_id=case.id, zone=case.display_zone, parties=self._parties,
            item=item, draft=draft, evidence_rows=evidence_rows)
        if saved is not None:
            self.history.record(undo.add_correspondence(saved) if item is None
                                else undo.edit_correspondence(item, saved))
            self._changed(saved)
            self.select_item(saved.id)

    def _changed(self, _result: object) -> None:
        self.reload()
        self.changed.emit()

    def _after_undoable(self, kind: str, result: object) -> None:
        if kind == undo.CORRESPONDENCE:
            self._changed(result)
