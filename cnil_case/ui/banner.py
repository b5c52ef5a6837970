"""A non-modal banner across the top of the main window, for deadline notifications.

Used when the desktop has no system tray (and so no notification area): the message stays in
view, with a button to open the clock it is about, until the user dismisses it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from cnil_case.ui import notifier, theme

# The theme colours (fill, border) of each level; they follow a light or dark palette.
_COLOURS = {
    notifier.Level.WARNING: ("warning_background", "warning_border"),
    notifier.Level.CRITICAL: ("critical_background", "critical_border"),
}


def style_sheet(level: notifier.Level) -> str:
    """The banner's style for a level on the current palette, its text black or white as reads best."""
    fill_name, border_name = _COLOURS[level]
    fill, border = theme.state_color(fill_name), theme.state_color(border_name)
    return (f"QFrame#deadlineBanner {{ background: {fill.name()}; border: 1px solid {border.name()}; }}"
            f"QLabel, QToolButton {{ color: {theme.text_on(fill).name()}; }}")


class Banner(QFrame):
    """Shows the latest announcement; Open asks for its clock (or the dashboard).

    Signals:
        open_requested(object): the user pressed Open; carries the ``notifier.Announcement``.
    """

    open_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadlineBanner")
        self._announcement: notifier.Announcement | None = None
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setText("✕")
        self.dismiss_button.setToolTip(self.tr("Dismiss"))
        self.dismiss_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.dismiss_button)
        self.open_button.clicked.connect(self._open)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.hide()

    @property
    def announcement(self) -> notifier.Announcement | None:
        return self._announcement

    def show_announcement(self, announcement: notifier.Announcement) -> None:
        self._announcement = announcement
        self.text.setText(self.tr("{title}: {text}").format(title=announcement.title, text=announcement.text))
        self.restyle()
        self.show()

    def restyle(self, dark: bool | None = None) -> None:
        """Take the colours of the current palette (a slot for ``theme.ThemeWatcher.changed``).

        The banner also restyles itself when the application palette changes, so connecting the
        watcher is optional; ``dark`` is ignored (the palette says it).
        """
        del dark
        if self._announcement is not None and (style := style_sheet(self._announcement.level)) != self.styleSheet():
            self.setStyleSheet(style)

    def event(self, event: QEvent) -> bool:
        # Posted to every widget when theme.ThemeWatcher switches the application palette.
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.restyle()
        return super().event(event)

    def dismiss(self) -> None:
        self._announcement = None
        self.hide()

    def _open(self) -> None:
        announcement = self._announcement
        self.dismiss()
        if announcement is not None:
            self.open_requested.emit(announcement)
