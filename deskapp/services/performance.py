"""상담사별 실적: what each counselor did per month of a year, for team leads (and a
counselor's own row for the counselor).

Measures, per counselor and month (and the year, 합계):

- 구직등록 (``job_seekers``, 명), 상담 (``sessions``, 건), 알선 (``referrals``, 건) and
  취업자수 (``placements``, 명) are the figures of the statistics table (ARCHITECTURE.md)
  split by counselor exactly as ``stats --by counselor`` splits them: the rows are
  ``deskapp.store.breakdown_queries.base(measure, Dimension.COUNSELOR, …)``, so who a
  record counts for is the same — a registration the account that registered the
  seeker (an imported seeker's 담당상담사); a session the 상담사 written on it, else
  the account that entered it; a referral or placement the account that entered it,
  one brought in from a records workbook nobody (미상). Void records never count.
- 취업자수 counts distinct people: in a month the people placed by the counselor in
  that month, in the year column the people placed by them in the year (not the sum
  of the months when someone was placed twice), over the desks shown (every desk, or
  the one chosen).
- 사후관리 (``follow_ups``, 건): 고용유지 확인 (retention checks, 1·3·6 months after a
  placement) recorded, counted for the account that recorded it (미상 when none) on
  the day it was recorded (``checked_on``), at the desk of the placement checked.
  A check of a placement since voided does not count. Event follow-ups are not
  counted here: what a counselor does after an event is a session, counted under 상담.

A row's counselor is a name, as the attribution uses names: a counselor sees the row
of their account's display name (표시 이름) and only that row; team leads and
administrators see every name (optionally at one desk), and every active counselor
account (of that desk) even with nothing recorded. Only counts leave the database.

A cell opens the records counted in it (people for 취업자수): the same rows, filtered to
the counselor, month and measure, so a cell and its list never disagree; each such
reading is logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, extract, func, literal, select, union_all
from sqlalchemy.orm import Session, aliased

from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.breakdown import UNKNOWN, Dimension
from deskapp.domain.dates import Period
from deskapp.domain.desks import DESK_CODES, desk_by_code
from deskapp.domain.errors import PermissionDenied, ValidationError
from deskapp.domain.korean import particle
from deskapp.domain.records import Role
from deskapp.domain.stats import DrillRow
from deskapp.i18n import noop, translate
from deskapp.services.audit import write_access
from deskapp.store.breakdown_queries import base
from deskapp.store.database import Database
from deskapp.store.models import (
    CounselingSession,
    JobSeeker,
    Placement,
    Referral,
    RetentionCheck,
    User,
)

__all__ = [
    "MEASURE_LABELS",
    "MEASURE_UNITS",
    "PERFORMANCE_KEYS",
    "CounselorPerformance",
    "Figures",
    "PerformanceService",
]

PERFORMANCE_KEYS: tuple[str, ...] = (
    "job_seekers",
    "sessions",
    "referrals",
    "placements",
    "follow_ups",
)
#: Each measure's name (English; :func:`measure_label` gives it in the language spoken).
MEASURE_LABELS = {
    "job_seekers": noop("performance", "Job seeker registrations"),
    "sessions": noop("performance", "Sessions"),
    "referrals": noop("performance", "Referrals"),
    "placements": noop("performance", "Placements"),
    "follow_ups": noop("performance", "Follow-ups"),
}
#: What each measure counts (English; :func:`measure_unit` translates).
MEASURE_UNITS = {
    "job_seekers": noop("performance", "people"),
    "sessions": noop("performance", "records"),
    "referrals": noop("performance", "records"),
    "placements": noop("performance", "people"),
    "follow_ups": noop("performance", "records"),
}


def measure_label(measure: str) -> str:
    """The name of ``measure`` in the language spoken."""
    return translate("performance", MEASURE_LABELS[measure])


def measure_unit(measure: str) -> str:
    """What ``measure`` counts (people, records) in the language spoken."""
    return translate("performance", MEASURE_UNITS[measure])


_PEOPLE = frozenset({"job_seekers", "placements"})  # counted as distinct people
MONTHS = 12

# The date and the record of each counted row, added to breakdown_queries.base's select
# (whose FROM is the record's own table, not an alias).
_DATED = {
    "job_seekers": (JobSeeker.registered_on, JobSeeker.id),
    "sessions": (CounselingSession.session_on, CounselingSession.id),
    "referrals": (Referral.referred_on, Referral.id),
    "placements": (Placement.placed_on, Placement.id),
}


@dataclass(frozen=True)
class Figures:
    """One measure of one counselor: January to December, and the year (합계)."""

    monthly: tuple[int, ...]
    year: int


@dataclass(frozen=True)
class CounselorPerformance:
    """A counselor's row: the name records are counted for, the desks (codes, in table
    order) of those records (else of the account), and each measure's figures."""

    name: str
    desks: tuple[str, ...]
    job_seekers: Figures
    sessions: Figures
    referrals: Figures
    placements: Figures
    follow_ups: Figures

    def figures(self, measure: str) -> Figures:
        if measure not in PERFORMANCE_KEYS:
            raise ValidationError(
                "지표",  # korean-data
                translate("performance", "'{measure}' is not a performance measure.").format(
                    measure=measure, measure_josa=particle(measure, "은/는")
                ),
            )
        value: Figures = getattr(self, measure)
        return value


