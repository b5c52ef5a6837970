"""docs/bad-input.md stays true: each row's message is produced by the program, its test exists."""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from cnil_case import paths
from cnil_case.core import backup, caseio, cases, db, identifiers, periods, vault
from cnil_case.core.errors import UserError
from cnil_case.core.importers import records
from cnil_case.core.importers.mapping import Mapping
from cnil_case.core.snapshots import CaseInput
from cnil_case.report import text

ROOT = Path(__file__).parent.parent
DOC = ROOT / "docs" / "bad-input.md"
ROW = re.compile(r"^\| ([a-z0-9-]+) \| (.+?) \| (.+) \| `([^`]+)` \|$")
DEMO = json.loads(paths.demo_document().read_text(encoding="utf-8"))


def _rows() -> dict[str, tuple[str, str]]:
    """id → (message shape, where it is tested)."""
    rows = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match:
            shapes = re.findall(r"`([^`]+)`", match.group(3))
            rows[match.group(1)] = (shapes[-1], match.group(4))
    return rows


def _pattern(shape: str) -> re.Pattern[str]:
    """``<file>: is empty`` → any text for each ``<…>``, the rest literally."""
    parts = re.split(r"<[^<>]*[a-z][^<>]*>", shape)
    return re.compile("(?s)" + ".+?".join(re.escape(p) for p in parts))


def _error(call: Callable[[], object]) -> str:
    try:
        result = call()
    except UserError as exc:
        return str(exc)
    return str(result)


def _document(**changes: object) -> str:
    document = json.loads(json.dumps(DEMO))
    for path, value in changes.items():
        node = document
        steps = path.split("__")
        for step in steps[:-1]:
            node = node[int(step)] if step.isdigit() else node[step]
        node[steps[-1]] = value
    return json.dumps(document)


def _import_document(tmp: Path, document: str) -> str:
    engine, factory = db.open_workspace(tmp / "doc.sqlite")
    try:
        with factory.begin() as session:
            return _error(lambda: caseio.import_case(session, caseio.loads(document, source="case.json"),
                                                     source="case.json"))
    finally:
        engine.dispose()


def _import(tmp: Path, name: str, content: bytes, fmt: str = "timesketch-csv", **kw: object) -> str:
    engine, factory = db.open_workspace(tmp / f"{name}.sqlite")
    try:
        with factory.begin() as session:
            case_id = cases.create(session, CaseInput(reference="DOC-1", title="Docs")).id
        path = tmp / name
        path.write_bytes(content)
        with factory.begin() as session:
            return _error(lambda: records.import_file(session, case_id, path, fmt=fmt, **kw))  # type: ignore[arg-type]
    finally:
        engine.dispose()


def _backup(tmp: Path) -> Path:
    engine, _ = db.open_workspace(tmp / "src.sqlite")
    store = vault.Vault(tmp / "src.vault")
    (tmp / "f.txt").write_text("evidence", encoding="utf-8")
    store.store(tmp / "f.txt")
    out = tmp / "backup.zip"
    backup.write(engine, store, out)
    engine.dispose()
    return out


def _rewrite(source: Path, out: Path, name: str, data: bytes | None) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            if info.filename != name:
                new.writestr(info, old.read(info.filename))
            elif data is not None:
                new.writestr(info.filename, data)
    return out


def _restore(tmp: Path, archive: Path, target: str = "dst.sqlite") -> str:
    return _error(lambda: backup.restore(archive, str(tmp / target), tmp / "dst.vault"))


def _newer(tmp: Path) -> str:
    archive = _backup(tmp)
    with zipfile.ZipFile(archive) as zf:
        manifest = json.loads(zf.read(backup.MANIFEST))
    manifest["schema_revision"] = "9999"
    return _restore(tmp, _rewrite(archive, tmp / "n.zip", backup.MANIFEST, json.dumps(manifest).encode()))


def _member(tmp: Path, data: bytes | None) -> str:
    archive = _backup(tmp)
    with zipfile.ZipFile(archive) as zf:
        name = next(n for n in zf.namelist() if n.startswith("vault/"))
    return _restore(tmp, _rewrite(archive, tmp / "m.zip", name, data))


def _not_empty(tmp: Path) -> str:
    archive = _backup(tmp)
    return _restore(tmp, archive, "src.sqlite")


def _not_a_backup(tmp: Path) -> str:
    with zipfile.ZipFile(tmp / "plain.zip", "w") as zf:
        zf.writestr("a.txt", "a")
    return _restore(tmp, tmp / "plain.zip")


def _truncated(tmp: Path) -> str:
    archive = _backup(tmp)
    (tmp / "t.zip").write_bytes(archive.read_bytes()[:200])
    return _restore(tmp, tmp / "t.zip")


