"""The application's line icons: SVG files in ``resources/icons/``, drawn in the palette's text colour.

Each icon is a 24×24 single-colour drawing whose strokes say ``currentColor``. An icon is not a
pixmap but an engine that renders the SVG when Qt asks for a size and a device pixel ratio, in the
colour of the application palette at that moment: icons stay sharp at any scale and follow a
switch between light and dark themes without being set again.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from cnil_case import paths

# Main-window actions (attribute names, which are also tried as object names) and their icon.
STANDARD_ICONS: dict[str, str] = {
    "act_new_case": "new-case",
    "act_import": "import",
    "act_export": "export",
    "act_save": "save",
    "act_delete_case": "delete",
    "act_close_case": "check",
    "act_reopen_case": "open",
    "act_organisations": "home",
    "act_operator": "mail",
    "act_register": "document",
    "act_new_event": "timeline",
    "act_delete_event": "delete",
    "act_star": "star",
    "act_find": "search",
    "act_search": "search",
    "act_import_timeline": "import",
    "act_imports": "timeline",
    "act_export_timeline": "export",
    "act_dashboard": "deadline",
    "act_refresh_clocks": "refresh",
    "act_integrity": "lock",
    "act_settings": "settings",
    "act_undo": "undo",
    "act_redo": "redo",
}


def icon_dir() -> str:
    return str(paths.resource("icons"))


def names() -> list[str]:
    """Every icon that ships, by name (the SVG file's stem)."""
    return sorted(p.stem for p in paths.resource("icons").glob("*.svg"))


@cache
def _source(name: str) -> bytes:
    path = paths.resource("icons", f"{name}.svg")
    if not path.is_file():
        raise KeyError(f"no icon named {name!r} in {path.parent}")
    return path.read_bytes()


def _colour(mode: QIcon.Mode) -> QColor:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


@cache
def _renderer(name: str, colour: str) -> QSvgRenderer:
    """One renderer per icon and colour: ``currentColor`` replaced by the colour itself."""
    data = _source(name).replace(b"currentColor", colour.encode("ascii"))
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise ValueError(f"the icon {name!r} is not a valid SVG")
    return renderer


def render(name: str, size: int, *, colour: QColor | None = None, ratio: float = 1.0,
           mode: QIcon.Mode = QIcon.Mode.Normal) -> QPixmap:
    """The icon as a pixmap of ``size`` device-independent pixels at ``ratio`` device pixels each."""
    chosen = colour if colour is not None else _colour(mode)
    side = max(1, round(size * ratio))
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _renderer(name, chosen.name()).render(painter)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class _SvgEngine(QIconEngine):
    """Renders on demand, at the size, ratio and mode asked, in the current palette's colour."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def clone(self) -> QIconEngine:
        return _SvgEngine(self._name)

    def key(self) -> str:
        return "cnil_case_svg"

    def iconName(self) -> str:
        return self._name

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        pixmap = render(self._name, side, ratio=ratio, mode=mode)
        corner = rect.center() - QPoint(side // 2, side // 2)
        painter.drawPixmap(QRect(corner, QSize(side, side)), pixmap)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return render(self._name, min(size.width(), size.height()), mode=mode)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        return render(self._name, min(size.width(), size.height()), ratio=scale, mode=mode)


@cache
def icon(name: str) -> QIcon:
    """The named icon (cached); it renders at any size and device pixel ratio in the palette's colour.

    Raises:
        KeyError: no ``resources/icons/<name>.svg``.
    """
    _source(name)  # fail now on a wrong name, not at the first paint
    return QIcon(_SvgEngine(name))


def apply_standard_icons(window: QWidget) -> list[str]:
    """Set the standard icons on the window's actions, found by attribute or object name.

    Returns:
        The action names that got an icon (the others do not exist on this window).
    """
    done: list[str] = []
    by_object_name = {a.objectName(): a for a in window.findChildren(QAction) if a.objectName()}
    for attribute, name in STANDARD_ICONS.items():
        action = getattr(window, attribute, None) or by_object_name.get(attribute)
        if isinstance(action, QAction):
            action.setIcon(icon(name))
            done.append(attribute)
    return done
