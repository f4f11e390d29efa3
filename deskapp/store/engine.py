"""Which database to use (DESIGN.md §6) and how to connect to it.

SQLite connections get foreign keys on and a busy timeout on every connection,
through a ``connect`` event listener; ``Database.open`` switches a deskapp file
to WAL journaling once it has checked the file is one of ours.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from deskapp.domain.errors import DatabaseError

ENV_VAR = "DESKAPP_DB"
DB_FILE_NAME = "deskapp.sqlite3"
BUSY_TIMEOUT_MS = 15_000


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


def database_url(db: str | None = None, env: Mapping[str, str] | None = None) -> str:
    """The SQLAlchemy URL: ``--db`` (path or URL), else ``DESKAPP_DB``, else the data folder."""
    env = os.environ if env is None else env
    value = db or env.get(ENV_VAR) or str(data_dir(env) / DB_FILE_NAME)
    if "://" in value:
        try:
            make_url(value)
        except ArgumentError:
            raise DatabaseError(f"데이터베이스 주소 '{value}'을(를) 읽을 수 없습니다.") from None
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


#: Execution option that makes a transaction take SQLite's write lock at BEGIN.
WRITE_OPTION = "deskapp_write"


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # pysqlite's own transaction handling begins late and never for reads; SQLAlchemy
    # emits BEGIN itself instead (``_on_sqlite_begin``), as its documentation advises.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _on_sqlite_begin(connection: Connection) -> None:
    # A unit of work that writes takes the write lock at once (BEGIN IMMEDIATE): two
    # writers then queue on the busy timeout instead of one failing when it upgrades
    # a read snapshot that the other has made stale.
    immediate = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str) -> Engine:
    """An engine for ``url``; for a SQLite file, its folder is created when missing."""
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except ModuleNotFoundError as error:
        raise DatabaseError(
            f"데이터베이스 드라이버 '{error.name}'이(가) 설치되어 있지 않습니다."
        ) from None
