"""Month close: a closed month's figures are frozen; records dated in it cannot be
added, changed or voided until a team lead reopens it with a reason (logged). Before
a close, what is unfinished in the month (``deskapp.services.rules.month_check``).
The closed-month rule every writing service keeps is
``deskapp.services.rules.month_lock``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.dates import Period
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.privacy import mask
from deskapp.domain.stats import MEASURE_KEYS, StatsTable
from deskapp.i18n import translate
from deskapp.services.audit import write_access
from deskapp.services.rules import month_check
from deskapp.services.rules.figures import counts_by_code
from deskapp.services.rules.integrity import flags_in
from deskapp.services.rules.month_check import MonthUnfinished
from deskapp.services.rules.month_lock import closed_months, lock_months
from deskapp.services.rules.names import display_names
from deskapp.store import stats_queries
from deskapp.store.database import Database
from deskapp.store.models import MonthClose, utcnow


@dataclass(frozen=True)
class CloseInfo:
    """A month's close: when, by whom, and whether it was reopened."""

    year: int
    month: int
    closed_at: datetime
    closed_by: str
    reopened_at: datetime | None
    reopened_by: str | None
    reopen_reason: str | None


class MonthCloseService:
    """Closing a month (its figures frozen, its records locked), reopening it, and what
    is unfinished in it before it is closed."""

    def __init__(self, db: Database, today: date | None = None) -> None:
        self.db = db
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    def close_month(
        self, actor: Actor, year: int, month: int, *, even_if_unfinished: bool = True
    ) -> StatsTable:
        """Freeze a past month's figures and lock its records. With ``even_if_unfinished``
        False, refused while anything is unfinished in the month (``unfinished``), checked
        in the closing unit itself (so nothing slips in after it was looked at)."""
        actor.require(Permission.REVIEW)
        period = Period.month(year, month)
        if period.end >= self.today():
            raise ValidationError(
                "마감",  # korean-data
                translate("month_close", "{month}/{year} is not over yet.").format(
                    year=year, month=month
                ),
            )
        with self.db.unit_of_work(actor=actor) as session:
            lock_months(session, period.start, exclusive=True)  # no write of it in flight
            if (year, month) in closed_months(session):
                raise ValidationError(
                    "마감",  # korean-data
                    translate("month_close", "{month}/{year} is already closed.").format(
                        year=year, month=month
                    ),
                )
            if not even_if_unfinished:
                found = self._unfinished(session, year, month)
                if not found.empty:
                    counts = {name: len(found.group(name)) for name, _ in month_check.GROUPS}
                    raise ValidationError(
                        "마감",  # korean-data
                        translate(
                            "month_close",
                            "{month}/{year} has unfinished work (unreviewed placements "
                            "{unreviewed:,}, overdue follow-ups {overdue:,}, review flags "
                            "{flags:,}). Check it, then close the month anyway.",
                        ).format(year=year, month=month, **counts),
                    )
            raw = stats_queries.period_counts(session, period.start, period.end)
            table = StatsTable(period, counts_by_code(self.db.desk_codes(), raw))
            frozen = {
                code: dict(zip(MEASURE_KEYS, c.values(), strict=True))
                for code, c in table.by_desk.items()
            }
            session.add(
                MonthClose(
                    year=year,
                    month=month,
                    closed_by=actor.user_id,
                    frozen=json.dumps(frozen),
                    closed_at=utcnow(),
                )
            )
            write_access(
                session,
                actor,
                AccessAction.UPDATE,
                subject_kind="month_close",
                detail=f"{year}-{month:02d} 마감",  # korean-data
            )
        return table

    def unfinished(self, actor: Actor, year: int, month: int) -> MonthUnfinished:
        """What is unfinished in a month before it is closed: unreviewed placements,
        overdue follow-ups and integrity flags (defined in ``deskapp.services.rules.month_check``).
        Reading the seekers' names is logged."""
        actor.require(Permission.REVIEW)
        if not 1 <= month <= 12:
            raise ValidationError(
                "마감",  # korean-data
                translate("month_close", "{month}/{year}: the month must be from 1 to 12.").format(
                    year=year, month=month
                ),
            )
        with self.db.unit_of_work(actor=actor) as session:
            found = self._unfinished(session, year, month)
            write_access(
                session,
                actor,
                AccessAction.VIEW,
                subject_kind="month_close",
                detail=f"{year}-{month:02d} 마감 전 점검 ({found.count}건)",  # korean-data
            )
        return found

    def _unfinished(self, session: Session, year: int, month: int) -> MonthUnfinished:
        codes, names = self.db.desk_codes(), display_names(session)
        flags = flags_in(session, Period.month(year, month), codes, names)
        return month_check.collect(session, year, month, codes, names, flags)

    def reopen_month(self, actor: Actor, year: int, month: int, reason: str) -> None:
        """Reopen a closed month; the reason is required and logged."""
        actor.require(Permission.REVIEW)
        if not reason.strip():
            raise ValidationError(
                "재개 사유",  # korean-data
                translate("month_close", "Write the reason for reopening the month."),
            )
        with self.db.unit_of_work(actor=actor) as session:
            lock_months(session, date(year, month, 1), exclusive=True)
            row = session.scalar(
                select(MonthClose).where(
                    MonthClose.year == year,
                    MonthClose.month == month,
                    MonthClose.reopened_at.is_(None),
                )
            )
            if row is None:
                raise NotFound(
                    translate("month_close", "{month}/{year} is not closed.").format(
                        year=year, month=month
                    )
                )
            row.reopened_at = utcnow()
            row.reopened_by = actor.user_id
            row.reopen_reason = mask(reason.strip())
            write_access(
                session,
                actor,
                AccessAction.UPDATE,
                subject_kind="month_close",
                detail=f"{year}-{month:02d} 마감 해제: {reason.strip()}",  # korean-data
            )

    def closes(self, actor: Actor) -> list[CloseInfo]:
        """Every close and reopening, newest first."""
        actor.require(Permission.VIEW_STATISTICS)
        with self.db.unit_of_work(write=False, actor=actor) as session:
            names = display_names(session)
            rows = session.scalars(select(MonthClose).order_by(MonthClose.closed_at.desc())).all()
            return [
                CloseInfo(
                    r.year,
                    r.month,
                    r.closed_at,
                    names.get(r.closed_by, "?"),
                    r.reopened_at,
                    names.get(r.reopened_by or -1),
                    r.reopen_reason,
                )
                for r in rows
            ]
