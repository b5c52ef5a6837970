"""A case's timeline as a lazily loaded table: ordered ids plus a cache of rows loaded by pages.

Filtering and ordering run in SQL (``timeline.list_ids``); the first page comes with the ids, the
others are fetched through ``tasks`` when a view first asks for one of their rows, with a
placeholder shown meanwhile. A row that no longer exists shows disabled; ``data`` never raises.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from cnil_case.core import snapshots, timeline, times
from cnil_case.ui import labels
from cnil_case.ui import tasks as tasks_module

Index = QModelIndex | QPersistentModelIndex

PAGE = 200
STAR, TIME, PRECISION, CATEGORY, TITLE, ACTOR, TAGS, SOURCE = range(8)
COLUMNS = 8
STARRED, UNSTARRED = "★", "☆"


class TimelineModel(QAbstractTableModel):
    """The events of one case that pass the current filter, in time order.

    Signals:
        loaded(): the ids (and first page) for the current case and filter are in place.
    """

    loaded = Signal()

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._case_id: int | None = None
        self._zone = times.DEFAULT_ZONE
        self._filter = snapshots.EventFilter()
        self._ids: list[int] = []
        self._cache: dict[int, snapshots.EventRow] = {}
        self._gone: set[int] = set()
        self._wanted: set[int] = set()
        self._in_flight: set[int] = set()
        # Each reload starts a new generation; a page answering for an older one is dropped.
        self._generation = 0
        # Page requests are collected while the view paints and sent once control returns to
        # the event loop, never from inside data().
        self._page_timer = QTimer(self)
        self._page_timer.setSingleShot(True)
        self._page_timer.setInterval(0)
        self._page_timer.timeout.connect(self._fetch_wanted)

    # --- loading ------------------------------------------------------------------------------

    @property
    def case_id(self) -> int | None:
        return self._case_id

    @property
    def event_filter(self) -> snapshots.EventFilter:
        return self._filter

    @property
    def zone(self) -> str:
        return self._zone

    def load(self, case_id: int | None, zone: str) -> None:
        """Show another case, from its first event and without filter."""
        self._case_id = case_id
        self._zone = zone
        self._filter = snapshots.EventFilter(descending=self._filter.descending)
        self.reload()

    def set_zone(self, zone: str) -> None:
        self._zone = zone
        if self._ids:
            self.dataChanged.emit(self.index(0, TIME), self.index(len(self._ids) - 1, TIME))

    def set_filter(self, flt: snapshots.EventFilter) -> None:
        """Apply a new filter (the current direction of time is kept)."""
        self._filter = dataclasses.replace(flt, descending=self._filter.descending)
        self.reload()

    def reload(self) -> None:
        """Query the ids again, e.g. after an event was added, edited or deleted."""
        self._generation += 1
        generation = self._generation
        case_id = self._case_id
        if case_id is None:
            self._apply_ids(generation, ([], []))
            return
        flt = self._filter

        def op(session: Any) -> tuple[list[int], list[snapshots.EventRow]]:
            ids = timeline.list_ids(session, case_id, flt)
            return ids, timeline.rows(session, ids[:PAGE])

        self._tasks.run_db(op, parent=self, success=lambda result: self._apply_ids(generation, result))

    def _apply_ids(self, generation: int, result: tuple[list[int], list[snapshots.EventRow]]) -> None:
        if generation != self._generation:
            return
        ids, first_page = result
        self.beginResetModel()
        self._ids = ids
        self._cache = {row.id: row for row in first_page}
        self._gone = set(ids[:PAGE]) - set(self._cache)
        self._wanted.clear()
        self._in_flight.clear()
        self.endResetModel()
        self.loaded.emit()

    def _want(self, row: int) -> None:
        page = row // PAGE
        if page not in self._in_flight and page not in self._wanted:
            self._wanted.add(page)
            self._page_timer.start()

    def _fetch_wanted(self) -> None:
        generation = self._generation
        for page in sorted(self._wanted):
            ids = self._ids[page * PAGE:(page + 1) * PAGE]
            if not ids:
                continue
            self._in_flight.add(page)
            self._tasks.run_db(
                functools.partial(timeline.rows, ids=ids),
                parent=self,
                success=self._page_loaded(generation, page, ids),
            )
        self._wanted.clear()

    def _page_loaded(self, generation: int, page: int, ids: list[int]) -> Callable[[list[snapshots.EventRow]], None]:
        def done(rows: list[snapshots.EventRow]) -> None:
            if generation != self._generation:
                return
            self._in_flight.discard(page)
            for row in rows:
                self._cache[row.id] = row
            self._gone |= set(ids) - {row.id for row in rows}
            first = page * PAGE
            self.dataChanged.emit(self.index(first, 0), self.index(first + len(ids) - 1, COLUMNS - 1))
        return done

    # --- reading ------------------------------------------------------------------------------

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def event_at(self, row: int) -> snapshots.EventRow | None:
        """The loaded snapshot of a row, or None while its page loads (or if it is gone)."""
        event_id = self.id_at(row)
        return None if event_id is None else self._cache.get(event_id)

    def row_of(self, event_id: int) -> int:
        try:
            return self._ids.index(event_id)
        except ValueError:
            return -1

    def fully_loaded(self) -> bool:
        return all(i in self._cache or i in self._gone for i in self._ids)

    # --- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            names = ["★", self.tr("Time"), self.tr("Precision"), self.tr("Category"), self.tr("Title"),
                     self.tr("Actor"), self.tr("Tags"), self.tr("Source")]
            return names[section] if 0 <= section < COLUMNS else None
        if role == Qt.ItemDataRole.ToolTipRole and section == STAR:
            return self.tr("Starred events (click a star to toggle it)")
        if role == Qt.ItemDataRole.ToolTipRole and section == TIME:
            return self.tr("Time in the case's zone, with its UTC offset (click to reverse the order)")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        event_id = self.id_at(index.row())
        if event_id in self._gone:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event_id = self.id_at(index.row())
        if event_id is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return event_id
        event = self._cache.get(event_id)
        if event is None:
            if event_id in self._gone:
                return self.tr("(deleted)") if role == Qt.ItemDataRole.DisplayRole and index.column() == TITLE else None
            self._want(index.row())
            return self.tr("loading…") if role == Qt.ItemDataRole.DisplayRole and index.column() == TITLE else None
        return self._cell(event, index.column(), role)

    def _cell(self, event: snapshots.EventRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == STAR:
                return STARRED if event.starred else UNSTARRED
            if column == TIME:
                return times.display(event.occurred.at, self._zone, event.occurred.precision)
            if column == PRECISION:
                return labels.name(labels.PRECISIONS_SHORT, event.occurred.precision)
            if column == CATEGORY:
                return labels.name(labels.CATEGORIES, event.category)
            if column == TITLE:
                return event.title
            if column == ACTOR:
                return event.actor_name
            if column == TAGS:
                return ", ".join(event.tags)
            if column == SOURCE:
                return event.source.splitlines()[0] if event.source else ""
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == TITLE:
                return f"{event.title}\n\n{event.details}" if event.details else event.title
            if column == SOURCE and event.source:
                return event.source
            if column == STAR:
                return self.tr("Starred") if event.starred else self.tr("Not starred")
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == STAR:
            return int(Qt.AlignmentFlag.AlignCenter)
        elif role == Qt.ItemDataRole.ForegroundRole and column == STAR:
            return QBrush(QColor("#c58a00") if event.starred else QColor("#9a9a9a"))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Only time orders the timeline; flipping the direction reverses the loaded ids.

        The SQL order is (time, id) both ways, so the reversed list is what a new query in the
        other direction would return, without the query.
        """
        if column != TIME:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if descending == self._filter.descending:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        positions = [(idx, self.id_at(idx.row())) for idx in old]
        self._ids.reverse()
        self._filter = dataclasses.replace(self._filter, descending=descending)
        rows = {event_id: row for row, event_id in enumerate(self._ids)}
        self.changePersistentIndexList(
            [idx for idx, _ in positions],
            [self.index(rows[event_id], idx.column()) if event_id in rows else QModelIndex()
             for idx, event_id in positions],
        )
        # Pages are counted from the new first row: the cache is by id, so only requests reset.
        self._wanted.clear()
        self._in_flight.clear()
        self.layoutChanged.emit()
