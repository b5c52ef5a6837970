"""The editors of a case's fields, shared by the new-case dialog and the Overview tab.

The widgets are built here; each form lays out the ones it shows. ``value`` reads them into a
``CaseInput``, keeping fields a form does not show from the case it was given.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from cnil_case.core import cases, models, snapshots, times
from cnil_case.ui import labels, momentedit, zonecombo


class CaseFields(QObject):
    """Editors for every field of ``CaseInput``.

    Signals:
        edited(): the user changed a value.
    """

    edited = Signal()

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._base = snapshots.CaseInput(reference="", title="")
        self.reference = QLineEdit(owner)
        self.reference.setMaxLength(60)
        self.title = QLineEdit(owner)
        self.title.setMaxLength(300)
        self.zone = zonecombo.ZoneCombo(owner)
        self.zone.setMinimumContentsLength(24)
        self.zone.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.zone.setSizeAdjustPolicy(zonecombo.ZoneCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.zone.setToolTip(self.tr("Times of this case are typed and shown in this zone"))
        self.nature = {code: QCheckBox(labels.name(labels.NATURES, code), owner) for code in cases.NATURES}
        self.nature_box = QWidget(owner)
        nature_layout = QHBoxLayout(self.nature_box)
        nature_layout.setContentsMargins(0, 0, 0, 0)
        for box in self.nature.values():
            nature_layout.addWidget(box)
        nature_layout.addStretch(1)
        self.origin_intent = QComboBox(owner)
        for code in models.OriginIntent.values():
            self.origin_intent.addItem(labels.name(labels.ORIGIN_INTENTS, code), code)
        self.origin_source = QComboBox(owner)
        for code in models.OriginSource.values():
            self.origin_source.addItem(labels.name(labels.ORIGIN_SOURCES, code), code)
        self.origin_box = QWidget(owner)
        origin_layout = QHBoxLayout(self.origin_box)
        origin_layout.setContentsMargins(0, 0, 0, 0)
        origin_layout.addWidget(self.origin_intent)
        origin_layout.addWidget(self.origin_source)
        origin_layout.addStretch(1)
        self.vector = _text(owner)
        self.vector.setFixedHeight(owner.fontMetrics().lineSpacing() * 3 + 12)
        self.vector.setPlaceholderText(self.tr("e.g. phished credentials of a professional portal"))
        self.summary = _text(owner)
        self.summary.setToolTip(self.tr("For the investigators and the CNIL (Art. 33(3)(a)); never printed in the "
                                        "letter to the data subjects"))
        self.public_summary = _text(owner)
        self.public_summary.setPlaceholderText(self.tr(
            "What happened, in clear and plain language for the people concerned: printed in the Art. 34 letter"))
        self.public_summary.setToolTip(self.tr(
            "GDPR Art. 34(2): the communication to the data subjects describes the breach in clear and plain "
            "language. The Art. 34 letter and public notice print this text; the internal summary above is "
            "never printed in them."))
        self.data_description = _text(owner)
        self.persons_description = _text(owner)
        self.breach_start = momentedit.MomentEdit(field="Start of breach", optional=True, parent=owner)
        self.breach_end = momentedit.MomentEdit(field="End of breach", optional=True, parent=owner)
        self.discovered = momentedit.MomentEdit(field="Discovery", optional=True, parent=owner)
        art_34_3_a = self.tr("Art. 34(3)(a) GDPR: no communication to the data subjects is required when the data "
                             "were unintelligible to anyone not authorised (e.g. encrypted) and the key is safe")
        self.protection = QComboBox(owner)
        for code, name in (("none", self.tr("None (readable data)")), ("encrypted", self.tr("Encrypted")),
                           ("pseudonymised", self.tr("Pseudonymised")), ("hashed", self.tr("Hashed"))):
            self.protection.addItem(name, code)
        self.protection.setToolTip(art_34_3_a)
        self.key_compromised = QComboBox(owner)
        for key, name in ((None, self.tr("Unknown")), (False, self.tr("No: the key is safe")),
                          (True, self.tr("Yes: the key was compromised too"))):
            self.key_compromised.addItem(name, key)
        self.key_compromised.setToolTip(art_34_3_a)
        self.protection_box = QWidget(owner)
        protection_layout = QHBoxLayout(self.protection_box)
        protection_layout.setContentsMargins(0, 0, 0, 0)
        protection_layout.addWidget(self.protection)
        protection_layout.addWidget(self.key_compromised)
        protection_layout.addStretch(1)
        self.protection_note = QLineEdit(owner)
        self.protection_note.setPlaceholderText(self.tr("e.g. AES-256 at rest; keys held in an HSM not reached by the attacker"))
        self.protection_note.setToolTip(art_34_3_a)

        for line in (self.reference, self.title, self.protection_note):
            line.textEdited.connect(self.edited)
        for text in (self.vector, self.summary, self.public_summary, self.data_description,
                     self.persons_description):
            text.textChanged.connect(self.edited)
        for box in self.nature.values():
            box.toggled.connect(self.edited)
        for combo in (self.origin_intent, self.origin_source, self.key_compromised):
            combo.activated.connect(self.edited)
        self.protection.activated.connect(self._protection_changed)
        self.zone.currentTextChanged.connect(self._zone_changed)
        for moment in self.moments():
            moment.changed.connect(self.edited)

    def moments(self) -> tuple[momentedit.MomentEdit, ...]:
        return (self.breach_start, self.breach_end, self.discovered)

    def fields(self) -> dict[str, QWidget]:
        """Editors by the name the domain gives their field in a ``ValidationError``."""
        return {
            "Reference": self.reference,
            "Title": self.title,
            "Display time zone": self.zone,
            "Breach nature": self.nature_box,
            "Origin": self.origin_intent,
            "Start of breach": self.breach_start,
            "End of breach": self.breach_end,
            "Discovery": self.discovered,
            "Protection": self.protection,
            "Key compromised": self.key_compromised,
        }

    def set_value(self, data: snapshots.CaseInput) -> None:
        self._base = data
        self.reference.setText(data.reference)
        self.title.setText(data.title)
        self.zone.set_zone(data.display_zone)
        for code, box in self.nature.items():
            box.setChecked(code in data.nature)
        self.origin_intent.setCurrentIndex(max(self.origin_intent.findData(data.origin_intent), 0))
        self.origin_source.setCurrentIndex(max(self.origin_source.findData(data.origin_source), 0))
        self.vector.setPlainText(data.vector)
        self.summary.setPlainText(data.summary)
        self.public_summary.setPlainText(data.public_summary)
        self.data_description.setPlainText(data.data_description)
        self.persons_description.setPlainText(data.persons_description)
        for edit in self.moments():
            edit.set_zone(data.display_zone)
        self.breach_start.set_moment(data.breach_start)
        self.breach_end.set_moment(data.breach_end)
        self.discovered.set_moment(data.discovered)
        self.protection.setCurrentIndex(max(self.protection.findData(data.protection), 0))
        self.key_compromised.setCurrentIndex(
            {None: 0, False: 1, True: 2}.get(data.key_compromised, 0))
        self.protection_note.setText(data.protection_note)
        self._enable_key()

    def value(self, parent: QWidget | None) -> snapshots.CaseInput:
        """Read the editors; moments are resolved in the zone typed (this may ask about DST).

        Raises:
            UserError: a moment does not exist in the zone, or the zone is unknown.
            momentedit.FoldCancelled: the user left an ambiguous time unresolved.
        """
        # The zone first: the moments are read in it.
        times.zone(self.zone.zone(), "Display time zone")
        return dataclasses.replace(
            self._base,
            reference=self.reference.text(),
            title=self.title.text(),
            summary=self.summary.toPlainText(),
            public_summary=self.public_summary.toPlainText(),
            nature=frozenset(code for code, box in self.nature.items() if box.isChecked()),
            origin_intent=str(self.origin_intent.currentData()),
            origin_source=str(self.origin_source.currentData()),
            vector=self.vector.toPlainText(),
            data_description=self.data_description.toPlainText(),
            persons_description=self.persons_description.toPlainText(),
            breach_start=self.breach_start.moment(parent),
            breach_end=self.breach_end.moment(parent),
            discovered=self.discovered.moment(parent),
            display_zone=self.zone.zone(),
            protection=str(self.protection.currentData()),
            # Readable data have no key: the domain refuses a key state for them.
            key_compromised=None if self.protection.currentData() == "none" else self.key_compromised.currentData(),
            protection_note=self.protection_note.text(),
        )

    def _protection_changed(self) -> None:
        self._enable_key()
        self.edited.emit()

    def _enable_key(self) -> None:
        self.key_compromised.setEnabled(self.protection.currentData() != "none")

    def _zone_changed(self, zone: str) -> None:
        for edit in self.moments():
            edit.set_zone(zone.strip())
        self.edited.emit()


def _text(owner: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit(owner)
    edit.setTabChangesFocus(True)
    return edit
