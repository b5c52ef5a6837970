"""Base of the clock tables (a case's obligations, the dashboard): clocks updated in place.

The clocks are read again every minute; the table must not flicker nor lose the user's place.
``show`` compares the new list with the one shown: the same obligations in the same order only
change cell values (``dataChanged``); the same obligations in another order (a clock became more
urgent) move rows with a layout change, which keeps the selection; only a different set of
obligations resets the model.
"""

from __future__ import annotations

import datetime as dt
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

from cnil_case.core import deadlines
from cnil_case.ui import clockcells, wallclock

ClockState = deadlines.ClockState

Index = QModelIndex | QPersistentModelIndex

# The clock's key, for views that keep a selection across resets.
KeyRole = Qt.ItemDataRole.UserRole
_STYLE_ROLES = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)
_URGENT = (ClockState.OVERDUE, ClockState.DUE_SOON)


class ClockListModel(QAbstractTableModel):
    """A list of ``deadlines.Clock`` snapshots and the instant their states were computed at.

    Signals:
        updated(): new clocks are shown (values changed, rows moved, or a new list).
    """

    updated = Signal()

    # Columns styled by state: subclasses set them.
    state_column = -1
    countdown_column = -1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clocks: list[deadlines.Clock] = []
        self._now = wallclock.now()

    # --- subclass interface -------------------------------------------------------------------

    def headers(self) -> Sequence[str]:
        raise TypeError(f"{type(self).__name__} must define headers()")  # abstract: every subclass overrides it

    def cell(self, clock: deadlines.Clock, column: int, role: int) -> Any:
        """The value of one cell for ``role``, or None."""
        raise TypeError(f"{type(self).__name__} must define cell()")  # abstract: every subclass overrides it

    # --- data ---------------------------------------------------------------------------------

    @property
    def now(self) -> dt.datetime:
        """The instant the shown states and countdowns were computed for."""
        return self._now

    def clocks(self) -> list[deadlines.Clock]:
        return list(self._clocks)

    def clock_at(self, row: int) -> deadlines.Clock | None:
        return self._clocks[row] if 0 <= row < len(self._clocks) else None

    def row_of(self, key: deadlines.ObligationKey) -> int:
        return next((i for i, c in enumerate(self._clocks) if c.key == key), -1)

    def show(self, clocks: Sequence[deadlines.Clock], now: dt.datetime) -> None:
        """Show ``clocks`` (computed at ``now``), changing as little of the table as possible."""
        new = list(clocks)
        old = self._clocks
        old_keys = [c.key for c in old]
        new_keys = [c.key for c in new]
        self._now = now
        if new_keys == old_keys:
            self._clocks = new
            self._all_changed()
        elif len(new_keys) == len(old_keys) and set(new_keys) == set(old_keys):
            self._reorder(old, new)
            self._all_changed()
        else:
            self.beginResetModel()
            self._clocks = new
            self.endResetModel()
        self.updated.emit()

    def _reorder(self, old: list[deadlines.Clock], new: list[deadlines.Clock]) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        position = {clock.key: row for row, clock in enumerate(new)}
        moved_to = [position[old[index.row()].key] for index in persistent]
        self._clocks = new
        self.changePersistentIndexList(
            persistent, [self.index(row, index.column()) for row, index in zip(moved_to, persistent, strict=True)]
        )
        self.layoutChanged.emit()

    def _all_changed(self) -> None:
        if self._clocks:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._clocks) - 1, self.columnCount() - 1))

    # --- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._clocks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._clocks):
            return None
        clock = self._clocks[index.row()]
        if role == KeyRole:
            return clock.key
        if role in _STYLE_ROLES:
            return self._style(clock.state, index.column(), role)
        return self.cell(clock, index.column(), role)

    def _style(self, state: ClockState, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return clockcells.state_background(state) if column == self.state_column else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.state_column:
                return clockcells.state_foreground(state)
            if column == self.countdown_column and state in _URGENT:
                return clockcells.countdown_foreground(state)
            return clockcells.row_foreground(state)
        return clockcells.row_font(state, bold=column == self.state_column and state in _URGENT)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None
