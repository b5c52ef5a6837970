"""How a regulatory clock reads in a table: its state (colour and text), due time and countdown.

Shared by the case's Obligations tab and the dashboard, so a clock looks the same in both. The
state is never told by colour alone: the text says it too.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QFont

from cnil_case.core import deadlines
from cnil_case.core.phrases import Duration
from cnil_case.ui import labels, language, theme

ClockState = deadlines.ClockState

# The fill of the state cell (a theme colour, so it follows a light or dark palette); None keeps
# the table's own colours. Its text is black or white, whichever reads better on it (WCAG AA).
_STATE_BACKGROUNDS: dict[ClockState, str | None] = {
    ClockState.OVERDUE: "overdue_background",
    ClockState.DUE_SOON: "due_soon_background",
    ClockState.RUNNING: None,
    ClockState.FULFILLED_ON_TIME: "met_background",
    ClockState.FULFILLED_LATE: "late_background",
    ClockState.NOT_REQUIRED: None,
    ClockState.WAITING: None,
}
# The countdown of an urgent clock is coloured too, readable on the palette's rows.
_COUNTDOWN_COLOURS = {ClockState.OVERDUE: "overdue", ClockState.DUE_SOON: "due_soon"}
# Rows the user need not act on are greyed; a clock that has not started is also in italics.
_MUTED = frozenset({ClockState.WAITING, ClockState.NOT_REQUIRED})


def state_text(state: ClockState) -> str:
    return labels.name(labels.CLOCK_STATES, state.value)


def state_background(state: ClockState) -> QBrush | None:
    name = _STATE_BACKGROUNDS[state]
    return QBrush(theme.state_color(name)) if name else None


def state_foreground(state: ClockState) -> QBrush | None:
    name = _STATE_BACKGROUNDS[state]
    if name:
        return QBrush(theme.text_on(theme.state_color(name)))
    return QBrush(theme.state_color("muted")) if state in _MUTED else None


def countdown_foreground(state: ClockState) -> QBrush | None:
    name = _COUNTDOWN_COLOURS.get(state)
    return QBrush(theme.state_color(name)) if name else None


def row_foreground(state: ClockState) -> QBrush | None:
    """The text colour of a whole row: grey for clocks nobody needs to act on now."""
    return QBrush(theme.state_color("muted")) if state in _MUTED else None


def row_font(state: ClockState, *, bold: bool = False) -> QFont | None:
    if state is not ClockState.WAITING and not bold:
        return None
    font = QFont()
    font.setItalic(state is ClockState.WAITING)
    font.setBold(bold)
    return font


def duty_text(clock: deadlines.Clock) -> str:
    return f"{language.text(clock.duty.article)} — {language.text(clock.duty.title)}"


# The glossary entry that explains each duty (see glossary.py), by duty code or code prefix.
_DUTY_TERMS = {
    "gdpr_33_1": "art33_notification", "gdpr_33_4": "notification_in_phases", "gdpr_33_2": "processor",
    "gdpr_33_2_sub": "processor", "gdpr_34": "art34_communication", "nis2": "nis2_significant_incident",
    "dora": "dora_major_incident",
}


def duty_terms(clock: deadlines.Clock) -> list[str]:
    """The glossary terms a reader of this clock may need: its duty, and "without undue delay"
    when the law sets no hours for it (GDPR Art. 33(2), 34(1))."""
    code = clock.duty.code
    found = [term for key, term in _DUTY_TERMS.items() if code == key or code.startswith(key + "_")][:1]
    if clock.due is None and clock.state not in _MUTED:
        found.append("without_undue_delay")
    return found


def phase_text(clock: deadlines.Clock) -> str:
    """Initial, complementary, intermediate or final; a dash for a duty done in one step."""
    return "—" if clock.duty.phase == "single" else labels.name(labels.PHASES, clock.duty.phase)


def start_text(clock: deadlines.Clock) -> str:
    """When the clock started, in the case's zone; a dash if it has not."""
    return "—" if clock.start is None else language.text(deadlines.describe_moment(clock.start, clock.zone))


def due_text(clock: deadlines.Clock) -> str:
    """The deadline as ``deadlines.describe_due`` words it; without one, why not."""
    if clock.due is not None:
        return language.text(deadlines.describe_due(clock))
    if clock.state is ClockState.WAITING:
        return QCoreApplication.translate("clockcells", "once started")
    if clock.state is ClockState.NOT_REQUIRED:
        return "—"
    return QCoreApplication.translate("clockcells", "without undue delay")


def countdown_text(clock: deadlines.Clock, now: dt.datetime) -> str:
    """Time left, overdue by, elapsed (no deadline in the law), or why there is no count."""
    state = clock.state
    def duration(delta: dt.timedelta) -> str:
        return language.text(Duration(delta))

    if state is ClockState.WAITING:
        return QCoreApplication.translate("clockcells", "not started")
    if state is ClockState.NOT_REQUIRED:
        return "—"
    fulfilled = clock.recorded.fulfilled
    if state in (ClockState.FULFILLED_ON_TIME, ClockState.FULFILLED_LATE):
        if clock.due is None or fulfilled is None:
            return QCoreApplication.translate("clockcells", "done")
        margin = clock.due - fulfilled.at
        if state is ClockState.FULFILLED_LATE:
            return QCoreApplication.translate("clockcells", "done {duration} late").format(duration=duration(margin))
        return QCoreApplication.translate("clockcells", "done {duration} early").format(duration=duration(margin))
    remaining = clock.remaining(now)
    if remaining is None:
        elapsed = clock.elapsed(now)
        return QCoreApplication.translate("clockcells", "{duration} elapsed").format(duration=duration(elapsed)) if elapsed is not None else ""
    if remaining.total_seconds() <= 0:
        return QCoreApplication.translate("clockcells", "overdue by {duration}").format(duration=duration(remaining))
    return QCoreApplication.translate("clockcells", "{duration} left").format(duration=duration(remaining))


def headline(clock: deadlines.Clock) -> str:
    """One line naming the obligation: ``GDPR Art. 33(1) Mutuelle X → supervisory authority``."""
    return f"{language.text(clock.duty.article)} {clock.debtor} → {language.text(clock.recipient)}"
