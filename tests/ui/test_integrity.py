"""The Integrity dialog: intact in green, or a table naming each broken link; tampering behind its back shows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cnil_case.core import db, vault
from cnil_case.ui import integrityview, language, tasks, theme
from tests.helpers import tamper


@pytest.fixture
def populated(session_factory: db.SessionFactory, store: vault.Vault, sample_case: dict[str, int],
              tmp_path: Path) -> tamper.Populated:
    return tamper.populate(session_factory, store, sample_case["case"], tmp_path / "files")


def _open(qtbot: QtBot, runner: tasks.Tasks, store: vault.Vault | None,
          case_id: int | None = None) -> integrityview.IntegrityDialog:
    dialog = integrityview.IntegrityDialog(None, tasks=runner, store=store, case_id=case_id)
    qtbot.addWidget(dialog)
    return dialog


def test_intact_shows_a_green_line(qtbot: QtBot, inline_tasks: tasks.Tasks, store: vault.Vault,
                                   populated: tamper.Populated) -> None:
    dialog = _open(qtbot, inline_tasks, store)
    assert dialog.report is not None and dialog.report.intact
    assert dialog.status.text().startswith("✔ Intact: ")
    assert theme.state_color("ok").name() in dialog.status.styleSheet()
    assert dialog.table.isHidden() and dialog.model.rowCount() == 0


@pytest.mark.parametrize("kind", tamper.KINDS)
def test_each_tampering_is_listed(kind: str, qtbot: QtBot, inline_tasks: tasks.Tasks, store: vault.Vault,
                                  session_factory: db.SessionFactory, populated: tamper.Populated) -> None:
    dialog = _open(qtbot, inline_tasks, store)
    assert dialog.report is not None and dialog.report.intact
    expected = tamper.tamper(kind, session_factory, store, populated)
    with qtbot.wait_signal(dialog.checked):
        qtbot.mouseClick(dialog.again_button, integrityview.Qt.MouseButton.LeftButton)
    assert not dialog.table.isHidden() and "problem" in dialog.status.text()
    shown = [" ".join(str(dialog.model.index(r, c).data()) for c in range(3)) for r in range(dialog.model.rowCount())]
    assert any(expected in line for line in shown), shown


def test_model(qtbot: QtBot, qtmodeltester: Any, inline_tasks: tasks.Tasks, store: vault.Vault,
               session_factory: db.SessionFactory, populated: tamper.Populated) -> None:
    tamper.tamper("vault-delete", session_factory, store, populated)
    tamper.tamper("audit-summary", session_factory, store, populated)
    dialog = _open(qtbot, inline_tasks, store)
    assert dialog.model.rowCount() == 2
    qtmodeltester.check(dialog.model)


def test_cancel_concludes_nothing(qtbot: QtBot, inline_tasks: tasks.Tasks, store: vault.Vault,
                                  populated: tamper.Populated, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(integrityview.evidenceview.ProgressPanel, "cancelled", lambda self: True)
    dialog = _open(qtbot, inline_tasks, store)
    assert dialog.report is None and "cancelled" in dialog.status.text()
    assert dialog.again_button.isEnabled()


def test_real_threads(qtbot: QtBot, session_factory: db.SessionFactory, workspace_path: Path, store: vault.Vault,
                      populated: tamper.Populated) -> None:
    runner = tasks.Tasks(session_factory, where=str(workspace_path))
    try:
        with qtbot.wait_signal(runner.busy_changed, check_params_cb=lambda busy: not busy, timeout=10_000):
            dialog = _open(qtbot, runner, store)
        assert dialog.report is not None and dialog.report.intact
    finally:
        runner.shutdown()


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    assert language.install(qapp, "fr") == "fr"
    yield
    language.install(qapp, "en")


def test_in_french(french: None, qtbot: QtBot, inline_tasks: tasks.Tasks, store: vault.Vault,
                   session_factory: db.SessionFactory, populated: tamper.Populated) -> None:
    dialog = _open(qtbot, inline_tasks, store)
    assert dialog.status.text().startswith("✔ Intègre\u202f: entrées du journal d’audit\u202f: ")
    assert dialog.report is not None and str(dialog.report.summary()).startswith("Intact: ")  # the report: English
    tamper.tamper("vault-delete", session_factory, store, populated)
    tamper.tamper("audit-delete", session_factory, store, populated)
    with qtbot.wait_signal(dialog.checked):
        qtbot.mouseClick(dialog.again_button, integrityview.Qt.MouseButton.LeftButton)
    assert dialog.status.text().startswith("2 problèmes détectés (entrées du journal d’audit\u202f: ")
    rows = [[str(dialog.model.index(r, c).data()) for c in range(3)] for r in range(dialog.model.rowCount())]
    assert rows[0][0] == "journal d’audit" and "a été supprimée" in rows[0][2]
    assert rows[0][1].startswith("entrée n° ")
    assert rows[1][0] == "coffre des pièces" and rows[1][2].startswith("est absent du coffre")
    assert "pièce n° " in rows[1][1]
    assert dialog.report is not None and "was removed" in dialog.report.problems[0].what  # CLI and JSON: English
