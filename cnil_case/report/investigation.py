"""The investigation report: the whole case file as one PDF, from a case snapshot.

Cover, table of contents, summary, parties, timeline (a chart of events over time and a table
grouped by category or by day), data and persons, risk assessments, obligations with their
lateness, correspondence, findings, measures, evidence manifest and audit summary. An empty
section says so in a line rather than disappearing. Fixed wording comes from
``reports/investigation/<lang>.toml``; every case value is escaped (markup) or drawn as plain
text (light table cells, chart labels).

Large cases (10,000 events, 1,000 evidence items) stay fast: long tables are cut into chunks
(a reportlab ``Table`` re-measures all its remaining rows at every page split), and short cell
values are plain strings, not Paragraphs; only a value wider than its column is wrapped.
"""

# mypy: disable-error-code="import-untyped"
# WORKAROUND: reportlab ships no type hints and types-reportlab is not a dev dependency yet.

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from cnil_case.core import articles, reportdata, times
from cnil_case.core.deadlines import Clock, ClockState
from cnil_case.core.errors import ValidationError
from cnil_case.core.snapshots import EventRow, Moment
from cnil_case.report import chart, document, fonts, text, wording

GROUPINGS = ("category", "day")
CHUNK_ROWS = 150  # rows per Table: splitting a Table costs time proportional to its remaining rows
MAX_CHUNK_ROWS = 400  # a chunk may run on to the next group title, up to this
CELL_SIZE = 7.5
CELL_LEADING = 9.5
PAD = 3
STARRED = colors.HexColor("#a04000")
CATEGORY_ORDER = ("attack", "detection", "containment", "notification", "communication", "investigation",
                  "legal", "press", "other")


def _label(w: wording.Wording, group: str, code: str) -> str:
    """Plain text for an enumerated value, or the code itself when the wording lacks it."""
    key = f"{group}.{code}"
    return w.plain(key) if key in w else text.printable(code)


MAX_CELL_LINES = 40  # lines a plain table cell prints (the rest counted): a row must fit a page


def wrap(value: str, font: str, size: float, width: float) -> str:
    """``value`` with line breaks so that no line is wider than ``width`` (greedy, at spaces; a word
    longer than a line is cut between characters)."""
    out: list[str] = []
    space = stringWidth(" ", font, size)
    for paragraph in value.split("\n"):
        if stringWidth(paragraph, font, size) <= width:
            out.append(paragraph)
            continue
        line, used = "", 0.0
        for word in paragraph.split(" "):
            w = stringWidth(word, font, size)
            if line and used + space + w <= width:
                line, used = f"{line} {word}", used + space + w
                continue
            if line:
                out.append(line)
            while w > width:  # a long URL or hash: cut it where the line is full
                cut, acc = 0, 0.0
                for cut, char in enumerate(word):  # noqa: B007 - ``cut`` is read after the loop
                    acc += stringWidth(char, font, size)
                    if acc > width:
                        break
                cut = max(cut, 1)
                out.append(word[:cut])
                word = word[cut:]
                w = stringWidth(word, font, size)
            line, used = word, w
        out.append(line)
    return "\n".join(out)


