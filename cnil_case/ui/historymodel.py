"""The audit log of a case (or of the whole workspace), newest first, fetched in batches.

The log is append-only and can grow long, so the view pulls it with ``fetchMore`` in batches of
``BATCH`` rows through ``tasks``. Each row summarises what changed (before → after); the full
before and after values are in the tooltip and in ``details``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from cnil_case.core import audit, snapshots, times
from cnil_case.ui import labels
from cnil_case.ui import tasks as tasks_module

Index = QModelIndex | QPersistentModelIndex

BATCH = 200
WHEN, WHO, ACTION, WHAT, CHANGES = range(5)
COLUMNS = 5
_SHORT = 40


class HistoryModel(QAbstractTableModel):
    """Audit entries, newest first.

    Signals:
        batch_loaded(): a batch arrived (possibly empty: the log is then complete).
    """

    batch_loaded = Signal()

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._rows: list[snapshots.AuditRow] = []
        self._active = False
        self._case_id: int | None = None
        self._zone = times.DEFAULT_ZONE
        self._complete = False
        self._fetching = False
        self._generation = 0

    def load(self, case_id: int | None, zone: str) -> None:
        """Show a case's history, or the whole workspace's when ``case_id`` is None."""
        self._active = True
        self._case_id = case_id
        self._zone = zone
        self.reload()

    def clear(self) -> None:
        self._active = False
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def set_zone(self, zone: str) -> None:
        self._zone = zone
        if self._rows:
            self.dataChanged.emit(self.index(0, WHEN), self.index(len(self._rows) - 1, WHEN))

    def reload(self) -> None:
        """Start again from the newest entry (after a change, new entries are at the top)."""
        if not self._active:
            return
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._complete = False
        self._fetching = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def entry_at(self, row: int) -> snapshots.AuditRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- Fetch More ---------------------------------------------------------------------------

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._active and not self._complete and not self._fetching

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        case_id, offset = self._case_id, len(self._rows)
        self._tasks.run_db(
            lambda s: audit.history(s, case_id, offset=offset, limit=BATCH),
            parent=self,
            success=self._batch_arrived(self._generation),
        )

    def _batch_arrived(self, generation: int) -> Callable[[list[snapshots.AuditRow]], None]:
        def done(batch: list[snapshots.AuditRow]) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            if len(batch) < BATCH:
                self._complete = True
            if batch:
                start = len(self._rows)
                # The last new row is start + n - 1 (the PySide6 Fetch More port gets it wrong).
                self.beginInsertRows(QModelIndex(), start, start + len(batch) - 1)
                self._rows.extend(batch)
                self.endInsertRows()
            self.batch_loaded.emit()
        return done

    # --- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("What"), self.tr("Changes")]
            return names[section] if 0 <= section < COLUMNS else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == WHEN:
                return times.display(entry.at, self._zone, "exact")
            if column == WHO:
                return entry.actor
            if column == ACTION:
                return self.tr("{entity} {action}", "an audit entry: what, then what was done to it").format(
                    entity=labels.name(labels.ENTITIES, entry.entity), action=labels.name(labels.ACTIONS, entry.action))
            if column == WHAT:
                return entry.summary
            if column == CHANGES:
                return summarise(entry)
        elif role == Qt.ItemDataRole.ToolTipRole and column in (WHAT, CHANGES):
            return details(entry)
        elif role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None


def _short(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, dict) and "at" in value:
        text = str(value["at"]).replace("T", " ")[:16] + " UTC"
    elif isinstance(value, list):
        text = ", ".join(str(v) for v in value)
    elif isinstance(value, bool):
        text = (QCoreApplication.translate("HistoryModel", "yes") if value
                else QCoreApplication.translate("HistoryModel", "no"))
    else:
        text = " ".join(str(value).split())
    return text if len(text) <= _SHORT else text[: _SHORT - 1] + "…"


# Edits that move deadlines list them under this key (label → [old due, new due]).
CLOCKS_MOVED = "clocks_moved"


def _moved(value: Any) -> str:
    count = len(value) if isinstance(value, dict) else 0
    return QCoreApplication.translate("HistoryModel", "deadlines moved: %n", "", count)


def summarise(entry: snapshots.AuditRow) -> str:
    """One line: ``field: before → after`` for an edit, the values set for a creation."""
    before, after = entry.before or {}, entry.after or {}
    if entry.before and entry.after:
        return "; ".join(_moved(after[k]) if k == CLOCKS_MOVED else f"{k}: {_short(before.get(k))} → {_short(after.get(k))}"
                         for k in after)
    values = after or before
    return "; ".join(f"{k}: {_short(v)}" for k, v in values.items() if v not in (None, "", [], False))


def details(entry: snapshots.AuditRow) -> str:
    """The full before and after values, for the tooltip and the detail pane."""
    parts = [entry.summary]
    for title, value in (
        (QCoreApplication.translate("HistoryModel", "Before"), entry.before),
        (QCoreApplication.translate("HistoryModel", "After"), entry.after),
    ):
        if value is not None:
            parts.append(f"{title}:\n{json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True)}")
    return "\n\n".join(parts)
