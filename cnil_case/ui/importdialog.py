"""Timeline › Import timeline…: format, preview, column mapping, then a streamed import with progress.

The file is peeked on the I/O pool (first 20 records); the mapping is tried on those records at
once (``mapping.Converter``, cheap) so the user sees how each row would come out, or why not.
Start runs ``records.import_file`` on the database thread: one transaction, so Cancel leaves
nothing. The worker only stores its latest figures and polls a ``threading.Event``; a timer on
the GUI thread shows them (no widget is touched off the GUI thread).
"""

from __future__ import annotations

import threading
import zoneinfo
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import acquisition, errors, snapshots, vault
from cnil_case.core.importers import mapping as mapping_module
from cnil_case.core.importers import presets, records, source
from cnil_case.ui import evidencemodel, filedialogs, language, messages, theme
from cnil_case.ui import tasks as tasks_module
from cnil_case.ui.zonecombo import ZoneCombo

PREVIEW_ROWS = 20
_PROGRESS_MS = 100
_NONE = "—"

# Marked for translation here, translated where shown (``self.tr(label)``).
FORMAT_LABELS = {
    "timesketch-csv": QT_TRANSLATE_NOOP("ImportDialog", "Timesketch CSV"),
    "timesketch-jsonl": QT_TRANSLATE_NOOP("ImportDialog", "Timesketch JSONL"),
    "iris-csv": QT_TRANSLATE_NOOP("ImportDialog", "DFIR-IRIS timeline CSV"),
    "csv": QT_TRANSLATE_NOOP("ImportDialog", "Other CSV (map the columns)"),
    "jsonl": QT_TRANSLATE_NOOP("ImportDialog", "Other JSON lines (map the fields)"),
}
TIME_FORMAT_LABELS = {
    "iso": QT_TRANSLATE_NOOP("ImportDialog", "ISO 8601 (2024-02-01T10:30:00+01:00)"),
    "epoch": QT_TRANSLATE_NOOP("ImportDialog", "Seconds since 1970 (UTC)"),
    "epoch_ms": QT_TRANSLATE_NOOP("ImportDialog", "Milliseconds since 1970 (UTC)"),
    "epoch_us": QT_TRANSLATE_NOOP("ImportDialog", "Microseconds since 1970 (UTC)"),
    "custom": QT_TRANSLATE_NOOP("ImportDialog", "Custom pattern (strptime)…"),
}
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
ENCODINGS = {"utf-8": "UTF-8", "cp1252": QT_TRANSLATE_NOOP("ImportDialog", "Windows-1252 (Western European)"),
             "latin-1": "ISO-8859-1 (Latin-1)", "utf-16": "UTF-16"}


def detect_format(columns: Sequence[str], *, jsonl: bool) -> str:
    """The known format whose columns the file has; the generic one otherwise."""
    present = set(columns)
    if "message" in present and ({"datetime", "timestamp"} & present):
        return "timesketch-jsonl" if jsonl else "timesketch-csv"
    if not jsonl and {"event_date", "event_title"} <= present:
        return "iris-csv"
    return "jsonl" if jsonl else "csv"


@dataclass(frozen=True)
class Outcome:
    """How each previewed record would come out: ``text`` or ``error``, and whether a zone is missing."""

    line: int
    text: str
    error: str


def convert_preview(chosen: mapping_module.Mapping, columns: Sequence[str] | None,
                    peeked: Sequence[source.Record], zone_name: str) -> tuple[list[Outcome], bool]:
    """Try the mapping on the peeked records; the second value says whether times lack an offset.

    A record that fails without a zone but converts with one holds a time without UTC offset:
    the import must then name the zone (never assumed).
    """
    converter = mapping_module.Converter(chosen)
    probe = mapping_module.Converter(chosen.replace(zone="UTC")) if chosen.zone is None else None
    if columns is not None:
        converter.set_columns(columns)
        if probe is not None:
            probe.set_columns(columns)
    shown = zoneinfo.ZoneInfo(zone_name)
    outcomes: list[Outcome] = []
    naive = False
    for record in peeked:
        if record.error:
            outcomes.append(Outcome(record.line, "", record.error))
            continue
        try:
            values = converter.convert(record.fields)
        except mapping_module.LineError as exc:
            if probe is not None:
                try:
                    probe.convert(record.fields)
                    naive = True
                except mapping_module.LineError:
                    pass
            outcomes.append(Outcome(record.line, "", exc.reason))
            continue
        local = values.occurred_at.astimezone(shown)
        spec = "microseconds" if local.microsecond else "seconds"
        outcomes.append(Outcome(record.line, f"{local.isoformat(sep=' ', timespec=spec)}  {values.title}", ""))
    return outcomes, naive


