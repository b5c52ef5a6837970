"""The window paints without Qt warnings, on an empty workspace and on a populated case."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cnil_case.ui import casedialog, eventdialog, mainwindow, tasks

# The offscreen platform plugin itself warns when a top-level window is shown; it says nothing
# about our code, so only that message is ignored here.
OFFSCREEN_SIZE_HINTS = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@OFFSCREEN_SIZE_HINTS
def test_window_paints_every_tab(
    window: mainwindow.MainWindow, qtbot: QtBot, sample_case: dict[str, int], tmp_path: Path
) -> None:
    window.show()
    qtbot.waitExposed(window)
    assert not window.grab().isNull()
    window.open_case(sample_case["case"])
    for index in range(window.case_view.count()):
        window.case_view.setCurrentIndex(index)
        image = window.grab()
        assert image.save(str(tmp_path / f"tab{index}.png"))
    assert window.size().width() >= 1200


@OFFSCREEN_SIZE_HINTS
@pytest.mark.parametrize("dialog_name", ["casedialog", "eventdialog"])
def test_dialogs_paint(
    window: mainwindow.MainWindow, inline_tasks: tasks.Tasks, sample_case: dict[str, int], dialog_name: str
) -> None:
    runner = inline_tasks
    dialog = (casedialog.CaseDialog(window, tasks=runner, reference="BRE-2024-002") if dialog_name == "casedialog"
              else eventdialog.EventDialog(window, tasks=runner, case_id=sample_case["case"], zone="Europe/Paris",
                                           parties=[]))
    dialog.show()
    assert not dialog.grab().isNull()
    dialog.reject()
