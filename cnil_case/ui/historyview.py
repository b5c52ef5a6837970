"""The History tab: the audit log of a case (or the workspace), with the full change below."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QTableView, QVBoxLayout, QWidget

from cnil_case.ui import historymodel, tableviews
from cnil_case.ui import tasks as tasks_module


class HistoryView(QWidget):
    """Who changed what and when, newest first; selecting an entry shows before and after."""

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = historymodel.HistoryModel(tasks=tasks, parent=self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("History"))
        self.table.setModel(self.model)
        tableviews.configure(self.table, stretch=historymodel.CHANGES)
        tableviews.set_widths(self.table, {historymodel.WHEN: "2024-10-27 02:30:00 (UTC+01:00)", historymodel.WHO: "j.dupont",
                                           historymodel.ACTION: "Organisation created",
                                           historymodel.WHAT: "Event added: Almerys announces the"})
        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Select an entry to see the values before and after the change."))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.table.selectionModel().selectionChanged.connect(self._show_detail)
        self.model.modelReset.connect(self.detail.clear)
        self.model.batch_loaded.connect(self._fit_columns)

    def _fit_columns(self) -> None:
        tableviews.fit_to_contents(self.table, {historymodel.WHEN: 280, historymodel.WHO: 140,
                                                historymodel.ACTION: 260, historymodel.WHAT: 320})

    def _show_detail(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        entry = self.model.entry_at(rows[0].row()) if rows else None
        self.detail.setPlainText(historymodel.details(entry) if entry else "")
