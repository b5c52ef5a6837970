"""The headless sub-commands of ``cnil-case``: cases, documents, deadlines, timelines, evidence.

``cli.main`` hands every command line that names a command here (and ``--help``); this module is
the composition root without Qt: it opens (and migrates) the workspace, runs one command in one
transaction and turns user errors into one line on stderr. It imports most of ``core``, which
the window's start does not wait for (``cli.py``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import getpass
import json
import logging
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.orm import Session

import cnil_case
from cnil_case import cli, paths
from cnil_case.core import (
    acquisition,
    affected,
    assessments,
    backup,
    bundle,
    caseio,
    cases,
    correspondence,
    crypto,
    db,
    deadlines,
    demo,
    enisa,
    evidence,
    exports,
    files,
    integrity,
    manifest,
    obligations,
    parties,
    recovery,
    reportdata,
    risk,
    search,
    team,
    timelineio,
    times,
    vault,
)
from cnil_case.core.errors import DocumentError, UserError, ValidationError
from cnil_case.core.importers import presets, records
from cnil_case.core.importers.mapping import TIME_FORMATS, Mapping
from cnil_case.core.snapshots import EventFilter, Moment

PROG = cli.PROG

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    # --db is accepted before or after the command; SUPPRESS keeps a value given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS, help=cli.DB_HELP)
    common.add_argument("--passphrase-file", metavar="FILE", default=argparse.SUPPRESS, help=cli.PASSPHRASE_HELP)

    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Case files for personal-data-breach investigations under the GDPR. "
            "Without a command, opens the window."
        ),
        epilog="Exit status: 0 done, 1 failed (one line on stderr says why), 2 wrong usage.",
    )
    cli.add_global_options(parser)
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
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--output", metavar="FILE", help="the file to write; - for stdout")
    target.add_argument("--bundle", metavar="DIR",
                        help="write a bundle instead: DIR/case.json and every evidence file (DIR/vault/<sha256>)")

    importer = commands.add_parser(
        "import", parents=[common], help="create a case from a case document (JSON)",
        description="Create a case from a case document; prints the new case's id and reference.",
    )
    importer.add_argument("file", metavar="FILE",
                          help="the case document; - for stdin; a bundle folder brings the evidence files too")
    importer.add_argument("--reference", metavar="NEW", help="import under this reference instead of the document's")

    clocks = commands.add_parser(
        "deadlines", parents=[common], help="every legal deadline of a case, with its computation",
        description=(
            "Print every obligation of the case's parties (GDPR Art. 33 and 34, and the other regimes "
            "that bind them): its clock start, deadline, state and the steps of the computation, in "
            "the case's order (party, then regime table). See docs/deadlines.md."
        ),
    )
    clocks.add_argument("case", metavar="CASE", help="the case's reference or id")
    clocks.add_argument("--json", action="store_true", help="print one JSON object instead (fields in docs/deadlines.md)")
    clocks.add_argument(
        "--at", metavar="ISO-8601", type=_instant_argument, default=None,
        help="evaluate the states at this instant instead of now; it needs an offset or Z, "
        "e.g. 2024-04-01T11:00:00+02:00",
    )
    clocks.add_argument(
        "--due-soon-hours", metavar="N", type=_hours_argument, default=DUE_SOON_HOURS,
        help=f"an open deadline less than N hours away is due soon (default {DUE_SOON_HOURS})",
    )
    requests = commands.add_parser(
        "requests", parents=[common], help="requests to the parties, their time limits and states",
        description=(
            "List the requests (questionnaires, document requests, notices, reminders) of a case, or of "
            "every open case, with sender and recipient, sending, due time (in the case's zone), state "
            "and delay. With --overdue, only those past their time limit without a full answer. "
            "See docs/investigation.md."
        ),
    )
    requests.add_argument("case", metavar="CASE", nargs="?", default=None,
                          help="the case's reference or id (default: every open case)")
    requests.add_argument("--overdue", action="store_true", help="only the requests past their time limit")
    requests.add_argument("--json", action="store_true", help="print a JSON list of objects instead")
    requests.add_argument(
        "--at", metavar="ISO-8601", type=_instant_argument, default=None,
        help="evaluate the states at this instant instead of now, e.g. 2024-02-23T09:00:00+01:00",
    )
    assess = commands.add_parser(
        "assess", help="assess a case document's risk: ENISA score, EDPB factors, what to notify",
        description=(
            "Assess the risk of the breach a case document describes, without a workspace: the ENISA "
            "severity (SE = DPC × EI + CB) with its steps, the EDPB 9/2022 factors, and the "
            "recommendation (notify the supervisory authority, Art. 33; communicate to the data "
            "subjects, Art. 34) with every reason and its source. The document's latest assessment "
            "is used if it has one, else the inputs derived from its case file. See docs/assess.md."
        ),
    )
    assess.add_argument("file", metavar="FILE", help="the case document; - for stdin")
    assess.add_argument("--json", action="store_true", help="print one JSON object instead (fields in docs/assess.md)")
    report = commands.add_parser(
        "report", parents=[common],
        help="write a regulator document: Art. 33 notification, Art. 34 letter, investigation report, register",
        description=("Write a regulator document as PDF: the Art. 33 notification or the Art. 34 communication "
                     "of a case, its investigation report, or the workspace's breach register (Art. 33(5), PDF "
                     "or CSV). Missing information is listed on stderr (one line each) and the PDF is marked "
                     "as a draft on every page. Each export is recorded with its SHA-256 in the case's exports "
                     "list and the audit log."),
    )
    report.add_argument("case", metavar="CASE", nargs="?", default=None,
                        help="the case's reference or id (not for --kind register, which covers every case)")
    report.add_argument("--kind", choices=("art33", "art34", "investigation", "register"), required=True)
    report.add_argument("--lang", choices=("fr", "en"), default="fr")
    report.add_argument("-o", "--output", metavar="FILE", required=True,
                        help="the file to write (register: a name ending in .csv writes CSV)")
    stage = report.add_mutually_exclusive_group()
    stage.add_argument("--final", action="store_true", help="Art. 33: a final notification")
    stage.add_argument("--complementary", metavar="REF", default=None,
                       help="Art. 33: a complementary notification following the earlier one REF")
    stage.add_argument("--public", action="store_true",
                       help="Art. 34: the public communication of Art. 34(3)(c) instead of the letter")
    stage.add_argument("--by-day", action="store_true", help="investigation: group the timeline by day")
    stage.add_argument("--csv", action="store_true", help="register: write CSV (UTF-8 with BOM, ';')")
    _evidence_parser(commands, common)
    _timeline_parser(commands, common)
    verify = commands.add_parser(
        "verify", parents=[common], help="check the audit log, custody, vault files and exports for tampering",
        description="Check the audit log's hash chain, every custody chain, every vault file's SHA-256 and the "
        "exported files; print one line per problem naming the first broken link (see docs/integrity.md). "
        "Reads only. Exit 0 when all is intact, 1 when anything is broken.",
    )
    verify.add_argument("case", metavar="CASE", nargs="?", default=None,
                        help="only this case's evidence and custody (the audit log is always checked whole)")
    verify.add_argument("--json", action="store_true", help="print one JSON object instead")
    _team_parser(commands, common)
    backup_command = commands.add_parser(
        "backup", parents=[common], help="write the workspace and its evidence vault to one archive",
        description="Write a consistent copy of the workspace (SQLite: the online-backup API; PostgreSQL: one "
        "read-only snapshot transaction) and every evidence file into one ZIP archive, with a manifest of each "
        "member's SHA-256. The workspace may be in use. The archive appears only once complete.",
    )
    backup_command.add_argument("-o", "--output", metavar="FILE", required=True, help="the archive to write")
    restore = commands.add_parser(
        "restore", parents=[common], help="restore a backup into a new workspace (--db) and its vault",
        description="Check every member of the archive against its manifest, then restore the database into the "
        "workspace and the evidence files into its vault, and check the database, the audit log's hash chain "
        "and every vault file. A backup from a newer cnil-case is refused; an older one is migrated. "
        "Exit 0 when the restored workspace checks out, 1 otherwise.",
    )
    restore.add_argument("file", metavar="FILE", help="the backup archive")
    restore.add_argument("--force", action="store_true", help="replace a workspace (and vault) that holds data")
    new_workspace = commands.add_parser(
        "new-workspace", parents=[common], help="create an empty workspace file (optionally encrypted)",
        description="Create a new workspace and its evidence vault. With --encrypted, the database is a SQLCipher "
        "file and the vault's files are encrypted, with a key from the passphrase ($CNIL_CASE_PASSPHRASE, "
        "--passphrase-file, or typed twice on a terminal). A lost passphrase cannot be recovered: nor can the data.",
    )
    new_workspace.add_argument("file", metavar="FILE", help="the workspace file to create (must not exist)")
    new_workspace.add_argument("--encrypted", action="store_true", help="encrypt the database and the vault")
    return parser


def _team_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                 common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("team", help="a team workspace on PostgreSQL: grants, shared evidence folder",
                                description="Manage a team workspace on PostgreSQL (see docs/teams.md).")
    sub = group.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    granting = sub.add_parser("grant", parents=[common],
                              help="give a database role read or write access (as the owner)")
    granting.add_argument("role", metavar="ROLE", help="the person's database role")
    access = granting.add_mutually_exclusive_group(required=True)
    access.add_argument("--read", dest="access", action="store_const", const="read",
                        help="read only, enforced by the server")
    access.add_argument("--write", dest="access", action="store_const", const="write",
                        help="read and change (the audit log stays append-only)")
    shared = sub.add_parser("set-vault", parents=[common], help="set the evidence folder every member uses")
    shared.add_argument("path", metavar="PATH", help="an existing folder, at the same absolute path for every member")


def _team(factory: db.SessionFactory, args: argparse.Namespace) -> int:
    with factory.begin() as session:
        if args.team_command == "grant":
            team.grant(session, args.role, access=args.access)
            print(f"{args.role}: {args.access} access granted")
        else:
            print(f"shared evidence folder: {team.set_vault_location(session, Path(args.path))}")
    return 0


def _evidence_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                     common: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "evidence", help="add, list and verify evidence; export a manifest; check a received folder",
        description="Evidence of a case: files kept in the workspace's vault with their chain of custody "
        "(see docs/evidence.md).",
    )
    sub = group.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", parents=[common], help="add files or folders (recursively) to a case",
                         description="Hash and copy files into the vault and register them as evidence of the case; "
                         "prints one line per file.")
    add.add_argument("case", metavar="CASE", help="the case's reference or id")
    add.add_argument("paths", metavar="PATH", nargs="+", help="files or folders (folders are added recursively)")
    add.add_argument("--by", metavar="NAME", default="", help="who acquired the files")
    add.add_argument("--method", metavar="TEXT", default="", help="how they were acquired (e.g. seized USB key)")
    add.add_argument("--from", dest="from_party", metavar="PARTY-NAME", default=None,
                     help="the party of the case they came from (its organisation's name)")
    add.add_argument("--exhibit", metavar="N", default="", help="seal or exhibit number")
    add.add_argument("--tag", metavar="T", action="append", default=[], help="a tag (repeat for several)")
    listing = sub.add_parser("list", parents=[common], help="list a case's evidence",
                             description="List a case's evidence: id, SHA-256, size, status, exhibit, name (tab-separated).")
    listing.add_argument("case", metavar="CASE", help="the case's reference or id")
    listing.add_argument("--json", action="store_true", help="print a JSON list of objects instead")
    check = sub.add_parser("verify", parents=[common], help="re-hash the vault files (of one case or all)",
                           description="Re-hash every vault file the case (or, without CASE, the workspace) relies on, "
                           "record each result in custody, and list failures and unexpected files; exit 1 if any.")
    check.add_argument("case", metavar="CASE", nargs="?", default=None, help="the case's reference or id")
    export = sub.add_parser("manifest", parents=[common], help="export the evidence with a manifest (CSV and PDF)",
                            description="Copy a case's evidence files into DIR/files (each copy verified), write "
                            "DIR/manifest.csv and DIR/manifest.pdf, and record the export in custody.")
    export.add_argument("case", metavar="CASE", help="the case's reference or id")
    export.add_argument("-o", "--output", metavar="DIR", required=True, help="the folder to write (new or empty)")
    export.add_argument("--id", dest="ids", metavar="ID", type=int, action="append", default=[],
                        help="export only this item (repeat for several; default: all the case's evidence)")
    received = sub.add_parser("check-folder", help="verify a received folder against its manifest.csv",
                              description="Re-hash the files of a folder against its manifest.csv: matching, differing, "
                              "missing and unexpected files; exit 1 unless all match.")
    received.add_argument("folder", metavar="DIR", help="the folder holding manifest.csv")
    received.add_argument("--manifest", metavar="CSV", default=None, help="the manifest (default: DIR/manifest.csv)")


def _timeline_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                     common: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "timeline", help="import a timeline file (Timesketch, DFIR-IRIS, any CSV / JSONL), export, undo",
        description="Bulk timelines of a case (see docs/timeline-import.md).",
    )
    sub = group.add_subparsers(dest="timeline_command", metavar="ACTION", required=True)
    imp = sub.add_parser(
        "import", parents=[common], help="import a timeline file into a case (all or nothing)",
        description="Stream a timeline file into a case in one transaction; prints the import's id, counts and "
        "SHA-256. A bad line stops the import (nothing is imported) unless --skip-bad-lines.",
    )
    imp.add_argument("case", metavar="CASE", help="the case's reference or id")
    imp.add_argument("file", metavar="FILE", help="the file to import")
    imp.add_argument("--format", dest="fmt", choices=list(presets.FORMATS), default=None,
                     help="default: timesketch-jsonl for .jsonl / .ndjson / .json, else timesketch-csv "
                     "(csv / jsonl with --time-column)")
    imp.add_argument("--time-column", metavar="C", help="csv / jsonl: the column holding the time")
    imp.add_argument("--time-format", metavar="F", default="iso",
                     help=f"{', '.join(TIME_FORMATS)} or a strptime pattern such as '%%d/%%m/%%Y %%H:%%M:%%S' (default iso)")
    imp.add_argument("--zone", metavar="Z", help="IANA zone of times without offset (e.g. Europe/Paris); "
                     "without it such times are refused")
    imp.add_argument("--title-column", metavar="C", help="csv / jsonl: the column holding the title")
    imp.add_argument("--details-column", metavar="C", help="csv / jsonl: the column holding the details")
    imp.add_argument("--source-column", metavar="C", help="csv / jsonl: the column naming the source")
    imp.add_argument("--attribute-column", metavar="C", action="append", default=None,
                     help="csv / jsonl: keep this column as an attribute (repeat; default: every other column)")
    imp.add_argument("--encoding", metavar="E", default="utf-8", help="the file's text encoding (default utf-8)")
    imp.add_argument("--skip-bad-lines", action="store_true",
                     help="leave bad lines out (listed in the import record and on stderr) instead of stopping")
    exp = sub.add_parser(
        "export", parents=[common], help="write a case's timeline as Timesketch CSV or JSONL",
        description="Write the case's events (or those the filters keep) in time order, as Timesketch CSV or "
        "JSONL that imports back with the same times, offsets and attributes.",
    )
    exp.add_argument("case", metavar="CASE", help="the case's reference or id")
    exp.add_argument("-o", "--output", metavar="FILE", required=True, help="the file to write; - for stdout")
    exp.add_argument("--format", dest="fmt", choices=list(timelineio.FORMATS), default=None,
                     help="default: timesketch-jsonl for a .jsonl file, else timesketch-csv")
    exp.add_argument("--text", default="", help="only events with words that start with these (title, details, source, attributes; accents ignored)")
    exp.add_argument("--category", action="append", default=[], help="only this category (repeat for several)")
    exp.add_argument("--tag", default="", help="only events with this tag")
    exp.add_argument("--starred", action="store_true", help="only starred events")
    undo = sub.add_parser("undo-import", parents=[common], help="delete the events one import brought in",
                          description="Delete every event of one import (one transaction, audited); the import "
                          "record stays, marked undone.")
    undo.add_argument("case", metavar="CASE", help="the case's reference or id")
    undo.add_argument("import_id", metavar="IMPORT_ID", type=int, help="the import's id (see `timeline imports`)")
    listing = sub.add_parser("imports", parents=[common], help="list a case's imports",
                             description="List a case's imports: id, date, events, skipped lines, state, SHA-256, "
                             "file (tab-separated).")
    listing.add_argument("case", metavar="CASE", help="the case's reference or id")
    listing.add_argument("--json", action="store_true", help="print a JSON list of objects instead")
    finder = commands.add_parser(
        "search", parents=[common], help="full-text search of events, evidence, findings and correspondence",
        description="Search the workspace, or one case, ignoring case and accents: every word must match; "
        '"quoted words" must follow each other; word* matches a prefix. Prints kind, id, case, title, snippet.',
    )
    finder.add_argument("words", metavar="[CASE] QUERY", nargs="+",
                        help="the case's reference or id (optional), then the query (quote it if it has spaces)")
    finder.add_argument("--json", action="store_true", help="print a JSON list of objects instead")
    finder.add_argument("--limit", metavar="N", type=int, default=50, help="at most N results (default 50)")


DUE_SOON_HOURS = int(deadlines.DEFAULT_DUE_SOON.total_seconds() // 3600)


def _instant_argument(text: str) -> dt.datetime:
    """``--at``: an ISO 8601 date-time with an offset; a local time would be ambiguous."""
    example = "e.g. 2024-04-01T11:00:00+02:00, or 2024-04-01T09:00:00Z for UTC"
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO 8601 date-time ({example})") from None
    if value.utcoffset() is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} has no UTC offset, so it could mean several instants: add one ({example})"
        )
    return value.astimezone(dt.UTC)


def _hours_argument(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of hours") from None
    if not 0 <= value <= parties.MAX_HOURS:
        raise argparse.ArgumentTypeError(f"{value} must be between 0 and {parties.MAX_HOURS} hours")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 done, 1 failed, 2 wrong usage).

    ``cli.main`` comes here for everything but a plain window start; a line that names no
    command after all (``--db=x`` spelt oddly) still opens the window.
    """
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        args = parser.parse_args(arguments)
        cli.check_global_options(parser, args)
    except SystemExit as exc:  # argparse exits for --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else 2
    if args.command is None:
        return cli.start_window(args)
    try:
        with _file_logging():
            return _command(args)
    except UserError as exc:
        return cli.fail(str(exc))
    except KeyboardInterrupt:
        cli.fail("interrupted")
        return 130
    except BrokenPipeError:
        # The reader went away (`cnil-case export X -o - | head`): nothing left to say.
        _silence_stdout()
        return 1
    except Exception as exc:
        return cli.fail(f"unexpected {type(exc).__name__}: {exc} (a bug; {_log_bug(exc, arguments)})")


