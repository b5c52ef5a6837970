"""A case's timeline as a lazily loaded table: a row count plus an LRU cache of pages of rows.

Filtering and ordering run in SQL. A load reads the first page (``timeline.list_ids`` with a
limit), which shows at once, then the number of matching events (``timeline.count_ids``). Other
pages are fetched through ``tasks`` by offset when a view first asks for one of their rows, with
a placeholder shown meanwhile. At most ``MAX_PAGES`` pages are kept, so memory does not grow with the case: a
million-event timeline holds a few thousand rows. A row that no longer exists shows disabled;
``data`` never raises.
"""

from __future__ import annotations

import collections
import dataclasses
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
# Pages kept (least recently used dropped first): a tall window shows fewer than 1 page at once.
MAX_PAGES = 20
STAR, TIME, PRECISION, CATEGORY, TITLE, ACTOR, TAGS, SOURCE = range(8)
COLUMNS = 8
STARRED, UNSTARRED = "★", "☆"
# The columns the table can be ordered by, and the SQL order behind each (``timeline.SORTS``).
SORT_KEYS = {STAR: "starred", TIME: "time", PRECISION: "precision", CATEGORY: "category", TITLE: "title"}

# A page as loaded: the rows at positions page * PAGE onwards (shorter if events went meanwhile).
Page = list[snapshots.EventRow]


