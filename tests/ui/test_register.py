"""The breach register dialog (GDPR Art. 33(5)): preview, PDF and CSV exports, earlier exports; its menu action."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from cnil_case.core import db, demo, exports
from cnil_case.ui import exportsmodel, mainwindow, registerdialog, tasks
from tests.ui import stubs
from tests.ui.conftest import Dialogs
from tests.ui.test_correspondence import shots_dir

OFFSCREEN_SIZE_HINTS = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@OFFSCREEN_SIZE_HINTS
def test_register_previews_and_exports_csv_with_bom_and_pdf(
    qtbot: QtBot, tmp_path: Path, inline_tasks: tasks.Tasks, sample_case: dict[str, int],
    clock: stubs.FakeClock, dialogs: Dialogs, session_factory: db.SessionFactory,
) -> None:
    dialog = registerdialog.RegisterDialog(None, tasks=inline_tasks)
    qtbot.addWidget(dialog)
    assert dialog.preview.document.pageCount() >= 1
    assert "1 case(s)" in dialog.preview_status.text()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.preview.document.pageCount() >= 1

    csv_path = tmp_path / "register.csv"
    dialogs.save_path = csv_path
    dialog.export_csv_button.click()
    data = csv_path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"BRE-2024-001" in data
    assert not dialogs.confirmations  # the register is never a draft

    pdf_path = tmp_path / "register.pdf"
    dialogs.save_path = pdf_path
    dialog.export_pdf_button.click()
    assert pdf_path.read_bytes().startswith(b"%PDF")
    assert dialog._built is not None and pdf_path.read_bytes() == dialog._built.data

    model = dialog.exports.model
    assert model.rowCount() == 2
    assert model.index(0, exportsmodel.VARIANT).data() == "PDF"  # newest first
    assert model.index(1, exportsmodel.VARIANT).data() == "CSV"
    assert model.index(1, exportsmodel.LANGUAGE).data() == "English"
    assert model.index(1, exportsmodel.CHECK).data() == "Yes"
    with session_factory() as s:
        rows = exports.list_exports(s, None)
        assert exports.list_exports(s, sample_case["case"]) == []
    assert {r.sha256 for r in rows} == {hashlib.sha256(p.read_bytes()).hexdigest() for p in (csv_path, pdf_path)}
    assert all(r.kind == "register" and r.case_id is None for r in rows)

    # A new dialog lists the earlier exports.
    again = registerdialog.RegisterDialog(None, tasks=inline_tasks)
    qtbot.addWidget(again)
    assert again.exports.model.rowCount() == 2


def test_register_failed_write_names_the_file(
    qtbot: QtBot, tmp_path: Path, inline_tasks: tasks.Tasks, sample_case: dict[str, int],
    clock: stubs.FakeClock, dialogs: Dialogs, session_factory: db.SessionFactory,
) -> None:
    dialog = registerdialog.RegisterDialog(None, tasks=inline_tasks)
    qtbot.addWidget(dialog)
    dialogs.save_path = tmp_path / "gone" / "register.csv"
    dialog.export_csv_button.click()
    assert len(dialogs.errors) == 1 and str(dialogs.save_path) in str(dialogs.errors[0])
    with session_factory() as s:
        assert exports.list_exports(s, None) == []


@OFFSCREEN_SIZE_HINTS
def test_menu_opens_the_register(
    qtbot: QtBot, window: mainwindow.MainWindow, monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[Any] = []
    monkeypatch.setattr(registerdialog.RegisterDialog, "show_for", lambda parent, **kw: opened.append(parent))
    (case_menu,) = [m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Case"]
    assert window.act_register in case_menu.actions()
    window.act_register.trigger()
    assert opened == [window]


@OFFSCREEN_SIZE_HINTS
def test_register_dialog_on_the_demo_case(
    qtbot: QtBot, tmp_path: Path, inline_tasks: tasks.Tasks, clock: stubs.FakeClock,
    session_factory: db.SessionFactory,
) -> None:
    with session_factory.begin() as s:
        demo.ensure_demo_case(s)
    dialog = registerdialog.RegisterDialog(None, tasks=inline_tasks)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.resize(1440, 900)
    dialog.show()
    qtbot.wait(50)
    assert dialog.preview.document.pageCount() >= 1
    assert dialog.grab().save(str(shots_dir(tmp_path) / "register.png"))
