"""What is unfinished in a month before a team lead closes it (마감 전 점검).

Three groups, each computed with a few filtered queries in the caller's unit of work:

- 미검토 취업 (``unreviewed``): live placements dated in the month that no team lead has
  marked reviewed (``reviewed_at`` empty).
- 기한 지난 사후관리 (``overdue``): follow-ups of the follow-up worklist whose due day lies
  in the month and that are still not done now, by the worklist's own rules
  (``deskapp.services.rules.follow_up``):

  - ``retention_due``: a live placement's 1-, 3- or 6-month retention check
    (``retention_due``) falling due in the month with no check of that length recorded;
    it falls due in month M exactly when the placement is dated in month M-1, M-3 or
    M-6 (the due day is the same day that many months on, clamped to the month's end).
  - ``next_contact``: a live session whose 다음연락일 lies in the month and no later live
    session with that seeker was logged (``contact_due``; the 다시 연락할 사람 list).
  - ``referral_pending``: a referral awaiting its outcome (``referral_pending``: no
    outcome or 대기/면접, no placement from it) made PENDING_REFERRAL_DAYS before a day of
    the month.
  - ``event_follow_up``: a person of an event not hired there, nor placed nor spoken to
    since, whose follow-up (a week after the event) falls due in the month.

  The worklist's 연락 없음 (no contact for 30 days) is not here: it depends on today,
  not on the month.
- 점검 신호 (``flags``): the integrity flags (``deskapp.services.rules.integrity``) of
  the calendar month.

Each item keeps the ids, the seeker's name (as the 취업 검토 list shows it, resident
numbers masked), the desk, the day and what is unfinished.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from deskapp.domain.dates import Period, add_months
from deskapp.domain.desks import DESKS
from deskapp.domain.privacy import mask
from deskapp.i18n import Translated, noop, translate
from deskapp.services.rules.follow_up import (
    EVENT_FOLLOW_UP_AFTER,
    PENDING_REFERRAL_DAYS,
    RETENTION_MONTHS,
    contact_due,
    event_follow_ups,
    referral_pending,
    retention_due,
)
from deskapp.services.rules.integrity import Flag
from deskapp.store.models import (
    CounselingSession,
    JobSeeker,
    Placement,
    Referral,
    RetentionCheck,
)

#: The three groups: attribute and title (shown in the language spoken).
GROUPS = (
    ("unreviewed", Translated("month_check", noop("month_check", "Unreviewed placements"))),
    ("overdue", Translated("month_check", noop("month_check", "Overdue follow-ups"))),
    ("flags", Translated("month_check", noop("month_check", "Review flags"))),
)


@dataclass(frozen=True)
class Unfinished:
    """One unfinished thing of a month."""

    kind: str  # unreviewed | retention_due | next_contact | referral_pending | event_follow_up
    # | a flag's kind (voided_registration, placement_without_contact, ...)
    record_kind: str  # placement | session | referral | event_participant | job_seeker ...
    record_id: int
    seeker_id: int | None
    seeker_name: str
    desk: str
    on: date  # the placement's day, the follow-up's due day or the flag's day
    what: str


@dataclass(frozen=True)
class MonthUnfinished:
    """What is unfinished in a month, in three groups, each by desk, day and id."""

    year: int
    month: int
    unreviewed: tuple[Unfinished, ...]
    overdue: tuple[Unfinished, ...]
    flags: tuple[Unfinished, ...]

    @property
    def count(self) -> int:
        return len(self.unreviewed) + len(self.overdue) + len(self.flags)

    @property
    def empty(self) -> bool:
        return self.count == 0

    def group(self, name: str) -> tuple[Unfinished, ...]:
        """One group by its attribute's name (see GROUPS)."""
        items: tuple[Unfinished, ...] = getattr(self, name)
        return items

    @staticmethod
    def by_desk(items: tuple[Unfinished, ...]) -> dict[str, int]:
        """How many of ``items`` each desk has (desks with none left out), in desk order."""
        counts = Counter(i.desk for i in items)
        return {d.code: counts[d.code] for d in DESKS if counts[d.code]}


_DESK_ORDER = {d.code: i for i, d in enumerate(DESKS)}


def _sorted(items: list[Unfinished]) -> tuple[Unfinished, ...]:
    return tuple(
        sorted(items, key=lambda i: (_DESK_ORDER.get(i.desk, 99), i.on, i.kind, i.record_id))
    )


