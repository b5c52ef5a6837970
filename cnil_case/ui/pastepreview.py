"""Preview of pasted timeline lines: what each line was read as, or why it was refused.

Several lines pasted on the Timeline tab become several events, but only after the DPO has seen
how each line was understood (date, time, offset, title) and which ones were refused (line number
and reason). OK adds the valid lines in one transaction; nothing is added on Cancel.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import quickadd, times
from cnil_case.ui import theme

_TIME_FORMATS = {"hour": "%H:00", "minute": "%H:%M", "exact": "%H:%M:%S"}


def describe_when(entry: quickadd.QuickEntry) -> str:
    """The moment as understood, e.g. "Thu 1 Feb 2024 14:00 (UTC+01:00)", in the UI's language."""
    local = entry.local
    date = QLocale().toString(QDate(local.year, local.month, local.day), "ddd d MMM yyyy")
    if entry.precision == "day":
        return QCoreApplication.translate("pastepreview", "{date} (to the day)").format(date=date)
    clock = local.strftime(_TIME_FORMATS[entry.precision])
    if entry.ambiguous:
        first, second = entry.candidates
        return QCoreApplication.translate(
            "pastepreview", "{date} {time} ({first} or {second}: happens twice, you will be asked)"
        ).format(date=date, time=clock, first=times.format_offset(first), second=times.format_offset(second))
    offset = times.format_offset(entry.candidates[0])
    if entry.precision == "hour":
        return QCoreApplication.translate("pastepreview", "{date} {time} ({offset}, to the hour)").format(
            date=date, time=clock, offset=offset)
    return f"{date} {clock} ({offset})"


def describe(entry: quickadd.QuickEntry) -> str:
    """The whole line as understood: "Thu 1 Feb 2024 14:00 (UTC+01:00) — Viamedis informe la CNIL"."""
    return f"{describe_when(entry)} — {entry.title}"


def describe_error(error: quickadd.QuickAddError) -> str:
    return QCoreApplication.translate("pastepreview", "Column {column}: {reason}").format(
        column=error.column, reason=error.detail)


class PastePreview(QDialog):
    """The pasted lines, each with what was understood or why it was refused."""

    LINE, TEXT, READ = range(3)

    def __init__(self, parent: QWidget | None, *, results: Sequence[quickadd.LineResult]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add pasted events"))
        self._results = list(results)
        valid = [r for r in self._results if r.entry is not None]
        refused = len(self._results) - len(valid)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        if refused:
            self.summary.setText(self.tr("{valid} of {total} lines can be added as events; {refused} are refused "
                                         "(see why below) and will not be added.").format(
                valid=len(valid), total=len(self._results), refused=refused))
        else:
            self.summary.setText(self.tr("All {total} lines can be added as events.").format(total=len(self._results)))
        self.table = QTableWidget(len(self._results), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Text pasted"), self.tr("Understood as")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.LINE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.TEXT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.READ, QHeaderView.ResizeMode.Stretch)
        refused_brush = QBrush(theme.state_color("error"))
        for row, result in enumerate(self._results):
            number = QTableWidgetItem(str(result.number))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            text = QTableWidgetItem(result.text)
            text.setToolTip(result.text)
            if result.entry is not None:
                read = QTableWidgetItem(describe(result.entry))
            else:
                assert result.error is not None
                read = QTableWidgetItem(self.tr("Refused: {reason}").format(reason=describe_error(result.error)))
                read.setForeground(refused_brush)
            read.setToolTip(read.text())
            for column, item in ((self.LINE, number), (self.TEXT, text), (self.READ, read)):
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(self.TEXT)
        self.table.setColumnWidth(self.TEXT, min(self.table.columnWidth(self.TEXT), 360))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = QPushButton(self.tr("Add %n event(s)", "", len(valid)), self)
        self.add_button.setDefault(True)
        self.add_button.setEnabled(bool(valid))
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(900, 360)

    def entries(self) -> list[quickadd.QuickEntry]:
        """The lines that can be added, in the order pasted."""
        return [r.entry for r in self._results if r.entry is not None]

    @classmethod
    def ask(cls, parent: QWidget | None, *, results: Sequence[quickadd.LineResult]
            ) -> list[quickadd.QuickEntry] | None:
        """Show the preview; return the entries to add, or None if cancelled."""
        dialog = cls(parent, results=results)
        try:
            return dialog.entries() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