def _not_db(tmp: Path) -> str:
    (tmp / "notes.sqlite").write_text("not a database, just some notes " * 100, encoding="utf-8")
    return _error(lambda: db.open_workspace(tmp / "notes.sqlite"))


CSV_HEADER = b"message,datetime,timestamp_desc\n"
TRIGGERS: dict[str, Callable[[Path], str]] = {
    "doc-not-utf8": lambda _: _error(lambda: caseio.from_bytes(b'{\n"a": "\xe9"}', source="case.json")),
    "doc-empty": lambda _: _error(lambda: caseio.loads("  \n", source="case.json")),
    "doc-not-json": lambda _: _error(lambda: caseio.loads('{"a": 1 "b": 2}', source="case.json")),
    "doc-deep": lambda _: _error(lambda: caseio.loads("[" * 100_000, source="case.json")),
    "doc-not-object": lambda _: _error(lambda: caseio.loads("[]", source="case.json")),
    "doc-unknown-key": lambda _: _error(lambda: caseio.loads(_document(case__titel="x"), source="case.json")),
    "doc-wrong-type": lambda _: _error(lambda: caseio.loads(_document(case__title=5), source="case.json")),
    "doc-bad-siren": lambda tmp: _import_document(tmp, _document(organisations__0__siren="732829321")),
    "tl-encoding": lambda tmp: _import(tmp, "l.csv", CSV_HEADER + "Connexion élève,2024-01-29T10:15:00Z,x\n".encode("latin-1")),
    "tl-empty": lambda tmp: _import(tmp, "e.csv", b""),
    "tl-header-only": lambda tmp: _import(tmp, "h.csv", CSV_HEADER),
    "tl-duplicate-header": lambda tmp: _import(tmp, "d.csv", b"message,message,datetime\nx,y,2024-01-29T10:15:00Z\n"),
    "tl-missing-column": lambda tmp: _import(tmp, "m.csv", b"datetime\n2024-01-29T10:15:00Z\n"),
    "tl-bad-line": lambda tmp: _import(tmp, "b.csv", CSV_HEADER + b"Connexion,yesterday,x\n"),
    "tl-all-bad": lambda tmp: _import(tmp, "a.csv", CSV_HEADER + b"Connexion,yesterday,x\n", skip_bad=True),
    "tl-zone": lambda tmp: _import(tmp, "z.csv", b"time,title\n2024-01-29 10:15,x\n", fmt="csv",
                                   mapping=Mapping(time_column="time", title_column="title", zone="Mars/Olympus")),
    "id-siren-shape": lambda _: _error(lambda: identifiers.check_siren("73282932")),
    "id-siren-luhn": lambda _: _error(lambda: identifiers.check_siren("732 829 321")),
    "id-siret-shape": lambda _: _error(lambda: identifiers.check_siret("7328293200001")),
    "id-nir-length": lambda _: _error(lambda: identifiers.check_nir("1 84 12 75 123 456")),
    "id-nir-key": lambda _: _error(lambda: identifiers.check_nir("1 84 12 75 123 456 79")),
    "per-zone": lambda _: _error(lambda: periods.period_end(dt.datetime(2024, 2, 1, tzinfo=dt.UTC), 3,
                                                            periods.Unit.DAYS, zone="Mars/Olympus")),
    "per-calendar": lambda _: _error(lambda: periods.calendar("67")),
    "per-year": lambda _: _error(lambda: periods.period_end(dt.datetime(2204, 2, 1, tzinfo=dt.UTC), 3,
                                                            periods.Unit.DAYS, zone="Europe/Paris")),
    "pdf-markup": lambda _: text.para_text("<b>"),
    "pdf-glyph": lambda _: text.para_text("中"),
    "bk-truncated": _truncated,
    "bk-member": lambda tmp: _member(tmp, b"changed"),
    "bk-missing": lambda tmp: _member(tmp, None),
    "bk-not-backup": _not_a_backup,
    "bk-newer": _newer,
    "bk-not-empty": _not_empty,
    "ws-not-db": _not_db,
    "ws-no-folder": lambda tmp: _error(lambda: db.open_workspace(tmp / "no" / "w.sqlite")),
}


def test_every_row_has_a_trigger() -> None:
    assert set(_rows()) == set(TRIGGERS)


@pytest.mark.parametrize("row", sorted(TRIGGERS))
def test_the_program_says_what_the_table_says(row: str, tmp_path: Path) -> None:
    shape, tested_in = _rows()[row]
    message = TRIGGERS[row](tmp_path)
    assert _pattern(shape).fullmatch(message), f"{row}: {message!r} does not have the shape {shape!r}"
    assert "\n" not in message
    file, _, test = tested_in.partition("::")
    source = (ROOT / file).read_text(encoding="utf-8")
    assert not test or f"def {test}(" in source, f"{row}: {tested_in} does not exist"
