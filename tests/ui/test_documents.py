"""The Documents tab: what a document lacks, the PDF preview, exports with their SHA-256, drafts, failures;
the Art. 34(2) account for data subjects on the Overview tab."""

from __future__ import annotations

import dataclasses
import hashlib
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cnil_case.core import cases, db, demo, exports, parties
from cnil_case.report import documents
from cnil_case.ui import documentsview, exportsmodel, language, mainwindow, tasks
from tests.ui import stubs
from tests.ui.conftest import Dialogs
from tests.ui.test_correspondence import shots_dir

OFFSCREEN_SIZE_HINTS = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
# QtPdf's link model logs a warning for each contents entry of the investigation report: reportlab's
# internal links point at a destination it does not parse (the links still work in PDF readers).
TOC_LINKS = pytest.mark.qt_log_ignore("link with invalid location and/or zoom")


def documents_tab(window: mainwindow.MainWindow, case_id: int) -> documentsview.DocumentsView:
    window.open_case(case_id)
    view = window.case_view.documents
    window.case_view.setCurrentWidget(view)
    return view


def previewed(view: documentsview.DocumentsView) -> exports.BuiltDocument | None:
    """The preview still current (read through a function: it changes behind mypy's back)."""
    return view.built


def requirements(view: documentsview.DocumentsView) -> list[str]:
    return [gap.requirement for gap in view.gaps()]


def test_variants_follow_the_domain() -> None:
    for kind, _name, _help, variants in documentsview.DOCUMENTS:
        assert tuple(code for code, _n, _h in variants) == exports.VARIANTS[kind]


@OFFSCREEN_SIZE_HINTS
def test_dpo_gap_listed_then_cleared_when_the_organisation_gets_a_dpo_email(
    qtbot: QtBot, window: mainwindow.MainWindow, sample_case: dict[str, int], clock: stubs.FakeClock,
    session_factory: db.SessionFactory,
) -> None:
    window.show()
    view = documents_tab(window, sample_case["case"])
    view.select("art33", "initial", "fr")
    assert "DPO or contact point" in requirements(view)
    shown = view.gaps_text.toPlainText()
    assert "DPO or contact point (GDPR Art. 33(3)(b))" in shown
    assert "Missing: no e-mail or phone of a DPO or contact point for Mutuelle Exemple" in shown
    assert "Where to fix: Parties tab" in shown
    assert "marked DRAFT" in view.completeness.text()

    with session_factory.begin() as s:
        org = parties.get_organisation(s, sample_case["insurer"])
        parties.update_organisation(s, org.id, dataclasses.replace(org.as_input(), dpo_email="dpo@mutuelle.example"))
    # The Parties tab reports an edited organisation this way; the open Documents tab reads the case again.
    window.case_view.parties.changed.emit()
    assert "DPO or contact point" not in requirements(view)
    assert "DPO or contact point" not in view.gaps_text.toPlainText()

    # The choice changes the list: the Art. 34 letter has requirements of its own.
    view.select("art34", "letter")
    assert all("Art. 34" in g.article or "Art. 33" in g.article for g in view.gaps())
    view.select("investigation", "day")
    assert view.gaps() == [] and view.gaps_text.isHidden()
    assert view.completeness.text() == "✔ Complete: every section of the report has content (Art. 33(5))."


