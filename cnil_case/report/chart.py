"""A bar chart of events over time (a reportlab Drawing), bucketed by day, week or month.

The unit follows the span so the chart keeps a readable number of bars: days up to two months,
weeks (from Monday) up to two years, months beyond. Counting is one pass over the moments, so
10,000 events cost milliseconds; the drawing has at most a few hundred bars.
"""

# mypy: disable-error-code="import-untyped"
# WORKAROUND: reportlab ships no type hints and types-reportlab is not a dev dependency yet.

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

from cnil_case.core import times
from cnil_case.report import fonts

MAX_LABELS = 12
BAR = colors.HexColor("#3b6ea5")


def unit_for(first: dt.date, last: dt.date) -> str:
    span = (last - first).days
    if span <= 62:
        return "day"
    if span <= 730:
        return "week"
    return "month"


def bucket(day: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def _next(day: dt.date, unit: str) -> dt.date:
    if unit == "day":
        return day + dt.timedelta(days=1)
    if unit == "week":
        return day + dt.timedelta(days=7)
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def counts(moments: Sequence[dt.datetime], zone: str) -> tuple[str, list[tuple[dt.date, int]], dt.date, dt.date]:
    """(unit, [(bucket start, events)] with empty buckets included, first day, last day) in ``zone``."""
    tz = times.zone(zone)
    days = [m.astimezone(tz).date() for m in moments]
    first, last = min(days), max(days)
    unit = unit_for(first, last)
    counted = Counter(bucket(d, unit) for d in days)
    series = []
    day = bucket(first, unit)
    while day <= last:
        series.append((day, counted.get(day, 0)))
        day = _next(day, unit)
    return unit, series, first, last


def _tick(day: dt.date, unit: str) -> str:
    return f"{day:%m/%Y}" if unit == "month" else f"{day:%d/%m}"


def events_chart(moments: Sequence[dt.datetime], *, zone: str, width: float, height: float,
                 lang: str) -> tuple[Drawing, str, dt.date, dt.date]:
    """The chart (a Flowable) for non-empty ``moments``, its unit, and the first and last days.

    ``lang`` is accepted for symmetry with the other renderers; tick labels are numeric (dd/mm or mm/yyyy).
    """
    unit, series, first, last = counts(moments, zone)
    drawing = Drawing(width, height)
    bars = VerticalBarChart()
    bars.x, bars.y = 34, 30
    bars.width, bars.height = width - 44, height - 42
    bars.data = [[n for _, n in series]]
    step = max(1, -(-len(series) // MAX_LABELS))
    bars.categoryAxis.categoryNames = [_tick(d, unit) if i % step == 0 else "" for i, (d, _) in enumerate(series)]
    bars.categoryAxis.labels.fontName = fonts.SANS
    bars.categoryAxis.labels.fontSize = 7
    bars.categoryAxis.labels.angle = 0 if len(series) <= MAX_LABELS else 30
    bars.categoryAxis.labels.boxAnchor = "n" if len(series) <= MAX_LABELS else "ne"
    bars.categoryAxis.labels.dy = -2
    bars.categoryAxis.tickShift = 0
    bars.categoryAxis.visibleTicks = 0
    bars.valueAxis.valueMin = 0
    top = max(n for _, n in series)
    bars.valueAxis.valueMax = max(top, 1) * 1.1
    bars.valueAxis.labels.fontName = fonts.SANS
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}".replace(",", "\u202f" if lang == "fr" else ",")
    bars.valueAxis.visibleGrid = 1
    bars.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    bars.valueAxis.gridStrokeWidth = 0.3
    bars.bars[0].fillColor = BAR
    bars.bars[0].strokeColor = None
    bars.barSpacing = 0.5
    bars.groupSpacing = 1 if len(series) > 60 else 3
    drawing.add(bars)
    drawing.hAlign = "LEFT"
    return drawing, unit, first, last
