"""Search the workspace (or the open case): type, read grouped highlighted hits, Enter to open one.

The query runs on the database thread 250 ms after the last keystroke; each answer carries the
generation it was asked for and is dropped if the user typed since. Snippets come from core with
control-character markers around the matches; everything else is HTML-escaped before the markers
become ``<b>``, so a title holding ``<b>`` shows as typed.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cnil_case.core import cases, errors, search
from cnil_case.ui import tasks as tasks_module

DELAY_MS = 250
LIMIT = 200
KIND_LABELS = {
    "event": QT_TRANSLATE_NOOP("SearchDialog", "Timeline events"),
    "evidence": QT_TRANSLATE_NOOP("SearchDialog", "Evidence"),
    "finding": QT_TRANSLATE_NOOP("SearchDialog", "Findings"),
    "correspondence": QT_TRANSLATE_NOOP("SearchDialog", "Correspondence"),
}
_HIT = Qt.ItemDataRole.UserRole
_HTML = Qt.ItemDataRole.UserRole + 1

OpenHit = Callable[[search.SearchHit], None]


def snippet_html(snippet: str) -> str:
    """The core's snippet as safe HTML: text escaped, the match markers made bold."""
    return html.escape(snippet, quote=False).replace(search.MARK_START, "<b>").replace(search.MARK_END, "</b>")


def hit_html(hit: search.SearchHit, case_reference: str) -> str:
    title = html.escape(" ".join(hit.title.split()) or "—", quote=False)
    where = f" <span class='muted'>· {html.escape(case_reference, quote=False)}</span>" if case_reference else ""
    return f"{title}{where}<br/><span class='muted'>{snippet_html(hit.snippet)}</span>"


