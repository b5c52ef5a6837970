"""The obligations of one case: every clock of every party, in party then regime-table order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from cnil_case.core import deadlines, obligations
from cnil_case.ui import clockcells, clocklistmodel, language, wallclock
from cnil_case.ui import tasks as tasks_module

# What a DPO reads first comes first, so it stays in view on a narrow screen: the state, the time
# left and the deadline; then who owes what to whom; then the phase and how the clock started.
STATE, COUNTDOWN, DUE, PARTY, DUTY, RECIPIENT, PHASE, START = range(8)


class ObligationsModel(clocklistmodel.ClockListModel):
    """A case's clocks, read through ``tasks``; times in the case's zone."""

    state_column = STATE
    countdown_column = COUNTDOWN

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._case_id: int | None = None
        self._due_soon = deadlines.DEFAULT_DUE_SOON
        # Bumped by every read, so an answer overtaken by a newer read (or a case switch) is dropped.
        self._generation = 0

    @property
    def case_id(self) -> int | None:
        return self._case_id

    def headers(self) -> Sequence[str]:
        return [self.tr("State"), self.tr("Time left"), self.tr("Due"), self.tr("Party"), self.tr("Duty"),
                self.tr("Recipient"), self.tr("Phase"), self.tr("Clock start")]

    def load(self, case_id: int | None, *, due_soon: dt.timedelta) -> None:
        """Read the clocks of ``case_id`` now (None empties the table)."""
        if case_id != self._case_id:
            # Another case's clocks must not stay on screen while this one's are read.
            self.show([], wallclock.now())
        self._case_id = case_id
        self._due_soon = due_soon
        self._generation += 1
        if case_id is None:
            return
        now = wallclock.now()
        self._tasks.run_db(lambda s: obligations.for_case(s, case_id, now=now, due_soon=due_soon),
                           parent=self, success=self._arrived(self._generation, now))

    def refresh(self, *, due_soon: dt.timedelta | None = None) -> None:
        """Read the same case's clocks again (a minute passed, or something changed)."""
        if self._case_id is not None:
            self.load(self._case_id, due_soon=self._due_soon if due_soon is None else due_soon)

    def _arrived(self, generation: int, now: dt.datetime) -> Callable[[list[deadlines.Clock]], None]:
        def done(clocks: list[deadlines.Clock]) -> None:
            if generation == self._generation:
                self.show(clocks, now)
        return done

    def cell(self, clock: deadlines.Clock, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(clock, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == DUTY:
                return f"{clockcells.duty_text(clock)}\n\n{language.text(clock.duty.basis)}"
            if column == START:
                return language.text(clock.start_basis)
            if column == DUE and clock.outer is not None and clock.outer != clock.due:
                return self.tr("Outer limit (strict Reg. 1182/71 reading): {when}").format(
                    when=language.text(deadlines.describe_moment(clock.outer, clock.zone)))
            if column in (COUNTDOWN, STATE):
                return language.text(clock.explanation[-1]) if clock.explanation else None
        return None

    def _text(self, clock: deadlines.Clock, column: int) -> str | None:
        if column == PARTY:
            return clock.debtor
        if column == DUTY:
            return clockcells.duty_text(clock)
        if column == PHASE:
            return clockcells.phase_text(clock)
        if column == RECIPIENT:
            return language.text(clock.recipient)
        if column == START:
            return clockcells.start_text(clock)
        if column == DUE:
            return clockcells.due_text(clock)
        if column == COUNTDOWN:
            return clockcells.countdown_text(clock, self.now)
        if column == STATE:
            return clockcells.state_text(clock.state)
        return None