def _new_workspace(file: Path, *, encrypted: bool, secret: crypto.Secret | None) -> int:
    target = Path(file).expanduser().resolve()
    if target.exists() and target.stat().st_size > 0:
        raise UserError(f"{target} already exists: choose a new file name.")
    store_root = vault.vault_for(db.to_url(target), paths.data_dir())
    if encrypted and secret is None:
        if not sys.stdin.isatty():
            raise UserError(f"an encrypted workspace needs a passphrase: {crypto.ENCRYPTED_HINT.removeprefix('give its passphrase ')}")
        first = getpass.getpass("Passphrase for the new workspace: ")
        if getpass.getpass("The same passphrase again: ") != first:
            raise UserError("the two passphrases differ: nothing was created")
        secret = crypto.Secret(first)
    if encrypted:
        assert secret is not None
        store = vault.Vault.create_encrypted(store_root, secret)
    engine, _ = db.open_workspace(target, passphrase=secret if encrypted else None, create_encrypted=encrypted)
    engine.dispose()
    kind = "encrypted workspace" if encrypted else "workspace"
    print(f"{kind} {target} created (evidence vault: {store_root})")
    if encrypted:
        assert store.encrypted
        print("keep the passphrase safe: without it nobody, not even cnil-case, can read this workspace",
              file=sys.stderr)
    return 0


