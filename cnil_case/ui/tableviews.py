"""Table view set-up shared by every list: fixed row height, no word wrap, whole-row selection."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def configure(view: QTableView, *, stretch: int | None = None) -> None:
    """Make ``view`` a compact, read-only, row-selecting table; ``stretch`` fills the width."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    vertical = view.verticalHeader()
    vertical.setVisible(False)
    # Fixed row heights: the view never measures rows, which keeps long lists fast.
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 8)
    horizontal = view.horizontalHeader()
    horizontal.setHighlightSections(False)
    horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if stretch is not None:
        horizontal.setStretchLastSection(False)
        horizontal.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def set_widths(view: QTableView, samples: dict[int, str]) -> None:
    """Size columns to fit a typical value (and their header), so widths follow the font."""
    metrics = view.fontMetrics()
    model = view.model()
    for column, sample in samples.items():
        header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) if model else ""
        width = max(metrics.horizontalAdvance(sample) + 14, metrics.horizontalAdvance(str(header or "")) + 14)
        view.setColumnWidth(column, width)


class _DeleteKey(QObject):
    """Calls back when Delete is pressed in the table it filters."""

    def __init__(self, view: QTableView, callback: Callable[[], None]) -> None:
        super().__init__(view)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete:
            self._callback()
            return True
        return False


def on_delete_key(view: QTableView, callback: Callable[[], None]) -> None:
    """Run ``callback`` when Delete is pressed in ``view``.

    A key filter rather than a shortcut: a Delete shortcut on the window would clash with the
    one of every other table and with text fields.
    """
    view.installEventFilter(_DeleteKey(view, callback))


def fit_to_contents(view: QTableView, limits: dict[int, int]) -> None:
    """Fit columns to what is shown now, each at most ``limits[column]`` pixels wide.

    Called when a model has loaded: the view measures only the rows on screen, so this stays
    cheap on a long, lazily loaded table.
    """
    for column, limit in limits.items():
        view.resizeColumnToContents(column)
        if view.columnWidth(column) > limit:
            view.setColumnWidth(column, limit)


class _MainColumn(QObject):
    """Gives one column the room the others leave, but never less than ``minimum``."""

    def __init__(self, view: QTableView, column: int, minimum: int) -> None:
        super().__init__(view)
        self._view = view
        self._column = column
        self._minimum = minimum

    def apply(self) -> None:
        view = self._view
        others = sum(view.columnWidth(c) for c in range(view.model().columnCount()) if c != self._column)
        view.setColumnWidth(self._column, max(self._minimum, view.viewport().width() - others - 2))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False


def main_column(view: QTableView, column: int, minimum: int) -> Callable[[], None]:
    """Make ``column`` take the free width, and scroll sideways rather than squeeze it below
    ``minimum`` (a stretched section can shrink to nothing). Returns the function that re-fits
    it, to call when other columns changed width."""
    view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    fitter = _MainColumn(view, column, minimum)
    view.viewport().installEventFilter(fitter)
    return fitter.apply


class _KeepSelection(QObject):
    """Selects again, after a model reset, the row holding the same ``role`` value."""

    def __init__(self, view: QTableView, role: int) -> None:
        super().__init__(view)
        self._view = view
        self._role = role
        self._selected: object = None
        self._scroll = 0
        model = view.model()
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)

    def _remember(self) -> None:
        rows = self._view.selectionModel().selectedRows()
        self._selected = rows[0].data(self._role) if rows else None
        self._scroll = self._view.verticalScrollBar().value()

    def _restore(self) -> None:
        wanted, self._selected = self._selected, None
        if wanted is None:
            return
        model = self._view.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(self._role) == wanted:
                self._view.selectRow(row)
                break
        self._view.verticalScrollBar().setValue(self._scroll)


def keep_selection(view: QTableView, role: int) -> None:
    """Keep the selected row selected when the model resets, finding it by its ``role`` value
    (an id or key), and keep the scroll position: refreshed tables must not lose the user's place."""
    _KeepSelection(view, role)
