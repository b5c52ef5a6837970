"""The import dialog: format detection, mapping and zone, bad lines, cancel, summary; the imports list."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from cnil_case.core import cases, db, evidence, timeline, vault
from cnil_case.core.importers import records
from cnil_case.core.snapshots import CaseDetail, CaseInput
from cnil_case.ui import importdialog, importsview, tasks
from tests.ui.conftest import Dialogs

TIMESKETCH = (
    "message,datetime,timestamp_desc,user,ip\n"
    "Connexion élève,2024-01-29T10:15:00.123456+01:00,Last Login,dr.martin,192.0.2.10\n"
    '"Export of 1,000 records",2024-01-29T09:16:01Z,Event Recorded,dr.martin,192.0.2.10\n'
    "Logout,2024-01-29T12:00:00-05:30,Event Recorded,,\n"
)
GENERIC = (
    "when;what;who;host\n"
    "29/01/2024 10:15:00;Login from unusual IP;dr.martin;portal-1\n"
    "29/01/2024 10:16:30;Bulk export of beneficiaries;dr.martin;portal-1\n"
    "29/01/2024 10:20:00;Logout;dr.martin;portal-2\n"
)
BAD_LINE = (
    "message,datetime,timestamp_desc\n"
    "First,2024-01-29T10:15:00+01:00,Login\n"
    "Second,yesterday at noon,Login\n"
    "Third,2024-01-29T10:17:00+01:00,Login\n"
)

# Shown dialogs on the offscreen platform.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def case(session_factory: db.SessionFactory) -> CaseDetail:
    with session_factory.begin() as session:
        return cases.create(session, CaseInput(reference="IMP-UI", title="Imports", display_zone="Europe/Paris"))


def _write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8", newline="")
    return path


def _dialog(qtbot: QtBot, runner: tasks.Tasks, case: CaseDetail, path: Path,
            store: vault.Vault | None = None) -> importdialog.ImportDialog:
    dialog = importdialog.ImportDialog(tasks=runner, case=case, path=path, store=store)
    qtbot.addWidget(dialog)
    return dialog


def _events(factory: db.SessionFactory, case_id: int) -> list[timeline.EventRow]:
    with factory() as session:
        return timeline.rows(session, timeline.list_ids(session, case_id))


def _cell(dialog: importdialog.ImportDialog, row: int, column: int) -> str:
    item = dialog.preview.item(row, column)
    assert item is not None
    return item.text()


def _top(view: importsview.ImportsDialog, row: int) -> QTreeWidgetItem:
    item = view.tree.topLevelItem(row)
    assert item is not None
    return item


def _map_generic(dialog: importdialog.ImportDialog) -> None:
    dialog.time_column.setCurrentIndex(dialog.time_column.findData("when"))
    dialog.time_format.setCurrentIndex(dialog.time_format.findData("custom"))
    dialog.time_pattern.setText("%d/%m/%Y %H:%M:%S")
    dialog.title_column.setCurrentIndex(dialog.title_column.findData("what"))
    dialog.source_column.setCurrentIndex(dialog.source_column.findData("host"))


def test_timesketch_csv_is_recognised_and_imported_with_attributes(
    qtbot: QtBot, inline_tasks: tasks.Tasks, session_factory: db.SessionFactory, case: CaseDetail,
    tmp_path: Path, dialogs: Dialogs,
) -> None:
    path = _write(tmp_path, "portal.csv", TIMESKETCH)
    dialog = _dialog(qtbot, inline_tasks, case, path)
    assert dialog.fmt == "timesketch-csv"
    assert not dialog.mapping_box.isVisible()
    assert dialog.problem() == ""
    assert dialog.preview.rowCount() == 3
    assert _cell(dialog, 0, 1).startswith("2024-01-29 10:15:00.123456+01:00  Connexion élève")
    with qtbot.wait_signal(dialog.accepted):
        dialog.start_button.click()
    events = _events(session_factory, case.id)
    assert [e.title for e in events] == ["Connexion élève", "Export of 1,000 records", "Logout"]
    assert events[0].attributes == {"ip": "192.0.2.10", "timestamp_desc": "Last Login", "user": "dr.martin"}
    title, text, _ = dialogs.infos[-1]
    assert "3 event(s) imported" in text
    assert hashlib.sha256(path.read_bytes()).hexdigest() in text
    assert dialog.result_row is not None and dialog.result_row.imported == 3


def test_naive_times_need_a_zone_before_start(
    qtbot: QtBot, inline_tasks: tasks.Tasks, session_factory: db.SessionFactory, case: CaseDetail, tmp_path: Path,
) -> None:
    path = _write(tmp_path, "access.csv", GENERIC)
    dialog = _dialog(qtbot, inline_tasks, case, path)
    assert dialog.fmt == "csv"
    _map_generic(dialog)
    assert "time zone" in dialog.problem()
    assert not dialog.start_button.isEnabled()
    assert "no UTC offset" in dialog.zone_note.text()
    dialog.start()  # refused: nothing happens
    assert _events(session_factory, case.id) == []

    dialog.zone_check.setChecked(True)
    dialog.zone_combo.set_zone("Europe/Paris")
    assert dialog.problem() == ""
    assert dialog.start_button.isEnabled()
    assert _cell(dialog, 0, 1) == "2024-01-29 10:15:00+01:00  Login from unusual IP"
    # "who" is left as an attribute, "host" became the source.
    item = dialog.attributes.findItems("host", importdialog.Qt.MatchFlag.MatchExactly)[0]
    assert not (item.flags() & importdialog.Qt.ItemFlag.ItemIsEnabled)
    with qtbot.wait_signal(dialog.accepted):
        dialog.start_button.click()
    events = _events(session_factory, case.id)
    assert len(events) == 3
    assert events[0].occurred.at.astimezone(dt.UTC) == dt.datetime(2024, 1, 29, 9, 15, tzinfo=dt.UTC)
    assert events[0].source == "portal-1"
    assert events[0].attributes == {"who": "dr.martin"}


def test_bad_line_aborts_naming_the_line_then_skip_imports_the_rest(
    qtbot: QtBot, inline_tasks: tasks.Tasks, session_factory: db.SessionFactory, case: CaseDetail,
    tmp_path: Path, dialogs: Dialogs,
) -> None:
    path = _write(tmp_path, "broken.csv", BAD_LINE)
    dialog = _dialog(qtbot, inline_tasks, case, path)
    assert _cell(dialog, 1, 1).startswith("✗ ")
    dialog.start_button.click()
    assert len(dialogs.errors) == 1
    message = str(dialogs.errors[0])
    assert "broken.csv, line 3" in message and "'datetime'" in message and "nothing was imported" in message
    assert _events(session_factory, case.id) == []
    assert dialog.isVisible() or not dialog.result_row  # the dialog stays for another try

    dialog.skip_radio.setChecked(True)
    with qtbot.wait_signal(dialog.accepted):
        dialog.start_button.click()
    assert [e.title for e in _events(session_factory, case.id)] == ["First", "Third"]
    _, text, details = dialogs.infos[-1]
    assert "1 line(s) skipped" in text and "line 3:" in text
    assert details.startswith("line 3: 'datetime' value 'yesterday at noon'")


def test_cancel_leaves_nothing(
    qtbot: QtBot, inline_tasks: tasks.Tasks, session_factory: db.SessionFactory, case: CaseDetail,
    tmp_path: Path, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = "".join(f"Line {i},2024-01-29T10:{i % 60:02d}:00+01:00,Login\n" for i in range(50))
    path = _write(tmp_path, "long.csv", "message,datetime,timestamp_desc\n" + lines)
    dialog = _dialog(qtbot, inline_tasks, case, path)
    real = records.import_file

    def small_batches(*args: object, **kwargs: object) -> records.ImportRow:
        # The user presses Cancel while the first batch is written.
        dialog.cancel()
        return real(*args, batch=10, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(records, "import_file", small_batches)
    dialog.start_button.click()
    assert _events(session_factory, case.id) == []
    assert dialogs.infos[-1][0] == "Import cancelled"
    assert dialog.result_row is None
    with session_factory() as session:
        assert records.list_imports(session, case.id) == []


def test_source_file_goes_to_the_vault(
    qtbot: QtBot, inline_tasks: tasks.Tasks, session_factory: db.SessionFactory, case: CaseDetail,
    tmp_path: Path, store: vault.Vault, dialogs: Dialogs,
) -> None:
    path = _write(tmp_path, "portal.csv", TIMESKETCH)
    dialog = _dialog(qtbot, inline_tasks, case, path, store)
    assert dialog.evidence_check.isChecked()
    with qtbot.wait_signal(dialog.accepted):
        dialog.start_button.click()
    with session_factory() as session:
        items = evidence.list_rows(session, case.id)
    assert [(i.original_name, i.sha256) for i in items] == [("portal.csv", hashlib.sha256(path.read_bytes()).hexdigest())]
    assert "added to the evidence vault" in dialogs.infos[-1][1]


def test_unreadable_file_is_one_clear_message_and_the_encoding_can_be_chosen(
    qtbot: QtBot, inline_tasks: tasks.Tasks, session_factory: db.SessionFactory, case: CaseDetail, tmp_path: Path,
) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("message,datetime\nÉté,2024-01-29T10:15:00Z\n".encode("latin-1"))
    dialog = _dialog(qtbot, inline_tasks, case, path)
    problem = dialog.problem()
    assert "latin1.csv, line 2" in problem and "UTF-8" in problem
    assert not dialog.start_button.isEnabled()
    dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.findData("latin-1"))
    assert dialog.problem() == ""
    assert dialog.fmt == "csv"  # detection ran on the first read only: the user's format stays
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("timesketch-csv"))
    assert _cell(dialog, 0, 1).endswith("Été")
    with qtbot.wait_signal(dialog.accepted):
        dialog.start_button.click()
    assert [e.title for e in _events(session_factory, case.id)] == ["Été"]


def test_imports_list_and_undo_removes_exactly_that_import(
    qtbot: QtBot, inline_tasks: tasks.Tasks, session_factory: db.SessionFactory, case: CaseDetail,
    tmp_path: Path, dialogs: Dialogs,
) -> None:
    first = _write(tmp_path, "portal.csv", TIMESKETCH)
    second = _write(tmp_path, "broken.csv", BAD_LINE)
    with session_factory.begin() as session:
        records.import_file(session, case.id, first, fmt="timesketch-csv")
        records.import_file(session, case.id, second, fmt="timesketch-csv", skip_bad=True)
    view = importsview.ImportsDialog(tasks=inline_tasks, case=case)
    qtbot.addWidget(view)
    assert view.tree.topLevelItemCount() == 2
    newest, oldest = _top(view, 0), _top(view, 1)
    assert newest.text(0) == "broken.csv" and newest.childCount() == 1
    assert "line 3" in newest.child(0).text(0)  # type: ignore[union-attr]
    assert oldest.text(7) == hashlib.sha256(first.read_bytes()).hexdigest()
    view.tree.setCurrentItem(oldest)
    assert view.undo_button.isEnabled()
    with qtbot.wait_signal(view.changed):
        view.undo_button.click()
    assert "portal.csv" in dialogs.confirmations[-1]
    assert [e.title for e in _events(session_factory, case.id)] == ["First", "Third"]
    assert _top(view, 1).text(6).startswith("undone")
    view.tree.setCurrentItem(_top(view, 1))
    assert not view.undo_button.isEnabled()


@pytest.mark.skipif(not os.environ.get("CNIL_CASE_SCREENSHOTS"), reason="screenshots on demand")
def test_screenshot_generic_mapping(qtbot: QtBot, inline_tasks: tasks.Tasks, case: CaseDetail, tmp_path: Path) -> None:
    path = _write(tmp_path, "access.csv", GENERIC + "garbage;Broken line;x;y\n")
    dialog = _dialog(qtbot, inline_tasks, case, path)
    _map_generic(dialog)
    dialog.zone_check.setChecked(True)
    dialog.zone_combo.set_zone("Europe/Paris")
    dialog.resize(1200, 800)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(os.path.join(os.environ["CNIL_CASE_SCREENSHOTS"], "import-dialog.png"))


@pytest.fixture
def threaded_tasks(qapp: object, session_factory: db.SessionFactory, workspace_path: Path) -> Iterator[tasks.Tasks]:
    runner = tasks.Tasks(session_factory, where=str(workspace_path))
    yield runner
    runner.shutdown()


def _slow_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of 100 with a pause after each, so the GUI sees the import in progress."""
    real = records.import_file

    def slow(*args: Any, progress: Any = None, **kwargs: Any) -> records.ImportRow:
        def report(read: int, done: int) -> None:
            progress(read, done)
            time.sleep(0.02)

        return real(*args, batch=100, progress=report, **kwargs)

    monkeypatch.setattr(records, "import_file", slow)


