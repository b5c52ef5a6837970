"""The workspace's cases: reference, title, status, number of parties and events."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from cnil_case.core import cases, snapshots
from cnil_case.ui import labels, listmodel
from cnil_case.ui import tasks as tasks_module

REFERENCE, TITLE, STATUS, PARTIES, EVENTS = range(5)


class CaseListModel(listmodel.SnapshotListModel):
    """Every case of the workspace (tens or hundreds), newest first; closed ones greyed."""

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._text = ""

    def headers(self) -> Sequence[str]:
        return [self.tr("Reference"), self.tr("Title"), self.tr("Status"), self.tr("Parties"), self.tr("Events")]

    def load(self, text: str | None = None) -> None:
        """Query the cases again, keeping the filter unless a new one is given."""
        if text is not None:
            self._text = text
        needle = self._text
        self._tasks.run_db(lambda s: cases.list_rows(s, text=needle), parent=self, success=self.set_rows)

    def cell(self, row: snapshots.CaseRow, column: int, role: int) -> Any:
        closed = row.status == "closed"
        if role == Qt.ItemDataRole.DisplayRole:
            if column == REFERENCE:
                return row.reference
            if column == TITLE:
                return row.title
            if column == STATUS:
                return labels.name(labels.STATUSES, row.status)
            if column == PARTIES:
                return row.party_count
            if column == EVENTS:
                return row.event_count
        elif role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return row.title
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (PARTIES, EVENTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ForegroundRole and closed:
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        elif role == Qt.ItemDataRole.FontRole and closed:
            font = QFont()
            font.setItalic(True)
            return font
        return None
