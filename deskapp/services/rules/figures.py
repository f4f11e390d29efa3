"""How the statistics table's figures are put together from the store's counts, shared
by the statistics themselves, the month close (which freezes them) and the targets
(whose achievement is what the table shows): the desks in table order, a closed
month's frozen table, and the monthly series with its 누계."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.domain.dates import Period
from deskapp.domain.desks import DESKS
from deskapp.domain.stats import MEASURE_KEYS, Counts, MonthlySeries, MonthStats, StatsTable
from deskapp.store import stats_queries
from deskapp.store.models import MonthClose


def _counts(values: dict[str, int] | None) -> Counts:
    values = values or {}
    return Counts(**{key: values.get(key, 0) for key in MEASURE_KEYS})


def counts_by_code(codes: dict[int, str], raw: dict[int, dict[str, int]]) -> dict[str, Counts]:
    """The store's counts by desk id as each desk's Counts, in table order (``codes``: the
    desks' codes by id)."""
    by_code = {codes[desk_id]: _counts(values) for desk_id, values in raw.items()}
    return {d.code: by_code.get(d.code, Counts()) for d in DESKS}


def frozen_tables(
    session: Session, months: list[tuple[int, int]]
) -> dict[tuple[int, int], StatsTable]:
    """The frozen tables of those of ``months`` that are closed."""
    if not months:
        return {}
    years = {y for y, _ in months}
    rows = session.execute(
        select(MonthClose.year, MonthClose.month, MonthClose.frozen).where(
            MonthClose.reopened_at.is_(None), MonthClose.year.in_(years)
        )
    )
    wanted = set(months)
    tables = {}
    for year, month, frozen in rows:
        if (year, month) in wanted:
            data = json.loads(frozen)
            by_desk = {d.code: Counts(**data.get(d.code, {})) for d in DESKS}
            tables[(year, month)] = StatsTable(Period.month(year, month), by_desk)
    return tables


def monthly_series(session: Session, codes: dict[int, str], period: Period) -> MonthlySeries:
    """Each month of ``period`` with its 누계 from the period's start, and the whole."""
    by_month, firsts = stats_queries.monthly_counts(session, period.start, period.end)
    whole_raw = stats_queries.period_counts(session, period.start, period.end)
    whole_months = [
        (m.start.year, m.start.month)
        for m in period.months()
        if m == Period.month(m.start.year, m.start.month)
    ]
    frozen = frozen_tables(session, whole_months)
    months: list[MonthStats] = []
    running = {d.code: Counts() for d in DESKS}
    running_people = {d.code: 0 for d in DESKS}
    for month in period.months():
        key = (month.start.year, month.start.month)
        table = frozen.get(key) or StatsTable(month, counts_by_code(codes, by_month.get(key, {})))
        new_people = counts_by_code(codes, firsts.get(key, {}))
        cumulative: dict[str, Counts] = {}
        for desk in DESKS:
            running[desk.code] = running[desk.code] + table.by_desk[desk.code]
            running_people[desk.code] += new_people[desk.code].placements
            summed = running[desk.code]
            cumulative[desk.code] = Counts(
                summed.job_openings,
                summed.job_seekers,
                summed.sessions,
                summed.referrals,
                running_people[desk.code],
            )
        months.append(
            MonthStats(
                f"{key[0]:04d}-{key[1]:02d}",
                table,
                StatsTable(Period(period.start, month.end), cumulative),
            )
        )
    return MonthlySeries(period, months, StatsTable(period, counts_by_code(codes, whole_raw)))
