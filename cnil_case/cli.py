"""The ``cnil-case`` entry point: the window by default, else a headless sub-command.

Starting the window is what people do most, and they wait for it: this module reads the few
options that start it (``--db``, ``--passphrase-file``, ``--demo``) with the standard library and
``paths`` only, then hands over to ``ui.app``, which paints the main window's frame before it
imports SQLAlchemy and the core. Every other command line (a command, ``--help``, an error) goes
to ``commands.py``, imported only then. Neither path imports Qt unless it opens the window, so
``cnil-case cases`` works on a machine without a display or without Qt's system libraries.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cnil_case import paths
from cnil_case.core.errors import UserError

if TYPE_CHECKING:
    from cnil_case.core import crypto

PROG = "cnil-case"
LOG_FILE = "cnil-case.log"

DB_HELP = (
    "the workspace: a SQLite file or an SQLAlchemy URL "
    "(default: $CNIL_CASE_DB, else the workspace in your data folder)"
)
PASSPHRASE_HELP = (
    "read an encrypted workspace's passphrase from the first line of FILE "
    "(default: $CNIL_CASE_PASSPHRASE; docs/encryption.md)"
)


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """The options given before any command; alone, they say which workspace the window opens."""
    parser.add_argument("--db", metavar="PATH_OR_URL", default=None, help=DB_HELP)
    parser.add_argument("--passphrase-file", metavar="FILE", default=None, help=PASSPHRASE_HELP)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use the separate demo workspace, with the Viamedis / Almerys case (never your own)",
    )


def check_global_options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse what the options cannot mean together (argparse's usage error, exit status 2)."""
    if args.demo and args.db is not None:
        parser.error("--demo always uses the demo workspace; leave out --db")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 done, 1 failed, 2 wrong usage)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    window_args = _window_only(arguments)
    if window_args is None:
        from cnil_case import commands  # most of core: only a command waits for it

        return commands.main(arguments)
    return start_window(window_args)


def _window_only(arguments: list[str]) -> argparse.Namespace | None:
    """The options when the line only starts the window, else None (``commands`` reads it).

    No help and no errors here: ``commands``' full parser says those, with every command listed.
    """
    if any(a in ("-h", "--help", "--version") for a in arguments):
        return None
    parser = argparse.ArgumentParser(prog=PROG, add_help=False, exit_on_error=False)
    add_global_options(parser)
    try:
        args, rest = parser.parse_known_args(arguments)
    except argparse.ArgumentError:
        return None
    if rest or (args.demo and args.db is not None):
        return None
    return args


def start_window(args: argparse.Namespace) -> int:
    """Open the window on the workspace the options name; user errors become one line on stderr."""
    try:
        return _gui(workspace_target(args), demo_case=args.demo, passphrase=passphrase(args))
    except UserError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        fail("interrupted")
        return 130


def workspace_target(args: argparse.Namespace) -> str:
    """The workspace: --demo's own, else --db, else $CNIL_CASE_DB, else the default file."""
    chosen = getattr(args, "db", None) or os.environ.get("CNIL_CASE_DB")
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


def passphrase(args: argparse.Namespace) -> crypto.Secret | None:
    """--passphrase-file, else $CNIL_CASE_PASSPHRASE, else None (never logged, never echoed)."""
    file = getattr(args, "passphrase_file", None)
    if file is None and not os.environ.get("CNIL_CASE_PASSPHRASE"):  # crypto.ENV_PASSPHRASE
        return None  # the usual start, without importing crypto before the window paints
    from cnil_case.core import crypto

    return crypto.passphrase_from(os.environ, None if file is None else Path(file))


def display_problem(environ: dict[str, str] | os._Environ[str] | None = None, platform: str | None = None) -> str | None:
    """Why the window cannot open here, or None. Qt itself would abort with a misleading message
    about platform plugins (or libxcb-cursor0)."""
    env = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM"):
        return None
    return (
        "cannot open the window: no display found (DISPLAY and WAYLAND_DISPLAY are not set). "
        "Start cnil-case from a desktop session or under `xvfb-run cnil-case`, or use a headless "
        "command (cnil-case --help); QT_QPA_PLATFORM=offscreen runs the window without showing it."
    )


def _gui(target: str, *, demo_case: bool, passphrase: crypto.Secret | None = None) -> int:
    problem = display_problem()
    if problem:
        raise UserError(problem)
    try:
        from cnil_case.ui import app  # lazy: only the window needs Qt
    except ImportError as exc:
        # Typically a system library Qt needs is missing (libEGL, libxkbcommon…).
        raise UserError(
            f"cannot open the window: Qt could not be loaded ({exc}). Install the system libraries "
            "Qt needs (on Debian: libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3), or use "
            "a headless command (cnil-case --help)."
        ) from exc
    if passphrase is None:  # the common case; the window asks when the workspace is encrypted
        return app.run(target, demo_case=demo_case)
    return app.run(target, demo_case=demo_case, passphrase=passphrase)


def fail(message: str) -> int:
    """Say why on one line of stderr; return the exit status 1."""
    print(f"{PROG}: error: {one_line(message)}", file=sys.stderr)
    return 1


def one_line(value: str) -> str:
    return " ".join(value.split())
