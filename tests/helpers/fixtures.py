"""Shared fixtures: real workspace databases on disk, built by the app's own code."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from cnil_case.core import cases, db, parties, timeline, times
from cnil_case.core.snapshots import CaseInput, EventInput, Moment, OrganisationInput, PartyInput


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    return tmp_path / "workspace.sqlite"


@pytest.fixture
def engine(workspace_path: Path) -> Iterator[Engine]:
    engine, _ = db.open_workspace(workspace_path)
    yield engine
    engine.dispose()


@pytest.fixture
def session_factory(engine: Engine) -> db.SessionFactory:
    return db.session_factory(engine)


def paris(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return times.resolve_local(dt.datetime(year, month, day, hour, minute), "Europe/Paris", fold=0)


@pytest.fixture
def sample_case(session_factory: db.SessionFactory) -> dict[str, int]:
    """A small case: two organisations as parties, three events. Returns the ids."""
    with session_factory.begin() as session:
        case = cases.create(
            session,
            CaseInput(
                reference="BRE-2024-001",
                title="Tiers-payant portal intrusion",
                nature=frozenset({"confidentiality"}),
                origin_intent="malicious",
                origin_source="external",
            ),
        )
        insurer = parties.create_organisation(session, OrganisationInput(name="Mutuelle Exemple", siren="732829320"))
        operator = parties.create_organisation(session, OrganisationInput(name="Opérateur TP"))
        controller = parties.add_party(
            session, case.id, PartyInput(organisation_id=insurer.id, role="controller", aware=Moment(paris(2024, 2, 1, 9)))
        )
        processor = parties.add_party(session, case.id, PartyInput(organisation_id=operator.id, role="processor"))
        events = [
            timeline.add_event(
                session,
                case.id,
                EventInput(occurred=Moment(paris(2024, 1, 29), "day"), title="Intrusion", category="attack",
                           actor_party_id=processor.id, tags=("derived",)),
            ),
            timeline.add_event(
                session,
                case.id,
                EventInput(occurred=Moment(paris(2024, 2, 1, 10, 30), "minute"), title="Platform disconnected",
                           category="containment", starred=True),
            ),
            timeline.add_event(
                session,
                case.id,
                EventInput(occurred=Moment(paris(2024, 2, 7), "day"), title="CNIL press release", category="press",
                           source="CNIL"),
            ),
        ]
        return {
            "case": case.id,
            "controller": controller.id,
            "processor": processor.id,
            "insurer": insurer.id,
            "operator": operator.id,
            **{f"event{i}": e.id for i, e in enumerate(events)},
        }
