"""Recent workspaces: a QSettings list (most recent first, at most 8) and the menu that offers them.

A workspace is a SQLite file path or an SQLAlchemy URL. URLs are kept without their password
(and without password-like query parameters): the user types it again, it is never written to
the settings file. SQLAlchemy is not imported: this menu is built with the window's frame,
before the core is loaded.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QMenu, QWidget

KEY = "recent/workspaces"
LIMIT = 8

# The shape of an SQLAlchemy URL (sqlalchemy.engine.url._parse_url): name://user:password@host...
_URL = re.compile(r"^(?P<scheme>[\w+]+://)(?:(?P<user>[^:/@]*)(?::(?P<password>[^@]*))?@)?(?P<rest>.*)$", re.S)
_SECRET_PARAMETERS = {"password", "passwd", "pwd", "passphrase", "key", "sslpassword"}


def strip_password(target: str) -> str:
    """The workspace without any password: a path as it is, a URL without ``:password`` nor secrets."""
    match = _URL.match(target)
    if match is None:
        return target
    user = match["user"]
    rest = match["rest"]
    if "?" in rest:
        base, query = rest.split("?", 1)
        kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k.lower() not in _SECRET_PARAMETERS]
        rest = base + ("?" + urlencode(kept) if kept else "")
    credentials = f"{user}@" if user else ""
    return f"{match['scheme']}{credentials}{rest}"


def local_path(target: str) -> Path | None:
    """The file of a SQLite workspace (a path or a ``sqlite:///`` URL); None for a server."""
    if target.startswith("sqlite"):
        match = re.match(r"^sqlite(?:\+\w+)?:///(.*?)(?:\?.*)?$", target)
        return Path(match.group(1)) if match and match.group(1) else None
    if _URL.match(target) and "://" in target:
        return None
    return Path(target)


def exists(target: str) -> bool:
    """Whether the workspace can still be opened as far as we can tell without connecting."""
    path = local_path(target)
    return path is None or path.is_file()


class RecentWorkspaces:
    """The list in the user's settings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    def items(self) -> list[str]:
        value = self._settings.value(KEY, [])
        if isinstance(value, str):  # QSettings returns a one-element list as a plain string
            value = [value]
        if not isinstance(value, list):
            return []
        return [str(v) for v in value if str(v)][:LIMIT]

    def _store(self, items: list[str]) -> None:
        self._settings.setValue(KEY, items[:LIMIT])
        self._settings.sync()

    def add(self, target: str) -> None:
        """Put the workspace first (once), without its password."""
        clean = strip_password(target)
        if not clean:
            return
        self._store([clean, *(t for t in self.items() if t != clean)])

    def remove(self, target: str) -> None:
        clean = strip_password(target)
        self._store([t for t in self.items() if t != clean])

    def clear(self) -> None:
        self._store([])


class RecentMenu(QMenu):
    """File › Open recent: one entry per workspace, those that are gone shown disabled.

    Signals:
        workspace_chosen(str): the user picked this workspace (path or URL without password).
    """

    workspace_chosen = Signal(str)

    def __init__(self, recent: RecentWorkspaces | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open &recent"), parent)
        self.recent = recent if recent is not None else RecentWorkspaces()
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        items = self.recent.items()
        for n, target in enumerate(items, start=1):
            action = self.addAction("&{n} {target}".format(n=n, target=target.replace("&", "&&")))
            action.setData(target)
            if exists(target):
                action.setToolTip(target)
                action.triggered.connect(lambda _checked=False, t=target: self.workspace_chosen.emit(t))
            else:
                action.setEnabled(False)
                action.setToolTip(self.tr("{path} no longer exists").format(path=target))
        if not items:
            empty = self.addAction(self.tr("No recent workspace"))
            empty.setEnabled(False)
        self.addSeparator()
        clear = self.addAction(self.tr("&Clear the list"))
        clear.setEnabled(bool(items))
        clear.triggered.connect(self._clear)
        self.setToolTipsVisible(True)

    def _clear(self) -> None:
        self.recent.clear()
        self.rebuild()
