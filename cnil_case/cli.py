"""The ``cnil-case`` command: the window by default, headless sub-commands for cases and documents.

This is the composition root without Qt: it picks the workspace, opens (and migrates) it, runs
one command in one transaction and turns user errors into one line on stderr. Only the GUI
start imports ``cnil_case.ui``, lazily, so ``cnil-case cases`` works on a machine without a
display or without Qt's system libraries.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import cnil_case
from cnil_case import paths
from cnil_case.core import caseio, cases, db, demo
from cnil_case.core.errors import UserError

PROG = "cnil-case"
LOG_FILE = "cnil-case.log"

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    db_help = (
        "the workspace: a SQLite file or an SQLAlchemy URL "
        "(default: $CNIL_CASE_DB, else the workspace in your data folder)"
    )
    # --db is accepted before or after the command; SUPPRESS keeps a value given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS, help=db_help)

    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Case files for personal-data-breach investigations under the GDPR. "
            "Without a command, opens the window."
        ),
        epilog="Exit status: 0 done, 1 failed (one line on stderr says why), 2 wrong usage.",
    )
    parser.add_argument("--db", metavar="PATH_OR_URL", default=None, help=db_help)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use the separate demo workspace, with the Viamedis / Almerys case (never your own)",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {cnil_case.__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    listing = commands.add_parser(
        "cases", parents=[common], help="list the cases: id, reference, status, title",
        description="List the workspace's cases, newest first: id, reference, status and title, tab-separated.",
    )
    listing.add_argument("--json", action="store_true", help="print a JSON list of objects instead")

    export = commands.add_parser(
        "export", parents=[common], help="write a case as a case document (JSON)",
        description="Write a whole case as a case document (JSON, see docs/case-document.md).",
    )
    export.add_argument("case", metavar="CASE", help="the case's reference or id")
    export.add_argument("-o", "--output", metavar="FILE", required=True, help="the file to write; - for stdout")

    importer = commands.add_parser(
        "import", parents=[common], help="create a case from a case document (JSON)",
        description="Create a case from a case document; prints the new case's id and reference.",
    )
    importer.add_argument("file", metavar="FILE", help="the case document; - for stdin")
    importer.add_argument("--reference", metavar="NEW", help="import under this reference instead of the document's")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 done, 1 failed, 2 wrong usage)."""
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        args = parser.parse_args(arguments)
        if args.demo and args.db is not None:
            parser.error("--demo always uses the demo workspace; leave out --db")
    except SystemExit as exc:  # argparse exits for --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else 2
    try:
        if args.command is None:
            # The window sets up its own logging (ui/app.py) and shows its own errors.
            return _gui(_target(args), demo_case=args.demo)
        with _file_logging():
            return _command(args)
    except UserError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted")
        return 130
    except BrokenPipeError:
        # The reader went away (`cnil-case export X -o - | head`): nothing left to say.
        _silence_stdout()
        return 1
    except Exception as exc:
        return _fail(f"unexpected {type(exc).__name__}: {exc} (a bug; {_log_bug(exc, arguments)})")


def _target(args: argparse.Namespace) -> str:
    """The workspace: --demo's own, else --db, else $CNIL_CASE_DB, else the default file."""
    chosen = args.db or os.environ.get("CNIL_CASE_DB")
    if chosen and not args.demo:
        return str(chosen)
    try:
        if args.demo:
            target = paths.demo_workspace()
            target.parent.mkdir(parents=True, exist_ok=True)
            return str(target)
        return str(paths.default_workspace())
    except OSError as exc:
        raise UserError(
            f"cannot create the cnil-case data folder {exc.filename} ({exc.strerror}); "
            "name a workspace with --db, or set CNIL_CASE_HOME to a folder you can write"
        ) from exc


def _command(args: argparse.Namespace) -> int:
    with _workspace(_target(args), with_demo=args.demo) as factory:
        if args.command == "cases":
            return _cases(factory, as_json=args.json)
        if args.command == "export":
            return _export(factory, args.case, args.output)
        return _import(factory, args.file, args.reference)


