"""The breakdowns of the seeker-side figures as aggregate queries run by the database.

For each measure one statement (``rows_for``) yields a row per counted thing with its
desk, day, the value of the dimension and a key (the record for 상담 and 알선, the
person for 구직등록 and 취업자수). The per-day figures (deskapp/store/splits.py) are
recounted by it and ``breakdown_counts`` sums them; a drill-down filters the same
statement (``base``, ``keys_select``) to one desk and value, so a cell and the records
behind it agree (tests compare every cell with its records, and ``deskapp check`` the
per-day figures with the records). Only counts (or, for a drill-down, the keys) leave
the database.

Who a record is counted for under ``counselor``: a registration, the account that
registered the seeker (for a seeker brought in from a records workbook, its
담당상담사); a session, the 상담사 written on it, else the account that entered it; a
referral or placement, the account that entered it (one brought in from a records
workbook names nobody: 미상). A reassignment of the seeker moves none of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    Select,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.functions import FunctionElement

from deskapp.domain.breakdown import AGE_BANDS, NO_GROUP, UNKNOWN, YOUNGEST, Dimension
from deskapp.domain.dates import add_months
from deskapp.store.models import (
    CounselingSession,
    DailySplit,
    DeskSite,
    JobSeeker,
    MonthlySplit,
    Placement,
    PlacementSplit,
    Referral,
    SeekerGroup,
    User,
)


class yyyymmdd(FunctionElement[int]):
    """A date as the whole number YYYYMMDD (so that whole years are a difference // 10000)."""

    type = Integer()
    inherit_cache = True


@compiles(yyyymmdd, "sqlite")
def _ymd_sqlite(element: yyyymmdd, compiler: Any, **kw: Any) -> str:
    # SQLite keeps a date as the text YYYY-MM-DD.
    return f"CAST(replace({compiler.process(element.clauses, **kw)}, '-', '') AS INTEGER)"


@compiles(yyyymmdd)
def _ymd_default(element: yyyymmdd, compiler: Any, **kw: Any) -> str:
    return f"CAST(to_char({compiler.process(element.clauses, **kw)}, 'YYYYMMDD') AS INTEGER)"


class month_start(FunctionElement[date]):
    """The first day of a date's month."""

    type = Date()
    inherit_cache = True


@compiles(month_start, "sqlite")
def _month_start_sqlite(element: month_start, compiler: Any, **kw: Any) -> str:
    return f"date({compiler.process(element.clauses, **kw)}, 'start of month')"


@compiles(month_start)
def _month_start_default(element: month_start, compiler: Any, **kw: Any) -> str:
    return f"CAST(date_trunc('month', {compiler.process(element.clauses, **kw)}) AS DATE)"


class next_month(FunctionElement[date]):
    """The first day of the month after a month's first day."""

    type = Date()
    inherit_cache = True


@compiles(next_month, "sqlite")
def _next_month_sqlite(element: next_month, compiler: Any, **kw: Any) -> str:
    return f"date({compiler.process(element.clauses, **kw)}, '+1 month')"


@compiles(next_month)
def _next_month_default(element: next_month, compiler: Any, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} + interval '1 month' AS DATE)"


def age_band(born: Any, on: Any) -> ColumnElement[str]:
    """The band (as in deskapp.domain.breakdown.AGE_BANDS) of a person born ``born`` on ``on``."""
    age = (yyyymmdd(on) - yyyymmdd(born)) // 10000
    whens: list[tuple[ColumnElement[bool], str]] = [
        (born.is_(None), UNKNOWN),
        (age < YOUNGEST, UNKNOWN),
    ]
    whens += [(age <= band.high, band.label) for band in AGE_BANDS if band.high is not None]
    last = AGE_BANDS[-1].label
    return case(*whens, else_=literal(last))


def _sex(seeker: Any) -> ColumnElement[str]:
    # The stored values of 성별, the breakdown's values too.
    return case(
        (seeker.gender.in_(("남", "여")), seeker.gender),  # korean-data
        else_=literal(UNKNOWN),
    )


def _resident(seeker: Any) -> ColumnElement[str]:
    return case(
        (seeker.resident.is_(True), literal("구민")),  # korean-data
        (seeker.resident.is_(False), literal("비구민")),  # korean-data
        else_=literal(UNKNOWN),
    )


@dataclass(frozen=True)
class _Source:
    """A counted table: the record, its date, and how it names its counselor."""

    model: Any
    on: Any
    own_counselor: bool  # the record carries a counselor's name (sessions, seekers)
    person: bool  # counted as distinct people


_SOURCES = {
    "job_seekers": _Source(JobSeeker, JobSeeker.registered_on, True, True),
    "sessions": _Source(CounselingSession, CounselingSession.session_on, True, False),
    "referrals": _Source(Referral, Referral.referred_on, False, False),
    "placements": _Source(Placement, Placement.placed_on, False, True),
}


def day_column(measure: str) -> Any:
    """The date column of ``measure``'s records."""
    return _SOURCES[measure].on