def _check_measure(measure: str) -> None:
    if measure not in PERFORMANCE_KEYS:
        raise ValidationError(
            "지표",  # korean-data
            translate(
                "performance", "'{measure}' is not a performance measure (one of {keys})."
            ).format(
                measure=measure,
                measure_josa=particle(measure, "은/는"),
                keys=", ".join(PERFORMANCE_KEYS),
            ),
        )


def _check_year(year: int) -> None:
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2999:
        raise ValidationError(
            "연도",  # korean-data
            translate("performance", "{year}: give a year from 1900 to 2999.").format(year=year),
        )


def dated_rows(measure: str, start: date, end: date, desk_id: int | None = None) -> Select[Any]:
    """Rows (desk_id, value = counselor, key, on, record_id) counted by ``measure`` in
    [start, end]: ``key`` is what is counted (the person for 구직등록 and 취업자수)."""
    if measure == "follow_ups":
        account = aliased(User, name="checker")
        columns: list[Any] = [
            Placement.desk_id.label("desk_id"),
            func.coalesce(account.display_name, literal(UNKNOWN)).label("value"),
            RetentionCheck.id.label("key"),
            RetentionCheck.checked_on.label("on"),
            RetentionCheck.id.label("record_id"),
        ]
        statement = (
            select(*columns)
            .select_from(RetentionCheck)
            .join(Placement, Placement.id == RetentionCheck.placement_id)
            .outerjoin(account, account.id == RetentionCheck.checked_by)
            .where(RetentionCheck.checked_on.between(start, end), Placement.void.is_(False))
        )
        if desk_id is not None:
            statement = statement.where(Placement.desk_id == desk_id)
        return statement
    on, record_id = _DATED[measure]
    return base(measure, Dimension.COUNSELOR, start, end, desk_id).add_columns(
        on.label("on"), record_id.label("record_id")
    )


