"""The statistics table's figures kept per calendar month, so that ten years read a few
thousand rows instead of every record.

- ``monthly_counts``: the four additive measures per month, desk and measure: the daily
  counts (revision 0003) summed by month, kept by triggers on ``daily_counts``.
- ``monthly_placements``: 취업자수 (distinct people) per month, desk *and the month of
  each person's previous placement at that desk* (``since``; 0001-01-01 for a first
  placement). Think of each person's live placement days at a desk, d1 < d2 < …: the
  person is placed in [from, to] exactly once through the first dᵢ in it, the one
  whose previous day is before ``from``. So the people placed in whole months [m1, m2]
  are the rows of those months whose ``since`` is before the month ``from`` is in;
  :func:`deskapp.store.stats_queries.period_counts` adds the edge days of a period that
  does not begin or end with a month, from the placements themselves.

Triggers on ``placements`` keep ``monthly_placements`` exact as placements are added,
voided, moved to another day, desk or person (a merge) or deleted (a retention purge):
a day added to a person's days adds its own row and moves the next day's ``since``;
a day taken away does the reverse. Every change is an ``n ± 1`` on a row, so the
order the triggers run in does not matter. On PostgreSQL the trigger functions run
with their owner's rights (the desks' role reads the figures but cannot write them)
and take a lock per person, so that two desks placing the same person at once queue.

:func:`rebuild` counts both tables afresh from the records (after a bulk load that
ran without the triggers, or to repair), and :func:`drifted` recounts them for
``deskapp check``. Revision 0016 calls :func:`install`; a later revision that rebuilds
``placements`` or ``daily_counts`` calls it again.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, text

#: The ``since`` of a first placement (before any period).
FIRST = date(1, 1, 1)
#: The key of a person's lock on PostgreSQL (with the person's id).
_LOCK_CLASS = 1816

#: measure -> (table, date column): what the daily counts count (revision 0003).
_TRACKED = {
    "job_openings": ("job_openings", "registered_on"),
    "job_seekers": ("job_seekers", "registered_on"),
    "sessions": ("counseling_sessions", "session_on"),
    "referrals": ("referrals", "referred_on"),
}


def _scan(dialect: str, table: str) -> str:
    """``table`` read row by row (SQLite: no index, so a damaged one changes nothing)."""
    return f"{table} NOT INDEXED" if dialect == "sqlite" else table


def _monthly_from_records(dialect: str) -> str:
    """``monthly_counts`` counted from the records themselves."""
    return " UNION ALL ".join(
        f"SELECT {_month(dialect, column)} AS month, desk_id, '{measure}' AS measure, "
        f"count(*) AS n FROM {_scan(dialect, table)} WHERE NOT void GROUP BY 1, 2"
        for measure, (table, column) in _TRACKED.items()
    )


# Each live placement day of a person at a desk, with the day before it (NULL: none).
_POINTS = (
    "SELECT desk_id, placed_on AS day, lag(placed_on) OVER ("
    "PARTITION BY desk_id, seeker_id ORDER BY placed_on) AS prev FROM ("
    "SELECT DISTINCT desk_id, seeker_id, placed_on FROM {placements} WHERE NOT void) AS days"
)


def _month(dialect: str, day: str) -> str:
    """The first day of ``day``'s month, as SQL."""
    if dialect == "sqlite":
        return f"date({day}, 'start of month')"
    return f"CAST(date_trunc('month', {day}) AS date)"


def _since(dialect: str, day: str) -> str:
    first = "'0001-01-01'" if dialect == "sqlite" else "DATE '0001-01-01'"
    return f"coalesce({_month(dialect, day)}, {first})"


def _monthly_placements_sql(dialect: str) -> str:
    points = _POINTS.format(placements=_scan(dialect, "placements"))
    return (
        f"SELECT {_month(dialect, 'day')} AS month, desk_id, {_since(dialect, 'prev')} AS since, "
        f"count(*) AS n FROM ({points}) AS points GROUP BY 1, 2, 3"
    )


# -- triggers ---------------------------------------------------------------------------


def _bump(month: str, desk: str, since: str, delta: str, where: str) -> str:
    """Add ``delta`` to one ``monthly_placements`` row when ``where`` holds."""
    return (
        f"INSERT INTO monthly_placements (month, desk_id, since, n) "
        f"SELECT {month}, {desk}, {since}, {delta} WHERE {where} "
        "ON CONFLICT (month, desk_id, since) DO UPDATE SET n = monthly_placements.n + excluded.n;"
    )


