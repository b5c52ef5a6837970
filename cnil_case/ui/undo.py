"""Undo and redo of a case's edits: a ``QUndoStack`` whose steps run on the database thread.

One ``History`` serves a window: the timeline, the Overview, the parties, the findings and their
measures, the correspondence. Each command knows its inverse through the core services: an added
record is deleted, a deleted one is added again with the same fields, an edit (or a star) is saved
back. Both the change and its undo are written to the audit log as ordinary edits: history is
never rewritten. Where the inverse cannot be exact (a removed party had obligations recorded
against it, a deleted request had answers filed under it, a new finding's confirmation added a
timeline event), the undo is refused with the reason rather than done by half.

Database work is asynchronous and can be refused (a colleague changed the event meanwhile: the
``version`` no longer matches, ``errors.ConflictError``), so ``History`` runs a step first and
moves the stack's index only once the step has succeeded. That is why the Edit menu must use
``History.undo_action`` / ``redo_action`` rather than ``QUndoStack.createUndoAction``, whose
actions would move the index before the database has answered. The commands' own ``redo`` and
``undo`` only keep the stack's bookkeeping.

A record deleted and added again gets a new id: ``History`` maps the first id of a record (by
kind) to its current one, so older steps on the same record still find it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from cnil_case.core import (
    cases,
    correspondence,
    errors,
    findings,
    models,
    parties,
    snapshots,
    timeline,
)
from cnil_case.ui import language, messages, wallclock
from cnil_case.ui import tasks as tasks_module

Resolve = Callable[[int], int]

# Kinds of steps: the namespace of the ids ``History`` maps, and what ``History.changed`` names.
EVENT, CASE, PARTY, FINDING, MEASURE, CORRESPONDENCE = "event", "case", "party", "finding", "measure", "correspondence"


class Refused(errors.UserError):
    """An undo or redo that would not be exact: nothing was changed.

    ``dependents`` counts, by kind (see ``parties.RemovedParty``), the records that would be
    lost or left behind; ``removed`` says whether they were lost when the record was removed
    (a re-creation would not bring them back) or refer to it now (a removal would drop them).
    """

    def __init__(self, dependents: dict[str, int], *, removed: bool) -> None:
        super().__init__(f"{'removed with it' if removed else 'refer to it'}: {dependents}")
        self.dependents = dependents
        self.removed = removed


class EventCommand(QUndoCommand):
    """One undoable step.

    Subclasses build the ops (run on the database thread, given only values) and take their
    results back on the GUI thread. ``applied``/``reverted`` return what to select afterwards
    (the id of the event, the saved row), or None. ``kind`` says what the step changed.
    """

    kind = EVENT

    def redo(self) -> None:
        """Bookkeeping only: ``History`` has already done the work."""

    def undo(self) -> None:
        """Bookkeeping only: ``History`` has already done the work."""

    def apply_op(self, resolve: Resolve) -> tasks_module.Op[Any]:
        raise TypeError(f"{type(self).__name__} must define apply_op()")

    def applied(self, result: Any, remap: Callable[[int, int], None]) -> int | None:
        raise TypeError(f"{type(self).__name__} must define applied()")

    def revert_op(self, resolve: Resolve) -> tasks_module.Op[Any]:
        raise TypeError(f"{type(self).__name__} must define revert_op()")

    def reverted(self, result: Any, remap: Callable[[int, int], None]) -> int | None:
        raise TypeError(f"{type(self).__name__} must define reverted()")


class AddEvents(EventCommand):
    """Events added (by the form, the quick-add line or a paste); undo deletes them."""

    def __init__(self, case_id: int, inputs: Sequence[snapshots.EventInput], *,
                 rows: Sequence[snapshots.EventRow] = ()) -> None:
        super().__init__()
        self._case_id = case_id
        self._inputs = list(inputs)
        # The first id of each event (the key of History's id map) and its version as added.
        self._keys: list[int] = [r.id for r in rows]
        self._versions: list[int] = [r.version for r in rows]
        if len(self._inputs) == 1:
            self.setText(QCoreApplication.translate("undo", "Add event “{title}”").format(title=self._inputs[0].title.strip()))
        else:
            self.setText(QCoreApplication.translate("undo", "Add {n} events").format(n=len(self._inputs)))

    @classmethod
    def done(cls, rows: Sequence[snapshots.EventRow]) -> AddEvents:
        """The step for events already added (e.g. saved by the event dialog)."""
        return cls(rows[0].case_id, [r.as_input() for r in rows], rows=rows)

    def apply_op(self, resolve: Resolve) -> tasks_module.Op[list[snapshots.EventRow]]:
        case_id, inputs = self._case_id, list(self._inputs)
        # One transaction: a pasted batch is added whole or not at all.
        return lambda s: [timeline.add_event(s, case_id, data) for data in inputs]

    def applied(self, result: list[snapshots.EventRow], remap: Callable[[int, int], None]) -> int | None:
        if self._keys:
            for key, row in zip(self._keys, result, strict=True):
                remap(key, row.id)
        else:
            self._keys = [r.id for r in result]
        self._versions = [r.version for r in result]
        return result[0].id if result else None

    def revert_op(self, resolve: Resolve) -> tasks_module.Op[list[snapshots.EventRow]]:
        targets = [(resolve(k), v) for k, v in zip(self._keys, self._versions, strict=True)]
        return lambda s: [timeline.delete_event(s, event_id, expected_version=version)
                          for event_id, version in targets]

    def reverted(self, result: list[snapshots.EventRow], remap: Callable[[int, int], None]) -> int | None:
        return None


class DeleteEvent(EventCommand):
    """An event deleted; undo adds it again with the same fields (a new id, mapped to the old)."""

    def __init__(self, row: snapshots.EventRow) -> None:
        super().__init__()
        self._key = row.id
        self._row = row
        # None the first time (the view deletes what it shows, as before); a redo deletes only
        # the event as its undo re-created it.
        self._version: int | None = None
        self.setText(QCoreApplication.translate("undo", "Delete event “{title}”").format(title=row.title))

    def apply_op(self, resolve: Resolve) -> tasks_module.Op[snapshots.EventRow]:
        event_id, version = resolve(self._key), self._version
        # It returns the fields as they were when deleted: undo brings back exactly those.
        return lambda s: timeline.delete_event(s, event_id, expected_version=version)

    def applied(self, result: snapshots.EventRow, remap: Callable[[int, int], None]) -> int | None:
        self._row = result
        return None

    def revert_op(self, resolve: Resolve) -> tasks_module.Op[snapshots.EventRow]:
        case_id, data = self._row.case_id, self._row.as_input()
        return lambda s: timeline.add_event(s, case_id, data)

    def reverted(self, result: snapshots.EventRow, remap: Callable[[int, int], None]) -> int | None:
        remap(self._key, result.id)
        self._version = result.version
        return result.id


class EditEvent(EventCommand):
    """An event's fields saved (the form, or a star); undo saves the former fields back."""

    def __init__(self, before: snapshots.EventRow, after: snapshots.EventRow | None = None, *,
                 starred: bool | None = None) -> None:
        super().__init__()
        self._key = before.id
        self._before = before.as_input()
        self._after = after.as_input() if after is not None else snapshots.EventInput(
            **{**before.as_input().__dict__, "starred": bool(starred)})
        # The version the next step expects to find: the one its own save left.
        self._version: int | None = after.version if after is not None else before.version
        if starred is None:
            self.setText(QCoreApplication.translate("undo", "Edit event “{title}”").format(title=before.title))
        elif starred:
            self.setText(QCoreApplication.translate("undo", "Star event “{title}”").format(title=before.title))
        else:
            self.setText(QCoreApplication.translate("undo", "Unstar event “{title}”").format(title=before.title))

    def _save(self, resolve: Resolve, data: snapshots.EventInput) -> tasks_module.Op[snapshots.EventRow]:
        event_id, version = resolve(self._key), self._version
        return lambda s: timeline.update_event(s, event_id, data, expected_version=version)

    def apply_op(self, resolve: Resolve) -> tasks_module.Op[snapshots.EventRow]:
        return self._save(resolve, self._after)

    def applied(self, result: snapshots.EventRow, remap: Callable[[int, int], None]) -> int | None:
        self._version = result.version
        return result.id

    def revert_op(self, resolve: Resolve) -> tasks_module.Op[snapshots.EventRow]:
        return self._save(resolve, self._before)

    def reverted(self, result: snapshots.EventRow, remap: Callable[[int, int], None]) -> int | None:
        self._version = result.version
        return result.id


