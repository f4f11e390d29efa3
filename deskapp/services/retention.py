"""고용유지 현황: the 1-, 3- and 6-month retention checks as a report, counted by the database.

What each cell counts is defined in deskapp/domain/retention.py. Everyone allowed to see
statistics sees the figures of every desk; the people behind a cell are shown to team
leads and administrators for any desk, to counselors for their own desk only (each look
logged). Writing the report out of the application (file, command line) is logged with
its reason: team leads and administrators any desk, counselors their own desk's row
alone and with a reason given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from deskapp.domain import fields
from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.dates import Period
from deskapp.domain.desks import DESKS, desk_by_code
from deskapp.domain.errors import PermissionDenied
from deskapp.domain.records import Role
from deskapp.domain.retention import (
    CHECKPOINTS,
    STATES,
    Checkpoint,
    RetentionCounts,
    RetentionReport,
    check_checkpoint,
    check_state,
    checkpoint_label,
    due_on,
    state_label,
)
from deskapp.i18n import translate
from deskapp.services.audit import write_access
from deskapp.store import retention_queries
from deskapp.store.database import Database

__all__ = ["RetentionPerson", "RetentionService"]


@dataclass(frozen=True)
class RetentionPerson:
    """One person counted in a cell: their first placement at the desk in the period and
    its check at the checkpoint (``checked_on`` None when none is recorded)."""

    seeker_id: int
    name: str
    seeker_no: str
    placement_id: int
    placed_on: date
    due_on: date
    employer: str
    checked_on: date | None
    note: str
    placements: int  # at the desk in the period (2 or more: followed through the first)


class RetentionService:
    """Reads 고용유지 현황 for any period, as of ``today``."""

    def __init__(self, db: Database, today: date | None = None) -> None:
        self.db = db
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    def _report(self, session: Session, period: Period, today: date) -> RetentionReport:
        raw = retention_queries.retention_counts(session, period.start, period.end, today)
        codes = self.db.desk_codes()
        by_code: dict[str, RetentionCounts] = {}
        width = len(STATES)
        for desk_id, values in raw.items():
            checkpoints = tuple(
                Checkpoint(*values[1 + i * width : 1 + (i + 1) * width])
                for i in range(len(CHECKPOINTS))
            )
            by_code[codes[desk_id]] = RetentionCounts(values[0], checkpoints)
        by_desk = {d.code: by_code.get(d.code, RetentionCounts()) for d in DESKS}
        return RetentionReport(period, today, by_desk)

    def report(self, actor: Actor, period: Period) -> RetentionReport:
        """The report for ``period``: every desk and the total."""
        actor.require(Permission.VIEW_STATISTICS)
        today = self.today()
        with self.db.unit_of_work(write=False, actor=actor) as session:
            return self._report(session, period, today)

    def export_report(
        self, actor: Actor, period: Period, reason: str = "", printing: bool = False
    ) -> RetentionReport:
        """The report for writing out of the application, logged with its reason.

        Team leads and administrators: every desk (a reason is logged if given).
        Counselors: their own desk's row alone, and only with a reason.
        """
        if actor.can(Permission.EXPORT_STATISTICS):
            desk = None
            why = reason.strip() or translate("retention", "(not given)")
        else:
            actor.require(Permission.VIEW_STATISTICS)
            if actor.role is not Role.COUNSELOR or actor.desk is None:
                actor.require(Permission.EXPORT_STATISTICS)  # refused, with the usual message
            desk = actor.desk
            why = fields.text(reason, "사유")  # korean-data
        today = self.today()
        action = AccessAction.PRINT if printing else AccessAction.EXPORT
        with self.db.unit_of_work(actor=actor) as session:
            report = self._report(session, period, today)
            if desk is not None:
                report = report.only(desk)
            shown = translate("retention", "all") if desk is None else desk
            write_access(
                session,
                actor,
                action,
                subject_kind="statistics",
                detail=translate(
                    "retention", "Employment retention {period} ({desk}) · reason: {reason}"
                ).format(period=period, desk=shown, reason=why),
            )
        return report

    def drill_down(
        self, actor: Actor, period: Period, desk: str, months: int, state: str
    ) -> list[RetentionPerson]:
        """Exactly the people counted in one cell: ``desk``, checkpoint ``months``, ``state``.

        Counselors see the people of their own desk only; each look is logged."""
        actor.require(Permission.VIEW_STATISTICS)
        code = desk_by_code(desk).code
        check_checkpoint(months)
        check_state(state)
        if actor.role is Role.COUNSELOR and actor.desk != code:
            raise PermissionDenied(
                translate(
                    "retention",
                    "The employment retention details (personal records) of another desk "
                    "cannot be viewed.",
                )
            )
        desk_id = self.db.desk_ids()[code]
        today = self.today()
        with self.db.unit_of_work(actor=actor) as session:
            rows = retention_queries.people_in_cell(
                session, period.start, period.end, today, desk_id, months, state
            )
            people = [
                RetentionPerson(
                    seeker_id,
                    name,
                    seeker_no,
                    placement_id,
                    placed_on,
                    due_on(placed_on, months),
                    employer or "",
                    checked_on,
                    note or "",
                    count,
                )
                for (
                    seeker_id,
                    name,
                    seeker_no,
                    placement_id,
                    placed_on,
                    employer,
                    checked_on,
                    note,
                    count,
                ) in rows
            ]
            write_access(
                session,
                actor,
                AccessAction.VIEW,
                subject_kind="statistics",
                detail=translate(
                    "retention",
                    "Employment retention details {period} {desk} {checkpoint} "
                    "{state} ({n} people)",
                ).format(
                    period=period,
                    desk=code,
                    checkpoint=checkpoint_label(months),
                    state=state_label(state),
                    n=len(people),
                ),
            )
        return people
