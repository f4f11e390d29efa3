"""Targets: yearly targets per desk and measure, and achievement (달성률) to date,
counted as the statistics table counts (``deskapp.services.rules.figures``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.dates import Period
from deskapp.domain.desks import DESKS, desk_by_code
from deskapp.domain.errors import ValidationError
from deskapp.domain.korean import particle
from deskapp.domain.stats import MEASURE_KEYS
from deskapp.i18n import translate
from deskapp.services.audit import write_access
from deskapp.services.rules.figures import monthly_series
from deskapp.store.database import Database
from deskapp.store.models import YearlyTarget, utcnow


@dataclass(frozen=True)
class Achievement:
    """A desk's yearly target for a measure and what was achieved by a day."""

    desk: str
    measure: str
    target: int | None
    achieved: int
    monthly: tuple[int, ...]  # cumulative to the end of each month up to the day

    @property
    def rate(self) -> float | None:
        return self.achieved / self.target if self.target else None


class TargetService:
    """Yearly targets per desk and measure, and what was achieved of them."""

    def __init__(self, db: Database, today: date | None = None) -> None:
        self.db = db
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    def set_target(self, actor: Actor, year: int, desk: str, measure: str, target: int) -> None:
        """Set a desk's yearly target for a measure (team leads, administrators)."""
        actor.require(Permission.REVIEW)
        desk_by_code(desk)
        if measure not in MEASURE_KEYS:
            raise ValidationError(
                "지표",  # korean-data
                translate("targets", "'{measure}' is not a measure.").format(
                    measure=measure, measure_josa=particle(measure, "은/는")
                ),
            )
        if isinstance(target, bool) or not 0 < target <= 10_000_000:
            raise ValidationError(
                "목표",  # korean-data
                translate("targets", "{target}: must be a whole number of 1 or more.").format(
                    target=target
                ),
            )
        desk_id = self.db.desk_ids()[desk]
        with self.db.unit_of_work(actor=actor) as session:
            row = session.scalar(
                select(YearlyTarget).where(
                    YearlyTarget.year == year,
                    YearlyTarget.desk_id == desk_id,
                    YearlyTarget.measure == measure,
                )
            )
            if row is None:
                session.add(
                    YearlyTarget(
                        year=year,
                        desk_id=desk_id,
                        measure=measure,
                        target=target,
                        set_by=actor.user_id,
                        set_at=utcnow(),
                    )
                )
            else:
                row.target, row.set_by, row.set_at = target, actor.user_id, utcnow()
            write_access(
                session,
                actor,
                AccessAction.UPDATE,
                subject_kind="target",
                detail=f"{year} {desk} {measure} 목표 {target:,}",  # korean-data
            )

    def achievement(self, actor: Actor, year: int, until: date | None = None) -> list[Achievement]:
        """Every desk and measure: the year's target and what was achieved to ``until``."""
        actor.require(Permission.VIEW_STATISTICS)
        last = min(until or self.today(), date(year, 12, 31))
        codes = self.db.desk_codes()
        with self.db.unit_of_work(write=False, actor=actor) as session:
            # The statistics table's own monthly series: achieved is what it shows.
            series = monthly_series(session, codes, Period(date(year, 1, 1), last))
            targets = {
                (codes[d], m): t
                for d, m, t in session.execute(
                    select(YearlyTarget.desk_id, YearlyTarget.measure, YearlyTarget.target).where(
                        YearlyTarget.year == year
                    )
                )
            }
        result = []
        for desk in DESKS:
            for measure in MEASURE_KEYS:
                monthly = tuple(m.cumulative.by_desk[desk.code].get(measure) for m in series.months)
                result.append(
                    Achievement(
                        desk.code,
                        measure,
                        targets.get((desk.code, measure)),
                        monthly[-1] if monthly else 0,
                        monthly,
                    )
                )
        return result
