"""Add or edit a finding (facts, GDPR articles, evidence, events) or a measure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from cnil_case.core import articles, evidence, findings, models, snapshots, times
from cnil_case.ui import formdialog, labels, wallclock
from cnil_case.ui import tasks as tasks_module

_WIDTH = 720
_CONFIRMED = models.FindingState.CONFIRMED.value


def _text_box(parent: QWidget, height: int = 60) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def _both_languages(code: str) -> str:
    """"Art. 32 — Security of processing / Sécurité du traitement": the picker shows both titles."""
    french = articles.display(code, "fr").split(" — ", 1)[-1]
    return f"{articles.display(code, 'en')} / {french}"


def checklist(parent: QWidget, items: Sequence[tuple[int | str, str]], checked: Sequence[int | str],
               height: int) -> QListWidget:
    widget = QListWidget(parent)
    widget.setUniformItemSizes(True)
    widget.setFixedHeight(height)
    for key, text in items:
        entry = QListWidgetItem(text, widget)
        entry.setData(Qt.ItemDataRole.UserRole, key)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
    return widget


def checked_keys(widget: QListWidget) -> list[object]:
    """The keys of the ticked entries, in list order."""
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def set_checked(widget: QListWidget, key: object, checked: bool = True) -> None:
    for i in range(widget.count()):
        if widget.item(i).data(Qt.ItemDataRole.UserRole) == key:
            widget.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def _party_combo(parent: QWidget, parties: Sequence[snapshots.PartyRow], current: int | None) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("findingdialogs", "(none)"), None)
    for party in parties:
        combo.addItem(f"{party.organisation_name} ({labels.name(labels.ROLES, party.role)})", party.id)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class FindingDialog(formdialog.FormDialog):
    """The finding form; confirming a finding may add a timeline event."""

    def __init__(self, parent: QWidget | None, *, tasks: tasks_module.Tasks, case_id: int, zone: str,
                 parties: Sequence[snapshots.PartyRow], evidence_rows: Sequence[evidence.EvidenceRow],
                 events: Sequence[snapshots.EventRow], finding: findings.FindingRow | None = None) -> None:
        super().__init__(parent, tasks=tasks, title=self.tr("New finding") if finding is None else self.tr("Edit finding"))
        self._case_id = case_id
        self._finding = finding
        data = finding.as_input() if finding is not None else findings.FindingInput(title="")
        self.title_edit = QLineEdit(data.title, self)
        self.facts = _text_box(self, 80)
        self.facts.setPlainText(data.facts)
        self.articles = checklist(self, [(a.code, _both_languages(a.code)) for a in articles.articles()],
                                   data.articles, 130)
        self.severity = QComboBox(self)
        for code in findings.SEVERITIES:
            self.severity.addItem(labels.name(labels.SEVERITIES, code), code)
        self.severity.setCurrentIndex(self.severity.findData(data.severity))
        self.state = QComboBox(self)
        for code in models.FindingState.values():
            self.state.addItem(labels.name(labels.FINDING_STATES, code), code)
        self.state.setCurrentIndex(self.state.findData(data.state))
        self.party = _party_combo(self, parties, data.party_id)
        self.evidence = checklist(self, [(e.id, e.original_name) for e in evidence_rows], data.evidence_ids, 80)
        self.events = checklist(
            self, [(e.id, f"{times.display(e.occurred.at, zone, e.occurred.precision)}  {e.title}") for e in events],
            data.event_ids, 80)
        self.operator_response = _text_box(self)
        self.operator_response.setPlainText(data.operator_response)
        self.recommended_measure = _text_box(self)
        self.recommended_measure.setPlainText(data.recommended_measure)
        self.timeline_event = QCheckBox(self.tr("Add a timeline event (the finding is confirmed now)"), self)
        self.timeline_event.setChecked(True)
        form = QFormLayout(self.body)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Facts:"), self.facts)
        form.addRow(self.tr("GDPR articles:"), self.articles)
        state_row = QWidget(self)
        state_layout = QHBoxLayout(state_row)
        state_layout.setContentsMargins(0, 0, 0, 0)
        state_layout.addWidget(self.severity)
        state_layout.addWidget(self.state)
        state_layout.addWidget(self.timeline_event, 1)
        form.addRow(self.tr("Severity, state:"), state_row)
        form.addRow(self.tr("Organisation concerned:"), self.party)
        form.addRow(self.tr("Evidence:"), self.evidence)
        form.addRow(self.tr("Events:"), self.events)
        form.addRow(self.tr("Operator's response:"), self.operator_response)
        form.addRow(self.tr("Recommended measure:"), self.recommended_measure)
        for name, widget in (("Title", self.title_edit), ("Articles", self.articles), ("Severity", self.severity),
                             ("State", self.state)):
            self.register_field(name, widget)
        self.state.currentIndexChanged.connect(self._state_changed)
        self._state_changed()
        self.fit_to_width(_WIDTH)

    @classmethod
    def ask(cls, parent: QWidget | None, *, tasks: tasks_module.Tasks, case_id: int, zone: str,
            parties: Sequence[snapshots.PartyRow], evidence_rows: Sequence[evidence.EvidenceRow],
            events: Sequence[snapshots.EventRow], finding: findings.FindingRow | None = None,
            ) -> findings.FindingRow | None:
        saved: findings.FindingRow | None = cls.run(cls(
            parent, tasks=tasks, case_id=case_id, zone=zone, parties=parties, evidence_rows=evidence_rows,
            events=events, finding=finding))
        return saved

    def _becomes_confirmed(self) -> bool:
        was = self._finding.state if self._finding is not None else ""
        return self.state.currentData() == _CONFIRMED and was != _CONFIRMED

    def _state_changed(self) -> None:
        self.timeline_event.setVisible(self._becomes_confirmed())

    def read(self) -> findings.FindingInput:
        return findings.FindingInput(
            title=self.title_edit.text(), facts=self.facts.toPlainText(),
            articles=tuple(str(k) for k in checked_keys(self.articles)), severity=str(self.severity.currentData()),
            state=str(self.state.currentData()), party_id=self.party.currentData(),
            operator_response=self.operator_response.toPlainText(),
            recommended_measure=self.recommended_measure.toPlainText(),
            evidence_ids=tuple(int(str(k)) for k in checked_keys(self.evidence)),
            event_ids=tuple(int(str(k)) for k in checked_keys(self.events)),
        )

    def build_op(self) -> tasks_module.Op[findings.FindingRow]:
        data = self.read()
        event = None
        if self._becomes_confirmed() and self.timeline_event.isChecked():
            event = snapshots.Moment(wallclock.now().astimezone(dt.UTC).replace(second=0, microsecond=0), "minute")
        if self._finding is not None:
            finding_id = self._finding.id
            return lambda s: findings.update_finding(s, finding_id, data, timeline_event=event)
        case_id = self._case_id
        return lambda s: findings.add_finding(s, case_id, data, timeline_event=event)


class OptionalDate(QWidget):
    """A date, or none (the box unticked)."""

    def __init__(self, text: str, value: dt.date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.given = QCheckBox(text, self)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.given)
        layout.addWidget(self.date)
        layout.addStretch(1)
        self.given.toggled.connect(self.date.setEnabled)
        self.set_value(value)

    def set_value(self, value: dt.date | None) -> None:
        today = wallclock.now().date()
        shown = value or today
        self.date.setDate(QDate(shown.year, shown.month, shown.day))
        self.given.setChecked(value is not None)
        self.date.setEnabled(value is not None)

    def value(self) -> dt.date | None:
        if not self.given.isChecked():
            return None
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())


class MeasureDialog(formdialog.FormDialog):
    """The measure form: kind, description, owner, state, planned and done dates, the finding it answers."""

    def __init__(self, parent: QWidget | None, *, tasks: tasks_module.Tasks, case_id: int,
                 parties: Sequence[snapshots.PartyRow], finding_rows: Sequence[findings.FindingRow],
                 measure: findings.MeasureRow | None = None) -> None:
        super().__init__(parent, tasks=tasks, title=self.tr("New measure") if measure is None else self.tr("Edit measure"))
        self._case_id = case_id
        self._measure = measure
        data = measure.as_input() if measure is not None else findings.MeasureInput(
            kind=models.MeasureKind.REMEDIATION.value, description="")
        self.kind = QComboBox(self)
        for code in models.MeasureKind.values():
            self.kind.addItem(labels.name(labels.MEASURE_KINDS, code), code)
        self.kind.setCurrentIndex(self.kind.findData(data.kind))
        self.description = _text_box(self)
        self.description.setPlainText(data.description)
        self.owner = QLineEdit(data.owner, self)
        self.party = _party_combo(self, parties, data.party_id)
        self.state = QComboBox(self)
        for code in models.MeasureState.values():
            self.state.addItem(labels.name(labels.MEASURE_STATES, code), code)
        self.state.setCurrentIndex(self.state.findData(data.state))
        self.planned_on = OptionalDate(self.tr("Planned for"), data.planned_on, self)
        self.done_on = OptionalDate(self.tr("Done on"), data.done_on, self)
        self.finding = QComboBox(self)
        self.finding.addItem(self.tr("(none)"), None)
        for row in finding_rows:
            self.finding.addItem(row.title, row.id)
        self.finding.setCurrentIndex(max(0, self.finding.findData(data.finding_id)))
        self.notes = _text_box(self)
        self.notes.setPlainText(data.notes)
        form = QFormLayout(self.body)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Owner:"), self.owner)
        form.addRow(self.tr("Organisation:"), self.party)
        form.addRow(self.tr("State:"), self.state)
        form.addRow(self.tr("Planned:"), self.planned_on)
        form.addRow(self.tr("Done:"), self.done_on)
        form.addRow(self.tr("Finding:"), self.finding)
        form.addRow(self.tr("Notes:"), self.notes)
        for name, widget in (("Kind", self.kind), ("Description", self.description), ("Owner", self.owner),
                             ("State", self.state), ("Planned", self.planned_on), ("Done", self.done_on)):
            self.register_field(name, widget)
        self.fit_to_width(600)

    @classmethod
    def ask(cls, parent: QWidget | None, *, tasks: tasks_module.Tasks, case_id: int,
            parties: Sequence[snapshots.PartyRow], finding_rows: Sequence[findings.FindingRow],
            measure: findings.MeasureRow | None = None) -> findings.MeasureRow | None:
        saved: findings.MeasureRow | None = cls.run(cls(
            parent, tasks=tasks, case_id=case_id, parties=parties, finding_rows=finding_rows, measure=measure))
        return saved

    def build_op(self) -> tasks_module.Op[findings.MeasureRow]:
        data = findings.MeasureInput(
            kind=str(self.kind.currentData()), description=self.description.toPlainText(), owner=self.owner.text(),
            party_id=self.party.currentData(), state=str(self.state.currentData()),
            planned_on=self.planned_on.value(), done_on=self.done_on.value(), finding_id=self.finding.currentData(),
            notes=self.notes.toPlainText())
        if self._measure is not None:
            measure_id = self._measure.id
            return lambda s: findings.update_measure(s, measure_id, data)
        case_id = self._case_id
        return lambda s: findings.add_measure(s, case_id, data)
