"""Correspondence as a table: a case's thread (answers indented under their request), or one
organisation's items across cases (with a Case column)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush

from cnil_case.core import correspondence, times
from cnil_case.ui import labels, listmodel, theme

CASE, KIND, SUBJECT, PARTIES, SENT, LIMIT, DUE, STATE, DELAY = range(9)
# The state first, so it stays in view on a narrow screen (as on the dashboard).
THREAD_COLUMNS = (STATE, KIND, SUBJECT, PARTIES, SENT, DUE, LIMIT, DELAY)
ORGANISATION_COLUMNS = (STATE, CASE, KIND, SUBJECT, PARTIES, SENT, DUE, DELAY)

State = correspondence.State
# Text colour of each state (theme names, so they read on a light or dark palette; awaiting keeps
# the table's own text colour), and a tinted background for the rows that need the user.
STATE_COLOURS = {
    State.OVERDUE: "overdue",
    State.PARTLY_ANSWERED: "due_soon",
    State.ANSWERED: "met",
    State.CLOSED: "muted",
}
_OVERDUE_BACKGROUND = "critical_background"
_INDENT = "    "


def delay_text(delay: dt.timedelta | None) -> str:
    """A response delay in days (and hours under two days)."""
    if delay is None:
        return ""
    hours = int(delay.total_seconds() // 3600)
    if hours < 48:
        return QCoreApplication.translate("correspondencemodel", "{hours} h", "hours").format(hours=hours)
    return QCoreApplication.translate("correspondencemodel", "{days} d", "days").format(days=hours // 24)


def limit_text(row: correspondence.CorrespondenceRow) -> str:
    if row.limit_date is not None:
        return row.limit_date.isoformat()
    if row.limit_amount is not None and row.limit_unit is not None:
        return f"{row.limit_amount} {labels.name(labels.LIMIT_UNITS, row.limit_unit)}"
    return ""


class CorrespondenceModel(listmodel.SnapshotListModel):
    """Correspondence rows in the order given (the core's thread order); times in ``zone``."""

    def __init__(self, *, columns: Sequence[int] = THREAD_COLUMNS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.zone = times.DEFAULT_ZONE
        self._depths: dict[int, int] = {}

    def headers(self) -> Sequence[str]:
        names = {CASE: self.tr("Case"), KIND: self.tr("Kind"), SUBJECT: self.tr("Subject"),
                 PARTIES: self.tr("From → to"), SENT: self.tr("Sent"), LIMIT: self.tr("Time limit"),
                 DUE: self.tr("Due"), STATE: self.tr("State"), DELAY: self.tr("Delay")}
        return [names[c] for c in self.columns]

    def set_rows(self, rows: Sequence[Any]) -> None:
        self._depths = {row.id: correspondence.depth(rows, row) for row in rows}
        super().set_rows(rows)

    def column_of(self, key: int) -> int:
        return self.columns.index(key)

    def cell(self, row: correspondence.CorrespondenceRow, column: int, role: int) -> Any:
        key = self.columns[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.ForegroundRole and key == STATE and row.state in STATE_COLOURS:
            return QBrush(theme.state_color(STATE_COLOURS[row.state]))
        if role == Qt.ItemDataRole.BackgroundRole and row.state == State.OVERDUE:
            return QBrush(theme.state_color(_OVERDUE_BACKGROUND))
        if role == Qt.ItemDataRole.ToolTipRole and key in (SUBJECT, STATE):
            return row.summary or None
        return None

    def _text(self, row: correspondence.CorrespondenceRow, key: int) -> str:
        if key == CASE:
            return row.case_reference
        if key == KIND:
            return labels.name(labels.CORRESPONDENCE_KINDS, row.kind)
        if key == SUBJECT:
            depth = self._depths.get(row.id, 0)
            return (_INDENT * (depth - 1) + _INDENT + "↳ " if depth else "") + row.subject
        if key == PARTIES:
            return f"{row.sender or '—'} → {row.recipient or '—'}"
        if key == SENT:
            return times.display(row.sent.at, self.zone, row.sent.precision)
        if key == LIMIT:
            return limit_text(row)
        if key == DUE:
            return times.display(row.due, self.zone) if row.due else ""
        if key == STATE:
            return labels.name(labels.CORRESPONDENCE_STATES, row.state) if row.state else ""
        if key == DELAY:
            return delay_text(row.delay)
        return ""


def counts(rows: Sequence[correspondence.CorrespondenceRow]) -> dict[str, int]:
    """Requests asked, answered (fully), outstanding (not answered, not closed) and overdue."""
    requests = [r for r in rows if r.kind in correspondence.REQUESTS]
    return {
        "asked": len(requests),
        "answered": sum(r.state == State.ANSWERED for r in requests),
        "outstanding": sum(r.state in (State.AWAITING, State.PARTLY_ANSWERED, State.OVERDUE, State.NONE)
                           for r in requests),
        "overdue": sum(r.state == State.OVERDUE for r in requests),
    }
