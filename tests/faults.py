"""A failing database, planted by a test: faults in the write phase of a unit of work.

Nothing of deskapp is replaced. The faults are the database's own, raised where a real
database raises them:

- ``failing_statement(db, n)``: the ``n``-th statement sent by a writing unit of work
  fails with the driver's ``OperationalError`` (a ``before_cursor_execute`` listener on
  the engine), before it reaches the database. The transaction on the server is left
  intact, as after a lost reply or an I/O error on the client's side: only the unit of
  work's rollback keeps its earlier statements from being committed.
- ``failing_table(db, table)``: a trigger planted in the database fails every insert,
  update or delete of ``table``, whoever makes it (a statement of the service, a bulk
  insert or a COPY, or another trigger keeping the per-day figures). On PostgreSQL it
  raises SQLSTATE 58030 (``io_error``); on SQLite it calls a function that raises, so
  the statement fails with SQLite's ``OperationalError`` as on an I/O error.
- ``failing_commit(db)``: the commit of a writing unit fails.

``snapshot(db)`` is every table's row count and a digest of its rows, to compare before
and after a fault: a failed unit of work must leave every one unchanged.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import psycopg
from sqlalchemy import Connection, event, inspect, text
from sqlalchemy.exc import OperationalError

from deskapp.store.database import Database
from deskapp.store.engine import WRITE_OPTION

#: Every fault's message starts so (a test can tell its own fault from another error).
FAULT = "deskapp test fault"
_FUNCTION = "deskapp_test_fault"
_WRITES = re.compile(r"^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?(\w+)\"?", re.IGNORECASE)


def _driver_error(db: Database, message: str) -> Exception:
    """The driver's own OperationalError, as the database would raise it."""
    if db.engine.dialect.name == "postgresql":
        return psycopg.OperationalError(message)
    return sqlite3.OperationalError(message)


def _writing(connection: Connection) -> bool:
    return bool(connection.get_execution_options().get(WRITE_OPTION, False))


@dataclass
class Statements:
    """What a writing unit sent while a statement fault was planted."""

    #: Every statement of a writing unit, in order (the failing one included).
    sent: list[str] = field(default_factory=list)
    #: Whether the planted fault was met (False: the work needed fewer statements).
    fired: bool = False

    def tables_written(self) -> set[str]:
        """The tables named by the INSERT, UPDATE and DELETE statements sent."""
        return {m.group(1).lower() for s in self.sent if (m := _WRITES.match(s))}


@contextmanager
def failing_statement(db: Database, n: int | None) -> Iterator[Statements]:
    """The ``n``-th statement (from 1) sent by a writing unit of work fails; ``None``: none
    fails, the statements are only noted."""
    seen = Statements()

    def before(
        connection: Connection,
        cursor: Any,
        statement: str,
        parameters: Any,
        context: Any,
        executemany: bool,
    ) -> None:
        if not _writing(connection):
            return
        seen.sent.append(statement)
        if len(seen.sent) == n:
            seen.fired = True
            raise _driver_error(db, f"{FAULT}: statement {n} failed")

    event.listen(db.engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", before)


@dataclass
class Fired:
    """Whether a planted fault was met."""

    fired: bool = False


@contextmanager
def failing_commit(db: Database) -> Iterator[Fired]:
    """The commit of a writing unit fails: the driver's error, wrapped by SQLAlchemy as a
    failed COMMIT is (the ``commit`` event runs just before the driver is asked)."""
    seen = Fired()

    def before_commit(connection: Connection) -> None:
        if _writing(connection):
            seen.fired = True
            error = _driver_error(db, f"{FAULT}: commit failed")
            raise OperationalError("COMMIT", None, error)

    event.listen(db.engine, "commit", before_commit)
    try:
        yield seen
    finally:
        event.remove(db.engine, "commit", before_commit)


@contextmanager
def failing_table(db: Database, table: str) -> Iterator[Fired]:
    """Every insert, update or delete of ``table`` fails, by a trigger in the database,
    until the block ends (the trigger is then dropped); ``fired`` tells whether it did."""
    engine = db.engine
    seen = Fired()

    def raise_fault(name: str) -> None:  # SQLite: the triggers call this
        seen.fired = True
        raise sqlite3.OperationalError(f"{FAULT}: {name}")

    def register(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.create_function(_FUNCTION, 1, raise_fault)

    postgresql = engine.dialect.name == "postgresql"
    if postgresql:
        # The trigger counts itself in a sequence before it raises: a sequence is not rolled
        # back, and the count is seen however the rows came (a statement, executemany, COPY).
        plant = [
            f"CREATE SEQUENCE {_FUNCTION}_met",
            f"CREATE OR REPLACE FUNCTION {_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN PERFORM nextval('{_FUNCTION}_met'); "
            f"RAISE EXCEPTION '{FAULT}: {table}' USING ERRCODE = '58030'; "
            "END $$",
            f"CREATE TRIGGER {_FUNCTION} BEFORE INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {_FUNCTION}()",
        ]
        remove = [
            f"DROP TRIGGER {_FUNCTION} ON {table}",
            f"DROP FUNCTION {_FUNCTION}()",
            f"DROP SEQUENCE {_FUNCTION}_met",
        ]
        listener: tuple[str, Any] | None = None
    else:
        plant = [
            f"CREATE TRIGGER {_FUNCTION}_{op.lower()} BEFORE {op} ON {table} "
            f"BEGIN SELECT {_FUNCTION}('{table}'); END"
            for op in ("INSERT", "UPDATE", "DELETE")
        ]
        remove = [f"DROP TRIGGER {_FUNCTION}_{op}" for op in ("insert", "update", "delete")]
        listener = ("connect", register)
    # The function the SQLite triggers call exists on every connection made from now on.
    if listener is not None:
        event.listen(engine, *listener)
    engine.dispose()
    with engine.begin() as connection:
        for statement in plant:
            connection.exec_driver_sql(statement)
    try:
        yield seen
    finally:
        with engine.begin() as connection:
            if postgresql:
                met = f"SELECT is_called FROM {_FUNCTION}_met"
                seen.fired = seen.fired or bool(connection.exec_driver_sql(met).scalar())
            for statement in remove:
                connection.exec_driver_sql(statement)
        if listener is not None:
            event.remove(engine, *listener)
        engine.dispose()


def tables(db: Database) -> list[str]:
    """Every table of the database (deskapp's and Alembic's)."""
    return sorted(inspect(db.engine).get_table_names())


def snapshot(db: Database) -> dict[str, tuple[int, str]]:
    """Each table's row count and a digest of its rows (in any order)."""
    found: dict[str, tuple[int, str]] = {}
    with db.engine.connect() as connection:
        for table in tables(db):
            rows = connection.execute(text(f'SELECT * FROM "{table}"')).all()
            lines = sorted(repr(tuple(row)) for row in rows)
            digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
            found[table] = (len(rows), digest)
    return found


def changed(before: dict[str, tuple[int, str]], after: dict[str, tuple[int, str]]) -> set[str]:
    """The tables whose rows differ between two snapshots."""
    return {t for t in before.keys() | after.keys() if before.get(t) != after.get(t)}