def base(
    measure: str, dimension: Dimension, start: date, end: date, desk_id: int | None = None
) -> Select[Any]:
    """Rows (desk_id, value, key) counted by ``measure`` in [start, end] split by ``dimension``.

    ``value`` is NULL for the site of a record made at no site (the caller names it).
    """
    if measure == "placements" and dimension in (Dimension.AGE, Dimension.SITE):
        return _first_placements(dimension, start, end, desk_id)
    source = _SOURCES[measure]
    conditions: list[ColumnElement[bool]] = [source.on.between(start, end)]
    if desk_id is not None:
        conditions.append(source.model.desk_id == desk_id)
    return rows_for(measure, dimension, conditions)


def rows_for(
    measure: str,
    dimension: Dimension,
    conditions: list[ColumnElement[bool]],
    since: bool = False,
) -> Select[Any]:
    """Rows (desk_id, value, key, day) of the live records of ``measure`` that meet
    ``conditions``, each with its value of ``dimension`` (a person in several target
    groups once per group). Not for the age of placed people (counted by their first
    placement, ``base``). With ``since``, a placement also has the day of the person's
    previous placement at the desk (``_placed_before``)."""
    source = _SOURCES[measure]
    record = source.model
    seeker = record if record is JobSeeker else aliased(JobSeeker, name="seeker")
    key = record.seeker_id if source.person and record is not JobSeeker else record.id
    joins: list[tuple[Any, ColumnElement[bool]]] = []
    if record is not JobSeeker and dimension in (Dimension.SEX, Dimension.AGE, Dimension.RESIDENT):
        joins.append((seeker, seeker.id == record.seeker_id))
    value: ColumnElement[Any]
    if dimension is Dimension.SEX:
        value = _sex(seeker)
    elif dimension is Dimension.RESIDENT:
        value = _resident(seeker)
    elif dimension is Dimension.AGE:
        value = age_band(seeker.birth_date, source.on)
    elif dimension is Dimension.GROUP:
        member = aliased(SeekerGroup, name="member")
        person = record.id if record is JobSeeker else record.seeker_id
        joins.append((member, member.seeker_id == person))
        value = func.coalesce(member.group_name, literal(NO_GROUP))
    elif dimension is Dimension.SITE:
        site = aliased(DeskSite, name="site")
        joins.append((site, site.id == record.site_id))
        value = site.name.expression
    elif dimension is Dimension.COUNSELOR:
        account = aliased(User, name="account")
        joins.append((account, and_(account.id == record.created_by, record.import_id.is_(None))))
        if record is JobSeeker:  # the registering counselor; an imported row's 담당상담사
            written = func.nullif(func.trim(record.counselor_name), "")
            value = func.coalesce(account.display_name, written, literal(UNKNOWN))
        elif source.own_counselor:  # the 상담사 written on the session
            written = func.nullif(func.trim(record.counselor_name), "")
            value = func.coalesce(written, account.display_name, literal(UNKNOWN))
        else:
            value = func.coalesce(account.display_name, literal(UNKNOWN))
    else:  # pragma: no cover - every dimension is handled above
        raise ValueError(dimension)
    statement = select(
        record.desk_id.label("desk_id"),
        value.label("value"),
        key.label("key"),
        source.on.label("day"),
    ).select_from(record)
    if since and record is Placement:
        statement = statement.add_columns(_placed_before(dimension).label("since"))
    for target, on in joins:
        inner = target is seeker
        statement = statement.join(target, on, isouter=not inner)
    return statement.where(record.void.is_(False), *conditions)


def _placed_before(dimension: Dimension) -> Any:
    """For a placement: the day of the same person's placement at the same desk just
    before it (by day, then by the order recorded; for ``counselor`` only those entered by
    the same account), NULL for their first. A person counts once in a period, through
    the placement in it whose previous one lies before the period."""
    earlier = aliased(Placement, name="earlier")
    same = [
        earlier.seeker_id == Placement.seeker_id,
        earlier.desk_id == Placement.desk_id,
        earlier.void.is_(False),
        or_(
            earlier.placed_on < Placement.placed_on,
            and_(earlier.placed_on == Placement.placed_on, earlier.id < Placement.id),
        ),
    ]
    if dimension is Dimension.COUNSELOR:
        same.append(
            func.coalesce(_entered_by(earlier), -1) == func.coalesce(_entered_by(Placement), -1)
        )
    return select(func.max(earlier.placed_on)).where(*same).correlate(Placement).scalar_subquery()


def _entered_by(record: Any) -> ColumnElement[Any]:
    """The account a record counts for under ``counselor`` when it has no name of its own
    (none for one brought in from a records workbook)."""
    return case((record.import_id.is_(None), record.created_by), else_=None)


