"""What follow-up (사후관리) is due, shared by the counselor's worklist and the month's
check before close: placed people due a 1-, 3- or 6-month retention check, referrals
awaiting an outcome, sessions whose 다음연락일 is still to be kept, and people of an
event not hired there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from deskapp.domain.dates import add_months
from deskapp.i18n import translate
from deskapp.store.models import (
    CounselingSession,
    Event,
    EventParticipant,
    JobSeeker,
    Placement,
    Referral,
)

RETENTION_MONTHS = (1, 3, 6)

DEFAULT_NO_CONTACT_DAYS = 30
#: An event's people not hired are followed up a week after it, for three months.
EVENT_FOLLOW_UP_AFTER, EVENT_FOLLOW_UP_DAYS = 7, 90
PENDING_REFERRAL_DAYS = 7


def retention_due(placed_on: date, months: int) -> date:
    """The day a placement's ``months``-month retention check falls due (it is done once a
    RetentionCheck for that placement and ``months`` is recorded)."""
    return add_months(placed_on, months)


def referral_pending() -> tuple[Any, ...]:
    """A referral still awaiting its outcome: live, no outcome or 대기/면접, and no live
    placement recorded from it (due PENDING_REFERRAL_DAYS after it was made)."""
    return (
        Referral.void.is_(False),
        or_(Referral.outcome.is_(None), Referral.outcome.in_(("대기", "면접"))),  # korean-data
        Referral.id.not_in(
            select(Placement.referral_id).where(
                Placement.referral_id.is_not(None), Placement.void.is_(False)
            )
        ),
    )


def contact_due(outer: Any) -> tuple[Any, ...]:
    """A live session (``outer``, an alias of CounselingSession) whose 다음연락일 is still to
    be kept: it has one, and no later live session with that seeker was logged."""
    later = (
        select(CounselingSession.id)
        .where(
            CounselingSession.seeker_id == outer.seeker_id,
            CounselingSession.session_on > outer.session_on,
            CounselingSession.void.is_(False),
        )
        .exists()
    )
    return (outer.void.is_(False), outer.next_contact_on.is_not(None), ~later)


@dataclass(frozen=True)
class WorkItem:
    """One line of a counselor's follow-up worklist."""

    kind: str  # no_contact | referral_pending | retention_due | event_follow_up
    seeker_id: int
    seeker_name: str
    due: date
    detail: str
    record_id: int | None = None
    months: int | None = None
    desk: str = ""  # the desk of the record to follow up (a referral's, a placement's…)
    counselor: str = ""  # the seeker's 담당상담사


def _event_detail(event: str, held_on: date, result: str | None) -> str:
    """The event, its day and the participant's result (stored text) or that there is none."""
    if result:
        return f"{event} ({held_on.isoformat()}) {result}"
    return translate("follow_up", "{event} ({day}) no result").format(
        event=event, day=held_on.isoformat()
    )


def event_follow_ups(
    session: Session,
    desk_id: int | None,
    mine: Any,
    since: date,
    due_by: date,
    codes: dict[int, str] | None = None,
) -> list[WorkItem]:
    """미취업자 사후관리: the people of an event held from ``since`` not hired there, nor
    placed since, nor spoken to since (a session after the event ends it), due a week
    after the event, on or before ``due_by``."""
    placed_since = (
        select(Placement.id)
        .where(
            Placement.seeker_id == EventParticipant.seeker_id,
            Placement.void.is_(False),
            Placement.placed_on >= Event.held_on,
        )
        .exists()
    )
    spoken_since = (
        select(CounselingSession.id)
        .where(
            CounselingSession.seeker_id == EventParticipant.seeker_id,
            CounselingSession.void.is_(False),
            CounselingSession.session_on > Event.held_on,
        )
        .exists()
    )
    query = (
        select(
            EventParticipant.id,
            JobSeeker.id,
            JobSeeker.name,
            Event.name,
            Event.held_on,
            EventParticipant.result,
            JobSeeker.desk_id,
            JobSeeker.counselor_name,
        )
        .join(JobSeeker, JobSeeker.id == EventParticipant.seeker_id)
        .join(Event, Event.id == EventParticipant.event_id)
        .where(
            EventParticipant.void.is_(False),
            Event.void.is_(False),
            JobSeeker.void.is_(False),
            JobSeeker.anonymized_at.is_(None),
            Event.held_on >= since,
            Event.held_on <= due_by - timedelta(days=EVENT_FOLLOW_UP_AFTER),
            EventParticipant.result.is_distinct_from("채용"),  # korean-data
            ~placed_since,
            ~spoken_since,
        )
    )
    if desk_id is not None:
        query = query.where(JobSeeker.desk_id == desk_id)
    if mine is not None:
        query = query.where(mine)
    found = session.execute(query)
    return [
        WorkItem(
            "event_follow_up",
            seeker_id,
            name,
            held_on + timedelta(days=EVENT_FOLLOW_UP_AFTER),
            _event_detail(event, held_on, result),
            entry_id,
            desk=(codes or {}).get(desk, ""),
            counselor=counselor or "",
        )
        for entry_id, seeker_id, name, event, held_on, result, desk, counselor in found
    ]
