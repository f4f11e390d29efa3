"""The statistics table and the monthly series (DESIGN.md §4), counted by the database."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.dates import Period
from deskapp.domain.desks import DESKS
from deskapp.domain.stats import MEASURE_KEYS, Counts, MonthlySeries, MonthStats, StatsTable
from deskapp.services.audit import write_access
from deskapp.store import stats_queries
from deskapp.store.database import Database
from deskapp.store.models import MonthClose


def _counts(values: dict[str, int] | None) -> Counts:
    values = values or {}
    return Counts(**{key: values.get(key, 0) for key in MEASURE_KEYS})


class StatisticsService:
    """Reads the registration-to-employment figures for any period."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def by_code(self, raw: dict[int, dict[str, int]]) -> dict[str, Counts]:
        codes = self.db.desk_codes()
        by_code = {codes[desk_id]: _counts(values) for desk_id, values in raw.items()}
        return {d.code: by_code.get(d.code, Counts()) for d in DESKS}

    def table(self, actor: Actor, period: Period) -> StatsTable:
        """The official table for ``period`` (distinct people counted over the whole period).

        A closed calendar month shows the figures frozen when it was closed.
        """
        actor.require(Permission.VIEW_STATISTICS)
        with self.db.unit_of_work(write=False, actor=actor) as session:
            if period == Period.month(period.start.year, period.start.month):
                frozen = self._frozen(session, [(period.start.year, period.start.month)])
                if frozen:
                    return next(iter(frozen.values()))
            raw = stats_queries.period_counts(session, period.start, period.end)
        return StatsTable(period, self.by_code(raw))

    @staticmethod
    def _frozen(
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

    def export_table(
        self, actor: Actor, period: Period, reason: str = "", printing: bool = False
    ) -> StatsTable:
        """The table for writing out of the application (file, print, command line).

        Team leads and administrators only; logged with its reason.
        """
        actor.require(Permission.EXPORT_STATISTICS)
        table = self.table(actor, period)
        self._log_output(actor, f"통계표 {period}", reason, printing)
        return table

    def export_monthly(
        self, actor: Actor, period: Period, reason: str = "", printing: bool = False
    ) -> MonthlySeries:
        """The monthly series for writing out of the application, logged with its reason."""
        actor.require(Permission.EXPORT_STATISTICS)
        series = self.monthly(actor, period)
        self._log_output(actor, f"월별 통계 {period}", reason, printing)
        return series

    def _log_output(self, actor: Actor, what: str, reason: str, printing: bool) -> None:
        action = AccessAction.PRINT if printing else AccessAction.EXPORT
        detail = f"{what} · 사유: {reason.strip() or '(적지 않음)'}"
        with self.db.unit_of_work(actor=actor) as session:
            write_access(session, actor, action, subject_kind="statistics", detail=detail)

    def monthly(self, actor: Actor, period: Period) -> MonthlySeries:
        """Each month of ``period`` with its 누계 from the period's start, and the whole."""
        actor.require(Permission.VIEW_STATISTICS)
        with self.db.unit_of_work(write=False, actor=actor) as session:
            by_month, firsts = stats_queries.monthly_counts(session, period.start, period.end)
            whole_raw = stats_queries.period_counts(session, period.start, period.end)
            whole_months = [
                (m.start.year, m.start.month)
                for m in period.months()
                if m == Period.month(m.start.year, m.start.month)
            ]
            frozen = self._frozen(session, whole_months)
        months: list[MonthStats] = []
        running = {d.code: Counts() for d in DESKS}
        running_people = {d.code: 0 for d in DESKS}
        for month in period.months():
            key = (month.start.year, month.start.month)
            table = frozen.get(key) or StatsTable(month, self.by_code(by_month.get(key, {})))
            new_people = self.by_code(firsts.get(key, {}))
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
        return MonthlySeries(period, months, StatsTable(period, self.by_code(whole_raw)))
