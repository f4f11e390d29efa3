"""Loading many rows at once: the maintenance set aside during the load, redone once after.

Row by row, the database keeps its derived tables (the daily counts, the breakdowns'
per-day figures) through triggers and every secondary index through a B-tree insert at
a random place. For a load of millions of rows (``deskapp demo``) that costs more than
the rows themselves, so ``bulk_load`` sets both aside inside the caller's transaction:

- the triggers that keep a derived table are dropped (SQLite) or disabled
  (PostgreSQL), and put back exactly as they were;
- the secondary indexes of the loaded tables are dropped and made again at the end,
  from sorted data (unique indexes stay: they are constraints);
- every derived table is rebuilt from the records, set-based, once.

**``DERIVED`` is the one list of the tables kept from the records.** A table that
triggers keep must be listed there with the triggers that keep it and the statement
that rebuilds it; ``bulk_load`` refuses to load a table carrying a trigger that no
entry claims (``tests/test_bulk.py`` also checks every trigger of the schema).

Everything happens in the caller's transaction (DDL is transactional on SQLite and
PostgreSQL): a load cut off or failed leaves the schema as it was once rolled back.
The transaction must be rolled back when the body raises; ``Database.unit_of_work``
does.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from deskapp.store import job_search_keys, rollups, search_keys, splits

#: measure -> (table, date column): what ``daily_counts`` counts (revision 0003).
DAILY_COUNTED = {
    "job_openings": ("job_openings", "registered_on"),
    "job_seekers": ("job_seekers", "registered_on"),
    "sessions": ("counseling_sessions", "session_on"),
    "referrals": ("referrals", "referred_on"),
}


def rebuild_daily_counts(connection: Connection) -> None:
    """``daily_counts`` counted again from the live records (revision 0003's definition)."""
    connection.execute(text("DELETE FROM daily_counts"))
    for measure, (table, column) in DAILY_COUNTED.items():
        connection.execute(
            text(
                "INSERT INTO daily_counts (day, desk_id, measure, n) "
                f"SELECT {column}, desk_id, '{measure}', count(*) FROM {table} "
                f"WHERE NOT void GROUP BY {column}, desk_id"
            )
        )


def rebuild_splits(connection: Connection) -> None:
    """The breakdowns' per-day and per-month figures counted again, every one."""
    splits.recount_everything(connection)


@dataclass(frozen=True)
class Derived:
    """A table (or a few) kept from the records by triggers, and how to rebuild it."""

    tables: tuple[str, ...]
    #: The names of the triggers that keep it (regular expressions, whole name).
    triggers: tuple[str, ...]
    rebuild: Callable[[Connection], None]

    def owns(self, trigger: str) -> bool:
        return any(re.fullmatch(pattern, trigger) for pattern in self.triggers)


#: Every derived table, in the order they are rebuilt after a bulk load.
DERIVED: tuple[Derived, ...] = (
    # db/versions/0003: one row per day, desk and additive measure.
    Derived(("daily_counts",), (r"\w+_count(_\w+)?",), rebuild_daily_counts),
    # db/versions/0014 (store/splits.py): the breakdowns' figures; the triggers only mark days.
    Derived(
        ("daily_splits", "monthly_splits", "placement_splits", "split_days_dirty"),
        (r"\w+_split_\w+",),
        rebuild_splits,
    ),
    # db/versions/0015 (store/search_keys.py): the search box's keys of every live seeker.
    Derived(
        ("seeker_search_keys", "seeker_name_beginnings"),
        (r"job_seekers_search_\w+",),
        search_keys.rebuild_search_keys,
    ),
    # db/versions/0017 (store/job_search_keys.py): the employer and opening lists' keys.
    Derived(
        ("employer_search_keys", "opening_search_keys"),
        (r"employers_search_\w+", r"job_openings_search_\w+"),
        job_search_keys.rebuild_job_search_keys,
    ),
    # db/versions/0016 (store/rollups.py): the statistics' monthly figures, counted after
    # ``daily_counts`` (their triggers keep them from it).
    Derived(
        ("monthly_counts", "monthly_placements"),
        (r"placements_rollup(_\w+)?", r"monthly_rollup(_\w+)?"),
        rollups.rebuild,
    ),
)


def rebuild_derived(connection: Connection) -> None:
    """Rebuild every table of ``DERIVED`` from the records (inside the caller's transaction)."""
    for derived in DERIVED:
        derived.rebuild(connection)


def _owner(trigger: str) -> Derived | None:
    return next((d for d in DERIVED if d.owns(trigger)), None)


def triggers_on(connection: Connection, tables: Iterable[str]) -> list[tuple[str, str, str]]:
    """(table, trigger name, how to make it again) of the row triggers on ``tables``."""
    names = sorted(set(tables))
    if connection.dialect.name == "sqlite":
        found = connection.execute(
            text(
                "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'trigger' "
                "AND tbl_name IN (" + ", ".join(f"'{t}'" for t in names) + ") ORDER BY name"
            )
        )
    else:
        found = connection.execute(
            text(
                "SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t "
                "JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE NOT t.tgisinternal AND c.relname = ANY(:tables) "
                "AND c.relnamespace = current_schema()::regnamespace ORDER BY t.tgname"
            ),
            {"tables": names},
        )
    return [(str(a), str(b), str(c)) for a, b, c in found]


def _secondary_indexes(connection: Connection, tables: Iterable[str]) -> list[tuple[str, str]]:
    """(name, how to make it again) of the non-unique indexes on ``tables``."""
    names = sorted(set(tables))
    if connection.dialect.name == "sqlite":
        found = connection.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                "AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ("
                + ", ".join(f"'{t}'" for t in names)
                + ") ORDER BY name"
            )
        )
    else:
        found = connection.execute(
            text(
                "SELECT ci.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                "JOIN pg_class ci ON ci.oid = i.indexrelid "
                "JOIN pg_class ct ON ct.oid = i.indrelid "
                "WHERE NOT i.indisunique AND NOT i.indisprimary AND ct.relname = ANY(:tables) "
                "AND ct.relnamespace = current_schema()::regnamespace ORDER BY ci.relname"
            ),
            {"tables": names},
        )
    return [(str(a), str(b)) for a, b in found]


