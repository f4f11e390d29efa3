"""Follow-up (사후관리): seekers with no contact for some days, referrals of the
last three months awaiting an outcome, placed people due a 1-, 3- or 6-month
retention check, and people of an event not hired there (the rules of what is due
are ``deskapp.services.rules.follow_up``, shared with the month's check before close).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import and_, func, or_, select

from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.dates import add_months
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.privacy import mask
from deskapp.domain.records import Role
from deskapp.i18n import translate
from deskapp.services.audit import write_access
from deskapp.services.rules.follow_up import (
    DEFAULT_NO_CONTACT_DAYS,
    EVENT_FOLLOW_UP_DAYS,
    PENDING_REFERRAL_DAYS,
    RETENTION_MONTHS,
    WorkItem,
    event_follow_ups,
    referral_pending,
    retention_due,
)
from deskapp.services.rules.registration import SEEKER_MONTHS
from deskapp.store.database import Database
from deskapp.store.models import CounselingSession, JobSeeker, Placement, Referral, RetentionCheck


class FollowUpService:
    """A counselor's follow-up worklist, and recording retention checks."""

    def __init__(self, db: Database, today: date | None = None) -> None:
        self.db = db
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    def worklist(
        self, actor: Actor, no_contact_days: int = DEFAULT_NO_CONTACT_DAYS
    ) -> list[WorkItem]:
        """Who is waiting for a call: a counselor's own seekers (registered by them or
        with them as 담당상담사) at their desk; every desk's for team leads."""
        if no_contact_days < 1:
            raise ValidationError(
                "연락 없음 기준",  # korean-data
                translate("follow_up", "Must be 1 day or more."),
            )
        today = self.today()
        items: list[WorkItem] = []
        desk_id = self.db.desk_ids()[actor.desk] if actor.desk else None
        # A counselor's own: those whose 담당상담사 is their account, or (with no account
        # named) those they registered or whose 담당상담사 is their name.
        mine = (
            or_(
                JobSeeker.counselor_id == actor.user_id,
                and_(
                    JobSeeker.counselor_id.is_(None),
                    or_(
                        JobSeeker.created_by == actor.user_id,
                        JobSeeker.counselor_name == actor.display_name,
                    ),
                ),
            )
            if actor.role is Role.COUNSELOR
            else None
        )
        unassigned = JobSeeker.counselor_id.is_(None)
        with self.db.unit_of_work(write=False, actor=actor) as session:
            last_contact = (
                select(
                    CounselingSession.seeker_id,
                    func.max(CounselingSession.session_on).label("last"),
                )
                .where(CounselingSession.void.is_(False))
                .group_by(CounselingSession.seeker_id)
                .subquery()
            )
            placed = select(Placement.seeker_id).where(Placement.void.is_(False))
            active_floor = add_months(today, -SEEKER_MONTHS)
            codes = self.db.desk_codes()
            statement = (
                select(
                    JobSeeker.id,
                    JobSeeker.name,
                    last_contact.c.last,
                    JobSeeker.registered_on,
                    JobSeeker.desk_id,
                    JobSeeker.counselor_name,
                )
                .outerjoin(last_contact, last_contact.c.seeker_id == JobSeeker.id)
                .where(
                    JobSeeker.void.is_(False),
                    JobSeeker.anonymized_at.is_(None),
                    JobSeeker.id.not_in(placed),
                    func.coalesce(JobSeeker.renewed_on, JobSeeker.registered_on) >= active_floor,
                )
            )
            if desk_id is not None:
                statement = statement.where(JobSeeker.desk_id == desk_id)
            if mine is not None:
                statement = statement.where(mine)
            for seeker_id, name, last, registered, desk, counselor in session.execute(statement):
                since = last or registered
                if (today - since).days >= no_contact_days:
                    items.append(
                        WorkItem(
                            "no_contact",
                            seeker_id,
                            name,
                            since + timedelta(days=no_contact_days),
                            translate("follow_up", "Last contact {day}").format(
                                day=since.isoformat()
                            ),
                            desk=codes[desk],
                            counselor=counselor or "",
                        )
                    )
            referrals = (
                select(
                    Referral.id,
                    Referral.seeker_id,
                    JobSeeker.name,
                    Referral.referred_on,
                    Referral.desk_id,
                    JobSeeker.counselor_name,
                )
                .join(JobSeeker, JobSeeker.id == Referral.seeker_id)
                .where(
                    *referral_pending(),
                    Referral.referred_on <= today - timedelta(days=PENDING_REFERRAL_DAYS),
                    # Older ones are settled in practice (the registration has lapsed).
                    Referral.referred_on >= add_months(today, -SEEKER_MONTHS),
                )
            )
            if desk_id is not None:
                referrals = referrals.where(Referral.desk_id == desk_id)
            if mine is not None:
                referrals = referrals.where(
                    or_(mine, unassigned & (Referral.created_by == actor.user_id))
                )
            for referral_id, seeker_id, name, referred_on, desk, counselor in session.execute(
                referrals
            ):
                items.append(
                    WorkItem(
                        "referral_pending",
                        seeker_id,
                        name,
                        referred_on + timedelta(days=PENDING_REFERRAL_DAYS),
                        translate("follow_up", "Referred {day}, awaiting the outcome").format(
                            day=referred_on.isoformat()
                        ),
                        referral_id,
                        desk=codes[desk],
                        counselor=counselor or "",
                    )
                )
            checks = {
                (p, m)
                for p, m in session.execute(
                    select(RetentionCheck.placement_id, RetentionCheck.months)
                )
            }
            placements = (
                select(
                    Placement.id,
                    Placement.seeker_id,
                    JobSeeker.name,
                    Placement.placed_on,
                    Placement.desk_id,
                    JobSeeker.counselor_name,
                )
                .join(JobSeeker, JobSeeker.id == Placement.seeker_id)
                .where(
                    Placement.void.is_(False),
                    Placement.placed_on >= add_months(today, -max(RETENTION_MONTHS) - 1),
                )
            )
            if desk_id is not None:
                placements = placements.where(Placement.desk_id == desk_id)
            if mine is not None:
                placements = placements.where(
                    or_(mine, unassigned & (Placement.created_by == actor.user_id))
                )
            for placement_id, seeker_id, name, placed_on, desk, counselor in session.execute(
                placements
            ):
                for months in RETENTION_MONTHS:
                    due = retention_due(placed_on, months)
                    if due <= today and (placement_id, months) not in checks:
                        items.append(
                            WorkItem(
                                "retention_due",
                                seeker_id,
                                name,
                                due,
                                translate("follow_up", "{months}-month job retention check").format(
                                    months=months
                                ),
                                placement_id,
                                months,
                                desk=codes[desk],
                                counselor=counselor or "",
                            )
                        )
            items += event_follow_ups(
                session, desk_id, mine, today - timedelta(days=EVENT_FOLLOW_UP_DAYS), today, codes
            )
        items.sort(key=lambda i: (i.due, i.kind, i.seeker_id))
        return items

    def record_retention(
        self, actor: Actor, placement_id: int, months: int, employed: bool, note: str = ""
    ) -> None:
        """Record a 1-, 3- or 6-month retention check on a placement."""
        actor.require(Permission.WRITE_RECORDS)
        if months not in RETENTION_MONTHS:
            raise ValidationError(
                "확인 시점",  # korean-data
                translate("follow_up", "{months} months: must be 1, 3 or 6 months.").format(
                    months=months
                ),
            )
        with self.db.unit_of_work(actor=actor) as session:
            placement = session.get(Placement, placement_id)
            if placement is None or placement.void:
                raise NotFound(
                    translate("follow_up", "Placement {id} was not found.").format(id=placement_id)
                )
            actor.require_desk(self.db.desk_codes()[placement.desk_id])
            existing = session.scalar(
                select(RetentionCheck).where(
                    RetentionCheck.placement_id == placement_id, RetentionCheck.months == months
                )
            )
            if existing is not None:
                raise ValidationError(
                    "확인 시점",  # korean-data
                    translate("follow_up", "The {months}-month check is already recorded.").format(
                        months=months
                    ),
                )
            session.add(
                RetentionCheck(
                    placement_id=placement_id,
                    months=months,
                    checked_on=self.today(),
                    employed=employed,
                    note=mask(note.strip()) or None,
                    checked_by=actor.user_id,
                )
            )
            write_access(
                session,
                actor,
                AccessAction.UPDATE,
                subject_kind="job_seeker",
                subject_id=placement.seeker_id,
                detail=f"취업 {placement_id} {months}개월 고용유지 "  # korean-data
                f"{'확인' if employed else '이직'}",  # korean-data
            )
