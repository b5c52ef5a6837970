"""The Art. 33 notification to the supervisory authority, from a case snapshot (issue 7, item 1).

Sections follow the EDPB draft common template and the CNIL form: type of notification,
controller and contact point (33(3)(b)), nature, dates, persons and data (33(3)(a)), likely
consequences (33(3)(c)), measures (33(3)(d)), communication to the data subjects, other
authorities, and the time of the notification with the reasons for any delay (33(1)).
All fixed wording comes from ``reports/art33/<lang>.toml``; every case value is escaped.
"""

# mypy: disable-error-code="import-untyped"
# WORKAROUND: reportlab ships no type hints and types-reportlab is not a dev dependency yet.

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Spacer

from cnil_case.core import affected, reportdata, risk, times
from cnil_case.core.deadlines import Clock, ClockState
from cnil_case.core.snapshots import AffectedPersonsRow, Moment, OrganisationRow
from cnil_case.report import document, text, wording

NOTIFICATION_KINDS = ("initial", "complementary", "final")
AUTHORITY_ROLES = frozenset({"supervisory_authority", "other_authority"})


def label(w: wording.Wording, group: str, code: str) -> str:
    """The wording of an enumerated value (markup), or the escaped code when the TOML lacks it."""
    key = f"{group}.{code}"
    return w.get(key) if key in w else text.para_text(code)


def label_plain(w: wording.Wording, group: str, code: str) -> str:
    key = f"{group}.{code}"
    return w.plain(key) if key in w else text.printable(code)


def moment(value: Moment | dt.datetime | None, zone: str, lang: str, unknown: str) -> str:
    """Plain text: a day for day-precision moments, else date and time with the offset, in ``zone``."""
    if value is None:
        return unknown
    if isinstance(value, Moment):
        if value.precision == "day":
            return text.format_date(value.at.astimezone(times.zone(zone)).date(), lang)
        value = value.at
    return text.format_datetime(value, zone, lang)


def persons_count(w: wording.Wording, row: AffectedPersonsRow, lang: str) -> str:
    if row.count_kind == "range" and row.count_low is not None and row.count_high is not None:
        return w.plain("count.range", low=text.format_number(row.count_low, lang),
                       high=text.format_number(row.count_high, lang))
    if row.count_kind in ("exact", "estimate") and row.count_low is not None:
        return w.plain(f"count.{row.count_kind}", n=text.format_number(row.count_low, lang))
    return w.plain("count.unknown")


def contact_lines(org: OrganisationRow, *, dpo: bool) -> str:
    """Plain text: name, e-mail and phone of the DPO or of the contact point (empty when none)."""
    parts = [org.dpo_name, org.dpo_email, org.dpo_phone] if dpo else [org.contact_name, org.contact_email,
                                                                       org.contact_phone]
    return "\n".join(p.strip() for p in parts if p.strip())


def measures_table(w: wording.Wording, measures: Iterable[reportdata.MeasureRow], lang: str) -> Flowable:
    rows: list[list[object]] = [[w.plain("s5.kind"), w.plain("s5.description"), w.plain("s5.state"),
                                 w.plain("s5.date")]]
    for m in measures:
        day = m.done_on or m.planned_on
        rows.append([label_plain(w, "kind", m.kind), m.description, label_plain(w, "state", m.state),
                     text.format_date(day, lang) if day else ""])
    width = document.PAGE[0] - 2 * document.MARGIN
    return document.table(rows, [0.18 * width, 0.52 * width, 0.13 * width, 0.17 * width])


def decimal(value: float, lang: str) -> str:
    """Two decimals, with a decimal comma in French: ``3.00`` / ``3,00``."""
    return f"{value:.2f}".replace(".", ",") if lang == "fr" else f"{value:.2f}"


def summary(w: wording.Wording, rec: risk.Recommendation) -> str:
    """Plain text: the recommendation in the document's language, from its structured fields.

    core/risk.py writes ``Recommendation.summary`` in English; this rebuilds the same sentences
    from ``level``, ``communicate``, ``exemption`` and ``in_doubt`` with the ``[summary]`` wording.
    """
    level = rec.level.value
    parts = [w.plain(f"summary.{level}"), w.plain("summary.document")]
    parts.append(w.plain("summary.no_notify" if level == risk.Level.UNLIKELY.value else "summary.notify"))
    if rec.communicate:
        parts.append(w.plain("summary.communicate"))
    elif rec.exemption == "c":
        parts.append(w.plain("summary.public"))
    elif rec.exemption:
        parts.append(w.plain("summary.exempt", exemption=rec.exemption))
    elif level == risk.Level.RISK.value:
        parts.append(w.plain("summary.no_communicate"))
    if rec.in_doubt:
        parts.append(w.plain("summary.in_doubt"))
    return " ".join(parts)