def test_progress_and_cancel_on_the_real_threads(
    qtbot: QtBot, threaded_tasks: tasks.Tasks, session_factory: db.SessionFactory, case: CaseDetail,
    tmp_path: Path, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = "".join(f"Line {i},2024-01-29T10:{i % 60:02d}:00+01:00,Login\n" for i in range(3000))
    path = _write(tmp_path, "long.csv", "message,datetime,timestamp_desc\n" + lines)
    _slow_batches(monkeypatch)
    dialog = _dialog(qtbot, threaded_tasks, case, path)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.problem() == "", timeout=5000)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: "records read" in dialog.progress_label.text(), timeout=5000)
    assert dialog.progress_bar.isVisible() and not dialog.start_button.isEnabled()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not threaded_tasks.busy, timeout=10000)
    assert dialogs.infos[-1][0] == "Import cancelled"
    assert _events(session_factory, case.id) == []

    with qtbot.wait_signal(dialog.accepted, timeout=20000):
        dialog.start_button.click()
    assert len(_events(session_factory, case.id)) == 3000


def test_entry_points(
    qtbot: QtBot, inline_tasks: tasks.Tasks, session_factory: db.SessionFactory, case: CaseDetail,
    tmp_path: Path, dialogs: Dialogs,
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    importdialog.import_timeline(parent, inline_tasks, case)  # the file picker was cancelled
    assert parent.findChildren(importdialog.ImportDialog) == []
    dialogs.open_path = _write(tmp_path, "portal.csv", TIMESKETCH)
    done: list[records.ImportRow] = []
    importdialog.import_timeline(parent, inline_tasks, case, done=done.append)
    (dialog,) = parent.findChildren(importdialog.ImportDialog)
    dialog.start_button.click()
    assert [r.imported for r in done] == [3]
    undone: list[bool] = []
    listing = importsview.show_imports(parent, inline_tasks, case, changed=lambda: undone.append(True))
    listing.tree.setCurrentItem(_top(listing, 0))
    listing.undo_selected()
    assert undone == [True] and _events(session_factory, case.id) == []
