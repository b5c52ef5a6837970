"""Locks the window of an encrypted workspace after a while without input.

While locked, the window's content is hidden behind a lock screen and every other input is
swallowed (shortcuts included); other top-level windows are hidden. Unlocking checks the
passphrase against the vault's key check value: the database stays open, nothing is re-read.
Sensitive text we put on the clipboard is cleared when it locks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import crypto
from cnil_case.ui import clipboard, theme

_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.ContextMenu,
})


class LockScreen(QWidget):
    """The opaque screen over a locked window: a masked passphrase field and Unlock.

    Signals:
        submitted(): the user asked to unlock with what is typed.
    """

    submitted = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        title = QLabel(self.tr("Locked after inactivity. Type the workspace's passphrase to go on."), self)
        title.setWordWrap(True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMaximumWidth(360)
        self.error = QLabel("", self)
        self.error.setStyleSheet(f"color: {theme.state_color('error').name()};")
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        # Full width (its text is centred): a word-wrapped label squeezed to its hint gets clipped.
        layout.addWidget(title)
        for widget in (self.passphrase, self.error, self.unlock_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.passphrase.returnPressed.connect(self.submitted)
        self.unlock_button.clicked.connect(self.submitted)

    def take(self) -> crypto.Secret | None:
        text = self.passphrase.text()
        self.passphrase.clear()
        return crypto.Secret(text) if text else None


class IdleLock(QObject):
    """Watches input application-wide; locks ``window`` after ``minutes`` without any (0: never).

    Args:
        check: whether a passphrase is the workspace's (e.g. ``crypto.unlock`` on the vault header).

    Signals:
        locked(), unlocked()
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QMainWindow, *, check: Callable[[crypto.Secret], bool], minutes: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self._window = window
        self._check = check
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.screen: LockScreen | None = None
        self._hidden: list[QWidget] = []
        self._minutes = 0
        self.set_minutes(minutes)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        app.aboutToQuit.connect(self._quitting)

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def set_minutes(self, minutes: int) -> None:
        self._minutes = max(0, minutes)
        self.timer.stop()
        if minutes > 0:
            self.timer.setInterval(minutes * 60_000)
            if not self.is_locked:
                self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        # Called for every event of the application: the common path returns at once.
        if self.screen is None:
            if kind in _INPUT and self._minutes > 0:
                self.timer.start()  # restarts the countdown
            return False
        if watched is self._window and kind == QEvent.Type.Resize:
            self.screen.setGeometry(self._window.rect())
        if kind == QEvent.Type.Shortcut:
            return True  # delivered to the QAction itself, not to a widget: no menu action while locked
        # Swallowed: a locked window must not act on keys or clicks.
        return kind in _INPUT and isinstance(watched, QWidget) and not self._on_screen(watched)

    def _on_screen(self, widget: QWidget) -> bool:
        assert self.screen is not None
        return widget is self.screen or self.screen.isAncestorOf(widget)

    def lock(self) -> None:
        """Hide the content behind the lock screen now (also from a menu action)."""
        if self.screen is not None:
            return
        self.timer.stop()
        clipboard.clear_sensitive()
        self._hidden = [w for w in QApplication.topLevelWidgets()
                        if w is not self._window and w.isVisible() and not isinstance(w, LockScreen)]
        for widget in self._hidden:
            widget.hide()
        central = self._window.centralWidget()
        if central is not None:
            central.hide()
        self.screen = LockScreen(self._window)
        self.screen.setGeometry(self._window.rect())
        self.screen.submitted.connect(self._try_unlock)
        self.screen.show()
        self.screen.raise_()
        self.screen.passphrase.setFocus()
        self.locked.emit()

    def _try_unlock(self) -> None:
        assert self.screen is not None
        secret = self.screen.take()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ok = secret is not None and self._check(secret)
        finally:
            QApplication.restoreOverrideCursor()
        if not ok:
            self.screen.error.setText(self.tr("Wrong passphrase."))
            return
        self.screen.hide()
        self.screen.deleteLater()
        self.screen = None
        central = self._window.centralWidget()
        if central is not None:
            central.show()
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        if self._minutes > 0:
            self.timer.start()
        self.unlocked.emit()

    def _quitting(self) -> None:
        clipboard.clear_sensitive()


def vault_check(folder: Path) -> Callable[[crypto.Secret], bool]:
    """A ``check`` for ``IdleLock``: the passphrase against the vault header's key check value."""

    def check(secret: crypto.Secret) -> bool:
        try:
            crypto.unlock(folder, secret)
        except crypto.CryptoError:
            return False
        return True

    return check
