"""Bulk import of a Timesketch CSV through cnil-case, against raw sqlite3 ``executemany`` of the same rows.

Run: ``python -m bench.imports [N]`` (default 1,000,000). The CSV is generated in a temporary
folder; cnil-case imports it in a child process (so its peak resident memory is its own), the
baseline inserts the same column values into a table of the same columns and indexes. Prints one
JSON line: seconds for each side, the ratio, rows a second, and the child's peak RSS.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ACTIONS = ("Connexion au portail", "Consultation du dossier bénéficiaire", "Export de la liste des élèves",
           "Échec d'authentification", "Téléchargement du relevé", "Modification des droits",
           "Recherche par NIR", "Déconnexion")
START = dt.datetime(2024, 1, 29, 8, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def rows(n: int) -> Iterator[tuple[str, str, str, str, str, str]]:
    """message, datetime (ISO, +01:00, microseconds), timestamp_desc, user, ip, url."""
    for i in range(n):
        at = START + dt.timedelta(microseconds=i * 1_234_567)
        user = "dr.martin" if i % 1000 == 0 else f"ps{i % 50_000:05d}"
        yield (f"{ACTIONS[i % len(ACTIONS)]} {i}", at.isoformat(), "Event Recorded", user,
               f"192.0.2.{i % 250}", f"/portail/dossier/{i % 99_991}")


def write_csv(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("message", "datetime", "timestamp_desc", "user", "ip", "url"))
        writer.writerows(rows(n))


def raw(path: Path, n: int) -> float:
    """The same values, already split, into a table of timeline_event's columns and indexes."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute(
        "CREATE TABLE ev (id INTEGER PRIMARY KEY, case_id INT, occurred_at TEXT, occurred_offset INT, "
        "precision TEXT, title TEXT, details TEXT, source TEXT, category TEXT, actor_party_id INT, starred INT, "
        "attributes TEXT, import_id INT, created_at TEXT, updated_at TEXT)"
    )
    connection.execute("CREATE INDEX ix1 ON ev (case_id, occurred_at, id)")
    connection.execute("CREATE INDEX ix2 ON ev (import_id)")
    connection.execute("CREATE INDEX ix3 ON ev (actor_party_id)")
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    began = time.perf_counter()
    with connection:
        connection.executemany(
            "INSERT INTO ev (case_id, occurred_at, occurred_offset, precision, title, details, source, category, "
            "actor_party_id, starred, attributes, import_id, created_at, updated_at) "
            "VALUES (1, ?, 60, 'exact', ?, '', 'bench.csv', 'other', NULL, 0, ?, 1, ?, ?)",
            ((when, message, json.dumps({"timestamp_desc": desc, "user": user, "ip": ip, "url": url}), now, now)
             for message, when, desc, user, ip, url in rows(n)),
        )
    seconds = time.perf_counter() - began
    connection.close()
    return seconds


def child(csv_path: Path, workspace: Path) -> None:
    from cnil_case.core import cases, db
    from cnil_case.core.importers import records
    from cnil_case.core.snapshots import CaseInput

    _, factory = db.open_workspace(workspace)
    with factory.begin() as session:
        case_id = cases.create(session, CaseInput(reference="BENCH", title="bench")).id
    began = time.perf_counter()
    with factory.begin() as session:
        row = records.import_file(session, case_id, csv_path, fmt="timesketch-csv")
    seconds = time.perf_counter() - began
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "imported": row.imported, "peak_rss_mb": round(peak_kib / 1024, 1)}))


def main(n: int = 1_000_000) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "bench.csv"
        write_csv(csv_path, n)
        size = csv_path.stat().st_size
        baseline = raw(Path(tmp) / "raw.sqlite", n)
        result = subprocess.run(
            [sys.executable, "-m", "bench.imports", "--child", str(csv_path), str(Path(tmp) / "ours.sqlite")],
            capture_output=True, text=True, check=True,
        )
        ours = json.loads(result.stdout)
    assert ours["imported"] == n, ours
    return {
        "events": n,
        "csv_mb": round(size / 1e6, 1),
        "raw_executemany_s": round(baseline, 2),
        "ours_import_s": round(ours["seconds"], 2),
        "ratio": round(ours["seconds"] / baseline, 2),
        "ours_rows_per_s": round(n / ours["seconds"]),
        "ours_peak_rss_mb": ours["peak_rss_mb"],
    }


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)))
