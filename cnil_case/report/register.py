"""The Art. 33(5) breach register as a landscape A4 PDF: one table row per case.

Built from :class:`cnil_case.core.reportdata.RegisterRow` (the caller gathers them from a session);
the same header, "Page X / Y" footer, confidentiality mark, fonts and escaping as ``document.py``.
Fixed wording, column titles and the notes behind each decision come from
``reports/register/<lang>.toml``; :func:`render_csv` writes the same rows for a spreadsheet.
"""

# mypy: disable-error-code="import-untyped"
# WORKAROUND: reportlab ships no type hints and types-reportlab is not a dev dependency yet.

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from cnil_case.core import times
from cnil_case.core.reportdata import Note, RegisterRow
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
    """The CSV column titles (``CSV_KEYS`` order) in ``lang``."""
    words = wording.load("register", lang, user_dir=user_dir)
    return [words.plain(f"csv.{key}") for key in CSV_KEYS]


def _data_labels(r: RegisterRow, lang: str) -> tuple[str, ...]:
    return r.data_categories_fr if lang == "fr" else r.data_categories


def _when(moment: dt.datetime | None, zone: str, lang: str) -> str | None:
    return None if moment is None else text.format_datetime(moment, zone, lang)


def _lines(markup: Sequence[str], none: str) -> str:
    kept = [m for m in markup if m]
    return "<br/>".join(kept) if kept else none


def _note(words: wording.Wording, duty: str, code: str, reason: str, exemption: str = "") -> str:
    """Markup for why a case is (not) notified or communicated: the fixed wording of ``code`` in the
    document's language, with the user's own reason (escaped) when one was given."""
    key = f"{duty}.{code}_reason" if reason and f"{duty}.{code}_reason" in words else f"{duty}.{code}"
    if key not in words:
        return text.para_text(reason or code)
    return words.get(key, reason=reason, exemption=exemption)


def _note_plain(words: wording.Wording, duty: str, code: str, reason: str, exemption: str = "") -> str:
    key = f"{duty}.{code}_reason" if reason and f"{duty}.{code}_reason" in words else f"{duty}.{code}"
    if key not in words:
        return text.printable(reason or code)
    return words.plain(key, reason=reason, exemption=exemption)


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
        decision = [f"<b>{words.get('not_notified')}</b>",
                    _note(words, "notification_note", r.notification_note, r.not_notified_reason)]
    if r.risk_level:
        decision.append(words.template("risk").replace("{level}", _value(words, "level", r.risk_level)))
    communication = [words.get("communicated" if r.communicated else "not_communicated")]
    if r.communication_note != Note.DONE:
        communication.append(_note(words, "communication_note", r.communication_note, r.communication_reason,
                                   r.exemption))
    cells = [
        f"<b>{esc(r.reference)}</b><br/>{words.template('status').replace('{status}', _value(words, 'status_value', r.status))}",
        esc(r.title),
        _lines(dates, none),
        _lines(nature, none),
        _lines([esc(d) for d in _data_labels(r, lang)], none),
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


def _iso(moment: dt.datetime | None, zone: str) -> str:
    if moment is None:
        return ""
    return moment.astimezone(times.zone(zone)).isoformat(timespec="minutes")


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def _plain_value(words: wording.Wording, group: str, value: str) -> str:
    return words.plain(f"{group}.{value}") if f"{group}.{value}" in words else value


def render_csv(rows: Sequence[RegisterRow], *, lang: str, user_dir: Path | None = None) -> bytes:
    """The register as CSV for a spreadsheet: UTF-8 with BOM, ``;``, CRLF, ISO dates in each case's zone.

    Headings, status, nature, risk, yes/no and the fixed notes are in ``lang``; titles, reasons and
    measures stay as typed. Numbers are plain digits so that a spreadsheet reads them as numbers.
    """
    words = wording.load("register", lang, user_dir=user_dir)
    yes, no = words.plain("yes"), words.plain("no")
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([words.plain(f"csv.{key}") for key in CSV_KEYS])
    for r in rows:
        notification = "" if r.notified else _note_plain(words, "notification_note", r.notification_note,
                                                         r.not_notified_reason)
        communication = "" if r.communicated else _note_plain(words, "communication_note", r.communication_note,
                                                              r.communication_reason, r.exemption)
        writer.writerow([
            r.reference, r.title, _plain_value(words, "status_value", r.status), _iso(r.breach_start, r.zone),
            _iso(r.discovered, r.zone), _iso(r.controller_aware, r.zone),
            ", ".join(_plain_value(words, "nature", n) for n in r.nature), " | ".join(_data_labels(r, lang)),
            _number(r.persons_total), _number(r.records_total),
            _plain_value(words, "level", r.risk_level) if r.risk_level else "", yes if r.notified else no,
            notification, _iso(r.notified_at, r.zone), r.notification_reference, yes if r.communicated else no,
            communication, " | ".join(r.measures_taken),
        ])
    return out.getvalue().encode("utf-8-sig")
