"""Where things live: bundled resources, report wording, the user's data and logs.

Only this module knows the layout. From a checkout, ``resources/`` and ``reports/`` sit at the
top of the repository; in an installed wheel they are mapped into the package
(``cnil_case/resources``, ``cnil_case/reports``, see pyproject.toml).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "cnil-case"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    installed = _PACKAGE_DIR / name
    if installed.is_dir():
        return installed
    checkout = _PACKAGE_DIR.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"cnil-case is incomplete: its {name}/ folder is missing")


def resources_dir() -> Path:
    return _bundled("resources")


def reports_dir() -> Path:
    return _bundled("reports")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def fonts_dir() -> Path:
    return resource("fonts")


def demo_document() -> Path:
    return resource("demo", "viamedis-almerys.json")


def case_document_schema() -> Path:
    return resource("schema", "case-document.schema.json")


def data_dir() -> Path:
    """The user's data directory (created on demand); ``CNIL_CASE_HOME`` overrides it."""
    override = os.environ.get("CNIL_CASE_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_workspace() -> Path:
    return data_dir() / "workspace.sqlite"


def demo_workspace() -> Path:
    """The demo case lives in its own workspace, never in the user's."""
    return data_dir() / "demo" / "demo-workspace.sqlite"


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Files cnil-case can rebuild (e.g. translations compiled at start-up), under the data directory."""
    path = data_dir() / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path
