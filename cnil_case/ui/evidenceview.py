"""The Evidence tab: the case's items, their preview, custody log and links to events.

Adding files stores them in the vault on the I/O pool (progress, cancel), then registers them in
one database task; verification re-hashes on the I/O pool and records the outcome in custody.
"""

from __future__ import annotations

import csv
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import (
    acquisition,
    errors,
    evidence,
    manifest,
    models,
    snapshots,
    timeline,
    times,
    vault,
)
from cnil_case.ui import (
    evidencedialogs,
    evidencemodel,
    filedialogs,
    language,
    messages,
    previewpane,
    tableviews,
)
from cnil_case.ui import tasks as tasks_module

_TEXT_DELAY_MS = 250
_PROGRESS_MS = 100


class ProgressPanel(QWidget):
    """Bytes and files of long file work, with Cancel; the worker only sets plain attributes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar, 2)
        layout.addWidget(self.cancel_button)
        self._cancel = threading.Event()
        self.latest: vault.Progress | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(_PROGRESS_MS)
        self._timer.timeout.connect(self.refresh)
        self.cancel_button.clicked.connect(self.cancel)
        self.hide()

    def start(self, text: str) -> None:
        self._cancel = threading.Event()
        self.latest = None
        self.label.setText(text)
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.show()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.hide()

    def cancel(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)

    def cancelled(self) -> bool:
        """The ``cancel`` callable handed to the worker (thread-safe)."""
        return self._cancel.is_set()

    def report(self, progress: vault.Progress) -> None:
        """The ``progress`` callable handed to the worker: it only stores the latest figures."""
        self.latest = progress

    def refresh(self) -> None:
        p = self.latest
        if p is None:
            return
        self.bar.setValue(int(1000 * p.done_bytes / p.total_bytes) if p.total_bytes else 0)
        self.bar.setFormat(self.tr("{done} of {total} — file {n} of {m}").format(
            done=evidencemodel.human_size(p.done_bytes), total=evidencemodel.human_size(p.total_bytes),
            n=min(p.done_files + 1, p.total_files), m=p.total_files))


class EvidenceView(QWidget):
    """Shows and manages the evidence of the open case.

    Signals:
        changed(): items were added, edited, withdrawn or linked.
        show_event(int): the user asked to see this timeline event.
    """

    changed = Signal()
    show_event = Signal(int)

    def __init__(self, *, tasks: tasks_module.Tasks, vault: vault.Vault | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.vault = vault
        self._case: snapshots.CaseDetail | None = None
        self._parties: list[snapshots.PartyRow] = []
        self._working = False
        self._viewed: int | None = None
        self.model = evidencemodel.EvidenceModel(self)
        self.custody_model = evidencemodel.CustodyModel(self)
        self.setAcceptDrops(True)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Find in name, exhibit, description, tags"))
        self.filter.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.add_files_button = QPushButton(self.tr("Add &files…"), self)
        self.add_folder_button = QPushButton(self.tr("Add f&older…"), self)
        for button in (self.add_files_button, self.add_folder_button):
            button.setToolTip(self.tr("Or drop files and folders on this tab"))
        self.edit_button = QPushButton(self.tr("&Edit details…"), self)
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"), self)
        self.transfer_button = QPushButton(self.tr("T&ransfer…"), self)
        self.link_button = QPushButton(self.tr("&Link to events…"), self)
        self.verify_button = QPushButton(self.tr("&Verify"), self)
        self.verify_all_button = QPushButton(self.tr("Verify &all"), self)
        self.export_custody_button = QPushButton(self.tr("Export custody log…"), self)
        self.manifest_button = QPushButton(self.tr("Export &manifest…"), self)
        self.manifest_button.setToolTip(self.tr(
            "Copy the selected items (all if none is selected) into a folder with a manifest (CSV and PDF: "
            "name, size, SHA-256, acquisition, custody); each copy is re-hashed and logged as exported."))
        self.check_folder_button = QPushButton(self.tr("Check received &folder…"), self)
        self.check_folder_button.setToolTip(self.tr(
            "Re-hash a folder received with a manifest.csv: what matches, what differs, what is missing."))
        self.progress = ProgressPanel(self)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(_TEXT_DELAY_MS)

        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Evidence items"))
        self.table.setModel(self.model)
        tableviews.configure(self.table)
        tableviews.set_widths(self.table, {
            evidencemodel.NAME: "a long file name.pdf", evidencemodel.EXHIBIT: "PV-2024/1",
            evidencemodel.MEDIA: "application/pdf", evidencemodel.SIZE: "1023.9 MiB",
            evidencemodel.SHA: "0123456789ab…", evidencemodel.ACQUIRED: "2024-02-01 09:00 (UTC+01:00)",
            evidencemodel.FROM: "Controller", evidencemodel.STATUS: "withdrawn", evidencemodel.EVENTS: "99",
            evidencemodel.ACQUISITIONS: "9"})
        tableviews.keep_selection(self.table, Qt.ItemDataRole.UserRole)
        self.custody = QTableView(self)
        self.custody.setModel(self.custody_model)
        tableviews.configure(self.custody)
        tableviews.set_widths(self.custody, {evidencemodel.WHEN: "2024-02-01 09:00:00 (UTC+01:00)",
                                             evidencemodel.ACTOR: "investigator",
                                             evidencemodel.ACTION: "verified failed"})
        # Details take the free width but never shrink to nothing: scroll sideways instead.
        tableviews.main_column(self.custody, evidencemodel.DETAILS, minimum=220)
        self.custody.setToolTip(self.tr("The chain of custody only grows: entries are never edited or deleted"))
        self.events = QListWidget(self)
        self.events.setUniformItemSizes(True)
        self.events.setToolTip(self.tr("Double-click to show the event in the timeline"))
        self.preview = previewpane.PreviewPane(tasks=tasks, parent=self)
        self._build_layout()
        self._connect_signals()
        self._update_buttons()

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.count)
        for button in (self.add_files_button, self.add_folder_button, self.verify_all_button,
                       self.manifest_button, self.check_folder_button):
            bar.addWidget(button)
        actions = QHBoxLayout()
        for button in (self.edit_button, self.withdraw_button, self.transfer_button, self.link_button,
                       self.verify_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.export_custody_button)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        custody_box = QWidget(lower)
        custody_layout = QVBoxLayout(custody_box)
        custody_layout.setContentsMargins(0, 0, 0, 0)
        custody_layout.addWidget(QLabel(self.tr("Chain of custody"), custody_box))
        custody_layout.addWidget(self.custody)
        events_box = QWidget(lower)
        events_layout = QVBoxLayout(events_box)
        events_layout.setContentsMargins(0, 0, 0, 0)
        events_layout.addWidget(QLabel(self.tr("Linked events"), events_box))
        events_layout.addWidget(self.events)
        lower.addWidget(custody_box)
        lower.addWidget(events_box)
        lower.setSizes([600, 250])
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.table)
        lower_box = QWidget(left)
        lower_layout = QVBoxLayout(lower_box)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(actions)
        lower_layout.addWidget(lower)
        left.addWidget(lower_box)
        left.setSizes([380, 260])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # The preview needs room to be read: about two fifths of the tab.
        self.splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.progress)
        layout.addWidget(self.splitter, 1)

    def _connect_signals(self) -> None:
        self.filter.textChanged.connect(self._filter_timer.start)
        self._filter_timer.timeout.connect(self.reload)
        self.add_files_button.clicked.connect(self.add_files)
        self.add_folder_button.clicked.connect(self.add_folder)
        self.edit_button.clicked.connect(self.edit_item)
        self.withdraw_button.clicked.connect(self.withdraw_item)
        self.transfer_button.clicked.connect(self.transfer_item)
        self.link_button.clicked.connect(self.link_item)
        self.verify_button.clicked.connect(self.verify_item)
        self.verify_all_button.clicked.connect(self.verify_all)
        self.export_custody_button.clicked.connect(self.export_custody)
        self.manifest_button.clicked.connect(self.export_manifest)
        self.check_folder_button.clicked.connect(self.check_received_folder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_item())
        self.model.loaded.connect(self._show_count)
        self.events.itemDoubleClicked.connect(self._event_double_clicked)
        self.preview.viewed.connect(self._record_viewed)

    # --- the open case ------------------------------------------------------------------------

    def open_case(self, case: snapshots.CaseDetail | None) -> None:
        self._case = case
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        if case is None:
            self.model.set_rows([])
        else:
            self.model.zone = self.custody_model.zone = case.display_zone
            self.reload()
        self._selection_changed()

    def update_case(self, case: snapshots.CaseDetail) -> None:
        self._case = case
        self.model.set_zone(case.display_zone)
        self.custody_model.zone = case.display_zone

    def set_parties(self, rows: Sequence[snapshots.PartyRow]) -> None:
        self._parties = list(rows)

    def reload(self) -> None:
        self._filter_timer.stop()
        if self._case is None:
            return
        case_id, text = self._case.id, self.filter.text()
        self._tasks.run_db(lambda s: evidence.list_rows(s, case_id, text=text), parent=self,
                           success=self.model.set_rows)

    def _show_count(self) -> None:
        self.count.setText(self.tr("Items: %n", "", self.model.rowCount()))
        self._selection_changed()

    def current_item(self) -> evidence.EvidenceRow | None:
        rows = self.table.selectionModel().selectedRows()
        item: evidence.EvidenceRow | None = self.model.row_at(rows[0].row()) if rows else None
        return item

    def select_item(self, evidence_id: int) -> None:
        row = self.model.row_of(evidence_id)
        if row < 0 and self.filter.text():
            self.filter.clear()
            self.reload()
            row = self.model.row_of(evidence_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, evidencemodel.NAME))

    def _update_buttons(self) -> None:
        item = self.current_item()
        has_case = self._case is not None and self.vault is not None and not self._working
        for button in (self.add_files_button, self.add_folder_button, self.verify_all_button,
                       self.manifest_button):
            button.setEnabled(has_case)
        self.check_folder_button.setEnabled(not self._working)
        active = item is not None and item.status == "active"
        for button in (self.edit_button, self.transfer_button, self.link_button):
            button.setEnabled(item is not None)
        self.withdraw_button.setEnabled(active)
        self.verify_button.setEnabled(item is not None and has_case)
        self.export_custody_button.setEnabled(item is not None)

    def _selection_changed(self) -> None:
        item = self.current_item()
        self._update_buttons()
        if item is None:
            self._viewed = None
            self.custody_model.set_rows([])
            self.events.clear()
            self.preview.show_item(None, None)
            return
        self._load_details(item)
        if self._viewed != item.id:
            # Once per selection: a reload that keeps the same item selected is not a new viewing.
            self._viewed = item.id
            self.preview.show_item(self.vault, item)

    def _load_details(self, item: evidence.EvidenceRow) -> None:
        evidence_id, event_ids = item.id, list(item.events)
        self._tasks.run_db(lambda s: evidence.custody(s, evidence_id), parent=self, success=self.custody_model.set_rows)
        self._tasks.run_db(lambda s: timeline.rows(s, event_ids), parent=self, success=self._show_events)

    def _show_events(self, rows: list[snapshots.EventRow]) -> None:
        self.events.clear()
        zone = self.model.zone
        for event in rows:
            entry = QListWidgetItem(f"{times.display(event.occurred.at, zone, event.occurred.precision)}  {event.title}")
            entry.setData(Qt.ItemDataRole.UserRole, event.id)
            self.events.addItem(entry)

    def _event_double_clicked(self, entry: QListWidgetItem) -> None:
        self.show_event.emit(int(entry.data(Qt.ItemDataRole.UserRole)))

    def _record_viewed(self, evidence_id: int) -> None:
        self._tasks.run_db(lambda s: evidence.record(s, evidence_id, models.CustodyAction.VIEWED, {}),
                           parent=self, success=self._custody_added)

    def _custody_added(self, entry: evidence.CustodyRow) -> None:
        item = self.current_item()
        if item is not None and item.id == entry.evidence_id:
            self.custody_model.set_rows([*self.custody_model.rows(), entry])

    # --- adding -------------------------------------------------------------------------------

    def add_files(self) -> None:
        paths = filedialogs.ask_open_paths(self, self.tr("Add evidence files"))
        if paths:
            self.add_paths(paths)

    def add_folder(self) -> None:
        folder = filedialogs.ask_folder(self, self.tr("Add an evidence folder (with its subfolders)"))
        if folder is not None:
            self.add_paths([folder])

    def _accepts_drops(self) -> bool:
        return self.add_files_button.isEnabled()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # Anything with URLs or text is let in while evidence can be added, so that a drop of a
        # web link or a snippet is refused with a reason rather than a bare "no entry" cursor.
        mime = event.mimeData()
        if self._accepts_drops() and (mime.hasUrls() or mime.hasText()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts_drops():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Files and folders (recursively) go to the same flow as Add files / Add folder."""
        urls = event.mimeData().urls()
        local = [Path(u.toLocalFile()) for u in urls if u.isLocalFile() and u.toLocalFile()]
        refused = [u.toDisplayString() for u in urls if not (u.isLocalFile() and u.toLocalFile())]
        if not urls:
            refused = [event.mimeData().text().strip()[:80] or self.tr("(empty)")]
        if refused or not local:
            event.ignore()
            QTimer.singleShot(0, lambda: self._refuse_drop(refused))
            return
        event.acceptProposedAction()
        # After the drop returns: a modal dialog inside a drop handler upsets some platforms.
        QTimer.singleShot(0, lambda: self.add_paths(local))

    def _refuse_drop(self, refused: Sequence[str]) -> None:
        messages.show_info(self, self.tr("Not added"), self.tr(
            "Only files and folders of this computer can be added as evidence; nothing was added. Save "
            "the item as a file first (its hash and chain of custody start from that file), then drop "
            "the file."), "\n".join(refused))

    def add_paths(self, paths: Sequence[Path]) -> None:
        """Ask the acquisition details once, store the files in the vault, then register them."""
        store, case = self.vault, self._case
        if store is None or case is None or self._working:
            return
        names = ", ".join(p.name for p in paths[:3]) + ("…" if len(paths) > 3 else "")
        defaults = evidencedialogs.AddDialog.ask(
            self, zone=case.display_zone, parties=self._parties,
            count_text=self.tr("Add {names} to {case}").format(names=names, case=case.reference))
        if defaults is None:
            return
        self._set_working(True)
        self.progress.start(self.tr("Storing in the vault…"))
        progress, cancelled = self.progress.report, self.progress.cancelled
        chosen = list(paths)
        case_id = case.id
        self._tasks.run_io(
            lambda: acquisition.store_all(store, chosen, progress=progress, cancel=cancelled),
            parent=self, success=lambda report: self._stored(case_id, report, defaults),
            failure=self._work_failed)

    def _stored(self, case_id: int, report: acquisition.StoreReport, defaults: acquisition.Defaults) -> None:
        self.progress.stop()
        if report.cancelled:
            # Nothing is registered: objects already renamed into the vault are content-addressed
            # and harmless (a later addition or the vault check finds them).
            self._set_working(False)
            messages.show_info(self, self.tr("Addition cancelled"),
                               self.tr("The addition was cancelled; no evidence was registered."))
            return
        files = report.stored
        self._tasks.run_db(lambda s: acquisition.register_all(s, case_id, files, defaults), parent=self,
                           success=lambda done: self._registered(report, done), failure=self._work_failed)

    def _registered(self, report: acquisition.StoreReport, done: list[evidence.Registered]) -> None:
        self._set_working(False)
        added = [r.row.original_name for r in done if r.new]
        again = [r.row.original_name for r in done if not r.new]
        lines = [self.tr("Added: %n file(s)", "", len(added))]
        if again:
            lines.append(self.tr("Already present (a new acquisition recorded): %n", "", len(again)))
        if report.skipped:
            lines.append(self.tr("Skipped: %n", "", len(report.skipped)))
        if report.failed:
            lines.append(self.tr("Failed: %n", "", len(report.failed)))
        details = [*(f"+ {n}" for n in added), *(f"= {n}" for n in again),
                   *(self.tr("skipped {path}: {reason}").format(path=s.path, reason=language.text(s.reason))
                     for s in report.skipped),
                   *(self.tr("FAILED {path}: {reason}").format(path=f.path, reason=language.text(f.message))
                     for f in report.failed)]
        self.reload()
        self.changed.emit()
        if done:
            self._select_after_load(done[-1].row.id)
        messages.show_info(self, self.tr("Evidence added"), "\n".join(lines), "\n".join(details))

    def _select_after_load(self, evidence_id: int) -> None:
        def select() -> None:
            self.model.loaded.disconnect(select)
            self.select_item(evidence_id)
        if self.model.row_of(evidence_id) >= 0 and not self._tasks.busy:
            self.select_item(evidence_id)
        else:
            self.model.loaded.connect(select)

    def _work_failed(self, exc: errors.UserError) -> None:
        self.progress.stop()
        self._set_working(False)
        messages.show_error(self, exc)

    def _set_working(self, working: bool) -> None:
        self._working = working
        self._update_buttons()

    # --- commands on the selected item --------------------------------------------------------

    def edit_item(self) -> None:
        item = self.current_item()
        if item is None or self._case is None:
            return
        saved = evidencedialogs.EditDialog.ask(self, tasks=self._tasks, row=item, zone=self._case.display_zone,
                                               parties=self._parties)
        if saved is not None:
            self._after_change(saved.id)

    def withdraw_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        reason = evidencedialogs.ask_reason(self, item.original_name)
        if reason is None:
            return
        evidence_id = item.id
        self._tasks.run_db(lambda s: evidence.withdraw(s, evidence_id, reason=reason), parent=self,
                           success=lambda row: self._after_change(row.id))

    def transfer_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        answer = evidencedialogs.ask_transfer(self, item.original_name)
        if answer is None:
            return
        evidence_id = item.id
        self._tasks.run_db(lambda s: evidence.transfer(s, evidence_id, to=answer.to, note=answer.note), parent=self,
                           success=self._custody_added)

    def link_item(self) -> None:
        item = self.current_item()
        if item is None or self._case is None:
            return
        case_id = self._case.id
        self._tasks.run_db(lambda s: timeline.rows(s, timeline.list_ids(s, case_id)), parent=self,
                           success=lambda events: self._ask_links(item, events))

    def _ask_links(self, item: evidence.EvidenceRow, events: list[snapshots.EventRow]) -> None:
        linked = set(item.events)
        chosen = evidencedialogs.LinkDialog.ask(self, events=events, linked=linked, zone=self.model.zone)
        if chosen is None or chosen == linked:
            return
        evidence_id, add, remove = item.id, chosen - linked, linked - chosen

        def op(s: Any) -> int:
            for event_id in sorted(add):
                evidence.link(s, evidence_id, event_id)
            for event_id in sorted(remove):
                evidence.unlink(s, evidence_id, event_id)
            return evidence_id

        self._tasks.run_db(op, parent=self, success=self._after_change)

    def _after_change(self, evidence_id: int) -> None:
        self._viewed = evidence_id  # still the same item: no new "viewed" entry
        self._select_after_load(evidence_id)
        self.reload()
        self.changed.emit()

    # --- verification -------------------------------------------------------------------------

    def verify_item(self) -> None:
        item, store = self.current_item(), self.vault
        if item is None or store is None or self._case is None:
            return
        sha, size, case_id = item.sha256, item.size, self._case.id
        self._set_working(True)
        self.progress.start(self.tr("Verifying {name}…").format(name=item.original_name))
        cancelled = self.progress.cancelled

        report = self.progress.report
        done = 0

        def progress(n: int) -> None:
            nonlocal done
            done += n
            report(vault.Progress(done, size, 0, 1, sha))

        self._tasks.run_io(lambda: store.verify(sha, size, progress=progress, cancel=cancelled), parent=self,
                           success=lambda result: self._record_results(case_id, [result], (), item.id),
                           failure=self._work_failed)

    def verify_all(self) -> None:
        store, case = self.vault, self._case
        if store is None or case is None:
            return
        case_id = case.id
        self._set_working(True)
        self._tasks.run_db(lambda s: (evidence.expected_objects(s, case_id), evidence.expected_objects(s)),
                           parent=self, success=lambda expected: self._scan(store, case_id, *expected),
                           failure=self._work_failed)

    def _scan(self, store: vault.Vault, case_id: int, mine: dict[str, int], everyone: dict[str, int]) -> None:
        self.progress.start(self.tr("Verifying the case's evidence…"))
        progress, cancelled = self.progress.report, self.progress.cancelled
        known = {store.path_for(sha) for sha in everyone}

        def work() -> tuple[vault.VaultReport, tuple[Path, ...]]:
            report = store.scan(mine, progress=progress, cancel=cancelled)
            return report, tuple(p for p in report.unexpected if p not in known)

        self._tasks.run_io(work, parent=self,
                           success=lambda done: self._record_results(case_id, list(done[0].checked), done[1], None),
                           failure=self._work_failed)

    def _record_results(self, case_id: int, results: Sequence[vault.VerifyResult], unexpected: Sequence[Path],
                        select: int | None) -> None:
        self.progress.stop()
        outcome = [(r.sha256, r.ok, self._describe(r)) for r in results]

        def op(s: Any) -> None:
            for sha, ok, detail in outcome:
                evidence.record_verification(s, sha, ok=ok, detail=detail, case_id=case_id)

        failures = [(sha, detail) for sha, ok, detail in outcome if not ok]
        self._tasks.run_db(op, parent=self, success=lambda _: self._verified(len(outcome), failures, unexpected, select),
                           failure=self._work_failed)

    def _describe(self, result: vault.VerifyResult) -> str:
        if result.ok:
            return "SHA-256 matches"
        status = str(result.status).replace("_", " ")
        if result.actual:
            return f"{status}: content now hashes to {result.actual}"
        return f"{status}: {result.detail}" if result.detail else status

    def _verified(self, checked: int, failures: list[tuple[str, str]], unexpected: Sequence[Path],
                  select: int | None) -> None:
        self._set_working(False)
        names = {r.sha256: r.original_name for r in self.model.rows()}
        if failures or unexpected:
            text = self.tr("Verification FAILED for %n item(s); it is logged in their chain of custody.", "",
                           len(failures))
            if unexpected:
                text += "\n" + self.tr("Files in the vault that no evidence refers to: %n", "", len(unexpected))
        else:
            text = self.tr("All %n item(s) verified: the vault content matches the recorded SHA-256.", "", checked)
        details = [f"FAILED {names.get(sha, sha)}: {detail}" for sha, detail in failures]
        details += [f"unexpected {p}" for p in unexpected]
        item = self.current_item()
        if item is not None:
            self._load_details(item)
        messages.show_info(self, self.tr("Verification"), text, "\n".join(details))

    # --- manifest -----------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(row).id for row in rows]

    def export_manifest(self) -> None:
        """Plan (database), copy and write (files, off the GUI thread), record the exports (database)."""
        store, case = self.vault, self._case
        if store is None or case is None:
            return
        folder = filedialogs.ask_folder(self, self.tr("Folder for the copies and the manifest"))
        if folder is None:
            return
        case_id, ids = case.id, self.selected_ids()
        self._set_working(True)
        self.progress.start(self.tr("Exporting the evidence with its manifest…"))
        self._tasks.run_db(lambda s: manifest.plan(s, case_id, ids), parent=self,
                           success=lambda planned: self._write_manifest(store, planned, folder),
                           failure=self._work_failed)

    def _write_manifest(self, store: vault.Vault, planned: manifest.Plan, folder: Path) -> None:
        from cnil_case.report import manifest as manifest_pdf  # lazy: reportlab is slow to import

        self._tasks.run_io(lambda: manifest.write_files(store, planned, folder, pdf=manifest_pdf.render),
                           parent=self, success=self._manifest_written, failure=self._work_failed)

    def _manifest_written(self, report: manifest.ExportReport) -> None:
        self._tasks.run_db(lambda s: manifest.record_exports(s, report), parent=self,
                           success=lambda _: self._manifest_done(report), failure=self._work_failed)

    def _manifest_done(self, report: manifest.ExportReport) -> None:
        self.progress.stop()
        self._set_working(False)
        item = self.current_item()
        if item is not None:
            self._load_details(item)
        text = self.tr("%n item(s) copied to the folder with manifest.csv and manifest.pdf.", "",
                       len(report.manifest.rows))
        details = "\n".join(f"NOT COPIED {name}: {message}" for name, message in report.failed)
        if report.failed:
            text += "\n" + self.tr("%n item(s) could not be copied (see details).", "", len(report.failed))
        messages.show_info(self, self.tr("Manifest"), text, details)

    def check_received_folder(self) -> None:
        folder = filedialogs.ask_folder(self, self.tr("Received folder (with its manifest.csv)"))
        if folder is None:
            return
        self._set_working(True)
        self.progress.start(self.tr("Checking the received folder…"))
        self._tasks.run_io(lambda: manifest.verify_folder(folder), parent=self,
                           success=self._folder_checked, failure=self._work_failed)

    def _folder_checked(self, check: manifest.FolderCheck) -> None:
        self.progress.stop()
        self._set_working(False)
        if check.differing or check.missing or check.unexpected:
            text = self.tr("The folder does NOT match its manifest: {d} differ, {m} missing, {u} unexpected "
                           "({ok} match).").format(d=len(check.differing), m=len(check.missing),
                                                   u=len(check.unexpected), ok=len(check.matching))
        else:
            text = self.tr("All %n file(s) match the manifest (SHA-256 and size).", "", len(check.matching))
        details = [f"DIFFERS {p}" for p in check.differing] + [f"MISSING {p}" for p in check.missing]
        details += [f"unexpected {p}" for p in check.unexpected]
        messages.show_info(self, self.tr("Received folder"), text, "\n".join(details))

    # --- custody export -----------------------------------------------------------------------

    def export_custody(self) -> None:
        item = self.current_item()
        if item is None:
            return
        target = filedialogs.ask_save_path(self, self.tr("Export custody log"), f"custody-{item.id}.csv",
                                           self.tr("CSV files (*.csv)"))
        if target is None:
            return
        evidence_id, name, sha = item.id, item.original_name, item.sha256
        self._tasks.run_db(lambda s: evidence.custody(s, evidence_id), parent=self,
                           success=lambda rows: self._write_custody(target, name, sha, rows))

    def _write_custody(self, target: Path, name: str, sha: str, rows: list[evidence.CustodyRow]) -> None:
        def write() -> Path:
            with target.open("w", newline="", encoding="utf-8") as handle:
                out = csv.writer(handle)
                out.writerow(["evidence", "sha256", "entry", "at_utc", "actor", "action", "details"])
                for r in rows:
                    out.writerow([name, sha, r.id, r.at.isoformat(), r.actor, r.action,
                                  evidencemodel.details_text(r.details)])
            return target

        self._tasks.run_io(write, parent=self, success=lambda _p: None)
