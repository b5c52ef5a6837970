"""A non-modal banner across the top of the main window, for deadline notifications.

Used when the desktop has no system tray (and so no notification area): the message stays in
view, with a button to open the clock it is about, until the user dismisses it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from cnil_case.ui import notifier

_STYLE = {
    notifier.Level.WARNING: "QFrame#deadlineBanner { background: #fff3cd; border: 1px solid #ffb300; }"
                            "QLabel { color: #3d2b00; }",
    notifier.Level.CRITICAL: "QFrame#deadlineBanner { background: #fdecea; border: 1px solid #c62828; }"
                             "QLabel { color: #5f1010; }",
}


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
        self.text.setText(f"{announcement.title}: {announcement.text}")
        self.setStyleSheet(_STYLE[announcement.level])
        self.show()

    def dismiss(self) -> None:
        self._announcement = None
        self.hide()

    def _open(self) -> None:
        announcement = self._announcement
        self.dismiss()
        if announcement is not None:
            self.open_requested.emit(announcement)
