"""Full-text search latency over a case of 1,000,000 imported events: 20 typical queries.

Run: ``python -m bench.search [N]`` (default 1,000,000). The events come in through the bulk
importer (``bench.imports``' generated CSV); each query runs through ``search.search`` (all four
kinds, first page of 50) three times, the best of three counting. Prints one JSON line: median
and 95th percentile in milliseconds, and the slowest query.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench import imports
from cnil_case.core import cases, db, search
from cnil_case.core.importers import records
from cnil_case.core.snapshots import CaseInput

QUERIES = (
    "dr.martin", "eleve", "echec authentification", '"192.0.2.17"', "telechargement releve", "ps04242",
    "NIR", "beneficiaire", "droits", "deconnexion", "/portail/dossier/4242", "export*", "consultation dossier",
    "ps1*", "modification des droits", "connexion portail", '"Recherche par NIR"', "12345", "inexistant",
    "élève 999999",
)


def main(n: int = 1_000_000) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "bench.csv"
        imports.write_csv(csv_path, n)
        engine, factory = db.open_workspace(Path(tmp) / "ours.sqlite")
        with factory.begin() as session:
            case_id = cases.create(session, CaseInput(reference="BENCH", title="bench")).id
            records.import_file(session, case_id, csv_path, fmt="timesketch-csv")
        timings: dict[str, float] = {}
        counts: dict[str, int] = {}
        with factory() as session:
            for query in QUERIES:
                best = float("inf")
                for _ in range(3):
                    began = time.perf_counter()
                    hits = search.search(session, query, case_id=case_id)
                    best = min(best, time.perf_counter() - began)
                timings[query] = best * 1000
                counts[query] = len(hits)
        engine.dispose()
    ordered = sorted(timings.values())
    slowest = max(timings, key=lambda q: timings[q])
    return {
        "events": n,
        "queries": len(QUERIES),
        "median_ms": round(statistics.median(ordered), 1),
        "p95_ms": round(ordered[int(round(0.95 * (len(ordered) - 1)))], 1),
        "slowest": f"{slowest} ({timings[slowest]:.0f} ms)",
        "queries_with_hits": sum(1 for c in counts.values() if c),
    }


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)))
