"""The parties of one case: organisation, role, when it became aware, which regimes bind it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from cnil_case.core import parties, regimes, snapshots, times
from cnil_case.ui import labels, language, listmodel
from cnil_case.ui import tasks as tasks_module

ORGANISATION, ROLE, AWARE, REGIMES, NOTE = range(5)


class PartiesModel(listmodel.CaseRowsModel):
    """A case's parties in the order they were added; times in the case's zone."""

    def headers(self) -> Sequence[str]:
        return [self.tr("Organisation"), self.tr("Role"), self.tr("Aware since"), self.tr("Regimes"),
                self.tr("Awareness justification")]

    def fetch(self, case_id: int) -> tasks_module.Op[list[Any]]:
        return lambda s: parties.list_parties(s, case_id)

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
                # The regime table's names (core.regimes), written in the interface language.
                return ", ".join(language.text(regimes.REGIME_BY_CODE[r].name) if r in regimes.REGIME_BY_CODE else r
                                 for r in row.regimes)
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
