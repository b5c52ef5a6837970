"""The Chronology tab: lanes, deadlines, clicks, zoom and pan, the time axis, the image export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from cnil_case.core import cases, db, deadlines, demo, snapshots
from cnil_case.core import timelinegraph as core
from cnil_case.core.models import TimelineEvent
from cnil_case.ui import language, tasks, timelinegraph, wallclock
from tests.ui import stubs
from tests.ui.conftest import Dialogs

NOW = dt.datetime(2024, 2, 10, 12, 0, tzinfo=dt.UTC)
# A shown top-level widget on the offscreen platform warns about size hints, harmlessly.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wallclock, "now", stubs.FakeClock(NOW))


@pytest.fixture
def demo_case(session_factory: db.SessionFactory) -> snapshots.CaseDetail:
    with session_factory.begin() as session:
        return cases.get(session, demo.ensure_demo_case(session))


@pytest.fixture
def graph(qtbot: QtBot, inline_tasks: tasks.Tasks) -> timelinegraph.TimelineGraph:
    widget = timelinegraph.TimelineGraph(tasks=inline_tasks)
    qtbot.addWidget(widget)
    widget.resize(1300, 560)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _painted(graph: timelinegraph.TimelineGraph) -> timelinegraph.Scene:
    graph.canvas.repaint()
    scene = graph.canvas.scene
    assert scene is not None
    return scene


def test_the_demo_case_has_a_lane_per_party_and_its_deadlines(
    graph: timelinegraph.TimelineGraph, demo_case: snapshots.CaseDetail
) -> None:
    graph.open_case(demo_case)
    scene = _painted(graph)
    names = [lane.name.split(" (")[0] for lane in scene.overview.lanes]
    assert names == ["Viamedis", "Almerys", "Malakoff Humanis", "Aésio", "MGP", "CNIL", "ANSSI",
                     "Paris prosecutor", "BL2C"]  # every event names its party: no "No party" lane
    window = graph.fetched
    assert window is not None and window.detailed and window.total == 9
    # Fit shows the whole case: every event and every deadline is in view.
    start, end = graph.visible_range()
    assert all(start < event.at < end for event in window.events)
    assert graph.status.text() == "9 event(s) in view"
    tips = [hit.tooltip for hit in scene.hits if hit.event_id is None]
    first = scene.overview.clocks[0]
    deadline = ("GDPR Art. 33(2) — notice to the controller (Viamedis → Malakoff Humanis), "
                f"due {language.text(deadlines.describe_due(first))}")
    assert "2024" in deadline and "00:00" in deadline  # Fri 2 Feb 2024, midnight in Paris
    assert any(tip.startswith(deadline + "\nOverdue") for tip in tips), tips
    starred = [hit for hit in scene.hits if hit.event_id is not None and "★" in hit.tooltip]
    assert len(starred) == 3
    press = next(hit.tooltip for hit in scene.hits if hit.event_id is not None and "CNIL press release" in hit.tooltip)
    assert press.startswith("2024-02-07 — Press\n★ CNIL press release")
    assert "\nSource: CNIL press release of 7 Feb 2024" in press


def test_clicking_an_event_emits_its_id(
    qtbot: QtBot, graph: timelinegraph.TimelineGraph, demo_case: snapshots.CaseDetail
) -> None:
    graph.open_case(demo_case)
    window = graph.fetched
    assert window is not None
    _painted(graph)
    target = next(event for event in window.events if event.title.startswith("Almerys announces"))
    pos = graph.event_position(target.id)
    assert pos is not None
    with qtbot.waitSignal(graph.event_activated) as blocker:
        qtbot.mouseClick(graph.canvas, Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [target.id]
    # A click on an empty spot of a lane activates nothing.
    with qtbot.assertNotEmitted(graph.event_activated):
        qtbot.mouseClick(graph.canvas, Qt.MouseButton.LeftButton, pos=QPoint(pos.x(), pos.y() + 4 * 38))


def _wheel(graph: timelinegraph.TimelineGraph, x: float, clicks: int) -> None:
    pos = QPointF(x, 120)
    event = QWheelEvent(pos, QPointF(graph.canvas.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, 120 * clicks),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(graph.canvas, event)


def _at(graph: timelinegraph.TimelineGraph, x: float) -> dt.datetime:
    start, end = graph.visible_range()
    return start + (end - start) * ((x - timelinegraph.LABEL_WIDTH) / graph.canvas.time_pixels())


def test_zoom_and_pan_change_the_range_in_view(
    qtbot: QtBot, graph: timelinegraph.TimelineGraph, demo_case: snapshots.CaseDetail
) -> None:
    graph.open_case(demo_case)
    whole = graph.visible_range()
    graph.zoom_in_button.click()
    start, end = graph.visible_range()
    assert end - start == pytest.approx((whole[1] - whole[0]) / timelinegraph.ZOOM_STEP, abs=dt.timedelta(seconds=1))
    assert start + (end - start) / 2 == pytest.approx(whole[0] + (whole[1] - whole[0]) / 2, abs=dt.timedelta(seconds=1))
    # Wheel: the moment under the cursor stays under it.
    x = timelinegraph.LABEL_WIDTH + 300
    under = _at(graph, x)
    _wheel(graph, x, 4)
    zoomed = graph.visible_range()
    assert zoomed[1] - zoomed[0] < (end - start) / 2
    assert _at(graph, x) == pytest.approx(under, abs=dt.timedelta(seconds=1))
    # Dragging left shows later times.
    pos = QPoint(x, 120)
    qtbot.mousePress(graph.canvas, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseMove(graph.canvas, QPoint(x - 200, 120))
    qtbot.mouseRelease(graph.canvas, Qt.MouseButton.LeftButton, pos=QPoint(x - 200, 120))
    dragged = graph.visible_range()
    assert dragged[0] - zoomed[0] == pytest.approx(
        dt.timedelta(seconds=200 * graph.seconds_per_pixel()), abs=dt.timedelta(seconds=60))
    # The scroll bar follows, and moves the view (a page is a view's width; a unit a thousandth).
    span = dragged[1] - dragged[0]
    graph.scrollbar.setValue(graph.scrollbar.value() + timelinegraph.SCROLL_UNITS)
    assert graph.visible_range()[0] - dragged[0] == pytest.approx(span, abs=span / timelinegraph.SCROLL_UNITS)
    graph.fit_button.click()
    assert graph.visible_range() == whole


@pytest.fixture
def big_case(session_factory: db.SessionFactory) -> snapshots.CaseDetail:
    """6,000 events, one every 5 minutes from 2024-03-01 00:00 UTC, none with a party."""
    with session_factory.begin() as session:
        case = cases.create(session, snapshots.CaseInput(reference="BIG", title="Access log"))
        start = dt.datetime(2024, 3, 1, tzinfo=dt.UTC)
        session.execute(insert(TimelineEvent), [
            {"case_id": case.id, "occurred_at": start + dt.timedelta(minutes=5 * i), "title": f"GET {i}",
             "precision": "exact", "category": "other", "details": "", "source": "", "attributes": "{}",
             "starred": False}
            for i in range(6000)
        ])
        return cases.get(session, case.id)


def test_a_big_case_is_counted_until_zoomed_in(
    qtbot: QtBot, graph: timelinegraph.TimelineGraph, big_case: snapshots.CaseDetail
) -> None:
    graph.open_case(big_case)
    window = graph.fetched
    assert window is not None and not window.detailed and window.total == 6000
    assert len(window.buckets) <= core.MAX_BUCKETS
    scene = _painted(graph)
    assert [lane.party_id for lane in scene.overview.lanes] == [None]
    assert any(hit.bucket is not None for hit in scene.hits)
    # Zoomed in to two hours, the events come one by one.
    middle = dt.datetime(2024, 3, 10, 12, tzinfo=dt.UTC)
    graph.show_range(middle, middle + dt.timedelta(hours=2))
    qtbot.waitUntil(lambda: graph.fetched is not None and graph.fetched.detailed)
    start, end = graph.visible_range()
    shown = [e for e in graph.fetched.events if start <= e.at < end]  # type: ignore[union-attr]
    assert len(shown) == 29  # 2 h 24 min in view, one event every 5 minutes
    assert graph.status.text() == "29 event(s) in view"


@pytest.mark.parametrize(("span", "labels"), [
    (dt.timedelta(days=400), ["Feb", "Mar", "Apr"]),  # months
    (dt.timedelta(days=12), ["Thu 1", "Fri 2", "Sat 3"]),  # days, local midnights
    (dt.timedelta(hours=20), ["00:00", "03:00", "06:00"]),  # hours
    (dt.timedelta(minutes=60), ["00:00", "00:05", "00:10"]),  # minutes
])
def test_the_axis_has_ticks_at_every_zoom_in_the_case_zone(
    qapp: QApplication, span: dt.timedelta, labels: list[str]
) -> None:
    start = dt.datetime(2024, 1, 31, 23, 0, tzinfo=dt.UTC)  # 1 Feb 2024, midnight in Paris
    major, minor = timelinegraph.ticks(start, start + span, "Europe/Paris", 1000)
    assert [tick.label for tick in minor[:3]] == labels
    assert 3 <= len(minor) <= 1000 / timelinegraph.MIN_TICK_PIXELS + 1
    assert major[0].label in ("2024", "February 2024", "Thursday 1 February 2024")


def test_hour_ticks_follow_the_local_clock_across_a_dst_change(qapp: QApplication) -> None:
    start = dt.datetime(2024, 3, 30, 23, 0, tzinfo=dt.UTC)  # 31 March, midnight in Paris (UTC+1)
    _, minor = timelinegraph.ticks(start, start + dt.timedelta(hours=23), "Europe/Paris", 1000)
    # 02:00 does not exist that night: 00:00, 03:00 (UTC+2), 06:00…
    assert [tick.label for tick in minor] == ["00:00", "03:00", "06:00", "09:00", "12:00", "15:00", "18:00",
                                              "21:00", "00:00"]
    assert minor[1].at - minor[0].at == dt.timedelta(hours=2)


def test_png_export_of_the_whole_case(
    qapp: QApplication, session_factory: db.SessionFactory, demo_case: snapshots.CaseDetail, tmp_path: Path
) -> None:
    with session_factory() as session:
        picture = core.picture(session, demo_case.id, now=NOW)
    target = tmp_path / "chronology.png"
    size = timelinegraph.render_png(picture, target, width=1200)
    image = QImage(str(target))
    expected_height = (timelinegraph.TITLE_HEIGHT + timelinegraph.AXIS_HEIGHT + 9 * timelinegraph.LANE_HEIGHT
                       + timelinegraph.LEGEND_HEIGHT + 8)
    assert (image.width(), image.height()) == (size.width(), size.height()) == (1200, expected_height)
    # Something is drawn: the overdue deadline's red appears.
    red = QColor("#c62828").rgb()
    assert any(image.pixel(x, y) == red for x in range(0, 1200, 2) for y in range(0, image.height(), 2))
    svg = tmp_path / "chronology.svg"
    timelinegraph.render_svg(picture, svg, width=1200)
    assert "<svg" in svg.read_text(encoding="utf-8") and "Viamedis" in svg.read_text(encoding="utf-8")


def test_export_button_asks_for_a_file_and_writes_the_image(
    graph: timelinegraph.TimelineGraph, demo_case: snapshots.CaseDetail, dialogs: Dialogs, tmp_path: Path
) -> None:
    graph.open_case(demo_case)
    dialogs.save_path = tmp_path / "out"  # no suffix: PNG
    graph.export_button.click()
    image = QImage(str(tmp_path / "out.png"))
    assert image.width() == 1600 and image.height() > 300
    assert "out.png" in graph.status.text()


def test_an_unwritable_export_is_a_user_error(
    qapp: QApplication, session_factory: db.SessionFactory, demo_case: snapshots.CaseDetail, tmp_path: Path
) -> None:
    with session_factory() as session:
        picture = core.picture(session, demo_case.id, now=NOW)
    with pytest.raises(timelinegraph.errors.StorageError, match="Could not write"):
        timelinegraph.render_png(picture, tmp_path / "missing" / "x.png")


def test_no_case_shows_nothing(graph: timelinegraph.TimelineGraph, demo_case: snapshots.CaseDetail) -> None:
    graph.open_case(demo_case)
    graph.open_case(None)
    assert graph.canvas.scene is None and not graph.export_button.isEnabled()
