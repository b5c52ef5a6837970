"""Errors a user can act on, as opposed to bugs.

A ``UserError`` carries one actionable sentence naming what is wrong and where; the GUI shows it
in a dialog, the CLI prints it on one line. Any other exception is a bug.
"""

from __future__ import annotations

import datetime as dt


class UserError(Exception):
    """Something the user or their environment can fix."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(UserError):
    """A field of a form or a document holds a value the domain refuses."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.reason = message


class NotFoundError(UserError):
    """A case, party, event or organisation that the user named does not exist."""


class StorageError(UserError):
    """The database cannot be used as it is (locked, read-only, corrupt, full, newer…)."""


class ConflictError(UserError):
    """Someone saved the record after this copy of it was read: the save was refused.

    Optimistic locking (a ``version`` column): nothing was written, so the form that made the
    edit keeps it and offers to reload. ``by`` and ``at`` name the last change when known.
    """

    def __init__(self, what: str, *, by: str | None = None, at: dt.datetime | None = None) -> None:
        who = f"by {by}" if by else "by someone else"
        when = f" at {at.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC" if at else ""
        super().__init__(
            f"{what} was changed {who}{when} since you opened it: your edit was not saved. "
            "Reload to see their change, then apply yours again."
        )
        self.what = what
        self.by = by
        self.at = at


class ReadOnlyError(StorageError):
    """The database role the workspace was opened with may read it but not change it."""


class DocumentError(UserError):
    """A case document (JSON) is malformed; ``path`` is the JSON path of the problem."""

    def __init__(self, source: str, path: str, message: str) -> None:
        where = f"{source}, at {path}" if path else source
        super().__init__(f"{where}: {message}")
        self.source = source
        self.path = path
        self.reason = message


class TimeError(ValidationError):
    """A local time that does not exist in the zone, or is ambiguous and needs a choice."""


class NonexistentTimeError(TimeError):
    """The local time falls in a spring-forward gap."""


class AmbiguousTimeError(TimeError):
    """The local time happens twice (autumn fall-back); ``candidates`` are both instants."""

    def __init__(self, field: str, message: str, candidates: tuple[dt.datetime, ...]) -> None:
        super().__init__(field, message)
        self.candidates = candidates