class UnclaimedTrigger(RuntimeError):
    """A table to be loaded in bulk carries a trigger that no entry of ``DERIVED`` claims."""


@contextmanager
def bulk_load(connection: Connection, tables: Iterable[str]) -> Iterator[None]:
    """Inside the caller's transaction: the triggers and secondary indexes of ``tables`` set
    aside while the body loads rows, then the indexes made again, the triggers put back and
    every derived table rebuilt. Raises ``UnclaimedTrigger`` before changing anything when a
    trigger on ``tables`` keeps something ``DERIVED`` does not list."""
    names = sorted(set(tables))
    triggers = triggers_on(connection, names)
    unclaimed = [name for _table, name, _sql in triggers if _owner(name) is None]
    if unclaimed:
        raise UnclaimedTrigger(", ".join(unclaimed))
    indexes = _secondary_indexes(connection, names)
    sqlite = connection.dialect.name == "sqlite"
    for table, name, _sql in triggers:
        if sqlite:
            connection.execute(text(f'DROP TRIGGER "{name}"'))
        else:
            connection.execute(text(f'ALTER TABLE "{table}" DISABLE TRIGGER "{name}"'))
    for name, _sql in indexes:
        connection.execute(text(f'DROP INDEX "{name}"'))
    yield
    for _name, sql in indexes:
        connection.execute(text(sql))
    for table, name, sql in triggers:
        if sqlite:
            connection.execute(text(sql))
        else:
            connection.execute(text(f'ALTER TABLE "{table}" ENABLE TRIGGER "{name}"'))
    if not sqlite:
        # Without statistics of the rows just loaded (autovacuum cannot see them before the
        # commit), PostgreSQL plans the rebuild's per-month statements blind: a month of
        # placements took 20 s at ten district-years instead of 0.3 s (bench/RESULTS.md).
        for table in names:
            connection.execute(text(f'ANALYZE "{table}"'))
    rebuild_derived(connection)


