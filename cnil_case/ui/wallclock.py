"""The current time for the GUI: one seam, so tests can freeze it and move it forward."""

from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    """The current instant, aware, in UTC. Every clock state the GUI shows is computed from it."""
    return dt.datetime.now(dt.UTC)
