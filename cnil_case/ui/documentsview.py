"""The Documents tab: pick a regulator document, see what it still lacks, preview it, export it.

The case is snapshotted on the database thread and rendered on the I/O pool; the PDF shown is
the one exported when nothing changed since, so the file handed over is the file that was read.
Every export is written atomically and recorded (exports list + audit) in one database task.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import completeness, errors, exports, reportdata, snapshots
from cnil_case.report import documents
from cnil_case.ui import exportsview, language, messages, pdfpreview, theme, wallclock
from cnil_case.ui import tasks as tasks_module

_T = "documentsview"

# (kind, name, help), then its variants (code, name, help); the order of exports.VARIANTS. Names and
# help are marked for translation here (QT_TRANSLATE_NOOP, typed ``object``) and translated when shown.
DOCUMENTS: tuple[tuple[str, object, object, tuple[tuple[str, object, object], ...]], ...] = (
    ("art33", QT_TRANSLATE_NOOP(_T, "Art. 33 notification to the CNIL"),
     QT_TRANSLATE_NOOP(_T, "GDPR Art. 33(1): notify the supervisory authority without undue delay and, where feasible, within "
                           "72 hours of becoming aware of the breach. Art. 33(3) lists what the notification contains: "
                           "(a) the nature of the breach, categories and approximate numbers of persons and records; (b) the "
                           "DPO or another contact point; (c) the likely consequences; (d) the measures taken or proposed."),
     (("initial", QT_TRANSLATE_NOOP(_T, "Initial notification"), QT_TRANSLATE_NOOP(_T, "The first notification (Art. 33(1)).")),
      ("complementary", QT_TRANSLATE_NOOP(_T, "Complementary notification"),
       QT_TRANSLATE_NOOP(_T, "Art. 33(4): information not available at first may be provided in phases; cite the reference "
                             "the CNIL gave the initial notification.")),
      ("final", QT_TRANSLATE_NOOP(_T, "Final notification"),
       QT_TRANSLATE_NOOP(_T, "The last phase (Art. 33(4)): the complete account once the investigation is over; cite the "
                             "initial notification's reference.")))),
    ("art34", QT_TRANSLATE_NOOP(_T, "Art. 34 communication to the data subjects"),
     QT_TRANSLATE_NOOP(_T, "GDPR Art. 34(1): when the breach is likely to result in a high risk to people's rights and freedoms, "
                           "tell them without undue delay. Art. 34(2): in clear and plain language, with at least the "
                           "information of Art. 33(3)(b), (c) and (d)."),
     (("letter", QT_TRANSLATE_NOOP(_T, "Letter to the people (Art. 34(2))"),
       QT_TRANSLATE_NOOP(_T, "Sent to each person concerned; it prints the Overview's account for data subjects, never the "
                             "internal summary.")),
      ("public", QT_TRANSLATE_NOOP(_T, "Public notice (Art. 34(3)(c))"),
       QT_TRANSLATE_NOOP(_T, "Art. 34(3)(c): where telling each person would involve disproportionate effort, a public "
                             "communication informs them as effectively.")))),
    ("investigation", QT_TRANSLATE_NOOP(_T, "Investigation report"),
     QT_TRANSLATE_NOOP(_T, "The case file: facts, timeline, evidence and its chain of custody, findings, measures and the "
                           "audit trail. Art. 33(5): the controller documents every breach, its effects and the remedial "
                           "action taken, so that the supervisory authority can verify compliance."),
     (("category", QT_TRANSLATE_NOOP(_T, "Timeline by category"), QT_TRANSLATE_NOOP(_T, "The timeline grouped by category of event.")),
      ("day", QT_TRANSLATE_NOOP(_T, "Timeline by day"), QT_TRANSLATE_NOOP(_T, "The timeline grouped by day, in the case's time zone.")))),
)
LANGUAGES = (("fr", "Français"), ("en", "English"))
COMPLETE: dict[str, object] = {
    "art33": QT_TRANSLATE_NOOP(_T, "Complete: nothing Art. 33(3) requires is missing."),
    "art34": QT_TRANSLATE_NOOP(_T, "Complete: nothing Art. 34(2) requires is missing."),
    "investigation": QT_TRANSLATE_NOOP(_T, "Complete: every section of the report has content (Art. 33(5))."),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_T, text)


@dataclass(frozen=True)
class Choice:
    """What the user asked for; a preview built for another choice is out of date."""

    kind: str
    variant: str
    lang: str
    earlier_reference: str


def gaps_html(gaps: list[completeness.Gap]) -> str:
    """One block per gap: the requirement and its article, what is missing, where to fix it, in the
    interface's language (the gaps are core Phrases)."""
    blocks = []
    for gap in gaps:
        blocks.append(
            f"<p style='margin-bottom: 8px'><b>{html.escape(language.text(gap.requirement))}</b> "
            f"<span style='color: #555'>({html.escape(language.text(gap.article))})</span><br/>"
            f"{html.escape(tr('Missing:'))} {html.escape(language.text(gap.what_is_missing))}<br/>"
            f"<span style='color: #555'>{html.escape(tr('Where to fix:'))}</span> "
            f"{html.escape(language.text(gap.where_to_fix))}</p>")
    return "".join(blocks)