def _command(args: argparse.Namespace) -> int:
    if args.command == "new-workspace":
        return _new_workspace(Path(args.file), encrypted=args.encrypted, secret=cli.passphrase(args))
    if args.command == "assess":
        # A document, not a workspace: --db and --demo do not apply.
        return _assess(args.file, as_json=args.json)
    if args.command == "evidence" and args.evidence_command == "check-folder":
        return _check_folder(Path(args.folder), None if args.manifest is None else Path(args.manifest))
    target = cli.workspace_target(args)
    secret = cli.passphrase(args)
    if args.command == "backup":
        return _backup(target, Path(args.output), secret)
    if args.command == "restore":
        # Before _workspace: opening it would create, and so fill, the workspace being restored into.
        return _restore(Path(args.file), target, force=args.force, secret=secret)

    @functools.cache
    def store() -> vault.Vault:
        # Once per run: an encrypted vault's key takes a deliberately slow derivation.
        return _vault(target, secret)

    with _workspace(target, with_demo=args.demo, passphrase=secret) as factory:
        _recover(factory, store)
        if args.command == "team":
            return _team(factory, args)
        if args.command == "verify":
            return _verify(factory, store(), args.case, as_json=args.json)
        if args.command == "evidence":
            return _evidence(factory, store(), args)
        if args.command == "timeline":
            return _timeline(factory, args)
        if args.command == "search":
            return _search(factory, args.words, as_json=args.json, limit=args.limit)
        if args.command == "cases":
            return _cases(factory, as_json=args.json)
        if args.command == "export":
            if args.bundle is not None:
                return _export_bundle(factory, store(), args.case, Path(args.bundle))
            return _export(factory, args.case, args.output)
        if args.command == "report":
            return _report(factory, args)
        if args.command == "requests":
            return _requests(factory, args.case, overdue=args.overdue, as_json=args.json, at=args.at)
        if args.command == "deadlines":
            return _deadlines(factory, args.case, as_json=args.json, at=args.at, due_soon_hours=args.due_soon_hours)
        return _import(factory, store(), args.file, args.reference)