class Cells:
    """Light tables: header Paragraphs, body cells as plain strings unless they need wrapping."""

    def __init__(self, lang: str) -> None:
        base = document.styles()
        self.lang = lang
        self.head = ParagraphStyle("ihead", parent=base["cell_head"], fontSize=CELL_SIZE, leading=CELL_LEADING)
        self.body = ParagraphStyle("icell", parent=base["cell"], fontSize=CELL_SIZE, leading=CELL_LEADING)
        self.mono = ParagraphStyle("imono", parent=base["mono"], fontSize=CELL_SIZE - 0.5, leading=CELL_LEADING,
                                   splitLongWords=1)

    def cell(self, value: object, width: float, *, mono: bool = False) -> object:
        """Plain text broken into lines that fit ``width`` (flowables stay as they are).

        Table cells holding plain strings cost a fraction of Paragraph cells (no markup parsing, and
        a Table re-measures its rows at every page split), and nothing needs escaping in them.
        """
        if isinstance(value, Flowable):
            return value
        raw = text.clip("" if value is None else str(value), self.lang)
        font = fonts.MONO if mono else fonts.SANS
        size = CELL_SIZE - 0.5 if mono else CELL_SIZE
        lines = wrap(text.printable(raw, font), font, size, width - 2 * PAD).split("\n")
        if len(lines) > MAX_CELL_LINES:  # a row taller than a page cannot be laid out
            rest = text.format_number(len(lines) - MAX_CELL_LINES + 1, self.lang)
            lines = [*lines[: MAX_CELL_LINES - 1], f"[…+{rest}]"]
        return "\n".join(lines)

    def table(self, header: Sequence[str], rows: Iterable[Sequence[object]], widths: Sequence[float], *,
              mono: Sequence[int] = (), marked: Callable[[int], bool] | None = None,
              groups: Sequence[int] = ()) -> list[Flowable]:
        """Tables of at most ``CHUNK_ROWS`` rows each, the header repeated on every page and chunk.

        ``groups`` are the indices of rows whose first cell spans the table (a group title);
        ``marked`` rows are printed in a colour (starred events).
        """
        head = [Paragraph(h, self.head) for h in header]
        titles = set(groups)
        body = [row if i in titles else [self.cell(v, widths[c], mono=c in mono) for c, v in enumerate(row)]
                for i, row in enumerate(rows)]
        # Cut before a group title once a chunk is long enough, so the repeated header row mostly
        # falls where a new group starts anyway.
        starts = [0]
        for i in range(1, len(body)):
            size = i - starts[-1]
            if (size >= CHUNK_ROWS and (i in titles or not titles)) or size >= MAX_CHUNK_ROWS:
                starts.append(i)
        out: list[Flowable] = []
        for start, end in zip(starts, [*starts[1:], len(body)], strict=True):
            chunk = body[start:end]
            result = Table([head, *chunk], colWidths=list(widths), repeatRows=1, hAlign="LEFT")
            commands: list[tuple[Any, ...]] = [
                ("FONTNAME", (0, 1), (-1, -1), fonts.SANS),
                ("FONTSIZE", (0, 1), (-1, -1), CELL_SIZE),
                ("LEADING", (0, 1), (-1, -1), CELL_LEADING),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
            ]
            for col in mono:
                commands += [("FONTNAME", (col, 1), (col, -1), fonts.MONO),
                             ("FONTSIZE", (col, 1), (col, -1), CELL_SIZE - 0.5)]
            for r in range(len(chunk)):
                row = r + 1
                if start + r in titles:
                    # The title's shading is its Paragraph's own (see ``timeline``), for the same reason
                    # as below; NOSPLIT keeps it on the page of its first row.
                    commands += [("SPAN", (0, row), (-1, row)),
                                 ("NOSPLIT", (0, row), (-1, min(row + 1, len(chunk))))]
                elif marked is not None and marked(start + r):
                    # A text colour, not a row background: reportlab keeps cell styles exactly through
                    # page splits, while a background command can land on the wrong row of the next page.
                    commands.append(("TEXTCOLOR", (0, row), (-1, row), STARRED))
            result.setStyle(TableStyle(commands))
            out.append(result)
        return out