# --- the other records of a case ---------------------------------------------------------------


class Row(Protocol):
    """A snapshot of a saved record: what the generic steps need of it."""

    @property
    def id(self) -> int: ...

    @property
    def version(self) -> int: ...


Create = Callable[[Any, Any], Any]  # (session, snapshot as deleted) -> the new row
Delete = Callable[[Any, int, int | None], tuple[Any, dict[str, int]]]  # -> (snapshot, what went with it)
Save = Callable[[Any, int, Any, int | None], Any]  # (session, id, input, expected version) -> the row
Check = Callable[[Any, int], dict[str, int]]  # what refers to the record now (an undo of an add)


class AddRecord(EventCommand):
    """A record added (a dialog saved it); undo deletes it, redo adds it again as it was."""

    def __init__(self, kind: str, text: str, row: Row, *, create: Create, delete: Delete,
                 check: Check | None = None) -> None:
        super().__init__()
        self.kind = kind
        self.setText(text)
        self._key = row.id
        self._row: Any = row
        self._version: int | None = row.version
        self._create, self._delete, self._check = create, delete, check

    def apply_op(self, resolve: Resolve) -> tasks_module.Op[Any]:
        create, row = self._create, self._row
        return lambda s: create(s, row)

    def applied(self, result: Any, remap: Callable[[int, int], None]) -> Any:
        remap(self._key, result.id)
        self._row, self._version = result, result.version
        return result

    def revert_op(self, resolve: Resolve) -> tasks_module.Op[Any]:
        record_id, version, delete, check = resolve(self._key), self._version, self._delete, self._check

        def op(s: Any) -> Any:
            referring = check(s, record_id) if check is not None else {}
            row, lost = delete(s, record_id, version)
            if referring or lost:
                raise Refused({**referring, **lost}, removed=False)  # the transaction rolls back
            return row
        return op

    def reverted(self, result: Any, remap: Callable[[int, int], None]) -> Any:
        self._row = result
        return None


