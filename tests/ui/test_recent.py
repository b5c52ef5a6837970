"""Recent workspaces: most recent first, at most 8, no duplicates, no passwords, missing ones disabled."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from cnil_case.ui import recent


def make(tmp_path: Path, name: str) -> str:
    path = tmp_path / name
    path.write_bytes(b"")
    return str(path)


def test_most_recent_first_without_duplicates_and_at_most_eight(qapp: Any, tmp_path: Path) -> None:
    lst = recent.RecentWorkspaces(QSettings())
    paths = [make(tmp_path, f"w{i}.sqlite") for i in range(10)]
    for p in paths:
        lst.add(p)
    lst.add(paths[5])
    items = recent.RecentWorkspaces(QSettings()).items()  # read back from the settings file
    assert items[0] == paths[5]
    assert len(items) == 8 and len(set(items)) == 8
    assert paths[0] not in items and paths[1] not in items
    lst.remove(paths[5])
    assert paths[5] not in lst.items()


def test_passwords_are_never_stored(qapp: Any, settings_dir: Path) -> None:
    lst = recent.RecentWorkspaces(QSettings())
    lst.add("postgresql+psycopg://dpo:S3cr%40t:x@db.example:5432/cases?sslmode=require&password=other")
    stored = lst.items()[0]
    url = make_url(stored)
    assert url.password is None and url.username == "dpo" and url.host == "db.example"
    assert url.database == "cases" and dict(url.query) == {"sslmode": "require"}
    on_disk = "".join(p.read_text(errors="replace") for p in settings_dir.rglob("*") if p.is_file())
    assert "S3cr" not in on_disk and "other" not in on_disk
    assert recent.strip_password("/home/me/a:b@c.sqlite") == "/home/me/a:b@c.sqlite"


def test_menu_offers_existing_workspaces_and_disables_missing_ones(qtbot: QtBot, tmp_path: Path) -> None:
    lst = recent.RecentWorkspaces(QSettings())
    gone = make(tmp_path, "gone.sqlite")
    here = make(tmp_path, "R&D.sqlite")
    lst.add(gone)
    lst.add(here)
    lst.add("postgresql://dpo@db.example/cases")
    Path(gone).unlink()
    menu = recent.RecentMenu(lst)
    qtbot.addWidget(menu)
    entries = [a for a in menu.actions() if a.data()]
    assert [a.data() for a in entries] == ["postgresql://dpo@db.example/cases", here, gone]
    assert [a.isEnabled() for a in entries] == [True, True, False]
    assert "&&D" in entries[1].text()  # an ampersand in a path is not a mnemonic
    with qtbot.wait_signal(menu.workspace_chosen) as blocker:
        entries[1].trigger()
    assert blocker.args == [here]
    clear = menu.actions()[-1]
    clear.trigger()
    assert lst.items() == []
    assert [a.isEnabled() for a in menu.actions() if not a.isSeparator()] == [False, False]
