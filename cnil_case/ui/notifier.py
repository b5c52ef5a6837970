"""Desktop notifications when a clock enters its last hours or passes its deadline.

``Notifier.observe`` is fed every dashboard reading. It announces each clock once per state it
enters (due soon, then overdue), remembering which it already announced; at start-up, what is
already urgent is summed up in one notification instead of one per clock. Announcements go to the
system tray when there is one, otherwise to the window's banner; the ``announced`` signal is the
seam tests observe.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from cnil_case.core import deadlines
from cnil_case.core.phrases import Duration
from cnil_case.ui import clockcells, language
from cnil_case.ui import preferences as preferences_module

ClockState = deadlines.ClockState
WATCHED = (ClockState.DUE_SOON, ClockState.OVERDUE)
# More clocks than this becoming urgent at once (a threshold raised, a case imported) are summed
# up in one notification.
MAX_SEPARATE = 3
TRAY_TIMEOUT_MS = 20_000


class Level(enum.Enum):
    WARNING = "warning"
    CRITICAL = "critical"


@dataclass(frozen=True)
class Announcement:
    """One notification: about one clock (``key`` set), or a summary (``key`` None)."""

    title: str
    text: str
    level: Level
    case_id: int | None = None
    key: deadlines.ObligationKey | None = None


def tray_available() -> bool:
    """Whether the desktop shows tray notifications (a seam: tests say no)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


class Notifier(QObject):
    """Decides what to announce and shows it.

    Signals:
        announced(object): an ``Announcement`` was made (it is shown in the tray, or the window
            shows it in its banner and status bar).
        open_requested(object): the user clicked a tray notification; carries its ``Announcement``.
    """

    announced = Signal(object)
    open_requested = Signal(object)

    def __init__(self, *, preferences: preferences_module.Preferences, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self._seen: set[tuple[deadlines.ObligationKey, ClockState]] = set()
        self._primed = False
        self._last: Announcement | None = None
        self.tray: QSystemTrayIcon | None = None
        if tray_available():
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("cnil-case")
            self.tray.messageClicked.connect(self._tray_clicked)
            self.tray.show()

    @property
    def uses_tray(self) -> bool:
        return self.tray is not None

    def observe(self, clocks: Iterable[deadlines.Clock], now: dt.datetime) -> list[Announcement]:
        """Look at the clocks of the open cases; announce those that became urgent. Returns what
        was announced (nothing when notifications are off: what they would have said is still
        remembered, so turning them on does not announce the past)."""
        urgent = [clock for clock in clocks if clock.state in WATCHED]
        fresh = [clock for clock in urgent if (clock.key, clock.state) not in self._seen]
        self._seen.update((clock.key, clock.state) for clock in urgent)
        first, self._primed = not self._primed, True
        if not fresh:
            return []
        if first or len(fresh) > MAX_SEPARATE:
            made = [self._summary(fresh, start_up=first)]
        else:
            made = [self._about(clock, now) for clock in fresh]
        if not self._preferences.notifications:
            return []
        for announcement in made:
            self._show(announcement)
        return made

    def _about(self, clock: deadlines.Clock, now: dt.datetime) -> Announcement:
        remaining = clock.remaining(now)
        assert remaining is not None  # only clocks with a deadline can be due soon or overdue
        what = f"{clock.case_reference} · {clockcells.headline(clock)}"
        if clock.state is ClockState.OVERDUE:
            return Announcement(
                title=self.tr("Deadline passed"),
                text=self.tr("{what}: overdue by {duration} (deadline {due})").format(
                    what=what, duration=language.text(Duration(remaining)), due=language.text(deadlines.describe_due(clock))),
                level=Level.CRITICAL, case_id=clock.case_id, key=clock.key)
        return Announcement(
            title=self.tr("Deadline near"),
            text=self.tr("{what}: due in {duration} ({due})").format(
                what=what, duration=language.text(Duration(remaining)), due=language.text(deadlines.describe_due(clock))),
            level=Level.WARNING, case_id=clock.case_id, key=clock.key)

    def _summary(self, clocks: list[deadlines.Clock], *, start_up: bool) -> Announcement:
        overdue = sum(clock.state is ClockState.OVERDUE for clock in clocks)
        due_soon = len(clocks) - overdue
        parts = []
        if overdue:
            parts.append(self.tr("%n overdue", "", overdue))
        if due_soon:
            parts.append(self.tr("%n due soon", "", due_soon))
        references = sorted({clock.case_reference for clock in clocks})
        shown = ", ".join(references[:MAX_SEPARATE]) + (", …" if len(references) > MAX_SEPARATE else "")
        text = self.tr("{counts} in {cases}").format(counts=self.tr(" and ").join(parts), cases=shown)
        return Announcement(
            title=self.tr("Deadlines to watch") if start_up else self.tr("Deadlines near"),
            text=text, level=Level.CRITICAL if overdue else Level.WARNING)

    def _show(self, announcement: Announcement) -> None:
        self._last = announcement
        if self.tray is not None:
            icon = (QSystemTrayIcon.MessageIcon.Critical if announcement.level is Level.CRITICAL
                    else QSystemTrayIcon.MessageIcon.Warning)
            self.tray.showMessage(f"cnil-case: {announcement.title}", announcement.text, icon, TRAY_TIMEOUT_MS)
        self.announced.emit(announcement)

    def _tray_clicked(self) -> None:
        if self._last is not None:
            self.open_requested.emit(self._last)
