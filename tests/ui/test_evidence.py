"""The Evidence tab: adding through the vault, previews, custody, verification, cancel, links."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

from cnil_case.core import acquisition, preview, vault
from cnil_case.core.snapshots import Moment
from cnil_case.ui import evidencedialogs, evidenceview, filedialogs, mainwindow
from tests.ui.conftest import Dialogs

EML = (b"From: Alice <alice@example.fr>\r\nTo: dpo@example.fr\r\nSubject: Extraction\r\nMIME-Version: 1.0\r\n"
       b"Content-Type: multipart/mixed; boundary=X\r\n\r\n--X\r\nContent-Type: text/plain\r\n\r\nVoir la piece jointe.\r\n"
       b"--X\r\nContent-Type: text/csv\r\nContent-Disposition: attachment; filename=dump.csv\r\n\r\na,b\r\n--X--\r\n")


def make_samples(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "text": folder / "notes.txt",
        "csv": folder / "clients.csv",
        "email": folder / "message.eml",
        "image": folder / "screen.png",
        "pdf": folder / "letter.pdf",
        "hex": folder / "blob.bin",
    }
    files["text"].write_text("Intrusion détectée le 29 janvier.\n", encoding="utf-8")
    files["csv"].write_text("nom;email;ville\nDupont;d@x.fr;Paris\nMartin;m@x.fr;Lyon\n", encoding="utf-8")
    files["email"].write_bytes(EML)
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    assert image.save(str(files["image"]))
    pdf = canvas.Canvas(str(files["pdf"]))
    pdf.drawString(72, 720, "Notification to the CNIL")
    pdf.showPage()
    pdf.save()
    files["hex"].write_bytes(bytes(range(256)) * 4)
    return files


@pytest.fixture
def view(window: mainwindow.MainWindow, sample_case: dict[str, int],
         monkeypatch: pytest.MonkeyPatch) -> evidenceview.EvidenceView:
    monkeypatch.setattr(evidencedialogs.AddDialog, "ask", lambda *a, **k: acquisition.Defaults(
        acquired=Moment(dt.datetime(2024, 2, 2, 14, 30, tzinfo=dt.UTC)), acquired_by="investigator", method="copy from the controller", exhibit="PV-1"))
    window.open_case(sample_case["case"])
    window.case_view.setCurrentWidget(window.case_view.evidence)
    return window.case_view.evidence


def add(view: evidenceview.EvidenceView, monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> None:
    monkeypatch.setattr(filedialogs, "ask_open_paths", lambda *a: paths)
    view.add_files_button.click()


def select(view: evidenceview.EvidenceView, name: str) -> None:
    row = next(i for i, r in enumerate(view.model.rows()) if r.original_name == name)
    view.table.selectRow(row)


def actions(view: evidenceview.EvidenceView) -> list[str]:
    return [r.action for r in view.custody_model.rows()]


def test_add_two_files(view: evidenceview.EvidenceView, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                       dialogs: Dialogs, store: vault.Vault) -> None:
    files = make_samples(tmp_path / "in")
    add(view, monkeypatch, [files["text"], files["csv"]])
    assert sorted(r.original_name for r in view.model.rows()) == ["clients.csv", "notes.txt"]
    assert dialogs.infos[-1][1].startswith("Added: 2")
    select(view, "notes.txt")
    row = view.current_item()
    assert row is not None and row.exhibit == "PV-1" and row.media_type == "text/plain"
    assert store.path_for(row.sha256).is_file()
    assert actions(view) == ["acquired", "viewed"]
    assert view.model.index(view.model.row_of(row.id), 4).data(Qt.ItemDataRole.ToolTipRole) == row.sha256  # tooltip: full hash


def test_same_content_twice_is_one_item(view: evidenceview.EvidenceView, monkeypatch: pytest.MonkeyPatch,
                                        tmp_path: Path, dialogs: Dialogs) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "copy.txt"
    first.write_text("same")
    second.write_text("same")
    add(view, monkeypatch, [first])
    add(view, monkeypatch, [second])
    rows = view.model.rows()
    assert len(rows) == 1
    assert rows[0].acquisitions == 2
    assert "Already present" in dialogs.infos[-1][1]


@pytest.mark.parametrize("kind", ["text", "csv", "email", "image", "pdf", "hex"])
def test_preview_each_kind(view: evidenceview.EvidenceView, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                           kind: str) -> None:
    files = make_samples(tmp_path / "in")
    add(view, monkeypatch, [files[kind]])
    select(view, files[kind].name)
    pane = view.preview
    assert pane.kind == kind
    if kind == "text":
        assert "Intrusion détectée" in pane.text.toPlainText()
    elif kind == "csv":
        assert pane.csv_model.headerData(1, Qt.Orientation.Horizontal) == "email"
        assert pane.csv_model.rowCount() == 2
    elif kind == "email":
        assert "Extraction" in pane.email.toPlainText()
        assert "dump.csv" in pane.email.toPlainText()
    elif kind == "image":
        assert not pane.image.pixmap().isNull()
    elif kind == "pdf":
        assert pane.pdf_document.pageCount() == 1
    else:
        assert pane.hex.toPlainText().startswith("00000000  00 01 02 03")
    assert actions(view).count("viewed") == 1
    view.reload()  # the same item stays selected: not a new viewing
    assert actions(view).count("viewed") == 1


def test_tampered_object_fails_verification(view: evidenceview.EvidenceView, monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path, dialogs: Dialogs, store: vault.Vault) -> None:
    files = make_samples(tmp_path / "in")
    add(view, monkeypatch, [files["text"], files["csv"]])
    select(view, "notes.txt")
    view.verify_button.click()
    assert "All 1 item(s) verified" in dialogs.infos[-1][1]
    row = view.current_item()
    assert row is not None
    path = store.path_for(row.sha256)
    os.chmod(path, 0o644)
    path.write_bytes(b"Intrusion detectee le 30 janvier.\n")
    view.verify_button.click()
    assert "FAILED" in dialogs.infos[-1][1]
    assert actions(view)[-1] == "verified_failed"
    view.verify_all_button.click()
    assert "FAILED for 1 item" in dialogs.infos[-1][1]
    assert "notes.txt" in dialogs.infos[-1][2]


def test_cancel_large_import(view: evidenceview.EvidenceView, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                             dialogs: Dialogs, store: vault.Vault) -> None:
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(1024) * 16 * 1024)  # 16 MiB, many chunks
    calls: list[vault.Progress] = []

    def report(progress: vault.Progress) -> None:
        calls.append(progress)
        view.progress.cancel()

    monkeypatch.setattr(view.progress, "report", report)
    add(view, monkeypatch, [big])
    assert calls
    assert view.model.rowCount() == 0
    assert "cancelled" in dialogs.infos[-1][1]
    assert not list(store.tmp.glob("*.part")) if store.tmp.exists() else True
    assert not list(store.objects.rglob("*")) or all(p.is_dir() for p in store.objects.rglob("*"))
    assert view.add_files_button.isEnabled()


def test_link_and_navigate_both_ways(view: evidenceview.EvidenceView, window: mainwindow.MainWindow,
                                     monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                     sample_case: dict[str, int]) -> None:
    files = make_samples(tmp_path / "in")
    add(view, monkeypatch, [files["text"]])
    select(view, "notes.txt")
    event_id = sample_case["event1"]
    monkeypatch.setattr(evidencedialogs.LinkDialog, "ask", lambda *a, **k: {event_id})
    view.link_button.click()
    row = view.current_item()
    assert row is not None and row.events == (event_id,)
    assert view.events.count() == 1
    view.events.itemDoubleClicked.emit(view.events.item(0))
    timeline = window.case_view.timeline
    assert window.case_view.currentWidget() is timeline
    current = timeline.current_event()
    assert current is not None and current.id == event_id
    assert timeline.evidence.count() == 1
    timeline.evidence.itemDoubleClicked.emit(timeline.evidence.item(0))
    assert window.case_view.currentWidget() is view
    selected = view.current_item()
    assert selected is not None and selected.id == row.id


def test_withdraw_and_transfer_are_logged(view: evidenceview.EvidenceView, monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path, dialogs: Dialogs) -> None:
    files = make_samples(tmp_path / "in")
    add(view, monkeypatch, [files["text"]])
    select(view, "notes.txt")
    monkeypatch.setattr(evidencedialogs, "ask_transfer", lambda *a: evidencedialogs.TransferInput("lab", "sealed"))
    view.transfer_button.click()
    monkeypatch.setattr(evidencedialogs, "ask_reason", lambda *a: "duplicate of PV-2")
    view.withdraw_button.click()
    row = view.current_item()
    assert row is not None and row.status == "withdrawn"
    assert actions(view)[-2:] == ["transferred", "withdrawn"]
    dialogs.save_path = tmp_path / "custody.csv"
    view.export_custody_button.click()
    text = dialogs.save_path.read_text(encoding="utf-8")
    assert "withdrawn" in text and "duplicate of PV-2" in text


def test_models(qtmodeltester: ModelTester, view: evidenceview.EvidenceView, monkeypatch: pytest.MonkeyPatch,
                tmp_path: Path) -> None:
    files = make_samples(tmp_path / "in")
    add(view, monkeypatch, [files["text"], files["csv"]])
    select(view, "clients.csv")
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.custody_model)
    qtmodeltester.check(view.preview.csv_model)
    with files["csv"].open("rb") as stream:
        assert preview.read_csv(stream).rows


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_evidence_tab_paints_each_preview(view: evidenceview.EvidenceView, window: mainwindow.MainWindow,
                                          monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: Any) -> None:
    """Grab the tab with each kind of preview (to CNIL_CASE_SHOTS if set, to look at them)."""
    files = make_samples(tmp_path / "in")
    add(view, monkeypatch, list(files.values()))
    shots = Path(os.environ.get("CNIL_CASE_SHOTS", str(tmp_path / "shots")))
    shots.mkdir(parents=True, exist_ok=True)
    window.show()
    qtbot.waitExposed(window)
    for kind, path in files.items():
        select(view, path.name)
        qtbot.wait(50)
        assert view.preview.kind == kind
        assert window.grab().save(str(shots / f"evidence-{kind}.png"))


def test_manifest_export_and_received_folder_check(view: evidenceview.EvidenceView, monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path, dialogs: Dialogs) -> None:
    files = make_samples(tmp_path / "in")
    add(view, monkeypatch, [files["text"], files["csv"]])
    out = tmp_path / "out"
    monkeypatch.setattr(filedialogs, "ask_folder", lambda *a: out)
    view.table.clearSelection()
    view.manifest_button.click()  # nothing selected: every item of the case
    assert "2 item(s) copied" in dialogs.infos[-1][1]
    assert (out / "manifest.csv").is_file() and (out / "manifest.pdf").read_bytes().startswith(b"%PDF")
    select(view, "notes.txt")
    assert "exported" in actions(view)
    view.check_folder_button.click()
    assert "All 2 file(s) match" in dialogs.infos[-1][1]
    copied = next((out / "files").iterdir())
    copied.write_text("altered", encoding="utf-8")
    view.check_folder_button.click()
    assert "does NOT match" in dialogs.infos[-1][1] and "DIFFERS" in dialogs.infos[-1][2]


def enter(widget: QWidget, mime: QMimeData) -> QDragEnterEvent:
    event = QDragEnterEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event


def drop(view: evidenceview.EvidenceView, mime: QMimeData) -> QDropEvent:
    """Enter, then drop: Qt delivers a drop only to the widget that accepted the drag's entry."""
    assert enter(view, mime).isAccepted()
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, event)
    return event


