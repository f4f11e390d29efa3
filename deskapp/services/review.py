"""Placement counts a team lead can defend: month close, review, targets,
drill-down and integrity flags.

- A closed month's figures are frozen; records dated in it cannot be added,
  changed or voided until a team lead reopens it with a reason (logged).
- Placements are listed by desk, counselor and month with how they were
  verified and where they came from, and marked reviewed.
- Yearly targets per desk and measure, and achievement (달성률) to date.
- Any cell of the table opens the records counted in it (people for 취업자수).
- Flags: a seeker voided within a day of registration, a placement with no
  earlier session or referral, a placement entered over 30 days after it
  started, and bursts of entries or voids by one account.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.breakdown import BREAKDOWN_KEYS, Dimension
from deskapp.domain.dates import Period
from deskapp.domain.desks import DESKS, desk_by_code
from deskapp.domain.errors import NotFound, PermissionDenied, ValidationError
from deskapp.domain.korean import particle
from deskapp.domain.privacy import mask
from deskapp.domain.records import Role
from deskapp.domain.stats import MEASURE_KEYS, StatsTable
from deskapp.services import month_check
from deskapp.services.audit import write_access
from deskapp.services.month_check import MonthUnfinished
from deskapp.services.month_lock import closed_months, lock_months
from deskapp.store import breakdown_queries, stats_queries
from deskapp.store.database import Database
from deskapp.store.models import (
    CounselingSession,
    ImportBatch,
    JobOpening,
    JobSeeker,
    MonthClose,
    Placement,
    Referral,
    User,
    YearlyTarget,
    utcnow,
)

LATE_ENTRY_DAYS = 30
BURST_WINDOW = timedelta(minutes=10)
BURST_SIZE = 50


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


@dataclass(frozen=True)
class ReviewItem:
    """A placement as the team lead reviews it."""

    id: int
    seeker_id: int
    seeker_name: str
    desk: str
    counselor: str
    placed_on: date
    kind: str
    verification: str
    source: str
    entered_on: date
    reviewed_by: str | None
    reviewed_at: datetime | None


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


@dataclass(frozen=True)
class DrillRow:
    """One record counted in a cell (for 취업자수: one person, with their placements)."""

    kind: str
    id: int
    on: date
    desk: str
    seeker_id: int | None
    label: str
    detail: str


@dataclass(frozen=True)
class Flag:
    """A pattern worth a team lead's look."""

    kind: str
    label: str
    desk: str
    counselor: str
    record_kind: str
    record_id: int
    on: date
    detail: str


FLAG_LABELS = {
    "voided_registration": "등록 하루 안에 무효 처리된 구직자",
    "placement_without_contact": "이전 상담·알선 없는 취업",
    "late_placement": f"취업일보다 {LATE_ENTRY_DAYS}일 넘게 늦게 입력된 취업",
    "bulk_edits": f"한 계정이 {int(BURST_WINDOW.total_seconds() // 60)}분 안에 "
    f"{BURST_SIZE}건 넘게 입력·무효",
}


