"""Settings: when a deadline counts as due soon, desktop notifications, and the idle lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cnil_case.ui import preferences as preferences_module


class SettingsDialog(QDialog):
    """Edits the ``Preferences``; OK stores them (and they take effect at once)."""

    def __init__(self, parent: QWidget | None, *, preferences: preferences_module.Preferences) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._preferences = preferences
        self.changed = False
        self.due_soon = QSpinBox(self)
        self.due_soon.setRange(preferences_module.MIN_DUE_SOON_HOURS, preferences_module.MAX_DUE_SOON_HOURS)
        self.due_soon.setSuffix(self.tr(" h"))
        self.due_soon.setValue(preferences.due_soon_hours)
        self.due_soon.setToolTip(self.tr("A clock is “due soon” when less than this is left before its deadline "
                                         "(default {hours} h).").format(hours=preferences_module.DEFAULT_DUE_SOON_HOURS))
        self.notifications = QCheckBox(self.tr("Show a desktop notification when a deadline is near or has passed"),
                                       self)
        self.notifications.setChecked(preferences.notifications)
        self.idle_lock = QSpinBox(self)
        self.idle_lock.setRange(0, preferences_module.MAX_IDLE_LOCK_MINUTES)
        self.idle_lock.setSuffix(self.tr(" min"))
        self.idle_lock.setSpecialValueText(self.tr("never"))
        self.idle_lock.setValue(preferences.idle_lock_minutes)
        self.idle_lock.setToolTip(self.tr("An encrypted workspace's window locks after this long without input; "
                                          "its passphrase unlocks it (default {minutes} min, 0: never).")
                                  .format(minutes=preferences_module.DEFAULT_IDLE_LOCK_MINUTES))
        where = QLabel(self.tr("Stored in {path}").format(path=preferences.location), self)
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setStyleSheet("color: #555555;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        due_soon_row = QHBoxLayout()
        due_soon_row.addWidget(self.due_soon)
        due_soon_row.addWidget(QLabel(self.tr("is left before the deadline"), self))
        due_soon_row.addStretch(1)
        form = QFormLayout()
        due_soon_label = QLabel(self.tr("&Due soon when less than:"), self)
        due_soon_label.setBuddy(self.due_soon)
        form.addRow(due_soon_label, due_soon_row)
        form.addRow("", self.notifications)
        idle_label = QLabel(self.tr("&Lock an encrypted workspace after:"), self)
        idle_label.setBuddy(self.idle_lock)
        form.addRow(idle_label, self.idle_lock)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(where)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        self.changed = self._preferences.update(due_soon_hours=self.due_soon.value(),
                                                notifications=self.notifications.isChecked(),
                                                idle_lock_minutes=self.idle_lock.value())
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, *, preferences: preferences_module.Preferences) -> bool:
        """Show the settings; return whether the user changed any."""
        dialog = cls(parent, preferences=preferences)
        dialog.exec()
        changed = dialog.changed
        dialog.deleteLater()
        return changed
