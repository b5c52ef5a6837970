"""The search dialog: accent-insensitive hits grouped by kind, escaped snippets, keys, stale answers."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cnil_case.core import cases, db, search, timeline
from cnil_case.core.snapshots import CaseInput, EventInput, Moment
from cnil_case.ui import searchview, tasks
from tests.helpers.fixtures import paris

# Shown dialogs on the offscreen platform.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ids(session_factory: db.SessionFactory) -> dict[str, int]:
    with session_factory.begin() as session:
        first = cases.create(session, CaseInput(reference="SRCH-1", title="Portal"))
        other = cases.create(session, CaseInput(reference="SRCH-2", title="Other"))

        def add(case_id: int, title: str, details: str = "") -> int:
            data = EventInput(occurred=Moment(paris(2024, 1, 29, 10)), title=title, details=details)
            return timeline.add_event(session, case_id, data).id

        return {
            "case": first.id, "other": other.id,
            "eleve": add(first.id, "Connexion élève", "Compte d'un élève de l'académie"),
            "tag": add(first.id, "Script <b>injected</b> élève", "<script>alert(1)</script>"),
            "elsewhere": add(other.id, "Élève ailleurs"),
            "noise": add(first.id, "Logout"),
        }


def _dialog(qtbot: QtBot, runner: tasks.Tasks, opened: list[search.SearchHit], **kw: object) -> searchview.SearchDialog:
    dialog = searchview.SearchDialog(runner, opened.append, None, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _hits(dialog: searchview.SearchDialog) -> list[search.SearchHit]:
    found = []
    for row in range(dialog.results.topLevelItemCount()):
        item = dialog.results.topLevelItem(row)
        hit = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if hit is not None:
            found.append(hit)
    return found


def test_typing_without_accents_finds_and_enter_opens_the_hit(
    qtbot: QtBot, inline_tasks: tasks.Tasks, ids: dict[str, int],
) -> None:
    opened: list[search.SearchHit] = []
    dialog = _dialog(qtbot, inline_tasks, opened)
    assert not dialog.only_case.isEnabled()
    qtbot.keyClicks(dialog.query, "eleve")
    qtbot.waitUntil(lambda: len(_hits(dialog)) == 3, timeout=2000)
    heading = dialog.results.topLevelItem(0)
    assert heading is not None and heading.text(0) == "Timeline events (3)"
    assert {h.id for h in _hits(dialog)} == {ids["eleve"], ids["tag"], ids["elsewhere"]}
    first = dialog.current_hit()
    assert first is not None
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    second = dialog.current_hit()
    assert second is not None and second != first
    qtbot.keyClick(dialog.query, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Up)  # stays on the first hit, never on the heading
    assert dialog.current_hit() == first
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert opened == [first]
    assert opened[0].kind == "event" and opened[0].case_id in (ids["case"], ids["other"])


def test_only_the_open_case(qtbot: QtBot, inline_tasks: tasks.Tasks, ids: dict[str, int]) -> None:
    opened: list[search.SearchHit] = []
    dialog = _dialog(qtbot, inline_tasks, opened, case_id=ids["case"], case_reference="SRCH-1")
    assert dialog.only_case.isChecked() and "SRCH-1" in dialog.only_case.text()
    dialog.query.setText("élève")
    dialog.run_now()
    assert {h.id for h in _hits(dialog)} == {ids["eleve"], ids["tag"]}
    dialog.only_case.setChecked(False)
    assert {h.id for h in _hits(dialog)} == {ids["eleve"], ids["tag"], ids["elsewhere"]}
    item = dialog.results.topLevelItem(1)
    assert item is not None
    dialog.results.itemDoubleClicked.emit(item, 0)
    assert opened == [item.data(0, Qt.ItemDataRole.UserRole)]


def test_snippet_escapes_what_the_user_typed(qtbot: QtBot, inline_tasks: tasks.Tasks, ids: dict[str, int]) -> None:
    dialog = _dialog(qtbot, inline_tasks, [])
    dialog.query.setText("injected")
    dialog.run_now()
    (hit,) = _hits(dialog)
    assert hit.id == ids["tag"]
    item = dialog.results.topLevelItem(1)
    assert item is not None
    shown = item.data(0, Qt.ItemDataRole.UserRole + 1)
    assert "Script &lt;b&gt;injected&lt;/b&gt; élève" in shown
    assert "<b>injected</b>" in shown  # the match, highlighted by us
    assert "<script>" not in shown
    assert searchview.snippet_html("a <i>x</i> \x02b\x03 & c") == "a &lt;i&gt;x&lt;/i&gt; <b>b</b> &amp; c"


def test_stale_answers_are_dropped_and_odd_queries_are_gentle(
    qtbot: QtBot, inline_tasks: tasks.Tasks, ids: dict[str, int],
) -> None:
    dialog = _dialog(qtbot, inline_tasks, [])
    dialog.query.setText("logout")
    dialog.run_now()
    assert [h.id for h in _hits(dialog)] == [ids["noise"]]
    generation = dialog._generation
    dialog.query.setText('"unbalanced OR ( NEAR* -')
    dialog.run_now()
    assert _hits(dialog) == []
    assert dialog.status.text() == "No match."
    dialog._show(generation, [search.SearchHit("event", 1, 1, "old", "old", 0.0)], {})  # a late answer
    assert _hits(dialog) == []
    dialog.query.setText("*** ---")
    dialog.run_now()
    assert "letters or digits" in dialog.status.text()


@pytest.mark.skipif(not os.environ.get("CNIL_CASE_SCREENSHOTS"), reason="screenshots on demand")
def test_screenshot(qtbot: QtBot, inline_tasks: tasks.Tasks, ids: dict[str, int], session_factory: db.SessionFactory) -> None:
    with session_factory.begin() as session:
        for n in range(4):
            timeline.add_event(session, ids["case"], EventInput(
                occurred=Moment(paris(2024, 1, 30, 9, n)), title=f"Export {n} by compte élève",
                details="Fichier des bénéficiaires exporté par l'élève " * 3))
    dialog = _dialog(qtbot, inline_tasks, [])
    dialog.resize(1200, 800)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.query, "eleve")
    qtbot.waitUntil(lambda: len(_hits(dialog)) > 3, timeout=2000)
    dialog.grab().save(os.path.join(os.environ["CNIL_CASE_SCREENSHOTS"], "search-dialog.png"))
