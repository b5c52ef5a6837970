"""The exports list: each document written to a file, with its SHA-256 and whether the file still matches."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush

from cnil_case.core import exports, times
from cnil_case.ui import listmodel, theme

WHEN, DOCUMENT, VARIANT, LANGUAGE, DRAFT, FILE, SHA256, BY, CHECK = range(9)

_T = "exportsmodel"

KIND_NAMES = {
    "art33": QT_TRANSLATE_NOOP("exportsmodel", "Art. 33 notification"),
    "art34": QT_TRANSLATE_NOOP("exportsmodel", "Art. 34 communication"),
    "investigation": QT_TRANSLATE_NOOP("exportsmodel", "Investigation report"),
    "register": QT_TRANSLATE_NOOP("exportsmodel", "Breach register (Art. 33(5))"),
}
VARIANT_NAMES = {
    "initial": QT_TRANSLATE_NOOP("exportsmodel", "Initial"),
    "complementary": QT_TRANSLATE_NOOP("exportsmodel", "Complementary"),
    "final": QT_TRANSLATE_NOOP("exportsmodel", "Final"),
    "letter": QT_TRANSLATE_NOOP("exportsmodel", "Letter (Art. 34(2))"),
    "public": QT_TRANSLATE_NOOP("exportsmodel", "Public notice (Art. 34(3)(c))"),
    "category": QT_TRANSLATE_NOOP("exportsmodel", "Timeline by category"),
    "day": QT_TRANSLATE_NOOP("exportsmodel", "Timeline by day"),
    "pdf": QT_TRANSLATE_NOOP("exportsmodel", "PDF"),
    "csv": QT_TRANSLATE_NOOP("exportsmodel", "CSV"),
}
LANGUAGES = {"fr": "Français", "en": "English"}



def tr(text: str) -> str:
    return QCoreApplication.translate(_T, text)


def kind_name(kind: str) -> str:
    return tr(str(KIND_NAMES.get(kind, kind)))


def variant_name(variant: str) -> str:
    return tr(str(VARIANT_NAMES.get(variant, variant)))


class ExportsModel(listmodel.SnapshotListModel):
    """``ExportRow`` snapshots, newest first; times in ``zone``; file checks arrive later."""

    def __init__(self, parent: QObject | None = None, *, zone: str = times.DEFAULT_ZONE) -> None:
        super().__init__(parent)
        self._zone = zone
        # export id → True (matches), False (changed), None (gone); absent: not checked yet.
        self._checks: dict[int, bool | None] = {}

    @property
    def zone(self) -> str:
        return self._zone

    def set_zone(self, zone: str) -> None:
        self._zone = zone
        if self._rows:
            self.dataChanged.emit(self.index(0, WHEN), self.index(len(self._rows) - 1, WHEN))

    def set_rows(self, rows: Sequence[Any]) -> None:
        self._checks = {}
        super().set_rows(rows)

    def set_checks(self, checks: Mapping[int, bool | None]) -> None:
        """What ``exports.verify_file`` found, by export id (rows not named keep their state)."""
        self._checks.update(checks)
        if self._rows:
            self.dataChanged.emit(self.index(0, CHECK), self.index(len(self._rows) - 1, CHECK))

    def headers(self) -> Sequence[str]:
        return (tr("When"), tr("Document"), tr("Variant"), tr("Language"), tr("Draft"), tr("File"),
                tr("SHA-256"), tr("By"), tr("File matches"))

    def cell(self, row: exports.ExportRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == CHECK and row.id in self._checks:
            return QBrush(theme.state_color("ok" if self._checks[row.id] else "error"))
        if role == Qt.ItemDataRole.ForegroundRole and column == DRAFT and row.draft:
            return QBrush(theme.state_color("error"))
        return None

    def _text(self, row: exports.ExportRow, column: int) -> str:
        if column == WHEN:
            return times.display(row.at, self._zone)
        if column == DOCUMENT:
            return kind_name(row.kind)
        if column == VARIANT:
            return variant_name(row.variant)
        if column == LANGUAGE:
            return LANGUAGES.get(row.lang, row.lang)
        if column == DRAFT:
            return tr("Draft") if row.draft else QCoreApplication.translate(_T, "Final", "not a draft")
        if column == FILE:
            return row.file_name
        if column == SHA256:
            return row.sha256[:12] + "…"
        if column == BY:
            return row.actor
        if column == CHECK:
            if row.id not in self._checks:
                return ""
            found = self._checks[row.id]
            return tr("Yes") if found else (tr("No: changed") if found is False else tr("No: missing"))
        return ""

    def _tooltip(self, row: exports.ExportRow, column: int) -> str | None:
        if column == SHA256:
            return row.sha256
        if column == FILE:
            return row.path
        if column == DRAFT and row.draft:
            return tr("Exported as a draft; it lacked:") + "\n" + "\n".join(f"• {gap}" for gap in row.gaps)
        if column == CHECK:
            if row.id not in self._checks:
                return tr("Not checked yet: press Verify files")
            found = self._checks[row.id]
            if found:
                return tr("The file still has the SHA-256 recorded when it was exported")
            if found is False:
                return tr("The file was changed after the export: its SHA-256 differs")
            return tr("The file is no longer at {path} (moved, renamed or deleted)").format(path=row.path)
        return None