@contextmanager
def _workspace(target: str, *, with_demo: bool) -> Iterator[db.SessionFactory]:
    """Open and migrate the workspace; database errors the user can fix become ``StorageError``."""
    engine, factory = db.open_workspace(target)
    try:
        with db.storage_errors(db.describe(engine.url)):
            if with_demo:
                with factory.begin() as session:
                    demo.ensure_demo_case(session)
            yield factory
    finally:
        engine.dispose()


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _cases(factory: db.SessionFactory, *, as_json: bool) -> int:
    with factory() as session:
        rows = cases.list_rows(session)
    if as_json:
        listing = [
            {
                "id": row.id,
                "reference": row.reference,
                "status": row.status,
                "title": row.title,
                "parties": row.party_count,
                "events": row.event_count,
            }
            for row in rows
        ]
        print(json.dumps(listing, indent=2, ensure_ascii=False))
        return 0
    for row in rows:
        print(f"{row.id}\t{row.reference}\t{row.status}\t{_one_line(row.title)}")
    return 0


def _export(factory: db.SessionFactory, case: str, output: str) -> int:
    with factory() as session:
        document = caseio.export_case(session, cases.find(session, case))
    if output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(caseio.dumps(document).encode("utf-8"))
        sys.stdout.buffer.flush()
        return 0
    caseio.write(document, output)
    count = len(document["events"])
    print(f"{document['case']['reference']}: {count} event{'' if count == 1 else 's'} written to {output}")
    return 0


def _import(factory: db.SessionFactory, file: str, reference: str | None) -> int:
    if file == "-":
        document = caseio.from_bytes(sys.stdin.buffer.read(), source="<stdin>")
        source = "<stdin>"
    else:
        document = caseio.read(file)
        source = Path(file).name
    try:
        with factory.begin() as session:
            case_id = caseio.import_case(session, document, source=source, reference=reference)
            imported = cases.get(session, case_id)
    except caseio.ReferenceTakenError as exc:
        raise UserError(f"{exc} (--reference {exc.suggestion})") from exc
    print(f"{imported.id}\t{imported.reference}")
    return 0


def _gui(target: str, *, demo_case: bool) -> int:
    _check_display()
    open_case = None
    if demo_case:
        with _workspace(target, with_demo=False) as factory, factory.begin() as session:
            open_case = demo.ensure_demo_case(session)
    try:
        from cnil_case.ui import app  # lazy: only the window needs Qt
    except ImportError as exc:
        # Typically a system library Qt needs is missing (libEGL, libxkbcommon…).
        raise UserError(
            f"cannot open the window: Qt could not be loaded ({exc}). Install the system libraries "
            "Qt needs (on Debian: libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3), or use "
            "a headless command (cnil-case --help)."
        ) from exc
    return app.run(target, open_case=open_case)


def _check_display() -> None:
    """Refuse early and clearly where Qt would abort with a message about platform plugins."""
    if not sys.platform.startswith("linux"):
        return
    if any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return
    raise UserError(
        "cannot open the window: no display found (DISPLAY and WAYLAND_DISPLAY are not set). "
        "Start cnil-case from a desktop session, or use a headless command (cnil-case --help); "
        "QT_QPA_PLATFORM=offscreen runs the window without showing it."
    )


def _fail(message: str) -> int:
    print(f"{PROG}: error: {_one_line(message)}", file=sys.stderr)
    return 1


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _log_path() -> Path:
    return paths.log_dir() / LOG_FILE


@contextmanager
def _file_logging() -> Iterator[None]:
    """Send this run's log records (e.g. the backup made before a migration) to the log file."""
    try:
        handler: logging.Handler = logging.FileHandler(_log_path(), encoding="utf-8", delay=True)
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(min(previous, logging.INFO) if previous else logging.INFO)
    try:
        yield
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)
        handler.close()


def _log_bug(exc: BaseException, arguments: Sequence[str]) -> str:
    """Append the traceback to the log file; return where it went, for the one-line message."""
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    report = (
        f"--- {stamp} {PROG} {cnil_case.__version__} {' '.join(arguments)}\n"
        + "".join(traceback.format_exception(exc))
    )
    try:
        path = _log_path()
        with path.open("a", encoding="utf-8") as handle:
            handle.write(report)
    except OSError as error:
        return f"the details could not be logged: {error}"
    return f"details in {path}"