class DocumentsView(QWidget):
    """The open case's documents: choice, completeness, preview, export, exports list.

    Signals:
        exported(object): a document was written and recorded (an ``ExportRow``; the audit log grew).
    """

    exported = Signal(object)

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._case: snapshots.CaseDetail | None = None
        self._report: reportdata.CaseReport | None = None
        self._gaps: list[completeness.Gap] = []
        # Bumped whenever the case changes: a preview of an older state is out of date.
        self._generation = 0
        self._stale = False
        self._token = 0
        self._built: exports.BuiltDocument | None = None
        self._built_for: tuple[Choice, int] | None = None
        self._folder = Path.home()
        self._init_widgets()
        self._init_layout()
        self._connect_signals()
        self._fill_variants()
        self._choice_changed()
        self.open_case(None)

    # --- building -----------------------------------------------------------------------------

    def _init_widgets(self) -> None:
        self.kind = QComboBox(self)
        for code, name, help_text, _variants in DOCUMENTS:
            self.kind.addItem(tr(str(name)), code)
            self.kind.setItemData(self.kind.count() - 1, tr(str(help_text)), Qt.ItemDataRole.ToolTipRole)
        self.variant = QComboBox(self)
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setToolTip(tr("The language of the document; the case's own text is printed as typed"))
        self.earlier_reference = QLineEdit(self)
        self.earlier_reference.setPlaceholderText(tr("e.g. the CNIL's reference of the initial notification"))
        self.earlier_reference.setToolTip(tr("Art. 33(4): a notification in phases cites the first one"))
        self.earlier_label = QLabel(tr("Earlier notification:"), self)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: palette(placeholder-text);")
        # Rich text rather than a table: the sentences are long and must wrap at any width.
        self.gaps_text = QTextBrowser(self)
        self.gaps_text.setAccessibleName(tr("Missing information"))
        self.gaps_text.setOpenLinks(False)
        self.gaps_text.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.gaps_text.viewport().setAutoFillBackground(False)
        self.completeness = QLabel(self)
        self.completeness.setWordWrap(True)
        self.preview_button = QPushButton(tr("&Preview"), self)
        self.preview_button.setToolTip(tr("Build the PDF from the case as it is now and show it"))
        self.export_button = QPushButton(tr("E&xport…"), self)
        self.export_button.setToolTip(tr("Write the document to a file and record it, with its SHA-256, in the "
                                         "exports list and the audit log. The file is the previewed one when "
                                         "nothing changed since."))
        self.preview = pdfpreview.PdfPreview(self)
        self.preview_status = QLabel(self)
        self.preview_status.setWordWrap(True)
        self.preview_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.exports = exportsview.ExportsList(tasks=self._tasks, title=tr("Exported documents"), parent=self)

    def _init_layout(self) -> None:
        choice_box = QGroupBox(tr("Document"), self)
        form = QFormLayout(choice_box)
        form.addRow(tr("Document:"), self.kind)
        form.addRow(tr("Variant:"), self.variant)
        form.addRow(self.earlier_label, self.earlier_reference)
        form.addRow(tr("Language:"), self.language)
        form.addRow(self.help)
        gaps_box = QGroupBox(tr("Completeness"), self)
        gaps_layout = QVBoxLayout(gaps_box)
        gaps_layout.addWidget(self.completeness)
        gaps_layout.addWidget(self.gaps_text, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.export_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(choice_box)
        left_layout.addWidget(gaps_box, 1)
        left_layout.addLayout(buttons)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.preview_status)
        upper = QSplitter(Qt.Orientation.Horizontal, self)
        upper.addWidget(left)
        upper.addWidget(right)
        upper.setStretchFactor(0, 2)
        upper.setStretchFactor(1, 3)
        upper.setChildrenCollapsible(False)
        # The pages need the room more than the form: about 2 to 3.
        upper.setSizes([420, 630])
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.exports)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([620, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _connect_signals(self) -> None:
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.variant.currentIndexChanged.connect(self._choice_changed)
        self.language.currentIndexChanged.connect(self._choice_changed)
        self.earlier_reference.textChanged.connect(self._choice_changed)
        self.preview_button.clicked.connect(self.build_preview)
        self.export_button.clicked.connect(self.export)

    # --- the choice ---------------------------------------------------------------------------

    def choice(self) -> Choice:
        variant = str(self.variant.currentData() or "")
        cites = self.kind.currentData() == "art33" and variant != "initial"
        return Choice(kind=str(self.kind.currentData()), variant=variant, lang=str(self.language.currentData()),
                      earlier_reference=self.earlier_reference.text().strip() if cites else "")

    def select(self, kind: str, variant: str = "", lang: str = "") -> None:
        """Choose a document as the user would (tests and callers that open a given document)."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        if variant:
            self.variant.setCurrentIndex(self.variant.findData(variant))
        if lang:
            self.language.setCurrentIndex(self.language.findData(lang))

    def _fill_variants(self) -> None:
        kind = self.kind.currentData()
        entry = next(d for d in DOCUMENTS if d[0] == kind)
        self.variant.blockSignals(True)
        self.variant.clear()
        for code, name, help_text in entry[3]:
            self.variant.addItem(tr(str(name)), code)
            self.variant.setItemData(self.variant.count() - 1, tr(str(help_text)), Qt.ItemDataRole.ToolTipRole)
        self.variant.blockSignals(False)
        self.kind.setToolTip(tr(str(entry[2])))

    def _kind_changed(self) -> None:
        self._fill_variants()
        self._choice_changed()

    def _choice_changed(self) -> None:
        kind = self.kind.currentData()
        entry = next(d for d in DOCUMENTS if d[0] == kind)
        variant_help = str(next((h for c, _n, h in entry[3] if c == self.variant.currentData()), ""))
        self.help.setText(f"{tr(str(entry[2]))}\n{tr(variant_help)}")
        cites = self.choice().kind == "art33" and self.choice().variant != "initial"
        self.earlier_label.setVisible(cites)
        self.earlier_reference.setVisible(cites)
        self._show_gaps()
        self._show_preview_state()

    # --- the case -----------------------------------------------------------------------------

    def open_case(self, case: snapshots.CaseDetail | None) -> None:
        """Show a case's documents (None empties the tab)."""
        self._case = case
        self._report = None
        self._built = None
        self._built_for = None
        self._generation += 1
        self._token += 1
        self.earlier_reference.clear()
        self.setEnabled(case is not None)
        self.preview.show_message(tr("Press Preview to build the document from the case as it is now."))
        if case is None:
            self.exports.clear()
            self._show_gaps()
            self._show_preview_state()
            return
        self.exports.load(case.id, case.display_zone)
        # The snapshot reads the whole case (every event of a million-event timeline): only
        # when the tab is on screen, like case_changed.
        self._stale = True
        if self.isVisible():
            self.refresh()

    def update_case(self, case: snapshots.CaseDetail) -> None:
        """The open case's fields were saved."""
        zone_changed = self._case is None or case.display_zone != self._case.display_zone
        self._case = case
        if zone_changed:
            self.exports.model.set_zone(case.display_zone)
        self.case_changed()

    def case_changed(self) -> None:
        """Something the documents print changed: the gaps are read again, the preview is out of date.

        The snapshot is taken when the tab is on screen (now, or when it is shown next).
        """
        self._generation += 1
        self._stale = True
        self._show_preview_state()
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Snapshot the case on the database thread and list what each document lacks."""
        case = self._case
        if case is None:
            return
        self._stale = False
        case_id, now, generation = case.id, wallclock.now(), self._generation
        self._tasks.run_db(lambda s: reportdata.snapshot(s, case_id, now=now, verify_audit=False), parent=self,
                           success=lambda report: self._got_report(case_id, generation, report))

    def _got_report(self, case_id: int, generation: int, report: reportdata.CaseReport) -> None:
        if self._case is None or self._case.id != case_id or generation < self._generation:
            return
        self._report = report
        self._show_gaps()

    def _show_gaps(self) -> None:
        choice = self.choice()
        kind = choice.kind
        self._gaps = (documents.gaps(self._report, kind, variant=choice.variant,
                                     earlier_reference=choice.earlier_reference)
                      if self._report is not None else [])
        self.gaps_text.setHtml(gaps_html(self._gaps))
        self.gaps_text.setVisible(bool(self._gaps))
        if self._report is None:
            self.completeness.setText(tr("Reading the case…") if self._case is not None else "")
            self.completeness.setStyleSheet("")
        elif not self._gaps:
            self.completeness.setText("✔ " + tr(str(COMPLETE[kind])))
            self.completeness.setStyleSheet(f"color: {theme.state_color('ok').name()}; font-weight: bold;")
        else:
            self.completeness.setText(tr("{n} item(s) missing: the document will be marked DRAFT on every page "
                                         "until the case has them.").format(n=len(self._gaps)))
            self.completeness.setStyleSheet(f"color: {theme.state_color('error').name()}; font-weight: bold;")

    def gaps(self) -> list[completeness.Gap]:
        """The gaps listed now."""
        return list(self._gaps)

    # --- preview and export -------------------------------------------------------------------

    @property
    def built(self) -> exports.BuiltDocument | None:
        """The document previewed, if it is still what the case and the choice would give."""
        current = (self.choice(), self._generation)
        return self._built if self._built is not None and self._built_for == current else None

    def build_preview(self) -> None:
        self._build(None)

    def _build(self, then: Callable[[exports.BuiltDocument], None] | None) -> None:
        """Snapshot (database thread), render (I/O pool), show; then ``then(built)`` if given."""
        case = self._case
        if case is None:
            return
        self._token += 1
        token, choice, generation = self._token, self.choice(), self._generation
        case_id, now = case.id, wallclock.now()
        # The button stays enabled: a render that fails is a bug (crash dialog), and the user may retry.
        self.preview_status.setText(tr("Building the preview…"))
        self.preview_status.setStyleSheet("")

        def render(report: reportdata.CaseReport) -> None:
            if token != self._token:
                return
            if generation == self._generation:
                self._report = report  # fresher than the one the gaps came from
                self._show_gaps()
            self._tasks.run_io(
                lambda: documents.build_case_document(report, choice.kind, lang=choice.lang, variant=choice.variant,
                                                      earlier_reference=choice.earlier_reference),
                parent=self, success=lambda built: self._built_ready(token, choice, generation, built, then),
                failure=self._build_failed)

        self._tasks.run_db(lambda s: reportdata.snapshot(s, case_id, now=now), parent=self, success=render,
                           failure=self._build_failed)

    def _build_failed(self, exc: errors.UserError) -> None:
        self.preview_status.setText("")
        messages.show_error(self, exc)

    def _built_ready(self, token: int, choice: Choice, generation: int, built: exports.BuiltDocument,
                     then: Callable[[exports.BuiltDocument], None] | None) -> None:
        if token != self._token:
            return  # the user asked again, or left the case, while it was rendered
        self._built, self._built_for = built, (choice, generation)
        self.preview.show_pdf(built.data)
        self._show_preview_state()
        if then is not None:
            then(built)

    def _show_preview_state(self) -> None:
        built = self._built
        if built is None:
            self.preview_status.setText("")
            return
        pages = self.preview.page_count()
        state = tr("draft (marked on every page)") if built.draft else tr("final")
        text = tr("{pages} page(s) · {state} · SHA-256 {sha}").format(pages=pages, state=state,
                                                                     sha=exportsview.short_hash(built.sha256))
        if built.warnings:  # an organisation logo or signature image that could not be read
            text += "\n" + "\n".join(built.warnings)
        if self.built is None:
            self.preview_status.setText(text + "\n" + tr("Out of date: the case or the choice changed since. "
                                                         "Press Preview again (Export builds it anew)."))
            self.preview_status.setStyleSheet(f"color: {theme.state_color('error').name()};")
        else:
            self.preview_status.setText(text)
            self.preview_status.setStyleSheet("")
        self.preview_status.setToolTip(tr("SHA-256 of the previewed file: {sha}").format(sha=built.sha256))

    def export(self) -> None:
        """Save the previewed bytes if still current, else build first; drafts are confirmed."""
        built = self.built
        if built is not None:
            self._save(built)
        else:
            self._build(self._save)

    def _save(self, built: exports.BuiltDocument) -> None:
        exportsview.save_document(self, self._tasks, built, folder=self._folder, saved=self._saved)

    def _saved(self, row: exports.ExportRow) -> None:
        self._folder = Path(row.path).parent
        self.exports.reload()
        self.exported.emit(row)
        exportsview.show_saved(self, row)
