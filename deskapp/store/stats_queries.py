"""The statistics (ARCHITECTURE.md) as aggregate queries run by the database.

Nothing here loads records into Python: each function sends one ``UNION ALL``
of ``GROUP BY`` queries and returns a handful of counts. The four additive
measures are summed from ``monthly_counts`` for whole months and ``daily_counts`` for
the days around them (both kept by triggers); 취업자수, distinct people, from
``monthly_placements`` for whole months (deskapp/store/rollups.py) and from the
placements themselves for the days around them.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import (
    Date,
    bindparam,
    distinct,
    extract,
    func,
    literal,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import Session

from deskapp.domain.dates import add_months
from deskapp.store.models import DailyCount, Placement

ADDITIVE = ("job_openings", "job_seekers", "sessions", "referrals")

Counts = dict[int, dict[str, int]]


# The table's query written once as SQL: it runs on every statistics view, and a
# fresh process pays SQLAlchemy's first compilation of the equivalent statement
# (tens of milliseconds) on top of a query that itself takes a few.
_DATES = ("start", "end", "head_end", "first", "last", "tail_start", "before")
_PERIOD_SQL = text(
    # The four additive measures: the whole months from the monthly counts, the days
    # before the first and after the last whole month from the daily counts.
    "SELECT measure, desk_id, sum(n) FROM ("
    "SELECT measure, desk_id, n FROM monthly_counts WHERE month BETWEEN :first AND :last "
    "UNION ALL SELECT measure, desk_id, n FROM daily_counts "
    "WHERE day BETWEEN :start AND :head_end OR day BETWEEN :tail_start AND :end"
    ") AS counted GROUP BY measure, desk_id "
    # 취업자수: each person once, through their first placement day in the period.
    # People first placed in the days before the first whole month:
    "UNION ALL "
    "SELECT 'placements', desk_id, count(DISTINCT seeker_id) FROM placements "
    "WHERE placed_on BETWEEN :start AND :head_end AND NOT void GROUP BY desk_id "
    # in the whole months, after a placement before the month the period begins in
    "UNION ALL "
    "SELECT 'placements', desk_id, sum(n) FROM monthly_placements "
    "WHERE month BETWEEN :first AND :last AND since < :before GROUP BY desk_id "
    # or after a placement in that month's days before the period (none in its own days),
    "UNION ALL "
    "SELECT 'placements', p.desk_id, count(DISTINCT p.seeker_id) FROM placements AS p "
    "WHERE p.placed_on >= :before AND p.placed_on < :start AND NOT p.void "
    "AND NOT EXISTS (SELECT 1 FROM placements AS q WHERE q.seeker_id = p.seeker_id "
    "AND q.desk_id = p.desk_id AND NOT q.void AND q.placed_on BETWEEN :start AND :head_end) "
    "AND EXISTS (SELECT 1 FROM placements AS q WHERE q.seeker_id = p.seeker_id "
    "AND q.desk_id = p.desk_id AND NOT q.void AND q.placed_on >= :first "
    "AND q.placed_on < :tail_start) GROUP BY p.desk_id "
    # and in the days after the last whole month, placed nowhere in the period before.
    "UNION ALL "
    "SELECT 'placements', p.desk_id, count(DISTINCT p.seeker_id) FROM placements AS p "
    "WHERE p.placed_on BETWEEN :tail_start AND :end AND NOT p.void "
    "AND NOT EXISTS (SELECT 1 FROM placements AS q WHERE q.seeker_id = p.seeker_id "
    "AND q.desk_id = p.desk_id AND NOT q.void AND q.placed_on >= :start "
    "AND q.placed_on < :tail_start) GROUP BY p.desk_id"
).bindparams(*(bindparam(name, type_=Date()) for name in _DATES))

# A period within one or two calendar months (no whole month in it): counted by day.
_DAYS_SQL = text(
    "SELECT measure, desk_id, sum(n) FROM daily_counts WHERE day BETWEEN :start AND :end "
    "GROUP BY measure, desk_id "
    "UNION ALL "
    "SELECT 'placements', desk_id, count(DISTINCT seeker_id) FROM placements "
    "WHERE placed_on BETWEEN :start AND :end AND NOT void GROUP BY desk_id"
).bindparams(bindparam("start", type_=Date()), bindparam("end", type_=Date()))


def whole_months(start: date, end: date) -> tuple[date, date] | None:
    """The first days of the first and the last calendar month lying wholly in
    [start, end]; None when none does."""
    first = start if start.day == 1 else add_months(start.replace(day=1), 1)
    last = add_months((end + timedelta(days=1)).replace(day=1), -1)
    return (first, last) if first <= last else None


def period_counts(session: Session, start: date, end: date) -> Counts:
    """For [start, end]: {desk_id: {measure: count}} with distinct-person rules applied."""
    months = whole_months(start, end)
    if months is None:
        rows = session.execute(_DAYS_SQL, {"start": start, "end": end})
    else:
        first, last = months
        tail_start = add_months(last, 1)
        dates = {
            "start": start,
            "end": end,
            "head_end": first - timedelta(days=1),
            "first": first,
            "last": last,
            "tail_start": tail_start,
            "before": start.replace(day=1),
        }
        rows = session.execute(_PERIOD_SQL, dates)
    result: Counts = defaultdict(dict)
    for measure, desk_id, count in rows:
        result[desk_id][measure] = result[desk_id].get(measure, 0) + int(count)
    return dict(result)


MonthlyCounts = dict[tuple[int, int], dict[int, dict[str, int]]]


def monthly_counts(session: Session, start: date, end: date) -> tuple[MonthlyCounts, MonthlyCounts]:
    """Per calendar month in [start, end]: the month's counts, and the new distinct placements.

    Returns ``(by_month, first_placements)``: ``by_month[(year, month)][desk_id][measure]``
    holds each month on its own; ``first_placements[(year, month)][desk_id]["placements"]``
    counts the people whose first placement at that desk within [start, end]
    falls in that month, so that a running sum gives the distinct 누계.
    """
    year, month = extract("year", DailyCount.day), extract("month", DailyCount.day)
    additive = (
        select(DailyCount.measure, DailyCount.desk_id, year, month, func.sum(DailyCount.n))
        .where(DailyCount.day.between(start, end))
        .group_by(DailyCount.measure, DailyCount.desk_id, year, month)
    )
    p_year, p_month = extract("year", Placement.placed_on), extract("month", Placement.placed_on)
    placed = (
        select(
            literal("placements"),
            Placement.desk_id,
            p_year,
            p_month,
            func.count(distinct(Placement.seeker_id)),
        )
        .where(Placement.placed_on.between(start, end), Placement.void.is_(False))
        .group_by(Placement.desk_id, p_year, p_month)
    )
    firsts = (
        select(
            Placement.desk_id.label("desk_id"),
            func.min(Placement.placed_on).label("first_on"),
        )
        .where(Placement.placed_on.between(start, end), Placement.void.is_(False))
        .group_by(Placement.desk_id, Placement.seeker_id)
        .subquery()
    )
    f_year, f_month = extract("year", firsts.c.first_on), extract("month", firsts.c.first_on)
    first_placed = select(
        literal("first_placements"), firsts.c.desk_id, f_year, f_month, func.count()
    ).group_by(firsts.c.desk_id, f_year, f_month)
    by_month: MonthlyCounts = defaultdict(lambda: defaultdict(dict))
    first: MonthlyCounts = defaultdict(lambda: defaultdict(dict))
    for measure, desk_id, y, m, count in session.execute(union_all(additive, placed, first_placed)):
        month_key = (int(y), int(m))
        if measure == "first_placements":
            first[month_key][desk_id]["placements"] = int(count)
        else:
            by_month[month_key][desk_id][measure] = int(count)
    return by_month, first
