"""The frame every regulator document is built in: one ``CaseDocument(BaseDocTemplate)``.

A4, a header with the case reference and the confidentiality mark, "Page X / Y" footers drawn once
the page count is known, an optional diagonal draft mark on every page, PDF outline entries for
headings, an optional table of contents (``multiBuild``) and the document's metadata and language.
Takes a story of flowables and returns bytes; it never imports Qt or sessions.
"""

# mypy: disable-error-code="import-untyped"
# WORKAROUND: reportlab ships no type hints and types-reportlab is not a dev dependency yet.

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from cnil_case.report import fonts, text, wording

PAGE = A4
MARGIN = 18 * mm
TOP = 22 * mm  # room for the header
BOTTOM = 18 * mm  # room for the footer
GREY = colors.HexColor("#555555")


@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    body = ParagraphStyle("body", fontName=fonts.SANS, fontSize=9.5, leading=13, spaceAfter=4)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=GREY),
        "title": ParagraphStyle("title", parent=body, fontName=fonts.SANS_BOLD, fontSize=18, leading=23,
                                spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=body, fontName=fonts.SANS_BOLD, fontSize=14, leading=18,
                             spaceBefore=10, spaceAfter=6, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=body, fontName=fonts.SANS_BOLD, fontSize=11.5, leading=15,
                             spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=body, fontName=fonts.SANS_BOLD, fontSize=10, leading=13,
                             spaceBefore=6, spaceAfter=3, keepWithNext=1),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", parent=body, fontName=fonts.SANS_BOLD, fontSize=8.5,
                                    leading=11, spaceAfter=0),
        "mono": ParagraphStyle("mono", parent=body, fontName=fonts.MONO, fontSize=8, leading=10,
                               spaceAfter=0, splitLongWords=1),
        "toc1": ParagraphStyle("toc1", parent=body, leftIndent=0, firstLineIndent=0, spaceAfter=2),
        "toc2": ParagraphStyle("toc2", parent=body, leftIndent=12, firstLineIndent=0, spaceAfter=1),
        "toc3": ParagraphStyle("toc3", parent=body, leftIndent=24, firstLineIndent=0, spaceAfter=1),
    }


def styles() -> dict[str, ParagraphStyle]:
    """The one stylesheet (DejaVu): body, small, title, h1–h3, cell, cell_head, mono, toc1–toc3."""
    return dict(_styles())


def heading(value: str, level: int = 1) -> Paragraph:
    """A heading (level 1–3) that becomes a PDF outline entry and a table-of-contents line."""
    if level not in (1, 2, 3):
        raise ValueError(f"heading level must be 1, 2 or 3, not {level}")
    para = Paragraph(text.para_text(value, fonts.SANS_BOLD), _styles()[f"h{level}"])
    para.outline = (text.printable(value), level)
    return para


def table(rows: Sequence[Sequence[object]], widths: Sequence[float] | None = None, header: bool = True) -> Table:
    """A wrapping table: strings become escaped Paragraphs, flowables stay; the header row repeats."""
    st = _styles()
    data = [
        [cell if isinstance(cell, Flowable) else text.paragraph("" if cell is None else cell,
                                                                 st["cell_head" if header and r == 0 else "cell"])
         for cell in row]
        for r, row in enumerate(rows)
    ]
    result = Table(data, colWidths=list(widths) if widths else None, repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black)]
    result.setStyle(TableStyle(commands))
    return result


@dataclass(frozen=True)
class Decoration:
    """What the canvas draws on every page (plain text, not markup)."""

    reference: str
    confidential: str
    footer: str  # with {page} and {pages}
    draft: str | None  # the header line, e.g. "DRAFT — incomplete"
    watermark: str | None  # the diagonal word, e.g. "DRAFT"


