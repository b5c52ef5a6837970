"""The Timeline tab's quick-add line and the preview of pasted lines, on a real database."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from cnil_case.core import db, snapshots, timeline
from cnil_case.ui import mainwindow, pastepreview, timelineview
from tests.ui.conftest import Dialogs


@pytest.fixture
def view(window: mainwindow.MainWindow, sample_case: dict[str, int]) -> timelineview.TimelineView:
    window.open_case(sample_case["case"])
    return window.case_view.timeline


def type_line(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Type as a user would; QTest cannot send non-ASCII keys, those are inserted as an input method would."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(edit, char)
        else:
            edit.insert(char)


def _events(session_factory: db.SessionFactory, case_id: int) -> list[snapshots.EventRow]:
    with session_factory() as session:
        return timeline.rows(session, timeline.list_ids(session, case_id))


def test_typing_a_line_and_enter_adds_the_event(
    view: timelineview.TimelineView, qtbot: QtBot, session_factory: db.SessionFactory, sample_case: dict[str, int],
) -> None:
    assert "Europe/Paris" in view.quick_hint.text()
    type_line(qtbot, view.quick, "1 févr. 2024 14h Viamedis informe la CNIL")
    assert view.quick_hint.text() == "Thu 1 Feb 2024 14:00 (UTC+01:00, to the hour) — Viamedis informe la CNIL"
    qtbot.keyClick(view.quick, Qt.Key.Key_Return)
    added = [e for e in _events(session_factory, sample_case["case"]) if e.title == "Viamedis informe la CNIL"]
    assert len(added) == 1
    assert added[0].occurred == snapshots.Moment(at=dt.datetime(2024, 2, 1, 13, tzinfo=dt.UTC), precision="hour",
                                                 offset=60)
    assert added[0].category == "other"
    assert view.quick.text() == ""
    current = view.current_event()
    assert current is not None and current.id == added[0].id
    assert view.history.undo_stack.undoText() == "Add event “Viamedis informe la CNIL”"


def test_a_refused_line_says_why_and_adds_nothing(
    view: timelineview.TimelineView, qtbot: QtBot, session_factory: db.SessionFactory, sample_case: dict[str, int],
) -> None:
    type_line(qtbot, view.quick, "2024-03-31 02:30 Intrusion")
    assert view.quick_hint.text().startswith("Column 12: 02:30 does not exist in Europe/Paris")
    view.quick.setCursorPosition(0)
    qtbot.keyClick(view.quick, Qt.Key.Key_Return)
    assert len(_events(session_factory, sample_case["case"])) == 3
    assert view.quick.cursorPosition() == 11  # on the time that does not exist
    assert view.quick.text() == "2024-03-31 02:30 Intrusion"
    assert not view.history.undo_stack.canUndo()


def test_a_time_that_happens_twice_asks_which(
    view: timelineview.TimelineView, qtbot: QtBot, session_factory: db.SessionFactory, sample_case: dict[str, int],
    dialogs: Dialogs,
) -> None:
    dialogs.fold_answer = 1
    type_line(qtbot, view.quick, "27 oct. 2024 2h30 Second exfiltration")
    assert "UTC+02:00 or UTC+01:00" in view.quick_hint.text()
    qtbot.keyClick(view.quick, Qt.Key.Key_Return)
    assert len(dialogs.folds) == 1
    added = [e for e in _events(session_factory, sample_case["case"]) if e.title == "Second exfiltration"]
    assert added[0].occurred.at == dt.datetime(2024, 10, 27, 1, 30, tzinfo=dt.UTC)


PASTE = """2024-02-01 14:00 Viamedis informe la CNIL
32/01/2024 Wrong day
1 févr. 2024 16h30 Almerys informe la CNIL
Nothing dated here

Feb 2, 2024 9:00 am Insurers informed
"""


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[pastepreview.PastePreview]:
    """Build the real preview, keep it for the test to read, and press its Add button."""
    built: list[pastepreview.PastePreview] = []

    def ask(parent: Any, *, results: Any) -> Any:
        dialog = pastepreview.PastePreview(parent, results=results)
        built.append(dialog)
        dialog.add_button.click()
        return dialog.entries() if dialog.result() else None

    monkeypatch.setattr(pastepreview.PastePreview, "ask", ask)
    return built


@pytest.mark.parametrize("where", ["table", "quick"])
def test_a_paste_of_five_lines_previews_and_adds_the_three_valid(
    view: timelineview.TimelineView, qtbot: QtBot, session_factory: db.SessionFactory, sample_case: dict[str, int],
    previews: list[pastepreview.PastePreview], where: str,
) -> None:
    QGuiApplication.clipboard().setText(PASTE)
    if where == "table":
        view.paste_action.trigger()
    else:
        qtbot.keyClick(view.quick, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert view.quick.text() == ""  # not flattened into the line
    preview = previews[0]
    table = preview.table
    cells = [(table.item(r, 0), table.item(r, 2)) for r in range(table.rowCount())]
    read = {int(n.text()): t.text() for n, t in cells if n is not None and t is not None}
    assert sorted(read) == [1, 2, 3, 4, 6]
    assert read[1] == "Thu 1 Feb 2024 14:00 (UTC+01:00) — Viamedis informe la CNIL"
    assert read[2] == "Refused: Column 1: there is no day 32 in January 2024 (it has 31 days)"
    assert read[4].startswith("Refused: Column 1: no date at the start of the line")
    assert preview.add_button.text() == "Add 3 event(s)"
    titles = [e.title for e in _events(session_factory, sample_case["case"])]
    assert titles == ["Intrusion", "Platform disconnected", "Viamedis informe la CNIL", "Almerys informe la CNIL",
                      "Insurers informed", "CNIL press release"]
    # One step for the whole paste.
    assert view.history.undo_stack.undoText() == "Add 3 events"
    view.history.undo()
    assert len(_events(session_factory, sample_case["case"])) == 3


def test_a_cancelled_preview_adds_nothing(
    view: timelineview.TimelineView, session_factory: db.SessionFactory, sample_case: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pastepreview.PastePreview, "ask", lambda parent, *, results: None)
    view.paste_events(PASTE)
    assert len(_events(session_factory, sample_case["case"])) == 3


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_look(window: mainwindow.MainWindow, view: timelineview.TimelineView, qtbot: QtBot,
              tmp_path: Any) -> None:
    """Grab the tab and the preview (for the eye: tmp_path/timeline.png, preview.png)."""
    window.resize(1300, 700)
    window.show()
    window.case_view.setCurrentWidget(view)
    type_line(qtbot, view.quick, "1 févr. 2024 14h Viamedis informe la CNIL")
    assert view.quick_hint.isVisible()
    view.grab().save(str(tmp_path / "timeline.png"))
    from cnil_case.core import quickadd
    preview = pastepreview.PastePreview(view, results=quickadd.parse_lines(PASTE, "Europe/Paris"))
    qtbot.addWidget(preview)
    preview.show()
    preview.grab().save(str(tmp_path / "preview.png"))