class DeleteRecord(EventCommand):
    """A record deleted; undo adds it again with the same fields (a new id, mapped to the old)."""

    def __init__(self, kind: str, text: str, row: Row, *, create: Create, delete: Delete) -> None:
        super().__init__()
        self.kind = kind
        self.setText(text)
        self._key = row.id
        self._row: Any = row
        # As for events: the first delete takes what the view shows; a redo, what the undo made.
        self._version: int | None = row.version
        self._lost: dict[str, int] = {}
        self._create, self._delete = create, delete

    def apply_op(self, resolve: Resolve) -> tasks_module.Op[Any]:
        record_id, version, delete = resolve(self._key), self._version, self._delete
        return lambda s: delete(s, record_id, version)

    def applied(self, result: tuple[Any, dict[str, int]], remap: Callable[[int, int], None]) -> Any:
        self._row, self._lost = result
        return None

    def revert_op(self, resolve: Resolve) -> tasks_module.Op[Any]:
        create, row, lost = self._create, self._row, dict(self._lost)

        def op(s: Any) -> Any:
            if lost:
                raise Refused(lost, removed=True)
            return create(s, row)
        return op

    def reverted(self, result: Any, remap: Callable[[int, int], None]) -> Any:
        remap(self._key, result.id)
        self._version = result.version
        return result


