"""The deadlines dashboard: every clock of every open case, most urgent first, filtered in memory.

One read gives all the clocks (a workspace holds tens of cases, a few hundred clocks), in the
core's order of urgency, which the table keeps. Filters (state group, regime, text) apply to that
list in memory, so changing one costs no query.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from cnil_case.core import cases, correspondence, deadlines, obligations, snapshots
from cnil_case.ui import clockcells, clocklistmodel, language, wallclock
from cnil_case.ui import tasks as tasks_module

ClockState = deadlines.ClockState

# The state, the time left and the deadline first, so they stay in view on a narrow screen; then
# who owes what to whom, read as a sentence.
STATE, COUNTDOWN, DUE, CASE, PARTY, DUTY, RECIPIENT = range(7)

OPEN, DONE, ALL = "open", "done", "all"
GROUPS: dict[str, frozenset[ClockState]] = {
    OPEN: frozenset({ClockState.OVERDUE, ClockState.DUE_SOON, ClockState.RUNNING, ClockState.WAITING}),
    DONE: frozenset({ClockState.FULFILLED_ON_TIME, ClockState.FULFILLED_LATE, ClockState.NOT_REQUIRED}),
    ALL: frozenset(ClockState),
}


@dataclass(frozen=True)
class DashboardFilter:
    """What the dashboard shows: a state group, one regime (or all), text in the case or party."""

    group: str = OPEN
    regime: str = ""
    text: str = ""


@dataclass(frozen=True)
class Reading:
    """One read of the workspace's clocks, and what the dashboard needs to know about their cases."""

    now: dt.datetime
    clocks: tuple[deadlines.Clock, ...]
    titles: dict[int, str] = field(default_factory=dict)
    # Every case read (open ones, and closed ones when asked), clocks or not: the home lists them.
    references: dict[int, str] = field(default_factory=dict)
    closed: frozenset[int] = frozenset()
    # Requests to the parties past their time limit without a full answer (open cases).
    overdue_requests: tuple[correspondence.CorrespondenceRow, ...] = ()

    def open_case_clocks(self) -> list[deadlines.Clock]:
        """The clocks of cases still open: the ones worth a notification."""
        return [clock for clock in self.clocks if clock.case_id not in self.closed]


def reading_of(now: dt.datetime, clocks: Sequence[deadlines.Clock], rows: Sequence[snapshots.CaseRow],
               overdue_requests: Sequence[correspondence.CorrespondenceRow] = ()) -> Reading:
    """Gather what one read of the database returned."""
    return Reading(
        now=now,
        clocks=tuple(clocks),
        titles={row.id: row.title for row in rows},
        references={row.id: row.reference for row in rows},
        closed=frozenset(row.id for row in rows if row.status == "closed"),
        overdue_requests=tuple(overdue_requests),
    )


class DashboardModel(clocklistmodel.ClockListModel):
    """The workspace's clocks, most urgent first.

    Signals:
        read(object): a new ``Reading`` arrived from the database (not sent for filter changes).
    """

    read = Signal(object)

    state_column = STATE
    countdown_column = COUNTDOWN

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._reading = Reading(now=wallclock.now(), clocks=())
        self._filter = DashboardFilter()
        self._generation = 0

    @property
    def reading(self) -> Reading:
        return self._reading

    @property
    def dashboard_filter(self) -> DashboardFilter:
        return self._filter

    def headers(self) -> Sequence[str]:
        return [self.tr("State"), self.tr("Time left"), self.tr("Due"), self.tr("Case"), self.tr("Party"),
                self.tr("Duty"), self.tr("Recipient")]

    def load(self, *, due_soon: dt.timedelta, include_closed: bool) -> None:
        """Read every case's clocks now."""
        self._generation += 1
        now = wallclock.now()
        self._tasks.run_db(
            lambda s: reading_of(
                now,
                obligations.across_cases(s, now=now, due_soon=due_soon, include_closed=include_closed),
                cases.list_rows(s, include_closed=include_closed),
                correspondence.overdue(s, now=now),
            ),
            parent=self,
            success=self._arrived(self._generation),
        )

    def _arrived(self, generation: int) -> Callable[[Reading], None]:
        def done(reading: Reading) -> None:
            if generation != self._generation:
                return
            self._reading = reading
            self.show(self._matching(self._filter), reading.now)
            self.read.emit(reading)
        return done

    def set_filter(self, flt: DashboardFilter) -> None:
        self._filter = flt
        self.show(self._matching(flt), self._reading.now)

    def _matching(self, flt: DashboardFilter, *, group: bool = True) -> list[deadlines.Clock]:
        states = GROUPS.get(flt.group, GROUPS[ALL]) if group else GROUPS[ALL]
        needle = flt.text.strip().casefold()
        return [
            clock for clock in self._reading.clocks
            if clock.state in states
            and (not flt.regime or clock.duty.regime == flt.regime)
            and (not needle or needle in self._haystack(clock))
        ]

    def _haystack(self, clock: deadlines.Clock) -> str:
        title = self._reading.titles.get(clock.case_id, "")
        return f"{clock.case_reference}\n{title}\n{clock.debtor}\n{clock.recipient}".casefold()

    def counts(self) -> dict[ClockState, int]:
        """Clocks per state among those the regime and text filters let through (any state group)."""
        found = {state: 0 for state in ClockState}
        for clock in self._matching(self._filter, group=False):
            found[clock.state] += 1
        return found

    def cell(self, clock: deadlines.Clock, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(clock, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == CASE:
                title = self._reading.titles.get(clock.case_id, "")
                closed = self.tr(" (closed)") if clock.case_id in self._reading.closed else ""
                return f"{clock.case_reference}{closed}: {title}" if title else None
            if column == DUTY:
                return f"{clockcells.duty_text(clock)}\n\n{language.text(clock.duty.basis)}"
            # Any other cell names the whole obligation: on a narrow window, some columns are
            # scrolled out of view.
            state = language.text(clock.explanation[-1]) if clock.explanation else ""
            return f"{clock.case_reference} · {clockcells.headline(clock)}\n{clockcells.duty_text(clock)}\n{state}"
        return None

    def _text(self, clock: deadlines.Clock, column: int) -> str | None:
        if column == CASE:
            if clock.case_id in self._reading.closed:
                return self.tr("{reference} (closed)").format(reference=clock.case_reference)
            return clock.case_reference
        if column == PARTY:
            return clock.debtor
        if column == DUTY:
            return clockcells.duty_text(clock)
        if column == RECIPIENT:
            return language.text(clock.recipient)
        if column == DUE:
            return clockcells.due_text(clock)
        if column == COUNTDOWN:
            return clockcells.countdown_text(clock, self.now)
        if column == STATE:
            return clockcells.state_text(clock.state)
        return None
