"""Dialogs of the Evidence tab: acquisition details, editing, withdrawal, transfer, event links.

Each has an ``ask`` seam that tests patch.
"""

from __future__ import annotations

import getpass
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import acquisition, errors, evidence, snapshots, times
from cnil_case.ui import formdialog, glossary, labels, language, momentedit, theme, wallclock
from cnil_case.ui import tasks as tasks_module

METHODS = ("copy from the controller", "e-mail attachment", "download", "forensic image", "screenshot",
           "handed over on a medium")


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


class MetadataForm(QWidget):
    """The acquisition fields shared by the Add and Edit dialogs."""

    def __init__(self, *, zone: str, parties: Sequence[snapshots.PartyRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.acquired = momentedit.MomentEdit(field="Acquired", optional=True, parent=self)
        self.acquired.set_zone(zone)
        self.acquired_by = QLineEdit(self)
        self.method = QComboBox(self)
        self.method.setEditable(True)
        self.method.addItems(["", *METHODS])
        self.from_party = QComboBox(self)
        self.from_party.addItem(self.tr("(none)"), None)
        for party in parties:
            self.from_party.addItem(f"{party.organisation_name} ({labels.name(labels.ROLES, party.role)})", party.id)
        self.exhibit = QLineEdit(self)
        self.exhibit.setPlaceholderText(self.tr("seal or exhibit number, e.g. PV-2024-03/1"))
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Acquired &at:"), self.acquired)
        form.addRow(self.tr("Acquired &by:"), self.acquired_by)
        form.addRow(self.tr("&Method:"), self.method)
        form.addRow(self.tr("&From:"), self.from_party)
        form.addRow(self.tr("E&xhibit:"), self.exhibit)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("Ta&gs:"), self.tags)
        # The acquisition opens the item's chain of custody (who held it, when, its SHA-256).
        for field in (self.acquired, self.acquired_by):
            label = form.labelForField(field)
            if label is not None:
                glossary.annotate(label, "chain_of_custody")

    def fill_new(self) -> None:
        self.acquired.set_moment(snapshots.Moment(at=wallclock.now().replace(second=0, microsecond=0)))
        self.acquired_by.setText(current_user())

    def fill(self, row: evidence.EvidenceRow) -> None:
        if row.acquired is None:
            self.acquired.set_unknown(True)
        else:
            self.acquired.set_moment(row.acquired, precision=row.acquired.precision)
        self.acquired_by.setText(row.acquired_by)
        self.method.setCurrentText(row.method)
        index = self.from_party.findData(row.from_party_id) if row.from_party_id is not None else 0
        if index < 0:
            self.from_party.addItem(row.from_party_name, row.from_party_id)
            index = self.from_party.count() - 1
        self.from_party.setCurrentIndex(index)
        self.exhibit.setText(row.exhibit)
        self.description.setPlainText(row.description)
        self.tags.setText(", ".join(row.tags))

    def defaults(self, parent: QWidget) -> acquisition.Defaults:
        """Read the form (may ask which of two ambiguous instants is meant)."""
        party = self.from_party.currentData()
        return acquisition.Defaults(
            acquired=self.acquired.moment(parent),
            acquired_by=self.acquired_by.text().strip(),
            method=self.method.currentText().strip(),
            from_party_id=None if party is None else int(party),
            exhibit=self.exhibit.text().strip(),
            description=self.description.toPlainText().strip(),
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
        )


class AddDialog(QDialog):
    """Asked once per addition: the acquisition details every added file gets."""

    def __init__(self, parent: QWidget | None, *, zone: str, parties: Sequence[snapshots.PartyRow],
                 count_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add evidence"))
        self.result_defaults: acquisition.Defaults | None = None
        self.form = MetadataForm(zone=zone, parties=parties, parent=self)
        self.form.fill_new()
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {theme.state_color('error').name()};")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(count_text, self))
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.resize(620, self.sizeHint().height())

    def submit(self) -> None:
        try:
            self.result_defaults = self.form.defaults(self)
        except momentedit.FoldCancelled:
            return
        except errors.UserError as exc:
            self.error.setText(language.error_text(exc))
            self.error.show()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, *, zone: str, parties: Sequence[snapshots.PartyRow],
            count_text: str) -> acquisition.Defaults | None:
        dialog = cls(parent, zone=zone, parties=parties, count_text=count_text)
        dialog.exec()
        result = dialog.result_defaults if dialog.result() == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        return result


class EditDialog(formdialog.FormDialog):
    """Edit an item's details (the content and its hash never change)."""

    def __init__(self, parent: QWidget | None, *, tasks: tasks_module.Tasks, row: evidence.EvidenceRow,
                 zone: str, parties: Sequence[snapshots.PartyRow]) -> None:
        super().__init__(parent, tasks=tasks, title=self.tr("Edit evidence"))
        self._row = row
        self.name = QLineEdit(row.original_name, self)
        self.form = MetadataForm(zone=zone, parties=parties, parent=self)
        self.form.fill(row)
        layout = QFormLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("&Name:"), self.name)
        layout.addRow(self.form)
        self.register_field("Original name", self.name)
        self.register_field("Acquired", self.form.acquired)
        self.resize(620, self.sizeHint().height())

    def build_op(self) -> tasks_module.Op[evidence.EvidenceRow]:
        d = self.form.defaults(self)
        data = evidence.EvidenceInput(
            original_name=self.name.text(), original_path=self._row.original_path, acquired=d.acquired,
            acquired_by=d.acquired_by, method=d.method, from_party_id=d.from_party_id, exhibit=d.exhibit,
            description=d.description, tags=d.tags)
        evidence_id = self._row.id
        return lambda s: evidence.update(s, evidence_id, data)

    @classmethod
    def ask(cls, parent: QWidget | None, *, tasks: tasks_module.Tasks, row: evidence.EvidenceRow, zone: str,
            parties: Sequence[snapshots.PartyRow]) -> evidence.EvidenceRow | None:
        saved: evidence.EvidenceRow | None = cls.run(cls(parent, tasks=tasks, row=row, zone=zone, parties=parties))
        return saved


