"""The inputs of a risk assessment: the ENISA factors, each with its justification, and the
EDPB 9/2022 risk factors. Every change is announced, so the result can follow it live.

The scales' meanings and the draft's justifications come from the core as ``Phrase``s and are
shown in the interface's language; a justification is kept as shown (the assessor's words)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import enisa, errors, identifiers, risk, taxonomy
from cnil_case.core.phrases import Phrase
from cnil_case.ui import affecteddialogs, affectedmodel, language, riskresult

# Keys of ``Factors.notes`` this form edits.
NOTES_KEY = "assessor"


# The field parse_count names in its error (the English name, written in the interface's language).
INDIVIDUALS = Phrase("riskform", "Individuals")


def _level_text(level: float, meaning: str, *, ei: bool = False) -> str:
    return f"{enisa.format_number(level, ei=ei)} – {language.text(meaning)}"


class _CategoryRow:
    """One data category's line of the DPC table: base, adjustment, justification."""

    def __init__(self, score: enisa.CategoryScore, parent: QWidget) -> None:
        self.score = score
        try:
            category: taxonomy.DataCategory | None = taxonomy.data_category(score.code)
        except errors.ValidationError:  # a code the taxonomy no longer lists: shown as stored
            category = None
        name = taxonomy.label(category, language.current()) if category else score.code
        self.name = QLabel(name, parent)
        self.name.setWordWrap(True)
        if category is not None:
            self.name.setToolTip(taxonomy.description(category, language.current()))
        self.base = QLabel(str(score.base), parent)
        self.base.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.adjustment = QSpinBox(parent)
        self.adjustment.setRange(enisa.ADJUSTMENT_MIN, enisa.ADJUSTMENT_MAX)
        self.adjustment.setValue(score.adjustment)
        self.adjustment.setToolTip(QCoreApplication.translate("riskform", "ENISA adjustment of the base, −3 to +3; the score stays within 1–4"))
        shown = riskresult.text(score.justification)
        self.justification = QLineEdit(shown, parent)
        self.justification.setCursorPosition(0)
        self.justification.setToolTip(shown)
        self.justification.setMinimumWidth(60)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.name, self.base, self.adjustment, self.justification)

    def value(self) -> enisa.CategoryScore:
        return dataclasses.replace(self.score, adjustment=self.adjustment.value(),
                                   justification=self.justification.text())