def _day_change(dialect: str, row: str, sign: int, live: str) -> list[str]:
    """The statements that add (``sign`` 1) or take away (-1) the placement day of ``row``
    (NEW or OLD) from its person's days at its desk, when ``live`` holds.

    Every look-up leaves the changed row itself out: the table then holds neither version
    of the row (whether the trigger runs before the change or after it), the state both
    the taking away of OLD and the adding of NEW start from.
    """
    desk, who, day, row_id = f"{row}.desk_id", f"{row}.seeker_id", f"{row}.placed_on", f"{row}.id"
    pair = (
        f"FROM placements WHERE desk_id = {desk} AND seeker_id = {who} AND NOT void "
        f"AND id <> {row_id}"
    )
    alone = f"NOT EXISTS (SELECT 1 {pair} AND placed_on = {day})"
    prev = f"(SELECT max(placed_on) {pair} AND placed_on < {day})"
    nxt = f"(SELECT min(placed_on) {pair} AND placed_on > {day})"
    when = f"{live} AND {alone}"
    following = f"{when} AND {nxt} IS NOT NULL"
    return [
        _bump(_month(dialect, day), desk, _since(dialect, prev), str(sign), when),
        _bump(_month(dialect, nxt), desk, _since(dialect, prev), str(-sign), following),
        _bump(_month(dialect, nxt), desk, _month(dialect, day), str(sign), following),
    ]


def _monthly_statements(dialect: str, row: str, sign: int) -> str:
    return (
        "INSERT INTO monthly_counts (month, desk_id, measure, n) "
        f"VALUES ({_month(dialect, f'{row}.day')}, {row}.desk_id, {row}.measure, "
        f"{'' if sign > 0 else '-'}{row}.n) "
        "ON CONFLICT (month, desk_id, measure) DO UPDATE SET n = monthly_counts.n + excluded.n;"
    )


_SQLITE_TRIGGERS = ("placements", "daily_counts")


def _sqlite_triggers() -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER statement) of every SQLite trigger."""
    d = "sqlite"
    add = " ".join(_day_change(d, "NEW", 1, "NOT NEW.void"))
    take = " ".join(_day_change(d, "OLD", -1, "NOT OLD.void"))
    watched = "UPDATE OF void, placed_on, desk_id, seeker_id ON placements"
    found = [
        ("placements_rollup_insert", f"AFTER INSERT ON placements BEGIN {add} END"),
        ("placements_rollup_delete", f"AFTER DELETE ON placements BEGIN {take} END"),
        ("placements_rollup_update", f"AFTER {watched} BEGIN {take} {add} END"),
        (
            "monthly_rollup_insert",
            f"AFTER INSERT ON daily_counts BEGIN {_monthly_statements(d, 'NEW', 1)} END",
        ),
        (
            "monthly_rollup_delete",
            f"AFTER DELETE ON daily_counts BEGIN {_monthly_statements(d, 'OLD', -1)} END",
        ),
        (
            "monthly_rollup_update",
            "AFTER UPDATE ON daily_counts BEGIN "
            f"{_monthly_statements(d, 'OLD', -1)} {_monthly_statements(d, 'NEW', 1)} END",
        ),
    ]
    return [(name, f"CREATE TRIGGER {name} {body}") for name, body in found]


#: PostgreSQL: (trigger and its function, table) of each trigger.
_PG_TRIGGERS = (("placements_rollup", "placements"), ("monthly_rollup", "daily_counts"))


def _pg_functions(schema: str) -> list[tuple[str, str, str, str]]:
    """(name, table, trigger events, CREATE FUNCTION) of every PostgreSQL trigger.

    The placements' trigger runs BEFORE each row changes: PostgreSQL runs AFTER row
    triggers once the whole statement is done, so one moving several placements of a
    person (a merge) would look up the person's days already all moved. Before each
    row, a look-up sees the rows changed before it and not the rest, as SQLite's
    AFTER triggers (run row by row) do; leaving the row itself out gives the same state.
    """
    d = "postgresql"
    definer = f"SECURITY DEFINER SET search_path = {schema}, pg_temp"
    add = "\n".join(_day_change(d, "NEW", 1, "true"))
    take = "\n".join(_day_change(d, "OLD", -1, "true"))
    locks = {  # each person whose days change, the lower id first (no deadlock)
        "UPDATE": ("least(OLD.seeker_id, NEW.seeker_id)", "greatest(OLD.seeker_id, NEW.seeker_id)"),
        "INSERT": ("NEW.seeker_id",),
        "DELETE": ("OLD.seeker_id",),
    }
    lock = "\n".join(
        f"IF TG_OP = '{op}' THEN "
        + " ".join(f"PERFORM pg_advisory_xact_lock({_LOCK_CLASS}, {who});" for who in people)
        + " END IF;"
        for op, people in locks.items()
    )
    placements = (
        "CREATE OR REPLACE FUNCTION placements_rollup() RETURNS trigger LANGUAGE plpgsql "
        f"{definer} AS $$ BEGIN\n{lock}\n"
        f"IF TG_OP IN ('UPDATE', 'DELETE') AND NOT OLD.void THEN\n{take}\nEND IF;\n"
        f"IF TG_OP IN ('UPDATE', 'INSERT') AND NOT NEW.void THEN\n{add}\nEND IF;\n"
        "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$"
    )
    daily = (
        "CREATE OR REPLACE FUNCTION monthly_rollup() RETURNS trigger LANGUAGE plpgsql "
        f"{definer} AS $$ BEGIN\n"
        "IF TG_OP IN ('UPDATE', 'DELETE') THEN "
        f"{_monthly_statements(d, 'OLD', -1)} END IF;\n"
        "IF TG_OP IN ('UPDATE', 'INSERT') THEN "
        f"{_monthly_statements(d, 'NEW', 1)} END IF;\n"
        "RETURN NULL; END $$"
    )
    return [
        (
            "placements_rollup",
            "placements",
            "BEFORE INSERT OR DELETE OR UPDATE OF void, placed_on, desk_id, seeker_id",
            placements,
        ),
        ("monthly_rollup", "daily_counts", "AFTER INSERT OR DELETE OR UPDATE", daily),
    ]


def install(connection: Connection) -> None:
    """Create the triggers (on PostgreSQL their functions) and count both tables from the
    records: for a migration, run as the schema's owner."""
    if connection.dialect.name == "postgresql":
        schema = connection.execute(text("SELECT quote_ident(current_schema())")).scalar()
        for name, table, events, function in _pg_functions(str(schema)):
            connection.execute(text(function))
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
            connection.execute(
                text(
                    f"CREATE TRIGGER {name} {events} ON {table} "
                    f"FOR EACH ROW EXECUTE FUNCTION {name}()"
                )
            )
    else:
        for name, statement in _sqlite_triggers():
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
            connection.execute(text(statement))
    rebuild(connection)