@dataclass(frozen=True)
class Request:
    """What Start imports: the format, the mapping (zone and encoding for the known formats)."""

    path: Path
    fmt: str
    mapping: mapping_module.Mapping
    skip_bad: bool
    keep_as_evidence: bool


class ImportDialog(QDialog):
    """Choose how a timeline file becomes events, watch the preview, start, cancel.

    ``result_row`` holds the import record once done (the dialog then accepts).
    """

    def __init__(self, *, tasks: tasks_module.Tasks, case: snapshots.CaseDetail, path: Path,
                 store: vault.Vault | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._case = case
        self._path = path
        self._store = store
        self._columns: list[str] = []
        self._peeked: list[source.Record] = []
        self._peeked_jsonl: bool | None = None
        self._peeked_encoding = ""
        self._peek_error = ""
        self._notice = ""
        self._cancel = threading.Event()
        self._latest: tuple[int, int] | None = None
        self._running = False
        self._size = path.stat().st_size if path.exists() else 0
        self.result_row: records.ImportRow | None = None
        self.setWindowTitle(self.tr("Import a timeline into {case}").format(case=case.reference))
        self._build()
        self._connect_signals()
        jsonl = path.suffix.lower() in JSONL_SUFFIXES
        self.format_combo.setCurrentIndex(self.format_combo.findData("jsonl" if jsonl else "csv"))
        self._peek(jsonl, detect=True)

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.file_label = QLabel(self.tr("<b>{name}</b> ({size})").format(
            name=_html(self._path.name), size=evidencemodel.human_size(self._size)), self)
        self.file_label.setToolTip(str(self._path))
        self.format_combo = QComboBox(self)
        for fmt in presets.FORMATS:
            self.format_combo.addItem(self.tr(str(FORMAT_LABELS.get(fmt, fmt))), fmt)
        self.encoding_combo = QComboBox(self)
        for key, label in ENCODINGS.items():
            self.encoding_combo.addItem(self.tr(str(label)), key)
        self.detected_label = QLabel(self)
        self.detected_label.setStyleSheet("color: palette(mid);")

        self.time_column = QComboBox(self)
        self.time_format = QComboBox(self)
        for key, label in TIME_FORMAT_LABELS.items():
            self.time_format.addItem(self.tr(str(label)), key)
        self.time_pattern = QLineEdit(self)
        self.time_pattern.setPlaceholderText("%d/%m/%Y %H:%M:%S")
        self.time_pattern.setEnabled(False)
        self.title_column = QComboBox(self)
        self.details_column = QComboBox(self)
        self.source_column = QComboBox(self)
        self.category_column = QComboBox(self)
        self.attributes = QListWidget(self)
        self.attributes.setMaximumHeight(110)
        self.attributes.setToolTip(self.tr("Ticked columns are kept with each event as attributes"))

        self.zone_check = QCheckBox(self.tr("Times without a UTC offset are in:"), self)
        self.zone_combo = ZoneCombo(self)
        self.zone_combo.set_zone(self._case.display_zone)
        self.zone_combo.setEnabled(False)
        self.zone_note = QLabel(self)
        self.zone_note.setWordWrap(True)

        self.abort_radio = QRadioButton(self.tr("Stop at the first bad line: nothing is imported"), self)
        self.skip_radio = QRadioButton(self.tr("Skip bad lines and list them in the import record"), self)
        self.abort_radio.setChecked(True)
        self.evidence_check = QCheckBox(self.tr("Keep the source file in the evidence vault"), self)
        self.evidence_check.setChecked(self._store is not None)
        self.evidence_check.setEnabled(self._store is not None)

        self.preview = QTableWidget(self)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().hide()  # the file's own line numbers are the first column
        self.preview.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.preview.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.preview.horizontalHeader().setStretchLastSection(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.progress_label = QLabel(self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 1000)
        self.progress_label.hide()
        self.progress_bar.hide()
        self._timer = QTimer(self)
        self._timer.setInterval(_PROGRESS_MS)

        self.buttons = QDialogButtonBox(self)
        self.start_button = QPushButton(self.tr("Start import"), self)
        self.start_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)

        top = QFormLayout()
        top.addRow(self.tr("File:"), self.file_label)
        fmt_row = QHBoxLayout()
        fmt_row.addWidget(self.format_combo)
        fmt_row.addWidget(self.detected_label, 1)
        top.addRow(self.tr("Format:"), fmt_row)
        encoding_row = QHBoxLayout()
        encoding_row.addWidget(self.encoding_combo)
        encoding_row.addStretch(1)
        top.addRow(self.tr("Text encoding:"), encoding_row)

        self.mapping_box = QGroupBox(self.tr("Columns"), self)
        form = QFormLayout(self.mapping_box)
        form.addRow(self.tr("Time:"), self.time_column)
        form.addRow(self.tr("Time format:"), self.time_format)
        form.addRow(self.tr("Pattern:"), self.time_pattern)
        form.addRow(self.tr("Title:"), self.title_column)
        form.addRow(self.tr("Details:"), self.details_column)
        form.addRow(self.tr("Source:"), self.source_column)
        form.addRow(self.tr("Category:"), self.category_column)
        form.addRow(self.tr("Attributes:"), self.attributes)

        zone_box = QGroupBox(self.tr("Time zone"), self)
        zone_layout = QVBoxLayout(zone_box)
        zone_row = QHBoxLayout()
        zone_row.addWidget(self.zone_check)
        zone_row.addWidget(self.zone_combo, 1)
        zone_layout.addLayout(zone_row)
        zone_layout.addWidget(self.zone_note)
        options = QGroupBox(self.tr("Bad lines and source file"), self)
        options_layout = QVBoxLayout(options)
        options_layout.addWidget(self.abort_radio)
        options_layout.addWidget(self.skip_radio)
        options_layout.addWidget(self.evidence_check)

        left = QVBoxLayout()
        left.addWidget(self.mapping_box)
        left.addWidget(zone_box)
        left.addWidget(options)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Preview of the first records (first column: as it will be imported, "
                                       "in the case's zone {zone})").format(zone=self._case.display_zone), self))
        right.addWidget(self.preview, 1)
        right.addWidget(self.status)
        middle = QHBoxLayout()
        middle.addLayout(left, 2)
        middle.addLayout(right, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.buttons)
        self.resize(1200, 800)

    def _connect_signals(self) -> None:
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.encoding_combo.currentIndexChanged.connect(self._format_changed)
        for combo in (self.time_column, self.title_column, self.details_column, self.source_column,
                      self.category_column, self.time_format):
            combo.currentIndexChanged.connect(self._mapping_changed)
        self.time_pattern.textChanged.connect(self._mapping_changed)
        self.attributes.itemChanged.connect(self._mapping_changed)
        self.zone_check.toggled.connect(self.zone_combo.setEnabled)
        self.zone_check.toggled.connect(self._mapping_changed)
        self.zone_combo.currentTextChanged.connect(self._mapping_changed)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self._timer.timeout.connect(self._refresh_progress)

    # --- the file's first records ---------------------------------------------------------------

    @property
    def fmt(self) -> str:
        return str(self.format_combo.currentData())

    @property
    def encoding(self) -> str:
        return str(self.encoding_combo.currentData())

    def _peek(self, jsonl: bool, *, detect: bool = False) -> None:
        path, encoding = self._path, self.encoding
        self._peeked_jsonl = jsonl
        self._peeked_encoding = encoding
        self.status.setText(self.tr("Reading the first records…"))
        self.start_button.setEnabled(False)
        self._tasks.run_io(lambda: source.peek(path, jsonl=jsonl, count=PREVIEW_ROWS, encoding=encoding), parent=self,
                           success=lambda found: self._peeked_records(found, detect), failure=self._peek_failed)

    def _peek_failed(self, exc: errors.UserError) -> None:
        self._peek_error = language.error_text(exc)
        self._columns, self._peeked = [], []
        self._refresh()

    def _peeked_records(self, found: tuple[list[str], list[source.Record]], detect: bool) -> None:
        self._peek_error = ""
        self._columns, self._peeked = list(found[0]), list(found[1])
        self._fill_columns()
        if detect:
            guessed = detect_format(self._columns, jsonl=bool(self._peeked_jsonl))
            self.format_combo.blockSignals(True)
            self.format_combo.setCurrentIndex(self.format_combo.findData(guessed))
            self.format_combo.blockSignals(False)
            known = guessed not in ("csv", "jsonl")
            self.detected_label.setText(
                self.tr("recognised from its columns") if known else self.tr("not a known format: map the columns"))
        self._refresh()

    def _format_changed(self) -> None:
        self.detected_label.clear()
        jsonl = presets.FORMATS[self.fmt]
        if jsonl != self._peeked_jsonl or self.encoding != self._peeked_encoding:
            self._peek(jsonl)
        else:
            self._refresh()

    def _fill_columns(self) -> None:
        columns = self._columns
        lowered = {c.lower(): c for c in columns}

        def guess(*names: str) -> str:
            return next((lowered[n] for n in names if n in lowered), "")

        widgets = (self.time_column, self.title_column, self.details_column, self.source_column,
                   self.category_column, self.time_format, self.attributes)
        for widget in widgets:
            widget.blockSignals(True)
        for combo, optional, default in (
            (self.time_column, False, guess("datetime", "timestamp", "time", "date", "event_date", "@timestamp")),
            (self.title_column, False, guess("message", "title", "event_title", "msg", "description")),
            (self.details_column, True, guess("details", "event_content")),
            (self.source_column, True, guess("source", "event_source")),
            (self.category_column, True, ""),
        ):
            combo.clear()
            if optional:
                combo.addItem(_NONE, "")
            for column in columns:
                combo.addItem(column, column)
            if default:
                combo.setCurrentIndex(combo.findData(default))
        self.attributes.clear()
        for column in columns:
            item = QListWidgetItem(column, self.attributes)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        for widget in widgets:
            widget.blockSignals(False)

    # --- the mapping -----------------------------------------------------------------------------

    def generic(self) -> bool:
        return self.fmt in ("csv", "jsonl")

    def zone(self) -> str | None:
        return self.zone_combo.zone() if self.zone_check.isChecked() else None

    def mapping(self) -> mapping_module.Mapping:
        """The mapping as the widgets say (for the known formats, the preset's with the zone)."""
        zone = self.zone()
        if not self.generic():
            columns = None if presets.FORMATS[self.fmt] else self._columns
            return presets.mapping_for(self.fmt, columns, given=mapping_module.Mapping("", "", zone=zone, encoding=self.encoding),
                                       source=self._path.name)
        time_format = str(self.time_format.currentData())
        if time_format == "custom":
            time_format = self.time_pattern.text().strip() or "%"
        mapped = {str(c.currentData() or "") for c in (self.time_column, self.title_column, self.details_column,
                                                        self.source_column, self.category_column)}
        kept = []
        every = True
        self.attributes.blockSignals(True)  # greying the mapped columns must not re-enter here
        for row in range(self.attributes.count()):
            item = self.attributes.item(row)
            taken = item.text() in mapped
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled if taken else item.flags() | Qt.ItemFlag.ItemIsEnabled)
            if taken:
                continue
            if item.checkState() == Qt.CheckState.Checked:
                kept.append(item.text())
            else:
                every = False
        self.attributes.blockSignals(False)
        return mapping_module.Mapping(
            time_column=str(self.time_column.currentData() or ""), title_column=str(self.title_column.currentData() or ""),
            time_format=time_format, zone=zone,
            details_column=str(self.details_column.currentData() or "") or None,
            source_column=str(self.source_column.currentData() or "") or None,
            category_column=str(self.category_column.currentData() or "") or None,
            attribute_columns=None if every else tuple(kept), source=self._path.name, encoding=self.encoding,
        )

    def _mapping_changed(self) -> None:
        self.time_pattern.setEnabled(self.time_format.currentData() == "custom")
        self._refresh()

    def problem(self) -> str:
        """Why Start is refused now ("" when it may start); also fills the preview."""
        return self._refresh()

    def _refresh(self) -> str:
        self.mapping_box.setVisible(self.generic())
        problem = self._check()
        if problem:
            self.status.setText(f"<span style='color:{theme.state_color('error').name()}'>{_html(problem)}</span>")
        else:
            self.status.setText(self._notice)
        self.start_button.setEnabled(not problem and not self._running)
        return problem

    def _check(self) -> str:
        if self._peek_error:
            self._show_preview([])
            return self._peek_error
        jsonl = presets.FORMATS[self.fmt]
        if jsonl != self._peeked_jsonl or self.encoding != self._peeked_encoding:
            return self.tr("Reading the first records…")
        try:
            chosen = self.mapping()
            mapping_module.check(chosen, None if jsonl else self._columns, self._path.name)
            outcomes, naive = convert_preview(chosen, None if jsonl else self._columns, self._peeked,
                                              self._case.display_zone)
        except errors.UserError as exc:
            self._show_preview([])
            self.zone_note.clear()
            return language.error_text(exc)
        self._show_preview(outcomes)
        bad = [o for o in outcomes if o.error]
        self._notice = self.tr("{n} of the {m} previewed lines cannot be imported (first: line {line}). Choose "
                               "under “Bad lines” whether they stop the import or are skipped and listed.").format(
            n=len(bad), m=len(outcomes), line=bad[0].line) if bad else ""
        if naive:
            self.zone_note.setText(self.tr("<span style='color:{c}'>The times in this file carry no UTC offset: "
                                           "tick and name the zone they were recorded in. It is never assumed."
                                           "</span>").format(c=theme.state_color("error").name()))
            return self.tr("Choose the time zone of the file's times before starting.")
        if chosen.zone:
            self.zone_note.setText(self.tr("Times with an offset keep it; the others are read in {zone}.")
                                   .format(zone=chosen.zone))
        else:
            self.zone_note.setText(self.tr("Times in the preview carry their UTC offset (or are UTC epochs)."))
        if not self._peeked:
            return self.tr("The file holds no records.")
        if bad and len(bad) == len(outcomes):
            return self.tr("No previewed line converts; e.g. line {line}: {reason}").format(
                line=bad[0].line, reason=language.text(bad[0].error))
        return ""  # bad lines show in the preview; the user chooses to stop or to skip them

    def _show_preview(self, outcomes: Sequence[Outcome]) -> None:
        columns = self._columns
        table = self.preview
        table.clear()
        table.setColumnCount(len(columns) + 2)
        table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Imported as"), *columns])
        table.setRowCount(len(self._peeked))
        results = {o.line: o for o in outcomes}
        for row, record in enumerate(self._peeked):
            table.setItem(row, 0, QTableWidgetItem(str(record.line)))
            outcome = results.get(record.line)
            if outcome is None:
                cell = QTableWidgetItem("")
            elif outcome.error:
                cell = QTableWidgetItem(f"✗ {language.text(outcome.error)}")
                cell.setForeground(QBrush(theme.state_color("error")))
            else:
                cell = QTableWidgetItem(outcome.text)
            if outcome is not None:
                cell.setToolTip(language.text(outcome.error) if outcome.error else outcome.text)
            table.setItem(row, 1, cell)
            for col, column in enumerate(columns, start=2):
                value = record.fields.get(column, "")
                text = value if isinstance(value, str) else str(value)
                table.setItem(row, col, QTableWidgetItem(" ".join(text.split())[:200]))
        table.resizeColumnsToContents()
        for col in range(table.columnCount()):
            table.setColumnWidth(col, min(table.columnWidth(col), 420 if col == 1 else 220))

    # --- running ---------------------------------------------------------------------------------

    def request(self) -> Request:
        return Request(self._path, self.fmt, self.mapping(), self.skip_radio.isChecked(),
                       self.evidence_check.isChecked() and self._store is not None)

    def start(self) -> None:
        if self._running or self.problem():
            return
        req = self.request()
        case_id = self._case.id
        self._cancel = threading.Event()
        self._latest = None
        cancelled = self._cancel.is_set

        def progress(read: int, done: int) -> None:
            self._latest = (read, done)  # a plain attribute; the GUI timer shows it

        self._set_running(True)
        self._tasks.run_db(
            lambda s: records.import_file(s, case_id, req.path, fmt=req.fmt, mapping=req.mapping,
                                          skip_bad=req.skip_bad, progress=progress, cancelled=cancelled),
            parent=self, success=lambda row: self._imported(req, row), failure=self._failed)

    def cancel(self) -> None:
        if self._running:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling… nothing will be imported."))
        else:
            self.reject()

    def _set_running(self, running: bool) -> None:
        self._running = running
        for widget in (self.format_combo, self.encoding_combo, self.mapping_box, self.zone_check, self.zone_combo, self.abort_radio,
                       self.skip_radio, self.evidence_check):
            widget.setEnabled(not running)
        self.zone_combo.setEnabled(not running and self.zone_check.isChecked())
        self.evidence_check.setEnabled(not running and self._store is not None)
        self.start_button.setEnabled(not running)
        self.cancel_button.setEnabled(True)
        self.progress_label.setVisible(running)
        self.progress_bar.setVisible(running)
        if running:
            self.progress_label.setText(self.tr("Importing…"))
            self.progress_bar.setValue(0)
            self._timer.start()
        else:
            self._timer.stop()

    def _refresh_progress(self) -> None:
        latest = self._latest
        if latest is None or self._cancel.is_set():
            return
        read, done = latest
        self.progress_bar.setValue(int(1000 * done / self._size) if self._size else 0)
        self.progress_label.setText(self.tr("{records} records read, {done} of {total}").format(
            records=f"{read:,}".replace(",", "\u202f"), done=evidencemodel.human_size(done),
            total=evidencemodel.human_size(self._size)))

    def _failed(self, exc: errors.UserError) -> None:
        self._set_running(False)
        self._refresh()
        if isinstance(exc, records.ImportCancelled):
            messages.show_info(self, self.tr("Import cancelled"), language.error_text(exc))
            return
        messages.show_error(self, exc)

    def _imported(self, req: Request, row: records.ImportRow) -> None:
        self._set_running(False)
        self.result_row = row
        if req.keep_as_evidence and self._store is not None:
            self._keep_as_evidence(req, row)
            return
        self._summarise(row, "")
        self.accept()

    def _keep_as_evidence(self, req: Request, row: records.ImportRow) -> None:
        store, case_id = self._store, self._case.id
        assert store is not None
        defaults = acquisition.Defaults(
            method=self.tr("Timeline import #{id}").format(id=row.id),
            description=self.tr("Source of timeline import #{id} ({n} events)").format(id=row.id, n=row.imported),
            tags=("timeline-import",))

        def stored(report: acquisition.StoreReport) -> None:
            files = [f for f in report.stored if f.stored.sha256 == row.sha256]
            if not files:
                note = self.tr("The source file was NOT added to the vault: it changed since the import "
                               "or could not be stored ({why}).").format(
                    why="; ".join(f.message for f in report.failed) or self.tr("different SHA-256"))
                self._summarise(row, note)
                self.accept()
                return
            self._tasks.run_db(lambda s: acquisition.register_all(s, case_id, files, defaults), parent=self,
                               success=lambda _done: self._finish(row, self.tr("The source file was added to "
                                                                               "the evidence vault.")),
                               failure=lambda exc: self._finish(row, language.error_text(exc)))

        self._tasks.run_io(lambda: acquisition.store_all(store, [req.path]), parent=self, success=stored,
                           failure=lambda exc: self._finish(row, language.error_text(exc)))

    def _finish(self, row: records.ImportRow, note: str) -> None:
        self._summarise(row, note)
        self.accept()

    def _summarise(self, row: records.ImportRow, note: str) -> None:
        messages.show_info(self, self.tr("Timeline imported"), summary(row, note), skipped_details(row))