def _tr(text: str) -> str:
    return QCoreApplication.translate("evidencedialogs", text)


def ask_reason(parent: QWidget | None, name: str) -> str | None:
    """Why the item is withdrawn (required); None if cancelled."""
    while True:
        text, ok = QInputDialog.getText(parent, _tr("Withdraw evidence"),
                                        _tr("Why is “{name}” withdrawn? (kept in the record)").format(name=name))
        if not ok:
            return None
        if text.strip():
            return text.strip()


@dataclass(frozen=True)
class TransferInput:
    to: str
    note: str


def ask_transfer(parent: QWidget | None, name: str) -> TransferInput | None:
    """To whom the item goes, and a note; None if cancelled."""
    to, ok = QInputDialog.getText(parent, _tr("Transfer evidence"),
                                  _tr("Transfer “{name}” to:").format(name=name))
    if not ok or not to.strip():
        return None
    note, ok = QInputDialog.getText(parent, _tr("Transfer evidence"), _tr("Note (optional):"))
    return TransferInput(to.strip(), note.strip() if ok else "")


class LinkDialog(QDialog):
    """A checklist of the case's events; the checked ones are linked to the item."""

    def __init__(self, parent: QWidget | None, *, events: Sequence[snapshots.EventRow], linked: set[int],
                 zone: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to events"))
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        for event in events:
            item = QListWidgetItem(f"{times.display(event.occurred.at, zone, event.occurred.precision)}  {event.title}")
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if event.id in linked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(640, 420)

    def checked(self) -> set[int]:
        return {int(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked}

    @classmethod
    def ask(cls, parent: QWidget | None, *, events: Sequence[snapshots.EventRow], linked: set[int],
            zone: str) -> set[int] | None:
        dialog = cls(parent, events=events, linked=linked, zone=zone)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.checked() if accepted else None
        dialog.deleteLater()
        return result
