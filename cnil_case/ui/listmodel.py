"""Base of the small table models (cases, parties, organisations): a list of snapshots in memory.

These lists hold tens or hundreds of rows, so they load whole through ``tasks`` and may be sorted
in memory; big tables (the timeline) page instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from cnil_case.core import times
from cnil_case.ui import tasks as tasks_module

Index = QModelIndex | QPersistentModelIndex


class SnapshotListModel(QAbstractTableModel):
    """Rows are frozen snapshots with an ``id``; subclasses say how to show a cell.

    Signals:
        loaded(): a new list of rows is in place.
    """

    loaded = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # --- subclass interface -------------------------------------------------------------------

    def headers(self) -> Sequence[str]:
        raise TypeError(f"{type(self).__name__} must define headers()")  # abstract: every subclass overrides it

    def cell(self, row: Any, column: int, role: int) -> Any:
        """The value of one cell for ``role``, or None."""
        raise TypeError(f"{type(self).__name__} must define cell()")  # abstract: every subclass overrides it

    # --- data ---------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        self.loaded.emit()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: int) -> int:
        """The row showing the item with this id, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == item_id), -1)

    # --- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()].id
        return self.cell(self._rows[index.row()], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None


class CaseRowsModel(SnapshotListModel):
    """One case's rows, read through ``tasks``; a late answer for a case the user left is dropped.

    Subclasses say which rows (``fetch``) and how a cell reads; times show in the case's ``zone``.
    """

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._case_id: int | None = None
        self._zone = times.DEFAULT_ZONE

    def fetch(self, case_id: int) -> tasks_module.Op[list[Any]]:
        raise TypeError(f"{type(self).__name__} must define fetch()")  # abstract: every subclass overrides it

    def load(self, case_id: int | None, zone: str = times.DEFAULT_ZONE) -> None:
        self._case_id = case_id
        self._zone = zone
        if case_id is None:
            self.set_rows([])
            return
        self._tasks.run_db(self.fetch(case_id), parent=self, success=self._loaded(case_id))

    def reload(self) -> None:
        self.load(self._case_id, self._zone)

    def _loaded(self, case_id: int) -> Any:
        def done(rows: list[Any]) -> None:
            if case_id == self._case_id:
                self.set_rows(rows)
        return done