class _Builder:
    def __init__(self, report: reportdata.CaseReport, lang: str, user_dir: Path | None) -> None:
        self.r = report
        self.lang = lang
        self.w = wording.load("investigation", lang, user_dir=user_dir)
        self.st = document.styles()
        self.zone = report.case.display_zone
        self.tz = times.zone(self.zone)
        self.cells = Cells(lang)
        self.story: list[Flowable] = []
        self.width = document.PAGE[0] - 2 * document.MARGIN - 12  # the frame's padding, 6 pt a side

    # small helpers ------------------------------------------------------------------------------
    def p(self, markup: str, style: str = "body") -> None:
        self.story.append(Paragraph(markup, self.st[style]))

    def free(self, value: str, style: str = "body") -> None:
        self.story.extend(text.paragraphs(value, self.st[style]))

    def none(self) -> None:
        self.p(f"<i>{self.w.get('none')}</i>")

    def h(self, key: str, level: int = 1) -> None:
        self.story.append(document.heading(self.w.plain(key), level))

    def label(self, group: str, code: str) -> str:
        return _label(self.w, group, code)

    def when(self, value: Moment | dt.datetime | None) -> str:
        """Full date and time with the offset (plain), a day for day-precision moments."""
        if value is None:
            return self.w.plain("unknown")
        if isinstance(value, Moment):
            if value.precision == "day":
                return text.format_date(value.at.astimezone(self.tz).date(), self.lang)
            value = value.at
        return text.format_datetime(value, self.zone, self.lang)

    def short(self, value: Moment | dt.datetime | None) -> str:
        """Compact ISO-style time for table cells: ``2024-02-01 09:00 (UTC+01:00)``."""
        if value is None:
            return self.w.plain("dash")
        day_only = isinstance(value, Moment) and value.precision == "day"
        moment = value.at if isinstance(value, Moment) else value
        local = moment.astimezone(self.tz)
        if day_only:
            return f"{local:%Y-%m-%d}"
        return f"{local:%Y-%m-%d %H:%M}\n({times.format_offset(local)})"

    def number(self, value: int | None) -> str:
        return self.w.plain("unknown") if value is None else text.format_number(value, self.lang)

    def duration(self, delta: dt.timedelta) -> str:
        minutes = abs(int(delta.total_seconds())) // 60
        days, minutes = divmod(minutes, 24 * 60)
        hours, minutes = divmod(minutes, 60)
        if days:
            return self.w.plain("duration.days", d=days, h=hours)
        if hours:
            return self.w.plain("duration.hours", h=hours, m=f"{minutes:02d}")
        return self.w.plain("duration.minutes", m=minutes)

    def pairs(self, rows: Sequence[tuple[str, object]]) -> None:
        """A two-column key / value table (values wrap; long values are clipped)."""
        head, cell = self.st["cell_head"], self.st["cell"]
        data = [[text.paragraph(k, head), v if isinstance(v, Flowable) else
                 text.paragraph(text.clip(str(v), self.lang), cell)] for k, v in rows]
        self.story.append(document.table(data, [0.34 * self.width, 0.66 * self.width], header=False))

    def grid(self, header: Sequence[str], rows: Sequence[Sequence[object]], fractions: Sequence[float], *,
             mono: Sequence[int] = (), marked: Callable[[int], bool] | None = None) -> None:
        if not rows:
            self.none()
            return
        widths = [f * self.width for f in fractions]
        self.story.extend(self.cells.table([self.w.get(k) for k in header], rows, widths, mono=mono, marked=marked))

    # sections -----------------------------------------------------------------------------------
    def cover(self, draft: bool) -> None:
        c, w = self.r.case, self.w
        self.story.append(Spacer(1, 30))
        self.p(w.get("title"), "title")
        self.p(w.get("case_line", reference=c.reference), "h2")
        self.free(text.clip(c.title, self.lang, 2_000), "h3")
        self.p(w.get("status_line", status=self.label("status", c.status)))
        self.p(w.get("generated", moment=self.when(self.r.generated_at), zone=self.zone), "small")
        if draft:
            self.p(f'<font color="#b00020"><b>{w.get("draft_notice")}</b></font>')
        self.story.append(PageBreak())

    def summary(self) -> None:
        c, w, r = self.r.case, self.w, self.r
        self.h("summary.heading")
        self.h("summary.description", 2)
        self.free(c.summary or w.plain("unknown"))
        self.h("summary.facts", 2)
        nature = ", ".join(self.label("nature", n) for n in sorted(c.nature)) or w.plain("unknown")
        origin = f"{self.label('origin_intent', c.origin_intent)}, {self.label('origin_source', c.origin_source)}"
        self.pairs([
            (w.plain("summary.nature"), nature),
            (w.plain("summary.origin"), origin),
            (w.plain("summary.vector"), c.vector or w.plain("unknown")),
            (w.plain("summary.start"), self.when(c.breach_start)),
            (w.plain("summary.end"), self.when(c.breach_end)),
            (w.plain("summary.discovery"), self.when(c.discovered)),
        ])
        self.h("summary.figures", 2)
        a = r.assessment
        notified = [clock.recorded.fulfilled for clock in r.clocks_for(reportdata.NOTIFY_DUTY)
                    if clock.recorded.fulfilled is not None]
        communicated = [clock.recorded.fulfilled for clock in r.clocks_for(reportdata.COMMUNICATE_DUTY)
                        if clock.recorded.fulfilled is not None]

        def done(moments: list[Moment]) -> str:
            if not moments:
                return w.plain("summary.notified_no")
            return w.plain("summary.notified_yes", moment=self.when(min(moments, key=lambda m: m.at)))

        self.pairs([
            (w.plain("summary.persons"), self.number(r.total_individuals)),
            (w.plain("summary.records"), self.number(r.total_records)),
            (w.plain("summary.risk"), self.label("level", a.decided_level) if a else w.plain("summary.no_risk")),
            (w.plain("summary.notified"), done(notified)),
            (w.plain("summary.communicated"), done(communicated)),
            (w.plain("summary.events"), text.format_number(len(r.events), self.lang)),
            (w.plain("summary.evidence"), text.format_number(len(r.evidence), self.lang)),
        ])

    def parties(self) -> None:
        self.h("parties.heading")
        rows = []
        for e in self.r.parties:
            org = e.organisation
            ids = " / ".join(x for x in (org.siren, org.siret) if x.strip())
            rows.append([org.name, ids or self.w.plain("dash"), self.label("role", e.party.role),
                         self.short(e.party.aware)])
        self.grid(["parties.organisation", "parties.siren", "parties.role", "parties.aware"], rows,
                  [0.38, 0.2, 0.2, 0.22])

    def timeline(self, group_by: str) -> None:
        w, events = self.w, self.r.events
        self.h("timeline.heading")
        self.h("timeline.chart", 2)
        if not events:
            self.none()
        else:
            drawing, unit, first, last = chart.events_chart(
                [e.occurred.at for e in events], zone=self.zone, width=self.width, height=62 * 2.8346,
                lang=self.lang)
            self.story.append(drawing)
            self.p(w.get("timeline.chart_caption", count=text.format_number(len(events), self.lang),
                         unit=w.plain(f"timeline.unit_{unit}"), first=text.format_date(first, self.lang),
                         last=text.format_date(last, self.lang)), "small")
        self.h("timeline.table" if group_by == "category" else "timeline.table_day", 2)
        if not events:
            self.none()
            return
        groups: dict[object, list[EventRow]] = {}
        if group_by == "category":
            for e in events:
                groups.setdefault(e.category, []).append(e)
            order: list[object] = [c for c in CATEGORY_ORDER if c in groups]
            order += sorted(str(c) for c in groups if c not in CATEGORY_ORDER)
        else:
            for e in events:
                groups.setdefault(e.occurred.at.astimezone(self.tz).date(), []).append(e)
            order = sorted(groups, key=lambda d: d if isinstance(d, dt.date) else dt.date.min)
        if any(e.starred for e in events):
            self.p(w.get("timeline.starred_note"), "small")
        widths = [0.17 * self.width, 0.41 * self.width, 0.26 * self.width, 0.16 * self.width]
        header = [w.get("timeline.time"), w.get("timeline.title"), w.get("timeline.source"),
                  w.get("timeline.actor")]
        rows: list[Sequence[object]] = []
        titles: list[int] = []
        starred: set[int] = set()
        group_style = ParagraphStyle("igroup", parent=self.st["cell_head"], fontSize=CELL_SIZE + 0.5,
                                     backColor=colors.HexColor("#dde6f0"), borderPadding=(2, PAD, 2, PAD))
        for key in order:
            members = groups[key]
            name = (self.label("category", key) if isinstance(key, str)
                    else text.format_date(key, self.lang) if isinstance(key, dt.date) else str(key))
            titles.append(len(rows))
            rows.append([Paragraph(w.get("timeline.group_count", label=name,
                                         count=text.format_number(len(members), self.lang)), group_style),
                         "", "", ""])
            for e in members:
                if e.starred:
                    starred.add(len(rows))
                rows.append([self._event_time(e, group_by), ("★ " if e.starred else "") + e.title, e.source,
                             e.actor_name])
        self.story.extend(self.cells.table(header, rows, widths, groups=titles, marked=starred.__contains__))

    def _event_time(self, e: EventRow, group_by: str) -> str:
        local = e.occurred.at.astimezone(self.tz)
        if e.occurred.precision == "day":
            day = f"{local:%Y-%m-%d}"
            return f"{day} {self.w.plain('timeline.day_precision')}" if group_by == "category" else \
                self.w.plain("timeline.day_precision")
        clock = f"{local:%H:%M} ({times.format_offset(local)})"
        return f"{local:%Y-%m-%d} {clock}" if group_by == "category" else clock

    def affected(self) -> None:
        w, r = self.w, self.r
        self.h("data.heading")
        self.h("data.data", 2)
        rows = []
        for d in r.data:
            flags = []
            if d.special == "art9":
                flags.append(w.plain("data.flag_art9"))
            if d.special == "art10":
                flags.append(w.plain("data.flag_art10"))
            if d.national_id:
                flags.append(w.plain("data.flag_nir"))
            rows.append([d.label_fr if self.lang == "fr" else d.label_en, self.number(d.row.records),
                         "\n".join(flags) or w.plain("dash")])
        self.grid(["data.category", "data.records", "data.flags"], rows, [0.5, 0.2, 0.3])
        if r.data:
            self.story.append(Spacer(1, 3))
            self.p(w.get("data.records_total", total=self.number(r.total_records)))
        self.h("data.persons", 2)
        rows = []
        for e in r.persons:
            row = e.row
            if row.count_kind == "range" and row.count_low is not None and row.count_high is not None:
                count = f"{self.number(row.count_low)} – {self.number(row.count_high)}"
            elif row.count_low is not None:
                count = ("≈ " if row.count_kind == "estimate" else "") + self.number(row.count_low)
            else:
                count = w.plain("unknown")
            rows.append([e.label_fr if self.lang == "fr" else e.label_en, count, ", ".join(row.countries)])
        self.grid(["data.category", "data.count", "data.countries"], rows, [0.5, 0.25, 0.25])
        if r.persons:
            self.story.append(Spacer(1, 3))
            self.p(w.get("data.persons_total", total=self.number(r.total_individuals)))

    def _decision(self, a: reportdata.AssessmentRow) -> str:
        rec, w = a.evaluation.recommendation, self.w
        parts = []
        if rec.notify_authority:
            parts.append(w.plain("risk.notify"))
        if rec.communicate:
            parts.append(w.plain("risk.communicate"))
        if not parts:
            parts.append(w.plain("risk.document_only"))
        if a.exemption:
            parts.append(w.plain("risk.exemption", letter=a.exemption))
        return "; ".join(parts)

    def _enisa(self, a: reportdata.AssessmentRow) -> str:
        score = a.evaluation.score
        return f"SE = {text.format_number(round(score.se, 2), self.lang)} ({score.band})"

    def risk(self) -> None:
        w, a = self.w, self.r.assessment
        self.h("risk.heading")
        self.h("risk.in_force", 2)
        if a is None:
            self.none()
        else:
            level = self.label("level", a.decided_level)
            if a.overridden:
                level += f" ({w.plain('risk.overridden')})"
            self.pairs([
                (w.plain("risk.label"), a.label),
                (w.plain("risk.when"), f"{self.when(a.assessed_at)} — {a.author}"),
                (w.plain("risk.enisa"), self._enisa(a)),
                (w.plain("risk.level"), level),
                (w.plain("risk.decision"), self._decision(a)),
                (w.plain("risk.reason"), a.reason or w.plain("dash")),
            ])
        self.h("risk.history", 2)
        rows = [[self.short(h.assessed_at), f"{h.label}\n{h.author}", self._enisa(h),
                 self.label("level", h.decided_level), self._decision(h), h.reason]
                for h in self.r.assessment_history]
        self.grid(["risk.when", "risk.label", "risk.enisa", "risk.level", "risk.decision", "risk.reason"], rows,
                  [0.16, 0.16, 0.14, 0.13, 0.19, 0.22])

    def _lateness(self, clock: Clock) -> str:
        w = self.w
        state = self.label("clock_state", clock.state.value)
        if clock.state == ClockState.FULFILLED_LATE and clock.due and clock.recorded.fulfilled:
            return f"{state}\n{w.plain('obligations.late', duration=self.duration(clock.recorded.fulfilled.at - clock.due))}"
        if clock.state == ClockState.OVERDUE and clock.due:
            return f"{state}\n{w.plain('obligations.overdue', duration=self.duration(self.r.generated_at - clock.due))}"
        if clock.state == ClockState.NOT_REQUIRED and clock.recorded.not_required_reason:
            return f"{state}\n{text.clip(clock.recorded.not_required_reason, self.lang, 300)}"
        return state

    def obligations(self) -> None:
        w = self.w
        self.h("obligations.heading")
        rows = []
        for clock in self.r.clocks:
            duty = self.label("duty", clock.duty.code) if f"duty.{clock.duty.code}" in w else clock.duty.title
            done = self.short(clock.recorded.fulfilled)
            if clock.recorded.fulfilled is not None and clock.recorded.reference:
                done += "\n" + w.plain("obligations.reference", reference=clock.recorded.reference)
            due = self.short(clock.due) if clock.due else (
                w.plain("obligations.no_deadline") if clock.start else w.plain("dash"))
            rows.append([f"{clock.debtor}\n→ {clock.recipient}", duty, self.short(clock.start), due, done,
                         self._lateness(clock)])
        self.grid(["obligations.party", "obligations.duty", "obligations.start", "obligations.due",
                   "obligations.done", "obligations.state"], rows, [0.18, 0.22, 0.14, 0.14, 0.14, 0.18])

    def correspondence(self) -> None:
        w = self.w
        self.h("correspondence.heading")
        rows = []
        for c in self.r.correspondence:
            state = self.label("correspondence_state", c.state) if c.state else ""
            if c.delay is None:
                delay = w.plain("dash")
            elif c.answered_at is None:
                delay = w.plain("correspondence.delay_open", duration=self.duration(c.delay))
            else:
                delay = self.duration(c.delay)
            kind = self.label("correspondence_kind", c.kind)
            rows.append([self.short(c.sent), f"{kind}\n{c.subject}" + (f"\n{c.reference}" if c.reference else ""),
                         f"{c.sender or w.plain('dash')}\n→ {c.recipient or w.plain('dash')}",
                         self.short(c.due), self.short(c.answered_at), "\n".join(x for x in (delay, state) if x)])
        self.grid(["correspondence.sent", "correspondence.subject", "correspondence.parties", "correspondence.due",
                   "correspondence.answered", "correspondence.delay"], rows, [0.14, 0.28, 0.18, 0.13, 0.13, 0.14])

    def _article(self, code: str) -> str:
        try:
            return articles.display(code, self.lang)
        except ValidationError:
            return code

    def findings(self) -> None:
        w = self.w
        self.h("findings.heading")
        if not self.r.findings:
            self.none()
            return
        evidence_names = {e.row.id: e.row.original_name for e in self.r.evidence}
        event_titles = {e.id: e for e in self.r.events}
        for number, f in enumerate(self.r.findings, 1):
            self.story.append(document.heading(f"{number}. {text.clip(f.title, self.lang, 300)}", 2))
            events = [f"{self.short(event_titles[i].occurred).splitlines()[0]} {event_titles[i].title}"
                      for i in f.event_ids if i in event_titles]
            self.pairs([
                (w.plain("findings.articles"), "\n".join(self._article(a) for a in f.articles) or w.plain("dash")),
                (w.plain("findings.severity"), self.label("severity", f.severity)),
                (w.plain("findings.state"), self.label("finding_state", f.state)),
                (w.plain("findings.evidence"),
                 "\n".join(evidence_names.get(i, f"#{i}") for i in f.evidence_ids) or w.plain("dash")),
                (w.plain("findings.events"), "\n".join(events) or w.plain("dash")),
            ])
            for key, value in (("findings.facts", f.facts), ("findings.response", f.operator_response),
                               ("findings.measure", f.recommended_measure)):
                if value.strip():
                    self.story.append(Spacer(1, 4))
                    self.p(f"<b>{w.get(key)}</b>")
                    self.free(value)

    def measures(self) -> None:
        self.h("measures.heading")
        for key, measures in (("measures.taken", self.r.measures_taken), ("measures.proposed",
                                                                          self.r.measures_proposed)):
            self.h(key, 2)
            rows = [[self.label("measure_kind", m.kind), m.description, m.owner or self.w.plain("dash"),
                     self.label("measure_state", m.state),
                     text.format_date(m.planned_on, self.lang) if m.planned_on else self.w.plain("dash"),
                     text.format_date(m.done_on, self.lang) if m.done_on else self.w.plain("dash")]
                    for m in measures]
            self.grid(["measures.kind", "measures.description", "measures.owner", "measures.state",
                       "measures.planned", "measures.done"], rows, [0.14, 0.36, 0.14, 0.12, 0.12, 0.12])

    def evidence(self) -> None:
        w = self.w
        self.h("evidence.heading")
        rows = []
        for e in self.r.evidence:
            row = e.row
            name = row.original_name + (f"\n{row.exhibit}" if row.exhibit else "")
            if row.status != "active":
                name += f"\n({w.plain('evidence.withdrawn')})"
            digest = row.sha256  # cut to the column by Cells.cell
            action = self.label("custody_action", e.last_action) if e.last_action else w.plain("dash")
            custody = w.plain("evidence.custody_value", count=e.custody_entries, action=action)
            if e.last_custody is not None:
                custody += "\n" + self.short(e.last_custody).replace("\n", " ")
            rows.append([name, digest, w.plain("evidence.bytes", n=text.format_number(row.size, self.lang)),
                         row.media_type, self.short(row.acquired), custody])
        self.grid(["evidence.name", "evidence.sha256", "evidence.size", "evidence.media", "evidence.acquired",
                   "evidence.custody"], rows, [0.22, 0.2, 0.11, 0.13, 0.14, 0.2], mono=(1,))

    def audit(self) -> None:
        w, a = self.w, self.r.audit
        self.h("audit.heading")
        if a.chain_broken_at is not None:
            chain = f'<font color="#b00020"><b>{w.get("audit.chain_broken", entry=a.chain_broken_at)}</b></font>'
        else:
            chain = w.get("audit.chain_ok" if a.chain_checked else "audit.chain_unchecked")
        self.pairs([
            (w.plain("audit.count"), text.format_number(a.count, self.lang)),
            (w.plain("audit.first"), self.when(a.first) if a.first else w.plain("dash")),
            (w.plain("audit.last"), self.when(a.last) if a.last else w.plain("dash")),
            (w.plain("audit.chain"), Paragraph(chain, self.st["cell"])),
        ])
        for key, group, pairs in (("audit.by_action", "audit_action", a.by_action),
                                  ("audit.by_entity", "entity", a.by_entity)):
            self.h(key, 2)
            rows = [[self.label(group, name), text.format_number(n, self.lang)]
                    for name, n in pairs]
            self.grid([key, "audit.entries"], rows, [0.5, 0.2])


