"""The statistics of DESIGN.md §4 as aggregate queries run by the database.

Nothing here loads records into Python: each function sends one ``UNION ALL``
of ``GROUP BY`` queries and returns a handful of counts.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import Select, distinct, extract, func, literal, select, union_all
from sqlalchemy.orm import Session

from deskapp.store.models import CounselingSession, JobOpening, JobSeeker, Placement, Referral

# (measure key, model, date column, counted expression)
_MEASURES: tuple[tuple[str, Any, Any, Any], ...] = (
    ("job_openings", JobOpening, JobOpening.registered_on, func.count()),
    ("job_seekers", JobSeeker, JobSeeker.registered_on, func.count(distinct(JobSeeker.id))),
    ("sessions", CounselingSession, CounselingSession.session_on, func.count()),
    ("referrals", Referral, Referral.referred_on, func.count()),
    ("placements", Placement, Placement.placed_on, func.count(distinct(Placement.seeker_id))),
)

Counts = dict[int, dict[str, int]]


def period_counts(session: Session, start: date, end: date) -> Counts:
    """For [start, end]: {desk_id: {measure: count}} with distinct-person rules applied."""
    parts: list[Select[Any]] = []
    for key, model, column, counted in _MEASURES:
        parts.append(
            select(literal(key).label("measure"), model.desk_id.label("desk_id"), counted)
            .where(column.between(start, end), model.void.is_(False))
            .group_by(model.desk_id)
        )
    result: Counts = defaultdict(dict)
    for measure, desk_id, count in session.execute(union_all(*parts)):
        result[desk_id][measure] = count
    return dict(result)


MonthlyCounts = dict[tuple[int, int], dict[int, dict[str, int]]]


def monthly_counts(session: Session, start: date, end: date) -> tuple[MonthlyCounts, MonthlyCounts]:
    """Per calendar month in [start, end]: the month's counts, and the new distinct placements.

    Returns ``(by_month, first_placements)``: ``by_month[(year, month)][desk_id][measure]``
    holds each month on its own; ``first_placements[(year, month)][desk_id]["placements"]``
    counts the people whose first placement at that desk within [start, end]
    falls in that month, so that a running sum gives the distinct 누계.
    """
    parts: list[Select[Any]] = []
    for key, model, column, counted in _MEASURES:
        year, month = extract("year", column), extract("month", column)
        parts.append(
            select(
                literal(key).label("measure"),
                model.desk_id.label("desk_id"),
                year.label("year"),
                month.label("month"),
                counted,
            )
            .where(column.between(start, end), model.void.is_(False))
            .group_by(model.desk_id, year, month)
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
    parts.append(
        select(
            literal("first_placements").label("measure"),
            firsts.c.desk_id,
            f_year.label("year"),
            f_month.label("month"),
            func.count(),
        ).group_by(firsts.c.desk_id, f_year, f_month)
    )
    by_month: MonthlyCounts = defaultdict(lambda: defaultdict(dict))
    first: MonthlyCounts = defaultdict(lambda: defaultdict(dict))
    for measure, desk_id, year, month, count in session.execute(union_all(*parts)):
        month_key = (int(year), int(month))
        if measure == "first_placements":
            first[month_key][desk_id]["placements"] = count
        else:
            by_month[month_key][desk_id][measure] = count
    return by_month, first
