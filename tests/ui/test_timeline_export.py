"""Export timeline: format and scope, written atomically off the GUI thread, re-imports to the same count."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cnil_case.core import cases, db, timeline
from cnil_case.core.importers import records
from cnil_case.core.snapshots import CaseDetail, CaseInput, EventFilter
from cnil_case.ui import tasks, timelineexport
from tests.ui.conftest import Dialogs

SOURCE = (
    "message,datetime,timestamp_desc,user\n"
    "Connexion élève,2024-01-29T10:15:00.123456+01:00,Last Login,dr.martin\n"
    '"Export of 1,000 records",2024-01-29T09:16:01Z,Event Recorded,dr.martin\n'
    "Logout,2024-01-29T12:00:00-05:30,Event Recorded,\n"
)


@pytest.fixture
def case(session_factory: db.SessionFactory, tmp_path: Path) -> CaseDetail:
    path = tmp_path / "source.csv"
    path.write_text(SOURCE, encoding="utf-8", newline="")
    with session_factory.begin() as session:
        created = cases.create(session, CaseInput(reference="EXP-1", title="Export"))
        records.import_file(session, created.id, path, fmt="timesketch-csv")
    return created


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _choose(monkeypatch: pytest.MonkeyPatch, fmt: str, filtered: bool) -> list[bool]:
    """Answer the format-and-scope dialog; returns whether the filter was offered, per call."""
    offered: list[bool] = []

    def ask(parent: object, *, filtered: bool) -> timelineexport.Choice:
        offered.append(filtered)
        return timelineexport.Choice(fmt, chosen)

    chosen = filtered
    monkeypatch.setattr(timelineexport.ExportDialog, "ask", ask)
    return offered


@pytest.mark.parametrize(("fmt", "name"), [("timesketch-csv", "out.csv"), ("timesketch-jsonl", "out.jsonl")])
def test_export_reimports_to_the_same_count(
    parent: QWidget, inline_tasks: tasks.Tasks, session_factory: db.SessionFactory, case: CaseDetail,
    tmp_path: Path, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch, fmt: str, name: str,
) -> None:
    offered = _choose(monkeypatch, fmt, False)
    dialogs.save_path = tmp_path / name
    timelineexport.export_timeline(parent, inline_tasks, case, EventFilter())
    assert offered == [False]  # no filter in force: only the whole case is offered
    assert dialogs.infos[-1][1] == f"3 event(s) written to {tmp_path / name}"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left
    with session_factory.begin() as session:
        again = cases.create(session, CaseInput(reference="EXP-2", title="Round trip"))
        row = records.import_file(session, again.id, tmp_path / name, fmt=fmt)
    assert row.imported == 3
    with session_factory() as session:
        before = timeline.rows(session, timeline.list_ids(session, case.id))
        after = timeline.rows(session, timeline.list_ids(session, again.id))
    assert [(e.occurred.at, e.title, e.attributes) for e in before] == [(e.occurred.at, e.title, e.attributes)
                                                                        for e in after]


def test_the_current_filter_only(
    parent: QWidget, inline_tasks: tasks.Tasks, case: CaseDetail, tmp_path: Path, dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    offered = _choose(monkeypatch, "timesketch-csv", True)
    dialogs.save_path = tmp_path / "filtered"  # no suffix: the format's is added
    timelineexport.export_timeline(parent, inline_tasks, case, EventFilter(text="logout", descending=True))
    assert offered == [True]
    assert dialogs.infos[-1][1] == f"1 event(s) written to {tmp_path / 'filtered.csv'}"
    assert (tmp_path / "filtered.csv").read_text(encoding="utf-8").count("\n") == 2


def test_unwritable_folder_is_one_message(
    parent: QWidget, inline_tasks: tasks.Tasks, case: CaseDetail, tmp_path: Path, dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _choose(monkeypatch, "timesketch-csv", False)
    dialogs.save_path = tmp_path / "missing" / "out.csv"
    timelineexport.export_timeline(parent, inline_tasks, case, None)
    assert len(dialogs.errors) == 1 and "Cannot write" in str(dialogs.errors[0])
    assert dialogs.infos == []


def test_dialog_offers_the_filter_only_when_there_is_one(qtbot: QtBot) -> None:
    plain = timelineexport.ExportDialog(filtered=False)
    qtbot.addWidget(plain)
    assert not plain.filtered.isEnabled() and plain.choice() == timelineexport.Choice("timesketch-csv", False)
    narrowed = timelineexport.ExportDialog(filtered=True)
    qtbot.addWidget(narrowed)
    narrowed.jsonl.setChecked(True)
    assert narrowed.choice() == timelineexport.Choice("timesketch-jsonl", True)
