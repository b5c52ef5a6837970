"""Errors a user can act on, as opposed to bugs.

A ``UserError`` carries one actionable sentence naming what is wrong and where; the GUI shows it
in a dialog, the CLI prints it on one line. Any other exception is a bug.

The sentence may be a ``phrases.Phrase``: ``str(error)`` is then still the English sentence (the
CLI, the logs and the tests read it), and ``error.phrase`` keeps how it was made, so the window
writes it in the user's language (``ui.language.text(error.phrase)``). A ``ValidationError``'s
field name and reason may be Phrases too: "Title: must not be empty" becomes
« Titre : ne doit pas être vide ».
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from cnil_case.core.phrases import Phrase


def not_one_of(value: str, choices: Iterable[str]) -> Phrase:
    """``'x' is not one of a, b, c``: a value outside a fixed list (the choices are codes, kept as they are)."""
    return Phrase("errors", "{value!r} is not one of {choices}", value=value, choices=", ".join(choices))


def case_not_found(case_id: int) -> Phrase:
    """The sentence for a case that vanished, shared by the services that load one."""
    # The id as text: a number in the user's locale would read "#1 234".
    return Phrase("errors", "Case #{case_id} does not exist (it may have been deleted).", case_id=str(case_id))


# The reasons most fields share.
MUST_NOT_BE_EMPTY = Phrase("errors", "must not be empty")


class UserError(Exception):
    """Something the user or their environment can fix."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return str.__str__(self.message)  # the English sentence, even when it is a Phrase

    @property
    def phrase(self) -> Phrase:
        """The whole message as a Phrase, for ``ui.language.text``: a plain English ``str`` given
        by older code is wrapped as it is (shown untranslated)."""
        if isinstance(self.message, Phrase):
            return self.message
        return Phrase("errors", "{message}", message=self.message)


class ValidationError(UserError):
    """A field of a form or a document holds a value the domain refuses."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(Phrase("errors", "{field}: {reason}", field=field, reason=message))
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
        who = Phrase("errors", "by {user}", user=by) if by else Phrase("errors", "by someone else")
        when = Phrase("errors", " at {when} UTC", when=f"{at.astimezone(dt.UTC):%Y-%m-%d %H:%M}") if at else ""
        super().__init__(Phrase(
            "errors", "{what} was changed {who}{when} since you opened it: your edit was not saved. "
            "Reload to see their change, then apply yours again.", what=what, who=who, when=when,
        ))
        self.what = what
        self.by = by
        self.at = at


class ReadOnlyError(StorageError):
    """The database role the workspace was opened with may read it but not change it."""


class DocumentError(UserError):
    """A case document (JSON) is malformed; ``path`` is the JSON path of the problem."""

    def __init__(self, source: str, path: str, message: str) -> None:
        super().__init__(
            Phrase("errors", "{source}, at {path}: {reason}", source=source, path=path, reason=message) if path
            else Phrase("errors", "{source}: {reason}", source=source, reason=message)
        )
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
