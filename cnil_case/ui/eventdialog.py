"""Add or edit a timeline event: when (in the case's zone), what, from which source, by whom."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import identifiers, models, snapshots, timeline
from cnil_case.ui import formdialog, labels, momentedit, wallclock
from cnil_case.ui import tasks as tasks_module


class EventDialog(formdialog.FormDialog):
    """The event form; Save adds the event to the case or updates it."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        tasks: tasks_module.Tasks,
        case_id: int,
        zone: str,
        parties: Sequence[snapshots.PartyRow],
        event: snapshots.EventRow | None = None,
    ) -> None:
        title = self.tr("New event") if event is None else self.tr("Edit event")
        super().__init__(parent, tasks=tasks, title=title)
        self._case_id = case_id
        self._event = event
        # The time as first shown: if the user leaves it alone, the stored instant (and the
        # offset its source gave) is kept as it is, and an ambiguous time is not asked again.
        self._original: tuple[dt.datetime, str] | None = None
        self.when = momentedit.MomentEdit(field="Time", optional=False, parent=self)
        self.when.set_zone(zone)
        self.title = QLineEdit(self)
        self.title.setMaxLength(500)
        self.category = QComboBox(self)
        for code in models.EventCategory.values():
            self.category.addItem(labels.name(labels.CATEGORIES, code), code)
        self.actor = QComboBox(self)
        self.actor.addItem(self.tr("(none)"), None)
        for party in parties:
            self.actor.addItem(f"{party.organisation_name} ({labels.name(labels.ROLES, party.role)})", party.id)
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("Where this fact comes from: document, log, article, URL"))
        self.details = QPlainTextEdit(self)
        self.details.setTabChangesFocus(True)
        self.details.setFixedHeight(100)
        # Details may quote samples of the stolen data: the case file need not spread them further.
        self.mask_button = QPushButton(self.tr("&Mask identifiers"), self)
        self.mask_button.setToolTip(self.tr("Replace national identification numbers (NIR) in the details "
                                            "by their masked form, e.g. 1 84 12 75 *** *** **"))
        details_box = QWidget(self)
        details_layout = QVBoxLayout(details_box)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.details)
        mask_row = QHBoxLayout()
        mask_row.addStretch(1)
        mask_row.addWidget(self.mask_button)
        details_layout.addLayout(mask_row)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. derived, uncertain"))
        self.starred = QCheckBox(self.tr("Starred (a key fact)"), self)

        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.tr("&Actor:"), self.actor)
        form.addRow(self.tr("&Source:"), self.source)
        form.addRow(self.tr("&Details:"), details_box)
        form.addRow(self.tr("Ta&gs:"), self.tags)
        form.addRow("", self.starred)
        for name, widget in (("Time", self.when), ("Title", self.title), ("Category", self.category),
                             ("Actor", self.actor), ("Tags", self.tags)):
            self.register_field(name, widget)

        self.mask_button.clicked.connect(self.mask_identifiers)
        if event is None:
            self._fill_new()
        else:
            self._fill(event)
        self.title.setFocus()
        self.resize(720, self.sizeHint().height())
        # What the form held when filled: closing with anything else asks first (FormDialog).
        self.mark_pristine()

    def form_state(self) -> tuple[Any, ...]:
        # The instant as read, rather than the widgets' text: a re-display of the same time is no change.
        return (self.when.naive(), self.when.current_precision(), self.title.text(),
                self.category.currentData(), self.actor.currentData(), self.source.text(),
                self.details.toPlainText(), self.tags.text(), self.starred.isChecked())

    def discard_question(self) -> str:
        return self.tr("Discard your changes to this event? They have not been saved.")

    def _fill_new(self) -> None:
        # A new event starts at the current minute in the case's zone.
        now = wallclock.now().replace(second=0, microsecond=0)
        self.when.set_moment(snapshots.Moment(at=now, precision="minute"))
        self.category.setCurrentIndex(max(self.category.findData("other"), 0))

    def _fill(self, event: snapshots.EventRow) -> None:
        self.when.set_moment(event.occurred)
        self.title.setText(event.title)
        self.category.setCurrentIndex(max(self.category.findData(event.category), 0))
        index = self.actor.findData(event.actor_party_id) if event.actor_party_id is not None else 0
        if index < 0 and event.actor_party_id is not None:
            self.actor.addItem(event.actor_name, event.actor_party_id)
            index = self.actor.count() - 1
        self.actor.setCurrentIndex(index)
        self.source.setText(event.source)
        self.details.setPlainText(event.details)
        self.tags.setText(", ".join(event.tags))
        self.starred.setChecked(event.starred)
        self._original = (self.when.naive(), self.when.current_precision())

    def mask_identifiers(self) -> None:
        """Mask the NIRs quoted in the details (undoable with Ctrl+Z until saved)."""
        text = self.details.toPlainText()
        masked = identifiers.mask_identifiers(text)
        if masked != text:
            cursor = self.details.textCursor()
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(masked)

    def set_local(self, local: dt.datetime, precision: str) -> None:
        """Type a local time in the case's zone, as the user would."""
        self.when.set_local(local, precision)

    def build_op(self) -> tasks_module.Op[snapshots.EventRow]:
        if self._event is not None and self._original == (self.when.naive(), self.when.current_precision()):
            occurred: snapshots.Moment | None = self._event.occurred
        else:
            occurred = self.when.moment(self)
        assert occurred is not None  # the time of an event is required, the editor has no "unknown"
        actor = self.actor.currentData()
        data = snapshots.EventInput(
            occurred=occurred,
            title=self.title.text(),
            details=self.details.toPlainText(),
            source=self.source.text(),
            category=str(self.category.currentData()),
            actor_party_id=None if actor is None else int(actor),
            tags=tuple(self.tags.text().split(",")),
            starred=self.starred.isChecked(),
            # Attributes come from imported timelines; the form does not edit them.
            attributes=self._event.attributes if self._event else {},
        )
        case_id = self._case_id
        if self._event is None:
            return lambda s: timeline.add_event(s, case_id, data)
        event_id, version = self._event.id, self._event.version
        # The version the dialog was opened on: a colleague's save since then is a conflict.
        return lambda s: timeline.update_event(s, event_id, data, expected_version=version)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        tasks: tasks_module.Tasks,
        case_id: int,
        zone: str,
        parties: Sequence[snapshots.PartyRow],
        event: snapshots.EventRow | None = None,
    ) -> snapshots.EventRow | None:
        """Show the form; return the saved event, or None if cancelled."""
        saved: snapshots.EventRow | None = cls.run(
            cls(parent, tasks=tasks, case_id=case_id, zone=zone, parties=parties, event=event)
        )
        return saved