class ReviewService:
    """Month close, placement review, targets, drill-down and flags."""

    def __init__(self, db: Database, today: date | None = None) -> None:
        self.db = db
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    def _names(self, session: Session) -> dict[int, str]:
        return {i: n for i, n in session.execute(select(User.id, User.display_name))}

    # -- month close -------------------------------------------------------------------

    def close_month(
        self, actor: Actor, year: int, month: int, *, even_if_unfinished: bool = True
    ) -> StatsTable:
        """Freeze a past month's figures and lock its records. With ``even_if_unfinished``
        False, refused while anything is unfinished in the month (``unfinished``), checked
        in the closing unit itself (so nothing slips in after it was looked at)."""
        actor.require(Permission.REVIEW)
        period = Period.month(year, month)
        if period.end >= self.today():
            raise ValidationError("마감", f"{year}년 {month}월은 아직 끝나지 않았습니다.")
        from deskapp.services.statistics import StatisticsService

        with self.db.unit_of_work(actor=actor) as session:
            lock_months(session, period.start, exclusive=True)  # no write of it in flight
            if (year, month) in closed_months(session):
                raise ValidationError("마감", f"{year}년 {month}월은 이미 마감되었습니다.")
            if not even_if_unfinished:
                found = self._unfinished(session, year, month)
                if not found.empty:
                    counts = ", ".join(
                        f"{title} {len(found.group(name)):,}건"
                        for name, title in month_check.GROUPS
                    )
                    raise ValidationError(
                        "마감",
                        f"{year}년 {month}월에 끝나지 않은 일이 있습니다 ({counts}). "
                        "확인한 뒤 그래도 마감하세요.",
                    )
            raw = stats_queries.period_counts(session, period.start, period.end)
            table = StatsTable(period, StatisticsService(self.db).by_code(raw))
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
                detail=f"{year}-{month:02d} 마감",
            )
        return table

    def unfinished(self, actor: Actor, year: int, month: int) -> MonthUnfinished:
        """What is unfinished in a month before it is closed: unreviewed placements,
        overdue follow-ups and integrity flags (defined in ``deskapp.services.month_check``).
        Reading the seekers' names is logged."""
        actor.require(Permission.REVIEW)
        if not 1 <= month <= 12:
            raise ValidationError("마감", f"{year}년 {month}월: 월은 1~12여야 합니다.")
        with self.db.unit_of_work(actor=actor) as session:
            found = self._unfinished(session, year, month)
            write_access(
                session,
                actor,
                AccessAction.VIEW,
                subject_kind="month_close",
                detail=f"{year}-{month:02d} 마감 전 점검 ({found.count}건)",
            )
        return found

    def _unfinished(self, session: Session, year: int, month: int) -> MonthUnfinished:
        codes, names = self.db.desk_codes(), self._names(session)
        flags = self.flags_in(session, Period.month(year, month))
        return month_check.collect(session, year, month, codes, names, flags)

    def reopen_month(self, actor: Actor, year: int, month: int, reason: str) -> None:
        """Reopen a closed month; the reason is required and logged."""
        actor.require(Permission.REVIEW)
        if not reason.strip():
            raise ValidationError("재개 사유", "마감을 푸는 사유를 적어야 합니다.")
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
                raise NotFound(f"{year}년 {month}월은 마감되어 있지 않습니다.")
            row.reopened_at = utcnow()
            row.reopened_by = actor.user_id
            row.reopen_reason = mask(reason.strip())
            write_access(
                session,
                actor,
                AccessAction.UPDATE,
                subject_kind="month_close",
                detail=f"{year}-{month:02d} 마감 해제: {reason.strip()}",
            )

    def closes(self, actor: Actor) -> list[CloseInfo]:
        """Every close and reopening, newest first."""
        actor.require(Permission.VIEW_STATISTICS)
        with self.db.unit_of_work(write=False, actor=actor) as session:
            names = self._names(session)
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

    # -- placement review --------------------------------------------------------------

    def placements(
        self, actor: Actor, period: Period, desk: str | None = None, counselor: str = ""
    ) -> list[ReviewItem]:
        """Placements of a period for review, by desk and counselor."""
        actor.require(Permission.REVIEW)
        codes = self.db.desk_codes()
        statement = (
            select(Placement, JobSeeker.name, ImportBatch.file_name)
            .join(JobSeeker, JobSeeker.id == Placement.seeker_id)
            .outerjoin(ImportBatch, ImportBatch.id == Placement.import_id)
            .where(Placement.placed_on.between(period.start, period.end), Placement.void.is_(False))
            .order_by(Placement.placed_on, Placement.id)
        )
        if desk:
            statement = statement.where(Placement.desk_id == self.db.desk_ids()[desk])
        with self.db.unit_of_work(write=False, actor=actor) as session:
            names = self._names(session)
            items = []
            for p, seeker_name, file_name in session.execute(statement):
                who = names.get(p.created_by or -1, "?")
                if counselor and who != counselor:
                    continue
                items.append(
                    ReviewItem(
                        p.id,
                        p.seeker_id,
                        seeker_name,
                        codes[p.desk_id],
                        who,
                        p.placed_on,
                        p.kind,
                        p.verification or "",
                        f"가져오기: {file_name}" if file_name else "직접 입력",
                        p.created_at.date(),
                        names.get(p.reviewed_by or -1),
                        p.reviewed_at,
                    )
                )
            return items

    def mark_reviewed(self, actor: Actor, placement_ids: Iterable[int]) -> int:
        """Mark placements reviewed by the team lead; returns how many were marked."""
        actor.require(Permission.REVIEW)
        ids = list(placement_ids)
        with self.db.unit_of_work(actor=actor) as session:
            rows = session.scalars(select(Placement).where(Placement.id.in_(ids))).all()
            for row in rows:
                row.reviewed_at = utcnow()
                row.reviewed_by = actor.user_id
            write_access(
                session,
                actor,
                AccessAction.UPDATE,
                subject_kind="placement",
                detail=f"취업 {len(rows)}건 검토 완료",
            )
            return len(rows)

    # -- targets -----------------------------------------------------------------------

    def set_target(self, actor: Actor, year: int, desk: str, measure: str, target: int) -> None:
        """Set a desk's yearly target for a measure (team leads, administrators)."""
        actor.require(Permission.REVIEW)
        desk_by_code(desk)
        if measure not in MEASURE_KEYS:
            raise ValidationError(
                "지표", f"'{measure}'{particle(measure, '은/는')} 지표가 아닙니다."
            )
        if isinstance(target, bool) or not 0 < target <= 10_000_000:
            raise ValidationError("목표", f"{target}: 1 이상의 정수여야 합니다.")
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
                detail=f"{year} {desk} {measure} 목표 {target:,}",
            )

    def achievement(self, actor: Actor, year: int, until: date | None = None) -> list[Achievement]:
        """Every desk and measure: the year's target and what was achieved to ``until``."""
        actor.require(Permission.VIEW_STATISTICS)
        from deskapp.services.statistics import StatisticsService

        last = min(until or self.today(), date(year, 12, 31))
        series = StatisticsService(self.db).monthly(actor, Period(date(year, 1, 1), last))
        codes = self.db.desk_codes()
        with self.db.unit_of_work(write=False, actor=actor) as session:
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

    # -- drill-down --------------------------------------------------------------------

    def drill_down(
        self,
        actor: Actor,
        period: Period,
        desk: str,
        measure: str,
        by: Dimension | None = None,
        value: str | None = None,
    ) -> list[DrillRow]:
        """Exactly the records counted in one cell of the table (people for 취업자수);
        with ``by`` and ``value``, in one cell of that breakdown."""
        actor.require(Permission.VIEW_STATISTICS)
        if actor.role is Role.COUNSELOR and actor.desk != desk:
            raise PermissionDenied("다른 창구의 통계 상세(개인 기록)는 볼 수 없습니다.")
        the_desk = desk_by_code(desk)
        desk_id = self.db.desk_ids()[the_desk.code]
        between = (period.start, period.end)
        rows: list[DrillRow] = []
        if (
            by is Dimension.COUNSELOR
            and actor.role is Role.COUNSELOR
            and value != actor.display_name
        ):
            raise PermissionDenied("다른 상담사의 실적 상세는 볼 수 없습니다.")
        if by is not None and measure not in BREAKDOWN_KEYS:
            raise ValidationError(
                "지표", f"'{measure}'{particle(measure, '은/는')} 나누어 볼 수 없는 지표입니다."
            )

        def within(key: Any) -> list[ColumnElement[bool]]:
            """The breakdown cell's filter on ``key`` (none without a breakdown)."""
            if by is None:
                return []
            shown = None if by is Dimension.SITE and value == the_desk.place else value
            cell = breakdown_queries.keys_select(
                measure, by, period.start, period.end, desk_id, shown
            )
            return [key.in_(cell)]

        with self.db.unit_of_work(actor=actor) as session:
            if measure == "job_seekers":
                for s in session.scalars(
                    select(JobSeeker)
                    .where(
                        JobSeeker.desk_id == desk_id,
                        JobSeeker.void.is_(False),
                        JobSeeker.registered_on.between(*between),
                        *within(JobSeeker.id),
                    )
                    .order_by(JobSeeker.registered_on)
                ):
                    rows.append(
                        DrillRow(
                            "job_seeker", s.id, s.registered_on, desk, s.id, s.name, s.seeker_no
                        )
                    )
            elif measure == "job_openings":
                for o in session.scalars(
                    select(JobOpening)
                    .where(
                        JobOpening.desk_id == desk_id,
                        JobOpening.void.is_(False),
                        JobOpening.registered_on.between(*between),
                    )
                    .order_by(JobOpening.registered_on)
                ):
                    rows.append(
                        DrillRow(
                            "job_opening",
                            o.id,
                            o.registered_on,
                            desk,
                            None,
                            o.occupation,
                            f"{o.opening_no} · {o.headcount}명",
                        )
                    )
            elif measure == "sessions":
                for c, name in session.execute(
                    select(CounselingSession, JobSeeker.name)
                    .join(JobSeeker, JobSeeker.id == CounselingSession.seeker_id)
                    .where(
                        CounselingSession.desk_id == desk_id,
                        CounselingSession.void.is_(False),
                        CounselingSession.session_on.between(*between),
                        *within(CounselingSession.id),
                    )
                    .order_by(CounselingSession.session_on)
                ):
                    rows.append(
                        DrillRow(
                            "session", c.id, c.session_on, desk, c.seeker_id, name, c.channel or ""
                        )
                    )
            elif measure == "referrals":
                for r, name in session.execute(
                    select(Referral, JobSeeker.name)
                    .join(JobSeeker, JobSeeker.id == Referral.seeker_id)
                    .where(
                        Referral.desk_id == desk_id,
                        Referral.void.is_(False),
                        Referral.referred_on.between(*between),
                        *within(Referral.id),
                    )
                    .order_by(Referral.referred_on)
                ):
                    rows.append(
                        DrillRow(
                            "referral",
                            r.id,
                            r.referred_on,
                            desk,
                            r.seeker_id,
                            name,
                            r.outcome or "",
                        )
                    )
            elif measure == "placements":
                people = session.execute(
                    select(
                        Placement.seeker_id,
                        JobSeeker.name,
                        func.min(Placement.placed_on),
                        func.count(),
                        func.min(Placement.id),
                    )
                    .join(JobSeeker, JobSeeker.id == Placement.seeker_id)
                    .where(
                        Placement.desk_id == desk_id,
                        Placement.void.is_(False),
                        Placement.placed_on.between(*between),
                        *within(Placement.seeker_id),
                    )
                    .group_by(Placement.seeker_id, JobSeeker.name)
                    .order_by(func.min(Placement.placed_on))
                )
                for seeker_id, name, first, count, first_id in people:
                    detail = f"취업 {count}건" if count > 1 else ""
                    rows.append(
                        DrillRow("placement", first_id, first, desk, seeker_id, name, detail)
                    )
            else:
                raise ValidationError(
                    "지표", f"'{measure}'{particle(measure, '은/는')} 지표가 아닙니다."
                )
            write_access(
                session,
                actor,
                AccessAction.VIEW,
                subject_kind="statistics",
                detail=f"통계 상세 {period} {desk} {measure}"
                + (f" {by.label} '{value}'" if by is not None else "")
                + f" ({len(rows)}건)",
            )
        return rows

    # -- integrity flags ---------------------------------------------------------------

    def flags(self, actor: Actor, period: Period) -> list[Flag]:
        """Every flag raised by records dated (or entered) in ``period``."""
        actor.require(Permission.REVIEW)
        with self.db.unit_of_work(write=False, actor=actor) as session:
            return self.flags_in(session, period)

    def flags_in(self, session: Session, period: Period) -> list[Flag]:
        """``flags`` within a unit of work the caller holds (and checked permission for)."""
        codes = self.db.desk_codes()
        flags: list[Flag] = []
        names = self._names(session)

        def who(user_id: int | None) -> str:
            return names.get(user_id or -1, "?")

        for s in session.scalars(
            select(JobSeeker).where(
                JobSeeker.void.is_(True),
                JobSeeker.voided_at.is_not(None),
                JobSeeker.registered_on.between(period.start, period.end),
            )
        ):
            assert s.voided_at is not None
            if s.voided_at - s.created_at <= timedelta(days=1):
                flags.append(
                    Flag(
                        "voided_registration",
                        FLAG_LABELS["voided_registration"],
                        codes[s.desk_id],
                        who(s.created_by),
                        "job_seeker",
                        s.id,
                        s.registered_on,
                        f"{s.name}: {s.void_reason or ''}",
                    )
                )
        contact = (
            select(CounselingSession.id)
            .where(
                CounselingSession.seeker_id == Placement.seeker_id,
                CounselingSession.session_on <= Placement.placed_on,
                CounselingSession.void.is_(False),
            )
            .exists()
        )
        referred = (
            select(Referral.id)
            .where(
                Referral.seeker_id == Placement.seeker_id,
                Referral.referred_on <= Placement.placed_on,
                Referral.void.is_(False),
            )
            .exists()
        )
        base = and_(
            Placement.void.is_(False), Placement.placed_on.between(period.start, period.end)
        )
        for p, name in session.execute(
            select(Placement, JobSeeker.name)
            .join(JobSeeker, JobSeeker.id == Placement.seeker_id)
            .where(base, ~contact, ~referred)
        ):
            flags.append(
                Flag(
                    "placement_without_contact",
                    FLAG_LABELS["placement_without_contact"],
                    codes[p.desk_id],
                    who(p.created_by),
                    "placement",
                    p.id,
                    p.placed_on,
                    name,
                )
            )
        for p, name in session.execute(
            select(Placement, JobSeeker.name)
            .join(JobSeeker, JobSeeker.id == Placement.seeker_id)
            .where(base, Placement.import_id.is_(None))
        ):
            late = (p.created_at.date() - p.placed_on).days
            if late > LATE_ENTRY_DAYS:
                flags.append(
                    Flag(
                        "late_placement",
                        FLAG_LABELS["late_placement"],
                        codes[p.desk_id],
                        who(p.created_by),
                        "placement",
                        p.id,
                        p.placed_on,
                        f"{name}: {late}일 뒤 입력",
                    )
                )
        flags += self._bursts(session, period, codes, who)
        return flags

    def _bursts(
        self,
        session: Session,
        period: Period,
        codes: dict[int, str],
        who: Callable[[int | None], str],
    ) -> list[Flag]:
        """Accounts that entered or voided more than BURST_SIZE records within BURST_WINDOW."""
        start = datetime.combine(period.start, datetime.min.time())
        end = datetime.combine(period.end + timedelta(days=1), datetime.min.time())
        events: list[tuple[int, datetime, int, str, int]] = []  # user, at, desk, kind, id
        for model, kind in (
            (JobSeeker, "job_seeker"),
            (CounselingSession, "session"),
            (Referral, "referral"),
            (Placement, "placement"),
        ):
            made = select(model.created_by, model.created_at, model.desk_id, model.id).where(
                model.created_at >= start,
                model.created_at < end,
                model.created_by.is_not(None),
                model.import_id.is_(None),
            )
            voided = select(model.voided_by, model.voided_at, model.desk_id, model.id).where(
                model.voided_at >= start, model.voided_at < end, model.voided_by.is_not(None)
            )
            for statement in (made, voided):
                for user, at, desk_id, record_id in session.execute(statement):
                    if user is not None and at is not None:
                        events.append((user, at, desk_id, kind, record_id))
        events.sort()
        flags = []
        reported: set[int] = set()
        left = 0
        for right, (user, at, desk_id, kind, record_id) in enumerate(events):
            while events[left][0] != user or at - events[left][1] > BURST_WINDOW:
                left += 1
            if right - left + 1 > BURST_SIZE and user not in reported:
                reported.add(user)
                count = Counter(e[0] for e in events if e[0] == user)[user]
                flags.append(
                    Flag(
                        "bulk_edits",
                        FLAG_LABELS["bulk_edits"],
                        codes[desk_id],
                        who(user),
                        kind,
                        record_id,
                        at.date(),
                        f"{who(user)}: 기간 중 {count}건",
                    )
                )
        return flags
