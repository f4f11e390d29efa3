"""Retention: anonymizing the personal data of seekers inactive for years.

What is counted (desks, dates, kinds of record) stays, so the statistics of
every past period are unchanged; names, contact details, birth dates,
addresses, 경력, 자격증, wishes and session notes are erased, and so are the old
and new values in their change history. 구민 여부, target groups and 최종학력
stay with the anonymous record for the breakdowns of the statistics. Only an
administrator runs it (in shared mode, on a PC connected as the administrator's
database role), a backup copy of a SQLite database is taken first, and it is
logged. It also masks any resident number left in stored free text by an older
version (see ``mask_stored``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, union_all, update
from sqlalchemy.orm import Session

from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.dates import add_months
from deskapp.domain.errors import ValidationError
from deskapp.domain.privacy import looks_like_resident_number, mask_resident_numbers
from deskapp.i18n import translate
from deskapp.services.audit import write_access
from deskapp.services.backup import BackupService
from deskapp.services.history import redact_seekers
from deskapp.store.database import Database
from deskapp.store.models import (
    CounselingSession,
    Employer,
    ImportBatch,
    JobOpening,
    JobSeeker,
    Placement,
    RecordChange,
    Referral,
    SeekerCareer,
    utcnow,
)

ANONYMOUS_NAME = "(익명)"  # korean-data: the name stored in place of an anonymized one
DEFAULT_RETENTION_YEARS = 5


@dataclass(frozen=True)
class PurgeReport:
    """How many seekers were anonymized, before which day, and the backup taken."""

    anonymized: int
    inactive_before: date
    backup: Path | None
    masked: int = 0  # resident numbers found in stored text and masked


class PrivacyService:
    """The retention purge."""

    def __init__(self, db: Database, today: date | None = None) -> None:
        self.db = db
        self._today = today

    def purge(self, actor: Actor, years: int = DEFAULT_RETENTION_YEARS) -> PurgeReport:
        """Anonymize seekers with no registration or activity in the last ``years`` years."""
        actor.require(Permission.MANAGE_ACCOUNTS)
        # Shared mode: only the administrator's database role may empty history values;
        # refused whole here rather than halfway, whether or not there is history to empty.
        self.db.require_account_management()
        if not 1 <= years <= 50:
            raise ValidationError(
                "보존 기간",  # korean-data
                translate("privacy", "{years} years: must be between 1 and 50 years.").format(
                    years=years
                ),
            )
        cutoff = add_months(self._today or date.today(), -12 * years)
        backup = BackupService(self.db).take("before-purge") if self.db.path else None
        activity = union_all(
            select(
                CounselingSession.seeker_id.label("seeker_id"),
                CounselingSession.session_on.label("on"),
            ),
            select(Referral.seeker_id, Referral.referred_on),
            select(Placement.seeker_id, Placement.placed_on),
        ).subquery()
        recent = select(activity.c.seeker_id).where(activity.c.on >= cutoff)
        with self.db.unit_of_work(actor=actor) as session:
            ids = list(
                session.scalars(
                    select(JobSeeker.id).where(
                        JobSeeker.anonymized_at.is_(None),
                        JobSeeker.registered_on < cutoff,
                        JobSeeker.id.not_in(recent),
                    )
                )
            )
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                session.execute(
                    update(JobSeeker)
                    .where(JobSeeker.id.in_(chunk))
                    .values(
                        name=ANONYMOUS_NAME,
                        name_initials="",
                        birth_date=None,
                        gender=None,
                        phone=None,
                        address=None,
                        desired_job=None,
                        certificates=None,
                        desired_wage=None,
                        desired_area=None,
                        sms_consent=None,
                        sms_consent_on=None,
                        anonymized_at=utcnow(),
                    )
                )
                session.execute(delete(SeekerCareer).where(SeekerCareer.seeker_id.in_(chunk)))
                session.execute(
                    update(CounselingSession)
                    .where(CounselingSession.seeker_id.in_(chunk))
                    .values(notes=None)
                )
                redact_seekers(session, chunk)
            total = session.scalar(
                select(func.count())
                .select_from(JobSeeker)
                .where(JobSeeker.anonymized_at.is_not(None))
            )
            masked = mask_stored(session)
            write_access(
                session,
                actor,
                AccessAction.PURGE,
                detail=translate(
                    "privacy",
                    "{n} job seekers with no activity for over {years} years anonymized "
                    "(cutoff {cutoff}, {total} in all); "
                    "{masked} numbers that looked like resident registration numbers hidden",
                ).format(
                    n=len(ids), years=years, cutoff=cutoff.isoformat(), total=total, masked=masked
                ),
            )
        return PurgeReport(len(ids), cutoff, backup, masked)


#: Every stored column of free text (what older versions stored unmasked may be there).
FREE_TEXT = (
    (JobSeeker, ("address", "desired_job", "desired_wage", "desired_area", "certificates")),
    (SeekerCareer, ("employer", "job")),
    (Employer, ("name", "industry", "address")),
    (JobOpening, ("occupation", "wage")),
    (CounselingSession, ("notes",)),
    (Referral, ("outcome",)),
    (Placement, ("employer_name", "employment_type")),
    (ImportBatch, ("file_name",)),
)


def mask_stored(session: Session) -> int:
    """Mask resident numbers left in stored free text (written before every field was
    masked), and empty the values of history lines that hold one; how many were found.

    The access log cannot be altered (its lines were masked when written since)."""
    found = 0
    for model, names in FREE_TEXT:
        for name in names:
            column = getattr(model, name)
            changed: list[dict[str, Any]] = []
            rows = session.execute(select(model.id, column).where(column.is_not(None)))
            for record_id, value in rows:
                clean, count = mask_resident_numbers(value)
                if count:
                    found += count
                    changed.append({"id": record_id, name: clean})
            for start in range(0, len(changed), 500):
                session.execute(update(model), changed[start : start + 500])
    lines = session.execute(
        select(RecordChange.id, RecordChange.old_value, RecordChange.new_value).where(
            RecordChange.redacted.is_(False)
        )
    ).all()
    holding = [i for i, old, new in lines if looks_like_resident_number(f"{old} {new}")]
    for start in range(0, len(holding), 500):
        session.execute(
            update(RecordChange)
            .where(RecordChange.id.in_(holding[start : start + 500]))
            .values(old_value=None, new_value=None, redacted=True)
        )
    return found + len(holding)
