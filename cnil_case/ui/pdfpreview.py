"""A PDF rendered in memory, shown page after page at the width of the view (QtPdf).

The evidence preview (``previewpane``) opens files from the vault; this one shows bytes that
were just built, which is what the Documents tab and the breach register preview.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget


class PdfPreview(QWidget):
    """Shows one PDF held in memory, or a message in its place (nothing built yet, loading…)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        # QPdfDocument reads from the device while pages are rendered: the buffer lives as long.
        self._buffer = QBuffer(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMargin(24)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def show_message(self, text: str) -> None:
        """Put ``text`` where the pages go and let go of the document."""
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def show_pdf(self, data: bytes) -> bool:
        """Show ``data``; False (and a message) when QtPdf cannot open it."""
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            self.show_message(self.tr("The PDF cannot be shown ({error}).").format(error=self.document.error().name))
            return False
        self.stack.setCurrentWidget(self.view)
        self.view.verticalScrollBar().setValue(0)
        return True

    def page_count(self) -> int:
        return self.document.pageCount() if self.stack.currentWidget() is self.view else 0