class RiskForm(QWidget):
    """Edits an ``EnisaInput`` and ``risk.Factors``.

    Signals:
        changed(): the user changed an input (or a new draft was shown).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factors = risk.Factors()
        self._rows: list[_CategoryRow] = []
        self._loading = False
        self._build_enisa()
        self._build_factors()
        layout = QVBoxLayout(self)
        layout.addWidget(self.enisa_box)
        for box in self.factor_boxes:
            layout.addWidget(box)
        layout.addWidget(self.notes_box)
        layout.addStretch(1)
        self._connect()

    # --- building -----------------------------------------------------------------------------

    def _build_enisa(self) -> None:
        self.enisa_box = QGroupBox(self.tr("ENISA severity: SE = DPC × EI + CB"), self)
        self.categories = QWidget(self.enisa_box)
        self.categories_grid = QGridLayout(self.categories)
        self.categories_grid.setContentsMargins(0, 0, 0, 0)
        self.categories_grid.setColumnStretch(3, 1)
        for column, text in enumerate((self.tr("Data category"), self.tr("Base"), self.tr("Adjustment"),
                                       self.tr("Justification"))):
            header = QLabel(f"<b>{text}</b>", self.categories)
            self.categories_grid.addWidget(header, 0, column)
        self.no_categories = QLabel(self.tr("No data category: add the data concerned on the Affected tab, then "
                                            "press “Start from the case file”."), self.categories)
        self.no_categories.setWordWrap(True)
        self.ei = compact_combo(self.enisa_box)
        for level, name in enisa.EI_LEVELS.items():
            self.ei.addItem(_level_text(level, name, ei=True), level)
            self.ei.setItemData(self.ei.count() - 1, language.text(enisa.EI_MEANINGS[level]),
                                Qt.ItemDataRole.ToolTipRole)
        self.ei.setToolTip(self.tr("Ease of identification: how easily the data lead to the persons (ENISA 2013)"))
        self.ei_justification = QLineEdit(self.enisa_box)
        self.cb_confidentiality = self._cb_combo(enisa.CB_CONFIDENTIALITY)
        self.cb_integrity = self._cb_combo(enisa.CB_INTEGRITY)
        self.cb_availability = self._cb_combo(enisa.CB_AVAILABILITY)
        self.cb_malicious = self._cb_combo(enisa.CB_MALICIOUS)
        self.cb_justification = QLineEdit(self.enisa_box)
        self.individuals = QLineEdit(self.enisa_box)
        self.individuals.setPlaceholderText(self.tr("not recorded"))
        self.individuals.setToolTip(self.tr("Number of individuals: weighed beside the score, not in it (ENISA 2013); "
                                            "EDPB 9/2022 factor 7"))
        form = QFormLayout(self.enisa_box)
        # The DPC table takes the full width: four columns do not fit beside a label.
        dpc_label = QLabel(self.tr("DPC, data processing context (the highest-scoring category counts):"),
                           self.enisa_box)
        dpc_label.setWordWrap(True)
        form.addRow(dpc_label)
        form.addRow(self.categories)
        form.addRow(self.tr("EI:"), self.ei)
        form.addRow(self.tr("EI justification:"), self.ei_justification)
        form.addRow(self.tr("CB confidentiality:"), self.cb_confidentiality)
        form.addRow(self.tr("CB integrity:"), self.cb_integrity)
        form.addRow(self.tr("CB availability:"), self.cb_availability)
        form.addRow(self.tr("CB malicious intent:"), self.cb_malicious)
        form.addRow(self.tr("CB justification:"), self.cb_justification)
        form.addRow(self.tr("Individuals:"), self.individuals)

    def _cb_combo(self, scale: dict[float, str]) -> QComboBox:
        combo = compact_combo(self)
        for level, meaning in scale.items():
            combo.addItem(_level_text(level, meaning), level)
            combo.setItemData(combo.count() - 1, language.text(meaning), Qt.ItemDataRole.ToolTipRole)
        return combo

    def _check(self, text: str, tip: str) -> QCheckBox:
        box = QCheckBox(text, self)
        box.setToolTip(tip)
        return box

    def _build_factors(self) -> None:
        self.confidentiality = self._check(self.tr("Confidentiality"), self.tr("Unauthorised or accidental disclosure of, or "
                                                                     "access to, the data (EDPB 9/2022 factor 1)"))
        self.integrity = self._check(self.tr("Integrity"), self.tr("Unauthorised or accidental alteration (EDPB 9/2022 factor 1)"))
        self.availability = self._check(self.tr("Availability"), self.tr("Loss of access or destruction (EDPB 9/2022 factor 1)"))
        self.malicious = compact_combo(self)
        for value, text in ((None, self.tr("Intent not known yet")), (True, self.tr("Malicious")), (False, self.tr("Accidental"))):
            self.malicious.addItem(text, value)
        self.malicious.setToolTip(self.tr("Malicious intent raises the likelihood of harm (EDPB 9/2022 factor 1); "
                                     "not known makes the recommendation “in doubt”"))
        para_102 = self.tr("EDPB 9/2022 para. 102: with special-category or criminal-offence data, damage “should be "
                      "considered likely to occur”")
        self.special_categories = self._check(self.tr("Special categories (Art. 9)"), para_102)
        self.criminal = self._check(self.tr("Criminal offences (Art. 10)"), para_102)
        self.national_id = self._check(self.tr("NIR (Art. 87)"),
                                       self.tr("National identification number: an identifier that cannot be changed: identity theft (GDPR Art. 87; "
                                          "EDPB 9/2022 factor 2)"))
        self.financial = self._check(self.tr("Financial data"), self.tr("Bank and card details, income (EDPB 9/2022 factor 2)"))
        self.credentials = self._check(self.tr("Credentials"), self.tr("Logins and passwords: account take-over "
                                                             "(EDPB 9/2022 factor 2)"))
        self.permanent = self._check(self.tr("Permanent consequences"), self.tr("Severity and permanence of the consequences "
                                                                      "(EDPB 9/2022 factor 4)"))
        self.lasting_unavailability = self._check(self.tr("Lasting unavailability"), self.tr("No usable backup, or a long "
                                                                                   "outage (EDPB 9/2022 factor 4)"))
        self.vulnerable = self._check(self.tr("Children or vulnerable"),
                                      self.tr("Special characteristics of the individuals (EDPB 9/2022 factor 5; "
                                         "recital 38)"))
        self.sensitive_controller = self._check(self.tr("Sensitive controller"),
                                                self.tr("Special characteristics of the controller, e.g. health or finance (EDPB 9/2022 factor 6)"))
        self.data_public = self._check(self.tr("Data already public"), self.tr("EDPB 9/2022 factor 8 (general points)"))
        self.recipients = compact_combo(self)
        for code, text in (("unknown", self.tr("Unknown recipients (e.g. attackers, online)")),
                           ("known", self.tr("Known, not trusted")), ("trusted", self.tr("Known and trusted")),
                           ("none", self.tr("No evidence anyone accessed the data"))):
            self.recipients.addItem(text, code)
            self.recipients.setItemData(self.recipients.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.recipients.setToolTip(self.tr("Who obtained the data (EDPB 9/2022 factor 8)"))
        self.recovered = self._check(self.tr("Recovered"), self.tr("Data retrieved or deleted before misuse, or restored from "
                                                         "a backup (EDPB 9/2022 factor 8)"))
        self.unintelligible = self._check(self.tr("Unintelligible (key safe)"),
                                          self.tr("State-of-the-art encryption or hashing and the key not compromised: "
                                             "Art. 34(3)(a); beside the ENISA score"))
        self.measures_remove_high_risk = self._check(self.tr("(b) measures since"),
                                                     self.tr("GDPR Art. 34(3)(b): measures taken since ensure the high "
                                                        "risk is no longer likely to materialise"))
        self.disproportionate_effort = self._check(self.tr("(c) disproportionate effort"),
                                                   self.tr("GDPR Art. 34(3)(c): a public communication instead"))

        def box(title: str, *widgets: QWidget) -> QGroupBox:
            group = QGroupBox(title, self)
            grid = QGridLayout(group)
            for index, widget in enumerate(widgets):
                grid.addWidget(widget, index // 2, index % 2)
            return group

        self.factor_boxes = [
            box(self.tr("EDPB 9/2022 · type of breach"), self.confidentiality, self.integrity, self.availability,
                self.malicious),
            box(self.tr("Nature, sensitivity and volume of the data"), self.special_categories, self.criminal,
                self.national_id, self.financial, self.credentials),
            box(self.tr("Consequences, individuals, controller"), self.permanent, self.lasting_unavailability,
                self.vulnerable, self.sensitive_controller),
            box(self.tr("General points"), self.recipients, self.data_public, self.recovered, self.unintelligible),
            box(self.tr("Art. 34(3) exemptions"), self.measures_remove_high_risk, self.disproportionate_effort),
        ]
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.notes.setPlaceholderText(self.tr("Facts weighed, sources; quote stolen samples only masked"))
        self.mask_button = QPushButton(self.tr("Mask identifiers"), self)
        self.mask_button.setToolTip(self.tr("Replace national identification numbers (NIR) in the notes by their "
                                            "masked form, e.g. 1 84 12 75 *** *** **"))
        self.notes_box = QGroupBox(self.tr("Assessor's notes"), self)
        notes_layout = QVBoxLayout(self.notes_box)
        notes_layout.addWidget(self.notes)
        mask_row = QHBoxLayout()
        mask_row.addStretch(1)
        mask_row.addWidget(self.mask_button)
        notes_layout.addLayout(mask_row)

    def _checks(self) -> dict[str, QCheckBox]:
        names = ("confidentiality", "integrity", "availability", "special_categories", "criminal", "national_id",
                 "financial", "credentials", "permanent", "lasting_unavailability", "vulnerable",
                 "sensitive_controller", "data_public", "recovered", "unintelligible", "measures_remove_high_risk",
                 "disproportionate_effort")
        return {name: getattr(self, name) for name in names}

    def _combos(self) -> list[QComboBox]:
        return [self.ei, self.cb_confidentiality, self.cb_integrity, self.cb_availability, self.cb_malicious,
                self.malicious, self.recipients]

    def _connect(self) -> None:
        for check in self._checks().values():
            check.toggled.connect(self._edited)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self._edited)
        for line in (self.ei_justification, self.cb_justification, self.individuals):
            line.textChanged.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        self.mask_button.clicked.connect(self.mask_identifiers)

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    # --- values -------------------------------------------------------------------------------

    def set_value(self, enisa_input: enisa.EnisaInput | None, factors: risk.Factors) -> None:
        """Show a draft or a recorded assessment (``enisa_input`` None: no data category yet)."""
        self._loading = True
        try:
            self._factors = factors
            self._set_categories(enisa_input.categories if enisa_input else ())
            if enisa_input is not None:
                _select(self.ei, enisa_input.ei)
                self.ei_justification.setText(riskresult.text(enisa_input.ei_justification))
                _select(self.cb_confidentiality, enisa_input.cb_confidentiality)
                _select(self.cb_integrity, enisa_input.cb_integrity)
                _select(self.cb_availability, enisa_input.cb_availability)
                _select(self.cb_malicious, enisa_input.cb_malicious)
                self.cb_justification.setText(riskresult.text(enisa_input.cb_justification))
                for line in (self.ei_justification, self.cb_justification):
                    line.setCursorPosition(0)
            individuals = factors.individuals if enisa_input is None else enisa_input.individuals
            self.individuals.setText(affectedmodel.number(individuals) if individuals is not None else "")
            for name, check in self._checks().items():
                check.setChecked(bool(getattr(factors, name)))
            _select(self.malicious, factors.malicious)
            _select(self.recipients, factors.recipients)
            self.notes.setPlainText(factors.notes.get(NOTES_KEY, ""))
        finally:
            self._loading = False
        self.changed.emit()

    def _set_categories(self, scores: tuple[enisa.CategoryScore, ...]) -> None:
        for row in self._rows:
            for widget in row.widgets():
                self.categories_grid.removeWidget(widget)
                widget.deleteLater()
        self.categories_grid.removeWidget(self.no_categories)
        self._rows = [_CategoryRow(score, self.categories) for score in scores]
        for index, row in enumerate(self._rows, start=1):
            for column, widget in enumerate(row.widgets()):
                self.categories_grid.addWidget(widget, index, column)
            row.adjustment.valueChanged.connect(self._edited)
            row.justification.textChanged.connect(self._edited)
        self.no_categories.setVisible(not self._rows)
        if not self._rows:
            self.categories_grid.addWidget(self.no_categories, 1, 0, 1, 4)

    def category_rows(self) -> list[_CategoryRow]:
        return list(self._rows)

    def value(self) -> tuple[enisa.EnisaInput | None, risk.Factors]:
        """The inputs as typed; the ENISA part is None when no category is listed.

        Raises:
            ValidationError: the number of individuals is not a whole number.
        """
        individuals = affecteddialogs.parse_count(self.individuals.text(), INDIVIDUALS)
        checks = {name: check.isChecked() for name, check in self._checks().items()}
        notes = dict(self._factors.notes)
        text = self.notes.toPlainText()
        if text.strip():
            notes[NOTES_KEY] = text
        else:
            notes.pop(NOTES_KEY, None)
        factors = dataclasses.replace(self._factors, **checks, malicious=self.malicious.currentData(),
                                      recipients=str(self.recipients.currentData()), individuals=individuals,
                                      notes=notes)
        if not self._rows:
            return None, factors
        enisa_input = enisa.EnisaInput(
            categories=tuple(row.value() for row in self._rows),
            ei=float(self.ei.currentData()),
            ei_justification=self.ei_justification.text(),
            cb_confidentiality=float(self.cb_confidentiality.currentData()),
            cb_integrity=float(self.cb_integrity.currentData()),
            cb_availability=float(self.cb_availability.currentData()),
            cb_malicious=float(self.cb_malicious.currentData()),
            cb_justification=self.cb_justification.text(),
            individuals=individuals,
            unintelligible=checks["unintelligible"],
        )
        return enisa_input, factors

    def mask_identifiers(self) -> None:
        """Mask the NIRs quoted in the notes."""
        text = self.notes.toPlainText()
        masked = identifiers.mask_identifiers(text)
        if masked != text:
            cursor = self.notes.textCursor()
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(masked)


def compact_combo(parent: QWidget) -> QComboBox:
    """A combo whose long item texts do not widen the form (the full text shows when open)."""
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    for index in range(combo.count()):
        data = combo.itemData(index)
        # True == 1.0: a bool only matches a bool.
        if data == value and isinstance(data, bool) == isinstance(value, bool):
            combo.setCurrentIndex(index)
            return
