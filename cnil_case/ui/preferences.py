"""The user's preferences: how early a deadline counts as due soon, notifications, idle lock.

Stored with ``QSettings("cnil-case", "cnil-case")`` (an INI file on Linux, the registry on
Windows). ``app.py`` builds one ``Preferences`` and hands it to the window; tests point QSettings
at a temporary directory.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QSettings, Signal

ORGANISATION = APPLICATION = "cnil-case"
# core.deadlines.DEFAULT_DUE_SOON in hours (a test keeps them equal): importing deadlines here
# would make the window's frame wait for SQLAlchemy and the holiday calendars.
DEFAULT_DUE_SOON_HOURS = 12
MIN_DUE_SOON_HOURS = 1
MAX_DUE_SOON_HOURS = 24 * 30

_DUE_SOON_KEY = "deadlines/due_soon_hours"
_NOTIFY_KEY = "deadlines/notifications"
_IDLE_LOCK_KEY = "security/idle_lock_minutes"
# An encrypted workspace's window locks after this long without input (0: never).
DEFAULT_IDLE_LOCK_MINUTES = 15
MAX_IDLE_LOCK_MINUTES = 24 * 60


class Preferences(QObject):
    """Read and write the preferences.

    Signals:
        changed(): a preference was changed (clock states depend on the threshold).
    """

    changed = Signal()

    def __init__(self, store: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        store.setParent(self)

    @classmethod
    def for_user(cls, parent: QObject | None = None) -> Preferences:
        """The preferences of the user running the app."""
        return cls(QSettings(ORGANISATION, APPLICATION), parent)

    @property
    def location(self) -> str:
        return self._store.fileName()

    @property
    def due_soon_hours(self) -> int:
        value = self._store.value(_DUE_SOON_KEY, DEFAULT_DUE_SOON_HOURS)
        try:
            hours = int(str(value))
        except ValueError:
            # A hand-edited file: fall back to the default rather than refuse to start.
            return DEFAULT_DUE_SOON_HOURS
        return min(max(hours, MIN_DUE_SOON_HOURS), MAX_DUE_SOON_HOURS)

    @property
    def due_soon(self) -> dt.timedelta:
        """A clock with less than this left before its deadline is "due soon"."""
        return dt.timedelta(hours=self.due_soon_hours)

    @property
    def notifications(self) -> bool:
        value = self._store.value(_NOTIFY_KEY, True)
        return value if isinstance(value, bool) else str(value).lower() not in ("false", "0", "no")

    @property
    def idle_lock_minutes(self) -> int:
        """Minutes without input before an encrypted workspace's window locks; 0 never locks."""
        try:
            minutes = int(str(self._store.value(_IDLE_LOCK_KEY, DEFAULT_IDLE_LOCK_MINUTES)))
        except ValueError:
            return DEFAULT_IDLE_LOCK_MINUTES
        return min(max(minutes, 0), MAX_IDLE_LOCK_MINUTES)

    def update(self, *, due_soon_hours: int, notifications: bool, idle_lock_minutes: int | None = None) -> bool:
        """Store new values; return whether anything changed (``changed`` is emitted if so)."""
        idle = self.idle_lock_minutes if idle_lock_minutes is None else idle_lock_minutes
        if (due_soon_hours == self.due_soon_hours and notifications == self.notifications
                and idle == self.idle_lock_minutes):
            return False
        self._store.setValue(_DUE_SOON_KEY, int(due_soon_hours))
        self._store.setValue(_NOTIFY_KEY, bool(notifications))
        self._store.setValue(_IDLE_LOCK_KEY, int(idle))
        self._store.sync()
        self.changed.emit()
        return True