@OFFSCREEN_SIZE_HINTS
def test_preview_then_export_saves_the_previewed_bytes_after_draft_confirmation(
    qtbot: QtBot, tmp_path: Path, window: mainwindow.MainWindow, sample_case: dict[str, int],
    clock: stubs.FakeClock, dialogs: Dialogs, session_factory: db.SessionFactory, qtmodeltester: ModelTester,
) -> None:
    view = documents_tab(window, sample_case["case"])
    view.select("art33", "initial", "fr")
    view.preview_button.click()
    assert view.preview.document.pageCount() >= 1
    built = view.built
    assert built is not None and built.draft and built.lang == "fr"
    assert "draft" in view.preview_status.text() and built.sha256[:16] in view.preview_status.text()

    target = tmp_path / "out" / "notification.pdf"
    target.parent.mkdir()
    dialogs.save_path = target
    view.export_button.click()
    assert "This document lacks:" in dialogs.confirmations[-1]
    assert "DPO or contact point" in dialogs.confirmations[-1]
    assert target.read_bytes() == built.data
    sha = hashlib.sha256(target.read_bytes()).hexdigest()
    model = view.exports.model
    assert model.rowCount() == 1
    assert model.index(0, exportsmodel.SHA256).data(exportsmodel.Qt.ItemDataRole.ToolTipRole) == sha
    assert model.index(0, exportsmodel.DRAFT).data() == "Draft"
    assert model.index(0, exportsmodel.CHECK).data() == "Yes"
    assert model.index(0, exportsmodel.DOCUMENT).data() == "Art. 33 notification"
    assert dialogs.infos and str(target) in dialogs.infos[-1][1] and sha in dialogs.infos[-1][1]
    with session_factory() as s:
        (row,) = exports.list_exports(s, sample_case["case"])
    assert row.sha256 == sha and row.draft and row.kind == "art33"

    # The file handed over is edited: Verify files says so.
    target.write_bytes(b"%PDF-1.4 tampered")
    view.exports.verify_button.click()
    assert model.index(0, exportsmodel.CHECK).data() == "No: changed"
    target.unlink()
    view.exports.verify_button.click()
    assert model.index(0, exportsmodel.CHECK).data() == "No: missing"
    qtmodeltester.check(model)


@OFFSCREEN_SIZE_HINTS
def test_refused_draft_and_failed_write_record_nothing(
    qtbot: QtBot, tmp_path: Path, window: mainwindow.MainWindow, sample_case: dict[str, int],
    clock: stubs.FakeClock, dialogs: Dialogs, session_factory: db.SessionFactory,
) -> None:
    view = documents_tab(window, sample_case["case"])
    view.select("art34", "public", "en")
    dialogs.save_path = tmp_path / "refused.pdf"
    dialogs.confirm_answer = False
    view.export_button.click()  # no preview yet: export builds the document first
    assert len(dialogs.confirmations) == 1
    assert not dialogs.save_path.exists()

    dialogs.confirm_answer = True
    missing = tmp_path / "no-such-folder" / "letter.pdf"
    dialogs.save_path = missing
    view.export_button.click()
    assert len(dialogs.errors) == 1
    assert str(missing) in str(dialogs.errors[0])
    assert not dialogs.crashes
    assert not missing.parent.exists()
    assert view.exports.model.rowCount() == 0
    with session_factory() as s:
        assert exports.list_exports(s, sample_case["case"]) == []


@OFFSCREEN_SIZE_HINTS
def test_preview_goes_out_of_date_when_the_case_or_the_choice_changes(
    qtbot: QtBot, window: mainwindow.MainWindow, sample_case: dict[str, int], clock: stubs.FakeClock,
) -> None:
    window.show()
    view = documents_tab(window, sample_case["case"])
    view.select("art33", "complementary", "en")
    assert view.earlier_reference.isVisible()
    view.earlier_reference.setText("CNIL-2024-0001")
    view.preview_button.click()
    assert previewed(view) is not None and "Out of date" not in view.preview_status.text()
    window.case_view.parties.changed.emit()
    assert previewed(view) is None and "Out of date" in view.preview_status.text()
    view.preview_button.click()
    assert previewed(view) is not None
    view.select("art33", "initial")
    assert not view.earlier_reference.isVisible()
    assert previewed(view) is None


@OFFSCREEN_SIZE_HINTS
def test_public_summary_round_trips_through_the_overview(
    qtbot: QtBot, window: mainwindow.MainWindow, sample_case: dict[str, int], clock: stubs.FakeClock,
    session_factory: db.SessionFactory,
) -> None:
    window.open_case(sample_case["case"])
    form = window.case_view.overview
    text = "Des personnes malveillantes ont consulté vos données de tiers payant."
    form.fields.public_summary.setPlainText(text)
    assert form.is_dirty()
    form.save_button.click()
    with session_factory() as s:
        saved = cases.get(s, sample_case["case"])
    assert saved.public_summary == text
    assert saved.summary == ""
    form.open_case(None)
    window.case_view.open_case(sample_case["case"])
    assert form.fields.public_summary.toPlainText() == text
    assert "Art. 34(2)" in form.fields.public_summary.toolTip()


