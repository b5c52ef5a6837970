"""The Art. 33(5) breach register as a landscape A4 PDF: one table row per case.

Built from :class:`cnil_case.core.reportdata.RegisterRow` (the caller gathers them from a session);
the same header, "Page X / Y" footer, confidentiality mark, fonts and escaping as ``document.py``.
Fixed wording and column titles come from ``reports/register/<lang>.toml``.
"""

# mypy: disable-error-code="import-untyped"
# WORKAROUND: reportlab ships no type hints and types-reportlab is not a dev dependency yet.

from __future__ import annotations

import datetime as dt
import functools
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from cnil_case.core import taxonomy
from cnil_case.core.reportdata import RegisterRow
from cnil_case.report import document, text, wording

PAGE = landscape(A4)
# Column keys in ``[columns]`` and their widths (mm); they add up to the landscape frame width (261 mm).
COLUMNS: tuple[tuple[str, float], ...] = (
    ("reference", 27), ("title", 30), ("dates", 33), ("nature", 25), ("data", 30), ("persons", 22),
    ("decision", 38), ("communication", 30), ("measures", 26),
)
CSV_KEYS = (
    "reference", "title", "status", "breach_start", "discovered", "controller_aware", "nature",
    "data_categories", "persons_total", "records_total", "risk", "notified", "not_notified_reason",
    "notified_at", "notification_reference", "communicated", "communication_note", "measures_taken",
)


class RegisterDocument(document.CaseDocument):
    """``CaseDocument`` on a landscape A4 page (same outline handling, same margins)."""

    def __init__(self, buffer: io.BytesIO, **kwargs: Any) -> None:
        BaseDocTemplate.__init__(self, buffer, pagesize=PAGE, leftMargin=document.MARGIN,
                                 rightMargin=document.MARGIN, topMargin=document.TOP,
                                 bottomMargin=document.BOTTOM, **kwargs)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="body", frames=[frame])])
        self._outline_level = 0
        self._outline_count = 0


def csv_headings(lang: str, *, user_dir: Path | None = None) -> list[str]:
    """The CSV column titles (``reportdata.REGISTER_COLUMNS`` order) in ``lang``."""
    words = wording.load("register", lang, user_dir=user_dir)
    return [words.plain(f"csv.{key}") for key in CSV_KEYS]


@functools.cache
def _french_labels() -> dict[str, str]:
    return {c.label_en: c.label_fr for c in taxonomy.data_categories()}


def _data_label(label_en: str, lang: str) -> str:
    return _french_labels().get(label_en, label_en) if lang == "fr" else label_en


def _when(moment: dt.datetime | None, zone: str, lang: str) -> str | None:
    return None if moment is None else text.format_datetime(moment, zone, lang)


def _lines(markup: Sequence[str], none: str) -> str:
    kept = [m for m in markup if m]
    return "<br/>".join(kept) if kept else none


def _note(words: wording.Wording, note: str) -> str:
    """A fixed note of ``reportdata`` in the document's language; typed reasons stay as they are."""
    if f"note.{note}" in words:
        return words.get(f"note.{note}")
    prefix = "not required: "
    if note.startswith(prefix):
        return words.get("note.not_required_prefix", reason=note[len(prefix):])
    return text.para_text(note)


def _value(words: wording.Wording, group: str, value: str) -> str:
    return words.get(f"{group}.{value}") if f"{group}.{value}" in words else text.para_text(value)


def _row(r: RegisterRow, words: wording.Wording, lang: str, zone: str) -> list[Flowable]:
    esc = text.para_text
    none = words.get("none")
    dates = [
        words.get(f"dates.{key}", date=value)
        for key, moment in (("breach_start", r.breach_start), ("discovered", r.discovered),
                            ("controller_aware", r.controller_aware))
        if (value := _when(moment, zone, lang)) is not None
    ]
    nature = [_value(words, "nature", n) for n in r.nature]
    persons = []
    if r.persons_total is not None:
        persons.append(words.get("persons", count=text.format_number(r.persons_total, lang)))
    if r.records_total is not None:
        persons.append(words.get("records", count=text.format_number(r.records_total, lang)))
    if r.notified:
        decision = [words.get("notified", date=_when(r.notified_at, zone, lang) or none)]
        if r.notification_reference:
            decision.append(words.get("notified_reference", reference=r.notification_reference))
    else:
        decision = [f"<b>{words.get('not_notified')}</b>"]
        if r.not_notified_reason:
            decision.append(words.template("reason").replace("{reason}", _note(words, r.not_notified_reason)))
    if r.risk_level:
        decision.append(words.template("risk").replace("{level}", _value(words, "level", r.risk_level)))
    communication = [words.get("communicated" if r.communicated else "not_communicated")]
    if r.communication_note and r.communication_note != "done":
        communication.append(_note(words, r.communication_note))
    cells = [
        f"<b>{esc(r.reference)}</b><br/>{words.template('status').replace('{status}', _value(words, 'status_value', r.status))}",
        esc(r.title),
        _lines(dates, none),
        _lines(nature, none),
        _lines([esc(_data_label(d, lang)) for d in r.data_categories], none),
        _lines(persons, none),
        _lines(decision, none),
        _lines(communication, none),
        _lines([esc(f"• {m}") for m in r.measures_taken], none),
    ]
    cell = document.styles()["cell"]
    return [Paragraph(markup, cell) for markup in cells]


def story(rows: Sequence[RegisterRow], words: wording.Wording, *, lang: str, workspace_name: str,
          generated_at: dt.datetime, zone: str) -> list[Flowable]:
    st = document.styles()
    flow: list[Flowable] = [
        document.heading(words.plain("title"), 1),
        Paragraph(words.get("intro", workspace=workspace_name), st["body"]),
        Paragraph(words.get("generated", moment=text.format_datetime(generated_at, zone, lang), zone=zone),
                  st["small"]),
    ]
    if not rows:
        flow.append(Paragraph(words.get("empty"), st["body"]))
        return flow
    head = [Paragraph(words.get(f"columns.{key}"), st["cell_head"]) for key, _ in COLUMNS]
    body = [_row(r, words, lang, zone) for r in rows]
    flow.append(document.table([head, *body], [width * mm for _, width in COLUMNS]))
    return flow


def render(rows: Sequence[RegisterRow], *, lang: str, workspace_name: str, generated_at: dt.datetime,
           zone: str = "Europe/Paris", user_dir: Path | None = None) -> bytes:
    """The register's PDF bytes: title, Art. 33(5) intro, one row per case; header repeated per page."""
    words = wording.load("register", lang, user_dir=user_dir)
    common = wording.load("common", lang, user_dir=user_dir)
    decoration = document.Decoration(
        reference=text.printable(workspace_name),
        confidential=common.plain("confidential"),
        footer=common.plain("page_footer", page="{page}", pages="{pages}"),
        draft=None,
        watermark=None,
    )
    buffer = io.BytesIO()
    doc = RegisterDocument(
        buffer, title=words.plain("title"), author=text.printable(workspace_name), subject=words.plain("subject"),
        creator="cnil-case", lang=lang,
    )
    flow = story(rows, words, lang=lang, workspace_name=workspace_name, generated_at=generated_at, zone=zone)
    doc.build(flow, canvasmaker=functools.partial(document.NumberedCanvas, decoration=decoration))
    return buffer.getvalue()
