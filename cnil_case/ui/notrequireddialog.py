"""Mark an obligation not required, with the justification the record must keep."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QWidget

from cnil_case.core import deadlines, obligations
from cnil_case.ui import clockcells, formdialog, glossary, language, theme, wallclock
from cnil_case.ui import tasks as tasks_module

_ART_34 = "gdpr_34"


class NotRequiredDialog(formdialog.FormDialog):
    """Asks why the duty does not apply; Save records it and returns the updated clock."""

    def __init__(self, parent: QWidget | None, *, tasks: tasks_module.Tasks, clock: deadlines.Clock) -> None:
        super().__init__(parent, tasks=tasks, title=self.tr("Not required"))
        self._clock = clock
        self.summary = QLabel(self.tr("{duty}\n{debtor} → {recipient}").format(
            duty=clockcells.duty_text(clock), debtor=clock.debtor, recipient=language.text(clock.recipient)), self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        # The legal basis says when the duty does not apply (e.g. Art. 34(3)(a)–(c)).
        self.basis = QLabel(language.text(clock.duty.basis), self)
        self.basis.setTextFormat(Qt.TextFormat.PlainText)
        self.basis.setWordWrap(True)
        self.basis.setStyleSheet(f"color: {theme.state_color('hint').name()};")
        self.basis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.justification = QPlainTextEdit(self)
        self.justification.setTabChangesFocus(True)
        self.justification.setFixedHeight(100)
        self.justification.setPlaceholderText(
            self.tr("Why this duty does not apply, e.g. “unlikely to result in a risk to the rights and freedoms "
                    "of natural persons (Art. 33(1))”; it is kept in the case's record"))
        self.justification.setPlainText(clock.recorded.not_required_reason)
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        obligation_label = QLabel(self.tr("Obligation:"), self)
        form.addRow(obligation_label, self.summary)
        basis_label = QLabel(self.tr("Legal basis:"), self)
        form.addRow(basis_label, self.basis)
        # The legal terms, explained (glossary): the duty; for Art. 34, the exceptions of Art. 34(3).
        terms = clockcells.duty_terms(clock)
        if terms:
            glossary.annotate(obligation_label, terms[0])
        if clock.duty.code == _ART_34:
            glossary.annotate(basis_label, "art34_exceptions")
            glossary.annotate(self.basis, "art34_exceptions")
        form.addRow(self.tr("&Justification:"), self.justification)
        self.register_field("Justification", self.justification)
        self.justification.setFocus()
        self.fit_to_width(660)

    def build_op(self) -> tasks_module.Op[deadlines.Clock]:
        key = self._clock.key
        justification = self.justification.toPlainText()
        now = wallclock.now()
        return lambda s: obligations.mark_not_required(s, key, justification=justification, now=now)

    @classmethod
    def ask(cls, parent: QWidget | None, *, tasks: tasks_module.Tasks, clock: deadlines.Clock) -> deadlines.Clock | None:
        """Show the form; return the updated clock, or None if cancelled."""
        saved: deadlines.Clock | None = cls.run(cls(parent, tasks=tasks, clock=clock))
        return saved
