"""The organisations of the workspace, shared by all its cases."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from cnil_case.core import parties, snapshots
from cnil_case.ui import listmodel
from cnil_case.ui import tasks as tasks_module

NAME, SIREN, SIRET, COUNTRY, DPO, CONTACT = range(6)


class OrganisationsModel(listmodel.SnapshotListModel):
    """Organisations by name, with their registry numbers, DPO and contact point."""

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks

    def headers(self) -> Sequence[str]:
        return [self.tr("Name"), self.tr("SIREN"), self.tr("SIRET"), self.tr("Country"), self.tr("DPO"),
                self.tr("Contact point")]

    def load(self) -> None:
        self._tasks.run_db(parties.list_organisations, parent=self, success=self.set_rows)

    def cell(self, row: snapshots.OrganisationRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return row.name
            if column == SIREN:
                return row.siren
            if column == SIRET:
                return row.siret
            if column == COUNTRY:
                return row.country
            if column == DPO:
                return _person(row.dpo_name, row.dpo_email)
            if column == CONTACT:
                return _person(row.contact_name, row.contact_email)
        elif role == Qt.ItemDataRole.ToolTipRole and column == NAME and row.address:
            return row.address
        return None


def _person(name: str, email: str) -> str:
    if name and email:
        return f"{name} <{email}>"
    return name or email
