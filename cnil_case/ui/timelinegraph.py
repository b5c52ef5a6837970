"""The Chronology tab: a case's events on a zoomable time axis, one lane per party, with its deadlines.

What is drawn comes from ``core.timelinegraph`` on the database thread: the events of the range
in view one by one when there are few, else their counts per lane and time bucket (a case may
hold a million events). The same painting code draws the widget and the exported image
(``render_png``, ``render_svg``), so a report shows what the screen showed.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QImage,
    QImageWriter,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import deadlines, errors, snapshots, times
from cnil_case.core import timelinegraph as graph
from cnil_case.ui import clockcells, filedialogs, labels, language, messages, wallclock
from cnil_case.ui import tasks as tasks_module

_CONTEXT = "TimelineGraph"

LABEL_WIDTH = 190  # the lane labels' column
AXIS_HEIGHT = 46  # two rows of labels (period, then ticks) above the lanes
LANE_HEIGHT = 38
LEGEND_HEIGHT = 26
TITLE_HEIGHT = 30  # the exported image's heading
RIGHT_MARGIN = 12
BUCKET_PIXELS = 4  # the width of a counted bucket on screen
MIN_TICK_PIXELS = 72  # room for a tick label
MIN_SPAN = dt.timedelta(minutes=2)  # the deepest zoom
ZOOM_STEP = 1.5  # one click of + or -
SCROLL_UNITS = 1000  # the scroll bar's page: one visible width

ClockState = deadlines.ClockState

# Categories by colour (the tooltip names the category too: never colour alone).
_CATEGORY_COLOURS = {
    "attack": "#c62828", "detection": "#ef6c00", "containment": "#6a1b9a", "notification": "#2e7d32",
    "communication": "#00838f", "investigation": "#1565c0", "legal": "#6d4c41", "press": "#546e7a",
    "other": "#757575",
}
# Deadline markers, in the colours of the Obligations tab (clockcells); an open clock is blue.
_STATE_COLOURS = {
    ClockState.OVERDUE: "#c62828", ClockState.DUE_SOON: "#ffb300", ClockState.RUNNING: "#1565c0",
    ClockState.WAITING: "#9e9e9e", ClockState.FULFILLED_ON_TIME: "#2e7d32", ClockState.FULFILLED_LATE: "#a84300",
    ClockState.NOT_REQUIRED: "#9e9e9e",
}
_STAR_COLOUR = "#f9a825"
_COUNT_COLOUR = "#1565c0"
_NOW_COLOUR = "#d32f2f"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


# --- the time axis ------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Step:
    unit: str  # minute, hour, day, week, month, year
    count: int
    seconds: float  # roughly, to choose a step for the zoom


_STEPS = tuple(
    _Step(unit, count, count * per)
    for unit, per, counts in (
        ("minute", 60, (1, 5, 10, 15, 30)), ("hour", 3600, (1, 3, 6, 12)), ("day", 86400, (1, 2)),
        ("week", 7 * 86400, (1,)), ("month", 30.44 * 86400, (1, 3, 6)), ("year", 365.25 * 86400, (1, 2, 5, 10, 25)),
    )
    for count in counts
)
# What the upper row of the axis names for each unit of the ticks.
_PERIOD = {"minute": "day", "hour": "day", "day": "month", "week": "month", "month": "year", "year": ""}


@dataclass(frozen=True)
class Tick:
    at: dt.datetime
    label: str


def choose_step(span: dt.timedelta, pixels: float) -> _Step:
    """The finest step whose ticks are at least ``MIN_TICK_PIXELS`` apart."""
    per_second = pixels / max(1.0, span.total_seconds())
    for step in _STEPS:
        if step.seconds * per_second >= MIN_TICK_PIXELS:
            return step
    return _STEPS[-1]


def _floor(local: dt.datetime, unit: str, count: int) -> dt.datetime:
    """The wall-clock start of the step that holds ``local`` (naive, in the zone)."""
    if unit == "minute":
        minutes = local.hour * 60 + local.minute
        return dt.datetime.combine(local.date(), dt.time()) + dt.timedelta(minutes=minutes - minutes % count)
    if unit == "hour":
        return dt.datetime.combine(local.date(), dt.time(local.hour - local.hour % count))
    day = local.date()
    if unit == "day":
        day -= dt.timedelta(days=day.toordinal() % count)
    elif unit == "week":
        day -= dt.timedelta(days=day.weekday())  # Monday (ISO 8601)
    elif unit == "month":
        day = dt.date(day.year, day.month - (day.month - 1) % count, 1)
    else:
        day = dt.date(day.year - day.year % count, 1, 1)
    return dt.datetime.combine(day, dt.time())


def _next(local: dt.datetime, unit: str, count: int) -> dt.datetime:
    if unit in ("minute", "hour", "day", "week"):
        per = {"minute": dt.timedelta(minutes=1), "hour": dt.timedelta(hours=1), "day": dt.timedelta(days=1),
               "week": dt.timedelta(days=7)}[unit]
        return local + per * count
    months = local.month - 1 + (count if unit == "month" else 12 * count)
    return local.replace(year=local.year + months // 12, month=months % 12 + 1)


def boundaries(start: dt.datetime, end: dt.datetime, zone: str, unit: str, count: int = 1) -> Iterator[dt.datetime]:
    """The instants in [start, end] where a step of the local calendar begins (aware, UTC).

    Steps are counted on the wall clock of ``zone`` (a day is a local day, 23 or 25 hours long
    on the nights the clocks change), so labels read as round local times.
    """
    tz = ZoneInfo(zone)
    local = _floor(start.astimezone(tz).replace(tzinfo=None), unit, count)
    previous: dt.datetime | None = None
    while True:
        instant = local.replace(tzinfo=tz).astimezone(dt.UTC)
        if instant > end:
            return
        if instant >= start and instant != previous:
            yield instant
        previous = instant
        local = _next(local, unit, count)


def _local_text(instant: dt.datetime, zone: str, unit: str, *, period: bool) -> str:
    local = instant.astimezone(ZoneInfo(zone))
    date = QDate(local.year, local.month, local.day)
    locale = QLocale()
    if period:
        fmt = {"day": "dddd d MMMM yyyy", "month": "MMMM yyyy", "year": "yyyy"}[unit]
        return locale.toString(date, fmt)
    if unit in ("minute", "hour"):
        return f"{local:%H:%M}"
    fmt = {"day": "ddd d", "week": "d MMM", "month": "MMM", "year": "yyyy"}[unit]
    return locale.toString(date, fmt)


def ticks(start: dt.datetime, end: dt.datetime, zone: str, pixels: float) -> tuple[list[Tick], list[Tick]]:
    """The axis of [start, end] drawn ``pixels`` wide: (period labels, tick labels), local time."""
    step = choose_step(end - start, pixels)
    minor = [Tick(at, _local_text(at, zone, step.unit, period=False))
             for at in boundaries(start, end, zone, step.unit, step.count)]
    unit = _PERIOD[step.unit]
    major: list[Tick] = []
    if unit:
        # The period the view starts in is named at the left edge, then each one that begins.
        first = _floor(start.astimezone(ZoneInfo(zone)).replace(tzinfo=None), unit, 1)
        opening = first.replace(tzinfo=ZoneInfo(zone)).astimezone(dt.UTC)
        moments = dict.fromkeys([opening, *boundaries(start, end, zone, unit)])
        major = [Tick(at, _local_text(at, zone, unit, period=True)) for at in moments]
    return major, minor


def bucket_width(span: dt.timedelta, pixels: float) -> dt.timedelta:
    """A round bucket width giving about ``BUCKET_PIXELS`` per bucket on screen."""
    wanted = span.total_seconds() * BUCKET_PIXELS / max(1.0, pixels)
    for seconds in (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200,
                    86400, 2 * 86400, 7 * 86400, 14 * 86400, 28 * 86400):
        if seconds >= wanted:
            return dt.timedelta(seconds=seconds)
    return dt.timedelta(days=28 * 2 ** math.ceil(math.log2(wanted / (28 * 86400))))


def aligned(moment: dt.datetime, width: dt.timedelta, zone: str) -> dt.datetime:
    """The start of the bucket holding ``moment``: buckets begin on round local times."""
    offset = moment.astimezone(ZoneInfo(zone)).utcoffset() or dt.timedelta(0)
    epoch = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    local = (moment - epoch + offset).total_seconds()
    seconds = width.total_seconds()
    return epoch + dt.timedelta(seconds=math.floor(local / seconds) * seconds) - offset


# --- the picture ---------------------------------------------------------------------------------

@dataclass
class Hit:
    """Something drawn that answers the mouse: an event, a bucket or a deadline."""

    rect: QRectF
    tooltip: str
    event_id: int | None = None
    bucket: tuple[dt.datetime, dt.datetime] | None = None


@dataclass
class Scene:
    """What to draw: the case, the window of events fetched, and the range in view."""

    overview: graph.Overview
    window: graph.Window | None
    start: dt.datetime
    end: dt.datetime
    hits: list[Hit] = field(default_factory=list)

    def height(self) -> int:
        return AXIS_HEIGHT + max(1, len(self.overview.lanes)) * LANE_HEIGHT + LEGEND_HEIGHT

    def x(self, moment: dt.datetime, rect: QRectF) -> float:
        left = rect.left() + LABEL_WIDTH
        width = rect.width() - LABEL_WIDTH - RIGHT_MARGIN
        return left + (moment - self.start).total_seconds() / (self.end - self.start).total_seconds() * width

    def lane_index(self, party_id: int | None) -> int | None:
        for index, lane in enumerate(self.overview.lanes):
            if lane.party_id == party_id:
                return index
        return None

    def lane_top(self, index: int, rect: QRectF) -> float:
        return rect.top() + AXIS_HEIGHT + index * LANE_HEIGHT

    def event_point(self, event: graph.GraphEvent, rect: QRectF) -> QPointF | None:
        index = self.lane_index(event.party_id)
        if index is None:
            return None
        return QPointF(self.x(event.at, rect), self.lane_top(index, rect) + LANE_HEIGHT * 0.4)

    # The painting, in the order things overlap: lanes, grid, counts, deadlines, events, axis.

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        self.hits = []
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(rect, QColor("#ffffff"))
        font = QFont(painter.font())
        font.setPointSizeF(8.5)
        painter.setFont(font)
        lanes_rect = QRectF(rect.left() + LABEL_WIDTH, rect.top() + AXIS_HEIGHT,
                            rect.width() - LABEL_WIDTH - RIGHT_MARGIN, len(self.overview.lanes) * LANE_HEIGHT)
        self._paint_lanes(painter, rect)
        major, minor = ticks(self.start, self.end, self.overview.zone, lanes_rect.width())
        painter.save()
        painter.setClipRect(lanes_rect.adjusted(0, -AXIS_HEIGHT, RIGHT_MARGIN, 0))
        self._paint_grid(painter, rect, lanes_rect, major, minor)
        if self.window is not None:
            if not self.window.detailed:
                self._paint_buckets(painter, rect)
            self._paint_clocks(painter, rect)
            self._paint_events(painter, rect)
        else:
            self._paint_clocks(painter, rect)
        self._paint_now(painter, rect, lanes_rect)
        painter.restore()
        self._paint_axis(painter, rect, lanes_rect, major, minor)
        self._paint_legend(painter, QRectF(rect.left(), lanes_rect.bottom(), rect.width(), LEGEND_HEIGHT))
        painter.restore()

    def _paint_lanes(self, painter: QPainter, rect: QRectF) -> None:
        metrics = QFontMetrics(painter.font())
        small = QFont(painter.font())
        small.setPointSizeF(7.5)
        heavy = QFont(painter.font())
        heavy.setBold(True)

        def bold_width(text: str) -> int:
            return QFontMetrics(heavy).horizontalAdvance(text)

        for index, lane in enumerate(self.overview.lanes):
            top = self.lane_top(index, rect)
            band = QRectF(rect.left(), top, rect.width(), LANE_HEIGHT)
            painter.fillRect(band, QColor("#f5f7fa" if index % 2 == 0 else "#ffffff"))
            name = lane.name or _tr("No party")
            if bold_width(name) > LABEL_WIDTH - 12 and " (" in name:
                name = name.split(" (")[0]  # "CNIL (Commission nationale…)": the short name; the tooltip has all
            role = labels.name(labels.ROLES, lane.role) if lane.role else _tr("events without an actor")
            painter.setPen(QColor("#212121"))
            bold = QFont(painter.font())
            bold.setBold(lane.party_id is not None)
            bold.setItalic(lane.party_id is None)
            painter.save()
            painter.setFont(bold)
            text = QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 12)
            painter.drawText(QRectF(rect.left() + 6, top + 3, LABEL_WIDTH - 10, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            painter.setFont(small)
            painter.setPen(QColor("#616161"))
            painter.drawText(QRectF(rect.left() + 6, top + 4 + metrics.height(), LABEL_WIDTH - 10, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, role)
            painter.restore()
            self.hits.append(Hit(QRectF(rect.left(), top, LABEL_WIDTH, LANE_HEIGHT),
                                 f"{lane.name or name}\n{role}"))
        painter.setPen(QPen(QColor("#bdbdbd"), 1))
        x = rect.left() + LABEL_WIDTH - 0.5
        painter.drawLine(QPointF(x, rect.top() + AXIS_HEIGHT),
                         QPointF(x, rect.top() + AXIS_HEIGHT + len(self.overview.lanes) * LANE_HEIGHT))

    def _paint_grid(self, painter: QPainter, rect: QRectF, lanes: QRectF, major: list[Tick],
                    minor: list[Tick]) -> None:
        painter.setPen(QPen(QColor("#e0e0e0"), 1))
        for tick in minor:
            x = round(self.x(tick.at, rect)) + 0.5
            painter.drawLine(QPointF(x, lanes.top()), QPointF(x, lanes.bottom()))
        painter.setPen(QPen(QColor("#9e9e9e"), 1))
        for tick in major:
            x = round(self.x(tick.at, rect)) + 0.5
            if lanes.left() < x:
                painter.drawLine(QPointF(x, lanes.top() - 16), QPointF(x, lanes.bottom()))

    def _paint_axis(self, painter: QPainter, rect: QRectF, lanes: QRectF, major: list[Tick],
                    minor: list[Tick]) -> None:
        zone = self.overview.zone
        painter.setPen(QColor("#424242"))
        painter.drawText(QRectF(rect.left() + 6, rect.top() + 2, LABEL_WIDTH - 10, AXIS_HEIGHT - 4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         _tr("Times in {zone}").format(zone=zone))
        metrics = QFontMetrics(painter.font())
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.save()
        painter.setFont(bold)
        bold_metrics = QFontMetrics(bold)
        # Each period's name starts at its boundary, or at the left edge for the one in view,
        # and gives way to the next one.
        for index, tick in enumerate(major):
            x = max(lanes.left() + 3, self.x(tick.at, rect) + 3)
            following = self.x(major[index + 1].at, rect) if index + 1 < len(major) else lanes.right()
            room = following - x - 6
            if room < min(60, bold_metrics.horizontalAdvance(tick.label)):
                continue  # a stub of a name says nothing; the next period's name follows
            text = bold_metrics.elidedText(tick.label, Qt.TextElideMode.ElideRight, int(room))
            painter.drawText(QRectF(x, rect.top() + 2, room, 18),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()
        painter.setPen(QColor("#424242"))
        for tick in minor:
            x = self.x(tick.at, rect)
            width = metrics.horizontalAdvance(tick.label)
            if x - width / 2 < lanes.left() - 4 or x + width / 2 > lanes.right() + RIGHT_MARGIN:
                continue
            painter.drawText(QRectF(x - width / 2 - 2, rect.top() + 22, width + 4, 18),
                             Qt.AlignmentFlag.AlignCenter, tick.label)
        painter.setPen(QPen(QColor("#bdbdbd"), 1))
        painter.drawLine(QPointF(lanes.left(), lanes.top() - 0.5), QPointF(lanes.right(), lanes.top() - 0.5))

    def _paint_buckets(self, painter: QPainter, rect: QRectF) -> None:
        window = self.window
        assert window is not None
        peak = max((b.count for b in window.buckets), default=1)
        zone = self.overview.zone
        metrics = QFontMetrics(painter.font())
        painter.setPen(Qt.PenStyle.NoPen)
        for bucket in window.buckets:
            index = self.lane_index(bucket.party_id)
            if index is None:
                continue
            end = bucket.start + window.width
            x0, x1 = self.x(bucket.start, rect), self.x(end, rect)
            if x1 < rect.left() + LABEL_WIDTH or x0 > rect.right():
                continue
            top = self.lane_top(index, rect)
            # Log scale: one event still shows, a thousand do not hide the rest.
            share = math.log1p(bucket.count) / math.log1p(peak)
            full = LANE_HEIGHT - 14
            height = max(2.0, full * share)
            box = QRectF(x0, top + 3 + full - height, max(1.5, x1 - x0 - 0.5), height)
            colour = QColor(_COUNT_COLOUR)
            colour.setAlphaF(0.35 + 0.55 * share)
            painter.fillRect(box, colour)
            label = f"{bucket.count:,}".replace(",", "\u202f")
            if metrics.horizontalAdvance(label) + 4 < box.width():
                painter.setPen(QColor("#ffffff") if share > 0.5 else QColor("#0d47a1"))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
                painter.setPen(Qt.PenStyle.NoPen)
            when = f"{times.display(bucket.start, zone, 'minute')} – {times.display(end, zone, 'minute')}"
            text = QCoreApplication.translate(_CONTEXT, "%n event(s)", "", bucket.count)
            if bucket.starred:
                text += " " + QCoreApplication.translate(_CONTEXT, "(%n starred)", "", bucket.starred)
            tip = _tr("{count}\n{when}\nClick to zoom in").format(count=text, when=when)
            hit_box = QRectF(x0, top, max(4.0, x1 - x0), LANE_HEIGHT - 10)
            self.hits.append(Hit(hit_box, tip, bucket=(bucket.start, end)))

    def _paint_clocks(self, painter: QPainter, rect: QRectF) -> None:
        zone = self.overview.zone
        for clock in self.overview.clocks:
            index = self.lane_index(clock.key.party_id)
            if index is None:
                continue
            y = self.lane_top(index, rect) + LANE_HEIGHT - 7
            colour = QColor(_STATE_COLOURS[clock.state])
            tip = clock_tooltip(clock)
            if clock.start is not None and clock.due is not None:
                x0, x1 = self.x(clock.start, rect), self.x(clock.due, rect)
                painter.setPen(QPen(colour, 1.5))
                painter.drawLine(QPointF(x0, y), QPointF(x1, y))
                painter.drawLine(QPointF(x0, y - 4), QPointF(x0, y + 4))
                self.hits.append(Hit(QRectF(min(x0, x1), y - 4, abs(x1 - x0), 8), tip))
            elif clock.start is not None:
                x0 = self.x(clock.start, rect)
                painter.setPen(QPen(colour, 1.5))
                painter.drawLine(QPointF(x0, y - 4), QPointF(x0, y + 4))
                self.hits.append(Hit(QRectF(x0 - 4, y - 5, 8, 10), tip))
            if clock.due is not None:
                x = self.x(clock.due, rect)
                diamond = QPolygonF([QPointF(x, y - 6), QPointF(x + 6, y), QPointF(x, y + 6), QPointF(x - 6, y)])
                painter.setPen(QPen(QColor("#212121"), 1))
                painter.setBrush(QBrush(colour))
                painter.drawPolygon(diamond)
                self.hits.append(Hit(QRectF(x - 7, y - 7, 14, 14), tip))
            fulfilled = clock.recorded.fulfilled
            if fulfilled is not None:
                x = self.x(fulfilled.at, rect)
                painter.setPen(QPen(QColor("#ffffff"), 1.5))
                painter.setBrush(QBrush(colour))
                painter.drawEllipse(QPointF(x, y), 5.5, 5.5)
                painter.drawLine(QPointF(x - 2.5, y), QPointF(x - 0.5, y + 2.5))
                painter.drawLine(QPointF(x - 0.5, y + 2.5), QPointF(x + 3, y - 2.5))
                done = _tr("{duty}\nFulfilled {when}").format(
                    duty=tip, when=times.display(fulfilled.at, zone, "minute"))
                self.hits.append(Hit(QRectF(x - 6, y - 6, 12, 12), done))
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_events(self, painter: QPainter, rect: QRectF) -> None:
        window = self.window
        assert window is not None
        zone = self.overview.zone
        metrics = QFontMetrics(painter.font())
        placed: dict[int, list[tuple[float, graph.GraphEvent]]] = {}
        for event in window.events:
            point = self.event_point(event, rect)
            if point is None or point.x() < rect.left() + LABEL_WIDTH - 10 or point.x() > rect.right() + 10:
                continue
            placed.setdefault(self.lane_index(event.party_id) or 0, []).append((point.x(), event))
        for row in placed.values():
            row.sort(key=lambda pair: (pair[0], pair[1].starred))
        # Spans first, then titles where there is room before the next event, then the marks.
        for index, row in placed.items():
            y = self.lane_top(index, rect) + LANE_HEIGHT * 0.4
            for x, event in row:
                if event.span:
                    x1 = self.x(event.at + event.span, rect)
                    if x1 - x >= 3:
                        colour = QColor(_CATEGORY_COLOURS.get(event.category, "#757575"))
                        colour.setAlphaF(0.22)
                        painter.fillRect(QRectF(x, y - 3, x1 - x, 6), colour)
            if window.detailed:
                painter.setPen(QColor("#212121"))
                for position, (x, event) in enumerate(row):
                    following = row[position + 1][0] if position + 1 < len(row) else rect.right()
                    room = min(following, rect.right()) - x - 14
                    if room < 40:
                        continue
                    text = metrics.elidedText(event.title, Qt.TextElideMode.ElideRight, int(room))
                    painter.drawText(QRectF(x + 9, y - 16, room, 13),
                                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            for x, event in row:
                point = QPointF(x, y)
                if event.starred:
                    _draw_star(painter, point, 8.0)
                    size = 9.0
                else:
                    painter.setPen(QPen(QColor("#ffffff"), 1))
                    painter.setBrush(QBrush(QColor(_CATEGORY_COLOURS.get(event.category, "#757575"))))
                    painter.drawEllipse(point, 4.5, 4.5)
                    size = 6.0
                self.hits.append(Hit(QRectF(x - size, y - size, 2 * size, 2 * size), event_tooltip(event, zone),
                                     event_id=event.id))
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_now(self, painter: QPainter, rect: QRectF, lanes: QRectF) -> None:
        now = self.overview.now
        if not self.start <= now <= self.end:
            return
        x = self.x(now, rect)
        pen = QPen(QColor(_NOW_COLOUR), 1.2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, lanes.top()), QPointF(x, lanes.bottom()))
        self.hits.append(Hit(QRectF(x - 3, lanes.top(), 6, lanes.height()),
                             _tr("Now: {when}").format(when=times.display(now, self.overview.zone, "minute"))))

    def _paint_legend(self, painter: QPainter, rect: QRectF) -> None:
        metrics = QFontMetrics(painter.font())
        y = rect.top() + rect.height() / 2
        x = rect.left() + 8
        painter.setPen(QColor("#424242"))

        def text(label: str) -> None:
            nonlocal x
            painter.setPen(QColor("#424242"))
            painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), label)
            x += metrics.horizontalAdvance(label) + 14

        _draw_star(painter, QPointF(x + 6, y), 6.5)
        x += 16
        text(_tr("starred"))
        painter.setPen(QPen(QColor("#ffffff"), 1))
        painter.setBrush(QBrush(QColor(_CATEGORY_COLOURS["investigation"])))
        painter.drawEllipse(QPointF(x + 5, y), 4.5, 4.5)
        x += 14
        text(_tr("event (colour: category)"))
        colour = QColor(_COUNT_COLOUR)
        colour.setAlphaF(0.7)
        painter.fillRect(QRectF(x, y - 5, 10, 10), colour)
        x += 14
        text(_tr("number of events"))
        text(_tr("Deadlines:"))
        for state, label in ((ClockState.OVERDUE, _tr("overdue")), (ClockState.DUE_SOON, _tr("due soon")),
                             (ClockState.RUNNING, _tr("open")), (ClockState.FULFILLED_ON_TIME, _tr("met")),
                             (ClockState.FULFILLED_LATE, _tr("late"))):
            painter.setPen(QPen(QColor("#212121"), 1))
            painter.setBrush(QBrush(QColor(_STATE_COLOURS[state])))
            painter.drawPolygon(QPolygonF([QPointF(x + 5, y - 5), QPointF(x + 10, y), QPointF(x + 5, y + 5),
                                           QPointF(x, y)]))
            x += 14
            text(label)
        painter.setPen(QPen(QColor(_NOW_COLOUR), 1.2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, y - 6), QPointF(x, y + 6))
        x += 6
        text(_tr("now"))
        painter.setBrush(Qt.BrushStyle.NoBrush)


def _draw_star(painter: QPainter, centre: QPointF, radius: float) -> None:
    path = QPainterPath()
    for point in range(10):
        r = radius if point % 2 == 0 else radius * 0.45
        angle = math.pi / 2 + point * math.pi / 5
        vertex = QPointF(centre.x() + r * math.cos(angle), centre.y() - r * math.sin(angle))
        if point == 0:
            path.moveTo(vertex)
        else:
            path.lineTo(vertex)
    path.closeSubpath()
    painter.setPen(QPen(QColor("#5d4037"), 1))
    painter.setBrush(QBrush(QColor(_STAR_COLOUR)))
    painter.drawPath(path)


def event_tooltip(event: graph.GraphEvent, zone: str) -> str:
    """Time, title and source of an event (and its category, which its colour tells)."""
    when = times.display(event.at, zone, event.precision)
    star = "★ " if event.starred else ""
    category = labels.name(labels.CATEGORIES, event.category)
    text = f"{when} — {category}\n{star}{event.title}"
    if event.source:
        text += "\n" + _tr("Source: {source}").format(source=event.source)
    return text


def clock_tooltip(clock: deadlines.Clock) -> str:
    """The duty, its article, who owes it to whom, its deadline and its state."""
    if clock.due is not None:
        text = _tr("{article} — {report} ({debtor} → {recipient}), due {due}")
    else:
        text = _tr("{article} — {report} ({debtor} → {recipient}), without undue delay")
    # The core's words (articles, duties, moments) may be phrases: language.text writes them
    # in the interface's language.
    text = text.format(article=language.text(clock.duty.article), report=language.text(clock.duty.report),
                       debtor=clock.debtor, recipient=language.text(clock.recipient),
                       due=language.text(deadlines.describe_due(clock)))
    lines = [text, clockcells.state_text(clock.state)]
    if clock.start is not None:
        lines.append(_tr("Clock started {when}").format(
            when=language.text(deadlines.describe_moment(clock.start, clock.zone))))
    return "\n".join(lines)


# --- export --------------------------------------------------------------------------------------

def _image_height(picture: graph.Picture) -> int:
    return TITLE_HEIGHT + max(1, len(picture.overview.lanes)) * LANE_HEIGHT + AXIS_HEIGHT + LEGEND_HEIGHT + 8


def _paint_picture(painter: QPainter, picture: graph.Picture, width: int, height: int) -> None:
    seen = picture.overview
    painter.fillRect(QRectF(0, 0, width, height), QColor("#ffffff"))
    font = QFont(painter.font())
    font.setPointSizeF(10.5)
    font.setBold(True)
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#212121"))
    heading = _tr("{reference} — {title}: chronology").format(reference=seen.reference, title=seen.title)
    painter.drawText(QRectF(8, 0, width - 16, TITLE_HEIGHT), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     QFontMetrics(font).elidedText(heading, Qt.TextElideMode.ElideRight, width - 16))
    painter.restore()
    scene = Scene(seen, picture.window, picture.window.start, picture.window.end)
    scene.paint(painter, QRectF(0, TITLE_HEIGHT, width, height - TITLE_HEIGHT - 8))


def render_png(picture: graph.Picture, path: Path, *, width: int = 1600) -> QSize:
    """Draw the whole case (``timelinegraph.picture``) into a PNG file ``width`` pixels wide.

    Returns the image's size. Needs a ``QGuiApplication`` (offscreen is enough).

    Raises:
        errors.StorageError: the file could not be written.
    """
    height = _image_height(picture)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        _paint_picture(painter, picture, width, height)
    finally:
        painter.end()
    writer = QImageWriter(str(path), QByteArray(b"png"))
    if not writer.write(image):
        raise errors.StorageError(_tr("Could not write the image {path}: check the folder exists and "
                                      "you may write to it.").format(path=path))
    return image.size()


def render_svg(picture: graph.Picture, path: Path, *, width: int = 1600) -> QSize:
    """The same picture as ``render_png``, as an SVG file (vector: it scales in a report)."""
    from PySide6.QtSvg import QSvgGenerator  # only the export needs it

    height = _image_height(picture)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(picture.overview.reference)
    painter = QPainter()
    if not painter.begin(generator):
        raise errors.StorageError(_tr("Could not write the image {path}: check the folder exists and "
                                      "you may write to it.").format(path=path))
    try:
        _paint_picture(painter, picture, width, height)
    finally:
        painter.end()
    if not path.exists():
        raise errors.StorageError(_tr("Could not write the image {path}: check the folder exists and "
                                      "you may write to it.").format(path=path))
    return QSize(width, height)


# --- the widget ----------------------------------------------------------------------------------

class _Canvas(QWidget):
    """Paints the scene and turns the mouse and keys into zoom, pan and clicks on its owner."""

    def __init__(self, owner: TimelineGraph) -> None:
        super().__init__(owner)
        self._owner = owner
        self.scene: Scene | None = None
        self._press: QPointF | None = None
        self._press_start: dt.datetime | None = None
        self._dragging = False
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(AXIS_HEIGHT + LANE_HEIGHT + LEGEND_HEIGHT)

    def time_pixels(self) -> float:
        return max(1.0, self.width() - LABEL_WIDTH - RIGHT_MARGIN)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            if self.scene is None:
                painter.fillRect(self.rect(), QColor("#ffffff"))
                painter.setPen(QColor("#616161"))
                painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self._owner.placeholder())
                return
            self.scene.paint(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def hits_at(self, pos: QPointF) -> list[Hit]:
        if self.scene is None:
            return []
        return [hit for hit in self.scene.hits if hit.rect.adjusted(-2, -2, 2, 2).contains(pos)]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.hits_at(QPointF(event.pos()))
            if found:
                # Events and deadlines first, at most eight: a dense spot does not fill the screen.
                found.sort(key=lambda hit: hit.event_id is None)
                text = "\n\n".join(hit.tooltip for hit in found[:8])
                if len(found) > 8:
                    text += "\n\n" + QCoreApplication.translate(_CONTEXT, "… and %n more", "", len(found) - 8)
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        modifiers = event.modifiers()
        if delta.x() and not delta.y():
            self._owner.pan_pixels(-delta.x() / 120 * 40)
        elif modifiers & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier):
            self._owner.pan_pixels(-delta.y() / 120 * 40)
        elif delta.y():
            # Wheel or Ctrl+wheel: zoom around the cursor.
            self._owner.zoom(ZOOM_STEP ** (-delta.y() / 120 / 2), anchor_x=event.position().x())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_start = self._owner.view_start
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and self._press_start is not None:
            dx = event.position().x() - self._press.x()
            if self._dragging or abs(dx) > 4:
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self._owner.pan_to(self._press_start - self._owner.seconds_per_pixel() * dt.timedelta(seconds=dx))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragging:
                self._click(event.position())
            self._press = None
            self._dragging = False
            self.unsetCursor()
        super().mouseReleaseEvent(event)

    def _click(self, pos: QPointF) -> None:
        found = self.hits_at(pos)
        events = [hit for hit in found if hit.event_id is not None]
        if events:
            nearest = min(events, key=lambda hit: (hit.rect.center() - pos).manhattanLength())
            assert nearest.event_id is not None
            self._owner.event_activated.emit(nearest.event_id)
            return
        for hit in found:
            if hit.bucket is not None:
                self._owner.show_range(*hit.bucket)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self._owner.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self._owner.zoom_out()
        elif key == Qt.Key.Key_Left:
            self._owner.pan_pixels(-self.time_pixels() / 10)
        elif key == Qt.Key.Key_Right:
            self._owner.pan_pixels(self.time_pixels() / 10)
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_0):
            self._owner.fit()
        else:
            super().keyPressEvent(event)


class TimelineGraph(QWidget):
    """The events of the open case on a time axis, one lane per party, with its deadlines.

    Wheel (or Ctrl+wheel) and the + / - buttons zoom around the cursor, dragging or the scroll
    bar pans, Fit shows the whole case; "Export image…" saves the whole case as PNG or SVG.

    Signals:
        event_activated(int): the user clicked this event (its id), to open it in the Timeline tab.
    """

    event_activated = Signal(int)

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._case: snapshots.CaseDetail | None = None
        self._overview: graph.Overview | None = None
        self._window: graph.Window | None = None
        self.view_start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
        self._span = dt.timedelta(days=30)
        # Bumped by every case switch or refresh, so an answer about an older state is dropped.
        self._generation = 0
        self._in_flight = False
        self._again = False
        self._loading = False

        self.zoom_out_button = QPushButton("−", self)
        self.zoom_out_button.setToolTip(self.tr("Zoom out (-)"))
        self.zoom_in_button = QPushButton("+", self)
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+); the mouse wheel zooms around the cursor"))
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("+") + 28)
        self.fit_button = QPushButton(self.tr("&Fit"), self)
        self.fit_button.setToolTip(self.tr("Show the whole case"))
        self.export_button = QPushButton(self.tr("E&xport image…"), self)
        self.export_button.setToolTip(self.tr("Save the whole case's chronology as a PNG or SVG image"))
        self.status = QLabel(self)
        self.canvas = _Canvas(self)
        self.area = QScrollArea(self)
        self.area.setWidget(self.canvas)
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scrollbar = QScrollBar(Qt.Orientation.Horizontal, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(80)

        bar = QHBoxLayout()
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.scrollbar)

        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.fit)
        self.export_button.clicked.connect(self.export_image)
        self.scrollbar.valueChanged.connect(self._scrolled)
        self._timer.timeout.connect(self._fetch)
        self._enable()

    # -- what the case view calls

    @property
    def case(self) -> snapshots.CaseDetail | None:
        return self._case

    def open_case(self, case: snapshots.CaseDetail | None) -> None:
        """Show ``case`` whole (None empties the tab)."""
        self._case = case
        self._overview = None
        self._window = None
        self._generation += 1
        self._in_flight = False
        self._again = False
        self._show()
        self._enable()
        if case is not None:
            self._load_overview(fit=True)

    def update_case(self, case: snapshots.CaseDetail) -> None:
        """The open case was saved: its zone words the axis; its clocks may have moved."""
        if self._case is None or case.id != self._case.id:
            return
        self._case = case
        self.refresh()

    def refresh(self) -> None:
        """Read the case again (events, parties or clocks changed), keeping the range in view."""
        if self._case is None:
            return
        self._generation += 1
        self._in_flight = False
        self._load_overview(fit=False)

    def placeholder(self) -> str:
        if self._case is None:
            return self.tr("No case open.")
        return self.tr("Loading…")

    # -- the range in view

    @property
    def view_end(self) -> dt.datetime:
        return self.view_start + self._span

    def visible_range(self) -> tuple[dt.datetime, dt.datetime]:
        return self.view_start, self.view_end

    def seconds_per_pixel(self) -> float:
        return self._span.total_seconds() / self.canvas.time_pixels()

    def fit(self) -> None:
        """Show the whole case."""
        if self._overview is None:
            return
        start, end = graph.padded_extent(self._overview)
        self._set_view(start, end - start)

    def zoom_in(self) -> None:
        self.zoom(1 / ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom(ZOOM_STEP)

    def zoom(self, factor: float, *, anchor_x: float | None = None) -> None:
        """Multiply the span in view by ``factor``, keeping the moment under ``anchor_x`` in place."""
        if self._overview is None:
            return
        pixels = self.canvas.time_pixels()
        fraction = 0.5 if anchor_x is None else min(1.0, max(0.0, (anchor_x - LABEL_WIDTH) / pixels))
        anchor = self.view_start + self._span * fraction
        span = min(max(self._span * factor, MIN_SPAN), self._max_span())
        self._set_view(anchor - span * fraction, span)

    def pan_pixels(self, pixels: float) -> None:
        self.pan_to(self.view_start + dt.timedelta(seconds=pixels * self.seconds_per_pixel()))

    def pan_to(self, start: dt.datetime) -> None:
        self._set_view(start, self._span)

    def show_range(self, start: dt.datetime, end: dt.datetime) -> None:
        """Zoom to [start, end] with a little room around it (a click on a count does this)."""
        span = max(end - start, MIN_SPAN)
        self._set_view(start - span * 0.1, span * 1.2)

    def event_position(self, event_id: int) -> QPoint | None:
        """Where an event is drawn on the canvas (None: not drawn, e.g. out of view or counted)."""
        scene = self.canvas.scene
        if scene is None or scene.window is None or not scene.window.detailed:
            return None
        rect = QRectF(self.canvas.rect())
        for event in scene.window.events:
            if event.id == event_id:
                point = scene.event_point(event, rect)
                if point is None or not rect.contains(point):
                    return None
                return point.toPoint()
        return None

    @property
    def fetched(self) -> graph.Window | None:
        """The events fetched last (for the range in view and a margin around it)."""
        return self._window

    def _max_span(self) -> dt.timedelta:
        if self._overview is None:
            return dt.timedelta(days=3650)
        start, end = graph.padded_extent(self._overview)
        return max((end - start) * 3, dt.timedelta(days=1))

    def _bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """What the scroll bar spans: the case, and the range in view if it goes beyond."""
        assert self._overview is not None
        start, end = graph.padded_extent(self._overview)
        return min(start, self.view_start), max(end, self.view_end)

    def _set_view(self, start: dt.datetime, span: dt.timedelta) -> None:
        self.view_start = start
        self._span = span
        self._sync_scrollbar()
        self._show()
        if not self._covers():
            self._timer.start()

    def _sync_scrollbar(self) -> None:
        if self._overview is None:
            self.scrollbar.setRange(0, 0)
            return
        first, last = self._bounds()
        pages = (last - first) / self._span
        self.scrollbar.blockSignals(True)
        maximum = int(min(2**31 - 2, max(0.0, (pages - 1) * SCROLL_UNITS)))
        self.scrollbar.setRange(0, maximum)
        self.scrollbar.setPageStep(SCROLL_UNITS)
        self.scrollbar.setSingleStep(SCROLL_UNITS // 10)
        self.scrollbar.setValue(round((self.view_start - first) / self._span * SCROLL_UNITS))
        self.scrollbar.blockSignals(False)

    def _scrolled(self, value: int) -> None:
        if self._overview is None:
            return
        first, _ = self._bounds()
        self.view_start = first + self._span * (value / SCROLL_UNITS)
        self._show()
        if not self._covers():
            self._timer.start()

    # -- reading

    def _load_overview(self, *, fit: bool) -> None:
        case_id = self._case.id if self._case is not None else None
        if case_id is None:
            return
        generation = self._generation
        now = wallclock.now()
        self._loading = True
        self._enable()

        def arrived(seen: graph.Overview) -> None:
            if generation != self._generation:
                return
            self._loading = False
            first = self._overview is None
            self._overview = seen
            self._window = None
            if fit or first:
                self.fit()
            else:
                self._set_view(self.view_start, self._span)
            self._enable()
            self._fetch()

        self._tasks.run_db(lambda s: graph.overview(s, case_id, now=now), parent=self, success=arrived,
                           failure=self._failed)

    def _failed(self, exc: errors.UserError) -> None:
        self._loading = False
        self._in_flight = False
        self._enable()
        messages.show_error(self, exc)

    def _wanted(self) -> tuple[dt.datetime, dt.datetime, dt.timedelta]:
        """The range to fetch (the view and half a view on each side) and its bucket width."""
        assert self._overview is not None
        width = bucket_width(self._span, self.canvas.time_pixels())
        zone = self._overview.zone
        start = aligned(self.view_start - self._span / 2, width, zone)
        end = aligned(self.view_end + self._span / 2, width, zone) + width
        return start, end, width

    def _covers(self) -> bool:
        """Whether what was fetched can draw the view: it holds the range, at a fitting width."""
        window = self._window
        if window is None or self._overview is None:
            return False
        if window.start > self.view_start or window.end < self.view_end:
            return False
        if window.detailed:
            return True  # every event of a wider range: zooming in needs nothing new
        return window.width == bucket_width(self._span, self.canvas.time_pixels())

    def _fetch(self) -> None:
        if self._case is None or self._overview is None:
            return
        if self._in_flight:
            self._again = True
            return
        case_id = self._case.id
        start, end, width = self._wanted()
        generation = self._generation
        self._in_flight = True
        self._again = False

        def arrived(found: graph.Window) -> None:
            if generation != self._generation:
                return
            self._in_flight = False
            self._window = found
            self._show()
            if self._again or not self._covers():
                self._again = False
                self._timer.start()

        self._tasks.run_db(lambda s: graph.window(s, case_id, start=start, end=end, width=width),
                           parent=self, success=arrived, failure=self._failed)

    # -- showing

    def _show(self) -> None:
        if self._overview is None:
            self.canvas.scene = None
            self.canvas.setMinimumHeight(AXIS_HEIGHT + LANE_HEIGHT + LEGEND_HEIGHT)
            self.status.setText("" if self._case is None else self.tr("Loading…"))
        else:
            scene = Scene(self._overview, self._window, self.view_start, self.view_end)
            self.canvas.scene = scene
            self.canvas.setMinimumHeight(scene.height())
            self.status.setText(self._status_text())
        self.canvas.update()

    def _status_text(self) -> str:
        window = self._window
        if window is None:
            return self.tr("Loading…")
        if window.detailed:
            shown = sum(1 for e in window.events if self.view_start <= e.at < self.view_end)
            return QCoreApplication.translate(_CONTEXT, "%n event(s) in view", "", shown)
        return self.tr("{count} events around the view, counted per {width}; zoom in to see each one").format(
            count=f"{window.total:,}".replace(",", "\u202f"), width=language.text(deadlines.format_duration(window.width)))

    def _enable(self) -> None:
        ready = self._overview is not None
        for widget in (self.zoom_in_button, self.zoom_out_button, self.fit_button, self.export_button,
                       self.scrollbar):
            widget.setEnabled(ready)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._overview is not None:
            self._sync_scrollbar()
            if not self._covers():
                self._timer.start()

    # -- export

    def export_image(self) -> None:
        """Ask for a file name, then draw the whole case into it (PNG, or SVG by its suffix)."""
        case = self._case
        if case is None:
            return
        path = filedialogs.ask_save_path(
            self, self.tr("Export the chronology as an image"), f"{case.reference}-chronology.png",
            self.tr("PNG image (*.png);;SVG image (*.svg)"))
        if path is None:
            return
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".png")
        case_id = case.id
        now = wallclock.now()

        def draw(picture: graph.Picture) -> None:
            try:
                if path.suffix.lower() == ".svg":
                    render_svg(picture, path)
                else:
                    render_png(picture, path)
            except errors.UserError as exc:
                messages.show_error(self, exc)
                return
            self.status.setText(self.tr("Image saved to {path}").format(path=path))

        self._tasks.run_db(lambda s: graph.picture(s, case_id, now=now), parent=self, success=draw)
