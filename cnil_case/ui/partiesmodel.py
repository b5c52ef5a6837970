"""The parties of one case: organisation, role, when it became aware, which regimes bind it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from cnil_case.core import parties, snapshots, times
from cnil_case.ui import labels, listmodel
from cnil_case.ui import tasks as tasks_module

ORGANISATION, ROLE, AWARE, REGIMES, NOTE = range(5)


class PartiesModel(listmodel.SnapshotListModel):
    """A case's parties in the order they were added; times in the case's zone."""

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._case_id: int | None = None
        self._zone = times.DEFAULT_ZONE

    def headers(self) -> Sequence[str]:
        return [self.tr("Organisation"), self.tr("Role"), self.tr("Aware since"), self.tr("Regimes"),
                self.tr("Awareness justification")]

    def load(self, case_id: int | None, zone: str) -> None:
        self._case_id = case_id
        self._zone = zone
        if case_id is None:
            self.set_rows([])
            return
        self._tasks.run_db(lambda s: parties.list_parties(s, case_id), parent=self, success=self._loaded(case_id))

    def reload(self) -> None:
        self.load(self._case_id, self._zone)

    def _loaded(self, case_id: int) -> Any:
        def done(rows: list[snapshots.PartyRow]) -> None:
            # A slow answer for a case the user already left is dropped.
            if case_id == self._case_id:
                self.set_rows(rows)
        return done

    def cell(self, row: snapshots.PartyRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ORGANISATION:
                return row.organisation_name
            if column == ROLE:
                return labels.name(labels.ROLES, row.role)
            if column == AWARE:
                if row.aware is None:
                    return self.tr("unknown")
                return times.display(row.aware.at, self._zone, row.aware.precision)
            if column == REGIMES:
                return ", ".join(labels.name(labels.REGIMES, r) for r in row.regimes)
            if column == NOTE:
                return row.awareness_note.replace("\n", " ")
        elif role == Qt.ItemDataRole.ToolTipRole and column in (NOTE, ORGANISATION):
            text = row.awareness_note if column == NOTE else row.notes
            return text or None
        elif role == Qt.ItemDataRole.ToolTipRole and column == ROLE and row.serves:
            names = {other.id: other.organisation_name for other in self.rows()}
            return self.tr("Works for {parties}").format(
                parties=", ".join(names.get(party_id, f"#{party_id}") for party_id in row.serves))
        return None
