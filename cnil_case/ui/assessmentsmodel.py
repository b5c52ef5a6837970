"""The risk assessments of one case, newest first: the first row is the decision in force."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from cnil_case.core import assessments, enisa, times
from cnil_case.ui import labels, listmodel
from cnil_case.ui import tasks as tasks_module

DATE, AUTHOR, LABEL, SE, BAND, RECOMMENDED, DECIDED, OVERRIDE, REASON = range(9)


def decision_text(level: str, exemption: str) -> str:
    text = labels.name(labels.RISK_LEVELS, level)
    return f"{text}, Art. 34(3)({exemption})" if exemption else text


class AssessmentsModel(listmodel.CaseRowsModel):
    """``assessments.history`` of a case; times in the case's zone."""

    def headers(self) -> Sequence[str]:
        return [self.tr("Date"), self.tr("Author"), self.tr("Label"), self.tr("SE"), self.tr("Band"),
                self.tr("Recommended"), self.tr("Decided"), self.tr("Override"), self.tr("Reason")]

    def fetch(self, case_id: int) -> tasks_module.Op[list[Any]]:
        return lambda s: assessments.history(s, case_id)

    def cell(self, row: assessments.AssessmentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            recommendation = row.evaluation.recommendation
            if column == DATE:
                return times.display(row.assessed_at, self._zone)
            if column == AUTHOR:
                return row.author
            if column == LABEL:
                return row.label
            if column == SE:
                return enisa.format_number(row.evaluation.score.se)
            if column == BAND:
                return labels.name(labels.BANDS, row.evaluation.score.band.value)
            if column == RECOMMENDED:
                return decision_text(recommendation.level.value, recommendation.exemption)
            if column == DECIDED:
                return decision_text(row.decided_level, row.exemption)
            if column == OVERRIDE:
                return self.tr("override") if row.overridden else ""
            if column == REASON:
                return row.reason.replace("\n", " ")
        elif role == Qt.ItemDataRole.ToolTipRole and column == REASON:
            return row.reason or None
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == SE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