def _first_placements(
    dimension: Dimension, start: date, end: date, desk_id: int | None
) -> Select[Any]:
    """People placed in [start, end] per desk, placed by their first placement there (the
    earliest day, of two on one day the one recorded first): its day for the age band,
    its site for the site rows, so that a desk's people are each in one row."""
    conditions: list[ColumnElement[bool]] = [
        Placement.placed_on.between(start, end),
        Placement.void.is_(False),
    ]
    if desk_id is not None:
        conditions.append(Placement.desk_id == desk_id)
    rank = func.row_number().over(
        partition_by=(Placement.desk_id, Placement.seeker_id),
        order_by=(Placement.placed_on, Placement.id),
    )
    ranked = (
        select(
            Placement.desk_id.label("desk_id"),
            Placement.seeker_id.label("seeker_id"),
            Placement.placed_on.label("first_on"),
            Placement.site_id.label("site_id"),
            rank.label("rank"),
        )
        .where(*conditions)
        .subquery("ranked")
    )
    statement: Any
    if dimension is Dimension.AGE:
        value: ColumnElement[Any] = age_band(JobSeeker.birth_date, ranked.c.first_on)
        statement = select(
            ranked.c.desk_id.label("desk_id"),
            value.label("value"),
            ranked.c.seeker_id.label("key"),
        ).join(JobSeeker, JobSeeker.id == ranked.c.seeker_id)
    else:
        site = aliased(DeskSite, name="site")
        statement = select(
            ranked.c.desk_id.label("desk_id"),
            site.name.label("value"),
            ranked.c.seeker_id.label("key"),
        ).outerjoin(site, site.id == ranked.c.site_id)
    chosen: Select[Any] = statement.where(ranked.c.rank == 1)
    return chosen


Cells = dict[tuple[int, str | None], dict[str, int]]


DAY = timedelta(days=1)


def whole_months(start: date, end: date) -> tuple[date | None, date | None]:
    """The first days of the first and last whole calendar months in [start, end] (None,
    None when it holds none): they are read by month, the days outside them by day."""
    first = start if start.day == 1 else add_months(start.replace(day=1), 1)
    last = end.replace(day=1)
    if add_months(last, 1) - DAY != end:
        last = add_months(last, -1)
    return (first, last) if first <= last else (None, None)


#: The measures summed from ``daily_splits`` (each record counts once, on its day).
ADDITIVE = ("job_seekers", "sessions", "referrals")


def breakdown_counts(
    session: Session,
    dimension: Dimension,
    start: date,
    end: date,
    measures: Iterable[str] = tuple(_SOURCES),
    desk_id: int | None = None,
) -> Cells:
    """{(desk_id, value): {measure: count}} for [start, end], one statement for all measures.

    Summed from the per-day figures (recounted first when marked:
    deskapp.store.splits.refresh): 구직등록, 상담 and 알선 from ``daily_splits``; 취업자수
    from ``placement_splits``, each person once over the whole period.
    """
    wanted = tuple(measures)
    parts: list[Select[Any]] = []
    summed = [m for m in wanted if m in ADDITIVE]
    if summed:
        first, last = whole_months(start, end)
        for table, column, low, high in (
            (DailySplit, DailySplit.day, start, end if first is None else first - DAY),
            (MonthlySplit, MonthlySplit.month, first, last),
            (DailySplit, DailySplit.day, None if last is None else add_months(last, 1), end),
        ):
            if low is None or high is None or low > high:
                continue
            where = [
                table.dimension == dimension.value,
                column.between(low, high),
                table.measure.in_(summed),
            ]
            if desk_id is not None:
                where.append(table.desk_id == desk_id)
            kept: Any = (
                select(table.measure, table.desk_id, table.value, func.sum(table.n))
                .where(*where)
                .group_by(table.measure, table.desk_id, table.value)
            )
            parts.append(kept)
    if "placements" in wanted:
        # Each person once: the placement in the period whose previous one is before it.
        where = [
            PlacementSplit.dimension == dimension.value,
            PlacementSplit.day.between(start, end),
            PlacementSplit.since < start,
        ]
        if desk_id is not None:
            where.append(PlacementSplit.desk_id == desk_id)
        placed: Any = (
            select(
                literal("placements").label("measure"),
                PlacementSplit.desk_id,
                PlacementSplit.value,
                func.sum(PlacementSplit.n),
            )
            .where(*where)
            .group_by(PlacementSplit.desk_id, PlacementSplit.value)
        )
        parts.append(placed)
    result: Cells = {}
    if not parts:
        return result
    statement = parts[0] if len(parts) == 1 else union_all(*parts)
    for measure, desk, value, count in session.execute(statement):
        if not count:
            continue
        cell = result.setdefault((int(desk), value if value != "" else None), {})
        cell[measure] = cell.get(measure, 0) + int(count)
    return result


def keys_select(
    measure: str,
    dimension: Dimension,
    start: date,
    end: date,
    desk_id: int,
    value: str | None,
) -> Select[Any]:
    """The keys (records, or people for 구직등록 and 취업자수) counted in one cell, as a
    statement to filter by; ``value`` None is a site row of records made at no site."""
    rows = base(measure, dimension, start, end, desk_id).subquery()
    matches = rows.c.value.is_(None) if value is None else rows.c.value == value
    if dimension is Dimension.SITE and value == UNKNOWN:
        matches = or_(rows.c.value.is_(None), rows.c.value == value)
    return select(rows.c.key).where(matches)
