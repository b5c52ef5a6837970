"""Test configuration: offscreen Qt, a private data directory, the automatic ``gui`` marker."""

from __future__ import annotations

import os

# Qt aborts without a display; tests always run offscreen (set before anything imports Qt).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CNIL_CASE_USER"] = "tester"

import pytest

pytest_plugins = ["tests.helpers.fixtures"]


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user data dir: logs, default and demo workspaces go to a temp dir."""
    monkeypatch.setenv("CNIL_CASE_HOME", str(tmp_path_factory.mktemp("cnil-case-home")))
    monkeypatch.delenv("CNIL_CASE_DB", raising=False)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Any test that needs a QApplication (qtbot pulls in qapp) is a GUI test:
    # `pytest -m "not gui"` is the fast loop.
    for item in items:
        if "qapp" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
