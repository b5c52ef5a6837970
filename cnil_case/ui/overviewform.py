"""The Overview tab: every field of the open case, editable, saved with Save (Ctrl+S)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import cases, errors, models, snapshots
from cnil_case.ui import casefields, glossary, labels, language, momentedit, theme, undo
from cnil_case.ui import tasks as tasks_module


class OverviewForm(QWidget):
    """Edits the open case.

    Signals:
        saved(object): the case was saved; carries the new ``CaseDetail``.
        close_requested(): the user pressed Close case.
        reopen_requested(): the user pressed Reopen case.
    """

    saved = Signal(object)
    close_requested = Signal()
    reopen_requested = Signal()

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._case: snapshots.CaseDetail | None = None
        self._loading = False
        # The view's own stack until the window hands its own over (``set_history``).
        self.history = undo.History(tasks=tasks, parent=self)
        self.history.changed.connect(self._after_undoable)
        self.history.add_guard(self._guard)
        self.fields = casefields.CaseFields(self)
        self.status = QLabel(self)
        self.status.setObjectName("caseStatus")
        self.close_button = QPushButton(self.tr("Close case"), self)
        self.reopen_button = QPushButton(self.tr("Reopen case"), self)
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.state_color('error').name()};")
        self.revert_button = QPushButton(self.tr("Revert"), self)
        # Shown after a conflict: the user's text stays in the form until they choose to reload.
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setToolTip(self.tr("Show the case as saved now (your unsaved edits are dropped)"))
        self.reload_button.hide()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self._build_layout()

        self.fields.edited.connect(self._on_edited)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.reload_button.clicked.connect(self.reload)
        self.close_button.clicked.connect(self.close_requested)
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.open_case(None)

    def _build_layout(self) -> None:
        f = self.fields
        for text in (f.summary, f.public_summary, f.data_description, f.persons_description):
            text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addSpacing(12)
        status_row.addWidget(self.close_button)
        status_row.addWidget(self.reopen_button)
        status_row.addStretch(1)
        case_box = QGroupBox(self.tr("Case"), self)
        case_form = QFormLayout(case_box)
        case_form.addRow(self.tr("Reference:"), f.reference)
        case_form.addRow(self.tr("Title:"), f.title)
        case_form.addRow(self.tr("Status:"), status_row)
        case_form.addRow(self.tr("Time zone:"), f.zone)

        breach_box = QGroupBox(self.tr("Breach"), self)
        breach_form = QFormLayout(breach_box)
        nature_label = QLabel(self.tr("Nature:"), breach_box)
        # Confidentiality, integrity, availability: the kinds of breach of GDPR Art. 4(12).
        glossary.annotate(nature_label, "personal_data_breach")
        breach_form.addRow(nature_label, f.nature_box)
        breach_form.addRow(self.tr("Origin:"), f.origin_box)
        breach_form.addRow(self.tr("Vector:"), f.vector)
        breach_form.addRow(self.tr("Start:"), f.breach_start)
        breach_form.addRow(self.tr("End:"), f.breach_end)
        discovery_label = QLabel(self.tr("Discovery:"), breach_box)
        glossary.annotate(discovery_label, "awareness")  # the Art. 33(1) 72 hours run from it
        breach_form.addRow(discovery_label, f.discovered)

        protection_box = QGroupBox(self.tr("Protection of the data"), self)
        protection_form = QFormLayout(protection_box)
        protection_label = QLabel(self.tr("Protection:"), protection_box)
        glossary.annotate(protection_label, "art34_exceptions")  # Art. 34(3)(a): unintelligible data
        protection_form.addRow(protection_label, f.protection_box)
        protection_form.addRow(self.tr("Protection note:"), f.protection_note)

        text_box = QGroupBox(self.tr("Description"), self)
        text_form = QFormLayout(text_box)
        summary_label = QLabel(self.tr("Summary:"), text_box)
        glossary.annotate(summary_label, "art33_notification")  # Art. 33(3)(a): the nature of the breach
        text_form.addRow(summary_label, f.summary)
        public_label = QLabel(self.tr("Account for data\nsubjects (Art. 34(2)):"), text_box)
        glossary.annotate(public_label, "art34_communication")
        public_label.setBuddy(f.public_summary)
        text_form.addRow(public_label, f.public_summary)
        text_form.addRow(self.tr("Data concerned:"), f.data_description)
        text_form.addRow(self.tr("Persons concerned:"), f.persons_description)

        # Labels of the three boxes share one width so the fields line up down the page.
        width = max(self.fontMetrics().horizontalAdvance(self.tr("Persons concerned:")) + 8, 120)
        for form in (case_form, breach_form, protection_form, text_form):
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                label = item.widget() if item is not None else None
                if label is not None:
                    label.setMinimumWidth(width)

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(case_box)
        column.addWidget(breach_box)
        column.addWidget(protection_box)
        column.addWidget(text_box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)

        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        # Tab follows the page as it is read (the fields were created in another order).
        for first, second in itertools.pairwise(_in_layout_order(layout)):
            QWidget.setTabOrder(first, second)

    # --- the open case ------------------------------------------------------------------------

    @property
    def case(self) -> snapshots.CaseDetail | None:
        return self._case

    def set_history(self, history: undo.History) -> None:
        """Use the window's undo stack (one per window) instead of the form's own."""
        self.history.changed.disconnect(self._after_undoable)
        self.history = history
        history.changed.connect(self._after_undoable)
        history.add_guard(self._guard)

    def _guard(self, command: undo.EventCommand) -> str | None:
        # The step would replace what the form shows: typed edits would be lost, or saved over it.
        if command.kind == undo.CASE and self.is_dirty():
            return self.tr("the Overview has unsaved changes; save or revert them first.")
        return None

    def _after_undoable(self, kind: str, result: object) -> None:
        if (kind == undo.CASE and isinstance(result, snapshots.CaseDetail) and self._case is not None
                and result.id == self._case.id):
            self._on_saved(result)

    def open_case(self, case: snapshots.CaseDetail | None) -> None:
        """Show a case's saved values (None empties and disables the form)."""
        self._case = case
        self.history.open_case(None if case is None else case.id)
        self._loading = True
        try:
            self.fields.set_value(case.as_input() if case else snapshots.CaseInput(reference="", title=""))
        finally:
            self._loading = False
        self._show_error(None)
        self.setEnabled(case is not None)
        closed = case is not None and case.status == models.CaseStatus.CLOSED.value
        if case is None:
            self.status.clear()
        elif closed and case.closed_at is not None:
            self.status.setText(self.tr("{status} since {date}").format(
                status=labels.name(labels.STATUSES, case.status), date=case.closed_at.date().isoformat()))
        else:
            self.status.setText(labels.name(labels.STATUSES, case.status))
        self.close_button.setVisible(not closed)
        self.reopen_button.setVisible(closed)
        self._set_dirty(False)

    def is_dirty(self) -> bool:
        return self.save_button.isEnabled()

    def revert(self) -> None:
        self.open_case(self._case)

    def save(self) -> None:
        """Save the form through tasks; a refused value is shown and the form keeps the input."""
        case = self._case
        if case is None:
            return
        self._show_error(None)
        try:
            data = self.fields.value(self)
        except momentedit.FoldCancelled:
            return
        except errors.UserError as exc:
            self._show_error(exc)
            return
        case_id, version = case.id, case.version
        self.save_button.setEnabled(False)
        # The version the form shows: if a colleague saved the case since, the save is refused.
        def saved(detail: snapshots.CaseDetail) -> None:
            self.history.record(undo.edit_case(case, detail))
            self._on_saved(detail)
        self._tasks.run_db(lambda s: cases.update(s, case_id, data, expected_version=version), parent=self,
                           success=saved, failure=self._on_failed)

    def reload(self) -> None:
        """Show the case as it is saved now (after a conflict), dropping the unsaved edits."""
        case = self._case
        if case is None:
            return
        case_id = case.id
        self._tasks.run_db(lambda s: cases.get(s, case_id), parent=self, success=self._on_saved)

    def _on_saved(self, detail: snapshots.CaseDetail) -> None:
        self.open_case(detail)
        self.saved.emit(detail)

    def _on_failed(self, exc: errors.UserError) -> None:
        self._set_dirty(True)
        self._show_error(exc)

    def _on_edited(self) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def _show_error(self, exc: errors.UserError | None) -> None:
        self.error.setText("" if exc is None else language.error_text(exc))
        self.reload_button.setVisible(isinstance(exc, errors.ConflictError))
        if isinstance(exc, errors.ValidationError):
            widget = self.fields.fields().get(exc.field)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)


def _in_layout_order(layout: QLayout) -> list[QWidget]:
    """The widgets under ``layout`` that take Tab focus, row by row, left to right."""
    found: list[QWidget] = []
    if isinstance(layout, QFormLayout):
        items = [layout.itemAt(row, role) for row in range(layout.rowCount())
                 for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole,
                              QFormLayout.ItemRole.SpanningRole)]
    else:
        items = [layout.itemAt(i) for i in range(layout.count())]
    for item in items:
        if item is None:
            continue
        if (widget := item.widget()) is not None:
            found.extend(_focusable(widget))
        elif (inner := item.layout()) is not None:
            found.extend(_in_layout_order(inner))
    return found


def _focusable(widget: QWidget) -> list[QWidget]:
    """The widget if it takes Tab focus, else the ones in its scroll area or layout, in order."""
    if isinstance(widget, QScrollArea):
        inner = widget.widget()
        return _focusable(inner) if inner is not None else []
    if widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value:
        return [widget]
    layout = widget.layout()
    return _in_layout_order(layout) if layout is not None else []
