"""The preview beside the evidence table: text, CSV, e-mail, image, PDF or hex, never a whole file.

The bounded reads run on the I/O pool (``tasks.run_io``); the PDF view renders pages on demand.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontDatabase, QImage, QImageReader, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import evidence, preview, vault
from cnil_case.ui import language, tableviews
from cnil_case.ui import tasks as tasks_module

Index = QModelIndex | QPersistentModelIndex
IMAGE_MAX = 1600
TEXT_TYPES = ("application/json", "application/xml", "application/rtf", "application/javascript")


def kind_of(media_type: str) -> str:
    if media_type in ("text/csv", "text/tab-separated-values"):
        return "csv"
    if media_type == "message/rfc822":
        return "email"
    if media_type == "application/pdf":
        return "pdf"
    if media_type.startswith("image/") and media_type != "image/svg+xml":
        return "image"
    if media_type.startswith("text/") or media_type in TEXT_TYPES or media_type.endswith("+xml"):
        return "text"
    return "hex"


@dataclass(frozen=True)
class Loaded:
    token: int
    evidence_id: int
    kind: str
    payload: Any


# An encrypted vault decrypts into memory, never to a plaintext file: bounded like the other previews.
DECRYPTED_MAX = 256 * 1024 * 1024


def _decrypted(store: vault.Vault, sha256: str) -> bytes:
    with store.open(sha256) as stream:
        data = stream.read(DECRYPTED_MAX + 1)
    if len(data) > DECRYPTED_MAX:
        raise vault.VaultError(QCoreApplication.translate(
            "PreviewPane", "This file is too large to preview from an encrypted vault (over 256 MiB)."))
    return data


def read_image(path: Path | bytes) -> QImage:
    """Read an image scaled down as it is decoded (a huge scan never becomes a huge bitmap)."""
    if isinstance(path, bytes):
        buffer = QBuffer()
        buffer.setData(QByteArray(path))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        return _read_scaled(reader)
    return _read_scaled(QImageReader(str(path)))


def _read_scaled(reader: QImageReader) -> QImage:
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > IMAGE_MAX:
        reader.setScaledSize(size.scaled(QSize(IMAGE_MAX, IMAGE_MAX), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise vault.VaultError(QCoreApplication.translate("PreviewPane", "The image cannot be shown: {reason}").format(
            reason=reader.errorString()))
    return image


def load(store: vault.Vault, row: evidence.EvidenceRow, kind: str) -> Any:
    """File work for one preview (runs on the I/O pool)."""
    if store.encrypted and kind in ("image", "pdf"):
        data = _decrypted(store, row.sha256)
        return read_image(data) if kind == "image" else data
    if kind == "image":
        return read_image(store.path_for(row.sha256))
    if kind == "pdf":
        store.open(row.sha256).close()  # a missing or unreadable file says so, as for the others
        return store.path_for(row.sha256)
    with store.open(row.sha256) as stream:
        if kind == "csv":
            return preview.read_csv(stream)
        if kind == "email":
            return preview.read_email(stream)
        if kind == "text":
            return preview.read_text(stream)
        return preview.hex_dump(stream, 0)


class CsvModel(QAbstractTableModel):
    """A CSV preview: the header and the first rows, in memory."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._header: tuple[str, ...] = ()
        self._rows: Sequence[tuple[str, ...]] = ()
        self._columns = 0

    def set_preview(self, data: preview.CsvPreview) -> None:
        self.beginResetModel()
        self._header, self._rows = data.header, data.rows
        self._columns = max([len(data.header), *(len(r) for r in data.rows)])
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows[index.row()] if 0 <= index.row() < len(self._rows) else ()
        return row[index.column()] if index.column() < len(row) else ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._header[section] if 0 <= section < len(self._header) else str(section + 1)
        return str(section + 1)


