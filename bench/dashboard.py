"""The deadlines dashboard (every clock of every open case) against raw sqlite3 reading the same rows.

Run: ``python -m bench.dashboard [CASES]``. The GUI re-reads it every minute, off the GUI thread;
this measures one refresh. Prints one JSON line.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from cnil_case.core import cases, db, obligations, parties
from cnil_case.core.snapshots import CaseInput, Moment, OrganisationInput, PartyInput

ROLES = ("controller", "controller", "controller", "processor", "processor", "supervisory_authority")
RUNS = 5


def _populate(factory: db.SessionFactory, n_cases: int) -> None:
    start = dt.datetime(2024, 1, 29, 9, tzinfo=dt.UTC)
    with factory.begin() as session:
        orgs = [parties.create_organisation(session, OrganisationInput(name=f"Org {i}")).id for i in range(len(ROLES))]
        for c in range(n_cases):
            case_id = cases.create(session, CaseInput(reference=f"B-{c:05d}", title=f"Breach {c}")).id
            for i, role in enumerate(ROLES):
                aware = Moment(start + dt.timedelta(hours=c + i), "minute")
                regimes = ("gdpr", "nis2") if role == "processor" else ("gdpr",)
                parties.add_party(session, case_id, PartyInput(organisation_id=orgs[i], role=role, aware=aware, regimes=regimes))


def _raw(path: Path) -> float:
    connection = sqlite3.connect(path)
    began = time.perf_counter()
    connection.execute(
        "SELECT p.*, o.name FROM case_party p JOIN organisation o ON o.id = p.organisation_id "
        "JOIN case_file c ON c.id = p.case_id WHERE c.status = 'open' ORDER BY p.case_id, p.id"
    ).fetchall()
    connection.execute("SELECT * FROM obligation").fetchall()
    elapsed = time.perf_counter() - began
    connection.close()
    return elapsed


def main(n_cases: int = 300) -> dict[str, float]:
    now = dt.datetime(2024, 3, 1, tzinfo=dt.UTC)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "w.sqlite"
        engine, factory = db.open_workspace(path)
        _populate(factory, n_cases)
        raw = min(_raw(path) for _ in range(RUNS))
        ours = []
        for _ in range(RUNS):
            began = time.perf_counter()
            with factory() as session:
                clocks = obligations.across_cases(session, now=now)
            ours.append(time.perf_counter() - began)
        engine.dispose()
    best = min(ours)
    return {
        "cases": n_cases,
        "clocks": len(clocks),
        "raw_read_s": round(raw, 4),
        "dashboard_refresh_s": round(best, 4),
        "ratio": round(best / raw, 1),
        "per_clock_us": round(best / len(clocks) * 1e6, 1),
    }


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)))