def reason(w: wording.Wording, item: risk.Reason, lang: str) -> tuple[str, str]:
    """Plain text: a reason and its citation in the document's language.

    The ``[reason]`` wording is keyed by ``Reason.code``; a code the TOML lacks (or a reason
    recorded before codes existed) keeps core's English text.
    """
    key = f"reason.{item.code}"
    if not item.code or key not in w:
        return item.text, item.citation
    v = item.values
    values: dict[str, object] = {}
    if item.code == "enisa":
        values = {"se": decimal(float(v["se"]), lang),
                  "band": label_plain(w, "band", str(v["band"])),
                  "level": label_plain(w, "risk_level", str(v["level"])),
                  "risk_from": label_plain(w, "band", str(v["risk_from"])),
                  "high_from": label_plain(w, "band", str(v["high_from"]))}
    elif item.code == "many_individuals":
        values = {"individuals": text.format_number(int(v["individuals"]), lang)}
    elif item.code == "missing":
        values = {"missing": ", ".join(label_plain(w, "missing", str(m)) for m in v["missing"])}
    cite = f"{key}_cite"
    return w.plain(key, **values), (w.plain(cite) if cite in w else item.citation)


class _Builder:
    def __init__(self, report: reportdata.CaseReport, lang: str, user_dir: Path | None = None) -> None:
        self.r = report
        self.lang = lang
        self.w = wording.load("art33", lang, user_dir=user_dir)
        self.st = document.styles()
        self.zone = report.case.display_zone
        self.story: list[Flowable] = []
        self.width = document.PAGE[0] - 2 * document.MARGIN

    # small helpers
    def p(self, markup: str, style: str = "body") -> None:
        self.story.append(Paragraph(markup, self.st[style]))

    def free(self, value: str) -> None:
        self.story.extend(text.paragraphs(value, self.st["body"]))

    def when(self, value: Moment | dt.datetime | None) -> str:
        return moment(value, self.zone, self.lang, self.w.plain("unknown"))

    def pairs(self, rows: list[tuple[str, object]]) -> None:
        head = self.st["cell_head"]
        self.story.append(document.table([[text.paragraph(k, head), v] for k, v in rows],
                                         [0.32 * self.width, 0.68 * self.width], header=False))

    def data_label(self, entry: reportdata.DataEntry | reportdata.PersonsEntry) -> str:
        return entry.label_fr if self.lang == "fr" else entry.label_en

    # sections
    def header(self, kind: str) -> None:
        c = self.r.case
        self.p(self.w.get("title"), "title")
        self.p(self.w.get("subtitle"), "small")
        self.p(self.w.get("case_line", reference=c.reference, title=c.title))
        self.p(self.w.get("generated", moment=self.when(self.r.generated_at), zone=self.zone), "small")

    def notification_type(self, kind: str, earlier_reference: str) -> None:
        self.story.append(document.heading(self.w.plain("s1.heading")))
        if kind == "complementary":
            key = "s1.complementary" if earlier_reference.strip() else "s1.complementary_no_ref"
            self.p(self.w.get(key, reference=earlier_reference.strip()))
        else:
            self.p(self.w.get(f"s1.{kind}"))

    def controllers(self) -> None:
        w = self.w
        self.story.append(document.heading(w.plain("s2.heading")))
        if not self.r.controllers:
            self.p(w.get("s2.no_controller"))
        for entry in self.r.controllers:
            org = entry.organisation
            ids = " / ".join(x for x in (org.siren, org.siret) if x.strip())
            self.pairs([
                (w.plain("s2.name"), f"{org.name} ({label_plain(w, 'role', entry.party.role)})"),
                (w.plain("s2.siren"), ids or w.plain("unknown")),
                (w.plain("s2.address"), " ".join(x for x in (org.address, org.country) if x.strip())),
                (w.plain("s2.dpo"), contact_lines(org, dpo=True) or w.plain("unknown")),
                (w.plain("s2.contact"), contact_lines(org, dpo=False) or w.plain("unknown")),
            ])
            self.story.append(Spacer(1, 4))
        others = [e for e in self.r.parties if not e.is_controller and e.party.role not in AUTHORITY_ROLES]
        if others:
            self.story.append(document.heading(w.plain("s2.others"), 2))
            rows: list[list[object]] = [[w.plain("s2.name"), w.plain("s2.role_col"), w.plain("s2.aware_col")]]
            rows += [[e.organisation.name, label_plain(w, "role", e.party.role), self.when(e.party.aware)]
                     for e in others]
            self.story.append(document.table(rows, [0.45 * self.width, 0.25 * self.width, 0.30 * self.width]))

    def nature(self) -> None:
        w, c = self.w, self.r.case
        self.story.append(document.heading(w.plain("s3.heading")))
        self.story.append(document.heading(w.plain("s3.dates"), 2))
        rows: list[tuple[str, object]] = [
            (w.plain("s3.start"), self.when(c.breach_start)),
            (w.plain("s3.end"), self.when(c.breach_end)),
            (w.plain("s3.discovery"), self.when(c.discovered)),
        ]
        rows += [(w.plain("s3.awareness", name=e.organisation.name), self.when(e.party.aware))
                 for e in self.r.controllers]
        rows.append((w.plain("s3.zone"), self.zone))
        self.pairs(rows)

        self.story.append(document.heading(w.plain("s3.what"), 2))
        nature = ", ".join(label_plain(w, "nature", n) for n in sorted(c.nature)) or w.plain("unknown")
        origin = f"{label_plain(w, 'origin_intent', c.origin_intent)}, {label_plain(w, 'origin_source', c.origin_source)}"
        protection = label_plain(w, "protection", c.protection)
        if c.protection_note.strip():
            protection += f"\n{c.protection_note}"
        self.pairs([
            (w.plain("s3.nature"), nature),
            (w.plain("s3.origin"), origin),
            (w.plain("s3.vector"), c.vector or w.plain("unknown")),
            (w.plain("s3.protection"), protection),
        ])
        self.p(f"<b>{w.get('s3.description')}</b>")
        self.free(c.summary or w.plain("unknown"))

        self.story.append(document.heading(w.plain("s3.persons"), 2))
        rows2: list[list[object]] = [[w.plain("s3.category"), w.plain("s3.count"), w.plain("s3.countries")]]
        rows2 += [[self.data_label(e), persons_count(w, e.row, self.lang), ", ".join(e.row.countries)]
                  for e in self.r.persons]
        self.story.append(document.table(rows2, [0.45 * self.width, 0.30 * self.width, 0.25 * self.width]))
        total = self.r.total_individuals
        self.p(w.get("s3.persons_total",
                     total=w.plain("count.unknown") if total is None else text.format_number(total, self.lang)))
        if self.r.case.persons_description.strip():
            self.free(self.r.case.persons_description)

        self.story.append(document.heading(w.plain("s3.data"), 2))
        rows3: list[list[object]] = [[w.plain("s3.category"), w.plain("s3.records"), w.plain("s3.flags")]]
        for d in self.r.data:
            flags = []
            if d.special == "art9":
                flags.append(w.plain("s3.flag_art9"))
            if d.special == "art10":
                flags.append(w.plain("s3.flag_art10"))
            if d.national_id:
                flags.append(w.plain("s3.flag_nir"))
            records = w.plain("unknown") if d.row.records is None else text.format_number(d.row.records, self.lang)
            rows3.append([self.data_label(d), records, "\n".join(flags)])
        self.story.append(document.table(rows3, [0.45 * self.width, 0.20 * self.width, 0.35 * self.width]))
        total = self.r.total_records
        self.p(w.get("s3.records_total",
                     total=w.plain("count.unknown") if total is None else text.format_number(total, self.lang)))
        if self.r.case.data_description.strip():
            self.free(self.r.case.data_description)

        self.story.append(document.heading(w.plain("s3.cross_border"), 2))
        if self.r.cross_border_note:
            # core/affected.py words the note in English; the document words it from its countries.
            abroad = affected.countries([e.row for e in self.r.persons])
            self.p(w.get("s3.cross_border_note", countries=", ".join(c for c in abroad if c != "FR")))
        else:
            self.p(w.get("s3.no_cross_border"))

    def consequences(self) -> None:
        w = self.w
        self.story.append(document.heading(w.plain("s4.heading")))
        a = self.r.assessment
        if a is None:
            self.p(w.get("s4.none"))
            return
        score = a.evaluation.score
        self.pairs([
            (w.plain("s4.level"), label_plain(w, "level", a.decided_level)),
            (w.plain("s4.enisa"), w.plain("s4.enisa_value", se=f"{score.se:.2f}".replace(".", "," if self.lang == "fr" else "."),
                                          band=label_plain(w, "band", score.band.value))),
            (w.plain("s4.assessed"), w.plain("s4.assessed_value", label=a.label, author=a.author,
                                             moment=self.when(a.assessed_at))),
        ])
        if a.overridden or a.reason.strip():
            self.p(w.get("s4.overridden", reason=a.reason) if a.overridden else text.para_text(a.reason))
        reasons = a.evaluation.recommendation.reasons
        if reasons:
            self.p(f"<b>{w.get('s4.reasons')}</b>")
            for item in reasons:
                said, cited = reason(w, item, self.lang)
                self.story.append(Paragraph("• " + text.para_text(said) + " " + w.get("s4.citation", citation=cited),
                                            self.st["body"]))

    def measures(self) -> None:
        w = self.w
        self.story.append(document.heading(w.plain("s5.heading")))
        for key, rows in (("s5.taken", self.r.measures_taken), ("s5.proposed", self.r.measures_proposed)):
            self.story.append(document.heading(w.plain(key), 2))
            if rows:
                self.story.append(measures_table(w, rows, self.lang))
            else:
                self.p(w.get("none"))

    def communication(self) -> None:
        w = self.w
        self.story.append(document.heading(w.plain("s6.heading")))
        for clock in self.r.clocks_for(reportdata.COMMUNICATE_DUTY):
            self.p(self._communication_line(clock))
        a = self.r.assessment
        if a is not None:
            self.p(w.get("s6.recommendation", summary=summary(w, a.evaluation.recommendation)))
        self.story.append(document.heading(w.plain("s6.authorities"), 2))
        authorities = [e for e in self.r.parties if e.party.role in AUTHORITY_ROLES]
        for e in authorities:
            self.p("• " + w.get("s6.authority_line", name=e.organisation.name,
                                role=label_plain(w, "role", e.party.role)))
        notified = [c for c in self.r.clocks if c.duty.code.startswith("gdpr_33") and c.recorded.fulfilled]
        for clock in notified:
            self.p(w.get("s6.notified_line", name=f"{clock.debtor} → {clock.recipient}",
                         moment=self.when(clock.recorded.fulfilled), reference=clock.recorded.reference or "—"))
        if not authorities and not notified:
            self.p(w.get("s6.no_authority"))

    def _communication_line(self, clock: Clock) -> str:
        w = self.w
        if clock.recorded.fulfilled is not None:
            return w.get("s6.done", name=clock.debtor, moment=self.when(clock.recorded.fulfilled))
        if clock.state == ClockState.NOT_REQUIRED:
            return w.get("s6.not_required", name=clock.debtor, reason=clock.recorded.not_required_reason)
        a = self.r.assessment
        if a is not None and not a.evaluation.recommendation.communicate and a.decided_level != "high":
            why = a.reason or summary(w, a.evaluation.recommendation)
            return w.get("s6.not_required", name=clock.debtor, reason=why)
        if clock.due is not None:
            return w.get("s6.planned", name=clock.debtor, moment=self.when(clock.due))
        return w.get("s6.not_yet", name=clock.debtor)

    def delay(self) -> None:
        w = self.w
        self.story.append(document.heading(w.plain("s7.heading")))
        for clock in self.r.clocks_for(reportdata.NOTIFY_DUTY):
            name = clock.debtor
            rec = clock.recorded
            if clock.state == ClockState.FULFILLED_LATE:
                self.p(w.get("s7.late", name=name, moment=self.when(rec.fulfilled),
                             reasons=rec.reasons_for_delay or w.plain("unknown")))
            elif clock.state == ClockState.FULFILLED_ON_TIME:
                self.p(w.get("s7.on_time", name=name, moment=self.when(rec.fulfilled)))
            elif clock.state == ClockState.OVERDUE:
                self.p(w.get("s7.overdue", name=name, moment=self.when(clock.due)))
            elif clock.state == ClockState.NOT_REQUIRED:
                self.p(w.get("s7.not_required", name=name, reason=rec.not_required_reason))
            elif clock.due is None:
                self.p(w.get("s7.waiting", name=name))
            else:
                self.p(w.get("s7.running", name=name, moment=self.when(clock.due)))


