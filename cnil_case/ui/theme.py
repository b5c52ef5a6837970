"""Light or dark, as the system says: the Fusion style, our palettes and the colours of states.

``apply(app)`` picks the palette from ``QStyleHints.colorScheme()`` and follows its
``colorSchemeChanged`` signal, so a desktop that switches to dark at dusk takes the window with
it. Colours that carry meaning (an overdue clock, a deadline due soon, an obligation met) come
from ``state_color(name)``, which returns a variant readable on the current palette.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

Scheme = Qt.ColorScheme

# name: (on a light background, on a dark background). Text colours keep a contrast of at least
# 4.5:1 (WCAG AA) against the window and base colours of their palette; "*_background" colours are
# cell or banner fills, with ``text_on(background)`` for the text drawn over them.
_STATE_COLOURS: dict[str, tuple[str, str]] = {
    "overdue": ("#b71c1c", "#ff8a80"),
    "due_soon": ("#8a5300", "#ffca28"),
    "met": ("#1b5e20", "#81c784"),
    "late": ("#a84300", "#ffab70"),
    "muted": ("#6b6b6b", "#a0a0a0"),
    "error": ("#b00020", "#ff8a80"),
    "ok": ("#1b7a2f", "#81c784"),
    "hint": ("#555555", "#b0b0b0"),
    "overdue_background": ("#c62828", "#8e1c1c"),
    "due_soon_background": ("#ffb300", "#7a5200"),
    "met_background": ("#2e7d32", "#1e5a22"),
    "late_background": ("#a84300", "#7a3300"),
    "note_background": ("#fff4d6", "#4a3c12"),
    "note_border": ("#e0c070", "#9a7d2c"),
    "warning_background": ("#fff3cd", "#4d3b00"),
    "warning_border": ("#ffb300", "#c79100"),
    "critical_background": ("#fdecea", "#4a1414"),
    "critical_border": ("#c62828", "#e57373"),
}


def state_names() -> list[str]:
    return sorted(_STATE_COLOURS)


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette draws light text on a dark window (what the user sees, whatever asked for it)."""
    chosen = palette if palette is not None else QGuiApplication.palette()
    return chosen.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def state_color(name: str, *, dark: bool | None = None) -> QColor:
    """The colour for a state (``overdue``, ``due_soon``, ``met``, ...) on the current palette.

    Raises:
        KeyError: an unknown name (see ``state_names()``).
    """
    light_hex, dark_hex = _STATE_COLOURS[name]
    return QColor(dark_hex if (is_dark() if dark is None else dark) else light_hex)


def note_style() -> str:
    """A boxed note (a caution beside a form): fill, border and text from the palette in use."""
    background = state_color("note_background")
    return (f"background: {background.name()}; border: 1px solid {state_color('note_border').name()}; "
            f"color: {text_on(background).name()}; padding: 6px;")


def text_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on the background."""
    return QColor("#000000") if contrast(background, QColor("#000000")) >= contrast(background, QColor("#ffffff")) \
        else QColor("#ffffff")


def _luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def light_palette() -> QPalette:
    return QApplication.style().standardPalette() if QApplication.instance() else QPalette()


def dark_palette() -> QPalette:
    """A dark palette for Fusion; disabled text stays legible but clearly dimmer."""
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#2b2b2b", role.WindowText: "#e6e6e6", role.Base: "#1e1e1e",
        role.AlternateBase: "#262626", role.ToolTipBase: "#3a3a3a", role.ToolTipText: "#f0f0f0",
        role.PlaceholderText: "#8c8c8c", role.Text: "#e6e6e6", role.Button: "#353535",
        role.ButtonText: "#e6e6e6", role.BrightText: "#ff6b6b", role.Light: "#4a4a4a",
        role.Midlight: "#3e3e3e", role.Mid: "#2f2f2f", role.Dark: "#1a1a1a", role.Shadow: "#000000",
        role.Highlight: "#2f65ca", role.HighlightedText: "#ffffff", role.Link: "#8ab4f8",
        role.LinkVisited: "#c58af9",
    }
    for r, colour in colours.items():
        p.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#7a7a7a"))
    p.setColor(group.Disabled, role.Highlight, QColor("#3a3a3a"))
    p.setColor(group.Disabled, role.HighlightedText, QColor("#7a7a7a"))
    return p


class ThemeWatcher(QObject):
    """Keeps the application's palette in step with the system's colour scheme.

    Signals:
        changed(bool): the palette was switched; True when it is now dark.
    """

    changed = Signal(bool)

    def __init__(self, app: QApplication, *, scheme: Scheme | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._forced = scheme
        app.styleHints().colorSchemeChanged.connect(self._scheme_changed)
        self.apply_scheme(scheme if scheme is not None else app.styleHints().colorScheme())

    @property
    def dark(self) -> bool:
        return is_dark(self._app.palette())

    def _scheme_changed(self, scheme: Scheme) -> None:
        if self._forced is None:
            self.apply_scheme(scheme)

    def apply_scheme(self, scheme: Scheme) -> None:
        dark = scheme == Scheme.Dark
        self._app.setPalette(dark_palette() if dark else light_palette())
        self.changed.emit(dark)

    def force(self, scheme: Scheme | None) -> None:
        """Use this scheme whatever the system says (None: follow the system again)."""
        self._forced = scheme
        self.apply_scheme(scheme if scheme is not None else self._app.styleHints().colorScheme())


def apply(app: QApplication, *, scheme: Scheme | None = None) -> ThemeWatcher:
    """Fusion with a light or dark palette from the system's scheme, followed at run time.

    Args:
        scheme: force this scheme instead of the system's (tests, a user setting).

    Returns:
        The watcher (a child of ``app``); connect to its ``changed`` to refresh custom colours.
    """
    app.setStyle("Fusion")
    return ThemeWatcher(app, scheme=scheme)
