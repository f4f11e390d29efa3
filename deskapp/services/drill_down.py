"""Drill-down: any cell of the table opens the records counted in it (people for
취업자수); a breakdown's cell filters the breakdown's own statement, so a cell and
its records always agree.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func, select

from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.breakdown import BREAKDOWN_KEYS, Dimension
from deskapp.domain.dates import Period
from deskapp.domain.desks import desk_by_code
from deskapp.domain.errors import PermissionDenied, ValidationError
from deskapp.domain.korean import particle
from deskapp.domain.records import Role
from deskapp.domain.stats import DrillRow
from deskapp.i18n import translate
from deskapp.services.audit import write_access
from deskapp.store import breakdown_queries
from deskapp.store.database import Database
from deskapp.store.models import CounselingSession, JobOpening, JobSeeker, Placement, Referral


class DrillDownService:
    """The records behind one cell of the statistics table or of a breakdown."""

    def __init__(self, db: Database) -> None:
        self.db = db

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
            raise PermissionDenied(
                translate(
                    "drill_down",
                    "Another desk's statistics details (personal records) cannot be viewed.",
                )
            )
        the_desk = desk_by_code(desk)
        desk_id = self.db.desk_ids()[the_desk.code]
        between = (period.start, period.end)
        rows: list[DrillRow] = []
        if (
            by is Dimension.COUNSELOR
            and actor.role is Role.COUNSELOR
            and value != actor.display_name
        ):
            raise PermissionDenied(
                translate("drill_down", "Another counselor's performance details cannot be viewed.")
            )
        if by is not None and measure not in BREAKDOWN_KEYS:
            raise ValidationError(
                "지표",  # korean-data
                translate(
                    "drill_down", "'{measure}' is not a measure that can be broken down."
                ).format(measure=measure, measure_josa=particle(measure, "은/는")),
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
                            translate("drill_down", "{number} · hiring {count}").format(
                                number=o.opening_no, count=o.headcount
                            ),
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
                    detail = (
                        translate("drill_down", "{count} placements").format(count=count)
                        if count > 1
                        else ""
                    )
                    rows.append(
                        DrillRow("placement", first_id, first, desk, seeker_id, name, detail)
                    )
            else:
                raise ValidationError(
                    "지표",  # korean-data
                    translate("drill_down", "'{measure}' is not a measure.").format(
                        measure=measure, measure_josa=particle(measure, "은/는")
                    ),
                )
            write_access(
                session,
                actor,
                AccessAction.VIEW,
                subject_kind="statistics",
                detail=f"통계 상세 {period} {desk} {measure}"  # korean-data
                + (f" {by.label} '{value}'" if by is not None else "")
                + f" ({len(rows)}건)",  # korean-data
            )
        return rows
