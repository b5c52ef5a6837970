"""The idle lock of an encrypted workspace, the passphrase dialog, and the clipboard helper."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from cnil_case.core import crypto, vault
from cnil_case.ui import clipboard, idlelock, passphrasedialog, preferences, settingsdialog

PASSPHRASE = "correct horse battery staple"
# The offscreen platform says so when a window is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def locked_window(qtbot: QtBot, tmp_path: Path) -> tuple[QMainWindow, idlelock.IdleLock, list[str]]:
    store = vault.Vault.create_encrypted(tmp_path / "w.vault", crypto.Secret(PASSPHRASE))
    window = QMainWindow()
    window.setCentralWidget(QLabel("Jeanne Martin 1 84 12 75 123 456 78"))
    triggered: list[str] = []
    action = QAction("Export", window)
    action.setShortcut("Ctrl+E")
    action.triggered.connect(lambda: triggered.append("export"))
    window.addAction(action)
    qtbot.addWidget(window)
    window.resize(600, 400)
    window.show()
    qtbot.waitExposed(window)
    lock = idlelock.IdleLock(window, check=idlelock.vault_check(store.root), minutes=15)
    return window, lock, triggered


def test_locks_after_idle_time_and_unlocks_with_the_passphrase(
        qtbot: QtBot, locked_window: tuple[QMainWindow, idlelock.IdleLock, list[str]]) -> None:
    window, lock, triggered = locked_window
    assert lock.timer.isActive() and lock.timer.interval() == 15 * 60_000
    lock.timer.setInterval(50)
    lock.timer.start()
    with qtbot.wait_signal(lock.locked, timeout=2000):
        pass
    screen = lock.screen
    assert screen is not None and screen.isVisible()
    central = window.centralWidget()
    assert central is not None and not central.isVisible()
    # Shortcuts of the window are swallowed while locked.
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert triggered == []

    qtbot.keyClicks(screen.passphrase, "wrong")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert screen.error.text()
    assert lock.screen is screen
    assert screen.passphrase.text() == ""  # not kept in the field

    with qtbot.wait_signal(lock.unlocked):
        qtbot.keyClicks(screen.passphrase, PASSPHRASE)
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert not lock.is_locked and central.isVisible()
    assert lock.timer.isActive()


def test_zero_minutes_never_locks(locked_window: tuple[QMainWindow, idlelock.IdleLock, list[str]]) -> None:
    _, lock, _ = locked_window
    lock.set_minutes(0)
    assert not lock.timer.isActive()


def test_locking_clears_sensitive_clipboard_text(
        locked_window: tuple[QMainWindow, idlelock.IdleLock, list[str]]) -> None:
    _, lock, _ = locked_window
    clipboard.copy("1 84 12 75 123 456 78", sensitive=True)
    lock.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_clipboard_clears_only_what_we_put(qapp: Any, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    board = QGuiApplication.clipboard()
    clipboard.copy("a" * 64, sensitive=False)
    assert not clipboard.clear_sensitive() and board.text() == "a" * 64
    clipboard.copy("Jeanne Martin", sensitive=True)
    board.setText("copied by the user elsewhere")
    assert not clipboard.clear_sensitive()
    assert board.text() == "copied by the user elsewhere"
    monkeypatch.setattr(clipboard, "CLEAR_AFTER_MS", 50)
    clipboard.copy("Jeanne Martin", sensitive=True)
    qtbot.waitUntil(lambda: board.text() == "", timeout=2000)


def test_passphrase_dialog_is_masked(qtbot: QtBot) -> None:
    dialog = passphrasedialog.PassphraseDialog(None, workspace="/w.sqlite", error="Wrong passphrase: try again.")
    qtbot.addWidget(dialog)
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    qtbot.keyClicks(dialog.passphrase, "secret")
    secret = dialog.secret()
    assert secret is not None and secret.reveal() == "secret" and "secret" not in repr(secret)
    assert dialog.passphrase.text() == ""


def test_settings_idle_lock_minutes(qtbot: QtBot, prefs: preferences.Preferences) -> None:
    assert prefs.idle_lock_minutes == preferences.DEFAULT_IDLE_LOCK_MINUTES == 15
    dialog = settingsdialog.SettingsDialog(None, preferences=prefs)
    qtbot.addWidget(dialog)
    dialog.idle_lock.setValue(0)
    dialog.save()
    assert dialog.changed and prefs.idle_lock_minutes == 0
