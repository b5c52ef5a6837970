"""Base of the editing dialogs: Save runs through ``tasks`` and the dialog closes only on success.

A refused value (``errors.ValidationError``) is shown in the dialog, naming the field, and the field
gets the focus; the user's input stays as typed. The message is written in the interface's language
(``language.text``); the field is found by its English name, which the error keeps.

Cancel, Esc and the window's close button ask "Discard your changes?" when the form differs from
how it was first shown; ``form_state`` reads every input widget of the dialog, and a subclass may
give its own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import errors
from cnil_case.ui import language, messages, momentedit, theme
from cnil_case.ui import tasks as tasks_module


class FormDialog(QDialog):
    """A dialog holding a form; subclasses build the form and the save op."""

    def __init__(self, parent: QWidget | None, *, tasks: tasks_module.Tasks, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._tasks = tasks
        self.saved: Any = None
        # What the form held when first shown (``mark_pristine``): closing with anything else asks.
        self._pristine: object = None
        self._fields: dict[str, QWidget] = {}
        self.body = QWidget(self)
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet(f"color: {theme.state_color('error').name()};")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def save_button(self) -> QWidget:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert button is not None
        return button

    def fit_to_width(self, width: int) -> None:
        """Take ``width`` and the height the form needs at that width.

        ``adjustSize`` would measure wrapped labels at the narrow width of the size hint, leaving
        gaps once the dialog is widened.
        """
        self.setMinimumWidth(width)
        height = self.heightForWidth(width)
        self.resize(width, height if height > 0 else self.sizeHint().height())

    def register_field(self, name: str, widget: QWidget) -> None:
        """Name a widget as the domain names its field, so an error can point at it."""
        self._fields[name] = widget

    def build_op(self) -> tasks_module.Op[Any]:
        """Read the form and return the op that saves it; raise ``errors.UserError`` for bad input."""
        raise TypeError(f"{type(self).__name__} must define build_op()")  # abstract: every subclass overrides it

    def submit(self) -> None:
        """Validate what can be checked here, then save through tasks."""
        self.show_error(None)
        try:
            op = self.build_op()
        except momentedit.FoldCancelled:
            return
        except errors.UserError as exc:
            self.show_error(exc)
            return
        self.save_button().setEnabled(False)
        self._tasks.run_db(op, parent=self, success=self._on_saved, failure=self._on_failed)

    def show_error(self, exc: errors.UserError | None) -> None:
        if exc is None:
            self.error.clear()
            self.error.hide()
            return
        self.error.setText(language.text(exc.phrase))  # in the interface's language
        self.error.show()
        if isinstance(exc, errors.ValidationError):
            widget = self._fields.get(exc.field)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_saved(self, result: Any) -> None:
        self.save_button().setEnabled(True)
        self.saved = result
        self.accept()

    def _on_failed(self, exc: errors.UserError) -> None:
        self.save_button().setEnabled(True)
        self.show_error(exc)

    # --- no edit lost on close -----------------------------------------------------------------

    def form_state(self) -> object:
        """What the user can change: the value of every input widget of the dialog, in order."""
        state: list[object] = []
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit) and not isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
                state.append(widget.text())
            elif isinstance(widget, QPlainTextEdit | QTextEdit):
                state.append(widget.toPlainText())
            elif isinstance(widget, QComboBox):
                state.append((widget.currentIndex(), widget.currentText() if widget.isEditable() else None))
            elif isinstance(widget, QAbstractSpinBox):
                state.append(widget.text())
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                state.append(widget.isChecked())
            elif isinstance(widget, QListWidget):
                state.append(tuple(widget.item(i).checkState() for i in range(widget.count())))
        return tuple(state)

    def mark_pristine(self) -> None:
        """Take the form as it is now as unchanged (done when first shown)."""
        self._pristine = self.form_state()

    def has_changes(self) -> bool:
        return self.saved is None and self._pristine is not None and self.form_state() != self._pristine

    def discard_question(self) -> str:
        """The question asked before closing with changes."""
        # Translated in the base's context: ``self.tr`` would look it up under each subclass's name.
        return QCoreApplication.translate("FormDialog", "Discard your changes? They have not been saved.")

    def showEvent(self, event: QShowEvent) -> None:
        if self._pristine is None:
            self.mark_pristine()
        super().showEvent(event)

    def reject(self) -> None:
        """Cancel, Esc and the window's close button: ask before losing what was typed."""
        if self.has_changes() and not messages.confirm(
                self, QCoreApplication.translate("FormDialog", "Discard changes"), self.discard_question()):
            return
        super().reject()

    @classmethod
    def run(cls, dialog: FormDialog) -> Any:
        """Show ``dialog`` modally and return what it saved, or None if cancelled."""
        dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        return saved
