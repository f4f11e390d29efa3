"""The statistics table and the monthly series (ARCHITECTURE.md), counted by the database."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.breakdown import (
    BREAKDOWN_KEYS,
    UNKNOWN,
    BreakdownSeries,
    BreakdownTable,
    Dimension,
    Split,
    ordered_values,
)
from deskapp.domain.dates import Period
from deskapp.domain.desks import desk_by_code
from deskapp.domain.errors import ValidationError
from deskapp.domain.records import Role
from deskapp.domain.stats import MonthlySeries, StatsTable
from deskapp.i18n import translate
from deskapp.services.audit import write_access
from deskapp.services.rules.figures import counts_by_code, frozen_tables, monthly_series
from deskapp.store import breakdown_queries, splits, stats_queries
from deskapp.store.database import Database
from deskapp.store.models import TargetGroup, User


@dataclass(frozen=True)
class Listed:
    """The values a dimension lists even when nothing counts in them, in order, and those
    of them shown only where something counts (retired target groups); read once for a
    table or a whole monthly series."""

    values: tuple[str, ...] = ()
    retired: frozenset[str] = frozenset()
    #: Active counselors and their desks (desk id, name): a row each, even at nothing.
    counselors: tuple[tuple[int, str], ...] = ()

    def order(self, dimension: Dimension, found: set[str]) -> tuple[str, ...]:
        shown = tuple(v for v in self.values if v not in self.retired or v in found)
        return ordered_values(dimension, found, shown)


def _own(actor: Actor, dimension: Dimension) -> str | None:
    """A counselor sees their own figures only, of those per counselor (as in 상담사별
    실적); None for everyone else."""
    if dimension is Dimension.COUNSELOR and actor.role is Role.COUNSELOR:
        return actor.display_name
    return None


class StatisticsService:
    """Reads the registration-to-employment figures for any period."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def table(self, actor: Actor, period: Period) -> StatsTable:
        """The official table for ``period`` (distinct people counted over the whole period).

        A closed calendar month shows the figures frozen when it was closed.
        """
        actor.require(Permission.VIEW_STATISTICS)
        with self.db.unit_of_work(write=False, actor=actor) as session:
            if period == Period.month(period.start.year, period.start.month):
                frozen = frozen_tables(session, [(period.start.year, period.start.month)])
                if frozen:
                    return next(iter(frozen.values()))
            raw = stats_queries.period_counts(session, period.start, period.end)
        return StatsTable(period, counts_by_code(self.db.desk_codes(), raw))

    def export_scope(self, actor: Actor, reason: str) -> str | None:
        """Whose figures ``actor`` may write out: None for every desk (team leads and
        administrators), else the counselor's own desk, and only with a reason."""
        actor.require(Permission.VIEW_STATISTICS)
        if actor.can(Permission.EXPORT_STATISTICS):
            return None
        if actor.role is not Role.COUNSELOR or actor.desk is None:
            actor.require(Permission.EXPORT_STATISTICS)
        if not reason.strip():
            raise ValidationError(
                "사유",  # korean-data
                translate("statistics", "A counselor must give the reason for the export."),
            )
        return actor.desk

    def export_table(
        self, actor: Actor, period: Period, reason: str = "", printing: bool = False
    ) -> StatsTable:
        """The table for writing out of the application (file, print, command line).

        Team leads and administrators every desk; a counselor their own desk's row, with
        a reason. Logged with its reason.
        """
        desk = self.export_scope(actor, reason)
        table = self.table(actor, period)
        what = translate("statistics", "Statistics table {period}").format(period=period)
        self._log_output(actor, what, reason, printing, desk)
        return table if desk is None else table.only(desk)

    def export_monthly(
        self, actor: Actor, period: Period, reason: str = "", printing: bool = False
    ) -> MonthlySeries:
        """The monthly series for writing out of the application, logged with its reason
        (a counselor: their own desk, with a reason)."""
        desk = self.export_scope(actor, reason)
        series = self.monthly(actor, period)
        what = translate("statistics", "Monthly statistics {period}").format(period=period)
        self._log_output(actor, what, reason, printing, desk)
        return series if desk is None else series.only(desk)

    def export_breakdown(
        self,
        actor: Actor,
        period: Period,
        dimension: Dimension,
        reason: str = "",
        printing: bool = False,
    ) -> BreakdownTable:
        """A breakdown for writing out, logged with its reason (a counselor: own desk)."""
        desk = self.export_scope(actor, reason)
        table = self.breakdown(actor, period, dimension)
        what = translate("statistics", "Statistics table {period} by {dimension}").format(
            period=period, dimension=dimension.label
        )
        self._log_output(actor, what, reason, printing, desk)
        return table if desk is None else table.only(desk)

    def export_breakdowns(
        self, actor: Actor, period: Period, dimensions: tuple[Dimension, ...], reason: str = ""
    ) -> dict[Dimension, BreakdownSeries]:
        """Each dimension's breakdown per month and for the whole period, for the monthly
        workbook (not logged apart: the workbook's export is)."""
        desk = self.export_scope(actor, reason)
        result = {}
        for dimension in dimensions:
            series = self.monthly_breakdown(actor, period, dimension)
            result[dimension] = series if desk is None else series.only(desk)
        return result

    def _log_output(
        self, actor: Actor, what: str, reason: str, printing: bool, desk: str | None = None
    ) -> None:
        action = AccessAction.PRINT if printing else AccessAction.EXPORT
        why = reason.strip() or translate("statistics", "(not given)")
        if desk:
            detail = translate("statistics", "{what} · desk: {desk} · reason: {reason}").format(
                what=what, desk=desk_by_code(desk).name, reason=why
            )
        else:
            detail = translate("statistics", "{what} · reason: {reason}").format(
                what=what, reason=why
            )
        with self.db.unit_of_work(actor=actor) as session:
            write_access(session, actor, action, subject_kind="statistics", detail=detail)

    # -- breakdowns ----------------------------------------------------------------------

    def breakdown(self, actor: Actor, period: Period, dimension: Dimension) -> BreakdownTable:
        """The seeker-side figures of ``period`` per desk and value of ``dimension``."""
        actor.require(Permission.VIEW_STATISTICS)
        self.recount_days(actor)
        with self.db.unit_of_work(write=False, actor=actor) as session:
            listed = self._listed(session, dimension)
            return self._breakdown(session, period, dimension, listed, _own(actor, dimension))

    def recount_days(self, actor: Actor) -> None:
        """Recount the breakdowns of the days changed since they were last read."""
        with self.db.unit_of_work(write=False, actor=actor) as session:
            if not splits.pending(session):
                return
        with self.db.unit_of_work(actor=actor) as session:
            splits.refresh(session)

    def monthly_breakdown(
        self, actor: Actor, period: Period, dimension: Dimension
    ) -> BreakdownSeries:
        """Each month of ``period`` broken down on its own, and the whole period."""
        actor.require(Permission.VIEW_STATISTICS)
        self.recount_days(actor)
        with self.db.unit_of_work(write=False, actor=actor) as session:
            listed = self._listed(session, dimension)
            own = _own(actor, dimension)
            months = [
                (f"{m.start:%Y-%m}", self._breakdown(session, m, dimension, listed, own))
                for m in period.months()
            ]
            whole = self._breakdown(session, period, dimension, listed, own)
        found = {v for _, table in months for v in table.values} | set(whole.values)
        values = listed.order(dimension, found)
        months = [(label, table.with_values(values)) for label, table in months]
        return BreakdownSeries(period, dimension, months, whole.with_values(values))

    @staticmethod
    def _listed(session: Session, dimension: Dimension) -> Listed:
        """The values a dimension lists in their order (the target groups, also those
        retired: shown only where something counts in them)."""
        if dimension is Dimension.GROUP:
            rows = session.execute(
                select(TargetGroup.name, TargetGroup.active).order_by(
                    TargetGroup.sort_order, TargetGroup.name
                )
            ).all()
            return Listed(
                tuple(name for name, _ in rows),
                frozenset(name for name, active in rows if not active),
            )
        if dimension is Dimension.COUNSELOR:
            return Listed(counselors=StatisticsService._desk_counselors(session))
        return Listed()

    def _breakdown(
        self,
        session: Session,
        period: Period,
        dimension: Dimension,
        listed: Listed,
        own: str | None = None,
    ) -> BreakdownTable:
        """The table; ``own``: a counselor's name, the only counselor they are shown."""
        raw = breakdown_queries.breakdown_counts(session, dimension, period.start, period.end)
        codes = self.db.desk_codes()
        cells: dict[tuple[str, str], Split] = {}
        for (desk_id, value), counts in raw.items():
            desk = desk_by_code(codes[desk_id])
            shown = value if value is not None else (UNKNOWN if desk.sites else desk.place)
            split = Split(*(counts.get(key, 0) for key in BREAKDOWN_KEYS))
            cells[(desk.code, shown)] = cells.get((desk.code, shown), Split()) + split
        if dimension is Dimension.COUNSELOR:
            for desk_id, name in listed.counselors:
                cells.setdefault((codes[desk_id], name), Split())
            if own is not None:
                cells = {key: split for key, split in cells.items() if key[1] == own}
        values = listed.order(dimension, {value for _, value in cells})
        return BreakdownTable(period, dimension, cells, values)

    @staticmethod
    def _desk_counselors(session: Session) -> tuple[tuple[int, str], ...]:
        """Active counselors with their desks (shown even when they counted nothing)."""
        rows = session.execute(
            select(User.desk_id, User.display_name).where(
                User.is_active.is_(True),
                User.role == Role.COUNSELOR.value,
                User.desk_id.is_not(None),
            )
        )
        return tuple((desk_id, name) for desk_id, name in rows if desk_id is not None)

    def monthly(self, actor: Actor, period: Period) -> MonthlySeries:
        """Each month of ``period`` with its 누계 from the period's start, and the whole."""
        actor.require(Permission.VIEW_STATISTICS)
        codes = self.db.desk_codes()
        with self.db.unit_of_work(write=False, actor=actor) as session:
            return monthly_series(session, codes, period)
