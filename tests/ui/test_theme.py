"""Theme: Fusion with a light or dark palette from the system scheme, followed at run time;
state colours readable on both."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

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
