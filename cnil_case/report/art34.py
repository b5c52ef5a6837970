"""The Art. 34 communication to the data subjects, a letter in clear and plain language (issue 7, item 2).

What happened, which data, likely consequences, what was done, what people should do and whom
to contact (Art. 34(2)); ``public=True`` gives the Art. 34(3)(c) public communication.
Fixed wording from ``reports/art34/<lang>.toml``; every case value is escaped.
"""

# mypy: disable-error-code="import-untyped"
# WORKAROUND: reportlab ships no type hints and types-reportlab is not a dev dependency yet.

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from cnil_case.core import reportdata
from cnil_case.report import art33, document, text, wording


def render(report: reportdata.CaseReport, *, lang: str, public: bool = False, draft: bool = False) -> bytes:
    """The letter (or public notice) as PDF bytes; ``draft`` marks every page."""
    w = wording.load("art34", lang)
    st = document.styles()
    zone = report.case.display_zone
    story: list[Flowable] = []

    def p(markup: str, style: str = "body") -> None:
        story.append(Paragraph(markup, st[style]))

    def bullet(markup: str) -> None:
        p("• " + markup)

    names = ", ".join(e.organisation.name for e in report.controllers)
    title = w.plain("title_public" if public else "title")
    p(text.para_text(title), "title")
    if names:
        p(w.get("from", names=names))
    p(w.get("case_line", reference=report.case.reference), "small")
    p(w.get("intro_public" if public else "intro"))

    story.append(document.heading(w.plain("what")))
    p(text.para_text(report.case.title))
    if report.case.breach_start is not None:
        p(w.get("started", moment=art33.moment(report.case.breach_start, zone, lang, "")))
    story.extend(text.paragraphs(report.case.summary, st["body"]))

    story.append(document.heading(w.plain("which")))
    for d in report.data:
        bullet(text.para_text(d.label_fr if lang == "fr" else d.label_en))

    story.append(document.heading(w.plain("consequences")))
    p(w.get("consequences_text"))
    if any(d.national_id for d in report.data):
        p(w.get("consequences_nir"))

    story.append(document.heading(w.plain("done")))
    done = [m for m in (*report.measures_taken, *report.measures_proposed) if m.kind != "advice"]
    for m in done:
        bullet(text.para_text(m.description))
    if not done:
        p(w.get("nothing_done"))

    story.append(document.heading(w.plain("todo")))
    for key in ("advice_phishing", "advice_health", "advice_accounts"):
        bullet(w.get(key))
    for m in (*report.measures_taken, *report.measures_proposed):
        if m.kind == "advice":
            bullet(text.para_text(m.description))

    story.append(document.heading(w.plain("contact")))
    for entry in report.controllers:
        org = entry.organisation
        details = art33.contact_lines(org, dpo=True) or art33.contact_lines(org, dpo=False)
        if details:
            p(w.get("contact_line", name=org.name, details=details.replace("\n", ", ")))
        else:
            p(w.get("contact_unknown", name=org.name))

    return document.build(story, title=title, author=names or "cnil-case", subject=report.case.title, lang=lang,
                          reference=report.case.reference, draft=draft)