def render(
    report: reportdata.CaseReport,
    *,
    lang: str,
    draft: bool = False,
    group_by: str = "category",
    user_dir: Path | None = None,
    warnings: list[str] | None = None,
) -> bytes:
    """The investigation report as PDF bytes.

    Args:
        lang: ``fr`` or ``en``.
        draft: mark every page (header line and diagonal mark) and say so on the cover.
        group_by: the timeline table's groups, ``category`` or ``day`` (in the case's zone).

    Raises:
        ValueError: an unknown ``group_by`` or language.
    """
    if group_by not in GROUPINGS:
        raise ValueError(f"unknown timeline grouping {group_by!r}; expected one of {', '.join(GROUPINGS)}")
    b = _Builder(report, lang, user_dir)
    b.cover(draft)
    cover, b.story = b.story, []  # the cover comes before the table of contents
    b.summary()
    b.parties()
    b.timeline(group_by)
    b.affected()
    b.risk()
    b.obligations()
    b.correspondence()
    b.findings()
    b.measures()
    b.evidence()
    b.audit()
    return document.build(
        b.story, title=b.w.plain("title"), author="cnil-case", subject=report.case.title, lang=lang,
        reference=report.case.reference, draft=draft, toc=True, cover=cover, user_dir=user_dir,
        warnings=warnings,
    )
