"""The Art. 34 communication to the data subjects, a letter in clear and plain language (issue 7, item 2).

What happened, which data, likely consequences, what was done, what people should do and whom
to contact (Art. 34(2)); ``public=True`` gives the Art. 34(3)(c) public communication (no
confidentiality mark: it is meant for a website or the press).
"What happened" prints the case's ``public_summary`` (written for the data subjects), or else
sentences built from the structured facts (nature, controllers, data, start date); never the
case's internal summary or title, which are written for investigators.
Fixed wording from ``reports/art34/<lang>.toml``; every case value is escaped.
"""

# mypy: disable-error-code="import-untyped"
# WORKAROUND: reportlab ships no type hints and types-reportlab is not a dev dependency yet.

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from cnil_case.core import reportdata, times
from cnil_case.report import art33, document, text, wording

NATURE_ORDER = ("confidentiality", "integrity", "availability")


def _in_sentence(label: str) -> str:
    """A category label inside a sentence: "Date de naissance" → "date de naissance" (not "NIR")."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


def names_list(w: wording.Wording, names: list[str]) -> str:
    """Plain text: "A", "A and B", "A, B and C" ("et" in French)."""
    if len(names) < 2:
        return "".join(names)
    return w.plain("and", first=", ".join(names[:-1]), last=names[-1])


def what_happened(w: wording.Wording, report: reportdata.CaseReport, lang: str) -> list[str]:
    """Markup paragraphs: a plain account of the breach built from the structured facts.

    One sentence for the first nature (confidentiality: "an unauthorised person accessed …"),
    a shorter one for each further nature, then the date the breach began.
    """
    names = names_list(w, [e.organisation.name for e in report.controllers])
    labels = [_in_sentence(d.label_fr if lang == "fr" else d.label_en) for d in report.data]
    values = {
        "data": w.plain("happened.data", categories=", ".join(labels)) if labels else "",
        "held": w.plain("happened.held", controllers=names) if names else "",
    }
    natures = [n for n in NATURE_ORDER if n in report.case.nature]
    sentences = [w.get(f"happened.{natures[0]}" if natures else "happened.unknown", **values)]
    sentences += [w.get(f"happened.{n}_also") for n in natures[1:]]
    start = report.case.breach_start
    if start is not None:
        sentences.append(w.get("started", moment=art33.moment(start, report.case.display_zone, lang, "")))
    return [" ".join(sentences)]


def render(
    report: reportdata.CaseReport,
    *,
    lang: str,
    public: bool = False,
    draft: bool = False,
    user_dir: Path | None = None,
    warnings: list[str] | None = None,
) -> bytes:
    """The letter (or public notice) as PDF bytes; ``draft`` marks every page.

    ``user_dir`` and ``warnings`` as in :func:`cnil_case.report.art33.render`.
    """
    w = wording.load("art34", lang, user_dir=user_dir)
    st = document.styles()
    story: list[Flowable] = []

    def p(markup: str, style: str = "body") -> None:
        story.append(Paragraph(markup, st[style]))

    def bullet(markup: str) -> None:
        p("• " + markup)

    names = names_list(w, [e.organisation.name for e in report.controllers])
    title = w.plain("title_public" if public else "title")
    p(text.para_text(title), "title")
    if names:
        p(w.get("from", names=names))
    p(w.get("case_line", reference=report.case.reference), "small")
    today = report.generated_at.astimezone(times.zone(report.case.display_zone)).date()
    p(w.get("dated", date=text.format_date(today, lang)))
    p(w.get("intro_public" if public else "intro"))

    story.append(document.heading(w.plain("what")))
    if report.case.public_summary.strip():
        story.extend(text.paragraphs(report.case.public_summary, st["body"]))
    else:
        for markup in what_happened(w, report, lang):
            p(markup)

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

    return document.build(story, title=title, author=names or "cnil-case", subject=title, lang=lang,
                          reference=report.case.reference, draft=draft, user_dir=user_dir, signature=True,
                          confidential=not public, warnings=warnings)
