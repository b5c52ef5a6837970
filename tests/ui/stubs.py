"""Fakes for GUI tests: an executor that runs work at once, on the calling thread; a clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Any


class InlineExecutor(Executor):
    """Runs each submitted call immediately (Picard's FakeThreadPool), so tests need no waiting."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:
            future.set_exception(exc)
        return future


class FakeClock:
    """Stands in for ``wallclock.now``: a fixed instant the test moves forward."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at

    def set(self, at: dt.datetime) -> None:
        self.at = at

    def advance(self, **delta: float) -> None:
        self.at += dt.timedelta(**delta)


class FakeTray:
    """Stands in for ``QSystemTrayIcon``: records the messages a desktop would have shown."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def showMessage(self, title: str, text: str, *args: Any) -> None:
        self.messages.append((title, text))
