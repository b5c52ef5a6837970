"""Undo and redo of timeline edits: a ``QUndoStack`` whose steps run on the database thread.

Each command knows its inverse through the core services: an added event is deleted, a deleted
one is added again with the same fields, an edit (or a star) is saved back. Both the change and
its undo are written to the audit log as ordinary edits: history is never rewritten.

Database work is asynchronous and can be refused (a colleague changed the event meanwhile: the
``version`` no longer matches, ``errors.ConflictError``), so ``History`` runs a step first and
moves the stack's index only once the step has succeeded. That is why the Edit menu must use
``History.undo_action`` / ``redo_action`` rather than ``QUndoStack.createUndoAction``, whose
actions would move the index before the database has answered. The commands' own ``redo`` and
``undo`` only keep the stack's bookkeeping.

An event deleted and added again gets a new id: ``History`` maps the first id of an event to its
current one, so older steps on the same event still find it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from cnil_case.core import errors, snapshots, timeline
from cnil_case.ui import language, messages
from cnil_case.ui import tasks as tasks_module

Resolve = Callable[[int], int]


class EventCommand(QUndoCommand):
    """One undoable step on the timeline.

    Subclasses build the ops (run on the database thread, given only values) and take their
    results back on the GUI thread. ``applied``/``reverted`` return the id of the event to
    select afterwards, or None.
    """

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


class History(QObject):
    """The undo stack of a window's timeline edits, run through ``tasks``.

    Signals:
        changed(object): a step was done, undone or redone; the id of the event to select, or None.
        busy_changed(bool): a step is running (the actions are disabled meanwhile).
    """

    changed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, *, tasks: tasks_module.Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._busy = False
        self._ids: dict[int, int] = {}
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

    def current_id(self, key: int) -> int:
        """The id an event has now, given the id it had when a step first saw it."""
        return self._ids.get(key, key)

    def _remap(self, key: int, new_id: int) -> None:
        self._ids[key] = new_id

    def record(self, command: EventCommand) -> None:
        """Put a step that is already done (a dialog saved it) on the stack."""
        self.undo_stack.push(command)
        self._refresh_actions()

    def do(self, command: EventCommand, *, parent: QWidget | None = None,
           done: Callable[[int | None], None] | None = None) -> None:
        """Do a step on the database thread; it goes on the stack only if it succeeds."""
        def success(result: Any) -> None:
            select = command.applied(result, self._remap)
            self.record(command)
            self.changed.emit(select)
            if done is not None:
                done(select)
        self._run(command.apply_op(self.current_id), success, parent, refused=None)

    def undo(self) -> None:
        """Undo the last step, unless it can no longer be (then say why and keep the stack)."""
        stack = self.undo_stack
        if self._busy or not stack.canUndo():
            return
        command = stack.command(stack.index() - 1)
        assert isinstance(command, EventCommand)

        def success(result: Any) -> None:
            select = command.reverted(result, self._remap)
            stack.undo()
            self.changed.emit(select)
        self._run(command.revert_op(self.current_id), success, self._widget(),
                  refused=self.tr("Cannot undo “{action}”").format(action=command.text()))

    def redo(self) -> None:
        """Redo the last undone step, unless it can no longer be."""
        stack = self.undo_stack
        if self._busy or not stack.canRedo():
            return
        command = stack.command(stack.index())
        assert isinstance(command, EventCommand)

        def success(result: Any) -> None:
            select = command.applied(result, self._remap)
            stack.redo()
            self.changed.emit(select)
        self._run(command.apply_op(self.current_id), success, self._widget(),
                  refused=self.tr("Cannot redo “{action}”").format(action=command.text()))

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


def _undo_reason(exc: errors.UserError) -> str:
    if isinstance(exc, errors.ConflictError):
        who = exc.by or QCoreApplication.translate("undo", "someone else")
        return QCoreApplication.translate("undo", "{what} was changed by {who} since this step; undoing it would overwrite that change.").format(
            what=exc.what, who=who)
    return language.error_text(exc)
