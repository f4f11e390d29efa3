"""고용유지 현황 (deskapp/domain/retention.py) as aggregate queries run by the database.

Each person placed at a desk in the period is followed through their first placement
there in the period (``first_placements``: a window function, portable to SQLite
3.25+ and PostgreSQL). Its check for each checkpoint is joined on, and its state is a
``CASE``: the answer of the check, else due or not by comparing ``placed_on`` with a
cut-off day computed in Python (``due_cutoff``), so no month arithmetic runs in SQL.
The report is one ``GROUP BY desk_id`` query returning four rows at most.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.selectable import Subquery

from deskapp.domain.retention import CHECKPOINTS, STATES, due_cutoff
from deskapp.store.models import JobSeeker, Placement, RetentionCheck


def first_placements(start: date, end: date, desk_id: int | None = None) -> Subquery:
    """Each person's first live placement at each desk in [start, end] (``id``,
    ``desk_id``, ``seeker_id``, ``placed_on``)."""
    rank = (
        func.row_number()
        .over(
            partition_by=(Placement.desk_id, Placement.seeker_id),
            order_by=(Placement.placed_on, Placement.id),
        )
        .label("rank")
    )
    ranked = select(
        Placement.id, Placement.desk_id, Placement.seeker_id, Placement.placed_on, rank
    ).where(Placement.void.is_(False), Placement.placed_on.between(start, end))
    if desk_id is not None:
        ranked = ranked.where(Placement.desk_id == desk_id)
    inner = ranked.subquery("ranked")
    return (
        select(inner.c.id, inner.c.desk_id, inner.c.seeker_id, inner.c.placed_on)
        .where(inner.c.rank == 1)
        .subquery("firsts")
    )


def _state(firsts: Subquery, check: Any, cutoff: date) -> ColumnElement[str]:
    """The checkpoint's state of a first placement, given its (outer-joined) check."""
    return case(
        (check.employed.is_(True), literal("employed")),
        (check.employed.is_(False), literal("left")),
        (firsts.c.placed_on <= cutoff, literal("unknown")),
        else_=literal("not_due"),
    )


def _with_checks(
    firsts: Subquery, today: date, months: Sequence[int]
) -> tuple[Select[Any], list[ColumnElement[str]]]:
    """``FROM firsts LEFT JOIN retention_checks`` once per checkpoint, and each state."""
    states: list[ColumnElement[str]] = []
    source: Any = firsts
    for n in months:
        check = aliased(RetentionCheck, name=f"check_{n}")
        source = source.outerjoin(check, and_(check.placement_id == firsts.c.id, check.months == n))
        states.append(_state(firsts, check, due_cutoff(today, n)))
    return select().select_from(source), states


Counts = dict[int, tuple[int, ...]]


def retention_counts(session: Session, start: date, end: date, today: date) -> Counts:
    """{desk_id: (placed, m1 employed, m1 left, m1 unknown, m1 not_due, m3 …, m6 …)}."""
    firsts = first_placements(start, end)
    query, states = _with_checks(firsts, today, CHECKPOINTS)
    columns: list[Any] = [firsts.c.desk_id, func.count()]
    for state in states:
        for name in STATES:
            columns.append(func.sum(case((state == name, 1), else_=0)))
    query = query.add_columns(*columns).group_by(firsts.c.desk_id)
    return {
        desk_id: tuple(int(v or 0) for v in values) for desk_id, *values in session.execute(query)
    }


def people_in_cell(
    session: Session,
    start: date,
    end: date,
    today: date,
    desk_id: int,
    months: int,
    state: str,
) -> list[Any]:
    """The people counted in one cell: (seeker id, name, 구직자번호, placement id, placed on,
    employer, check day, check note, placements at the desk in the period), by day."""
    firsts = first_placements(start, end, desk_id)
    check = aliased(RetentionCheck, name="check")
    source = firsts.outerjoin(
        check, and_(check.placement_id == firsts.c.id, check.months == months)
    ).join(JobSeeker, JobSeeker.id == firsts.c.seeker_id)
    placement = aliased(Placement, name="placement")
    source = source.join(placement, placement.id == firsts.c.id)
    again = (
        select(func.count())
        .where(
            Placement.seeker_id == firsts.c.seeker_id,
            Placement.desk_id == desk_id,
            Placement.void.is_(False),
            Placement.placed_on.between(start, end),
        )
        .scalar_subquery()
    )
    query = (
        select(
            firsts.c.seeker_id,
            JobSeeker.name,
            JobSeeker.seeker_no,
            firsts.c.id,
            firsts.c.placed_on,
            placement.employer_name,
            check.checked_on,
            check.note,
            again,
        )
        .select_from(source)
        .where(_state(firsts, check, due_cutoff(today, months)) == state)
        .order_by(firsts.c.placed_on, firsts.c.id)
    )
    return list(session.execute(query))
