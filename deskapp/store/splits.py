"""The breakdowns' figures kept per day, so that long periods sum days.

``daily_splits`` holds, per breakdown, day, desk, measure (구직등록, 상담, 알선) and
value, how many live records count there, and ``monthly_splits`` the same by calendar
month (a long period reads its whole months there, its edge days here).
``placement_splits`` holds 취업자수 per breakdown, day, desk and value *and* the day
of each person's previous placement at the desk (``since``): the people placed in
[from, to] are the rows of those days whose previous placement is before ``from``,
each person once, through their first placement in the period. The figures are
recounted by the very statements that define them (``breakdown_queries.rows_for``),
never by hand:

- triggers only *mark* the days a change touches (``split_days_dirty``): a record
  added, voided, moved to another day, desk, site or person (for a placement, every
  day the person was placed, as the next one's ``since`` may change); a seeker's sex,
  birth date or residence (every day of their records); a seeker's target groups; an
  account's display name (the days of the records it entered);
- before a breakdown is read, ``refresh`` recounts the marked days and clears the
  marks, in one write transaction (on PostgreSQL through ``deskapp_refresh_splits()``,
  which runs with its owner's rights, as the daily counts' trigger does, so the desks'
  role reads the table but cannot write it; it locks the marks so that a desk adding a
  record meanwhile waits, and no mark is cleared unrecounted).

A later revision that changes what a breakdown counts recreates the PostgreSQL
function and marks every day (``install``), as revision 0014 did.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    and_,
    bindparam,
    delete,
    exists,
    func,
    insert,
    literal,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import Session

from deskapp.domain.breakdown import Dimension
from deskapp.domain.dates import add_months
from deskapp.store.breakdown_queries import day_column, month_start, next_month, rows_for
from deskapp.store.models import (
    CounselingSession,
    DailySplit,
    JobSeeker,
    MonthlySplit,
    Placement,
    PlacementSplit,
    Referral,
    SplitDayDirty,
)

#: The measures kept per day (each record counts once on its day, so days add up).
ADDITIVE = ("job_seekers", "sessions", "referrals")

#: table -> (date column, the columns whose change moves a record between cells).
_TRACKED: dict[str, tuple[str, tuple[str, ...]]] = {
    "job_seekers": (
        "registered_on",
        (
            "void",
            "registered_on",
            "desk_id",
            "site_id",
            "counselor_name",
            "created_by",
            "import_id",
            "gender",
            "birth_date",
            "resident",
        ),
    ),
    "counseling_sessions": (
        "session_on",
        (
            "void",
            "session_on",
            "desk_id",
            "site_id",
            "seeker_id",
            "counselor_name",
            "created_by",
            "import_id",
        ),
    ),
    "referrals": (
        "referred_on",
        ("void", "referred_on", "desk_id", "site_id", "seeker_id", "created_by", "import_id"),
    ),
}

#: The columns of a placement whose change moves it between cells.
_PLACEMENT_COLUMNS = (
    "void",
    "placed_on",
    "desk_id",
    "site_id",
    "seeker_id",
    "created_by",
    "import_id",
)
#: The first day kept as ``since`` for a first placement (before any period).
FIRST = date(1, 1, 1)

#: The days of one person's counted records (``{who}`` is replaced by the person's id).
_PERSON_DAYS = (
    "SELECT registered_on FROM job_seekers WHERE id = {who} "
    "UNION SELECT session_on FROM counseling_sessions WHERE seeker_id = {who} "
    "UNION SELECT referred_on FROM referrals WHERE seeker_id = {who} "
    "UNION SELECT placed_on FROM placements WHERE seeker_id = {who}"
)
#: The days one person was placed (a placement's change may move the next one's since).
_PLACED_DAYS = "SELECT placed_on FROM placements WHERE seeker_id = {who}"
#: The days of the records one account entered (``{who}``: the account's id).
_ACCOUNT_DAYS = (
    "SELECT registered_on FROM job_seekers WHERE created_by = {who} "
    "UNION SELECT session_on FROM counseling_sessions WHERE created_by = {who} "
    "UNION SELECT referred_on FROM referrals WHERE created_by = {who} "
    "UNION SELECT placed_on FROM placements WHERE created_by = {who}"
)


def _marks(dialect: str) -> list[tuple[str, str, str, str]]:
    """(name, table, event, statements marking days) of every trigger."""
    found: list[tuple[str, str, str, str]] = []

    def mark_values(*days: str) -> str:
        rows = ", ".join(f"({d})" for d in days)
        if dialect == "sqlite":
            return f"INSERT OR IGNORE INTO split_days_dirty (day) VALUES {rows};"
        return f"INSERT INTO split_days_dirty (day) VALUES {rows} ON CONFLICT DO NOTHING;"

    def mark_select(select_sql: str) -> str:
        if dialect == "sqlite":
            return f"INSERT OR IGNORE INTO split_days_dirty (day) {select_sql};"
        return (
            f"INSERT INTO split_days_dirty (day) SELECT d FROM ({select_sql}) AS days (d) "
            "WHERE d IS NOT NULL ON CONFLICT DO NOTHING;"
        )

    for table, (day, columns) in _TRACKED.items():
        found.append((f"{table}_split_insert", table, "INSERT", mark_values(f"NEW.{day}")))
        found.append((f"{table}_split_delete", table, "DELETE", mark_values(f"OLD.{day}")))
        found.append(
            (
                f"{table}_split_update",
                table,
                f"UPDATE OF {', '.join(columns)}",
                mark_values(f"OLD.{day}", f"NEW.{day}"),
            )
        )
    placed = {
        "INSERT": mark_select(_PLACED_DAYS.format(who="NEW.seeker_id")),
        "DELETE": mark_values("OLD.placed_on")
        + " "
        + mark_select(_PLACED_DAYS.format(who="OLD.seeker_id")),
        f"UPDATE OF {', '.join(_PLACEMENT_COLUMNS)}": mark_values("OLD.placed_on")
        + " "
        + mark_select(_PLACED_DAYS.format(who="OLD.seeker_id"))
        + " "
        + mark_select(_PLACED_DAYS.format(who="NEW.seeker_id")),
    }
    for event, statements in placed.items():
        name = f"placements_split_{event.split()[0].lower()}"
        found.append((name, "placements", event, statements))
    person = _PERSON_DAYS.format(who="NEW.id")
    found.append(
        (
            "job_seekers_split_person",
            "job_seekers",
            "UPDATE OF gender, birth_date, resident",
            mark_select(person),
        )
    )
    for event, row in (("INSERT", "NEW"), ("DELETE", "OLD"), ("UPDATE", "NEW")):
        statements = mark_select(_PERSON_DAYS.format(who=f"{row}.seeker_id"))
        if event == "UPDATE":
            statements += " " + mark_select(_PERSON_DAYS.format(who="OLD.seeker_id"))
        found.append((f"seeker_groups_split_{event.lower()}", "seeker_groups", event, statements))
    found.append(
        (
            "users_split_rename",
            "users",
            "UPDATE OF display_name",
            mark_select(_ACCOUNT_DAYS.format(who="NEW.id")),
        )
    )
    return found


def _counting(within: Callable[[Any], ColumnElement[bool]]) -> tuple[Any, Any]:
    """The statements that count the per-day figures (``daily_splits``, then
    ``placement_splits``) of the records whose day column meets ``within``."""
    parts = []
    for measure in ADDITIVE:
        for dimension in Dimension:
            source = rows_for(measure, dimension, [within(day_column(measure))]).subquery()
            parts.append(
                select(
                    literal(dimension.value).label("dimension"),
                    source.c.day,
                    source.c.desk_id,
                    literal(measure).label("measure"),
                    func.coalesce(source.c.value, literal("")).label("value"),
                    func.count().label("n"),
                ).group_by(source.c.day, source.c.desk_id, source.c.value)
            )
    counted = insert(DailySplit).from_select(
        ["dimension", "day", "desk_id", "measure", "value", "n"], union_all(*parts)
    )
    placed = []
    for dimension in Dimension:
        source = rows_for(
            "placements", dimension, [within(Placement.placed_on)], since=True
        ).subquery()
        placed.append(
            select(
                literal(dimension.value).label("dimension"),
                source.c.day,
                source.c.desk_id,
                func.coalesce(source.c.value, literal("")).label("value"),
                func.coalesce(source.c.since, literal(FIRST, Date)).label("since"),
                func.count().label("n"),
            ).group_by(source.c.day, source.c.desk_id, source.c.value, source.c.since)
        )
    counted_placed = insert(PlacementSplit).from_select(
        ["dimension", "day", "desk_id", "value", "since", "n"], union_all(*placed)
    )
    return counted, counted_placed


def _summing_months(months: Any) -> Any:
    """The statement that sums ``daily_splits`` into ``monthly_splits`` for the months
    (first days) that the subquery ``months`` lists."""
    first_day = months.c.month
    per_month = (
        select(
            DailySplit.dimension,
            first_day,
            DailySplit.desk_id,
            DailySplit.measure,
            DailySplit.value,
            func.sum(DailySplit.n),
        )
        .select_from(months)
        .join(
            DailySplit,
            and_(DailySplit.day >= first_day, DailySplit.day < next_month(first_day)),
        )
        .group_by(
            DailySplit.dimension,
            first_day,
            DailySplit.desk_id,
            DailySplit.measure,
            DailySplit.value,
        )
    )
    return insert(MonthlySplit).from_select(
        ["dimension", "month", "desk_id", "measure", "value", "n"], per_month
    )


def _refresh_statements() -> list[Any]:
    """Recount the marked days: drop their figures, count them again, clear the marks."""
    marked = select(SplitDayDirty.day)
    drop = delete(DailySplit).where(DailySplit.day.in_(marked))
    counted, counted_placed = _counting(lambda day: day.in_(marked))
    drop_placed = delete(PlacementSplit).where(PlacementSplit.day.in_(marked))
    months = select(month_start(SplitDayDirty.day).label("month")).distinct()
    drop_months = delete(MonthlySplit).where(MonthlySplit.month.in_(months))
    counted_months = _summing_months(months.subquery("marked_months"))
    clear = delete(SplitDayDirty)
    return [drop, counted, drop_months, counted_months, drop_placed, counted_placed, clear]


def recount_everything(connection: Connection) -> None:
    """Drop every figure and count them all again from the records, a calendar month at a
    time, by the same statements as ``refresh`` (after a bulk load: each month's rows are
    grouped in memory, where one sort of millions of rows would spill to disk). As the
    schema's owner."""
    for table in (DailySplit, MonthlySplit, PlacementSplit, SplitDayDirty):
        connection.execute(delete(table))
    days = union_all(
        select(
            func.min(JobSeeker.registered_on).label("first"),
            func.max(JobSeeker.registered_on).label("last"),
        ),
        select(func.min(CounselingSession.session_on), func.max(CounselingSession.session_on)),
        select(func.min(Referral.referred_on), func.max(Referral.referred_on)),
        select(func.min(Placement.placed_on), func.max(Placement.placed_on)),
    ).subquery()
    first, last = connection.execute(select(func.min(days.c.first), func.max(days.c.last))).one()
    if first is None:
        return
    start, end = bindparam("start", type_=Date()), bindparam("end", type_=Date())
    counted, counted_placed = _counting(lambda day: day.between(start, end))
    month = select(start.label("month")).subquery("month")
    counted_months = _summing_months(month)
    month_first = date.fromisoformat(str(first)).replace(day=1)
    while month_first <= date.fromisoformat(str(last)):
        following = add_months(month_first, 1)
        span = {"start": month_first, "end": following - timedelta(days=1)}
        for statement in (counted, counted_placed, counted_months):
            connection.execute(statement, span)
        month_first = following


