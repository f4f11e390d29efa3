"""Which database is meant: ``--db`` (a path or a URL), else ``DESKAPP_DB``, else the
file in the user's data folder.

Only the standard library: ``engine.database_url`` turns the choice into a checked
SQLAlchemy URL, and the launch reads it before SQLAlchemy is loaded
(``deskapp/services/location.py``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

ENV_VAR = "DESKAPP_DB"
DB_FILE_NAME = "deskapp.sqlite3"


def data_dir(env: Mapping[str, str] | None = None) -> Path:
    """The user's data folder for deskapp (created on first use by the caller)."""
    env = os.environ if env is None else env
    if sys.platform == "win32":
        base = Path(env.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(env.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "deskapp"


def chosen_database(db: str | None = None, env: Mapping[str, str] | None = None) -> str:
    """The database asked for, as given: a path or a URL (not checked here)."""
    env = os.environ if env is None else env
    return db or env.get(ENV_VAR) or str(data_dir(env) / DB_FILE_NAME)
