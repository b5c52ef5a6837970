"""The frame every regulator document is built in: one ``CaseDocument(BaseDocTemplate)``.

A4, a header with the case reference and the confidentiality mark, "Page X / Y" footers drawn once
the page count is known, an optional diagonal draft mark on every page, PDF outline entries for
headings, an optional table of contents (``multiBuild``) and the document's metadata and language.
Takes a story of flowables and returns bytes; it never imports Qt or sessions.

The sender's identity comes from the ``[organisation]`` table of ``reports/common/<lang>.toml``,
normally from the user's copy in ``<data dir>/reports/common/<lang>.toml``: its name, address and
logo head page 1 of every document, and its signature (lines and image) closes the documents that
ask for it (``build(..., signature=True)``). A logo or signature image that is missing or is not a
PNG / JPEG never stops a build: it is left out and a sentence naming the file is appended to the
caller's ``warnings`` list (or logged when the caller passes none).
"""

# mypy: disable-error-code="import-untyped"
# WORKAROUND: reportlab ships no type hints and types-reportlab is not a dev dependency yet.

from __future__ import annotations

import functools
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepInFrame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
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
LOGO_BOX = (45 * mm, 22 * mm)  # a logo is scaled down, never up, to fit this width and height
SIGNATURE_BOX = (60 * mm, 25 * mm)
_log = logging.getLogger(__name__)


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
    para.outline = (text.printable(value, shaped=False), level)  # viewers order the outline themselves
    return para


LONG_CELL = 600  # characters of markup from which a cell might outgrow a page in a narrow column
MAX_CELL_HEIGHT = 400  # points: a row must fit a frame (about 728 pt) with the repeated header


def _fitted(cell: Flowable, width: float | None) -> Flowable:
    """A long cell shrunk to fit at most ``MAX_CELL_HEIGHT``: a row taller than a frame cannot be
    laid out (reportlab raises LayoutError), and shrinking keeps every character, unlike cutting."""
    if width is None or len(getattr(cell, "text", "") or "") < LONG_CELL:
        return cell
    return KeepInFrame(width - 6, MAX_CELL_HEIGHT, [cell], mode="shrink")