class NumberedCanvas(canvas.Canvas):
    """Keeps every page until ``save``, then draws header, "Page X / Y" footer and draft mark."""

    def __init__(self, *args: Any, decoration: Decoration, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decoration = decoration
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(self._pageNumber, total)
            super().showPage()
        super().save()

    def _decorate(self, page: int, total: int) -> None:
        d = self._decoration
        width, height = self._pagesize
        self.saveState()
        self.setFillColor(GREY)
        self.setFont(fonts.SANS, 8)
        self.drawString(MARGIN, height - 12 * mm, d.reference)
        self.drawRightString(width - MARGIN, height - 12 * mm, d.confidential)
        self.setStrokeColor(colors.HexColor("#999999"))
        self.setLineWidth(0.4)
        self.line(MARGIN, height - 14 * mm, width - MARGIN, height - 14 * mm)
        if d.draft:
            self.setFont(fonts.SANS_BOLD, 8)
            self.setFillColor(colors.HexColor("#b00020"))
            self.drawCentredString(width / 2, height - 12 * mm, d.draft)
        self.setFillColor(GREY)
        self.setFont(fonts.SANS, 8)
        self.drawRightString(width - MARGIN, 10 * mm, d.footer.format(page=page, pages=total))
        if d.watermark:
            self.setFillColor(colors.HexColor("#b00020"))
            self.setFillAlpha(0.12)
            self.setFont(fonts.SANS_BOLD, 96)
            self.translate(width / 2, height / 2)
            self.rotate(45)
            self.drawCentredString(0, -30, d.watermark)
        self.restoreState()


class CaseDocument(BaseDocTemplate):
    """A4 with ``cover`` and ``body`` page templates; headings feed the outline and the TOC."""

    def __init__(self, buffer: io.BytesIO, **kwargs: Any) -> None:
        super().__init__(buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP,
                         bottomMargin=BOTTOM, **kwargs)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        cover = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="cover")
        self.addPageTemplates([PageTemplate(id="body", frames=[frame]), PageTemplate(id="cover", frames=[cover])])
        self._outline_level = 0
        self._outline_count = 0

    def beforeDocument(self) -> None:
        self._outline_level = 0
        self._outline_count = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline is None:
            return
        title, level = outline
        level = min(level, self._outline_level + 1)  # the outline may not skip a level
        self._outline_level = level
        self._outline_count += 1
        key = f"h{self._outline_count}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=level - 1, closed=level > 1)
        self.notify("TOCEntry", (level - 1, text.para_text(title), self.page, key))


def table_of_contents() -> TableOfContents:
    toc = TableOfContents()
    st = _styles()
    toc.levelStyles = [st["toc1"], st["toc2"], st["toc3"]]
    return toc


def build(
    story: Sequence[Flowable],
    *,
    title: str,
    author: str,
    subject: str,
    lang: str,
    reference: str,
    draft: bool = False,
    toc: bool = False,
    user_dir: Any = None,
) -> bytes:
    """The PDF's bytes. ``toc`` inserts a table of contents first (titled from the common wording)."""
    common = wording.load("common", lang, user_dir=user_dir)
    decoration = Decoration(
        reference=common.plain("reference", reference=reference),
        confidential=common.plain("confidential"),
        footer=common.plain("page_footer", page="{page}", pages="{pages}"),
        draft=common.plain("draft") if draft else None,
        watermark=common.plain("draft_watermark") if draft else None,
    )
    buffer = io.BytesIO()
    doc = CaseDocument(
        buffer, title=text.printable(title), author=text.printable(author), subject=text.printable(subject),
        creator="cnil-case", lang=lang,
    )
    flowables = list(story)
    maker = functools.partial(NumberedCanvas, decoration=decoration)
    if toc:
        flowables = [Paragraph(common.get("contents"), _styles()["h1"]), table_of_contents(), PageBreak(), *flowables]
        doc.multiBuild(flowables, canvasmaker=maker)
    else:
        doc.build(flowables, canvasmaker=maker)
    return buffer.getvalue()