class EditRecord(EventCommand):
    """A record's fields saved; undo saves the former fields back (if nobody saved it since)."""

    def __init__(self, kind: str, text: str, before: Any, after: Any, *, save: Save,
                 check: Check | None = None) -> None:
        super().__init__()
        self.kind = kind
        self.setText(text)
        self._key = before.id
        self._before, self._after = before.as_input(), after.as_input()
        self._version: int | None = after.version
        self._save, self._check = save, check

    def _op(self, resolve: Resolve, data: Any, check: Check | None) -> tasks_module.Op[Any]:
        record_id, version, save = resolve(self._key), self._version, self._save

        def op(s: Any) -> Any:
            referring = check(s, record_id) if check is not None else {}
            if referring:
                raise Refused(referring, removed=False)
            return save(s, record_id, data, version)
        return op

    def apply_op(self, resolve: Resolve) -> tasks_module.Op[Any]:
        return self._op(resolve, self._after, None)

    def applied(self, result: Any, remap: Callable[[int, int], None]) -> Any:
        self._version = result.version
        return result

    def revert_op(self, resolve: Resolve) -> tasks_module.Op[Any]:
        return self._op(resolve, self._before, self._check)

    def reverted(self, result: Any, remap: Callable[[int, int], None]) -> Any:
        self._version = result.version
        return result


# The Overview.

def edit_case(before: snapshots.CaseDetail, after: snapshots.CaseDetail) -> EditRecord:
    return EditRecord(CASE, QCoreApplication.translate("undo", "Edit the overview of {reference}").format(
        reference=after.reference), before, after,
        save=lambda s, i, data, v: cases.update(s, i, data, expected_version=v))


# Parties.

def _party_name(row: snapshots.PartyRow) -> str:
    return row.organisation_name


def _remove_party(s: Any, party_id: int, version: int | None) -> tuple[snapshots.PartyRow, dict[str, int]]:
    removed = parties.remove_party(s, party_id, expected_version=version)
    return removed.row, removed.dependents


def _add_party(s: Any, row: snapshots.PartyRow) -> snapshots.PartyRow:
    return parties.add_party(s, row.case_id, row.as_input())


def add_party(row: snapshots.PartyRow) -> AddRecord:
    return AddRecord(PARTY, QCoreApplication.translate("undo", "Add party “{name}”").format(name=_party_name(row)),
                     row, create=_add_party, delete=_remove_party)


def edit_party(before: snapshots.PartyRow, after: snapshots.PartyRow) -> EditRecord:
    return EditRecord(PARTY, QCoreApplication.translate("undo", "Edit party “{name}”").format(name=_party_name(after)),
                      before, after, save=lambda s, i, data, v: parties.update_party(s, i, data, expected_version=v))


def remove_party(row: snapshots.PartyRow) -> DeleteRecord:
    return DeleteRecord(PARTY, QCoreApplication.translate("undo", "Remove party “{name}”").format(name=_party_name(row)),
                        row, create=_add_party, delete=_remove_party)


# Findings and measures.

def _delete_finding(s: Any, finding_id: int, version: int | None) -> tuple[findings.FindingRow, dict[str, int]]:
    linked = findings.measures_of(s, finding_id)
    return findings.delete_finding(s, finding_id, expected_version=version), {"measures": linked} if linked else {}


def _add_finding(s: Any, row: findings.FindingRow) -> findings.FindingRow:
    return findings.add_finding(s, row.case_id, row.as_input())


def _finding_events(s: Any, finding_id: int) -> dict[str, int]:
    n = findings.timeline_events(s, finding_id)
    return {"events": n} if n else {}


def add_finding(row: findings.FindingRow) -> AddRecord:
    # A finding confirmed on creation may have added a timeline event: the undo is then refused.
    return AddRecord(FINDING, QCoreApplication.translate("undo", "Add finding “{title}”").format(title=row.title),
                     row, create=_add_finding, delete=_delete_finding, check=_finding_events)


