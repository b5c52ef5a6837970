"""The window as the user left it: geometry, docks and toolbars, splitters, the case tab, table columns.

Kept in QSettings under ``layout/<window object name>/``. Splitters and table headers are keyed by
their path of object names (or class name and rank among same-class siblings where a widget has
no object name), so the key survives a restart as long as the window is built the same way; a
key that no longer matches anything is ignored, and a state Qt refuses is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import (
    QHeaderView,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

GROUP = "layout"


def _step(widget: QWidget) -> str:
    if widget.objectName():
        return widget.objectName()
    parent = widget.parentWidget()
    # Exact class: a subclass added beside it (a label, a pane) must not shift the rank.
    siblings = [w for w in parent.children() if type(w) is type(widget)] if parent else [widget]
    rank = next((i for i, w in enumerate(siblings) if w is widget), 0)
    return f"{type(widget).__name__}{rank}"


def key(widget: QWidget, root: QWidget) -> str:
    """The widget's stable name under ``root``: object names, else class name and rank."""
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None and current is not root:
        parts.append(_step(current))
        current = current.parentWidget()
    return "/".join(reversed(parts))


def _headers(window: QWidget) -> list[tuple[str, QHeaderView]]:
    found: list[tuple[str, QHeaderView]] = []
    for view in window.findChildren(QTableView) + window.findChildren(QTreeView):
        found.append((key(view, window), view.horizontalHeader() if isinstance(view, QTableView) else view.header()))
    return found


def _tabs(window: QWidget) -> list[tuple[str, QTabWidget]]:
    return [(key(tabs, window), tabs) for tabs in window.findChildren(QTabWidget)]


def _settings() -> QSettings:
    return QSettings()


def _prefix(window: QWidget) -> str:
    return f"{GROUP}/{window.objectName() or type(window).__name__}"


def save(window: QMainWindow, settings: QSettings | None = None) -> None:
    """Remember the window's geometry and state, its splitters, tabs and table columns."""
    store = settings if settings is not None else _settings()
    prefix = _prefix(window)
    store.setValue(f"{prefix}/geometry", window.saveGeometry())
    store.setValue(f"{prefix}/state", window.saveState())
    for splitter in window.findChildren(QSplitter):
        store.setValue(f"{prefix}/splitters/{key(splitter, window)}", splitter.saveState())
    for name, header in _headers(window):
        store.setValue(f"{prefix}/headers/{name}", header.saveState())
    for name, tabs in _tabs(window):
        current = tabs.currentWidget()
        if current is not None:
            # The tab's page by name, not by index: a tab added later must not shift the choice.
            store.setValue(f"{prefix}/tabs/{name}", _step(current))
    store.sync()


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes) and value:
        return QByteArray(value)
    return None


def restore(window: QMainWindow, settings: QSettings | None = None) -> bool:
    """Put back what ``save`` remembered; call it once the window's panes are built.

    Returns:
        Whether anything was remembered for this window.
    """
    store = settings if settings is not None else _settings()
    prefix = _prefix(window)
    geometry = _bytes(store.value(f"{prefix}/geometry"))
    if geometry is None:
        return False
    window.restoreGeometry(geometry)
    state = _bytes(store.value(f"{prefix}/state"))
    if state is not None:
        window.restoreState(state)
    for splitter in window.findChildren(QSplitter):
        saved = _bytes(store.value(f"{prefix}/splitters/{key(splitter, window)}"))
        if saved is not None:
            splitter.restoreState(saved)
    for name, header in _headers(window):
        saved = _bytes(store.value(f"{prefix}/headers/{name}"))
        if saved is not None:
            header.restoreState(saved)
    for name, tabs in _tabs(window):
        chosen = store.value(f"{prefix}/tabs/{name}")
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if page is not None and _step(page) == chosen and tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
    return True