@contextmanager
def _workspace(target: str, *, with_demo: bool,
               passphrase: crypto.Secret | None = None) -> Iterator[db.SessionFactory]:
    """Open and migrate the workspace; database errors the user can fix become ``StorageError``."""
    engine, factory = db.open_workspace(target, passphrase=passphrase)
    try:
        with db.storage_errors(db.describe(engine.url)):
            if with_demo:
                with factory.begin() as session:
                    demo.ensure_demo_case(session)
            yield factory
    finally:
        engine.dispose()


def _vault(target: str, secret: crypto.Secret | None) -> vault.Vault:
    # Stale .part files of a killed run were cleared by the start-up check (_recover).
    root = team.vault_root(db.to_url(target), paths.data_dir())
    return vault.open_for(root, passphrase=secret, encrypted=db.is_encrypted(target))


def _recover(factory: db.SessionFactory, opened: Callable[[], vault.Vault]) -> None:
    """The start-up check (docs/integrity.md): what it cleaned or found goes to stderr, in one line."""
    try:
        store = opened()
    except vault.VaultError as exc:
        log.warning("start-up check skipped: %s", exc)  # the commands that need the vault will say it
        return
    report = recovery.check(factory, store)
    if report.message:
        print(f"{PROG}: {report.message}", file=sys.stderr)


def _verify(factory: db.SessionFactory, store: vault.Vault, case: str | None, *, as_json: bool) -> int:
    with factory() as session:
        case_id = None if case is None else cases.find(session, case)
        plan = integrity.read(session, case_id)
    report = integrity.check_files(plan, store)
    if as_json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        for problem in report.problems:
            print(cli.one_line(problem.line))
        for note in report.notes:
            print(f"note: {cli.one_line(note)}")
        print(report.summary())
    return 0 if report.intact else 1


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
        print(f"{row.id}\t{row.reference}\t{row.status}\t{cli.one_line(row.title)}")
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


_VARIANT_FLAGS = {"final": "art33", "complementary": "art33", "public": "art34", "by_day": "investigation",
                  "csv": "register"}


def _report_variant(args: argparse.Namespace) -> str:
    """The variant the flags ask for, refusing a flag that belongs to another kind."""
    for flag, kind in _VARIANT_FLAGS.items():
        value = getattr(args, flag)
        if value and value is not None and kind != args.kind:
            raise UserError(f"--{flag.replace('_', '-')} applies to --kind {kind}, not --kind {args.kind}")
    if args.kind == "art33":
        return "final" if args.final else "complementary" if args.complementary is not None else "initial"
    if args.kind == "art34":
        return "public" if args.public else "letter"
    if args.kind == "investigation":
        return "day" if args.by_day else "category"
    return "csv" if args.csv or Path(args.output).suffix.lower() == ".csv" else "pdf"


def _factory_name(factory: db.SessionFactory) -> str:
    bind = factory.kw["bind"]
    return db.short_name(bind.url)


def _report(factory: db.SessionFactory, args: argparse.Namespace) -> int:
    from cnil_case.report import documents  # reportlab only for this command

    variant = _report_variant(args)
    now = dt.datetime.now(dt.UTC)
    if args.kind == "register":
        if args.case is not None:
            raise UserError("the register covers every case of the workspace: leave out CASE")
        with factory() as session:
            rows = reportdata.register(session, now=now)
        built = documents.build_register(rows, lang=args.lang, variant=variant, workspace=_factory_name(factory),
                                         generated_at=now)
        what = f"breach register ({len(rows)} case{'' if len(rows) == 1 else 's'}"
    else:
        if args.case is None:
            raise UserError(f"--kind {args.kind} needs the CASE (a reference or an id)")
        with factory() as session:
            snap = reportdata.snapshot(session, cases.find(session, args.case), now=now)
        built = documents.build_case_document(snap, args.kind, lang=args.lang, variant=variant,
                                              earlier_reference=args.complementary or "")
        what = f"{snap.case.reference}: {args.kind} ({variant}"
    for line in (*built.gaps, *built.warnings):
        print(cli.one_line(line), file=sys.stderr)
    row = exports.save(factory, built, args.output, now=now)
    print(f"{what}, {args.lang}{', draft' if built.draft else ''}) written to {args.output} (SHA-256 {row.sha256})")
    return 0


def _export_bundle(factory: db.SessionFactory, store: vault.Vault, case: str, folder: Path) -> int:
    with factory() as session:
        written = bundle.write(session, store, cases.find(session, case), folder)
        reference = cases.get(session, cases.find(session, case)).reference
    print(f"{reference}: case document and {written.files} evidence file{'' if written.files == 1 else 's'} "
          f"written to {folder}")
    if written.missing:
        print(f"warning: {len(written.missing)} evidence file(s) are missing or damaged in the vault and were "
              "left out; run `cnil-case evidence verify` to see which", file=sys.stderr)
        return 1
    return 0


def _import(factory: db.SessionFactory, store: vault.Vault, file: str, reference: str | None) -> int:
    folder = Path(file)
    absent: tuple[str, ...] = ()
    if file != "-" and folder.is_dir():
        if not bundle.is_bundle(folder):
            raise UserError(f"{folder} is a folder without {bundle.DOCUMENT}: not a case bundle")
        document = bundle.read(folder)
        source = folder.name or str(folder)
        # The files go into the vault first (file work, outside the transaction); a failed
        # import afterwards leaves complete objects that nothing references, never half files.
        _, absent = bundle.store_files(store, folder, document)
    else:
        document, source = _read_document(file)
    try:
        with factory.begin() as session:
            case_id = caseio.import_case(session, document, source=source, reference=reference)
            imported = cases.get(session, case_id)
    except caseio.ReferenceTakenError as exc:
        raise UserError(f"{exc} (--reference {exc.suggestion})") from exc
    print(f"{imported.id}\t{imported.reference}")
    missing = bundle.missing_files(store, document)
    if missing or absent:
        print(f"warning: {len(missing)} evidence file(s) are not in the vault (metadata and custody imported); "
              "import the case's bundle folder to bring the files", file=sys.stderr)
    return 0


def _evidence(factory: db.SessionFactory, store: vault.Vault, args: argparse.Namespace) -> int:
    action = args.evidence_command
    if action == "add":
        return _evidence_add(factory, store, args)
    if action == "list":
        return _evidence_list(factory, args.case, as_json=args.json)
    if action == "verify":
        return _evidence_verify(factory, store, args.case)
    return _evidence_manifest(factory, store, args.case, Path(args.output), args.ids)


