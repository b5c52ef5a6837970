"""Property tests: any bytes given to a timeline importer import or fail as a user error, leaving nothing."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from cnil_case.core import cases, db
from cnil_case.core.errors import UserError
from cnil_case.core.importers import presets, records
from cnil_case.core.importers.mapping import Mapping
from cnil_case.core.models import AuditEntry, TimelineEvent, TimelineImport
from cnil_case.core.snapshots import CaseInput
from tests.helpers.strategies import hostile_text

TIMESKETCH_CSV = (
    "message,datetime,timestamp_desc,user,ip\n"
    "Connexion élève,2024-01-29T10:15:00.123456+01:00,Last Login,dr.martin,192.0.2.10\n"
    '"Export of 1,000 records",2024-01-29T09:16:01Z,Event Recorded,dr.martin,192.0.2.10\n'
    "Logout,2024-01-29T12:00:00-05:30,Event Recorded,,\n"
    "Old,,Event Recorded,,\n"
).encode()
TIMESKETCH_JSONL = (
    '{"message": "Connexion élève", "datetime": "2024-01-29T10:15:00+01:00", "timestamp_desc": "Last Login"}\n'
    '{"message": "Export", "timestamp": 1706519761000000, "timestamp_desc": "Event Recorded", "n": [1, {"a": null}]}\n'
).encode()
IRIS_CSV = (
    "event_date,event_tz,event_title,event_content,event_source,event_category\n"
    "2024-01-29T10:15:00,+01:00,Connexion,détails,portal,Initial Access\n"
    "2024-01-29 11:00:00,Europe/Paris,Export,,portal,Exfiltration\n"
).encode()
CSV = b"time;title;details\n2024-01-29 10:15;Connexion;x\n29/01/2024;Bad;y\n"
JSONL = b'{"time": "2024-01-29T10:15:00Z", "title": "Connexion"}\n{"time": 1706519761, "title": ["x"]}\n'
VALID = {"timesketch-csv": TIMESKETCH_CSV, "timesketch-jsonl": TIMESKETCH_JSONL, "iris-csv": IRIS_CSV,
         "csv": CSV, "jsonl": JSONL}
GIVEN = Mapping(time_column="time", title_column="title", zone="Europe/Paris", details_column="details")
FAST = settings(max_examples=150, deadline=None)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[db.SessionFactory, int]]:
    engine, factory = db.open_workspace(tmp_path_factory.mktemp("props") / "workspace.sqlite")
    with factory.begin() as session:
        case_id = cases.create(session, CaseInput(reference="PROP-1", title="Imports")).id
    yield factory, case_id
    engine.dispose()


def _counts(factory: db.SessionFactory) -> tuple[int, int, int]:
    with factory() as session:
        return (
            session.execute(select(func.count()).select_from(TimelineEvent)).scalar_one(),
            session.execute(select(func.count()).select_from(TimelineImport)).scalar_one(),
            session.execute(select(func.count()).select_from(AuditEntry)).scalar_one(),
        )


def _attempt(workspace: tuple[db.SessionFactory, int], content: bytes, fmt: str, *, skip_bad: bool) -> None:
    """Import ``content``: it succeeds, or raises a ``UserError`` and leaves the workspace as it was."""
    factory, case_id = workspace
    before = _counts(factory)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("timeline.jsonl" if presets.is_jsonl(fmt) else "timeline.csv")
        path.write_bytes(content)
        mapping = GIVEN if fmt in ("csv", "jsonl") else None
        try:
            with factory.begin() as session:
                row = records.import_file(session, case_id, path, fmt=fmt, mapping=mapping, skip_bad=skip_bad)
        except UserError as exc:
            assert str(exc).strip() and "\n" not in str(exc), repr(str(exc))
            assert _counts(factory) == before, f"a failed import left rows behind: {exc}"
            return
    after = _counts(factory)
    assert row.imported >= 1 and after[0] == before[0] + row.imported and after[1] == before[1] + 1


formats = st.sampled_from(sorted(VALID))


@FAST
@given(formats, st.binary(max_size=3000), st.booleans())
def test_any_bytes(workspace: tuple[db.SessionFactory, int], fmt: str, content: bytes, skip_bad: bool) -> None:
    _attempt(workspace, content, fmt, skip_bad=skip_bad)


@FAST
@given(formats, st.lists(hostile_text(max_size=60), max_size=12), st.sampled_from([",", ";", "\t", "\n", "\r\n", '"']),
       st.booleans())
def test_any_text(workspace: tuple[db.SessionFactory, int], fmt: str, pieces: list[str], joiner: str,
                  skip_bad: bool) -> None:
    _attempt(workspace, joiner.join(pieces).encode("utf-8"), fmt, skip_bad=skip_bad)


@st.composite
def mutated(draw: st.DrawFn, fmt: str) -> bytes:
    """A valid file with 1–4 byte-level edits: cut, repeat, replace, or insert hostile text."""
    data = bytearray(VALID[fmt])
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        start = draw(st.integers(0, len(data) - 1))
        end = draw(st.integers(start, min(len(data), start + 40)))
        action = draw(st.sampled_from(["cut", "repeat", "replace", "insert", "truncate"]))
        if action == "cut":
            del data[start:end]
        elif action == "repeat":
            data[start:start] = data[start:end] * draw(st.integers(1, 50))
        elif action == "replace":
            data[start:end] = draw(st.binary(max_size=20))
        elif action == "insert":
            data[start:start] = draw(hostile_text(max_size=40)).encode("utf-8")
        else:
            del data[start:]
    return bytes(data)


@settings(max_examples=200, deadline=None)
@given(st.data(), formats, st.booleans())
def test_mutations_of_valid_files(workspace: tuple[db.SessionFactory, int], data: st.DataObject, fmt: str,
                                  skip_bad: bool) -> None:
    _attempt(workspace, data.draw(mutated(fmt)), fmt, skip_bad=skip_bad)


@pytest.mark.parametrize("fmt", sorted(VALID))
def test_the_valid_files_import(workspace: tuple[db.SessionFactory, int], fmt: str) -> None:
    _attempt(workspace, VALID[fmt], fmt, skip_bad=True)
