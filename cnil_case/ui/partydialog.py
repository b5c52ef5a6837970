"""Add or edit a party: an organisation in a role in the case, and when it became aware."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from cnil_case.core import errors, models, parties, snapshots
from cnil_case.ui import formdialog, labels, momentedit, organisationdialog
from cnil_case.ui import tasks as tasks_module


class PartyDialog(formdialog.FormDialog):
    """The party form; Save adds the party to the case or updates it."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        tasks: tasks_module.Tasks,
        case_id: int,
        zone: str,
        organisations: Sequence[snapshots.OrganisationRow],
        party: snapshots.PartyRow | None = None,
    ) -> None:
        title = self.tr("Add a party") if party is None else self.tr("Edit party")
        super().__init__(parent, tasks=tasks, title=title)
        self._case_id = case_id
        self._party = party
        self.organisation = QComboBox(self)
        self.organisation.setMinimumContentsLength(30)
        for org in organisations:
            self.organisation.addItem(org.name, org.id)
        self.new_organisation = QPushButton(self.tr("New organisation…"), self)
        self.role = QComboBox(self)
        for code in models.PartyRole.values():
            self.role.addItem(labels.name(labels.ROLES, code), code)
        self.aware = momentedit.MomentEdit(field="Aware since", optional=True, parent=self)
        self.aware.set_zone(zone)
        self.aware.setToolTip(
            self.tr("When this party became aware of the breach with a reasonable degree of certainty "
                    "(EDPB 9/2022): the 72 hours of Art. 33 run from then. Typed in {zone}.").format(zone=zone)
        )
        self.awareness_note = QPlainTextEdit(self)
        self.awareness_note.setTabChangesFocus(True)
        self.awareness_note.setFixedHeight(60)
        self.awareness_note.setPlaceholderText(self.tr("Why this moment: what the party knew, and from whom"))
        self.regimes = {code: QCheckBox(labels.name(labels.REGIMES, code), self) for code in parties.REGIMES}
        self.regimes["gdpr"].setChecked(True)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)

        # A widget, not a bare layout, so the label's mnemonic has a buddy to focus.
        organisation_row = QWidget(self)
        organisation_layout = QHBoxLayout(organisation_row)
        organisation_layout.setContentsMargins(0, 0, 0, 0)
        organisation_layout.addWidget(self.organisation, 1)
        organisation_layout.addWidget(self.new_organisation)
        regimes = QGridLayout()
        for i, box in enumerate(self.regimes.values()):
            regimes.addWidget(box, i // 3, i % 3)
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Organisation:"), organisation_row)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("Aware since:"), self.aware)
        form.addRow(self.tr("Justification:"), self.awareness_note)
        form.addRow(self.tr("Regimes:"), regimes)
        form.addRow(self.tr("Notes:"), self.notes)
        self.register_field("Organisation", self.organisation)
        self.register_field("Role", self.role)
        self.register_field("Aware since", self.aware)
        self.register_field("Regimes", self.regimes["gdpr"])

        if party is None:
            self.aware.set_moment(None)
        else:
            self._fill(party)
        self.new_organisation.clicked.connect(self._create_organisation)
        self.resize(680, self.sizeHint().height())

    def _fill(self, party: snapshots.PartyRow) -> None:
        index = self.organisation.findData(party.organisation_id)
        if index < 0:
            self.organisation.addItem(party.organisation_name, party.organisation_id)
            index = self.organisation.count() - 1
        self.organisation.setCurrentIndex(index)
        self.role.setCurrentIndex(max(self.role.findData(party.role), 0))
        self.aware.set_moment(party.aware)
        self.awareness_note.setPlainText(party.awareness_note)
        for code, box in self.regimes.items():
            box.setChecked(code in party.regimes)
        self.notes.setPlainText(party.notes)

    def _create_organisation(self) -> None:
        created = organisationdialog.OrganisationDialog.ask(self, tasks=self._tasks)
        if created is None:
            return
        self.organisation.addItem(created.name, created.id)
        self.organisation.setCurrentIndex(self.organisation.count() - 1)

    def build_op(self) -> tasks_module.Op[snapshots.PartyRow]:
        organisation_id = self.organisation.currentData()
        if organisation_id is None:
            raise errors.ValidationError("Organisation", self.tr("choose one, or create it with New organisation…"))
        data = snapshots.PartyInput(
            organisation_id=int(organisation_id),
            role=str(self.role.currentData()),
            aware=self.aware.moment(self),
            awareness_note=self.awareness_note.toPlainText(),
            regimes=tuple(code for code, box in self.regimes.items() if box.isChecked()),
            notes=self.notes.toPlainText(),
        )
        case_id = self._case_id
        if self._party is None:
            return lambda s: parties.add_party(s, case_id, data)
        party_id = self._party.id
        return lambda s: parties.update_party(s, party_id, data)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        tasks: tasks_module.Tasks,
        case_id: int,
        zone: str,
        organisations: Sequence[snapshots.OrganisationRow],
        party: snapshots.PartyRow | None = None,
    ) -> snapshots.PartyRow | None:
        """Show the form; return the saved party, or None if cancelled."""
        saved: snapshots.PartyRow | None = cls.run(
            cls(parent, tasks=tasks, case_id=case_id, zone=zone, organisations=organisations, party=party)
        )
        return saved