def _timeline(factory: db.SessionFactory, args: argparse.Namespace) -> int:
    action = args.timeline_command
    if action == "import":
        return _timeline_import(factory, args)
    if action == "export":
        return _timeline_export(factory, args)
    if action == "imports":
        return _timeline_imports(factory, args.case, as_json=args.json)
    with factory.begin() as session:
        case_id = cases.find(session, args.case)
        if records.get(session, args.import_id).case_id != case_id:
            raise UserError(f"import #{args.import_id} is not an import of case {args.case}")
        deleted = records.undo(session, args.import_id)
    print(f"import #{args.import_id} undone: {deleted} event{'' if deleted == 1 else 's'} deleted")
    return 0


def _import_format(args: argparse.Namespace) -> str:
    if args.fmt:
        return str(args.fmt)
    jsonl = Path(args.file).suffix.lower() in (".jsonl", ".ndjson", ".json")
    if args.time_column or args.title_column:
        return "jsonl" if jsonl else "csv"
    return "timesketch-jsonl" if jsonl else "timesketch-csv"


def _timeline_import(factory: db.SessionFactory, args: argparse.Namespace) -> int:
    fmt = _import_format(args)
    generic = fmt in ("csv", "jsonl")
    if generic and not (args.time_column and args.title_column):
        raise UserError(f"--format {fmt} needs --time-column and --title-column (and --zone if its times have no offset)")
    if not generic and (args.time_column or args.title_column or args.details_column or args.source_column
                        or args.attribute_column):
        raise UserError(f"--format {fmt} has its own columns: the column options apply to --format csv or jsonl")
    mapping = Mapping(
        time_column=args.time_column or "", title_column=args.title_column or "", time_format=args.time_format,
        zone=args.zone, details_column=args.details_column, source_column=args.source_column,
        attribute_columns=None if args.attribute_column is None else tuple(args.attribute_column),
        encoding=args.encoding,
    )
    with factory.begin() as session:
        row = records.import_file(session, cases.find(session, args.case), Path(args.file), fmt=fmt,
                                  mapping=mapping, skip_bad=args.skip_bad_lines)
    print(f"import #{row.id}: {row.imported} event{'' if row.imported == 1 else 's'} from {row.file_name} "
          f"({row.lines_read} lines read, {row.skipped} skipped), sha256 {row.sha256}")
    for skipped in row.skipped_lines[:20]:
        print(f"skipped line {skipped.line}: {skipped.reason}", file=sys.stderr)
    if row.skipped > 20:
        print(f"… and {row.skipped - 20} more skipped lines (see `{PROG} timeline imports --json`)", file=sys.stderr)
    return 0


def _timeline_export(factory: db.SessionFactory, args: argparse.Namespace) -> int:
    fmt = args.fmt or ("timesketch-jsonl" if args.output.lower().endswith((".jsonl", ".ndjson")) else "timesketch-csv")
    flt = EventFilter(categories=frozenset(args.category), tag=args.tag, starred_only=args.starred, text=args.text)
    with factory() as session:
        case_id = cases.find(session, args.case)
        if args.output == "-":
            count = timelineio.export(session, case_id, sys.stdout, fmt=fmt, flt=flt)
        else:
            # Streamed to a temporary file beside the target, renamed once complete.
            with files.text_writer(args.output) as handle:
                count = timelineio.export(session, case_id, handle, fmt=fmt, flt=flt)
    if args.output != "-":
        print(f"{count} event{'' if count == 1 else 's'} written to {args.output}")
    return 0


def _timeline_imports(factory: db.SessionFactory, case: str, *, as_json: bool) -> int:
    with factory() as session:
        rows = records.list_imports(session, cases.find(session, case))
    if as_json:
        print(json.dumps([
            {"id": r.id, "file": r.file_name, "sha256": r.sha256, "size": r.size, "format": r.format,
             "mapping": r.mapping, "lines_read": r.lines_read, "imported": r.imported, "skipped": r.skipped,
             "skipped_lines": [{"line": s.line, "reason": s.reason} for s in r.skipped_lines],
             "by": r.actor, "at": r.at.isoformat(), "undone_at": r.undone_at.isoformat() if r.undone_at else None}
            for r in rows
        ], indent=2, ensure_ascii=False))
        return 0
    for r in rows:
        state = "undone" if r.undone_at else "active"
        print(f"{r.id}\t{r.at:%Y-%m-%d %H:%M}Z\t{r.imported}\t{r.skipped}\t{state}\t{r.sha256}\t{cli.one_line(r.file_name)}")
    return 0


def _search(factory: db.SessionFactory, words: list[str], *, as_json: bool, limit: int) -> int:
    if len(words) > 2:
        raise UserError("give the case (optional) then the query; quote a query of several words")
    with factory() as session:
        case_id = cases.find(session, words[0]) if len(words) == 2 else None
        hits = search.search(session, words[-1], case_id=case_id, limit=limit)
        references = {row.id: row.reference for row in cases.list_rows(session)}
    if as_json:
        print(json.dumps([
            {"kind": h.kind, "id": h.id, "case": references.get(h.case_id, h.case_id), "title": h.title,
             "snippet": search.plain(h.snippet), "rank": h.rank}
            for h in hits
        ], indent=2, ensure_ascii=False))
        return 0
    for h in hits:
        print(f"{h.kind}\t{h.id}\t{references.get(h.case_id, h.case_id)}\t{cli.one_line(h.title)}\t"
              f"{cli.one_line(search.plain(h.snippet))}")
    return 0


def _party_named(session: Session, case_id: int, name: str) -> int:
    rows = parties.list_parties(session, case_id)
    found = [row.id for row in rows if row.organisation_name.casefold() == name.strip().casefold()]
    if len(found) != 1:
        known = ", ".join(sorted({row.organisation_name for row in rows})) or "none"
        why = "several parties have" if found else "no party of the case has"
        raise UserError(f"--from {name!r}: {why} that name (the case's parties: {known})")
    return found[0]


def _evidence_add(factory: db.SessionFactory, store: vault.Vault, args: argparse.Namespace) -> int:
    with factory() as session:
        case_id = cases.find(session, args.case)
        party = None if args.from_party is None else _party_named(session, case_id, args.from_party)
    # The file work runs outside any transaction; the batch is registered in one afterwards.
    report = acquisition.store_all(store, [Path(p) for p in args.paths])
    defaults = acquisition.Defaults(
        acquired=Moment(times.utcnow().replace(microsecond=0)), acquired_by=args.by, method=args.method,
        from_party_id=party, exhibit=args.exhibit, tags=tuple(args.tag),
    )
    with factory.begin() as session:
        registered = acquisition.register_all(session, case_id, report.stored, defaults)
    for item, result in zip(report.stored, registered, strict=True):
        state = "added" if result.new else "already present (second acquisition recorded)"
        print(f"{state}\t{result.row.sha256}\t{item.path}")
    for skipped in report.skipped:
        print(f"skipped\t{cli.one_line(skipped.reason)}\t{skipped.path}")
    for failed in report.failed:
        print(f"failed\t{cli.one_line(failed.message)}\t{failed.path}")
    return 1 if report.failed else 0


def _evidence_list(factory: db.SessionFactory, case: str, *, as_json: bool) -> int:
    with factory() as session:
        rows = evidence.list_rows(session, cases.find(session, case))
    if as_json:
        listing = [
            {
                "id": row.id, "sha256": row.sha256, "size": row.size, "media_type": row.media_type,
                "name": row.original_name, "path": row.original_path, "acquired": manifest.iso(row.acquired),
                "acquired_by": row.acquired_by, "method": row.method, "from_party": row.from_party_name,
                "exhibit": row.exhibit, "description": row.description, "tags": list(row.tags),
                "status": row.status, "acquisitions": row.acquisitions, "events": list(row.events),
            }
            for row in rows
        ]
        print(json.dumps(listing, indent=2, ensure_ascii=False))
        return 0
    for row in rows:
        print(f"{row.id}\t{row.sha256}\t{row.size}\t{row.status}\t{cli.one_line(row.exhibit)}\t{cli.one_line(row.original_name)}")
    return 0


