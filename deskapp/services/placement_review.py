"""Placement review: placements are listed by desk, counselor and month with how they
were verified and where they came from, and marked reviewed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.dates import Period
from deskapp.i18n import translate
from deskapp.services.audit import write_access
from deskapp.services.rules.names import display_names
from deskapp.store.database import Database
from deskapp.store.models import ImportBatch, JobSeeker, Placement, utcnow


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


class PlacementReviewService:
    """Placements listed for a team lead's review, and marked reviewed."""

    def __init__(self, db: Database) -> None:
        self.db = db

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
            names = display_names(session)
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
                        translate("placement_review", "Imported from {file}").format(file=file_name)
                        if file_name
                        else translate("placement_review", "Entered by hand"),
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
                detail=f"취업 {len(rows)}건 검토 완료",  # korean-data
            )
            return len(rows)
