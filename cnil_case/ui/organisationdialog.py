"""Create or edit an organisation of the workspace: identity, registry numbers, contacts, DPO."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import parties, snapshots
from cnil_case.ui import formdialog
from cnil_case.ui import tasks as tasks_module


class OrganisationDialog(formdialog.FormDialog):
    """The organisation form; Save creates or updates it."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        tasks: tasks_module.Tasks,
        organisation: snapshots.OrganisationRow | None = None,
    ) -> None:
        title = self.tr("New organisation") if organisation is None else self.tr("Edit organisation")
        super().__init__(parent, tasks=tasks, title=title)
        self._organisation = organisation
        self.name = QLineEdit(self)
        self.siren = QLineEdit(self)
        self.siren.setPlaceholderText(self.tr("9 digits"))
        self.siret = QLineEdit(self)
        self.siret.setPlaceholderText(self.tr("14 digits"))
        self.country = QLineEdit(self)
        self.country.setMaxLength(2)
        self.country.setPlaceholderText("FR")
        self.country.setMaximumWidth(60)
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(60)
        self.contact_name = QLineEdit(self)
        self.contact_email = QLineEdit(self)
        self.contact_phone = QLineEdit(self)
        self.dpo_name = QLineEdit(self)
        self.dpo_email = QLineEdit(self)
        self.dpo_phone = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)

        identity = QFormLayout()
        identity.addRow(self.tr("&Name:"), self.name)
        numbers = QHBoxLayout()
        numbers.addWidget(self.siren)
        numbers.addWidget(self.siret)
        identity.addRow(self.tr("SIREN / SIRET:"), numbers)
        identity.addRow(self.tr("Country:"), self.country)
        identity.addRow(self.tr("Address:"), self.address)

        contact = QGroupBox(self.tr("Contact point"), self)
        contact_form = QFormLayout(contact)
        contact_form.addRow(self.tr("Name:"), self.contact_name)
        contact_form.addRow(self.tr("E-mail:"), self.contact_email)
        contact_form.addRow(self.tr("Phone:"), self.contact_phone)
        dpo = QGroupBox(self.tr("Data protection officer"), self)
        dpo_form = QFormLayout(dpo)
        dpo_form.addRow(self.tr("Name:"), self.dpo_name)
        dpo_form.addRow(self.tr("E-mail:"), self.dpo_email)
        dpo_form.addRow(self.tr("Phone:"), self.dpo_phone)
        people = QHBoxLayout()
        people.addWidget(contact)
        people.addWidget(dpo)

        notes = QFormLayout()
        notes.addRow(self.tr("Notes:"), self.notes)

        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(identity)
        layout.addLayout(people)
        layout.addLayout(notes)

        for name, widget in (
            ("Name", self.name), ("SIREN", self.siren), ("SIRET", self.siret), ("Country", self.country),
            ("Contact e-mail", self.contact_email), ("DPO e-mail", self.dpo_email),
        ):
            self.register_field(name, widget)
        if organisation is not None:
            self._fill(organisation)
        self.resize(640, self.sizeHint().height())

    def _fill(self, row: snapshots.OrganisationRow) -> None:
        self.name.setText(row.name)
        self.siren.setText(row.siren)
        self.siret.setText(row.siret)
        self.country.setText(row.country)
        self.address.setPlainText(row.address)
        self.contact_name.setText(row.contact_name)
        self.contact_email.setText(row.contact_email)
        self.contact_phone.setText(row.contact_phone)
        self.dpo_name.setText(row.dpo_name)
        self.dpo_email.setText(row.dpo_email)
        self.dpo_phone.setText(row.dpo_phone)
        self.notes.setPlainText(row.notes)

    def value(self) -> snapshots.OrganisationInput:
        return snapshots.OrganisationInput(
            name=self.name.text(),
            siren=self.siren.text(),
            siret=self.siret.text(),
            country=self.country.text() or "FR",
            address=self.address.toPlainText(),
            contact_name=self.contact_name.text(),
            contact_email=self.contact_email.text(),
            contact_phone=self.contact_phone.text(),
            dpo_name=self.dpo_name.text(),
            dpo_email=self.dpo_email.text(),
            dpo_phone=self.dpo_phone.text(),
            notes=self.notes.toPlainText(),
        )

    def build_op(self) -> tasks_module.Op[snapshots.OrganisationRow]:
        data = self.value()
        if self._organisation is None:
            return lambda s: parties.create_organisation(s, data)
        organisation_id, version = self._organisation.id, self._organisation.version
        # The version the dialog was opened on: a colleague's save since then is a conflict.
        return lambda s: parties.update_organisation(s, organisation_id, data, expected_version=version)

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, tasks: tasks_module.Tasks, organisation: snapshots.OrganisationRow | None = None
    ) -> snapshots.OrganisationRow | None:
        """Show the form; return the saved organisation, or None if cancelled."""
        saved: snapshots.OrganisationRow | None = cls.run(cls(parent, tasks=tasks, organisation=organisation))
        return saved