def test_dropped_files_and_folders_are_added_like_the_menu_command(view: evidenceview.EvidenceView,
                                                                    qtbot: QtBot, tmp_path: Path,
                                                                    dialogs: Dialogs) -> None:
    files = make_samples(tmp_path / "in")
    nested = tmp_path / "folder" / "sub"
    nested.mkdir(parents=True)
    (nested / "deep.txt").write_text("found in a subfolder")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(files["text"])), QUrl.fromLocalFile(str(tmp_path / "folder"))])
    assert drop(view, mime).isAccepted()
    qtbot.waitUntil(lambda: len(view.model.rows()) == 2)
    assert sorted(r.original_name for r in view.model.rows()) == ["deep.txt", "notes.txt"]
    assert dialogs.infos[-1][1].startswith("Added: 2")
    select(view, "deep.txt")
    assert actions(view)[0] == "acquired"  # the chain of custody starts, as with Add files


@pytest.mark.parametrize("content", ["web link", "text", "mixed"])
def test_a_drop_that_is_not_a_local_file_is_refused_with_a_message(view: evidenceview.EvidenceView,
                                                                   qtbot: QtBot, tmp_path: Path,
                                                                   dialogs: Dialogs, content: str) -> None:
    local = tmp_path / "a.txt"
    local.write_text("a")
    mime = QMimeData()
    if content == "text":
        mime.setText("a pasted paragraph")
    else:
        urls = [QUrl("https://example.org/leak.csv")]
        mime.setUrls(urls + ([QUrl.fromLocalFile(str(local))] if content == "mixed" else []))
    assert not drop(view, mime).isAccepted()
    qtbot.waitUntil(lambda: bool(dialogs.infos))
    title, text, details = dialogs.infos[-1]
    assert title == "Not added" and "nothing was added" in text
    assert ("example.org" in details) if content != "text" else ("pasted" in details)
    assert view.model.rows() == []


def test_drops_are_refused_without_an_open_case(window: mainwindow.MainWindow) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile("/tmp")])
    assert not enter(window.case_view.evidence, mime).isAccepted()
