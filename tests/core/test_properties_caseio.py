"""Property tests: whatever a case document holds, reading it fails only with a ``DocumentError`` naming where."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cnil_case import paths
from cnil_case.core import caseio, db
from cnil_case.core.errors import DocumentError, UserError
from tests.helpers.strategies import any_text, hostile_text

SOURCE = "case.json"
DEMO: dict[str, Any] = json.loads(paths.demo_document().read_text(encoding="utf-8"))
FAST = settings(max_examples=150, deadline=None)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | any_text(),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(hostile_text(max_size=20), children, max_size=5),
    max_leaves=25,
)


def _check(error: DocumentError) -> None:
    """One line, naming the file and, for a member, its JSON path (e.g. ``$.events[3].title``)."""
    message = str(error)
    assert error.source == SOURCE
    if error.path:
        assert error.path.startswith("$") and message.startswith(f"{SOURCE}, at {error.path}: "), message
    else:
        assert message.startswith(f"{SOURCE}: "), message
    assert error.reason.strip() and "\n" not in message and "\r" not in message, message


@FAST
@given(st.binary(max_size=2000))
def test_any_bytes(raw: bytes) -> None:
    try:
        caseio.from_bytes(raw, source=SOURCE)
    except DocumentError as exc:
        _check(exc)


@FAST
@given(json_values)
def test_any_json_value(value: Any) -> None:
    try:
        caseio.loads(json.dumps(value, ensure_ascii=False), source=SOURCE)
    except DocumentError as exc:
        _check(exc)


@FAST
@given(st.dictionaries(st.sampled_from(sorted(DEMO)) | hostile_text(max_size=20), json_values, max_size=12))
def test_any_object_with_the_documents_keys(value: dict[str, Any]) -> None:
    try:
        caseio.validate({"format": DEMO["format"], "version": DEMO["version"], **value}, source=SOURCE)
    except DocumentError as exc:
        _check(exc)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(node, dict):
        for key, child in node.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _paths(child, (*prefix, index))


ALL_PATHS = [p for p in _paths(DEMO) if p]


@st.composite
def mutated_documents(draw: st.DrawFn) -> dict[str, Any]:
    """The demo document with 1–3 members replaced, removed, or given a sibling."""
    document = copy.deepcopy(DEMO)
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(ALL_PATHS))
        parent: Any = document
        try:
            for step in where[:-1]:
                parent = parent[step]
            parent[where[-1]]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed it
        action = draw(st.sampled_from(["replace", "remove", "add"]))
        if action == "replace":
            parent[where[-1]] = draw(json_values)
        elif action == "remove":
            del parent[where[-1]]
        elif isinstance(parent, dict):
            parent[draw(hostile_text(max_size=20))] = draw(json_values)
        else:
            parent.insert(where[-1], draw(json_values))
    return document


@settings(max_examples=300, deadline=None)
@given(mutated_documents())
def test_mutations_of_a_valid_document_are_refused_with_a_path(document: dict[str, Any]) -> None:
    try:
        caseio.loads(json.dumps(document, ensure_ascii=False), source=SOURCE)
    except DocumentError as exc:
        _check(exc)


@pytest.fixture(scope="module")
def factory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[db.SessionFactory]:
    engine, factory = db.open_workspace(tmp_path_factory.mktemp("props") / "workspace.sqlite")
    yield factory
    engine.dispose()


class _Rollback(Exception):
    pass


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_documents())
def test_valid_mutations_import_or_fail_as_user_errors(factory: db.SessionFactory, document: dict[str, Any]) -> None:
    try:
        caseio.validate(document, source=SOURCE)
    except DocumentError:
        return
    # The domain may still refuse a value validation let through: only as a user error.
    try:
        with factory.begin() as session:
            caseio.import_case(session, document, source=SOURCE)
            raise _Rollback
    except _Rollback:
        pass
    except DocumentError as exc:
        _check(exc)
    except UserError:
        pass


def test_the_demo_document_reads() -> None:
    assert caseio.loads(json.dumps(DEMO), source=SOURCE)["case"]["reference"]


def test_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_bytes(b"\xff\xfe")
    with pytest.raises(DocumentError, match="is not UTF-8 text"):
        caseio.read(path)