def edit_finding(before: findings.FindingRow, after: findings.FindingRow) -> EditRecord:
    confirmed = models.FindingState.CONFIRMED.value
    # Confirming it may have added a timeline event, which restoring the fields would leave behind.
    check = _finding_events if after.state == confirmed and before.state != confirmed else None
    return EditRecord(FINDING, QCoreApplication.translate("undo", "Edit finding “{title}”").format(title=after.title),
                      before, after, check=check,
                      save=lambda s, i, data, v: findings.update_finding(s, i, data, expected_version=v))


def delete_finding(row: findings.FindingRow) -> DeleteRecord:
    return DeleteRecord(FINDING, QCoreApplication.translate("undo", "Delete finding “{title}”").format(title=row.title),
                        row, create=_add_finding, delete=_delete_finding)


def _measure_text(row: findings.MeasureRow) -> str:
    text = " ".join(row.description.split())
    return text if len(text) <= 60 else text[:59] + "…"


def _delete_measure(s: Any, measure_id: int, version: int | None) -> tuple[findings.MeasureRow, dict[str, int]]:
    return findings.delete_measure(s, measure_id, expected_version=version), {}


def _add_measure(s: Any, row: findings.MeasureRow) -> findings.MeasureRow:
    return findings.add_measure(s, row.case_id, row.as_input())


def add_measure(row: findings.MeasureRow) -> AddRecord:
    return AddRecord(MEASURE, QCoreApplication.translate("undo", "Add measure “{text}”").format(text=_measure_text(row)),
                     row, create=_add_measure, delete=_delete_measure)


def edit_measure(before: findings.MeasureRow, after: findings.MeasureRow) -> EditRecord:
    return EditRecord(MEASURE, QCoreApplication.translate("undo", "Edit measure “{text}”").format(text=_measure_text(after)),
                      before, after, save=lambda s, i, data, v: findings.update_measure(s, i, data, expected_version=v))


def delete_measure(row: findings.MeasureRow) -> DeleteRecord:
    return DeleteRecord(MEASURE, QCoreApplication.translate("undo", "Delete measure “{text}”").format(text=_measure_text(row)),
                        row, create=_add_measure, delete=_delete_measure)


# Correspondence.

def _delete_item(s: Any, item_id: int, version: int | None) -> tuple[correspondence.CorrespondenceRow, dict[str, int]]:
    filed = correspondence.replies(s, item_id)
    row = correspondence.delete(s, item_id, now=wallclock.now(), expected_version=version)
    return row, {"replies": filed} if filed else {}


def _add_item(s: Any, row: correspondence.CorrespondenceRow) -> correspondence.CorrespondenceRow:
    return correspondence.add(s, row.case_id, row.as_input(), now=wallclock.now())


def _item_events(s: Any, item_id: int) -> dict[str, int]:
    n = correspondence.timeline_events(s, item_id)
    return {"events": n} if n else {}


def add_correspondence(row: correspondence.CorrespondenceRow) -> AddRecord:
    # "Add a timeline event" ticked: the undo is refused while that event is on the timeline.
    return AddRecord(CORRESPONDENCE, QCoreApplication.translate("undo", "Add correspondence “{subject}”").format(
        subject=row.subject), row, create=_add_item, delete=_delete_item, check=_item_events)


def edit_correspondence(before: correspondence.CorrespondenceRow,
                        after: correspondence.CorrespondenceRow) -> EditRecord:
    return EditRecord(CORRESPONDENCE, QCoreApplication.translate("undo", "Edit correspondence “{subject}”").format(
        subject=after.subject), before, after,
        save=lambda s, i, data, v: correspondence.update(s, i, data, now=wallclock.now(), expected_version=v))


def delete_correspondence(row: correspondence.CorrespondenceRow) -> DeleteRecord:
    return DeleteRecord(CORRESPONDENCE, QCoreApplication.translate("undo", "Delete correspondence “{subject}”").format(
        subject=row.subject), row, create=_add_item, delete=_delete_item)