class HtmlDelegate(QStyledItemDelegate):
    """Paints an item's HTML role (two lines: title, highlighted snippet) with a QTextDocument."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                  selected: bool = False) -> QTextDocument:
        doc = QTextDocument()
        # Secondary text is dimmed, except on the selection's background where it must stay readable.
        group = QPalette.ColorGroup.Active
        palette = option.palette
        if selected:
            muted = palette.color(group, QPalette.ColorRole.HighlightedText).name()
        else:  # between text and background, so it works on light and dark themes alike
            text, base = palette.color(group, QPalette.ColorRole.Text), palette.color(group, QPalette.ColorRole.Base)
            muted = QColor((text.red() * 3 + base.red() * 2) // 5, (text.green() * 3 + base.green() * 2) // 5,
                           (text.blue() * 3 + base.blue() * 2) // 5).name()
        doc.setDefaultStyleSheet(f".muted {{ color: {muted}; }}")
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        doc.setHtml(str(index.data(_HTML)))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.data(_HTML) is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        doc = self._document(option, index, selected)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        if index.data(_HTML) is None:
            return base
        # Two lines of text, fixed: rows keep one height whatever the snippet.
        return QSize(base.width(), 2 * option.fontMetrics.lineSpacing() + 8)


class SearchDialog(QDialog):
    """Full-text search; Enter or double-click hands the hit to ``open_hit``.

    Up / Down in the query field move through the hits, skipping the group headings.
    """

    def __init__(self, tasks: tasks_module.Tasks, open_hit: OpenHit, parent: QWidget | None = None, *,
                 case_id: int | None = None, case_reference: str = "") -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._open_hit = open_hit
        self._case_id = case_id
        self._generation = 0
        self._references: dict[int, str] = {}
        self.setWindowTitle(self.tr("Search"))
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr('Words (all must match), "a phrase", prefix*; accents and case ignored'))
        self.query.setClearButtonEnabled(True)
        self.only_case = QCheckBox(self.tr("Only in {case}").format(case=case_reference or self.tr("the open case")),
                                   self)
        self.only_case.setEnabled(case_id is not None)
        self.only_case.setChecked(case_id is not None)
        self.results = QTreeWidget(self)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setUniformRowHeights(False)  # headings are one line, hits two
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.only_case)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.resize(900, 600)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.query.textChanged.connect(self._timer.start)
        self.only_case.toggled.connect(self.run_now)
        self._timer.timeout.connect(self.run_now)
        # Enter is handled once, by the dialog (the query field and the list both pass it on).
        self.results.itemDoubleClicked.connect(lambda item, _column: self._open(item))
        self.query.installEventFilter(self)

    def set_case(self, case_id: int | None, reference: str = "") -> None:
        """The open case changed (the dialog may stay open across cases)."""
        self._case_id = case_id
        self.only_case.setEnabled(case_id is not None)
        self.only_case.setText(self.tr("Only in {case}").format(case=reference or self.tr("the open case")))
        if case_id is None:
            self.only_case.setChecked(False)
        self.run_now()

    # --- querying ----------------------------------------------------------------------------------

    def run_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text = self.query.text()
        case_id = self._case_id if self.only_case.isChecked() else None
        if not search.parse(text):
            self._show(generation, [], {})
            self.status.setText(self.tr("Type words to search for.") if not text.strip() else
                                self.tr("Nothing to search for in this query: type letters or digits."))
            return
        self.status.setText(self.tr("Searching…"))

        def op(s: Any) -> tuple[list[search.SearchHit], dict[int, str]]:
            hits = search.search(s, text, case_id=case_id, limit=LIMIT)
            return hits, {r.id: r.reference for r in cases.list_rows(s)}

        self._tasks.run_db(op, parent=self, success=lambda found: self._show(generation, *found),
                           failure=lambda exc: self._failed(generation, exc))

    def _failed(self, generation: int, exc: errors.UserError) -> None:
        if generation == self._generation:
            self.results.clear()
            self.status.setText(self.tr("This search could not run: {reason}").format(reason=exc))

    def _show(self, generation: int, hits: Sequence[search.SearchHit], references: dict[int, str]) -> None:
        if generation != self._generation:
            return  # the user typed since: a newer answer is on its way
        self._references = references
        self.results.clear()
        groups: dict[str, list[search.SearchHit]] = {}
        for hit in hits:
            groups.setdefault(hit.kind, []).append(hit)
        single_case = self.only_case.isChecked()
        first: QTreeWidgetItem | None = None
        for kind in search.KINDS:
            found = groups.get(kind)
            if not found:
                continue
            heading = QTreeWidgetItem([f"{self.tr(str(KIND_LABELS.get(kind, kind)))} ({len(found)})"])
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            self.results.addTopLevelItem(heading)
            for hit in found:
                item = QTreeWidgetItem([hit.title])
                item.setData(0, _HIT, hit)
                item.setData(0, _HTML, hit_html(hit, "" if single_case else references.get(hit.case_id, "")))
                item.setToolTip(0, search.plain(hit.snippet, start="", end=""))
                self.results.addTopLevelItem(item)
                first = first or item
        if first is not None:
            self.results.setCurrentItem(first)
        count = len(hits)
        more = self.tr(" (the first {n}: add words to narrow)").format(n=LIMIT) if count >= LIMIT else ""
        self.status.setText(self.tr("No match.") if not hits else self.tr("%n match(es){more}. ↑ ↓ to choose, Enter "
                                                                           "or double-click to open.", "", count).format(more=more))

    # --- navigation --------------------------------------------------------------------------------

    def current_hit(self) -> search.SearchHit | None:
        item = self.results.currentItem()
        hit = item.data(0, _HIT) if item is not None else None
        return hit if isinstance(hit, search.SearchHit) else None

    def step(self, step: int) -> None:
        """Select the next (+1) or previous (-1) hit, skipping headings."""
        count = self.results.topLevelItemCount()
        item = self.results.currentItem()
        row = self.results.indexOfTopLevelItem(item) if item is not None else -1
        row += step
        while 0 <= row < count:
            candidate = self.results.topLevelItem(row)
            if candidate is not None and candidate.data(0, _HIT) is not None:
                self.results.setCurrentItem(candidate)
                return
            row += step

    def open_current(self) -> None:
        if self._timer.isActive():
            self.run_now()  # Enter right after typing: answer this query, not the previous one
            return
        hit = self.current_hit()
        if hit is not None:
            self._open_hit(hit)

    def _open(self, item: QTreeWidgetItem) -> None:
        hit = item.data(0, _HIT)
        if isinstance(hit, search.SearchHit):
            self._open_hit(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Down:
                self.step(1)
                return True
            if key == Qt.Key.Key_Up:
                self.step(-1)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the results opens the hit instead of closing the dialog (QDialog's default).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return
        super().keyPressEvent(event)


def show_search(parent: QWidget, tasks: tasks_module.Tasks, open_hit: OpenHit, *, case_id: int | None = None,
                case_reference: str = "") -> SearchDialog:
    """Open the (non-modal) search dialog; the caller keeps it to reuse and to ``set_case``."""
    dialog = SearchDialog(tasks, open_hit, parent, case_id=case_id, case_reference=case_reference)
    dialog.show()
    dialog.query.setFocus()
    return dialog
