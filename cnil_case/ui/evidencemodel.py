"""The Evidence tab's tables: the case's items, and the chain of custody of the selected one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from cnil_case.core import evidence, times
from cnil_case.ui import listmodel

NAME, EXHIBIT, MEDIA, SIZE, SHA, ACQUIRED, FROM, STATUS, EVENTS, ACQUISITIONS = range(10)
WHEN, ACTOR, ACTION, DETAILS = range(4)

_T = "evidencemodel"
STATUSES = {
    "active": QT_TRANSLATE_NOOP("evidencemodel", "active"),
    "withdrawn": QT_TRANSLATE_NOOP("evidencemodel", "withdrawn"),
}
# ``models.CustodyAction`` values, as the custody table shows them.
CUSTODY_ACTIONS = {
    "acquired": QT_TRANSLATE_NOOP("evidencemodel", "acquired"),
    "viewed": QT_TRANSLATE_NOOP("evidencemodel", "viewed"),
    "exported": QT_TRANSLATE_NOOP("evidencemodel", "exported"),
    "verified_ok": QT_TRANSLATE_NOOP("evidencemodel", "verified ok"),
    "verified_failed": QT_TRANSLATE_NOOP("evidencemodel", "verified failed"),
    "transferred": QT_TRANSLATE_NOOP("evidencemodel", "transferred"),
    "withdrawn": QT_TRANSLATE_NOOP("evidencemodel", "withdrawn"),
    "edited": QT_TRANSLATE_NOOP("evidencemodel", "edited"),
}


def label(table: Mapping[str, object], code: str) -> str:
    """The translated name of ``code``; an unknown code shows as stored (underscores as spaces)."""
    text = table.get(code)
    return QCoreApplication.translate(_T, str(text)) if text else code.replace("_", " ")


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"  # unreachable: GiB ends the loop


def details_text(details: dict[str, Any]) -> str:
    return "; ".join(f"{key}: {value}" for key, value in details.items() if value not in ("", None, [], {}))


class EvidenceModel(listmodel.SnapshotListModel):
    """The case's evidence items (tens to a few thousands: loaded whole)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = times.DEFAULT_ZONE

    def headers(self) -> Sequence[str]:
        return (self.tr("Name"), self.tr("Exhibit"), self.tr("Media type"), self.tr("Size"), self.tr("SHA-256"),
                self.tr("Acquired"), self.tr("From"), self.tr("Status"), self.tr("Events"),
                self.tr("Acquisitions"))

    def set_zone(self, zone: str) -> None:
        self.zone = zone
        if self._rows:
            self.dataChanged.emit(self.index(0, ACQUIRED), self.index(len(self._rows) - 1, ACQUIRED))

    def cell(self, row: evidence.EvidenceRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SHA:
                return row.sha256
            if column == NAME:
                return row.original_path or row.original_name
            if column == SIZE:
                return QCoreApplication.translate(_T, "{size} bytes").format(size=f"{row.size:,}".replace(",", "\u202f"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SIZE, EVENTS, ACQUISITIONS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.status != "active":
            return Qt.GlobalColor.gray
        return None

    def _display(self, row: evidence.EvidenceRow, column: int) -> str | None:
        if column == NAME:
            return row.original_name
        if column == EXHIBIT:
            return row.exhibit
        if column == MEDIA:
            return row.media_type
        if column == SIZE:
            return human_size(row.size)
        if column == SHA:
            return row.sha256[:12] + "…"
        if column == ACQUIRED:
            return times.display(row.acquired.at, self.zone, row.acquired.precision) if row.acquired else ""
        if column == FROM:
            return row.from_party_name
        if column == STATUS:
            return label(STATUSES, row.status)
        if column == EVENTS:
            return str(len(row.events))
        if column == ACQUISITIONS:
            return str(row.acquisitions)
        return None


class CustodyModel(listmodel.SnapshotListModel):
    """The append-only custody log of one item, oldest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = times.DEFAULT_ZONE

    def headers(self) -> Sequence[str]:
        return (self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Details"))

    def cell(self, row: evidence.CustodyRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == ACTION and row.action == "verified_failed":
            return Qt.GlobalColor.red
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == WHEN:
            return times.display(row.at, self.zone, "exact")
        if column == ACTOR:
            return row.actor
        if column == ACTION:
            return label(CUSTODY_ACTIONS, row.action)
        if column == DETAILS:
            return details_text(row.details)
        return None
