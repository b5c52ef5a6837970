"""Timeline › Export timeline…: Timesketch CSV or JSONL, the whole case or the current filter.

The rows are streamed by ``timelineio.export`` on the database thread (it reads the case by
pages) into a temporary file beside the target, which is fsynced and renamed over it once
complete: a crash or a full disk never leaves half a file under the chosen name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import files, snapshots, timelineio
from cnil_case.ui import filedialogs, messages
from cnil_case.ui import tasks as tasks_module

SUFFIXES = {"timesketch-csv": ".csv", "timesketch-jsonl": ".jsonl"}


@dataclass(frozen=True)
class Choice:
    fmt: str
    filtered: bool


class ExportDialog(QDialog):
    """Format and scope of an export; ``ask`` is the seam tests patch."""

    def __init__(self, parent: QWidget | None = None, *, filtered: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the timeline"))
        self.csv = QRadioButton(self.tr("Timesketch CSV"), self)
        self.jsonl = QRadioButton(self.tr("Timesketch JSON lines"), self)
        self.whole = QRadioButton(self.tr("Every event of the case"), self)
        self.filtered = QRadioButton(self.tr("Only the events the timeline's filter shows"), self)
        self.filtered.setEnabled(filtered)
        formats, scopes = QButtonGroup(self), QButtonGroup(self)
        for group, buttons in ((formats, (self.csv, self.jsonl)), (scopes, (self.whole, self.filtered))):
            for button in buttons:
                group.addButton(button)
        # Checked once both groups exist: before, the four radios (same parent) exclude each other.
        self.csv.setChecked(True)
        (self.filtered if filtered else self.whole).setChecked(True)
        layout = QVBoxLayout(self)
        for title, buttons in ((self.tr("Format"), (self.csv, self.jsonl)),
                               (self.tr("Events"), (self.whole, self.filtered))):
            box = QGroupBox(title, self)
            inner = QVBoxLayout(box)
            for button in buttons:
                inner.addWidget(button)
            layout.addWidget(box)
        box_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box_buttons.accepted.connect(self.accept)
        box_buttons.rejected.connect(self.reject)
        layout.addWidget(box_buttons)

    def choice(self) -> Choice:
        return Choice("timesketch-jsonl" if self.jsonl.isChecked() else "timesketch-csv", self.filtered.isChecked())

    @classmethod
    def ask(cls, parent: QWidget | None, *, filtered: bool) -> Choice | None:
        dialog = cls(parent, filtered=filtered)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def write(session: Any, case_id: int, target: Path, *, fmt: str, flt: snapshots.EventFilter | None) -> int:
    """Export into a temporary file beside ``target``, then rename it over ``target``; the count.

    Raises:
        UserError: the folder cannot be written (the message names the file).
    """
    with files.text_writer(target) as handle:
        count = timelineio.export(session, case_id, handle, fmt=fmt, flt=flt)
    return count


def export_timeline(parent: QWidget, tasks: tasks_module.Tasks, case: snapshots.CaseDetail,
                    flt: snapshots.EventFilter | None = None) -> None:
    """Timeline › Export timeline…: ask format, scope and file, write off the GUI thread, report."""
    # Sort direction is not a filter: an export is always in time order.
    filtered = flt is not None and flt != snapshots.EventFilter(descending=flt.descending)
    choice = ExportDialog.ask(parent, filtered=filtered)
    if choice is None:
        return
    suffix = SUFFIXES[choice.fmt]
    name_filter = (QCoreApplication.translate("timelineexport", "Timesketch CSV (*.csv)") if suffix == ".csv"
                   else QCoreApplication.translate("timelineexport", "JSON lines (*.jsonl)"))
    path = filedialogs.ask_save_path(parent, QCoreApplication.translate("timelineexport", "Export the timeline"),
                                     f"{case.reference}-timeline{suffix}", name_filter)
    if path is None:
        return
    if path.suffix == "":
        path = path.with_suffix(suffix)
    case_id, fmt = case.id, choice.fmt
    chosen = flt if choice.filtered else None

    def done(count: int) -> None:
        messages.show_info(parent, QCoreApplication.translate("timelineexport", "Timeline exported"),
                           QCoreApplication.translate("timelineexport", "%n event(s) written to {path}", "",
                                                      count).format(path=path))

    tasks.run_db(lambda s: write(s, case_id, path, fmt=fmt, flt=chosen), parent=parent, success=done)
