"""Registration periods as WorkNet keeps them: a seeker's registration is active three
months and an opening two, unless renewed (the rule itself is
``deskapp.services.rules.registration``); the registrations ending soon, and renewing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.dates import add_months
from deskapp.domain.errors import NotFound
from deskapp.domain.records import Role
from deskapp.i18n import translate
from deskapp.services.audit import write_access
from deskapp.services.rules.registration import (
    OPENING_MONTHS,
    SEEKER_MONTHS,
    opening_active_until,
    seeker_active_until,
)
from deskapp.store.database import Database
from deskapp.store.models import Employer, JobOpening, JobSeeker, User


@dataclass(frozen=True)
class Expiring:
    """A registration ending soon."""

    kind: str  # job_seeker | job_opening
    id: int
    label: str
    active_until: date
    desk: str = ""  # the record's desk code
    counselor: str = ""  # 담당상담사 (a seeker's), or who registered the opening
    employer: str = ""  # an opening's employer


class RegistrationPeriodService:
    """Registrations ending soon, and renewing one."""

    def __init__(self, db: Database, today: date | None = None) -> None:
        self.db = db
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    def expiring(self, actor: Actor, days: int = 7) -> list[Expiring]:
        """Registrations of the actor's desk (all desks for team leads) ending within ``days``."""
        today = self.today()
        until = today + timedelta(days=days)
        result: list[Expiring] = []
        codes = self.db.desk_codes()
        with self.db.unit_of_work(write=False, actor=actor) as session:
            seekers = select(
                JobSeeker.id,
                JobSeeker.name,
                JobSeeker.registered_on,
                JobSeeker.renewed_on,
                JobSeeker.desk_id,
                JobSeeker.counselor_name,
            ).where(JobSeeker.void.is_(False))
            openings = (
                select(
                    JobOpening.id,
                    JobOpening.occupation,
                    JobOpening.registered_on,
                    JobOpening.renewed_on,
                    JobOpening.desk_id,
                    User.display_name,
                    Employer.name,
                )
                .join(Employer, Employer.id == JobOpening.employer_id)
                .outerjoin(User, User.id == JobOpening.created_by)
                .where(JobOpening.void.is_(False))
            )
            if actor.role is Role.COUNSELOR and actor.desk:
                desk_id = self.db.desk_ids()[actor.desk]
                seekers = seekers.where(JobSeeker.desk_id == desk_id)
                openings = openings.where(JobOpening.desk_id == desk_id)
            # Only those whose last (re)registration is recent enough can end soon.
            floor = add_months(today, -SEEKER_MONTHS) - timedelta(days=1)
            seekers = seekers.where(
                func.coalesce(JobSeeker.renewed_on, JobSeeker.registered_on) >= floor
            )
            for id_, name, registered, renewed, desk_id, counselor in session.execute(seekers):
                end = seeker_active_until(registered, renewed)
                if today <= end <= until:
                    result.append(
                        Expiring("job_seeker", id_, name, end, codes[desk_id], counselor or "")
                    )
            for id_, occupation, registered, renewed, desk_id, by, employer in session.execute(
                openings
            ):
                end = opening_active_until(registered, renewed)
                if today <= end <= until:
                    result.append(
                        Expiring(
                            "job_opening", id_, occupation, end, codes[desk_id], by or "", employer
                        )
                    )
        result.sort(key=lambda e: (e.active_until, e.kind, e.id))
        return result

    def renew(self, actor: Actor, kind: str, record_id: int) -> date:
        """Renew a registration from today; returns its new end."""
        actor.require(Permission.WRITE_RECORDS)
        today = self.today()
        with self.db.unit_of_work(actor=actor) as session:
            record: JobSeeker | JobOpening | None = (
                session.get(JobSeeker, record_id)
                if kind == "job_seeker"
                else session.get(JobOpening, record_id)
            )
            if record is None or record.void:
                raise NotFound(
                    translate("registration", "Record {id} was not found.").format(id=record_id)
                )
            actor.require_desk(self.db.desk_codes()[record.desk_id])
            record.renewed_on = today
            write_access(
                session,
                actor,
                AccessAction.UPDATE,
                subject_kind=kind,
                subject_id=record_id,
                detail="등록 기간 갱신",  # korean-data
            )
        months = SEEKER_MONTHS if kind == "job_seeker" else OPENING_MONTHS
        return add_months(today, months)