def collect(
    session: Session,
    year: int,
    month: int,
    codes: dict[int, str],
    names: dict[int, str],
    flags: list[Flag],
) -> MonthUnfinished:
    """The month's unfinished items (``codes``: desk codes by id; ``names``: account names
    by id; ``flags``: the month's flags, read in the same unit)."""
    period = Period.month(year, month)
    start, end = period.start, period.end
    seeker_name = JobSeeker.name

    unreviewed = [
        Unfinished(
            "unreviewed",
            "placement",
            pid,
            sid,
            mask(name) or "",
            codes[desk_id],
            day,
            translate("month_check", "Unreviewed placement ({kind}, entered by {user})").format(
                kind=kind, user=names.get(by or -1, "?")
            ),
        )
        for pid, sid, name, desk_id, day, kind, by in session.execute(
            select(
                Placement.id,
                Placement.seeker_id,
                seeker_name,
                Placement.desk_id,
                Placement.placed_on,
                Placement.kind,
                Placement.created_by,
            )
            .join(JobSeeker, JobSeeker.id == Placement.seeker_id)
            .where(
                Placement.void.is_(False),
                Placement.placed_on.between(start, end),
                Placement.reviewed_at.is_(None),
            )
        )
    ]

    overdue: list[Unfinished] = []
    for months in RETENTION_MONTHS:
        placed = Period.month(add_months(start, -months).year, add_months(start, -months).month)
        checked = (
            select(RetentionCheck.id)
            .where(RetentionCheck.placement_id == Placement.id, RetentionCheck.months == months)
            .exists()
        )
        for pid, sid, name, desk_id, day in session.execute(
            select(
                Placement.id,
                Placement.seeker_id,
                seeker_name,
                Placement.desk_id,
                Placement.placed_on,
            )
            .join(JobSeeker, JobSeeker.id == Placement.seeker_id)
            .where(
                Placement.void.is_(False),
                Placement.placed_on.between(placed.start, placed.end),
                ~checked,
            )
        ):
            overdue.append(
                Unfinished(
                    "retention_due",
                    "placement",
                    pid,
                    sid,
                    mask(name) or "",
                    codes[desk_id],
                    retention_due(day, months),
                    translate(
                        "month_check", "Placement {date}: {months}-month retention not checked"
                    ).format(date=day.isoformat(), months=months),
                )
            )

    outer = aliased(CounselingSession)
    for cid, sid, name, desk_id, day, due in session.execute(
        select(
            outer.id,
            outer.seeker_id,
            seeker_name,
            outer.desk_id,
            outer.session_on,
            outer.next_contact_on,
        )
        .join(JobSeeker, JobSeeker.id == outer.seeker_id)
        .where(*contact_due(outer), outer.next_contact_on.between(start, end))
    ):
        overdue.append(
            Unfinished(
                "next_contact",
                "session",
                cid,
                sid,
                mask(name) or "",
                codes[desk_id],
                due or day,
                translate(
                    "month_check",
                    "Session {date}: next contact date passed, no session since",
                ).format(date=day.isoformat()),
            )
        )

    wait = timedelta(days=PENDING_REFERRAL_DAYS)
    for rid, sid, name, desk_id, day in session.execute(
        select(Referral.id, Referral.seeker_id, seeker_name, Referral.desk_id, Referral.referred_on)
        .join(JobSeeker, JobSeeker.id == Referral.seeker_id)
        .where(*referral_pending(), Referral.referred_on.between(start - wait, end - wait))
    ):
        overdue.append(
            Unfinished(
                "referral_pending",
                "referral",
                rid,
                sid,
                mask(name) or "",
                codes[desk_id],
                day + wait,
                translate("month_check", "Referral {date}: result pending").format(
                    date=day.isoformat()
                ),
            )
        )

    after = timedelta(days=EVENT_FOLLOW_UP_AFTER)
    follow_ups = event_follow_ups(session, None, None, start - after, end)
    if follow_ups:
        seekers = {i.seeker_id for i in follow_ups}
        desks = {
            seeker_id: desk_id
            for seeker_id, desk_id in session.execute(
                select(JobSeeker.id, JobSeeker.desk_id).where(JobSeeker.id.in_(seekers))
            )
        }
        for item in follow_ups:
            overdue.append(
                Unfinished(
                    "event_follow_up",
                    "event_participant",
                    item.record_id or 0,
                    item.seeker_id,
                    mask(item.seeker_name) or "",
                    codes[desks[item.seeker_id]],
                    item.due,
                    translate(
                        "month_check", "Follow-up of an event participant not placed: {detail}"
                    ).format(detail=item.detail),
                )
            )

    flagged = [
        Unfinished(
            f.kind,
            f.record_kind,
            f.record_id,
            None,
            "",
            f.desk,
            f.on,
            f"{f.label}: {mask(f.detail) or ''}",
        )
        for f in flags
    ]
    return MonthUnfinished(year, month, _sorted(unreviewed), _sorted(overdue), _sorted(flagged))
