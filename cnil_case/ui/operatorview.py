"""One organisation's correspondence across every case: what was asked, answered and outstanding."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import correspondence, parties, snapshots
from cnil_case.ui import correspondencemodel, tableviews, wallclock
from cnil_case.ui import tasks as tasks_module


class OperatorDialog(QDialog):
    """Pick an organisation; see every request to it (or from it) in every case, with delays."""

    def __init__(self, parent: QWidget | None, *, tasks: tasks_module.Tasks) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.setWindowTitle(self.tr("Correspondence with an organisation"))
        self.organisation = QComboBox(self)
        self.summary = QLabel(self)
        self.model = correspondencemodel.CorrespondenceModel(columns=correspondencemodel.ORGANISATION_COLUMNS,
                                                            parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        tableviews.configure(self.table, stretch=correspondencemodel.ORGANISATION_COLUMNS.index(correspondencemodel.SUBJECT))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Organisation:"), self), 0)
        top.addWidget(self.organisation, 1)
        top.itemAt(0).widget().setBuddy(self.organisation)  # type: ignore[union-attr]
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1100, 520)
        self.organisation.currentIndexChanged.connect(self.reload)
        self._tasks.run_db(parties.list_organisations, parent=self, success=self._show_organisations)

    def _show_organisations(self, rows: list[snapshots.OrganisationRow]) -> None:
        self.organisation.blockSignals(True)
        for row in rows:
            self.organisation.addItem(row.name, row.id)
        self.organisation.blockSignals(False)
        self.reload()

    def select_organisation(self, organisation_id: int) -> None:
        index = self.organisation.findData(organisation_id)
        if index >= 0:
            self.organisation.setCurrentIndex(index)

    def reload(self) -> None:
        organisation_id = self.organisation.currentData()
        if organisation_id is None:
            self.model.set_rows([])
            self.summary.setText(self.tr("No organisation in this workspace yet."))
            return
        now = wallclock.now()
        self._tasks.run_db(lambda s: correspondence.for_organisation(s, int(organisation_id), now=now),
                           parent=self, success=self._show)

    def _show(self, rows: list[correspondence.CorrespondenceRow]) -> None:
        self.model.set_rows(rows)
        numbers: dict[str, Any] = correspondencemodel.counts(rows)
        self.summary.setText(self.tr(
            "Asked: {asked} · answered: {answered} · outstanding: {outstanding} · overdue: {overdue}"
        ).format(**numbers))

    @classmethod
    def show_for(cls, parent: QWidget | None, *, tasks: tasks_module.Tasks) -> None:
        cls(parent, tasks=tasks).exec()