def render(
    report: reportdata.CaseReport,
    *,
    lang: str,
    kind: str = "initial",
    earlier_reference: str = "",
    draft: bool = False,
    user_dir: Path | None = None,
    warnings: list[str] | None = None,
) -> bytes:
    """The notification as PDF bytes; ``draft`` marks every page.

    ``user_dir`` is the user template folder (default ``<data dir>/reports``): its wording wins
    and its ``common/<lang>.toml`` gives the sender's identity and signature (``document.build``).
    ``warnings`` receives a sentence for each configured image that had to be left out.
    """
    if kind not in NOTIFICATION_KINDS:
        raise ValueError(f"unknown notification kind {kind!r}; expected one of {', '.join(NOTIFICATION_KINDS)}")
    b = _Builder(report, lang, user_dir)
    b.header(kind)
    b.notification_type(kind, earlier_reference)
    b.controllers()
    b.nature()
    b.consequences()
    b.measures()
    b.communication()
    b.delay()
    controllers = ", ".join(e.organisation.name for e in report.controllers)
    return document.build(
        b.story, title=b.w.plain("title"), author=controllers or "cnil-case", subject=report.case.title,
        lang=lang, reference=report.case.reference, draft=draft, user_dir=user_dir, signature=True,
        warnings=warnings,
    )