class BulkWriter:
    """Rows written as plain tuples in a fixed column order, in chunks, through the driver.

    SQLite: the driver's ``executemany``; PostgreSQL: ``COPY … FROM STDIN``. Values are
    bound as the driver takes them: use ``day`` and ``moment`` for dates and times (on
    SQLite they become the text SQLAlchemy stores, so the rows read back the same).
    """

    def __init__(self, connection: Connection, chunk: int = 20_000) -> None:
        self.connection = connection
        self.chunk = chunk
        self.sqlite = connection.dialect.name == "sqlite"
        self._raw: Any = connection.connection.driver_connection

    def day(self, value: date) -> Any:
        """``value`` as this database's driver binds a DATE column."""
        return value.isoformat() if self.sqlite else value

    def moment(self, value: datetime) -> Any:
        """``value`` (naive) as this database's driver binds a DATETIME column."""
        if not self.sqlite:
            return value
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")

    def write(
        self,
        table: str,
        columns: Sequence[str],
        rows: Iterable[Sequence[Any]],
        progress: Callable[[int], None] | None = None,
    ) -> int:
        """Insert ``rows`` (each a value per column of ``columns``); how many were written.

        The driver's errors are raised as SQLAlchemy raises them for a statement it runs
        (``sqlalchemy.exc.DBAPIError``'s subclass, the driver's error chained, no values
        shown), so that a unit of work tells a failed database the same way."""
        dbapi = self.connection.dialect.loaded_dbapi
        try:
            return self._write(table, columns, rows, progress)
        except dbapi.Error as error:
            # The statement as the error log shows it: unquoted (the log masks anything in
            # quotes, as a literal may hold personal data); the names are the schema's own.
            shown = f"INSERT INTO {table} ({', '.join(columns)})"
            raise DBAPIError.instance(
                shown, None, error, dbapi.Error, hide_parameters=True
            ) from error

    def _write(
        self,
        table: str,
        columns: Sequence[str],
        rows: Iterable[Sequence[Any]],
        progress: Callable[[int], None] | None,
    ) -> int:
        listed = ", ".join(f'"{c}"' for c in columns)
        iterator = iter(rows)
        written = 0
        if self.sqlite:
            statement = f'INSERT INTO "{table}" ({listed}) VALUES ({", ".join("?" * len(columns))})'
            cursor = self._raw.cursor()
            try:
                while batch := list(itertools.islice(iterator, self.chunk)):
                    cursor.executemany(statement, batch)
                    written += len(batch)
                    if progress is not None:
                        progress(len(batch))
            finally:
                cursor.close()
            return written
        copying = f'COPY "{table}" ({listed}) FROM STDIN'
        with self._raw.cursor() as cursor, cursor.copy(copying) as copy:
            while batch := list(itertools.islice(iterator, self.chunk)):
                for row in batch:
                    copy.write_row(row)
                written += len(batch)
                if progress is not None:
                    progress(len(batch))
        return written


