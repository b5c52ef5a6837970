"""Add or edit a party: an organisation in a role in the case, when it became aware, and the
settings its deadlines depend on (regimes, contractual notice period and whom it works for,
internal target, holiday calendar, DORA classification)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from cnil_case.core import errors, models, parties, periods, regimes, snapshots
from cnil_case.core.phrases import Phrase
from cnil_case.ui import (
    formdialog,
    glossary,
    labels,
    language,
    momentedit,
    organisationdialog,
    preferences,
    theme,
)
from cnil_case.ui import tasks as tasks_module

# The domain checks the range (and says so in the dialog); the spin boxes only stop absurd input.
_HOURS_LIMIT = 99_999
_PROCESSORS = frozenset(regimes.PROCESSORS | regimes.SUB_PROCESSORS)
# Whom a party can work for (GDPR Art. 28): a processor for controllers, a sub-processor for processors.
_SERVES = {**{role: regimes.CONTROLLERS for role in regimes.PROCESSORS},
           **{role: regimes.PROCESSORS for role in regimes.SUB_PROCESSORS}}
_DORA = "dora"
# The glossary entry explaining each role (GDPR Art. 4(7)-(8), 26, 51); other authorities have none.
ROLE_TERMS = {
    models.PartyRole.CONTROLLER.value: "controller",
    models.PartyRole.JOINT_CONTROLLER.value: "joint_controllers",
    models.PartyRole.PROCESSOR.value: "processor",
    models.PartyRole.SUB_PROCESSOR.value: "processor",
    models.PartyRole.SUPERVISORY_AUTHORITY.value: "supervisory_authority",
}
_WIDTH = 720


def _hint(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(f"color: {theme.state_color('hint').name()};")
    return label


def _row(parent: QWidget, *widgets: QWidget) -> QWidget:
    """Widgets side by side at their natural width, as one form field."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return row


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
        parties: Sequence[snapshots.PartyRow] = (),
        default_notice_hours: int | None = None,
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
            if code in ROLE_TERMS:
                self.role.setItemData(self.role.count() - 1, glossary.tooltip(ROLE_TERMS[code]),
                                      Qt.ItemDataRole.ToolTipRole)
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
        self.regimes: dict[str, QCheckBox] = {}
        for regime in regimes.REGIMES:
            box = QCheckBox(language.text(regime.name), self)
            box.setToolTip(language.text(regime.law))
            box.setChecked(regime.code in regimes.DEFAULT_REGIMES)
            self.regimes[regime.code] = box
        self.notice_hours = QSpinBox(self)
        self.notice_hours.setRange(0, _HOURS_LIMIT)
        self.notice_hours.setSuffix(self.tr(" h"))
        if default_notice_hours is None:
            # A new processor starts from the user's default (Tools › Settings), read from the window's store.
            default_notice_hours = preferences.Preferences.for_user(self).default_notice_hours
        self.notice_hours.setValue(default_notice_hours)
        self.notice_hours.setToolTip(self.tr(
            "GDPR Art. 33(2): the processor notifies the controller “without undue delay”. There are no "
            "hours in the GDPR: the contract sets them; {hours} h by default (Tools › Settings)."
        ).format(hours=default_notice_hours))
        self.target_set = QCheckBox(self.tr("Set a target:"), self)
        self.target_hours = QSpinBox(self)
        self.target_hours.setRange(0, _HOURS_LIMIT)
        self.target_hours.setSuffix(self.tr(" h"))
        self.target_hours.setValue(72)
        target_tip = self.tr(
            "GDPR Art. 34(1): data subjects are informed “without undue delay”, with no hours in the law. "
            "An internal target, counted from awareness, gives this duty a deadline on the dashboard.")
        self.target_set.setToolTip(target_tip)
        self.target_hours.setToolTip(target_tip)
        self.holiday_calendar = QComboBox(self)
        for calendar_code, calendar_label in periods.CALENDARS:
            self.holiday_calendar.addItem(language.text(calendar_label), calendar_code)
        self.holiday_calendar.setToolTip(self.tr(
            "Public holidays where this party acts. Used by periods in days, weeks or months (e.g. NIS2's "
            "final report, one month): under Reg. 1182/71 Art. 3(4), a period that would end on a public "
            "holiday, a Saturday or a Sunday ends with the next working day. Periods in hours (the 72 h "
            "of Art. 33) ignore holidays."))
        self.classified = momentedit.MomentEdit(field="Classified as major", optional=True, parent=self)
        self.classified.set_zone(zone)
        self.classified.setToolTip(self.tr(
            "DORA Art. 19(4)(a): the initial notification is due 4 h after the incident was classified as "
            "major, and at most 24 h after awareness. Typed in {zone}.").format(zone=zone))
        # The other parties of the case this one may work for (ticked: it notifies them).
        others = [p for p in parties if party is None or p.id != party.id]
        self.works_for: dict[int, tuple[QCheckBox, str]] = {}
        self.works_for_box = QWidget(self)
        self._works_for_grid = works_for_grid = QGridLayout(self.works_for_box)
        works_for_grid.setContentsMargins(0, 0, 0, 0)
        works_for_tip = self.tr(
            "GDPR Art. 28 and 33(2): the controllers this processor works for (for a sub-processor: the "
            "processors). Each one ticked is owed a notice; none ticked means every one in the case.")
        for other in others:
            box = QCheckBox(f"{other.organisation_name} ({labels.name(labels.ROLES, other.role)})", self.works_for_box)
            box.setToolTip(works_for_tip)
            self.works_for[other.id] = (box, other.role)
        self.works_for_none = _hint(self.works_for_box, "")
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)

        # A widget, not a bare layout, so the label's mnemonic has a buddy to focus.
        organisation_row = QWidget(self)
        organisation_layout = QHBoxLayout(organisation_row)
        organisation_layout.setContentsMargins(0, 0, 0, 0)
        organisation_layout.addWidget(self.organisation, 1)
        organisation_layout.addWidget(self.new_organisation)
        regime_grid = QGridLayout()
        for i, box in enumerate(self.regimes.values()):
            regime_grid.addWidget(box, i // 3, i % 3)
        notice_hint = self.tr("set by the contract (GDPR Art. 33(2)); {hours} h by default").format(
            hours=default_notice_hours)
        notice_row = _row(self, self.notice_hours, _hint(self, notice_hint))
        target_row = _row(self, self.target_set, self.target_hours,
                          _hint(self, self.tr("optional; counted from awareness (GDPR Art. 34)")))
        self.form = form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Organisation:"), organisation_row)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("Aware since:"), self.aware)
        form.addRow(self.tr("Justification:"), self.awareness_note)
        form.addRow(self.tr("Regimes:"), regime_grid)
        form.addRow(self.tr("Notice &period:"), notice_row)
        form.addRow(self.tr("Works for:"), self.works_for_box)
        form.addRow(self.tr("Informing data subjects:"), target_row)
        form.addRow(self.tr("&Holiday calendar:"), self.holiday_calendar)
        form.addRow(self.tr("DORA: classified as major:"), self.classified)
        form.addRow(self.tr("Notes:"), self.notes)
        self._notice_row = notice_row
        # The legal terms of the form, explained (glossary): awareness, the processor's notice
        # (Art. 33(2)) and the communication to the data subjects (Art. 34).
        for field, term in ((self.aware, "awareness"), (notice_row, "processor"),
                            (target_row, "art34_communication")):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                glossary.annotate(label, term)
        for row, field in ((notice_row, self.notice_hours), (target_row, self.target_set)):
            label = form.labelForField(row)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        self._target_row = target_row
        for name, widget in (("Organisation", self.organisation), ("Role", self.role), ("Aware since", self.aware),
                             ("Regimes", self.regimes["gdpr"]), ("Notice period", self.notice_hours),
                             ("Target for informing data subjects", self.target_hours),
                             ("Holiday calendar", self.holiday_calendar), ("Classified as major", self.classified),
                             ("Works for", self.works_for_box)):
            self.register_field(name, widget)

        if party is None:
            self.aware.set_moment(None)
        else:
            self._fill(party)
        self.new_organisation.clicked.connect(self._create_organisation)
        self.role.currentIndexChanged.connect(self._show_relevant_rows)
        self.regimes[_DORA].toggled.connect(self._show_relevant_rows)
        self.target_set.toggled.connect(self.target_hours.setEnabled)
        self.target_hours.setEnabled(self.target_set.isChecked())
        self._show_relevant_rows()

    def _show_relevant_rows(self) -> None:
        """Show the settings that matter for the role and regimes chosen (values are kept)."""
        role = str(self.role.currentData())
        term = ROLE_TERMS.get(role)
        if term is not None:
            glossary.annotate(self.role, term)
        else:
            self.role.setToolTip("")
            self.role.setWhatsThis("")
        self.form.setRowVisible(self._notice_row, role in _PROCESSORS)
        served_roles = _SERVES.get(role, frozenset())
        self.form.setRowVisible(self.works_for_box, role in _PROCESSORS)
        # Only the parties this role can work for, laid out two per line without gaps.
        grid = self._works_for_grid
        shown = [box for box, other_role in self.works_for.values() if other_role in served_roles]
        for box, _role in self.works_for.values():
            grid.removeWidget(box)
            box.setVisible(box in shown)
        for i, box in enumerate(shown):
            grid.addWidget(box, i // 2, i % 2)
        grid.removeWidget(self.works_for_none)
        grid.addWidget(self.works_for_none, len(shown), 0, 1, 2)
        self.works_for_none.setVisible(not shown)
        self.works_for_none.setText(
            self.tr("No controller in this case yet: add it, then tick it here.") if role in regimes.PROCESSORS
            else self.tr("No processor in this case yet: add it, then tick it here."))
        self.form.setRowVisible(self._target_row, role in regimes.CONTROLLERS)
        self.form.setRowVisible(self.classified, self.regimes[_DORA].isChecked())
        # The window shrinks or grows with the rows shown.
        self.fit_to_width(max(self.width(), _WIDTH))

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
        self.notice_hours.setValue(party.notice_hours)
        self.target_set.setChecked(party.subject_target_hours is not None)
        if party.subject_target_hours is not None:
            self.target_hours.setValue(party.subject_target_hours)
        index = self.holiday_calendar.findData(party.holiday_calendar)
        if index < 0 and party.holiday_calendar:
            # A code this version does not list: keep it rather than silently switch calendars.
            self.holiday_calendar.addItem(party.holiday_calendar, party.holiday_calendar)
            index = self.holiday_calendar.count() - 1
        self.holiday_calendar.setCurrentIndex(max(index, 0))
        self.classified.set_moment(party.classified)
        for party_id, (box, _role) in self.works_for.items():
            box.setChecked(party_id in party.serves)

    def _create_organisation(self) -> None:
        created = organisationdialog.OrganisationDialog.ask(self, tasks=self._tasks)
        if created is None:
            return
        self.organisation.addItem(created.name, created.id)
        self.organisation.setCurrentIndex(self.organisation.count() - 1)

    def served(self) -> tuple[int, ...]:
        """The parties ticked under "Works for" that the chosen role can work for."""
        served_roles = _SERVES.get(str(self.role.currentData()), frozenset())
        return tuple(party_id for party_id, (box, role) in self.works_for.items()
                     if role in served_roles and box.isChecked())

    def build_op(self) -> tasks_module.Op[snapshots.PartyRow]:
        organisation_id = self.organisation.currentData()
        if organisation_id is None:
            raise errors.ValidationError(Phrase("parties", "Organisation"), self.tr("choose one, or create it with New organisation…"))
        values = {
            "organisation_id": int(organisation_id),
            "role": str(self.role.currentData()),
            "aware": self.aware.moment(self),
            "awareness_note": self.awareness_note.toPlainText(),
            "regimes": tuple(code for code, box in self.regimes.items() if box.isChecked()),
            "notes": self.notes.toPlainText(),
            "notice_hours": self.notice_hours.value(),
            "subject_target_hours": self.target_hours.value() if self.target_set.isChecked() else None,
            "holiday_calendar": self.holiday_calendar.currentData(),
            "classified": self.classified.moment(self),
            "serves": self.served(),
        }
        # An edit starts from the party as stored, so a field this form does not show is kept.
        base = self._party.as_input() if self._party is not None else snapshots.PartyInput(organisation_id=0, role="")
        data = dataclasses.replace(base, **values)
        case_id = self._case_id
        if self._party is None:
            return lambda s: parties.add_party(s, case_id, data)
        party_id, version = self._party.id, self._party.version
        # The version the dialog was opened on: a colleague's save since then is a conflict.
        return lambda s: parties.update_party(s, party_id, data, expected_version=version)

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
        parties: Sequence[snapshots.PartyRow] = (),
        default_notice_hours: int | None = None,
    ) -> snapshots.PartyRow | None:
        """Show the form; return the saved party, or None if cancelled.

        A new party's contractual notice period starts at ``default_notice_hours``, else at the
        user's preference.
        """
        saved: snapshots.PartyRow | None = cls.run(
            cls(parent, tasks=tasks, case_id=case_id, zone=zone, organisations=organisations, party=party,
                parties=parties, default_notice_hours=default_notice_hours)
        )
        return saved

