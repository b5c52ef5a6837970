"""The workspace's breach register (GDPR Art. 33(5)): preview it, export it as PDF or CSV, see earlier exports.

Every case of the workspace is read on the database thread, the register is rendered on the I/O
pool, and an export is written and recorded (exports list + audit) in one database task.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import exports, reportdata
from cnil_case.report import documents
from cnil_case.ui import documentsview, exportsview, pdfpreview, wallclock
from cnil_case.ui import tasks as tasks_module

_T = "registerdialog"
HELP = QT_TRANSLATE_NOOP("registerdialog", "GDPR Art. 33(5): the controller documents every personal data breach, "
                        "notified or not: the facts, "
                        "its effects and the remedial action taken, so that the supervisory authority can verify "
                        "compliance. One row per case of this workspace, open or closed.")


def tr(text: str) -> str:
    return QCoreApplication.translate(_T, text)


class RegisterDialog(QDialog):
    """Preview and export the Art. 33(5) register of the whole workspace."""

    def __init__(self, parent: QWidget | None, *, tasks: tasks_module.Tasks) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._rows: list[reportdata.RegisterRow] | None = None
        self._workspace = ""
        self._generated_at = wallclock.now()
        self._built: exports.BuiltDocument | None = None
        self._token = 0
        self._folder = Path.home()
        self.setWindowTitle(tr("Breach register (GDPR Art. 33(5))"))
        self.language = QComboBox(self)
        for code, name in documentsview.LANGUAGES:
            self.language.addItem(name, code)
        self.help = QLabel(tr(str(HELP)), self)
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: palette(placeholder-text);")
        self.preview = pdfpreview.PdfPreview(self)
        self.preview_status = QLabel(self)
        self.preview_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_pdf_button = QPushButton(tr("Export &PDF…"), self)
        self.export_csv_button = QPushButton(tr("Export &CSV…"), self)
        self.export_csv_button.setToolTip(tr("UTF-8 with a byte order mark, so spreadsheets read the accents; "
                                             "headings in the chosen language"))
        self.exports = exportsview.ExportsList(tasks=tasks, title=tr("Earlier register exports"), parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        language_label = QLabel(tr("&Language:"), self)
        language_label.setBuddy(self.language)
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addStretch(1)
        top.addWidget(self.export_pdf_button)
        top.addWidget(self.export_csv_button)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.preview, 1)
        upper_layout.addWidget(self.preview_status)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(self.exports)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1100, 820)

        self.language.currentIndexChanged.connect(self._render_pdf)
        self.export_pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.export_csv_button.clicked.connect(lambda: self.export("csv"))
        self._enable(False)
        self.preview.show_message(tr("Reading every case of the workspace…"))
        self.exports.load(None)
        now = self._generated_at
        self._tasks.run_db(lambda s: reportdata.register_with_name(s, now=now), parent=self, success=self._read)

    @classmethod
    def show_for(cls, parent: QWidget | None, *, tasks: tasks_module.Tasks) -> None:
        cls(parent, tasks=tasks).exec()

    def lang(self) -> str:
        return str(self.language.currentData())

    def _enable(self, enabled: bool) -> None:
        self.export_pdf_button.setEnabled(enabled)
        self.export_csv_button.setEnabled(enabled)

    def _read(self, result: tuple[list[reportdata.RegisterRow], str]) -> None:
        self._rows, self._workspace = result
        self._enable(True)
        self._render_pdf()

    def _build(self, variant: str, done: Callable[[exports.BuiltDocument], None]) -> None:
        rows, workspace, at, lang = self._rows, self._workspace, self._generated_at, self.lang()
        if rows is None:
            return
        self._tasks.run_io(lambda: documents.build_register(rows, lang=lang, variant=variant, workspace=workspace,
                                                            generated_at=at),
                           parent=self, success=done)

    def _render_pdf(self) -> None:
        self._token += 1
        token = self._token
        self.preview_status.setText(tr("Building the preview…"))
        self._build("pdf", lambda built: self._show(token, built))

    def _show(self, token: int, built: exports.BuiltDocument) -> None:
        if token != self._token:
            return
        self._built = built
        self.preview.show_pdf(built.data)
        rows = len(self._rows or ())
        self.preview_status.setText(tr("{cases} case(s) · {pages} page(s) · SHA-256 {sha}").format(
            cases=rows, pages=self.preview.page_count(), sha=exportsview.short_hash(built.sha256)))
        self.preview_status.setToolTip(built.sha256)

    def export(self, variant: str) -> None:
        """Save the register as PDF (the previewed bytes when they are in the chosen language) or CSV."""
        built = self._built
        if variant == "pdf" and built is not None and built.lang == self.lang():
            self._save(built)
        else:
            self._build(variant, self._save)

    def _save(self, built: exports.BuiltDocument) -> None:
        exportsview.save_document(self, self._tasks, built, folder=self._folder, saved=self._saved)

    def _saved(self, row: exports.ExportRow) -> None:
        self._folder = Path(row.path).parent
        self.exports.reload()
        exportsview.show_saved(self, row)
