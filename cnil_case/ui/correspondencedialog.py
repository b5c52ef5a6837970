"""Add or edit one item of correspondence: a request with its time limit, an answer, a reminder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from cnil_case.core import correspondence, errors, evidence, models, snapshots
from cnil_case.core.phrases import Phrase
from cnil_case.ui import (
    findingdialogs,
    formdialog,
    glossary,
    labels,
    momentedit,
    partydialog,
    wallclock,
)
from cnil_case.ui import tasks as tasks_module

Kind = models.CorrespondenceKind
NO_LIMIT, PERIOD, DATE = "none", "period", "date"
_WIDTH = 680


class CorrespondenceDialog(formdialog.FormDialog):
    """The correspondence form; Save records the item (and, if ticked, its timeline event)."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        tasks: tasks_module.Tasks,
        case_id: int,
        zone: str,
        parties: Sequence[snapshots.PartyRow],
        item: correspondence.CorrespondenceRow | None = None,
        draft: correspondence.CorrespondenceInput | None = None,
        evidence_rows: Sequence[evidence.EvidenceRow] = (),
    ) -> None:
        title = self.tr("New correspondence") if item is None else self.tr("Edit correspondence")
        super().__init__(parent, tasks=tasks, title=title)
        self._case_id = case_id
        self._item = item
        data = item.as_input() if item is not None else draft
        self._parent_id = data.parent_id if data is not None else None
        self.kind = QComboBox(self)
        for code in Kind.values():
            self.kind.addItem(labels.name(labels.CORRESPONDENCE_KINDS, code), code)
            if code == Kind.NOTIFICATION.value:
                self.kind.setItemData(self.kind.count() - 1, glossary.tooltip("art33_notification"),
                                      Qt.ItemDataRole.ToolTipRole)
        self.subject = QLineEdit(self)
        self.from_party = QComboBox(self)
        self.to_party = QComboBox(self)
        for combo in (self.from_party, self.to_party):
            combo.addItem(self.tr("(not stated)"), None)
            for party in parties:
                combo.addItem(f"{party.organisation_name} ({labels.name(labels.ROLES, party.role)})", party.id)
                if party.role in partydialog.ROLE_TERMS:  # what a controller, a processor... is
                    combo.setItemData(combo.count() - 1, glossary.tooltip(partydialog.ROLE_TERMS[party.role]),
                                      Qt.ItemDataRole.ToolTipRole)
        self.sent = momentedit.MomentEdit(field="Sent", optional=False, parent=self)
        self.sent.set_zone(zone)
        self.limit_mode = QComboBox(self)
        self.limit_mode.addItem(self.tr("No time limit"), NO_LIMIT)
        self.limit_mode.addItem(self.tr("A period"), PERIOD)
        self.limit_mode.addItem(self.tr("A date"), DATE)
        self.limit_amount = QSpinBox(self)
        self.limit_amount.setRange(1, 999)
        self.limit_amount.setValue(15)
        self.limit_unit = QComboBox(self)
        for unit in correspondence.UNITS:
            self.limit_unit.addItem(labels.name(labels.LIMIT_UNITS, unit), unit)
        self.limit_date = QDateEdit(self)
        self.limit_date.setCalendarPopup(True)
        self.limit_date.setDisplayFormat("yyyy-MM-dd")
        limit_row = QWidget(self)
        limit_layout = QHBoxLayout(limit_row)
        limit_layout.setContentsMargins(0, 0, 0, 0)
        for part in (self.limit_mode, self.limit_amount, self.limit_unit, self.limit_date):
            limit_layout.addWidget(part)
        limit_layout.addStretch(1)
        limit_row.setToolTip(self.tr(
            "A period is counted under Reg. 1182/71 with the recipient's holidays: it ends at the end of its "
            "last day, moved to the next working day. A date ends at midnight after it, in the case's zone."))
        self.reference = QLineEdit(self)
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.completeness = QComboBox(self)
        self.completeness.addItem(self.tr("Full answer"), "full")
        self.completeness.addItem(self.tr("Partial answer"), "partial")
        self.closed = QCheckBox(self.tr("Closed (no answer expected any more)"), self)
        self.timeline_event = QCheckBox(self.tr("Add a timeline event"), self)
        chosen = data.evidence_ids if data is not None else ()
        # Attachments are items of the vault (with their custody), chosen among the case's evidence.
        self.attachments = findingdialogs.checklist(
            self, [(row.id, f"{row.original_name} ({row.sha256[:12]}…)") for row in evidence_rows], chosen, 90)

        form = QFormLayout(self.body)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("From:"), self.from_party)
        form.addRow(self.tr("To:"), self.to_party)
        form.addRow(self.tr("Sent:"), self.sent)
        form.addRow(self.tr("Time limit:"), limit_row)
        form.addRow(self.tr("Answer:"), self.completeness)
        form.addRow(self.tr("Reference:"), self.reference)
        form.addRow(self.tr("Summary:"), self.summary)
        attachments_label = QLabel(self.tr("Attachments:"), self)
        glossary.annotate(attachments_label, "chain_of_custody")  # vault items, their custody logged
        form.addRow(attachments_label, self.attachments)
        form.addRow("", self.closed)
        form.addRow("", self.timeline_event)
        self._form = form
        fields: tuple[tuple[str, QWidget], ...] = (("Kind", self.kind), ("Subject", self.subject), ("Sender", self.from_party),
                             ("Recipient", self.to_party), ("Sent", self.sent), ("Time limit", self.limit_mode),
                             ("Completeness", self.completeness), ("Reference", self.reference))
        for name, widget in fields:
            self.register_field(name, widget)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.limit_mode.currentIndexChanged.connect(self._limit_changed)
        self._load(data)
        self.fit_to_width(_WIDTH)

    @classmethod
    def ask(cls, parent: QWidget | None, *, tasks: tasks_module.Tasks, case_id: int, zone: str,
            parties: Sequence[snapshots.PartyRow], item: correspondence.CorrespondenceRow | None = None,
            draft: correspondence.CorrespondenceInput | None = None,
            evidence_rows: Sequence[evidence.EvidenceRow] = ()) -> correspondence.CorrespondenceRow | None:
        """Show the form modally; return the saved item, or None if cancelled."""
        saved: correspondence.CorrespondenceRow | None = cls.run(
            cls(parent, tasks=tasks, case_id=case_id, zone=zone, parties=parties, item=item, draft=draft,
                evidence_rows=evidence_rows))
        return saved

    def _load(self, data: correspondence.CorrespondenceInput | None) -> None:
        self.timeline_event.setVisible(self._item is None)
        if data is None:
            self.kind.setCurrentIndex(self.kind.findData(Kind.QUESTIONNAIRE.value))
            self.sent.set_moment(None)
            self.limit_mode.setCurrentIndex(self.limit_mode.findData(PERIOD))
            self.limit_date.setDate(QDate.currentDate())
            self._kind_changed()
            self._limit_changed()
            return
        self.kind.setCurrentIndex(self.kind.findData(data.kind))
        self.subject.setText(data.subject)
        self.from_party.setCurrentIndex(max(0, self.from_party.findData(data.sender_party_id)))
        self.to_party.setCurrentIndex(max(0, self.to_party.findData(data.recipient_party_id)))
        self.sent.set_moment(data.sent)
        if data.limit_date is not None:
            self.limit_mode.setCurrentIndex(self.limit_mode.findData(DATE))
            self.limit_date.setDate(QDate(data.limit_date.year, data.limit_date.month, data.limit_date.day))
        elif data.limit_amount is not None:
            self.limit_mode.setCurrentIndex(self.limit_mode.findData(PERIOD))
            self.limit_amount.setValue(data.limit_amount)
            self.limit_unit.setCurrentIndex(max(0, self.limit_unit.findData(data.limit_unit)))
        else:
            self.limit_mode.setCurrentIndex(self.limit_mode.findData(NO_LIMIT))
        if not self.limit_date.date().isValid() or data.limit_date is None:
            self.limit_date.setDate(QDate.currentDate())
        if data.completeness:
            self.completeness.setCurrentIndex(self.completeness.findData(data.completeness))
        self.reference.setText(data.reference)
        self.summary.setPlainText(data.summary)
        self.closed.setChecked(data.closed)
        self._kind_changed()
        self._limit_changed()

    def _kind_changed(self) -> None:
        kind = str(self.kind.currentData())
        answer = kind == Kind.ANSWER.value
        self._form.setRowVisible(self.completeness, answer)
        # Sending a request or receiving an answer is worth a line on the timeline; a reminder less so.
        self.timeline_event.setChecked(kind in correspondence.REQUESTS - {Kind.REMINDER.value} or answer)

    def _limit_changed(self) -> None:
        mode = self.limit_mode.currentData()
        self.limit_amount.setVisible(mode == PERIOD)
        self.limit_unit.setVisible(mode == PERIOD)
        self.limit_date.setVisible(mode == DATE)

    def read(self) -> correspondence.CorrespondenceInput:
        """The item as typed (raises a user error if the sent time cannot be read)."""
        sent = self.sent.moment(self)
        if sent is None:
            raise errors.ValidationError(Phrase("correspondence", "Sent"), self.tr("enter when it was sent"))
        mode = self.limit_mode.currentData()
        qdate = self.limit_date.date()
        kind = str(self.kind.currentData())
        return correspondence.CorrespondenceInput(
            kind=kind, subject=self.subject.text(), sent=sent,
            sender_party_id=self.from_party.currentData(), recipient_party_id=self.to_party.currentData(),
            summary=self.summary.toPlainText(), parent_id=self._parent_id,
            limit_amount=self.limit_amount.value() if mode == PERIOD else None,
            limit_unit=str(self.limit_unit.currentData()) if mode == PERIOD else None,
            limit_date=dt.date(qdate.year(), qdate.month(), qdate.day()) if mode == DATE else None,
            completeness=str(self.completeness.currentData()) if kind == Kind.ANSWER.value else "",
            reference=self.reference.text().strip(), closed=self.closed.isChecked(),
            evidence_ids=tuple(int(str(key)) for key in findingdialogs.checked_keys(self.attachments)),
        )

    def build_op(self) -> tasks_module.Op[correspondence.CorrespondenceRow]:
        data = self.read()
        case_id, now = self._case_id, wallclock.now()
        if self._item is not None:
            item_id = self._item.id
            return lambda s: correspondence.update(s, item_id, data, now=now)
        event = self.timeline_event.isChecked()
        return lambda s: correspondence.add(s, case_id, data, now=now, timeline_event=event)


def answer_draft(request: correspondence.CorrespondenceRow, *, now: dt.datetime) -> correspondence.CorrespondenceInput:
    """A new answer to ``request``: from its recipient to its sender, now, full by default."""
    return correspondence.CorrespondenceInput(
        kind=Kind.ANSWER.value, subject=f"Re: {request.subject}",
        sent=snapshots.Moment(now.astimezone(dt.UTC).replace(second=0, microsecond=0), "minute"),
        sender_party_id=request.recipient_party_id, recipient_party_id=request.sender_party_id,
        parent_id=request.id, completeness="full", reference=request.reference,
    )

