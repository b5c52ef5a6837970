"""The one way the app puts text on the clipboard; sensitive text is cleared after a while.

A copied NIR or name must not outlive the need for it: it is cleared after ``CLEAR_AFTER_MS``,
when the app locks and when it quits, but only if the clipboard still holds what we put there
(the user may have copied something else since). Only a hash of that text is kept, as a
property of the clipboard object itself, so no module state holds it.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
_PROPERTY = "cnil_case_sensitive_sha256"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def copy(text: str, *, sensitive: bool) -> None:
    """Put ``text`` on the clipboard; ``sensitive`` (a NIR, a name, a message) clears it later.

    A SHA-256 or a case reference is not sensitive.
    """
    board = QGuiApplication.clipboard()
    board.setText(text)
    if not sensitive:
        board.setProperty(_PROPERTY, "")
        return
    digest = _digest(text)
    board.setProperty(_PROPERTY, digest)
    # Bound to this copy: an earlier copy's timer must not cut a later one's 30 s short.
    QTimer.singleShot(CLEAR_AFTER_MS, board, lambda: clear_sensitive(only=digest))


def clear_sensitive(*, only: str | None = None) -> bool:
    """Clear the clipboard if it still holds the sensitive text we put there; return whether it did.

    Args:
        only: the digest of one copy (its timer); None clears any (at lock and quit).
    """
    board: QClipboard = QGuiApplication.clipboard()
    ours = board.property(_PROPERTY)
    if not ours or (only is not None and only != ours) or _digest(board.text()) != ours:
        return False
    board.clear()
    board.setProperty(_PROPERTY, "")
    return True
