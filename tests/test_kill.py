"""Killed with SIGKILL at three chosen moments, the workspace opens whole (bench/killtest.py runs random ones).

Each kill falls in the window where two halves of one action could disagree: in the middle of a
timeline import's transaction, between storing evidence files and registering them, and between
writing a saved document and recording it in the exports list.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from bench import killtest


@pytest.mark.parametrize(("point", "expected"), [
    ("import-middle", {"unreferenced": 0, "evidence_files": 0, "exports": 0}),
    ("evidence-register", {"unreferenced": 3, "evidence_files": 0, "exports": 0}),
    ("report-record", {"unreferenced": 0, "evidence_files": 3, "exports": 0}),
])
def test_killed_here_leaves_each_action_whole_or_absent(point: str, expected: dict[str, int], tmp_path: Path) -> None:
    folder = tmp_path / "kill"
    killtest.prepare(folder, events=3_000)
    child = killtest.spawn(folder, die_at=point, batch=500)
    _, err = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL, err.decode()
    assert killtest.phase(folder) == point
    found = killtest.check(folder)
    assert found["failures"] == []
    assert {key: found[key] for key in expected} == expected
    if point == "report-record":
        assert len(list((folder / "exports").glob("notification-*.pdf"))) == 1  # written, never recorded