class PerformanceService:
    """Per-counselor figures of a year and the records behind each of them."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _desk_id(self, desk: str | None) -> int | None:
        return None if not desk else self.db.desk_ids()[desk_by_code(desk).code]

    @staticmethod
    def _own_name(session: Session, actor: Actor) -> str | None:
        """The name a counselor's records are counted under; None for who sees everyone."""
        if actor.role is not Role.COUNSELOR:
            return None
        name = session.scalar(select(User.display_name).where(User.id == actor.user_id))
        return name or actor.display_name

    def by_counselor(
        self, actor: Actor, year: int, desk: str | None = None
    ) -> list[CounselorPerformance]:
        """A row per counselor of ``year`` (a counselor: their own row only), by name."""
        actor.require(Permission.VIEW_STATISTICS)
        _check_year(year)
        desk_id = self._desk_id(desk)
        start, end = date(year, 1, 1), date(year, 12, 31)
        codes = self.db.desk_codes()
        with self.db.unit_of_work(write=False, actor=actor) as session:
            own = self._own_name(session, actor)
            parts = []
            for measure in PERFORMANCE_KEYS:
                # A CTE: each is read three times below, the database may keep it once.
                rows = dated_rows(measure, start, end, desk_id).cte(f"counted_{measure}")
                where = [] if own is None else [rows.c.value == own]
                counted = func.count(rows.c.key.distinct()) if measure in _PEOPLE else func.count()
                month = extract("month", rows.c.on)
                parts += [
                    select(literal(measure), literal("m"), month, rows.c.value, counted)
                    .where(*where)
                    .group_by(month, rows.c.value),
                    select(literal(measure), literal("y"), literal(0), rows.c.value, counted)
                    .where(*where)
                    .group_by(rows.c.value),
                    select(literal(measure), literal("d"), rows.c.desk_id, rows.c.value)
                    .add_columns(func.count())
                    .where(*where)
                    .group_by(rows.c.desk_id, rows.c.value),
                ]
            monthly: dict[tuple[str, str], list[int]] = {}
            yearly: dict[tuple[str, str], int] = {}
            desks: dict[str, set[str]] = {}
            for measure, part, bucket, value, count in session.execute(union_all(*parts)):
                name = str(value)
                if part == "m":
                    monthly.setdefault((name, measure), [0] * MONTHS)[int(bucket) - 1] = int(count)
                elif part == "y":
                    yearly[(name, measure)] = int(count)
                else:
                    desks.setdefault(name, set()).add(codes[int(bucket)])
            if own is not None:
                desks.setdefault(own, set())
                if not desks[own] and actor.desk:
                    desks[own].add(actor.desk)
            else:
                accounts = select(User.display_name, User.desk_id).where(
                    User.role == Role.COUNSELOR.value, User.is_active.is_(True)
                )
                if desk_id is not None:
                    accounts = accounts.where(User.desk_id == desk_id)
                for name, home in session.execute(accounts):
                    shown = desks.setdefault(name, set())
                    if not shown and home is not None:
                        shown.add(codes[home])
        result = []
        for name in sorted(desks, key=lambda n: (n == UNKNOWN, n)):
            figures = {
                measure: Figures(
                    tuple(monthly.get((name, measure), [0] * MONTHS)),
                    yearly.get((name, measure), 0),
                )
                for measure in PERFORMANCE_KEYS
            }
            order = tuple(code for code in DESK_CODES if code in desks[name])
            result.append(CounselorPerformance(name, order, **figures))
        return result

    def drill_down(
        self,
        actor: Actor,
        year: int,
        month: int | None,
        counselor: str,
        measure: str,
        desk: str | None = None,
    ) -> list[DrillRow]:
        """Exactly what one cell counts: ``counselor``'s records of ``measure`` in the month
        (None: the year), at ``desk`` or every desk (for 취업자수 one row per person)."""
        actor.require(Permission.VIEW_STATISTICS)
        _check_year(year)
        _check_measure(measure)
        if month is not None and (isinstance(month, bool) or not 1 <= month <= MONTHS):
            raise ValidationError(
                "월",  # korean-data
                translate("performance", "{month}: give a month from 1 to 12.").format(month=month),
            )
        period = Period.year(year) if month is None else Period.month(year, month)
        desk_id = self._desk_id(desk)
        codes = self.db.desk_codes()
        with self.db.unit_of_work(actor=actor) as session:
            own = self._own_name(session, actor)
            if own is not None and counselor != own:
                raise PermissionDenied(
                    translate(
                        "performance",
                        "Another counselor's detailed results (personal records) cannot be seen.",
                    )
                )
            rows = dated_rows(measure, period.start, period.end, desk_id).subquery()
            counted = select(rows.c.record_id).where(rows.c.value == counselor)
            result = _drill_rows(session, measure, rows, counted, counselor, codes)
            write_access(
                session,
                actor,
                AccessAction.VIEW,
                subject_kind="statistics",
                detail=f"상담사별 실적 상세 {period} {desk or '전체'} "  # korean-data
                f"{counselor} {measure} ({len(result)}건)",  # korean-data
            )
        return result


