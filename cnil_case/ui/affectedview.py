"""The Affected tab: which categories of personal data and of persons the breach reached
(Art. 33(3)(a)), with a note when people abroad make it a cross-border breach."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import affected, snapshots
from cnil_case.ui import (
    affecteddialogs,
    affectedmodel,
    language,
    listmodel,
    messages,
    tableviews,
    theme,
)
from cnil_case.ui import tasks as tasks_module


class _ListPane(QGroupBox):
    """A titled table with Add / Edit / Remove buttons."""

    def __init__(self, title: str, add_text: str, model: listmodel.SnapshotListModel, parent: QWidget) -> None:
        super().__init__(title, parent)
        self.model = model
        self.table = QTableView(self)
        self.table.setModel(model)
        self.add_button = QPushButton(add_text, self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        model.modelReset.connect(self.update_buttons)

    def current(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)


class AffectedView(QWidget):
    """The open case's data and persons concerned; add, edit and remove lines.

    Signals:
        changed(): a line was added, edited or removed.
    """

    changed = Signal()

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._case: snapshots.CaseDetail | None = None
        self.data_model = affectedmodel.AffectedDataModel(tasks=tasks, parent=self)
        self.persons_model = affectedmodel.AffectedPersonsModel(tasks=tasks, parent=self)
        self.data_pane = _ListPane(self.tr("Categories of personal data"), self.tr("&Add data…"),
                                   self.data_model, self)
        self.persons_pane = _ListPane(self.tr("Categories of persons"), self.tr("Add &persons…"),
                                      self.persons_model, self)
        self.data_table = self.data_pane.table
        self.persons_table = self.persons_pane.table
        tableviews.configure(self.data_table, stretch=affectedmodel.D_NOTES)
        tableviews.set_widths(self.data_table, {
            affectedmodel.D_CATEGORY: "National identification number (NIR)", affectedmodel.D_TYPE: "Behavioural",
            affectedmodel.D_BASE: "as system opened", affectedmodel.D_FLAGS: "Art. 9, Art. 87 (NIR)",
            affectedmodel.D_RECORDS: "33,000,000,000"})
        tableviews.configure(self.persons_table, stretch=affectedmodel.P_NOTES)
        tableviews.set_widths(self.persons_table, {
            affectedmodel.P_CATEGORY: "Beneficiaries and family members", affectedmodel.P_COUNT: "1,000,000–5,000,000",
            affectedmodel.P_COUNTRIES: "FR, BE, DE", affectedmodel.P_FLAGS: "vulnerable, minors"})
        self.border_note = QLabel(self)
        self.border_note.setObjectName("crossBorderNote")
        self.border_note.setWordWrap(True)
        self.border_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.border_note.setStyleSheet(theme.note_style())
        self.border_note.hide()
        self.hint = QLabel(self.tr("Art. 33(3)(a): the categories and approximate number of data subjects and of "
                                   "personal data records concerned. Protection of the data is on the Overview tab."),
                           self)
        self.hint.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.data_pane)
        splitter.addWidget(self.persons_pane)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.border_note)

        self.data_pane.add_button.clicked.connect(self.add_data)
        self.data_pane.edit_button.clicked.connect(self.edit_data)
        self.data_pane.remove_button.clicked.connect(self.remove_data)
        self.persons_pane.add_button.clicked.connect(self.add_persons)
        self.persons_pane.edit_button.clicked.connect(self.edit_persons)
        self.persons_pane.remove_button.clicked.connect(self.remove_persons)
        self.data_table.doubleClicked.connect(lambda _index: self.edit_data())
        self.persons_table.doubleClicked.connect(lambda _index: self.edit_persons())
        tableviews.on_delete_key(self.data_table, self.remove_data)
        tableviews.on_delete_key(self.persons_table, self.remove_persons)
        self.persons_model.loaded.connect(self._show_border_note)
        self.open_case(None)

    def open_case(self, case: snapshots.CaseDetail | None) -> None:
        self._case = case
        case_id = None if case is None else case.id
        self.data_model.load(case_id)
        self.persons_model.load(case_id)
        self.data_pane.add_button.setEnabled(case is not None)
        self.persons_pane.add_button.setEnabled(case is not None)
        self.data_pane.update_buttons()
        self.persons_pane.update_buttons()

    # --- commands -----------------------------------------------------------------------------

    def add_data(self) -> None:
        if self._case is not None:
            self._dialog_done(affecteddialogs.DataDialog.ask(self, tasks=self._tasks, case_id=self._case.id))

    def edit_data(self) -> None:
        row = self.data_pane.current()
        if self._case is not None and row is not None:
            self._dialog_done(affecteddialogs.DataDialog.ask(self, tasks=self._tasks, case_id=self._case.id, row=row))

    def remove_data(self) -> None:
        row = self.data_pane.current()
        if row is None:
            return
        name = self.data_model.data(self.data_model.index(self.data_model.row_of(row.id), affectedmodel.D_CATEGORY))
        self._remove(self.tr("Remove data category"), name, lambda s: affected.remove_data(s, row.id))

    def add_persons(self) -> None:
        if self._case is not None:
            self._dialog_done(affecteddialogs.PersonsDialog.ask(self, tasks=self._tasks, case_id=self._case.id))

    def edit_persons(self) -> None:
        row = self.persons_pane.current()
        if self._case is not None and row is not None:
            self._dialog_done(affecteddialogs.PersonsDialog.ask(self, tasks=self._tasks, case_id=self._case.id, row=row))

    def remove_persons(self) -> None:
        row = self.persons_pane.current()
        if row is None:
            return
        name = self.persons_model.data(
            self.persons_model.index(self.persons_model.row_of(row.id), affectedmodel.P_CATEGORY))
        self._remove(self.tr("Remove category of persons"), name, lambda s: affected.remove_persons(s, row.id))

    def _remove(self, title: str, name: str, op: Callable[[Any], None]) -> None:
        if messages.confirm(self, title, self.tr("Remove {name} from this case?").format(name=name)):
            self._tasks.run_db(op, parent=self, success=self._after)

    def _dialog_done(self, saved: object) -> None:
        if saved is not None:  # None: cancelled
            self._after(saved)

    def _after(self, _result: object) -> None:
        self.data_model.reload()
        self.persons_model.reload()
        self.changed.emit()

    def _show_border_note(self) -> None:
        note = affected.cross_border_note(self.persons_model.rows())
        self.border_note.setText(language.text(note) if note else "")  # a core Phrase when it is one
        self.border_note.setVisible(note is not None)
