"""Migration 0007 on a workspace with data: the index is built from the rows already there."""

from __future__ import annotations

from pathlib import Path

import alembic.command

from cnil_case.core import db, search


def test_upgrade_from_0006_indexes_existing_rows(tmp_path: Path) -> None:
    engine = db.make_engine(tmp_path / "old.sqlite")
    cfg = db.alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        alembic.command.upgrade(cfg, "0006")
        connection.exec_driver_sql(
            "INSERT INTO case_file (id, reference, title, status, summary, nature_confidentiality, nature_integrity, "
            "nature_availability, origin_intent, origin_source, vector, data_description, persons_description, "
            "breach_start_precision, breach_end_precision, discovered_precision, display_zone, protection, "
            "protection_note, public_summary, created_at, updated_at) VALUES (1, 'OLD-1', 'Old', 'open', '', 1, 0, "
            "0, 'unknown', 'unknown', '', '', '', 'exact', 'exact', 'exact', 'Europe/Paris', 'none', '', '', "
            "'2024-02-01 00:00:00.000000', '2024-02-01 00:00:00.000000')"
        )
        connection.exec_driver_sql(
            "INSERT INTO timeline_event (id, case_id, occurred_at, precision, title, details, source, category, "
            "starred, attributes, created_at, updated_at) VALUES (1, 1, '2024-02-01 08:00:00.000000', 'exact', "
            "'Intrusion détectée', '', '', 'other', 0, '{}', '2024-02-01 00:00:00.000000', "
            "'2024-02-01 00:00:00.000000')"
        )
    db.migrate(engine)
    factory = db.session_factory(engine)
    with factory() as session:
        assert [h.title for h in search.search(session, "detectee")] == ["Intrusion détectée"]
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        alembic.command.check(cfg)
        alembic.command.downgrade(cfg, "0006")
        names = {r[0] for r in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
        assert not {n for n in names if n.startswith(search.TABLE_PREFIX)}
    engine.dispose()