class TimelineModel(QAbstractTableModel):
    """The events of one case that pass the current filter, in the chosen order.

    Signals:
        loaded(): the first page and the count for the current case, filter and order are in place.
    """

    loaded = Signal()

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._case_id: int | None = None
        self._zone = times.DEFAULT_ZONE
        self._filter = snapshots.EventFilter()
        self._sort = "time"
        self._count = 0
        self._pages: collections.OrderedDict[int, Page] = collections.OrderedDict()
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
    def sort_key(self) -> str:
        """The ``timeline.SORTS`` key the rows are ordered by."""
        return self._sort

    @property
    def zone(self) -> str:
        return self._zone

    def load(self, case_id: int | None, zone: str) -> None:
        """Show another case, from its first event and without filter (the order is kept)."""
        self._case_id = case_id
        self._zone = zone
        self._filter = snapshots.EventFilter(descending=self._filter.descending)
        self.reload()

    def set_zone(self, zone: str) -> None:
        self._zone = zone
        if self._count:
            self.dataChanged.emit(self.index(0, TIME), self.index(self._count - 1, TIME))

    def set_filter(self, flt: snapshots.EventFilter) -> None:
        """Apply a new filter (the current order is kept)."""
        self._filter = dataclasses.replace(flt, descending=self._filter.descending)
        self.reload()

    def reload(self) -> None:
        """Read the first page, then count, again (e.g. after an event was added, edited or deleted).

        The first page shows as soon as it is read; on a large timeline the count (a scan of the
        case's index) follows in a second task and extends the table.
        """
        self._generation += 1
        generation = self._generation
        case_id = self._case_id
        if case_id is None:
            self._apply_first(generation, [])
            return
        flt, sort = self._filter, self._sort
        self._tasks.run_db(
            lambda s: timeline.rows(s, timeline.list_ids(s, case_id, flt, sort=sort, limit=PAGE)),
            parent=self, success=lambda first: self._apply_first(generation, first))

    def _apply_first(self, generation: int, first_page: Page) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._count = len(first_page)
        self._pages.clear()
        if first_page:
            self._pages[0] = first_page
        self._wanted.clear()
        self._in_flight.clear()
        self.endResetModel()
        if len(first_page) < PAGE or self._case_id is None:
            # A short first page is the whole timeline.
            self.loaded.emit()
            return
        case_id, flt = self._case_id, self._filter
        self._tasks.run_db(lambda s: timeline.count_ids(s, case_id, flt), parent=self,
                           success=lambda total: self._apply_count(generation, total))

    def _apply_count(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        if total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, total - 1)
            self._count = total
            self.endInsertRows()
        elif total < self._count:
            # Events deleted between the two reads: the first page's extra rows show as gone.
            self.beginRemoveRows(QModelIndex(), total, self._count - 1)
            self._count = total
            self.endRemoveRows()
        self.loaded.emit()

    def _want(self, page: int) -> None:
        if page not in self._in_flight and page not in self._wanted:
            self._wanted.add(page)
            self._page_timer.start()

    def _fetch_wanted(self) -> None:
        generation = self._generation
        case_id, flt, sort = self._case_id, self._filter, self._sort
        if case_id is None:
            self._wanted.clear()
            return
        for page in sorted(self._wanted):
            self._in_flight.add(page)

            def op(session: Any, page: int = page) -> Page:
                ids = timeline.list_ids(session, case_id, flt, sort=sort, offset=page * PAGE, limit=PAGE)
                return timeline.rows(session, ids)

            self._tasks.run_db(op, parent=self, success=self._page_loaded(generation, page))
        self._wanted.clear()

    def _page_loaded(self, generation: int, page: int) -> Callable[[Page], None]:
        def done(rows: Page) -> None:
            if generation != self._generation:
                return
            self._in_flight.discard(page)
            self._pages[page] = rows
            self._pages.move_to_end(page)
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
            first = page * PAGE
            last = min(first + PAGE, self._count) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, COLUMNS - 1))
        return done

    def _loaded_page(self, row: int) -> Page | None:
        page = self._pages.get(row // PAGE)
        if page is not None:
            self._pages.move_to_end(row // PAGE)
        return page

    # --- reading ------------------------------------------------------------------------------

    def event_at(self, row: int) -> snapshots.EventRow | None:
        """The loaded snapshot of a row, or None while its page loads (or if it is gone)."""
        if not 0 <= row < self._count:
            return None
        page = self._loaded_page(row)
        if page is None or row % PAGE >= len(page):
            return None
        return page[row % PAGE]

    def id_at(self, row: int) -> int | None:
        event = self.event_at(row)
        return None if event is None else event.id

    def row_of(self, event_id: int) -> int:
        """The row of an event among the loaded pages, or -1 (see ``locate`` for any row)."""
        for page, rows in self._pages.items():
            for offset, event in enumerate(rows):
                if event.id == event_id:
                    return page * PAGE + offset
        return -1

    def locate(self, event_id: int, found: Callable[[int], None]) -> None:
        """Find an event's row, loaded or not; call ``found`` with it (-1 if the filter hides it)."""
        row = self.row_of(event_id)
        case_id = self._case_id
        if row >= 0 or case_id is None:
            found(row)
            return
        generation, flt, sort = self._generation, self._filter, self._sort

        def done(position: int | None) -> None:
            if generation == self._generation:
                found(-1 if position is None else position)

        self._tasks.run_db(lambda s: timeline.position(s, case_id, event_id, flt, sort=sort),
                           parent=self, success=done)

    def fully_loaded(self) -> bool:
        """Every row is loaded (only ever true of a timeline of a few pages)."""
        return all(page in self._pages for page in range((self._count + PAGE - 1) // PAGE))

    def rows_held(self) -> int:
        """How many event snapshots the cache holds now (bounded by MAX_PAGES * PAGE)."""
        return sum(len(rows) for rows in self._pages.values())

    def _gone(self, row: int) -> bool:
        page = self._pages.get(row // PAGE)
        return page is not None and row % PAGE >= len(page)

    # --- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

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
        if self._gone(index.row()):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < self._count:
            return None
        event = self.event_at(row)
        if event is None:
            if self._gone(row):
                # The page came back short: events were deleted since the count.
                return self.tr("(deleted)") if role == Qt.ItemDataRole.DisplayRole and index.column() == TITLE else None
            self._want(row // PAGE)
            return self.tr("loading…") if role == Qt.ItemDataRole.DisplayRole and index.column() == TITLE else None
        if role == Qt.ItemDataRole.UserRole:
            return event.id
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
        """Order by a column of ``SORT_KEYS`` (others are ignored), in SQL: ties go by time then id.

        The rows are read again from the first page; the view keeps its selection by event id.
        """
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._sort and descending == self._filter.descending:
            return
        self._sort = key
        self._filter = dataclasses.replace(self._filter, descending=descending)
        self.reload()