@OFFSCREEN_SIZE_HINTS
def test_documents_tab_on_the_demo_case(
    qtbot: QtBot, tmp_path: Path, window: mainwindow.MainWindow, clock: stubs.FakeClock,
    session_factory: db.SessionFactory,
) -> None:
    with session_factory.begin() as s:
        case_id = demo.ensure_demo_case(s)
    window.resize(1440, 900)
    window.show()
    view = documents_tab(window, case_id)
    view.select("art33", "initial", "fr")
    view.preview_button.click()
    assert view.preview.document.pageCount() >= 2
    assert view.built is not None
    qtbot.wait(800)  # QPdfView renders pages on a thread of its own
    assert window.grab().save(str(shots_dir(tmp_path) / "documents.png"))


@OFFSCREEN_SIZE_HINTS
@TOC_LINKS
def test_investigation_report_preview_and_render_failure_is_a_bug(
    qtbot: QtBot, window: mainwindow.MainWindow, sample_case: dict[str, int], clock: stubs.FakeClock,
    dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = documents_tab(window, sample_case["case"])
    view.select("investigation", "day", "en")
    view.preview_button.click()
    built = previewed(view)
    assert built is not None and not built.draft and built.variant == "day"
    assert view.preview.document.pageCount() >= 1
    assert "final" in view.preview_status.text()

    hooked: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: hooked.append(kind))

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("renderer bug")

    monkeypatch.setattr(documents, "build_case_document", broken)
    view.select("art33", "final")
    view.preview_button.click()
    assert hooked == [RuntimeError]
    assert dialogs.errors == []  # a bug is not shown as a user error


@OFFSCREEN_SIZE_HINTS
def test_preview_and_export_with_the_real_pools(
    qtbot: QtBot, tmp_path: Path, session_factory: db.SessionFactory, workspace_path: Path,
    sample_case: dict[str, int], clock: stubs.FakeClock, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Snapshot on the database thread, render on the I/O pool, write and record on the database thread."""
    threads: list[str] = []
    real = documents.build_case_document

    def recording(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(documents, "build_case_document", recording)
    runner = tasks.Tasks(session_factory, where=str(workspace_path))
    try:
        view = documentsview.DocumentsView(tasks=runner)
        qtbot.addWidget(view)
        view.show()  # the tab reads the case when it is on screen
        with session_factory() as s:
            view.open_case(cases.get(s, sample_case["case"]))
        qtbot.waitUntil(lambda: bool(view.gaps()))
        view.select("art34", "letter", "fr")
        view.preview_button.click()
        qtbot.waitUntil(lambda: previewed(view) is not None, timeout=20000)
        assert view.preview.document.pageCount() >= 1
        assert threads and all(name.startswith("cnil-io") for name in threads)
        dialogs.save_path = tmp_path / "letter.pdf"
        view.export_button.click()
        qtbot.waitUntil(lambda: view.exports.model.rowCount() == 1, timeout=10000)
        current = previewed(view)
        assert current is not None and dialogs.save_path.read_bytes() == current.data
        assert len(threads) == 1  # the export saved the previewed bytes, nothing was rendered again
    finally:
        runner.shutdown()


@OFFSCREEN_SIZE_HINTS
def test_gaps_read_in_french_with_the_french_interface(
    qapp: QApplication, window: mainwindow.MainWindow, sample_case: dict[str, int], clock: stubs.FakeClock,
) -> None:
    window.show()
    try:
        assert language.install(qapp, "fr") == "fr"
        view = documents_tab(window, sample_case["case"])
        view.select("art33", "initial", "fr")
        shown = view.gaps_text.toPlainText()
        assert "DPO ou point de contact (RGPD art. 33(3)(b))" in shown
        assert "aucune adresse électronique ni aucun téléphone de DPO ou de point de contact pour Mutuelle Exemple" \
            in shown
        assert "Onglet Parties" in shown and "DPO or contact point" not in shown
        # The gaps stay English strings for the exports and the command line.
        assert "DPO or contact point" in requirements(view)
    finally:
        language.install(qapp, "en")
    view.select("art34", "letter", "en")
    view.select("art33", "initial", "en")
    assert "DPO or contact point (GDPR Art. 33(3)(b))" in view.gaps_text.toPlainText()
