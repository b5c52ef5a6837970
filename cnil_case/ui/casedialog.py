"""The New case dialog: reference (suggested), title, time zone (the preferred one to start with),
nature and origin, summary."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget

from cnil_case.core import cases, snapshots
from cnil_case.ui import casefields, formdialog, preferences
from cnil_case.ui import tasks as tasks_module


class CaseDialog(formdialog.FormDialog):
    """Creates a case; the rest of its fields are edited in the Overview tab."""

    def __init__(self, parent: QWidget | None, *, tasks: tasks_module.Tasks, reference: str,
                 zone: str | None = None) -> None:
        super().__init__(parent, tasks=tasks, title=self.tr("New case"))
        if zone is None:
            # The user's preferred display zone (Tools › Settings), read from the same store the window uses.
            zone = preferences.Preferences.for_user(self).display_zone
        self.fields = casefields.CaseFields(self)
        self.fields.set_value(snapshots.CaseInput(reference=reference, title="", display_zone=zone))
        self.fields.summary.setFixedHeight(90)
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Reference:"), self.fields.reference)
        form.addRow(self.tr("&Title:"), self.fields.title)
        form.addRow(self.tr("Time &zone:"), self.fields.zone)
        form.addRow(self.tr("Breach nature:"), self.fields.nature_box)
        form.addRow(self.tr("Origin:"), self.fields.origin_box)
        form.addRow(self.tr("Summary:"), self.fields.summary)
        for name, widget in self.fields.fields().items():
            self.register_field(name, widget)
        self.fields.title.setFocus()
        self.resize(560, self.sizeHint().height())

    def build_op(self) -> tasks_module.Op[snapshots.CaseDetail]:
        data = self.fields.value(self)
        return lambda s: cases.create(s, data)

    @classmethod
    def ask(cls, parent: QWidget | None, *, tasks: tasks_module.Tasks, reference: str,
            zone: str | None = None) -> snapshots.CaseDetail | None:
        """Show the dialog (time zone ``zone``, else the preferred one); return the created case, or None."""
        created: snapshots.CaseDetail | None = cls.run(cls(parent, tasks=tasks, reference=reference, zone=zone))
        return created