def _compiled(statement: Any, connection: Connection) -> str:
    return str(
        statement.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})
    )


def install(connection: Connection) -> None:
    """Create the triggers (and on PostgreSQL the refresh function), mark every day and
    recount: for a migration (run as the schema's owner)."""
    dialect = connection.dialect.name
    schema = None
    if dialect == "postgresql":
        schema = connection.execute(text("SELECT quote_ident(current_schema())")).scalar()
        definer = f"SECURITY DEFINER SET search_path = {schema}, pg_temp"
        body = "\n".join(_compiled(s, connection) + ";" for s in _refresh_statements())
        connection.execute(
            text(
                "CREATE OR REPLACE FUNCTION deskapp_refresh_splits() RETURNS void "
                f"LANGUAGE plpgsql {definer} AS $$ BEGIN "
                "LOCK TABLE split_days_dirty IN EXCLUSIVE MODE;\n"
                f"{body}\nEND $$"
            )
        )
    for name, table, event, statements in _marks(dialect):
        if dialect == "sqlite":
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
            connection.execute(
                text(f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN {statements} END")
            )
        elif dialect == "postgresql":
            connection.execute(
                text(
                    f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql "
                    f"SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$ BEGIN "
                    f"{statements} RETURN NULL; END $$"
                )
            )
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
            connection.execute(
                text(
                    f"CREATE TRIGGER {name} AFTER {event} ON {table} "
                    f"FOR EACH ROW EXECUTE FUNCTION {name}()"
                )
            )
    mark_everything(connection)
    refresh_connection(connection)


def uninstall(connection: Connection) -> None:
    """Drop the triggers and the function (a downgrade)."""
    dialect = connection.dialect.name
    for name, table, _event, _statements in _marks(dialect):
        if dialect == "sqlite":
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        elif dialect == "postgresql":
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
            connection.execute(text(f"DROP FUNCTION IF EXISTS {name}()"))
    if dialect == "postgresql":
        connection.execute(text("DROP FUNCTION IF EXISTS deskapp_refresh_splits()"))


def mark_everything(connection: Connection) -> None:
    """Mark every day a counted record is on (to recount all)."""
    days = union_all(
        select(JobSeeker.registered_on.label("day")),
        select(CounselingSession.session_on.label("day")),
        select(Referral.referred_on.label("day")),
        select(Placement.placed_on.label("day")),
    ).subquery()
    fresh = (
        select(days.c.day)
        .where(days.c.day.is_not(None), ~exists().where(SplitDayDirty.day == days.c.day))
        .distinct()
    )
    connection.execute(insert(SplitDayDirty).from_select(["day"], fresh))


def refresh_connection(connection: Connection) -> None:
    """Recount the marked days on ``connection`` (inside its transaction)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT deskapp_refresh_splits()"))
        return
    for statement in _refresh_statements():
        connection.execute(statement)


def pending(session: Session) -> bool:
    """Some day is marked to be recounted."""
    return session.execute(select(SplitDayDirty.day).limit(1)).first() is not None


def refresh(session: Session) -> None:
    """Recount the marked days in ``session``'s (write) transaction."""
    refresh_connection(session.connection())
