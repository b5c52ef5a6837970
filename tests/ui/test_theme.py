"""Theme: Fusion with a light or dark palette from the system scheme, followed at run time;
state colours readable on both."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from cnil_case.ui import theme


@pytest.fixture
def restore_light(qapp: Any) -> Any:
    yield qapp
    theme.apply(qapp, scheme=Qt.ColorScheme.Light)


def test_follows_the_system_scheme(restore_light: Any) -> None:
    app = restore_light
    watcher = theme.apply(app)
    seen: list[bool] = []
    watcher.changed.connect(seen.append)
    assert app.style().name().lower() == "fusion"
    # What the system would send when the desktop switches to dark, then back.
    watcher._scheme_changed(Qt.ColorScheme.Dark)
    assert theme.is_dark() and watcher.dark
    assert app.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.2
    watcher._scheme_changed(Qt.ColorScheme.Light)
    assert not theme.is_dark()
    assert seen == [True, False]


def test_the_signal_is_connected(restore_light: Any) -> None:
    app = restore_light
    watcher = theme.apply(app)
    seen: list[bool] = []
    watcher.changed.connect(seen.append)
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert seen == [True]


def test_a_forced_scheme_ignores_the_system(restore_light: Any) -> None:
    watcher = theme.apply(restore_light, scheme=Qt.ColorScheme.Dark)
    watcher._scheme_changed(Qt.ColorScheme.Light)
    assert theme.is_dark()
    watcher.force(None)
    assert theme.is_dark() == (restore_light.styleHints().colorScheme() == Qt.ColorScheme.Dark)


TEXT_STATES = ["overdue", "due_soon", "met", "late", "muted", "error", "ok", "hint"]


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("name", TEXT_STATES)
def test_state_text_is_readable_on_its_palette(restore_light: Any, dark: bool, name: str) -> None:
    theme.apply(restore_light, scheme=Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    palette = restore_light.palette()
    colour = theme.state_color(name)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert theme.contrast(colour, palette.color(role)) >= 4.5, (name, dark, role)


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("name", [n for n in theme.state_names() if n.endswith("_background")])
def test_text_on_state_backgrounds_is_readable(dark: bool, name: str) -> None:
    background = theme.state_color(name, dark=dark)
    assert theme.contrast(theme.text_on(background), background) >= 4.5, (name, dark)


def test_unknown_state_is_an_error() -> None:
    with pytest.raises(KeyError):
        theme.state_color("overdeu", dark=False)


# --- the modules that colour states take their colours from the theme ---------------------------


@pytest.mark.parametrize("dark", [False, True])
def test_clock_cells_follow_the_palette(restore_light: Any, dark: bool) -> None:
    from cnil_case.ui import clockcells

    theme.apply(restore_light, scheme=Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    base = restore_light.palette().color(QPalette.ColorRole.Base)
    state = clockcells.ClockState
    for clock_state, fill in ((state.OVERDUE, "overdue_background"), (state.DUE_SOON, "due_soon_background"),
                              (state.FULFILLED_ON_TIME, "met_background"), (state.FULFILLED_LATE, "late_background")):
        background = clockcells.state_background(clock_state)
        foreground = clockcells.state_foreground(clock_state)
        assert background is not None and foreground is not None
        assert background.color() == theme.state_color(fill, dark=dark)
        assert theme.contrast(foreground.color(), background.color()) >= 4.5
    for clock_state in (state.OVERDUE, state.DUE_SOON):
        countdown = clockcells.countdown_foreground(clock_state)
        assert countdown is not None and theme.contrast(countdown.color(), base) >= 4.5
    muted = clockcells.row_foreground(state.WAITING)
    assert muted is not None and muted.color() == theme.state_color("muted", dark=dark)
    assert clockcells.state_background(state.RUNNING) is None


def test_overdue_correspondence_reads_on_dark(restore_light: Any) -> None:
    from cnil_case.ui import correspondencemodel

    theme.apply(restore_light, scheme=Qt.ColorScheme.Dark)
    names = correspondencemodel.STATE_COLOURS
    state = correspondencemodel.State
    assert (names[state.OVERDUE], names[state.PARTLY_ANSWERED], names[state.ANSWERED], names[state.CLOSED]) == \
        ("overdue", "due_soon", "met", "muted")
    # The overdue row's state text on its tinted background.
    assert theme.contrast(theme.state_color("overdue"), theme.state_color("critical_background")) >= 4.5


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_banner_restyles_when_the_theme_changes(restore_light: Any, qtbot: Any) -> None:
    from cnil_case.ui import banner, notifier

    watcher = theme.apply(restore_light, scheme=Qt.ColorScheme.Light)
    widget = banner.Banner()
    qtbot.addWidget(widget)
    widget.show_announcement(notifier.Announcement(level=notifier.Level.CRITICAL, title="Overdue", text="Art. 33"))
    light = theme.state_color("critical_background", dark=False).name()
    assert light in widget.styleSheet()
    watcher.force(Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: light not in widget.styleSheet())  # the palette change arrives as an event
    dark = theme.state_color("critical_background", dark=True).name()
    assert dark in widget.styleSheet() and light not in widget.styleSheet()
    assert theme.text_on(QColor(dark)).name() in widget.styleSheet()
