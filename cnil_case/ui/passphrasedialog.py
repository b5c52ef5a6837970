"""The passphrase of an encrypted workspace, typed in a masked field (never logged, never kept)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import crypto
from cnil_case.ui import theme


class PassphraseDialog(QDialog):
    """Asks for the passphrase; ``error`` shows why it is asked again (a wrong one)."""

    def __init__(self, parent: QWidget | None, *, workspace: str, error: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted workspace"))
        intro = QLabel(self.tr("The workspace {workspace} is encrypted. Type its passphrase to open it.")
                       .format(workspace=workspace), self)
        intro.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        # Password mode already refuses copy and drag; these keep input methods from learning it.
        self.passphrase.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
                                            | Qt.InputMethodHint.ImhNoPredictiveText)
        self.error = QLabel(error, self)
        self.error.setStyleSheet(f"color: {theme.state_color('error').name()};")
        self.error.setVisible(bool(error))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(460, self.sizeHint().height())

    def secret(self) -> crypto.Secret | None:
        text = self.passphrase.text()
        self.passphrase.clear()
        return crypto.Secret(text) if text else None

    @classmethod
    def ask(cls, parent: QWidget | None, *, workspace: str, error: str = "") -> crypto.Secret | None:
        """The passphrase typed, or None if the user cancelled (or typed nothing)."""
        dialog = cls(parent, workspace=workspace, error=error)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        secret = dialog.secret()
        dialog.deleteLater()
        return secret if accepted else None
