"""The audit log of a case (or of the whole workspace), newest first, fetched in batches.

The log is append-only and can grow long, so the view pulls it with ``fetchMore`` in batches of
``BATCH`` rows through ``tasks``. Each row summarises what changed (before → after); the full
before and after values are in the tooltip and in ``details``.

An entry's "What happened" is English text stored when it was written, and the entry's hash covers
it: the log is never rewritten. The window writes it again in its language from the stored text
itself: ``SUMMARIES`` lists what the core writes, as templates; a summary that fits one is taken
apart into its values (names as the user typed them; changed fields, roles) and the template's
translation is filled with them. One that fits none (a new kind, an older wording) shows as stored.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from cnil_case.core import audit, snapshots, times
from cnil_case.ui import labels
from cnil_case.ui import tasks as tasks_module

Index = QModelIndex | QPersistentModelIndex

BATCH = 200
WHEN, WHO, ACTION, WHAT, CHANGES = range(5)
COLUMNS = 5
_SHORT = 40


class HistoryModel(QAbstractTableModel):
    """Audit entries, newest first.

    Signals:
        batch_loaded(): a batch arrived (possibly empty: the log is then complete).
    """

    batch_loaded = Signal()

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._rows: list[snapshots.AuditRow] = []
        self._active = False
        self._case_id: int | None = None
        self._zone = times.DEFAULT_ZONE
        self._complete = False
        self._fetching = False
        self._generation = 0

    def load(self, case_id: int | None, zone: str) -> None:
        """Show a case's history, or the whole workspace's when ``case_id`` is None."""
        self._active = True
        self._case_id = case_id
        self._zone = zone
        self.reload()

    def clear(self) -> None:
        self._active = False
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def set_zone(self, zone: str) -> None:
        self._zone = zone
        if self._rows:
            self.dataChanged.emit(self.index(0, WHEN), self.index(len(self._rows) - 1, WHEN))

    def reload(self) -> None:
        """Start again from the newest entry (after a change, new entries are at the top)."""
        if not self._active:
            return
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._complete = False
        self._fetching = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def entry_at(self, row: int) -> snapshots.AuditRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- Fetch More ---------------------------------------------------------------------------

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._active and not self._complete and not self._fetching

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        case_id, offset = self._case_id, len(self._rows)
        self._tasks.run_db(
            lambda s: audit.history(s, case_id, offset=offset, limit=BATCH),
            parent=self,
            success=self._batch_arrived(self._generation),
        )

    def _batch_arrived(self, generation: int) -> Callable[[list[snapshots.AuditRow]], None]:
        def done(batch: list[snapshots.AuditRow]) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            if len(batch) < BATCH:
                self._complete = True
            if batch:
                start = len(self._rows)
                # The last new row is start + n - 1 (the PySide6 Fetch More port gets it wrong).
                self.beginInsertRows(QModelIndex(), start, start + len(batch) - 1)
                self._rows.extend(batch)
                self.endInsertRows()
            self.batch_loaded.emit()
        return done

    # --- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("What"), self.tr("Changes")]
            return names[section] if 0 <= section < COLUMNS else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == WHEN:
                return times.display(entry.at, self._zone, "exact")
            if column == WHO:
                return entry.actor
            if column == ACTION:
                return self.tr("{entity} {action}", "an audit entry: what, then what was done to it").format(
                    entity=labels.name(labels.ENTITIES, entry.entity), action=labels.name(labels.ACTIONS, entry.action))
            if column == WHAT:
                return summary(entry)
            if column == CHANGES:
                return summarise(entry)
        elif role == Qt.ItemDataRole.ToolTipRole and column in (WHAT, CHANGES):
            return details(entry)
        elif role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None


# Fields whose values are stored codes with a translated name (a code not in the table shows as stored).
_CODES = {"category": labels.CATEGORIES, "status": labels.STATUSES, "role": labels.ROLES}


def _value(field: str, value: Any) -> str:
    """A stored value, shortened; a code of a known field by its translated name."""
    if field in _CODES and isinstance(value, str) and value in _CODES[field]:
        return labels.name(_CODES[field], value)
    return _short(value)


def _short(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, dict) and "at" in value:
        text = str(value["at"]).replace("T", " ")[:16] + " UTC"
    elif isinstance(value, list):
        text = ", ".join(str(v) for v in value)
    elif isinstance(value, bool):
        text = (QCoreApplication.translate("HistoryModel", "yes") if value
                else QCoreApplication.translate("HistoryModel", "no"))
    else:
        text = " ".join(str(value).split())
    return text if len(text) <= _SHORT else text[: _SHORT - 1] + "…"


# Edits that move deadlines list them under this key (label → [old due, new due]).
CLOCKS_MOVED = "clocks_moved"


def _moved(value: Any) -> str:
    count = len(value) if isinstance(value, dict) else 0
    return QCoreApplication.translate("HistoryModel", "deadlines moved: %n", "", count)


def summarise(entry: snapshots.AuditRow) -> str:
    """One line: ``field: before → after`` for an edit, the values set for a creation."""
    before, after = entry.before or {}, entry.after or {}
    if entry.before and entry.after:
        changed = QCoreApplication.translate("HistoryModel", "{field}: {before} → {after}")
        return "; ".join(_moved(after[k]) if k == CLOCKS_MOVED
                         else changed.format(field=field_name(k), before=_value(k, before.get(k)), after=_value(k, after.get(k)))
                         for k in after)
    values = after or before
    set_to = QCoreApplication.translate("HistoryModel", "{field}: {value}")
    return "; ".join(set_to.format(field=field_name(k), value=_value(k, v))
                     for k, v in values.items() if v not in (None, "", [], False))


def details(entry: snapshots.AuditRow) -> str:
    """The full before and after values, for the tooltip and the detail pane."""
    parts = [summary(entry)]
    for title, value in (
        (QCoreApplication.translate("HistoryModel", "Before"), entry.before),
        (QCoreApplication.translate("HistoryModel", "After"), entry.after),
    ):
        if value is not None:
            parts.append(f"{title}:\n{json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True)}")
    return "\n\n".join(parts)


# --- "What happened" in the reader's language --------------------------------------------------

# What the core's services write (English), in the order tried: the first that fits wins.
# ``{fields}`` is the list of changed fields, ``{role}`` a party role code; other values are
# names and numbers as stored. Keep in step with the services (tests/ui/test_history_in_french.py).
SUMMARIES = (
    QT_TRANSLATE_NOOP("HistoryModel", "Case {reference} created"),
    QT_TRANSLATE_NOOP("HistoryModel", "Case {reference} edited ({fields})"),
    QT_TRANSLATE_NOOP("HistoryModel", "Case {reference} closed"),
    QT_TRANSLATE_NOOP("HistoryModel", "Case {reference} reopened"),
    QT_TRANSLATE_NOOP("HistoryModel", "Event added: {title}"),
    QT_TRANSLATE_NOOP("HistoryModel", "Event edited: {title} ({fields})"),
    QT_TRANSLATE_NOOP("HistoryModel", "Event deleted: {title}"),
    QT_TRANSLATE_NOOP("HistoryModel", "Organisation {name} created"),
    QT_TRANSLATE_NOOP("HistoryModel", "Organisation {name} edited ({fields})"),
    QT_TRANSLATE_NOOP("HistoryModel", "Organisation {name} deleted"),
    QT_TRANSLATE_NOOP("HistoryModel", "Party {name} added as {role}"),
    QT_TRANSLATE_NOOP("HistoryModel", "Party {name} edited ({fields})"),
    QT_TRANSLATE_NOOP("HistoryModel", "Party {name} ({role}) removed"),
    QT_TRANSLATE_NOOP("HistoryModel", "Data concerned: {category} added"),
    QT_TRANSLATE_NOOP("HistoryModel", "Data concerned: {category} edited ({fields})"),
    QT_TRANSLATE_NOOP("HistoryModel", "Data concerned: {category} removed"),
    QT_TRANSLATE_NOOP("HistoryModel", "Persons concerned: {category} added"),
    QT_TRANSLATE_NOOP("HistoryModel", "Persons concerned: {category} edited ({fields})"),
    QT_TRANSLATE_NOOP("HistoryModel", "Persons concerned: {category} removed"),
    QT_TRANSLATE_NOOP("HistoryModel", "Evidence added: {name} (SHA-256 {sha256}…)"),
    QT_TRANSLATE_NOOP("HistoryModel", "Evidence edited: {name} ({fields})"),
    QT_TRANSLATE_NOOP("HistoryModel", "Evidence withdrawn: {name}"),
    QT_TRANSLATE_NOOP("HistoryModel", "Finding edited: {title} ({fields})"),
    QT_TRANSLATE_NOOP("HistoryModel", "Finding deleted: {title}"),
    QT_TRANSLATE_NOOP("HistoryModel", "Finding: {title}"),
    QT_TRANSLATE_NOOP("HistoryModel", "Measure edited ({fields})"),
    QT_TRANSLATE_NOOP("HistoryModel", "Measure deleted: {description}"),
    QT_TRANSLATE_NOOP("HistoryModel", "Correspondence edited: {subject} ({fields})"),
    QT_TRANSLATE_NOOP("HistoryModel", "Correspondence deleted: {subject} (with its answers)"),
)

# The fields the services record, by their stored names (labels for the Changes column and the
# lists of changed fields). A field not listed shows its stored name.
FIELDS = {
    "title": QT_TRANSLATE_NOOP("HistoryModel", "title"),
    "notes": QT_TRANSLATE_NOOP("HistoryModel", "notes"),
    "category": QT_TRANSLATE_NOOP("HistoryModel", "category"),
    "occurred": QT_TRANSLATE_NOOP("HistoryModel", "date and time"),
    "details": QT_TRANSLATE_NOOP("HistoryModel", "details"),
    "source": QT_TRANSLATE_NOOP("HistoryModel", "source"),
    "actor": QT_TRANSLATE_NOOP("HistoryModel", "actor"),
    "tags": QT_TRANSLATE_NOOP("HistoryModel", "tags"),
    "starred": QT_TRANSLATE_NOOP("HistoryModel", "starred"),
    "reference": QT_TRANSLATE_NOOP("HistoryModel", "reference"),
    "summary": QT_TRANSLATE_NOOP("HistoryModel", "summary"),
    "public_summary": QT_TRANSLATE_NOOP("HistoryModel", "public summary"),
    "nature": QT_TRANSLATE_NOOP("HistoryModel", "nature"),
    "origin_intent": QT_TRANSLATE_NOOP("HistoryModel", "origin (intent)"),
    "origin_source": QT_TRANSLATE_NOOP("HistoryModel", "origin (source)"),
    "vector": QT_TRANSLATE_NOOP("HistoryModel", "attack vector"),
    "data_description": QT_TRANSLATE_NOOP("HistoryModel", "data description"),
    "persons_description": QT_TRANSLATE_NOOP("HistoryModel", "persons description"),
    "breach_start": QT_TRANSLATE_NOOP("HistoryModel", "breach start"),
    "breach_end": QT_TRANSLATE_NOOP("HistoryModel", "breach end"),
    "discovered": QT_TRANSLATE_NOOP("HistoryModel", "discovered"),
    "display_zone": QT_TRANSLATE_NOOP("HistoryModel", "time zone"),
    "protection": QT_TRANSLATE_NOOP("HistoryModel", "protection"),
    "key_compromised": QT_TRANSLATE_NOOP("HistoryModel", "key compromised"),
    "protection_note": QT_TRANSLATE_NOOP("HistoryModel", "protection note"),
    "status": QT_TRANSLATE_NOOP("HistoryModel", "status"),
    "name": QT_TRANSLATE_NOOP("HistoryModel", "name"),
    "siren": QT_TRANSLATE_NOOP("HistoryModel", "SIREN"),
    "siret": QT_TRANSLATE_NOOP("HistoryModel", "SIRET"),
    "country": QT_TRANSLATE_NOOP("HistoryModel", "country"),
    "address": QT_TRANSLATE_NOOP("HistoryModel", "address"),
    "contact_name": QT_TRANSLATE_NOOP("HistoryModel", "contact name"),
    "contact_email": QT_TRANSLATE_NOOP("HistoryModel", "contact email"),
    "contact_phone": QT_TRANSLATE_NOOP("HistoryModel", "contact phone"),
    "dpo_name": QT_TRANSLATE_NOOP("HistoryModel", "DPO name"),
    "dpo_email": QT_TRANSLATE_NOOP("HistoryModel", "DPO email"),
    "dpo_phone": QT_TRANSLATE_NOOP("HistoryModel", "DPO phone"),
    "organisation": QT_TRANSLATE_NOOP("HistoryModel", "organisation"),
    "role": QT_TRANSLATE_NOOP("HistoryModel", "role"),
    "aware": QT_TRANSLATE_NOOP("HistoryModel", "awareness"),
    "awareness_note": QT_TRANSLATE_NOOP("HistoryModel", "awareness note"),
    "regimes": QT_TRANSLATE_NOOP("HistoryModel", "regimes"),
    "notice_hours": QT_TRANSLATE_NOOP("HistoryModel", "notice hours"),
    "subject_target_hours": QT_TRANSLATE_NOOP("HistoryModel", "target for data subjects (hours)"),
    "holiday_calendar": QT_TRANSLATE_NOOP("HistoryModel", "holiday calendar"),
    "classified": QT_TRANSLATE_NOOP("HistoryModel", "classification"),
    "serves": QT_TRANSLATE_NOOP("HistoryModel", "serves"),
    "records": QT_TRANSLATE_NOOP("HistoryModel", "records"),
    "count_kind": QT_TRANSLATE_NOOP("HistoryModel", "kind of count"),
    "count_low": QT_TRANSLATE_NOOP("HistoryModel", "count (low)"),
    "count_high": QT_TRANSLATE_NOOP("HistoryModel", "count (high)"),
    "countries": QT_TRANSLATE_NOOP("HistoryModel", "countries"),
    "description": QT_TRANSLATE_NOOP("HistoryModel", "description"),
    "original_name": QT_TRANSLATE_NOOP("HistoryModel", "file name"),
    "acquired": QT_TRANSLATE_NOOP("HistoryModel", "acquired"),
    "acquired_by": QT_TRANSLATE_NOOP("HistoryModel", "acquired by"),
    "method": QT_TRANSLATE_NOOP("HistoryModel", "method"),
    "exhibit": QT_TRANSLATE_NOOP("HistoryModel", "exhibit"),
    "facts": QT_TRANSLATE_NOOP("HistoryModel", "facts"),
    "articles": QT_TRANSLATE_NOOP("HistoryModel", "articles"),
    "severity": QT_TRANSLATE_NOOP("HistoryModel", "severity"),
    "state": QT_TRANSLATE_NOOP("HistoryModel", "state"),
    "kind": QT_TRANSLATE_NOOP("HistoryModel", "kind"),
    "owner": QT_TRANSLATE_NOOP("HistoryModel", "owner"),
    "subject": QT_TRANSLATE_NOOP("HistoryModel", "subject"),
    "sent": QT_TRANSLATE_NOOP("HistoryModel", "sent"),
    "fulfilled": QT_TRANSLATE_NOOP("HistoryModel", "fulfilled"),
    "reasons_for_delay": QT_TRANSLATE_NOOP("HistoryModel", "reasons for the delay"),
    "not_required_reason": QT_TRANSLATE_NOOP("HistoryModel", "why not required"),
    "evidence_ids": QT_TRANSLATE_NOOP("HistoryModel", "evidence"),
}


def field_name(field: str) -> str:
    """A stored field name for a reader: ``category`` → « catégorie »."""
    return QCoreApplication.translate("HistoryModel", str(FIELDS[field])) if field in FIELDS else field


@functools.cache
def _pattern(template: str) -> re.Pattern[str]:
    """The regular expression that takes a summary written from ``template`` apart."""
    parts = re.split(r"\{(\w+)\}", template)
    wanted = {"fields": r"\w+(?:, \w+)*", "role": r"\w+", "sha256": r"[0-9a-f]+"}
    out = [re.escape(part) if i % 2 == 0 else f"(?P<{part}>{wanted.get(part, '.+')})" for i, part in enumerate(parts)]
    return re.compile("".join(out) + r"\Z", re.DOTALL)


def summary(entry: snapshots.AuditRow) -> str:
    """The entry's "What happened" in the interface's language; the stored text when no template fits."""
    for template in SUMMARIES:
        found = _pattern(str(template)).match(entry.summary)
        if found is None:
            continue
        translated = QCoreApplication.translate("HistoryModel", str(template))
        if translated == template:
            return entry.summary
        values = found.groupdict()
        if "fields" in values:
            values["fields"] = ", ".join(field_name(f) for f in values["fields"].split(", "))
        if "role" in values:
            values["role"] = labels.name(labels.ROLES, values["role"]).lower()
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):
            return entry.summary
    return entry.summary