@contextmanager
def fast_sqlite_build(connection: Connection, cache_mib: int = 256) -> Iterator[None]:
    """SQLite: a larger page cache while one transaction loads many rows, restored after.

    (The file is in WAL mode with ``synchronous=NORMAL``: a transaction's pages are not
    synced until a checkpoint anyway, and the level cannot change inside a transaction.)
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    raw = connection.connection.driver_connection
    assert raw is not None
    cache = raw.execute("PRAGMA cache_size").fetchone()[0]
    raw.execute(f"PRAGMA cache_size=-{cache_mib * 1024}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size={int(cache)}")


# -- appending: a load into a database that already holds records ------------------------

#: The triggers ``appending`` sets aside (their work is redone once, for the rows added).
#: Every other trigger on the appended tables fires row by row (``APPEND_KEPT``: those
#: of the derived tables that do).
APPEND_SET_ASIDE = (r"\w+_count(_\w+)?", r"\w+_split_\w+", r"job_seekers_search_\w+")
#: Triggers left to fire row by row while appending: the monthly placements' (a change
#: to a person's chain of placement days; placements are few) and, on ``daily_counts``,
#: the monthly counts' (they follow the catch-up's additions to the daily counts), and
#: the employer and opening lists' keys (a workbook holds few employers and openings).
APPEND_KEPT = (
    r"placements_rollup(_\w+)?",
    r"employers_search_\w+",
    r"job_openings_search_\w+",
)

#: The tables ``appending`` follows: table -> its date column (None: not dated).
APPENDED = {
    "job_seekers": "registered_on",
    "job_openings": "registered_on",
    "counseling_sessions": "session_on",
    "referrals": "referred_on",
    "placements": "placed_on",
    "seeker_groups": None,
}


def _set_aside(name: str) -> bool:
    return any(re.fullmatch(pattern, name) for pattern in APPEND_SET_ASIDE)


def _kept(name: str) -> bool:
    return any(re.fullmatch(pattern, name) for pattern in APPEND_KEPT)


@dataclass(frozen=True)
class Batch:
    """The rows one load appends: those of ``import_id`` whose id is above the highest
    id each table had before (on the primary key, so the catch-up reads the new rows
    only, however large the table)."""

    import_id: int
    after: dict[str, int]

    def rows(self, table: str, alias: str = "") -> str:
        """SQL: the condition selecting the batch's rows of ``table`` (``alias.`` before
        the columns when given)."""
        at = f"{alias}." if alias else ""
        return f"{at}id > {int(self.after[table])} AND {at}import_id = {int(self.import_id)}"


def _mark(connection: Connection, select_days: str) -> None:
    """``split_days_dirty``: mark the days ``select_days`` lists (as the triggers do)."""
    if connection.dialect.name == "sqlite":
        connection.execute(text(f"INSERT OR IGNORE INTO split_days_dirty (day) {select_days}"))
    else:
        connection.execute(
            text(
                f"INSERT INTO split_days_dirty (day) SELECT d FROM ({select_days}) AS days (d) "
                "WHERE d IS NOT NULL ON CONFLICT DO NOTHING"
            )
        )


def catch_up(connection: Connection, batch: Batch) -> None:
    """Do for ``batch``'s rows, set-based, what the triggers set aside would have done row
    by row: add them to the daily counts (whose own trigger carries them into the monthly
    counts), mark their days for the breakdowns (for a placement, every day its person
    was placed; for a seeker's target groups, every day of the person), and add the
    search keys and name beginnings of the new seekers. Exact for rows inserted (an
    append never updates or deletes)."""
    for measure, (table, column) in DAILY_COUNTED.items():
        connection.execute(
            text(
                "INSERT INTO daily_counts (day, desk_id, measure, n) "
                f"SELECT {column}, desk_id, '{measure}', count(*) FROM {table} "
                f"WHERE {batch.rows(table)} AND NOT void GROUP BY {column}, desk_id "
                "ON CONFLICT (day, desk_id, measure) "
                "DO UPDATE SET n = daily_counts.n + excluded.n"
            )
        )
    for table in ("job_seekers", "counseling_sessions", "referrals"):
        day = APPENDED[table]
        _mark(connection, f"SELECT DISTINCT {day} FROM {table} WHERE {batch.rows(table)}")
    _mark(
        connection,
        "SELECT DISTINCT placed_on FROM placements WHERE seeker_id IN "
        f"(SELECT seeker_id FROM placements WHERE {batch.rows('placements')})",
    )
    grouped = (
        "SELECT DISTINCT seeker_id FROM seeker_groups WHERE seeker_id IN "
        f"(SELECT id FROM job_seekers WHERE {batch.rows('job_seekers')})"
    )
    _mark(
        connection,
        f"SELECT registered_on FROM job_seekers WHERE id IN ({grouped}) "
        f"UNION SELECT session_on FROM counseling_sessions WHERE seeker_id IN ({grouped}) "
        f"UNION SELECT referred_on FROM referrals WHERE seeker_id IN ({grouped}) "
        f"UNION SELECT placed_on FROM placements WHERE seeker_id IN ({grouped})",
    )
    search_keys.append_search_keys(connection, batch.rows("job_seekers", "js"))


def _owns_everything(connection: Connection, tables: Iterable[str]) -> bool:
    """PostgreSQL: the connection's role owns ``tables`` and the derived tables (it may set
    triggers aside and write the derived tables); SQLite: always."""
    if connection.dialect.name == "sqlite":
        return True
    names = sorted({*tables, *(t for d in DERIVED for t in d.tables)})
    owned = connection.execute(
        text(
            "SELECT count(*) FROM pg_class c WHERE c.relname = ANY(:tables) "
            "AND c.relnamespace = current_schema()::regnamespace "
            "AND pg_has_role(current_user, c.relowner, 'USAGE')"
        ),
        {"tables": names},
    ).scalar_one()
    return int(owned) == len(names)


@contextmanager
def appending(connection: Connection, import_id: int, set_aside: bool = True) -> Iterator[Batch]:
    """Inside the caller's transaction, while the body appends the rows of ``import_id``
    to the records: the triggers of ``APPEND_SET_ASIDE`` dropped (SQLite) or disabled
    (PostgreSQL) and, after the body, put back and their work done once for the rows
    added (``catch_up``): the cost follows the rows added, not the rows already there
    (``bulk_load``'s rebuild reads every record). The indexes stay (they are kept row by
    row: a B-tree insert each), and so does every other trigger: it fires row by row.

    ``set_aside`` False (or, on PostgreSQL, a role that does not own the tables) leaves
    the triggers to fire row by row: on PostgreSQL setting a trigger aside locks its
    table against every reader until the end of the transaction, which shared mode's
    desks must not wait for. ``tests/test_import_write.py`` lists the triggers set aside:
    one added that the patterns match must have its work done by ``catch_up``."""
    tables = list(APPENDED)
    triggers = triggers_on(connection, tables)
    highest = "SELECT coalesce(max(id), 0) FROM {}"
    after = {
        table: int(connection.execute(text(highest.format(table))).scalar_one())
        for table in tables
        if table != "seeker_groups"
    }
    batch = Batch(import_id, after)
    if not (set_aside and _owns_everything(connection, tables)):
        yield batch
        return
    aside = [(table, name, sql) for table, name, sql in triggers if _set_aside(name)]
    sqlite = connection.dialect.name == "sqlite"
    for table, name, _sql in aside:
        if sqlite:
            connection.execute(text(f'DROP TRIGGER "{name}"'))
        else:
            connection.execute(text(f'ALTER TABLE "{table}" DISABLE TRIGGER "{name}"'))
    yield batch
    for table, name, sql in aside:
        if sqlite:
            connection.execute(text(sql))
        else:
            connection.execute(text(f'ALTER TABLE "{table}" ENABLE TRIGGER "{name}"'))
    catch_up(connection, batch)