def table(rows: Sequence[Sequence[object]], widths: Sequence[float] | None = None, header: bool = True) -> Table:
    """A wrapping table: strings become escaped Paragraphs, flowables stay; the header row repeats.

    A string cell prints at most ``text.CELL_CLIP`` characters, the rest counted visibly, and a long
    cell is shrunk to fit (``_fitted``): a row taller than a page cannot be laid out.
    """
    st = _styles()
    data = [
        [_fitted(cell if isinstance(cell, Flowable) else
                 text.paragraph(text.clip("" if cell is None else str(cell), None),
                                st["cell_head" if header and r == 0 else "cell"]),
                 widths[c] if widths else None)
         for c, cell in enumerate(row)]
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
class Organisation:
    """Who sends the document, from ``[organisation]`` in the common wording (all plain text).

    ``logo`` and ``signature_image`` are resolved paths, or None when not set.
    """

    name: str = ""
    address: str = ""
    logo: Path | None = None
    signature: str = ""  # the signatory's lines: name, role …
    signature_image: Path | None = None

    @property
    def has_identity(self) -> bool:
        return bool(self.name.strip() or self.address.strip() or self.logo)

    @property
    def has_signature(self) -> bool:
        return bool(self.signature.strip() or self.signature_image)


def _resolve(value: str, common: wording.Wording, user_dir: Path | None) -> Path | None:
    """A configured file: absolute, or relative to the user's TOML file, then to the user template folder."""
    value = value.strip()
    if not value:
        return None
    path = Path(value).expanduser()
    if path.is_absolute():
        return path
    folders = [common.overridden_by.parent] if common.overridden_by is not None else []
    folders.append(wording.user_folder(user_dir))
    for folder in folders:
        if (folder / path).exists():
            return folder / path
    return folders[0] / path


def organisation(lang: str, *, user_dir: Path | None = None) -> Organisation:
    """The sender's identity and signature as the (user's) common wording sets them."""
    common = wording.load("common", lang, user_dir=user_dir)

    def value(key: str) -> str:
        key = f"organisation.{key}"
        return common.entries[key] if key in common else ""

    return Organisation(
        name=value("name").strip(),
        address=value("address").strip(),
        logo=_resolve(value("logo"), common, user_dir),
        signature=value("signature").strip(),
        signature_image=_resolve(value("signature_image"), common, user_dir),
    )


def image(path: Path, box: tuple[float, float], warnings: list[str] | None) -> Image | None:
    """``path`` as an Image scaled to fit ``box``, or None (and a warning) if it is not a readable PNG / JPEG."""
    problem = ""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
        if not (head.startswith(b"\x89PNG\r\n\x1a\n") or head.startswith(b"\xff\xd8\xff")):
            problem = "is not a PNG or JPEG image"
        else:
            reader = ImageReader(str(path))
            width, height = reader.getSize()
            reader.getRGBData()  # decode it all now: a truncated file would otherwise fail the build later
            if width <= 0 or height <= 0:
                problem = "has no size"
    except FileNotFoundError:
        problem = "does not exist"
    except (OSError, ValueError, SyntaxError) as exc:  # PIL's errors for a truncated or corrupt image
        problem = f"cannot be read as an image ({exc})"
    if problem:
        message = f"image {path} {problem}: left out of the document"
        if warnings is None:
            _log.warning("%s", message)
        else:
            warnings.append(message)
        return None
    scale = min(box[0] / width, box[1] / height, 1.0)
    result = Image(str(path), width=width * scale, height=height * scale)
    result.hAlign = "LEFT"
    return result


def identity_block(org: Organisation, warnings: list[str] | None) -> list[Flowable]:
    """The sender at the top of page 1: the logo on the left, name (bold) and address beside it."""
    if not org.has_identity:
        return []
    st = _styles()
    lines: list[Flowable] = []
    if org.name:
        lines.append(text.paragraph(org.name, st["h3"]))
    if org.address:
        lines.append(text.paragraph(org.address, st["body"]))
    logo = image(org.logo, LOGO_BOX, warnings) if org.logo else None
    if logo is None:
        return [*lines, Spacer(1, 4 * mm)] if lines else []
    width = PAGE[0] - 2 * MARGIN - 12  # the frame's own padding (6 pt a side), so the logo lines up with the text
    block = Table([[logo, lines]], colWidths=[LOGO_BOX[0] + 6 * mm, width - LOGO_BOX[0] - 6 * mm], hAlign="LEFT")
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return [block, Spacer(1, 4 * mm)]


def signature_block(org: Organisation, heading_markup: str, warnings: list[str] | None) -> list[Flowable]:
    """The signature at the end: a heading line, the signature image, the signatory's lines (kept together)."""
    if not org.has_signature:
        return []
    st = _styles()
    parts: list[Flowable] = [Spacer(1, 8 * mm), Paragraph(heading_markup, st["body"])]
    picture = image(org.signature_image, SIGNATURE_BOX, warnings) if org.signature_image else None
    parts.append(picture if picture is not None else Spacer(1, 12 * mm))
    if org.signature:
        parts.append(text.paragraph(org.signature, st["body"]))
    return [KeepTogether(parts)]


@dataclass(frozen=True)
class Decoration:
    """What the canvas draws on every page (plain text, not markup)."""

    reference: str
    confidential: str  # "" for a public notice
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
        if d.confidential:
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
    cover: Sequence[Flowable] = (),
    user_dir: Path | None = None,
    signature: bool = False,
    confidential: bool = True,
    warnings: list[str] | None = None,
) -> bytes:
    """The PDF's bytes, with the sender's identity (if configured) at the top of page 1.

    Args:
        toc: insert a table of contents (titled from the common wording) after the cover.
        cover: the first page(s), before the table of contents; end it with a PageBreak.
        user_dir: the user template folder (default ``<data dir>/reports``).
        signature: close the document with the configured signature block.
        confidential: print the confidentiality mark in the header (not on a public notice).
        warnings: receives a sentence for each configured image left out (missing, not an image).
    """
    common = wording.load("common", lang, user_dir=user_dir)
    org = organisation(lang, user_dir=user_dir)
    drawn = text.printable  # the canvas draws glyphs left to right: shape what it draws
    decoration = Decoration(
        reference=drawn(common.plain("reference", reference=reference)),
        confidential=drawn(common.plain("confidential")) if confidential else "",
        footer=drawn(common.plain("page_footer", page="{page}", pages="{pages}")),
        draft=drawn(common.plain("draft")) if draft else None,
        watermark=drawn(common.plain("draft_watermark")) if draft else None,
    )
    buffer = io.BytesIO()
    doc = CaseDocument(
        buffer, title=text.printable(title, shaped=False), author=text.printable(author, shaped=False),
        subject=text.printable(subject, shaped=False), creator="cnil-case", lang=lang,
    )
    contents = [Paragraph(common.get("contents"), _styles()["h1"]), table_of_contents(), PageBreak()] if toc else []
    flowables = [*identity_block(org, warnings), *cover, *contents, *story]
    if signature:
        flowables += signature_block(org, common.get("signature_heading"), warnings)
    maker = functools.partial(NumberedCanvas, decoration=decoration)
    if toc:
        doc.multiBuild(flowables, canvasmaker=maker)
    else:
        doc.build(flowables, canvasmaker=maker)
    return buffer.getvalue()
