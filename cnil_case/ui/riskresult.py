"""The result of an assessment as simple HTML: score and band, the criteria beside it, the
recommendation and every reason with its citation; shared by the live preview and the history."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from cnil_case.core import assessments, enisa, times
from cnil_case.ui import affectedmodel, assessmentsmodel, labels

BAND_COLOURS = {
    enisa.Band.LOW: "#2e7d32",
    enisa.Band.MEDIUM: "#b8860b",
    enisa.Band.HIGH: "#e65100",
    enisa.Band.VERY_HIGH: "#b71c1c",
}

EFFECT_MARKS = {"sets": "=", "raises": "▲", "lowers": "▼", "caps": "▼", "notes": "•"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("riskresult", text)


def escape(text: str) -> str:
    """User or domain text as HTML, newlines kept."""
    return html.escape(text).replace("\n", "<br>")


def result_html(evaluation: assessments.Evaluation) -> str:
    score = evaluation.score
    recommendation = evaluation.recommendation
    colour = BAND_COLOURS[score.band]
    band = labels.name(labels.BANDS, score.band.value)
    individuals = (_tr("not recorded") if score.individuals is None
                   else affectedmodel.number(score.individuals))
    clarity = _tr("unintelligible to the recipients") if score.unintelligible else _tr("intelligible")
    parts = [
        "<table cellpadding='4'><tr>"
        f"<td style='background:{colour}; color:white;'><b>SE {enisa.format_number(score.se)}</b></td>"
        f"<td style='background:{colour}; color:white;'><b>{escape(band)}</b> ({escape(enisa.BAND_RANGES[score.band])})</td>"
        "</tr></table>",
        f"<p>DPC {score.dpc} × EI {enisa.format_number(score.ei, ei=True)} + CB {enisa.format_number(score.cb)} "
        f"= SE {enisa.format_number(score.se)}<br>"
        + _tr("<i>Beside the score:</i> individuals {individuals} · {clarity}").format(
            individuals=escape(individuals), clarity=escape(clarity)) + "</p>",
        "<p><b>" + _tr("Recommendation: {decision}").format(
            decision=escape(assessmentsmodel.decision_text(recommendation.level.value, recommendation.exemption)))
        + f"</b><br>{escape(recommendation.summary)}</p>",
        f"<p><b>{escape(_tr('Reasons'))}</b></p><ul>",
    ]
    for reason in recommendation.reasons:
        mark = EFFECT_MARKS.get(reason.effect, "•")
        parts.append(f"<li>{mark} <b>{escape(reason.factor.replace('_', ' '))}</b>: {escape(reason.text)}<br>"
                     f"<i>{escape(reason.citation)}</i></li>")
    parts.append("</ul>")
    parts.append(f"<p><b>{escape(_tr('How the score was computed'))}</b></p><ul>")
    parts.extend(f"<li>{escape(step)}</li>" for step in score.steps)
    parts.append("</ul>")
    return "".join(parts)


def record_html(row: assessments.AssessmentRow, zone: str) -> str:
    """A recorded assessment: its decision first, then its result and the assessor's notes."""
    decided = assessmentsmodel.decision_text(row.decided_level, row.exemption)
    head = [f"<p><b>{escape(row.label)}</b> · {escape(times.display(row.assessed_at, zone))} · {escape(row.author)}<br>"
            + _tr("Decided: <b>{decision}</b>").format(decision=escape(decided))]
    if row.overridden:
        head.append(_tr(" (override)<br>Reason: {reason}").format(reason=escape(row.reason)))
    elif row.reason:
        head.append("<br>" + _tr("Note: {note}").format(note=escape(row.reason)))
    head.append("</p>")
    notes = "".join(f"<p><i>{escape(key)}:</i> {escape(text)}</p>" for key, text in row.factors.notes.items())
    return "".join(head) + result_html(row.evaluation) + notes
