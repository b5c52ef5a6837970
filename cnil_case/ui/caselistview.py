"""The left pane: a filter box over the table of the workspace's cases."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

from cnil_case.ui import caselistmodel, tableviews
from cnil_case.ui import tasks as tasks_module


class CaseListView(QWidget):
    """Lists cases; selecting one opens it.

    Signals:
        case_selected(object): the id of the case now selected, or None.
    """

    case_selected = Signal(object)

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = caselistmodel.CaseListModel(tasks=tasks, parent=self)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by reference or title"))
        self.filter.setClearButtonEnabled(True)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.model)
        tableviews.configure(self.table, stretch=caselistmodel.TITLE)
        tableviews.set_widths(self.table, {caselistmodel.REFERENCE: "BRE-2024-001", caselistmodel.STATUS: "Closed",
                                           caselistmodel.PARTIES: "99", caselistmodel.EVENTS: "9999"})
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        self._selected: int | None = None

        self.filter.textChanged.connect(self.model.load)
        self.model.loaded.connect(self._restore_selection)
        self.model.loaded.connect(self._fit_columns)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

    def reload(self) -> None:
        self.model.load()

    def show_case(self, case_id: int) -> None:
        """Reload the list (a case was just created), then select and open ``case_id``."""

        def select() -> None:
            self.model.loaded.disconnect(select)
            self.select_case(case_id)

        if self.filter.text():
            # A filter could hide the new case: clearing it reloads the list once.
            self.model.loaded.connect(select)
            self.filter.clear()
            return
        self.model.loaded.connect(select)
        self.model.load()

    def current_case_id(self) -> int | None:
        return self._selected

    def select_case(self, case_id: int | None) -> None:
        """Select a case (it is opened through ``case_selected``); None clears the selection."""
        row = -1 if case_id is None else self.model.row_of(case_id)
        if row < 0:
            self.table.clearSelection()
            if case_id is None and self._selected is not None:
                self._selected = None
                self.case_selected.emit(None)
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def keep_selected(self, case_id: int | None) -> None:
        """Select ``case_id`` again without opening it (the user chose to stay on it)."""
        self._selected = case_id
        row = -1 if case_id is None else self.model.row_of(case_id)
        blocked = self.table.selectionModel().blockSignals(True)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
        self.table.selectionModel().blockSignals(blocked)

    def _fit_columns(self) -> None:
        tableviews.fit_to_contents(self.table, {caselistmodel.REFERENCE: max(self.width() // 3, 100),
                                                caselistmodel.STATUS: 90})

    def _restore_selection(self) -> None:
        if self._selected is None:
            return
        row = self.model.row_of(self._selected)
        if row >= 0:
            blocked = self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(blocked)
        elif not self.filter.text():
            # The case is gone (deleted elsewhere); a filter merely hiding it keeps it open.
            self._selected = None
            self.case_selected.emit(None)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        case_id = self.model.row_at(rows[0].row()).id
        if case_id != self._selected:
            self._selected = case_id
            self.case_selected.emit(case_id)