def _drill_rows(
    session: Session,
    measure: str,
    rows: Any,
    counted: Select[Any],
    counselor: str,
    codes: dict[int, str],
) -> list[DrillRow]:
    result: list[DrillRow] = []
    if measure == "job_seekers":
        for s in session.scalars(
            select(JobSeeker)
            .where(JobSeeker.id.in_(counted))
            .order_by(JobSeeker.registered_on, JobSeeker.id)
        ):
            result.append(
                DrillRow(
                    "job_seeker", s.id, s.registered_on, codes[s.desk_id], s.id, s.name, s.seeker_no
                )
            )
    elif measure == "sessions":
        for c, name in session.execute(
            select(CounselingSession, JobSeeker.name)
            .join(JobSeeker, JobSeeker.id == CounselingSession.seeker_id)
            .where(CounselingSession.id.in_(counted))
            .order_by(CounselingSession.session_on, CounselingSession.id)
        ):
            result.append(
                DrillRow(
                    "session",
                    c.id,
                    c.session_on,
                    codes[c.desk_id],
                    c.seeker_id,
                    name,
                    c.channel or "",
                )
            )
    elif measure == "referrals":
        for r, name in session.execute(
            select(Referral, JobSeeker.name)
            .join(JobSeeker, JobSeeker.id == Referral.seeker_id)
            .where(Referral.id.in_(counted))
            .order_by(Referral.referred_on, Referral.id)
        ):
            result.append(
                DrillRow(
                    "referral",
                    r.id,
                    r.referred_on,
                    codes[r.desk_id],
                    r.seeker_id,
                    name,
                    r.outcome or "",
                )
            )
    elif measure == "placements":
        people = (
            select(
                rows.c.key.label("seeker_id"),
                func.min(rows.c.on).label("first_on"),
                func.count().label("times"),
                func.min(rows.c.record_id).label("first_id"),
                func.min(rows.c.desk_id).label("desk_id"),
            )
            .where(rows.c.value == counselor)
            .group_by(rows.c.key)
            .subquery("people")
        )
        for seeker_id, first_on, times, first_id, desk_id, name in session.execute(
            select(people, JobSeeker.name)
            .join(JobSeeker, JobSeeker.id == people.c.seeker_id)
            .order_by(people.c.first_on, people.c.seeker_id)
        ):
            detail = translate("performance", "{n} placements").format(n=times) if times > 1 else ""
            result.append(
                DrillRow("placement", first_id, first_on, codes[desk_id], seeker_id, name, detail)
            )
    else:  # follow_ups
        for check, seeker_id, desk_id, name in session.execute(
            select(RetentionCheck, Placement.seeker_id, Placement.desk_id, JobSeeker.name)
            .join(Placement, Placement.id == RetentionCheck.placement_id)
            .join(JobSeeker, JobSeeker.id == Placement.seeker_id)
            .where(RetentionCheck.id.in_(counted))
            .order_by(RetentionCheck.checked_on, RetentionCheck.id)
        ):
            kept = (
                translate("performance", "{months} months, still employed")
                if check.employed
                else translate("performance", "{months} months, left the job")
            ).format(months=check.months)
            result.append(
                DrillRow(
                    "retention_check",
                    check.id,
                    check.checked_on,
                    codes[desk_id],
                    seeker_id,
                    name,
                    kept,
                )
            )
    return result
