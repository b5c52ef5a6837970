"""Settings: when a deadline counts as due soon, and whether to show desktop notifications."""

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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(where)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        self.changed = self._preferences.update(due_soon_hours=self.due_soon.value(),
                                                notifications=self.notifications.isChecked())
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, *, preferences: preferences_module.Preferences) -> bool:
        """Show the settings; return whether the user changed any."""
        dialog = cls(parent, preferences=preferences)
        dialog.exec()
        changed = dialog.changed
        dialog.deleteLater()
        return changed
