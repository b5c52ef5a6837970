"""The home's three lists: open cases with their most urgent clock, late requests, recent activity.

Each is a short in-memory list (tens of rows) replaced as a whole when the workspace is read
again, every minute; the views keep the selected row by its id across the reset.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from cnil_case.core import deadlines, home, times
from cnil_case.core.phrases import Duration
from cnil_case.ui import clockcells, historymodel, language

ClockState = deadlines.ClockState
Index = QModelIndex | QPersistentModelIndex

# The row's identity (a case id, a clock key, a request or audit entry id), kept across resets.
KeyRole = Qt.ItemDataRole.UserRole

Row = TypeVar("Row")


@dataclass(frozen=True)
class CaseLine:
    """An open case and the clock to show beside it (its most urgent open one; None if it has none)."""

    case_id: int
    reference: str
    title: str
    clock: deadlines.Clock | None


def case_lines(references: dict[int, str], titles: dict[int, str], clocks: Sequence[deadlines.Clock],
               *, every: frozenset[ClockState] = frozenset()) -> list[CaseLine]:
    """One line per case with its most urgent open clock, most urgent case first; cases with
    nothing running follow, by reference. With ``every``, one line per clock in those states instead.

    ``clocks`` are in the core's order of urgency (``obligations.across_cases``), which is kept.
    """
    if every:
        return [CaseLine(c.case_id, c.case_reference, titles.get(c.case_id, ""), c) for c in clocks if c.state in every]
    lines: dict[int, CaseLine] = {}
    for clock in clocks:
        if clock.is_open and clock.case_id in references and clock.case_id not in lines:
            lines[clock.case_id] = CaseLine(clock.case_id, references[clock.case_id], titles.get(clock.case_id, ""), clock)
    quiet = sorted((case_id for case_id in references if case_id not in lines), key=lambda i: references[i])
    return [*lines.values(), *(CaseLine(i, references[i], titles.get(i, ""), None) for i in quiet)]


class _ListModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over a list of snapshots."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._now = dt.datetime.now(dt.UTC)

    def headers(self) -> Sequence[str]:
        raise TypeError(f"{type(self).__name__} must define headers()")  # abstract: every subclass overrides it

    def cell(self, row: Row, column: int, role: int) -> Any:
        raise TypeError(f"{type(self).__name__} must define cell()")  # abstract: every subclass overrides it

    def key(self, row: Row) -> object:
        raise TypeError(f"{type(self).__name__} must define key()")  # abstract: every subclass overrides it

    def show(self, rows: Sequence[Row], now: dt.datetime) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = self.headers()
            return names[section] if 0 <= section < len(names) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == KeyRole:
            return self.key(row)
        return self.cell(row, index.column(), role)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


# --- open cases ---------------------------------------------------------------------------------

# The due time last: the time left says the same, and a narrow window scrolls it out of view first.
CASE, STATE, COUNTDOWN, OBLIGATION, DUE = range(5)


class CasesModel(_ListModel[CaseLine]):
    """Open cases, each with its most urgent clock (or every clock of one state, when filtered)."""

    def headers(self) -> Sequence[str]:
        return [self.tr("Case"), self.tr("State"), self.tr("Time left"), self.tr("Most urgent obligation"), self.tr("Due")]

    def key(self, row: CaseLine) -> object:
        return (row.case_id, row.clock.key if row.clock else None)

    def cell(self, row: CaseLine, column: int, role: int) -> Any:
        clock = row.clock
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CASE:
                return row.reference
            if clock is None:
                return self.tr("No clock running") if column == STATE else "—"
            if column == STATE:
                return clockcells.state_text(clock.state)
            if column == COUNTDOWN:
                return clockcells.countdown_text(clock, self._now)
            if column == DUE:
                return clockcells.due_text(clock)
            if column == OBLIGATION:
                return f"{clockcells.headline(clock)} — {language.text(clock.duty.title)}"
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == CASE:
                return self.tr("{reference}: {title}\nOpen the case (double-click or Enter)").format(
                    reference=row.reference, title=row.title)
            if clock is not None:
                return self.tr("{duty}\n{basis}\nOpen the case on this obligation (double-click or Enter)").format(
                    duty=clockcells.duty_text(clock), basis=language.text(clock.duty.basis))
        elif role == Qt.ItemDataRole.FontRole and column == CASE:
            return _bold()
        elif clock is not None and role == Qt.ItemDataRole.BackgroundRole and column == STATE:
            return clockcells.state_background(clock.state)
        elif role == Qt.ItemDataRole.ForegroundRole:
            if clock is None:
                return clockcells.row_foreground(ClockState.WAITING) if column != CASE else None
            if column == STATE:
                return clockcells.state_foreground(clock.state)
            if column == COUNTDOWN:
                return clockcells.countdown_foreground(clock.state)
            return clockcells.row_foreground(clock.state) if column != CASE else None
        return None


# --- requests -----------------------------------------------------------------------------------

R_STATE, R_LATE, R_CASE, R_RECIPIENT, R_REQUEST, R_DUE = range(6)


class RequestsModel(_ListModel[home.PendingRequest]):
    """Requests to the parties whose answer is late or due soon, most late first."""

    def headers(self) -> Sequence[str]:
        return [self.tr("State"), self.tr("Late by / left"), self.tr("Case"), self.tr("Recipient"),
                self.tr("Request"), self.tr("Answer due")]

    def key(self, row: home.PendingRequest) -> object:
        return row.id

    def _state(self, row: home.PendingRequest) -> ClockState:
        return ClockState.OVERDUE if row.overdue else ClockState.DUE_SOON

    def cell(self, row: home.PendingRequest, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == R_STATE:
                if row.overdue:
                    return self.tr("Late, partly answered") if row.partly_answered else self.tr("Late")
                return self.tr("Due soon")
            if column == R_LATE:
                duration = language.text(Duration(row.late_by))
                if row.overdue:
                    return self.tr("late by {duration}").format(duration=duration)
                return self.tr("{duration} left").format(duration=duration)
            if column == R_DUE:
                return language.text(deadlines.describe_moment(row.due, row.zone))
            if column == R_CASE:
                return row.case_reference
            if column == R_RECIPIENT:
                return row.recipient or "—"
            if column == R_REQUEST:
                return row.subject
        elif role == Qt.ItemDataRole.ToolTipRole:
            sent = language.text(deadlines.describe_moment(row.sent, row.zone))
            return self.tr("{subject}\nSent {sent} to {recipient} ({case})\n"
                           "Open it in the case's Correspondence tab (double-click or Enter)").format(
                subject=row.subject, sent=sent, recipient=row.recipient or "—", case=row.case_reference)
        elif role == Qt.ItemDataRole.BackgroundRole and column == R_STATE:
            return clockcells.state_background(self._state(row))
        elif role == Qt.ItemDataRole.ForegroundRole:
            if column == R_STATE:
                return clockcells.state_foreground(self._state(row))
            if column == R_LATE:
                return clockcells.countdown_foreground(self._state(row))
        elif role == Qt.ItemDataRole.FontRole and column == R_CASE:
            return _bold()
        return None


# --- activity -----------------------------------------------------------------------------------

A_WHEN, A_WHO, A_WHAT, A_CASE = range(4)


class ActivityModel(_ListModel[home.Activity]):
    """The newest audit entries of the workspace, newest first."""

    def headers(self) -> Sequence[str]:
        return [self.tr("When"), self.tr("Who"), self.tr("What happened"), self.tr("Case")]

    def key(self, row: home.Activity) -> object:
        return row.entry.id

    def when(self, at: dt.datetime, zone: str) -> str:
        """``just now``, ``12 min ago``, ``today 09:14``, ``yesterday 17:02``, else the date."""
        elapsed = self._now - at
        if elapsed < dt.timedelta(minutes=1):
            return self.tr("just now")
        if elapsed < dt.timedelta(hours=1):
            return self.tr("%n min ago", "", int(elapsed.total_seconds() // 60))
        local, today = at.astimezone(times.zone(zone)), self._now.astimezone(times.zone(zone)).date()
        if local.date() == today:
            return self.tr("today {time}").format(time=f"{local:%H:%M}")
        if local.date() == today - dt.timedelta(days=1):
            return self.tr("yesterday {time}").format(time=f"{local:%H:%M}")
        return f"{local:%Y-%m-%d %H:%M}"

    def cell(self, row: home.Activity, column: int, role: int) -> Any:
        entry = row.entry
        if role == Qt.ItemDataRole.DisplayRole:
            if column == A_WHEN:
                return self.when(entry.at, row.zone)
            if column == A_WHO:
                return entry.actor
            if column == A_WHAT:
                return entry.summary
            if column == A_CASE:
                if row.case_reference:
                    return row.case_reference
                return self.tr("(deleted case)") if entry.case_id is not None else self.tr("workspace")
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == A_WHEN:
                return times.display(entry.at, row.zone, "exact")
            if column == A_CASE and row.case_id is not None:
                return self.tr("{reference}: {title}\nOpen the case (double-click or Enter)").format(
                    reference=row.case_reference, title=row.case_title)
            return historymodel.details(entry)
        elif role == Qt.ItemDataRole.ForegroundRole and column in (A_WHEN, A_CASE) and row.case_id is None:
            return clockcells.row_foreground(ClockState.WAITING)
        return None
