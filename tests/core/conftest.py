"""Core tests run on SQLite, and on PostgreSQL too when ``CNIL_CASE_TEST_POSTGRES`` names a server.

The value is an SQLAlchemy URL of a maintenance database (``.ci/run`` starts a throw-away
server and sets it); each test gets a fresh database of its own, dropped afterwards. This keeps
the promise that the same core code and SQL run on both.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from cnil_case.core import db

POSTGRES = os.environ.get("CNIL_CASE_TEST_POSTGRES", "")
BACKENDS = ["sqlite", "postgresql"] if POSTGRES else ["sqlite"]


@pytest.fixture(params=BACKENDS)
def engine(request: pytest.FixtureRequest, workspace_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        engine, _ = db.open_workspace(workspace_path)
        yield engine
        engine.dispose()
        return
    name = f"cnil_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = db.to_url(POSTGRES).set(database=name)
    engine, _ = db.open_workspace(url)
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()