def _evidence_verify(factory: db.SessionFactory, store: vault.Vault, case: str | None) -> int:
    with factory() as session:
        case_id = None if case is None else cases.find(session, case)
        expected = evidence.expected_objects(session, case_id)
    report = store.scan(expected)
    with factory.begin() as session:
        for result in report.checked:
            detail = result.status.value if result.ok else _failure_text(result)
            evidence.record_verification(session, result.sha256, ok=result.ok, detail=detail, case_id=case_id)
    for result in report.failures:
        print(f"FAILED\t{_failure_text(result)}\t{store.path_for(result.sha256)}")
    # Unexpected files only mean something for the whole vault: other cases own the rest.
    unexpected = report.unexpected if case_id is None else ()
    for path in unexpected:
        print(f"unexpected\tno item of the workspace holds this file\t{path}")
    ok = len(report.checked) - len(report.failures)
    print(f"{ok} of {len(report.checked)} file{'' if len(report.checked) == 1 else 's'} verified OK"
          + (f", {len(report.failures)} failed" if report.failures else "")
          + (f", {len(unexpected)} unexpected" if unexpected else ""))
    return 1 if report.failures or unexpected else 0


def _backup(target: str, output: Path, secret: crypto.Secret | None) -> int:
    url = db.to_url(target)
    written = backup.write(url, _vault(target, secret), output, passphrase=secret)
    files = written.vault_objects
    print(f"{db.describe(url)}: {sum(written.rows.values())} rows and {files} evidence file{'' if files == 1 else 's'} "
          f"written to {output} ({written.size:,} bytes, schema {written.schema_revision})")
    return 0


def _restore(archive: Path, target: str, *, force: bool, secret: crypto.Secret | None) -> int:
    url = db.to_url(target)
    report = backup.restore(archive, url, vault.vault_for(url, paths.data_dir()), force=force, passphrase=secret)
    files = report.vault_objects
    migrated = f", migrated to schema {report.migrated_to}" if report.migrated_to else ""
    print(f"{archive} restored into {report.target}: {sum(report.rows.values())} rows, {files} evidence "
          f"file{'' if files == 1 else 's'}{migrated}")
    if report.integrity != "ok":
        print(f"database check: {cli.one_line(report.integrity)}", file=sys.stderr)
    if report.audit_broken_at is not None:
        print(f"audit log: the hash chain breaks at entry #{report.audit_broken_at}", file=sys.stderr)
    for failure in report.vault_failures:
        print(f"vault file {failure.sha256}: {_failure_text(failure)}", file=sys.stderr)
    for sha256 in report.missing_evidence:
        print(f"evidence {sha256}: not in the backup's vault", file=sys.stderr)
    return 0 if report.ok else 1


def _failure_text(result: vault.VerifyResult) -> str:
    if result.status is vault.Check.MISMATCH:
        return f"content changed: SHA-256 is now {result.actual}"
    if result.status is vault.Check.SIZE_DIFFERS:
        return f"size differs: {result.size} bytes on disk"
    if result.status is vault.Check.MISSING:
        return "file missing from the vault"
    return f"{result.status.value}" + (f" ({result.detail})" if result.detail else "")


def _evidence_manifest(factory: db.SessionFactory, store: vault.Vault, case: str, output: Path, ids: list[int]) -> int:
    from cnil_case.report import manifest as manifest_pdf  # reportlab only for this command

    with factory() as session:
        case_id = cases.find(session, case)
    report = manifest.export(factory, store, case_id, ids, output, pdf=manifest_pdf.render)
    for name, message in report.failed:
        print(f"failed\t{cli.one_line(message)}\t{name}")
    count = len(report.manifest.rows)
    print(f"{count} file{'' if count == 1 else 's'} exported to {output} (manifest.csv, manifest.pdf)")
    return 1 if report.failed else 0


def _check_folder(folder: Path, manifest_csv: Path | None) -> int:
    check = manifest.verify_folder(folder, manifest_csv)
    for label, names in (("matching", check.matching), ("DIFFERS", check.differing),
                         ("MISSING", check.missing), ("unexpected", check.unexpected)):
        for name in names:
            print(f"{label}\t{name}")
    print(f"{len(check.matching)} matching, {len(check.differing)} differing, {len(check.missing)} missing, "
          f"{len(check.unexpected)} unexpected")
    return 0 if check.clean else 1


def _deadlines(
    factory: db.SessionFactory, case: str, *, as_json: bool, at: dt.datetime | None, due_soon_hours: int
) -> int:
    # Whole seconds: the instant printed as evaluated_at is exactly the one the states used.
    now = at if at is not None else times.utcnow().replace(microsecond=0)
    with factory() as session:
        case_id = cases.find(session, case)
        detail = cases.get(session, case_id)
        party_keys = {row.id: f"party-{n}" for n, row in enumerate(parties.list_parties(session, case_id), start=1)}
        clocks = obligations.for_case(
            session, case_id, now=now, due_soon=dt.timedelta(hours=due_soon_hours)
        )
    if as_json:
        report = {
            "case": {"reference": detail.reference, "id": detail.id, "title": detail.title, "zone": detail.display_zone},
            "evaluated_at": _local_iso(now, detail.display_zone),
            "due_soon_hours": due_soon_hours,
            "obligations": [_clock_json(clock, now, party_keys) for clock in clocks],
        }
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    print(f"{detail.reference} · {cli.one_line(detail.title)}")
    print(
        f"Deadlines at {deadlines.describe_moment(now, detail.display_zone)}, shown in {detail.display_zone}; "
        f"due soon: less than {due_soon_hours} h left."
    )
    if not clocks:
        print("\nNo obligations: no party of this case owes a duty under the regimes that bind it.")
    for clock in clocks:
        print()
        print("\n".join(_clock_lines(clock, now)))
    return 0


def _requests(
    factory: db.SessionFactory, case: str | None, *, overdue: bool, as_json: bool, at: dt.datetime | None
) -> int:
    now = at if at is not None else times.utcnow().replace(microsecond=0)
    with factory() as session:
        if case is not None:
            case_ids = [cases.find(session, case)]
        else:
            case_ids = [row.id for row in cases.list_rows(session, include_closed=False)]
        zones = {case_id: cases.get(session, case_id).display_zone for case_id in case_ids}
        rows: list[correspondence.CorrespondenceRow] = []
        for case_id in case_ids:
            if overdue:
                rows.extend(correspondence.overdue(session, now=now, case_id=case_id))
            else:
                rows.extend(row for row in correspondence.list_rows(session, case_id, now=now)
                            if row.kind in correspondence.REQUESTS)
    if as_json:
        print(json.dumps([_request_json(row, zones[row.case_id]) for row in rows], indent=2, ensure_ascii=False))
        return 0
    what = "Overdue requests" if overdue else "Requests"
    print(f"{what} at {now.isoformat().replace('+00:00', 'Z')}; times in each case's zone.")
    if not rows:
        print("None." if case is not None else "None in the open cases.")
    for row in rows:
        zone = zones[row.case_id]
        due = _local_iso(row.due, zone) or "no time limit"
        delay = "" if row.delay is None else f"; delay {_duration(row.delay)}"
        print(f"{row.case_reference} · {row.kind} · {cli.one_line(row.subject)}")
        print(f"  {cli.one_line(row.sender or '?')} → {cli.one_line(row.recipient or '?')}; sent {_local_iso(row.sent.at, zone)}; "
              f"due {due}; {(row.state or 'no state').replace('_', ' ')}{delay}")
    return 0


