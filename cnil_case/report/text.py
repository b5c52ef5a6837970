"""User text made safe for reportlab: one helper for every string a case supplies.

NFC-normalised (not NFKC: evidence is not rewritten), XML-escaped, newlines as ``<br/>``, and any
character the bundled font has no glyph for replaced by a visible ``[U+1F600]``-style marker, so nothing
is silently dropped and nothing crashes the build. Also the language-aware number and date formats.
"""

# mypy: disable-error-code="import-untyped"
# WORKAROUND: reportlab ships no type hints and types-reportlab is not a dev dependency yet.

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from cnil_case.core import times
from cnil_case.report import fonts

CHUNK = 2_000  # characters per Paragraph: 100,000 in one field become several, each cheap to wrap
LANGS = ("en", "fr")
_NNBSP = "\u202f"
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
}


@functools.cache
def _coverage(font: str) -> frozenset[int]:
    fonts.register()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


CELL_CLIP = 1_500  # characters a table cell prints: a row taller than a page cannot be laid out


def clip(value: str, lang: str | None, limit: int = CELL_CLIP) -> str:
    """``value`` cut to ``limit`` characters with a visible count of what was left out (digits
    grouped for ``lang``, plain when None)."""
    if len(value) <= limit:
        return value
    rest = len(value) - limit
    return f"{value[:limit]} […+{format_number(rest, lang) if lang else rest}]"


def marker(char: str) -> str:
    return f"[U+{ord(char):04X}]"


_BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _is_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def visual(line: str) -> str:
    """One line of logical-order text in the order a PDF draws it: Arabic joined, RTL runs reversed.

    reportlab lays glyphs left to right and (without uharfbuzz) does no shaping, so Arabic and
    Hebrew are converted here: Arabic to its presentation forms (arabic-reshaper), then the
    Unicode bidi algorithm (python-bidi) gives the visual order. Lines without RTL characters are
    returned unchanged. Limitation: a right-to-left paragraph long enough to wrap keeps its words
    in visual order but its lines come top to bottom in the order reportlab cuts them.
    """
    if not any(_is_rtl(c) for c in line):
        return line
    shaped = arabic_reshaper.reshape(line)
    try:
        return str(get_display(shaped))
    except AssertionError:
        # WORKAROUND: python-bidi 0.6 asserts on bidi isolates (U+2066–U+2069) and on unassigned
        # code points in a right-to-left run. Explicit bidi controls draw nothing anyway: drop them
        # (and mark the unassigned ones) and order what remains.
        cleaned = "".join(marker(c) if unicodedata.category(c) == "Cn" else c
                          for c in shaped if c not in _BIDI_CONTROLS)
        try:
            return str(get_display(cleaned))
        except AssertionError:
            return cleaned  # logical order: still every character, visibly


def printable(value: object, font: str = fonts.SANS, *, shaped: bool = True) -> str:
    """NFC text where every character ``font`` lacks becomes a visible marker such as ``[U+1F600]`` (tabs become spaces).

    ``shaped`` (the default, for what is drawn) puts Arabic and Hebrew in visual order with
    joined letters (:func:`visual`); pass ``False`` for metadata such as the PDF title, which
    readers expect in logical order.
    """
    text = unicodedata.normalize("NFC", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\t", "    ")
    if shaped:
        text = "\n".join(visual(line) for line in text.split("\n"))
    covered = _coverage(font)
    return "".join(c if c == "\n" or ord(c) in covered else marker(c) for c in text)


def para_text(value: object, font: str = fonts.SANS) -> str:
    """Paragraph markup that prints ``value`` exactly as typed."""
    return escape(printable(value, font)).replace("\n", "<br/>")


def _chunks(text: str, size: int = CHUNK) -> list[str]:
    """Split at blank lines, then at the last line break or space before ``size`` characters."""
    pieces: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text):
        while len(block) > size:
            cut = max(block.rfind("\n", 0, size), block.rfind(" ", 0, size))
            if cut <= 0:
                cut = size
            pieces.append(block[:cut])
            block = block[cut:].lstrip(" \n")
        pieces.append(block)
    return [piece for piece in pieces if piece.strip()] or [""]


def paragraphs(value: object, style: ParagraphStyle) -> list[Paragraph]:
    """``value`` as one Paragraph per paragraph of text (several for very long text)."""
    font = style.fontName
    return [Paragraph(para_text(piece, font), style) for piece in _chunks(str(value))]


def paragraph(value: object, style: ParagraphStyle) -> Paragraph:
    """A single Paragraph (for table cells and short values; use ``paragraphs`` for free text)."""
    return Paragraph(para_text(value, style.fontName), style)


def _check(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"unsupported report language {lang!r} (expected one of {', '.join(LANGS)})")
    return lang


def format_number(n: int | float, lang: str) -> str:
    """``1,234,567`` in English, ``1 234 567`` (narrow no-break spaces) in French."""
    _check(lang)
    text = f"{n:,}"
    if lang == "fr":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", _NNBSP)
    return text


def format_datetime(moment: dt.datetime, zone: str, lang: str) -> str:
    """``1 February 2024, 09:00 (UTC+01:00)`` / ``1er février 2024 à 09:00 (UTC+01:00)`` in ``zone``."""
    _check(lang)
    if moment.tzinfo is None:
        raise ValueError("format_datetime needs an aware datetime")
    local = moment.astimezone(times.zone(zone))
    sep = " à " if lang == "fr" else ", "
    return f"{format_date(local.date(), lang)}{sep}{local:%H:%M} ({times.format_offset(local)})"


def format_date(day: dt.date, lang: str) -> str:
    """``1 February 2024`` / ``1er février 2024`` (French writes the first of the month as an ordinal)."""
    _check(lang)
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{number} {_MONTHS[lang][day.month - 1]} {day.year}"


def quote(value: str, lang: str) -> str:
    """``“value”`` in English, ``« value »`` with narrow no-break spaces inside in French (plain text)."""
    _check(lang)
    return f"«{_NNBSP}{value}{_NNBSP}»" if lang == "fr" else f"“{value}”"
