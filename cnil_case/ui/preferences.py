"""The user's preferences: language, display time zone, default contractual notice, how early a
deadline counts as due soon, notifications, idle lock.

Stored with ``QSettings("cnil-case", "cnil-case")`` (an INI file on Linux, the registry on
Windows). ``app.py`` builds one ``Preferences`` and hands it to the window; tests point QSettings
at a temporary directory.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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
_LANGUAGE_KEY = "general/language"
_ZONE_KEY = "general/display_zone"
_NOTICE_KEY = "deadlines/default_notice_hours"
# "" follows the system's language; ui/language.py installs the translators.
LANGUAGES = ("", "fr", "en")
# core.times.DEFAULT_ZONE (a test keeps them equal; importing core here would load SQLAlchemy).
DEFAULT_DISPLAY_ZONE = "Europe/Paris"
# GDPR Art. 33(2) sets no hours: the processor's contract does. core.snapshots.PartyInput's default
# and core.parties.MAX_HOURS, copied for the same reason (a test keeps them equal).
DEFAULT_NOTICE_HOURS = 24
MAX_NOTICE_HOURS = 24 * 366
# An encrypted workspace's window locks after this long without input (0: never).
DEFAULT_IDLE_LOCK_MINUTES = 15
MAX_IDLE_LOCK_MINUTES = 24 * 60


class Preferences(QObject):
    """Read and write the preferences.

    Signals:
        changed(): a preference was changed (clock states depend on the threshold).
        language_changed(str): the language was changed ("" for the system's, "fr", "en"); emitted
            after ``changed``.
    """

    changed = Signal()
    language_changed = Signal(str)

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

    @property
    def language(self) -> str:
        """The interface language: "" follows the system, else "fr" or "en"."""
        value = str(self._store.value(_LANGUAGE_KEY, "") or "")
        return value if value in LANGUAGES else ""

    @property
    def display_zone(self) -> str:
        """The IANA zone new cases and the home dashboard start from (default Europe/Paris)."""
        value = str(self._store.value(_ZONE_KEY, DEFAULT_DISPLAY_ZONE) or "").strip()
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            # A hand-edited file or a zone this system's tz database lacks.
            return DEFAULT_DISPLAY_ZONE
        return value

    @property
    def default_notice_hours(self) -> int:
        """The contractual notice period (GDPR Art. 33(2)) a new processor party starts from."""
        try:
            hours = int(str(self._store.value(_NOTICE_KEY, DEFAULT_NOTICE_HOURS)))
        except ValueError:
            return DEFAULT_NOTICE_HOURS
        return min(max(hours, 0), MAX_NOTICE_HOURS)

    def update(
        self,
        *,
        due_soon_hours: int | None = None,
        notifications: bool | None = None,
        idle_lock_minutes: int | None = None,
        language: str | None = None,
        display_zone: str | None = None,
        default_notice_hours: int | None = None,
    ) -> bool:
        """Store the values given (None keeps a preference); return whether anything changed.

        ``changed`` is emitted once if so, then ``language_changed`` if the language changed.

        Raises:
            ValueError: an unknown language or time zone.
        """
        if language is not None and language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r} (expected one of {LANGUAGES})")
        if display_zone is not None:
            display_zone = display_zone.strip()
            try:
                ZoneInfo(display_zone)
            except (ZoneInfoNotFoundError, ValueError) as exc:
                raise ValueError(f"{display_zone!r} is not a known IANA time zone") from exc
        wanted: dict[str, object] = {}
        for key, new, old in (
            (_DUE_SOON_KEY, due_soon_hours, self.due_soon_hours),
            (_NOTIFY_KEY, notifications, self.notifications),
            (_IDLE_LOCK_KEY, idle_lock_minutes, self.idle_lock_minutes),
            (_LANGUAGE_KEY, language, self.language),
            (_ZONE_KEY, display_zone, self.display_zone),
            (_NOTICE_KEY, default_notice_hours, self.default_notice_hours),
        ):
            if new is not None and new != old:
                wanted[key] = new
        if not wanted:
            return False
        for key, value in wanted.items():
            self._store.setValue(key, value)
        self._store.sync()
        self.changed.emit()
        if _LANGUAGE_KEY in wanted:
            self.language_changed.emit(self.language)
        return True