def _tr(text: str) -> str:
    return QCoreApplication.translate("importdialog", text)


def summary(row: records.ImportRow, note: str = "") -> str:
    lines = [
        _tr("{file}: {imported} event(s) imported, {skipped} line(s) skipped, {read} read.").format(
            file=row.file_name, imported=row.imported, skipped=row.skipped, read=row.lines_read),
        _tr("SHA-256 of the source file: {sha256}").format(sha256=row.sha256),
    ]
    if row.skipped_lines:
        lines.append(_tr("First skipped lines:"))
        lines += ["  " + _tr("line {line}: {reason}").format(line=s.line, reason=language.text(s.reason)) for s in row.skipped_lines[:5]]
    if note:
        lines.append(note)
    return "\n".join(lines)


def skipped_details(row: records.ImportRow) -> str:
    text = "\n".join(_tr("line {line}: {reason}").format(line=s.line, reason=language.text(s.reason)) for s in row.skipped_lines)
    if row.skipped > len(row.skipped_lines):
        text += "\n" + _tr("… and {n} more (only the first are kept)").format(n=row.skipped - len(row.skipped_lines))
    return text


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def import_timeline(parent: QWidget, tasks: tasks_module.Tasks, case: snapshots.CaseDetail, *,
                    store: vault.Vault | None = None,
                    done: Callable[[records.ImportRow], None] | None = None) -> None:
    """Timeline › Import timeline…: pick a file, map it, import it; ``done`` gets the import record."""
    path = filedialogs.ask_open_path(parent, QCoreApplication.translate("importdialog", "Import a timeline"),
                                     QCoreApplication.translate("importdialog", "Timelines (*.csv *.tsv *.jsonl *.ndjson *.json);;All files (*)"))
    if path is None:
        return
    dialog = ImportDialog(tasks=tasks, case=case, path=path, store=store, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if done is not None:
        dialog.accepted.connect(lambda: done(dialog.result_row) if dialog.result_row else None)
    dialog.open()

