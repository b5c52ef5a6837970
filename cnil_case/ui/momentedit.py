"""A moment typed as a local date and time in a zone, with its precision, or unknown.

The editor shows the zone and the UTC offset that the typed time would have, live, and says so
when the time falls in a daylight-saving gap or happens twice. ``moment`` turns the input into an
aware instant through ``times.resolve_local``: a gap raises the domain's message, and an
ambiguous time asks the user which of the two instants is meant.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QWidget,
)

from cnil_case.core import errors, models, snapshots, times
from cnil_case.ui import labels, messages, wallclock


class FoldCancelled(Exception):
    """The user dismissed the question about an ambiguous time: the form stays as it is."""


_TIME_FORMATS = {"exact": "HH:mm:ss", "minute": "HH:mm", "hour": "HH:00"}


class MomentEdit(QWidget):
    """Date, time and precision of one moment, read in a time zone.

    Signals:
        changed(): the user edited the moment.
    """

    changed = Signal()

    def __init__(self, *, field: str, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self._optional = optional
        self._zone = times.DEFAULT_ZONE
        self.unknown = QCheckBox(self.tr("Unknown"), self)
        self.unknown.setVisible(optional)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.time = QTimeEdit(self)
        self.precision = QComboBox(self)
        for code in models.Precision.values():
            self.precision.addItem(labels.name(labels.PRECISIONS, code), code)
        self.offset = QLabel(self)
        self.offset.setObjectName("offsetLabel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.unknown, self.date, self.time, self.precision):
            layout.addWidget(widget)
        layout.addWidget(self.offset, 1)
        self.unknown.toggled.connect(self._refresh)
        self.date.dateChanged.connect(self._refresh)
        self.time.timeChanged.connect(self._refresh)
        self.precision.currentIndexChanged.connect(self._refresh)
        for signal in (self.unknown.toggled, self.date.dateChanged, self.time.timeChanged,
                       self.precision.currentIndexChanged):
            signal.connect(self.changed)
        self.set_moment(None, precision="minute")

    # --- reading and writing ------------------------------------------------------------------

    def set_zone(self, zone: str) -> None:
        """Read and show the wall-clock time in ``zone`` (the typed time is kept as it is)."""
        self._zone = zone
        self._refresh()

    def zone(self) -> str:
        return self._zone

    def set_moment(self, moment: snapshots.Moment | None, *, precision: str = "minute") -> None:
        """Show ``moment`` in the current zone; None shows "unknown" (or now, if required)."""
        blockers = [w.blockSignals(True) for w in (self.unknown, self.date, self.time, self.precision)]
        try:
            if moment is None:
                self.unknown.setChecked(self._optional)
                local = self._now_local()
                self._set_precision(precision)
            else:
                self.unknown.setChecked(False)
                local = moment.at.astimezone(self._tz()) if self._tz() else moment.at
                self._set_precision(moment.precision)
            self.date.setDate(QDate(local.year, local.month, local.day))
            self.time.setTime(QTime(local.hour, local.minute, local.second))
        finally:
            for widget, blocked in zip((self.unknown, self.date, self.time, self.precision), blockers,
                                       strict=True):
                widget.blockSignals(blocked)
        self._refresh()

    def set_unknown(self, unknown: bool) -> None:
        self.unknown.setChecked(unknown)

    def set_local(self, local: dt.datetime, precision: str) -> None:
        """Type a wall-clock time, as the user would."""
        self.unknown.setChecked(False)
        self._set_precision(precision)
        self.date.setDate(QDate(local.year, local.month, local.day))
        self.time.setTime(QTime(local.hour, local.minute, local.second))

    def current_precision(self) -> str:
        return str(self.precision.currentData())

    def is_unknown(self) -> bool:
        return self._optional and self.unknown.isChecked()

    def naive(self) -> dt.datetime:
        """The wall-clock time as typed, cut to the precision."""
        d = self.date.date()
        t = self.time.time()
        precision = self.current_precision()
        hour, minute, second = t.hour(), t.minute(), t.second()
        if precision == "day":
            hour = minute = second = 0
        elif precision == "hour":
            minute = second = 0
        elif precision == "minute":
            second = 0
        return dt.datetime(d.year(), d.month(), d.day(), hour, minute, second)

    def moment(self, parent: QWidget | None) -> snapshots.Moment | None:
        """The instant typed, or None if unknown.

        Raises:
            NonexistentTimeError: the time falls in a daylight-saving gap.
            ValidationError: the zone is not a known time zone.
            FoldCancelled: the time is ambiguous and the user did not choose.
        """
        if self.is_unknown():
            return None
        precision = self.current_precision()
        naive = self.naive()
        if precision == "day":
            return snapshots.Moment(at=times.day_start(naive.date(), self._zone).astimezone(dt.UTC), precision="day")
        try:
            aware = times.resolve_local(naive, self._zone, field=self._field)
        except errors.AmbiguousTimeError as exc:
            fold = messages.ask_fold(parent, exc.candidates)
            if fold is None:
                raise FoldCancelled() from exc
            aware = times.resolve_local(naive, self._zone, fold=fold, field=self._field)
        return snapshots.Moment(at=aware.astimezone(dt.UTC), precision=precision, offset=times.offset_minutes(aware))

    # --- display ------------------------------------------------------------------------------

    def _set_precision(self, precision: str) -> None:
        index = self.precision.findData(precision)
        self.precision.setCurrentIndex(max(index, 0))

    def _tz(self) -> dt.tzinfo | None:
        try:
            return times.zone(self._zone)
        except errors.UserError:
            return None

    def _now_local(self) -> dt.datetime:
        tz = self._tz()
        now = wallclock.now()
        return now.astimezone(tz) if tz else now

    def _refresh(self) -> None:
        unknown = self.is_unknown()
        precision = self.current_precision()
        for widget in (self.date, self.time, self.precision):
            widget.setEnabled(not unknown)
        self.time.setVisible(precision != "day")
        self.time.setDisplayFormat(_TIME_FORMATS.get(precision, "HH:mm"))
        self.offset.setText("" if unknown else self._offset_text(precision))

    def _offset_text(self, precision: str) -> str:
        if self._tz() is None:
            return self.tr("unknown time zone {zone}").format(zone=self._zone)
        if precision == "day":
            return self._zone
        found = times.candidates(self.naive(), self._zone)
        if not found:
            return self.tr("{zone}: this time does not exist (clocks jump forward)").format(zone=self._zone)
        if len(found) == 2:
            return self.tr("{zone}: happens twice, {first} or {second}").format(
                zone=self._zone, first=times.format_offset(found[0]), second=times.format_offset(found[1])
            )
        return f"{self._zone}, {times.format_offset(found[0])}"
