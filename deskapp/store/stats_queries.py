"""The statistics (ARCHITECTURE.md) as aggregate queries run by the database.

Nothing here loads records into Python: each function sends one ``UNION ALL``
of ``GROUP BY`` queries and returns a handful of counts. The four additive
measures are summed from ``daily_counts`` (one row per day, desk and measure,
kept by triggers); 취업자수 counts distinct people from the placements
themselves, because a person placed twice counts once over the whole period.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

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

from deskapp.store.models import DailyCount, Placement

ADDITIVE = ("job_openings", "job_seekers", "sessions", "referrals")

Counts = dict[int, dict[str, int]]


# The table's query written once as SQL: it runs on every statistics view, and a
# fresh process pays SQLAlchemy's first compilation of the equivalent statement
# (tens of milliseconds) on top of a query that itself takes a few.
_PERIOD_SQL = text(
    "SELECT measure, desk_id, sum(n) FROM daily_counts WHERE day BETWEEN :start AND :end "
    "GROUP BY measure, desk_id "
    "UNION ALL "
    "SELECT 'placements', desk_id, count(DISTINCT seeker_id) FROM placements "
    "WHERE placed_on BETWEEN :start AND :end AND NOT void GROUP BY desk_id"
).bindparams(bindparam("start", type_=Date()), bindparam("end", type_=Date()))


def period_counts(session: Session, start: date, end: date) -> Counts:
    """For [start, end]: {desk_id: {measure: count}} with distinct-person rules applied."""
    result: Counts = defaultdict(dict)
    for measure, desk_id, count in session.execute(_PERIOD_SQL, {"start": start, "end": end}):
        result[desk_id][measure] = int(count)
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