def _duration(delta: dt.timedelta) -> str:
    """Days and hours, toward zero: 15 d 17 h."""
    hours = _whole_minutes(delta) // 60
    return f"{hours // 24} d {hours % 24} h"


def _request_json(row: correspondence.CorrespondenceRow, zone: str) -> dict[str, object]:
    return {
        "case": row.case_reference,
        "case_id": row.case_id,
        "id": row.id,
        "kind": row.kind,
        "subject": row.subject,
        "reference": row.reference,
        "sender": row.sender or None,
        "recipient": row.recipient or None,
        "sent": _local_iso(row.sent.at, zone),
        "time_limit": (
            {"date": row.limit_date.isoformat()} if row.limit_date is not None
            else {"amount": row.limit_amount, "unit": row.limit_unit} if row.limit_amount is not None else None
        ),
        "due": _local_iso(row.due, zone),
        "state": row.state or None,
        "answered_at": _local_iso(row.answered_at, zone),
        "delay_minutes": None if row.delay is None else _whole_minutes(row.delay),
    }


def _read_document(file: str) -> tuple[dict[str, object], str]:
    if file == "-":
        return caseio.from_bytes(sys.stdin.buffer.read(), source="<stdin>"), "<stdin>"
    return caseio.read(file), Path(file).name


def _assess(file: str, *, as_json: bool) -> int:
    """Import the document into a throw-away workspace and assess it there, as the window would."""
    document, source = _read_document(file)
    with tempfile.TemporaryDirectory(prefix="cnil-case-assess-") as folder:
        engine, factory = db.open_workspace(Path(folder) / "assess.sqlite")
        try:
            with factory.begin() as session:
                case_id = caseio.import_case(session, document, source=source)
                report = _assessment_report(session, case_id, source=source)
        finally:
            engine.dispose()
    if as_json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print("\n".join(_assessment_lines(report)))
    return 0


def _assessment_report(session: Session, case_id: int, *, source: str) -> dict[str, object]:
    detail = cases.get(session, case_id)
    persons = affected.list_persons(session, case_id)
    latest = assessments.current(session, case_id)
    notes: list[str] = []
    border = affected.cross_border_note(persons)
    if border:
        notes.append(border)
    decision: dict[str, object] | None = None
    if latest is not None:
        enisa_input, factors, origin = latest.enisa_input, latest.factors, "latest assessment"
        recommended = latest.evaluation.recommendation
        decision = {
            "label": latest.label,
            "author": latest.author,
            "assessed_at": caseio.format_instant(latest.assessed_at, None),
            "level": latest.decided_level,
            "exemption": latest.exemption,
            "reason": latest.reason,
            "overridden": latest.overridden,
        }
        if latest.overridden:
            notes.append(
                f"The recorded decision ({latest.decided_level}"
                + (f", Art. 34(3)({latest.exemption})" if latest.exemption else "")
                + f") departs from the recommendation ({recommended.level.value}): {latest.reason}"
            )
    else:
        if not affected.list_data(session, case_id):
            raise DocumentError(
                source, "$.affected_data",
                "lists no data concerned, and the document holds no assessment: list the categories of "
                "data (or add an assessment with its ENISA inputs) to assess the risk",
            )
        try:
            start = assessments.draft(session, case_id)
        except ValidationError as exc:
            raise DocumentError(source, "$.affected_data", str(exc)) from exc
        enisa_input, factors, origin = start.enisa_input, start.factors, "derived from the case file"
        notes.extend(note for note in start.notes if note != border)
        notes.append(
            "No assessment in the document: the factors are the ones the case file implies (e.g. "
            "recipients unknown, nothing recovered); add an entry to $.assessments to correct them."
        )
    evaluation = assessments.evaluate(enisa_input, factors)
    score = evaluation.score
    return {
        "case": {
            "reference": detail.reference,
            "title": detail.title,
            "nature": sorted(detail.nature),
            "origin_intent": detail.origin_intent,
            "protection": detail.protection,
            "key_compromised": detail.key_compromised,
            "individuals": affected.total_individuals(persons),
        },
        "source": origin,
        "enisa": {
            "se": score.se,
            "band": score.band.value,
            "dpc": score.dpc,
            "dpc_category": score.dpc_category,
            "ei": score.ei,
            "cb": score.cb,
            "individuals": score.individuals,
            "unintelligible": score.unintelligible,
            "steps": list(score.steps),
            "inputs": caseio.enisa_json(enisa_input),
        },
        "factors": factors.to_json(),
        "recommendation": evaluation.recommendation.to_json(),
        "decision": decision,
        "notes": notes,
    }


_EFFECT_MARK = {"sets": "=", "raises": "+", "lowers": "-", "caps": "≤", "notes": "·"}
_YES = {True: "yes", False: "no"}


def _factor_words(factors: dict[str, object]) -> str:
    """The factors that are set, in the order of ``risk.Factors``, as short words."""
    words = [name.replace("_", " ") for name, value in factors.items() if value is True]
    malicious = factors.get("malicious")
    if malicious is None:
        words.append("intent unknown")
    elif malicious is False:
        words.append("accidental")
    words.append(f"recipients {factors['recipients']}")
    for name in ("individuals", "records"):
        if factors.get(name) is not None:
            words.append(f"{name} {factors[name]:,}")
    return ", ".join(words)


