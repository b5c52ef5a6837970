"""Icons: every SVG renders, sharp at the asked size and ratio, in the palette's text colour."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage

from cnil_case.ui import icons, mainwindow, theme

REQUIRED = {"new-case", "open", "import", "export", "save", "delete", "search", "refresh", "settings", "undo",
            "redo", "star", "evidence", "document", "timeline", "chronology", "deadline", "warning", "check",
            "lock", "mail", "finding", "home"}


def inked(image: QImage) -> list[QColor]:
    """The opaque pixels' colours."""
    return [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())
            if image.pixelColor(x, y).alpha() == 255]


def test_the_set_is_complete() -> None:
    assert set(icons.names()) >= REQUIRED
    assert set(icons.STANDARD_ICONS.values()) <= set(icons.names())


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_each_icon_renders_in_the_text_colour(qapp: Any, name: str) -> None:
    theme.apply(qapp, scheme=Qt.ColorScheme.Light)
    pixmap = icons.icon(name).pixmap(QSize(24, 24), 2.0)
    assert pixmap.width() == 48 and pixmap.devicePixelRatio() == 2.0  # device pixels: sharp on HiDPI
    ink = inked(pixmap.toImage())
    assert len(ink) > 20
    text = qapp.palette().windowText().color()
    assert all(c.rgb() == text.rgb() for c in ink)


def test_icons_follow_a_switch_to_dark(qapp: Any) -> None:
    watcher = theme.apply(qapp, scheme=Qt.ColorScheme.Light)
    light = inked(icons.icon("save").pixmap(32).toImage())[0]
    watcher.force(Qt.ColorScheme.Dark)
    dark = inked(icons.icon("save").pixmap(32).toImage())[0]
    watcher.force(Qt.ColorScheme.Light)
    assert light.lightnessF() < 0.3 < 0.7 < dark.lightnessF()


def test_disabled_icons_are_dimmer(qapp: Any) -> None:
    theme.apply(qapp, scheme=Qt.ColorScheme.Light)
    normal = inked(icons.icon("lock").pixmap(24).toImage())[0]
    disabled = inked(icons.icon("lock").pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage())[0]
    assert disabled.lightnessF() > normal.lightnessF()


def test_unknown_name_fails_at_once() -> None:
    with pytest.raises(KeyError):
        icons.icon("no-such-icon")


def test_standard_icons_on_the_main_window(window: mainwindow.MainWindow) -> None:
    done = icons.apply_standard_icons(window)
    assert {"act_new_case", "act_save", "act_search", "act_settings", "act_integrity"} <= set(done)
    assert not window.act_save.icon().isNull()
    assert window.act_quit.icon().isNull()
