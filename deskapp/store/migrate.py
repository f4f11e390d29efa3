"""Schema creation and upgrades through Alembic (the scripts live in ``db/``).

A new database is created by running every revision; an older one is upgraded
on open after a backup copy is taken; a database from a newer deskapp is
refused and left untouched.
"""

from __future__ import annotations

import functools
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from deskapp import data_folder
from deskapp.domain.errors import DatabaseError
from deskapp.i18n import translate
from deskapp.store import grants
from deskapp.store.engine import create_private_file, private_folder, sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config


def migrations_dir() -> Path:
    """The ``db/`` folder (Alembic's environment and revisions)."""
    return data_folder("db")


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


_REVISION = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)
_DOWN = re.compile(r'^down_revision\s*=\s*(?:["\']([^"\']+)["\']|None)', re.MULTILINE)


def _revisions() -> dict[str, str | None]:
    return _revisions_in(migrations_dir())


@functools.cache
def _revisions_in(folder: Path) -> dict[str, str | None]:
    """{revision: down_revision} read from the scripts' text.

    Opening a database that is up to date then costs no Alembic import (a
    third of a second); ``tests/test_store.py`` checks this agrees with Alembic.
    """
    found: dict[str, str | None] = {}
    for script in sorted((folder / "versions").glob("*.py")):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision and down:
            found[revision.group(1)] = down.group(1)
    return found


def head_revision() -> str:
    """The newest revision this version of deskapp knows."""
    revisions = _revisions()
    heads = set(revisions) - {down for down in revisions.values() if down}
    assert len(heads) == 1, heads
    return heads.pop()


def known_revisions() -> set[str]:
    """Every revision id in ``db/versions``."""
    return set(_revisions())


@dataclass(frozen=True)
class SchemaState:
    """What is in a database: nothing, or deskapp's schema at some revision."""

    revision: str | None
    has_tables: bool

    @property
    def empty(self) -> bool:
        return self.revision is None and not self.has_tables


def schema_state(engine: Engine) -> SchemaState:
    """Read the Alembic revision and whether any table exists."""
    with engine.connect() as connection:
        tables = inspect(connection).get_table_names()
        revision = None
        if "alembic_version" in tables:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return SchemaState(revision, bool(tables))


def partial_name(destination: Path) -> Path:
    """Where a copy is written before it is complete: a hidden name in the same folder,
    one per process, that no listing takes for a copy."""
    return destination.with_name(f".{destination.name}.{os.getpid()}{PARTIAL_SUFFIX}")


#: The end of the name of a copy being written (``.NAME.PID.partial``).
PARTIAL_SUFFIX = ".partial"


def _remove_partial(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def backup_sqlite(engine: Engine, destination: Path) -> Path:
    """Copy a SQLite database consistently (online backup API), even while in use.

    The copy is written owner-only under a temporary name and renamed to
    ``destination`` only once it is complete and on disk: a copy cut off by a kill or
    a full disk never looks like a backup (its remains are removed here on failure,
    and by the backup service later when the process died).
    """
    private_folder(destination.parent)
    partial = partial_name(destination)
    _remove_partial(partial)
    create_private_file(partial)
    try:
        raw = engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            target = sqlite3.connect(partial)
            try:
                source.backup(target)
                # A copy is one self-contained file: no write-ahead log beside it.
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            raw.close()
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, destination)
    except BaseException:
        _remove_partial(partial)
        raise
    _sync_folder(destination.parent)
    return destination


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def upgrade(engine: Engine, before_upgrade: Callable[[str | None], None] | None = None) -> bool:
    """Bring the schema to the head revision; True when anything was run.

    ``before_upgrade(current_revision)`` is called before an existing database
    is changed (the caller takes its backup there). On PostgreSQL only a role with the
    owner's rights may create or upgrade the schema; any other (a desk's) is stopped
    with a DatabaseError saying so before anything is changed. The roles recorded by
    ``deskapp grant`` are given their grants again in the same transaction, so nobody
    has to run it again after an upgrade (an ``alembic upgrade`` run by hand does not:
    run ``deskapp upgrade`` instead, or ``deskapp grant`` after it).
    """
    state = schema_state(engine)
    head = head_revision()
    if state.revision == head:
        return False
    if state.revision is None and state.has_tables:
        raise DatabaseError(
            translate(
                "database",
                "This file is not a deskapp database (it has tables deskapp does not know).",
            )
        )
    if state.revision is not None and state.revision not in known_revisions():
        raise DatabaseError(
            translate(
                "database",
                "This database was made by a newer version of deskapp (schema {revision}). "
                "Update deskapp to the new version. The database was not changed.",
            ).format(revision=state.revision)
        )
    if engine.dialect.name == "postgresql":
        # A desk's role cannot change the schema: it stops here, before anything is tried.
        with engine.connect() as connection:
            if not grants.can_migrate(connection):
                role = grants.current_role(connection)
                raise DatabaseError(grants.needs_owner_message(role, state.revision, head))
    if state.revision is not None and before_upgrade is not None:
        before_upgrade(state.revision)
    from alembic import command

    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        # Shared mode: the roles ``deskapp grant`` recorded get their grants again, in the
        # upgrade's transaction, on the tables as they now are (a new table included).
        grants.reapply(connection)
    return True


def default_backup_path(engine: Engine, revision: str | None, stamp: str) -> Path | None:
    """Where the pre-upgrade copy of a SQLite file goes (``backups/`` beside it)."""
    path = sqlite_path(str(engine.url))
    if path is None:
        return None
    return path.parent / "backups" / f"{path.stem}-before-upgrade-{revision}-{stamp}.sqlite3"
