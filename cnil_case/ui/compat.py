"""Workarounds for bugs of the pinned PySide6 release, in one place."""

from __future__ import annotations

import ctypes
import sys

_applied = False


def keep_bools_alive() -> None:
    """Make ``True``, ``False`` and ``None`` effectively immortal on CPython 3.11.

    WORKAROUND: PySide6 6.12.0's ``SignalInstance.emit`` returns ``True`` without taking a
    reference, so every emit drops one reference to ``True``; after a few thousand signals the
    interpreter aborts with "bool_dealloc: deallocating True or False". Calls of void methods
    (``QTimer.start``, ``QWidget.repaint``, ``QApplication.processEvents``…) drop a reference to
    ``None`` the same way, which a long session or a scrolled million-row table exhausts
    ("none_dealloc: deallocating None"). CPython 3.12+ makes the
    bools immortal (and this is skipped there); on 3.11 we give them a reference count that no
    session can exhaust (``None`` too). Remove once PySide6 is fixed and pinned past the bug.
    """
    global _applied
    if _applied or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for value in (True, False, None):
        # ob_refcnt is the first field of every CPython object, at its id().
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40
    _applied = True
