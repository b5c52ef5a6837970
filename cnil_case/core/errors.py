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
