"""The manifest PDF: what was exported, with sizes, full SHA-256 and custody, for the recipient.

Takes a ``core.manifest.Manifest`` snapshot and returns the PDF's bytes (A4, "Page X of Y").
"""

# mypy: disable-error-code="import-untyped"
# WORKAROUND: reportlab ships no type hints and types-reportlab is not a dev dependency yet.

from __future__ import annotations

import io
import unicodedata
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cnil_case.core import manifest, times
from cnil_case.report import fonts

PAGE = landscape(A4)  # seven columns, one of them a 64-character hash: landscape keeps them readable
MARGIN = 12 * mm


def clean(value: object) -> str:
    """A user string made safe for a Paragraph: NFC, XML-escaped, newlines as ``<br/>``."""
    text = unicodedata.normalize("NFC", str(value))
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    base = ParagraphStyle("body", fontName=fonts.SANS, fontSize=8, leading=10)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=fonts.SANS_BOLD, fontSize=15, leading=19, spaceAfter=4),
        "meta": ParagraphStyle("meta", parent=base, fontSize=9, leading=12, textColor=colors.HexColor("#444444")),
        "head": ParagraphStyle("head", parent=base, fontName=fonts.SANS_BOLD),
        "body": base,
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        # splitLongWords lets the 64-character hash wrap inside its column.
        "hash": ParagraphStyle("hash", parent=base, fontName=fonts.MONO, fontSize=7, leading=9, splitLongWords=1),
    }


class NumberedCanvas(canvas.Canvas):
    """Draws "Page X of Y" once the page count is known (pages are kept until ``save``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(fonts.SANS, 8)
            self.drawRightString(PAGE[0] - MARGIN, 7 * mm, f"Page {self._pageNumber} of {total}")
            super().showPage()
        super().save()


def _size(size: int) -> str:
    return f"{size:,}".replace(",", "\u202f") + " B"


def render(snapshot: manifest.Manifest) -> bytes:
    """The manifest as a PDF document."""
    styles = _styles()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=14 * mm,
        title=unicodedata.normalize("NFC", f"Evidence manifest {snapshot.case_reference}"), author="cnil-case",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="body", frames=[frame])])
    local = snapshot.generated_at.astimezone(times.zone(snapshot.zone))
    when = f"{local:%Y-%m-%d %H:%M} ({times.format_offset(local)}, {snapshot.zone})"
    total = sum(row.size for row in snapshot.rows)
    story: list[Any] = [
        Paragraph(f"Evidence manifest · {clean(snapshot.case_reference)}", styles["title"]),
        Paragraph(clean(snapshot.case_title), styles["meta"]),
        Paragraph(
            f"Generated {clean(when)} · {len(snapshot.rows)} file{'' if len(snapshot.rows) == 1 else 's'}, "
            f"{clean(_size(total))} · SHA-256 of each copy checked when it was written",
            styles["meta"],
        ),
        Spacer(1, 5 * mm),
    ]
    head = ["Name", "Size", "SHA-256", "Acquired", "By", "Exhibit", "Custody"]
    data: list[list[Paragraph]] = [[Paragraph(h, styles["head"]) for h in head]]
    for row in snapshot.rows:
        name = clean(row.name) + (f"<br/><font size=6 color='#666666'>{clean(row.file)}</font>" if row.file else "")
        if row.status != "active":
            name += f"<br/><i>{clean(row.status)}</i>"
        data.append([
            Paragraph(name, styles["body"]),
            Paragraph(clean(_size(row.size)), styles["right"]),
            Paragraph(clean(row.sha256), styles["hash"]),
            Paragraph(clean(row.acquired), styles["body"]),
            Paragraph(clean(row.acquired_by) + (f"<br/>from {clean(row.from_party)}" if row.from_party else ""),
                      styles["body"]),
            Paragraph(clean(row.exhibit), styles["body"]),
            Paragraph(clean(row.custody_summary), styles["body"]),
        ])
    widths = [m * mm for m in (52, 20, 42, 30, 30, 17, 82)]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    story.append(table)
    doc.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()