class PreviewPane(QWidget):
    """Shows one item at a time.

    Signals:
        viewed(int): the preview of this evidence id was shown (once per ``show_item``).
    """

    viewed = Signal(int)

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._token = 0
        self.kind = ""
        self.title = QLabel(self)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(self)
        self.note.setStyleSheet("color: palette(mid);")
        self.stack = QStackedWidget(self)
        self.message = QLabel(self.tr("Select an item to preview it."), self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Text preview"))
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.hex = QPlainTextEdit(self)
        self.hex.setAccessibleName(self.tr("Hexadecimal preview"))
        self.hex.setReadOnly(True)
        self.hex.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.hex.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.csv_model = CsvModel(self)
        self.csv = QTableView(self)
        self.csv.setAccessibleName(self.tr("Table preview"))
        self.csv.setModel(self.csv_model)
        tableviews.configure(self.csv)
        self.csv.verticalHeader().setVisible(True)
        self.email = QTextBrowser(self)
        self.email.setAccessibleName(self.tr("E-mail preview"))
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_area = QScrollArea(self)
        self.image_area.setWidget(self.image)
        self.image_area.setWidgetResizable(True)
        self.pdf_document = QPdfDocument(self)
        self._pdf_buffer = QBuffer(self)
        self.pdf = QPdfView(self)
        self.pdf.setDocument(self.pdf_document)
        self.pdf.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        for page in (self.message, self.text, self.hex, self.csv, self.email, self.image_area, self.pdf):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note)

    def clear(self, text: str = "") -> None:
        self._token += 1
        self.kind = ""
        self.title.clear()
        self.note.clear()
        self.pdf_document.close()
        self.message.setText(text or self.tr("Select an item to preview it."))
        self.stack.setCurrentWidget(self.message)

    def show_item(self, store: vault.Vault | None, row: evidence.EvidenceRow | None) -> None:
        """Preview ``row`` (None clears); the file is read on the I/O pool."""
        if row is None or store is None:
            self.clear()
            return
        self.clear(self.tr("Loading…"))
        self.title.setText(f"<b>{html.escape(row.original_name)}</b> — {html.escape(row.media_type)}")
        token = self._token
        kind = kind_of(row.media_type)
        evidence_id = row.id
        self._tasks.run_io(lambda: Loaded(token, evidence_id, kind, load(store, row, kind)), parent=self,
                           success=self._show, failure=self._failed)

    def _failed(self, exc: Exception) -> None:
        self.message.setText(language.error_text(exc))
        self.stack.setCurrentWidget(self.message)

    def _show(self, loaded: Loaded) -> None:
        if loaded.token != self._token:
            return  # the selection moved on while the file was read
        kind, data = loaded.kind, loaded.payload
        if kind == "pdf":
            if isinstance(data, bytes):  # decrypted in memory; QtPdf reads the buffer while it renders
                self._pdf_buffer.close()
                self._pdf_buffer.setData(QByteArray(data))
                self._pdf_buffer.open(QIODevice.OpenModeFlag.ReadOnly)
                self.pdf_document.load(self._pdf_buffer)
                failed = self.pdf_document.status() != QPdfDocument.Status.Ready
            else:
                failed = self.pdf_document.load(str(data)) != QPdfDocument.Error.None_
            if failed:
                self._failed(vault.VaultError(self.tr("The PDF cannot be opened (damaged or encrypted).")))
                return
            self.note.setText(self.tr("%n page(s)", "", self.pdf_document.pageCount()))
            self.stack.setCurrentWidget(self.pdf)
        elif kind == "image":
            assert isinstance(data, QImage)
            self.image.setPixmap(QPixmap.fromImage(data))
            self.note.setText(self.tr("{w} × {h} pixels as shown").format(w=data.width(), h=data.height()))
            self.stack.setCurrentWidget(self.image_area)
        elif kind == "csv":
            self.csv_model.set_preview(data)
            self.note.setText(self._cut(data.truncated, self.tr("Delimiter {d!r}, {n} rows shown").format(
                d=data.delimiter, n=len(data.rows))))
            self.stack.setCurrentWidget(self.csv)
        elif kind == "email":
            self.email.setHtml(self._email_html(data))
            self.note.setText(self._cut(data.truncated, ""))
            self.stack.setCurrentWidget(self.email)
        elif kind == "text":
            self.text.setPlainText(data.text)
            self.note.setText(self._cut(data.truncated, self.tr("Encoding: {e}").format(e=data.encoding)))
            self.stack.setCurrentWidget(self.text)
        else:
            self.hex.setPlainText("\n".join(data))
            self.note.setText(self.tr("First {n} bytes").format(n=len(data) * 16 if data else 0))
            self.stack.setCurrentWidget(self.hex)
        self.kind = kind
        self.viewed.emit(loaded.evidence_id)

    def _cut(self, truncated: bool, text: str) -> str:
        return f"{text} — {self.tr('only the beginning is shown')}" if truncated else text

    def _email_html(self, data: preview.EmailPreview) -> str:
        rows = "".join(f"<tr><td><b>{html.escape(n)}:</b></td><td>{html.escape(v)}</td></tr>"
                       for n, v in data.headers if n.lower() in ("from", "to", "cc", "date", "subject", "message-id"))
        attachments = ""
        if data.attachments:
            attachments = "<p><b>{}</b> {}</p>".format(html.escape(self.tr("Attachments:")),
                                                       html.escape(", ".join(data.attachments)))
        return f"<table>{rows}</table>{attachments}<hr/><pre>{html.escape(data.body_text)}</pre>"
