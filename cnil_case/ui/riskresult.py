"""The result of an assessment as simple HTML: score and band, the criteria beside it, the
recommendation and every reason with its citation; shared by the live preview and the history.

The core writes the reasons, the summary and the score's steps as ``Phrase``s; ``text`` writes
them in the interface's language, the data categories they name included."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication

from cnil_case.core import assessments, enisa, risk, times
from cnil_case.core.phrases import Phrase
from cnil_case.ui import affectedmodel, assessmentsmodel, labels, language, theme

# The theme's state colours, readable on the light and the dark palette.
BAND_STATES = {
    enisa.Band.LOW: "met",
    enisa.Band.MEDIUM: "due_soon",
    enisa.Band.HIGH: "late",
    enisa.Band.VERY_HIGH: "overdue",
}

EFFECT_MARKS = {"sets": "=", "raises": "▲", "lowers": "▼", "caps": "▼", "notes": "•"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("riskresult", text)


def text(value: Any) -> str:
    """A core value in the interface's language: a Phrase translated (``language.text``), the data
    categories it names (``enisa.CategoryNames``) with the taxonomy's labels in that language."""
    return language.text(_localised(value))


def _localised(value: Any) -> Any:
    if isinstance(value, enisa.CategoryNames):
        return value.names(language.current())
    if isinstance(value, Phrase) and value.values:
        # The same template with localised values (a non-literal call: nothing to extract).
        return Phrase(value.context, value.template, **{k: _localised(v) for k, v in value.values.items()})
    return value


def reason_name(reason: risk.Reason) -> str:
    """The heading of a reason: its rule or factor, in the interface's language."""
    return text(risk.FACTOR_NAMES.get(reason.code, reason.factor.replace("_", " ")))


def escape(value: str) -> str:
    """User or domain text as HTML, newlines kept."""
    return html.escape(value).replace("\n", "<br>")


def result_html(evaluation: assessments.Evaluation) -> str:
    score = evaluation.score
    recommendation = evaluation.recommendation
    colour = theme.state_color(BAND_STATES[score.band]).name()
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
        + f"</b><br>{escape(text(recommendation.summary))}</p>",
        f"<p><b>{escape(_tr('Reasons'))}</b></p><ul>",
    ]
    for reason in recommendation.reasons:
        mark = EFFECT_MARKS.get(reason.effect, "•")
        parts.append(f"<li>{mark} <b>{escape(reason_name(reason))}</b>: {escape(text(reason.text))}<br>"
                     f"<i>{escape(text(reason.citation))}</i></li>")
    parts.append("</ul>")
    parts.append(f"<p><b>{escape(_tr('How the score was computed'))}</b></p><ul>")
    parts.extend(f"<li>{escape(text(step))}</li>" for step in score.steps)
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
    notes = "".join(f"<p><i>{escape(key)}:</i> {escape(note)}</p>" for key, note in row.factors.notes.items())
    return "".join(head) + result_html(row.evaluation) + notes
