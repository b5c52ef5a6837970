"""Mark an obligation fulfilled: when (in the case's zone), the recipient's reference, reasons if late.

When the time typed is after the deadline, the dialog says at once, as the time changes, that
reasons for the delay are required and why (GDPR Art. 33(1)). The core refuses a late
fulfilment without them anyway; its message is then shown in the dialog, which stays open.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from cnil_case.core import deadlines, errors, obligations, snapshots, times
from cnil_case.core.phrases import Duration, Phrase
from cnil_case.ui import clockcells, formdialog, glossary, language, momentedit, theme, wallclock
from cnil_case.ui import tasks as tasks_module

_ART_33_1 = "gdpr_33_1"


def _required_style() -> str:
    return f"color: {theme.state_color('error').name()}; font-weight: bold;"


def _hint_style() -> str:
    return f"color: {theme.state_color('hint').name()};"


class FulfilDialog(formdialog.FormDialog):
    """The fulfilment form of one clock; Save records it and returns the updated clock."""

    def __init__(self, parent: QWidget | None, *, tasks: tasks_module.Tasks, clock: deadlines.Clock) -> None:
        super().__init__(parent, tasks=tasks, title=self.tr("Mark fulfilled"))
        self._clock = clock
        recorded = clock.recorded
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setText(self.tr("{duty}\n{debtor} → {recipient}\nDue: {due}").format(
            duty=clockcells.duty_text(clock), debtor=clock.debtor, recipient=language.text(clock.recipient),
            due=clockcells.due_text(clock)))
        self.when = momentedit.MomentEdit(field="Fulfilled at", optional=False, parent=self)
        self.when.set_zone(clock.zone)
        self.when.setToolTip(self.tr("When the notification was sent or the report filed, in {zone}.").format(
            zone=clock.zone))
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("e.g. the CNIL notification number"))
        self.reference.setToolTip(self.tr("The reference the recipient gave (acknowledgement, file number)."))
        self.reasons = QPlainTextEdit(self)
        self.reasons.setTabChangesFocus(True)
        self.reasons.setFixedHeight(80)
        self.reasons.setPlaceholderText(self.tr("Why it was not done before the deadline"))
        self.reasons_note = QLabel(self)
        self.reasons_note.setObjectName("reasonsNote")
        self.reasons_note.setWordWrap(True)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)

        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        obligation_label = QLabel(self.tr("Obligation:"), self)
        form.addRow(obligation_label, self.summary)
        form.addRow(self.tr("&Fulfilled at:"), self.when)
        form.addRow(self.tr("Recipient's &reference:"), self.reference)
        reasons_box = QWidget(self)
        reasons_layout = QVBoxLayout(reasons_box)
        reasons_layout.setContentsMargins(0, 0, 0, 0)
        reasons_layout.addWidget(self.reasons)
        reasons_layout.addWidget(self.reasons_note)
        reasons_label = QLabel(self.tr("Reasons for the &delay:"), self)
        reasons_label.setBuddy(self.reasons)
        form.addRow(reasons_label, reasons_box)
        # The legal terms, explained (glossary): the duty, and for Art. 33(1) its 72 hours.
        terms = clockcells.duty_terms(clock)
        if terms:
            glossary.annotate(obligation_label, terms[0])
        glossary.annotate(reasons_label, "72_hours" if clock.duty.code == _ART_33_1 else "without_undue_delay")
        form.addRow(self.tr("&Notes:"), self.notes)
        for name, widget in (("Fulfilled at", self.when), ("Reasons for delay", self.reasons),
                             ("Reference", self.reference), ("Notes", self.notes)):
            self.register_field(name, widget)

        if recorded.fulfilled is not None:
            # Recorded before: correct it (e.g. add the reference the authority sent later).
            self.when.set_moment(snapshots.Moment(at=recorded.fulfilled.at, precision="minute"))
        else:
            now = wallclock.now().replace(second=0, microsecond=0)
            self.when.set_moment(snapshots.Moment(at=now, precision="minute"))
        self.reference.setText(recorded.reference)
        self.reasons.setPlainText(recorded.reasons_for_delay)
        self.notes.setPlainText(recorded.notes)
        self.when.changed.connect(self._show_lateness)
        self._show_lateness()
        self.fit_to_width(700)

    def typed_instant(self) -> dt.datetime | None:
        """The instant typed, for the live lateness check (None in a DST gap or a bad zone).

        An ambiguous time counts as its first occurrence here; Save asks which one is meant.
        """
        naive = self.when.naive()
        zone = self.when.zone()
        try:
            if self.when.current_precision() == "day":
                return times.day_start(naive.date(), zone)
            found = times.candidates(naive, zone)
        except errors.UserError:
            return None
        return found[0] if found else None

    def is_late(self) -> bool:
        at = self.typed_instant()
        due = self._clock.due
        return due is not None and at is not None and at > due

    def _show_lateness(self) -> None:
        clock = self._clock
        at = self.typed_instant()
        if clock.due is None:
            text = self.tr("This duty has no fixed deadline: reasons for a delay are not asked for.")
            style = _hint_style()
        elif at is not None and at > clock.due:
            if clock.duty.code == _ART_33_1:
                text = self.tr(
                    "Required: this is {late} after the deadline ({due}). GDPR Art. 33(1): a notification "
                    "made after 72 hours “shall be accompanied by reasons for the delay”."
                )
            else:
                text = self.tr(
                    "Required: this is {late} after the deadline ({due}). As GDPR Art. 33(1) asks of a "
                    "late notification, the reasons for the delay are kept in the case's record."
                )
            text = text.format(late=language.text(Duration(at - clock.due)), due=language.text(deadlines.describe_due(clock)))
            style = _required_style()
        else:
            text = self.tr("Needed only if fulfilled after the deadline ({due}).").format(
                due=language.text(deadlines.describe_due(clock)))
            style = _hint_style()
        self.reasons_note.setText(text)
        self.reasons_note.setStyleSheet(style)

    def build_op(self) -> tasks_module.Op[deadlines.Clock]:
        moment = self.when.moment(self)
        if moment is None:
            raise errors.ValidationError(Phrase("obligations", "Fulfilled at"), self.tr("enter when it was done"))
        key = self._clock.key
        reference = self.reference.text()
        reasons = self.reasons.toPlainText()
        notes = self.notes.toPlainText()
        now = wallclock.now()
        return lambda s: obligations.fulfil(s, key, fulfilled=moment, reference=reference,
                                            reasons_for_delay=reasons, notes=notes, now=now)

    @classmethod
    def ask(cls, parent: QWidget | None, *, tasks: tasks_module.Tasks, clock: deadlines.Clock) -> deadlines.Clock | None:
        """Show the form; return the updated clock, or None if cancelled."""
        saved: deadlines.Clock | None = cls.run(cls(parent, tasks=tasks, clock=clock))
        return saved