class History(QObject):
    """The undo stack of a window's edits, run through ``tasks``.

    Signals:
        changed(str, object): a step was done, undone or redone: its kind (``EVENT``, ``CASE``,
            ``PARTY``, ``FINDING``, ``MEASURE``, ``CORRESPONDENCE``) and what to select (an
            event's id, the saved row, the case's ``CaseDetail``), or None.
        busy_changed(bool): a step is running (the actions are disabled meanwhile).
    """

    changed = Signal(str, object)
    busy_changed = Signal(bool)

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._busy = False
        self._case_id: int | None = None
        self._ids: dict[tuple[str, int], int] = {}
        self._guards: list[Callable[[EventCommand], str | None]] = []
        self.undo_stack = QUndoStack(self)
        self.undo_action = self._make_action(QKeySequence.StandardKey.Undo, "Ctrl+Z", self.undo)
        self.redo_action = self._make_action(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", self.redo)
        self.undo_stack.indexChanged.connect(self._refresh_actions)
        self.undo_stack.cleanChanged.connect(self._refresh_actions)
        self._refresh_actions()

    # --- the Edit menu -------------------------------------------------------------------------

    def _make_action(self, standard: QKeySequence.StandardKey, fallback: str,
                     slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        keys = [QKeySequence(fallback)] + [k for k in QKeySequence.keyBindings(standard)
                                           if k != QKeySequence(fallback)]
        action.setShortcuts(keys)
        action.triggered.connect(slot)
        return action

    def create_undo_action(self, parent: QObject, prefix: str = "") -> QAction:
        """The Undo action (Ctrl+Z), kept up to date; ``parent`` is ignored, one action serves all.

        Named like ``QUndoStack.createUndoAction`` so the window can use either; see the module
        docstring for why this one must be used.
        """
        return self.undo_action

    def create_redo_action(self, parent: QObject, prefix: str = "") -> QAction:
        """The Redo action (Ctrl+Shift+Z), kept up to date."""
        return self.redo_action

    # Qt's names, for a window that calls them as it would on a QUndoStack.
    createUndoAction = create_undo_action
    createRedoAction = create_redo_action

    def _refresh_actions(self) -> None:
        stack = self.undo_stack
        can_undo = stack.canUndo() and not self._busy
        can_redo = stack.canRedo() and not self._busy
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        self.undo_action.setText(self.tr("&Undo {action}").format(action=stack.undoText()).strip()
                                 if stack.canUndo() else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {action}").format(action=stack.redoText()).strip()
                                 if stack.canRedo() else self.tr("&Redo"))

    # --- steps ---------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def current_id(self, key: int, kind: str = EVENT) -> int:
        """The id a record has now, given the id it had when a step first saw it."""
        return self._ids.get((kind, key), key)

    def _resolver(self, command: EventCommand) -> Resolve:
        return lambda key: self.current_id(key, command.kind)

    def _remapper(self, command: EventCommand) -> Callable[[int, int], None]:
        def remap(key: int, new_id: int) -> None:
            self._ids[(command.kind, key)] = new_id
        return remap

    def add_guard(self, guard: Callable[[EventCommand], str | None]) -> None:
        """Ask ``guard`` before undoing or redoing a step: a sentence refuses it (e.g. the
        Overview has unsaved edits that the step would overwrite on screen)."""
        self._guards.append(guard)

    def _guarded(self, command: EventCommand, refused: str) -> bool:
        for guard in self._guards:
            reason = guard(command)
            if reason:
                messages.show_error(self._widget(), errors.UserError(
                    self.tr("{refused}: {reason}").format(refused=refused, reason=reason)))
                return True
        return False

    def record(self, command: EventCommand) -> None:
        """Put a step that is already done (a dialog saved it) on the stack."""
        self.undo_stack.push(command)
        self._refresh_actions()

    def do(self, command: EventCommand, *, parent: QWidget | None = None,
           done: Callable[[int | None], None] | None = None) -> None:
        """Do a step on the database thread; it goes on the stack only if it succeeds."""
        def success(result: Any) -> None:
            select = command.applied(result, self._remapper(command))
            self.record(command)
            self.changed.emit(command.kind, select)
            if done is not None:
                done(select)
        self._run(command.apply_op(self._resolver(command)), success, parent, refused=None)

    def undo(self) -> None:
        """Undo the last step, unless it can no longer be (then say why and keep the stack)."""
        stack = self.undo_stack
        if self._busy or not stack.canUndo():
            return
        command = stack.command(stack.index() - 1)
        assert isinstance(command, EventCommand)
        refused = self.tr("Cannot undo “{action}”").format(action=command.text())
        if self._guarded(command, refused):
            return

        def success(result: Any) -> None:
            select = command.reverted(result, self._remapper(command))
            stack.undo()
            self.changed.emit(command.kind, select)
        self._run(command.revert_op(self._resolver(command)), success, self._widget(), refused=refused)

    def redo(self) -> None:
        """Redo the last undone step, unless it can no longer be."""
        stack = self.undo_stack
        if self._busy or not stack.canRedo():
            return
        command = stack.command(stack.index())
        assert isinstance(command, EventCommand)
        refused = self.tr("Cannot redo “{action}”").format(action=command.text())
        if self._guarded(command, refused):
            return

        def success(result: Any) -> None:
            select = command.applied(result, self._remapper(command))
            stack.redo()
            self.changed.emit(command.kind, select)
        self._run(command.apply_op(self._resolver(command)), success, self._widget(), refused=refused)

    def open_case(self, case_id: int | None) -> None:
        """The views show this case now: steps on another case's records are forgotten."""
        if case_id != self._case_id:
            self.clear()
        self._case_id = case_id

    def clear(self) -> None:
        """Forget every step (another case was opened)."""
        self.undo_stack.clear()
        self._ids.clear()
        self._refresh_actions()

    def _widget(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def _run(self, op: tasks_module.Op[Any], success: Callable[[Any], None], parent: QWidget | None,
             *, refused: str | None) -> None:
        self._set_busy(True)

        def ok(result: Any) -> None:
            self._set_busy(False)
            success(result)

        def failed(exc: errors.UserError) -> None:
            self._set_busy(False)
            if refused is None:
                messages.show_error(parent, exc)
                return
            messages.show_error(parent, errors.UserError(
                self.tr("{refused}: {reason} Nothing was changed; the step stays in the list.").format(
                    refused=refused, reason=_undo_reason(exc))))
        self._tasks.run_db(op, parent=self, success=ok, failure=failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._refresh_actions()
        self.busy_changed.emit(busy)


def _dependent_text(kind: str, n: int) -> str:
    texts = {
        "obligations": QCoreApplication.translate("undo", "{n} obligation record(s) (notifications, decisions)"),
        "events": QCoreApplication.translate("undo", "{n} timeline event(s)"),
        "evidence": QCoreApplication.translate("undo", "{n} evidence item(s)"),
        "correspondence": QCoreApplication.translate("undo", "{n} correspondence item(s)"),
        "findings": QCoreApplication.translate("undo", "{n} finding(s)"),
        "measures": QCoreApplication.translate("undo", "{n} measure(s)"),
        "parties": QCoreApplication.translate("undo", "{n} party(ies) working for it"),
        "replies": QCoreApplication.translate("undo", "{n} answer(s) or reminder(s) filed under it"),
    }
    return texts.get(kind, f"{kind}: {{n}}").format(n=n)


def _dependents_text(dependents: dict[str, int]) -> str:
    return ", ".join(_dependent_text(kind, n) for kind, n in dependents.items())


def _undo_reason(exc: errors.UserError) -> str:
    if isinstance(exc, Refused):
        if exc.removed:
            return QCoreApplication.translate("undo", "when it was removed, {what} went or lost their link with it; adding it back would not restore them.").format(
                what=_dependents_text(exc.dependents))
        return QCoreApplication.translate("undo", "{what} refer to it now; removing it would delete them or lose their link with it.").format(
            what=_dependents_text(exc.dependents))
    if isinstance(exc, errors.ConflictError):
        who = exc.by or QCoreApplication.translate("undo", "someone else")
        return QCoreApplication.translate("undo", "{what} was changed by {who} since this step; undoing it would overwrite that change.").format(
            what=exc.what, who=who)
    return language.error_text(exc)
