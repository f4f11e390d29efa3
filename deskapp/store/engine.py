"""Which database to use (ARCHITECTURE.md: The command line) and how to connect to it.

SQLite connections get foreign keys on and a busy timeout on every connection,
through a ``connect`` event listener; ``Database.open`` switches a deskapp file
to WAL journaling once it has checked the file is one of ours.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from deskapp.domain.errors import DatabaseError
from deskapp.domain.korean import particle
from deskapp.i18n import translate
from deskapp.store.location import chosen_database, data_dir

BUSY_TIMEOUT_MS = 15_000
#: PostgreSQL: the transaction-level advisory lock every writing unit takes first, so
#: that appends to the hash-chained logs are serialised (deskapp/store/chain.py).
CHAIN_LOCK_KEY = 0x6465736B6170
#: Owner-only modes for what holds personal data (the database, its WAL, backups, logs).
PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700


def private_folder(path: Path) -> Path:
    """Create ``path`` (and missing parents) readable by its owner only; an existing
    folder is left as it is."""
    path.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
    return path


def create_private_file(path: Path) -> None:
    """Create an empty file readable and writable by its owner only (0600 on POSIX).

    SQLite gives a database's -wal, -shm and -journal the mode of the database file,
    so a database created on this file keeps its companions private too. On Windows
    the mode is not used: the folder's ACL (the user profile's) decides.
    """
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    os.close(descriptor)


def restrict(path: Path, folder: bool = False) -> None:
    """Take away others' access to an existing file or folder that the user owns (POSIX)."""
    if os.name != "posix":
        return
    try:
        status = path.stat()
        if status.st_uid == os.getuid() and status.st_mode & 0o077:
            limit = PRIVATE_FOLDER_MODE if folder else PRIVATE_FILE_MODE
            os.chmod(path, status.st_mode & limit)
    except OSError:
        pass  # gone meanwhile, or not ours to change


def database_url(db: str | None = None, env: Mapping[str, str] | None = None) -> str:
    """The SQLAlchemy URL: ``--db`` (path or URL), else ``DESKAPP_DB``, else the data folder."""
    value = chosen_database(db, env)
    if "://" in value:
        try:
            make_url(value)
        except ArgumentError:
            raise DatabaseError(
                translate("database", "Cannot read the database address '{address}'.").format(
                    address=value, address_josa=particle(value, "을/를")
                )
            ) from None
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
#: Execution option: how long (ms) BEGIN waits for another writer before it gives up.
WAIT_OPTION = "deskapp_wait_ms"


def prepare_sqlite_file(path: Path) -> None:
    """Before SQLite opens ``path``: its folder exists (owner only when deskapp creates it,
    and always for the data folder), and the file is created owner-only when missing;
    an existing file and its -wal and -shm lose any access by others."""
    private_folder(path.parent)
    if path.parent == data_dir():
        restrict(path.parent, folder=True)
    if not path.exists():
        create_private_file(path)
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        restrict(Path(f"{path}{suffix}"))


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
    # a read snapshot that the other has made stale. With WAIT_OPTION the wait for the
    # lock is that short, so that the unit can tell the user and try again.
    options = connection.get_execution_options()
    immediate = options.get(WRITE_OPTION, False)
    wait = options.get(WAIT_OPTION)
    if not immediate or wait is None:
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
        return
    connection.exec_driver_sql(f"PRAGMA busy_timeout={int(wait)}")
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    finally:
        connection.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _on_postgresql_begin(connection: Connection) -> None:
    # A writing unit first takes the chain lock, before any row lock, so that appends to
    # the hash-chained logs queue in one order and no two units wait on each other.
    options = connection.get_execution_options()
    if options.get(WRITE_OPTION, False):
        wait = int(options.get(WAIT_OPTION) or BUSY_TIMEOUT_MS)
        connection.exec_driver_sql(f"SET LOCAL lock_timeout = {wait}")
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({CHAIN_LOCK_KEY})")
        connection.exec_driver_sql("SET LOCAL lock_timeout = DEFAULT")


def make_engine(url: str) -> Engine:
    """An engine for ``url``; for a SQLite file, its folder is created when missing (owner
    only). Statement parameters never appear in error messages (``hide_parameters``):
    they hold names, phones and notes, and messages end up in log files."""
    path = sqlite_path(url)
    if path is not None:
        private_folder(path.parent)
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, hide_parameters=True
        )
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    try:
        engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
    except ModuleNotFoundError as error:
        raise DatabaseError(
            translate("database", "The database driver '{driver}' is not installed.").format(
                driver=error.name, driver_josa=particle(error.name, "이/가")
            )
        ) from None
    if engine.dialect.name == "postgresql":
        event.listen(engine, "begin", _on_postgresql_begin)
    return engine