def _assessment_lines(report: dict[str, object]) -> list[str]:
    case = report["case"]
    score = report["enisa"]
    recommendation = report["recommendation"]
    assert isinstance(case, dict) and isinstance(score, dict) and isinstance(recommendation, dict)
    factors = report["factors"]
    assert isinstance(factors, dict)
    lines = [f"{case['reference']} · {cli.one_line(str(case['title']))}", f"Assessed from: {report['source']}"]
    band = enisa.BAND_LABELS[enisa.Band(score["band"])]
    lines.append(
        f"ENISA severity: SE {enisa.format_number(score['se'])} ({band}) = DPC {score['dpc']} × "
        f"EI {enisa.format_number(score['ei'], ei=True)} + CB {enisa.format_number(score['cb'])}"
    )
    lines.extend(f"  - {step}" for step in score["steps"])
    individuals = score["individuals"]
    lines.append(
        "Beside the score: "
        + ("number of individuals unknown" if individuals is None else f"{individuals:,} individuals")
        + "; data " + ("unintelligible" if score["unintelligible"] else "intelligible") + " to the recipients"
    )
    lines.append(f"Factors: {_factor_words(factors)}")
    for name, note in factors.get("notes", {}).items():
        lines.append(f"  - {name}: {cli.one_line(note)}")
    level = risk.Level(recommendation["level"])
    lines.append(f"Recommendation: {level.value} ({risk.LEVEL_TEXT[level]})")
    lines.append(f"  notify the supervisory authority (Art. 33): {_YES[recommendation['notify_authority']]}")
    lines.append(f"  communicate to the data subjects (Art. 34): {_YES[recommendation['communicate']]}")
    exemption = recommendation["exemption"]
    lines.append(f"  Art. 34(3) exemption: {f'({exemption})' if exemption else 'none'}")
    lines.append(f"  public communication instead: {_YES[recommendation['public_communication']]}")
    lines.append(f"  in doubt: {_YES[recommendation['in_doubt']]}")
    lines.append(f"  {recommendation['summary']}")
    lines.append("Reasons:")
    for reason in recommendation["reasons"]:
        mark = _EFFECT_MARK.get(reason["effect"], "·")
        lines.append(f"  {mark} {reason['factor']} ({reason['effect']}): {reason['text']} [{reason['citation']}]")
    decision = report["decision"]
    if isinstance(decision, dict):
        how = "override" if decision["overridden"] else "accepts the recommendation"
        exemption_text = f", Art. 34(3)({decision['exemption']})" if decision["exemption"] else ""
        lines.append(
            f"Recorded decision: {decision['level']}{exemption_text} ({how}) · «{decision['label']}» by "
            f"{decision['author']}, {decision['assessed_at']}"
        )
        if decision["reason"]:
            lines.append(f"  reason: {cli.one_line(str(decision['reason']))}")
    notes = report["notes"]
    assert isinstance(notes, list)
    if notes:
        lines.append("Notes:")
        lines.extend(f"  - {cli.one_line(note)}" for note in notes)
    return lines


def _local_iso(moment: dt.datetime | None, zone: str) -> str | None:
    """An instant in the case's zone, ISO 8601 with its offset (e.g. 2024-04-01T11:00:00+02:00)."""
    return None if moment is None else moment.astimezone(times.zone(zone)).isoformat()


def _utc_iso(moment: dt.datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(dt.UTC).isoformat().removesuffix("+00:00") + "Z"


def _whole_minutes(delta: dt.timedelta) -> int:
    """Whole minutes, toward zero: -90.5 min is -90, as "overdue by 1 h 30 min" says."""
    minutes = abs(delta) // dt.timedelta(minutes=1)
    return -minutes if delta < dt.timedelta(0) else minutes


def _last_day(clock: deadlines.Clock) -> str | None:
    """The last day of a day-based period: its deadline is the midnight that ends that day."""
    if clock.due is None or not clock.end_of_day:
        return None
    return (clock.due.astimezone(times.zone(clock.zone)) - dt.timedelta(seconds=1)).date().isoformat()


def _clock_json(clock: deadlines.Clock, now: dt.datetime, party_keys: dict[int, str]) -> dict[str, object]:
    recorded = clock.recorded
    remaining = clock.remaining(now)
    elapsed = clock.elapsed(now)
    recipient = clock.key.recipient_party_id
    return {
        "party": clock.debtor,
        "party_key": party_keys.get(clock.key.party_id),
        "party_role": clock.debtor_role,
        "recipient": clock.recipient,
        "recipient_key": party_keys.get(recipient) if recipient else None,
        "regime": clock.duty.regime,
        "duty": clock.duty.code,
        "article": clock.duty.article,
        "title": clock.duty.title,
        "phase": clock.duty.phase,
        "state": clock.state.value,
        "clock_start": _local_iso(clock.start, clock.zone),
        "clock_start_basis": clock.start_basis,
        "due": _local_iso(clock.due, clock.zone),
        "due_utc": _utc_iso(clock.due),
        "outer": _local_iso(clock.outer, clock.zone),
        "end_of_day": clock.end_of_day,
        "last_day": _last_day(clock),
        # Only an open obligation has time left (or overdue); a closed one says how it ended.
        "remaining_minutes": _whole_minutes(remaining) if remaining is not None and clock.is_open else None,
        # What a duty without a period ("without undue delay", "sans délai") is watched by.
        "elapsed_minutes": _whole_minutes(elapsed) if elapsed is not None and clock.is_open else None,
        "fulfilled_at": _local_iso(recorded.fulfilled.at if recorded.fulfilled else None, clock.zone),
        "reference": recorded.reference,
        "reasons_for_delay": recorded.reasons_for_delay,
        "not_required_reason": recorded.not_required_reason,
        "notes": recorded.notes,
        "explanation": list(clock.explanation),
    }


def _state_text(clock: deadlines.Clock, now: dt.datetime) -> str:
    state = deadlines.ClockState
    remaining = clock.remaining(now)
    recorded = clock.recorded
    if clock.state is state.WAITING:
        return "waiting (the clock has not started)"
    if clock.state is state.NOT_REQUIRED:
        reason = cli.one_line(recorded.not_required_reason)
        return "not required" + (f": {reason}" if reason else "")
    if clock.state in (state.FULFILLED_LATE, state.FULFILLED_ON_TIME):
        if clock.due is None or recorded.fulfilled is None:
            return "fulfilled (no fixed deadline)"
        margin = deadlines.format_duration(clock.due - recorded.fulfilled.at)
        if clock.state is state.FULFILLED_LATE:
            return f"fulfilled late, by {margin}"
        return f"fulfilled on time, {margin} before the deadline"
    if remaining is None:
        elapsed = clock.elapsed(now)
        since = f", {deadlines.format_duration(elapsed)} since the clock started" if elapsed is not None else ""
        return f"running, no fixed deadline{since}"
    if clock.state is state.OVERDUE:
        return f"overdue by {deadlines.format_duration(remaining)}"
    label = "due soon" if clock.state is state.DUE_SOON else "running"
    return f"{label}, {deadlines.format_duration(remaining)} left"


def _clock_lines(clock: deadlines.Clock, now: dt.datetime) -> list[str]:
    """One obligation as a block of text: what, state, start, deadline, then the computation."""
    duty = clock.duty
    lines = [f"{duty.article} · {duty.title} · {clock.debtor} → {clock.recipient}"]
    lines.append(f"  state: {_state_text(clock, now)}")
    if clock.start is None:
        lines.append(f"  clock start: not yet, {clock.start_basis}")
    else:
        lines.append(f"  clock start: {clock.start_basis}, {deadlines.describe_moment(clock.start, clock.zone)}")
    if clock.due is not None:
        due = f"  due: {deadlines.describe_due(clock)}"
        if clock.outer is not None:
            due += f"   outer limit (Reg. 1182/71): {deadlines.describe_moment(clock.outer, clock.zone)}"
        lines.append(due)
    elif clock.start is not None:
        lines.append("  due: no fixed deadline (the law sets no period)")
    recorded = clock.recorded
    if recorded.fulfilled is not None:
        reference = f", reference {cli.one_line(recorded.reference)}" if recorded.reference else ""
        lines.append(f"  fulfilled: {deadlines.describe_moment(recorded.fulfilled.at, clock.zone)}{reference}")
    if recorded.reasons_for_delay:
        lines.append(f"  reasons for the delay: {cli.one_line(recorded.reasons_for_delay)}")
    if recorded.notes:
        lines.append(f"  notes: {cli.one_line(recorded.notes)}")
    lines.extend(f"  - {line}" for line in clock.explanation)
    return lines


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _log_path() -> Path:
    return paths.log_dir() / cli.LOG_FILE


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