def uninstall(connection: Connection) -> None:
    """Drop the triggers and their functions (a downgrade)."""
    if connection.dialect.name == "postgresql":
        for name, table in _PG_TRIGGERS:
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
            connection.execute(text(f"DROP FUNCTION IF EXISTS {name}()"))
    else:
        for name, _ in _sqlite_triggers():
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))


def rebuild(connection: Connection) -> None:
    """Count ``monthly_counts`` and ``monthly_placements`` afresh from the records, inside
    ``connection``'s transaction (on PostgreSQL as the schema's owner). For a bulk load
    that ran without the triggers, or a repair."""
    dialect = connection.dialect.name
    connection.execute(text("DELETE FROM monthly_counts"))
    connection.execute(
        text(
            "INSERT INTO monthly_counts (month, desk_id, measure, n) "
            + _monthly_from_records(dialect)
        )
    )
    connection.execute(text("DELETE FROM monthly_placements"))
    connection.execute(
        text(
            "INSERT INTO monthly_placements (month, desk_id, since, n) "
            + _monthly_placements_sql(dialect)
        )
    )


def _as_day(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def drifted(connection: Connection) -> list[tuple[str, str, int, str, int, int]]:
    """Every row of the two tables that differs from a recount: (table, month, desk id,
    measure or since, kept, recounted); rows at zero count as missing."""
    dialect = connection.dialect.name
    found: list[tuple[str, str, int, str, int, int]] = []
    pairs = (
        (
            "monthly_counts",
            "SELECT month, desk_id, measure, n FROM monthly_counts",
            _monthly_from_records(dialect),
        ),
        (
            "monthly_placements",
            "SELECT month, desk_id, since, n FROM monthly_placements",
            _monthly_placements_sql(dialect),
        ),
    )
    for table, kept_sql, counted_sql in pairs:
        kept: dict[tuple[str, int, str], int] = {}
        for month, desk_id, what, n in connection.execute(text(kept_sql)):
            if n:
                kept[(_as_day(month), int(desk_id), _as_day(what))] = int(n)
        counted: dict[tuple[str, int, str], int] = {}
        for month, desk_id, what, n in connection.execute(text(counted_sql)):
            if n:
                counted[(_as_day(month), int(desk_id), _as_day(what))] = int(n)
        for key in sorted(set(kept) | set(counted)):
            if kept.get(key, 0) != counted.get(key, 0):
                found.append((table, *key, kept.get(key, 0), counted.get(key, 0)))
    return found
