"""Findings and measures as tables: small lists, loaded whole."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from cnil_case.core import findings, snapshots
from cnil_case.ui import labels, listmodel

TITLE, ARTICLES, SEVERITY, STATE, ORGANISATION = range(5)
KIND, DESCRIPTION, OWNER, MEASURE_STATE, PLANNED, DONE, FINDING = range(7)


def articles_text(codes: Sequence[str]) -> str:
    """"Art. 32, Art. 5(1)(f)": the codes as cited."""
    cite = QCoreApplication.translate("findingsmodel", "Art. {code}", "an article of the GDPR")
    return ", ".join(cite.format(code=code) for code in codes)


class FindingsModel(listmodel.SnapshotListModel):
    """A case's findings in the order they were recorded."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.parties: dict[int, str] = {}

    def headers(self) -> Sequence[str]:
        return [self.tr("Finding"), self.tr("Articles"), self.tr("Severity"), self.tr("State"),
                self.tr("Organisation")]

    def set_parties(self, rows: Sequence[snapshots.PartyRow]) -> None:
        self.parties = {p.id: p.organisation_name for p in rows}
        if self.rowCount():
            self.dataChanged.emit(self.index(0, ORGANISATION), self.index(self.rowCount() - 1, ORGANISATION))

    def cell(self, row: findings.FindingRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return row.title
            if column == ARTICLES:
                return articles_text(row.articles)
            if column == SEVERITY:
                return labels.name(labels.SEVERITIES, row.severity)
            if column == STATE:
                return labels.name(labels.FINDING_STATES, row.state)
            if column == ORGANISATION:
                return self.parties.get(row.party_id, "") if row.party_id is not None else ""
        elif role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return row.facts or None
        return None


class MeasuresModel(listmodel.SnapshotListModel):
    """A case's measures; the finding column names the finding a measure answers."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.findings: dict[int, str] = {}

    def headers(self) -> Sequence[str]:
        return [self.tr("Kind"), self.tr("Measure"), self.tr("Owner"), self.tr("State"), self.tr("Planned"),
                self.tr("Done"), self.tr("Finding")]

    def set_findings(self, rows: Sequence[findings.FindingRow]) -> None:
        self.findings = {f.id: f.title for f in rows}
        if self.rowCount():
            self.dataChanged.emit(self.index(0, FINDING), self.index(self.rowCount() - 1, FINDING))

    def cell(self, row: findings.MeasureRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == KIND:
                return labels.name(labels.MEASURE_KINDS, row.kind)
            if column == DESCRIPTION:
                return row.description.replace("\n", " ")
            if column == OWNER:
                return row.owner
            if column == MEASURE_STATE:
                return labels.name(labels.MEASURE_STATES, row.state)
            if column == PLANNED:
                return row.planned_on.isoformat() if row.planned_on else ""
            if column == DONE:
                return row.done_on.isoformat() if row.done_on else ""
            if column == FINDING:
                return self.findings.get(row.finding_id, "") if row.finding_id is not None else ""
        elif role == Qt.ItemDataRole.ToolTipRole and column == DESCRIPTION:
            return row.notes or None
        return None
