"""Integrity flags, patterns worth a team lead's look: a seeker voided within a day of
registration, a placement with no earlier session or referral, a placement entered over
30 days after it started, and bursts of entries or voids by one account. Shared by the
flags list and the month's check before close."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from deskapp.domain.dates import Period
from deskapp.i18n import noop, translate
from deskapp.store.models import CounselingSession, JobSeeker, Placement, Referral

LATE_ENTRY_DAYS = 30
BURST_WINDOW = timedelta(minutes=10)
BURST_SIZE = 50


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


#: The kinds of flag, in the order lists show them, with their labels (English, with the
#: limits as fields; :func:`flag_label` gives one in the language spoken).
FLAG_LABELS = {
    "voided_registration": noop("integrity", "Job seeker voided within a day of registration"),
    "placement_without_contact": noop(
        "integrity", "Placement without an earlier session or referral"
    ),
    "late_placement": noop(
        "integrity", "Placement entered more than {days} days after its start date"
    ),
    "bulk_edits": noop(
        "integrity", "One account entering or voiding more than {size} records in {minutes} minutes"
    ),
}


def flag_label(kind: str) -> str:
    """The label of a kind of flag in the language spoken."""
    return translate("integrity", FLAG_LABELS[kind]).format(
        days=LATE_ENTRY_DAYS,
        size=BURST_SIZE,
        minutes=int(BURST_WINDOW.total_seconds() // 60),
    )


def flags_in(
    session: Session, period: Period, codes: dict[int, str], names: dict[int, str]
) -> list[Flag]:
    """Every flag raised by records dated (or entered) in ``period``, in a unit of work the
    caller holds (and checked permission for); ``codes`` the desks' codes by id, ``names``
    the accounts' display names by id."""
    flags: list[Flag] = []

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
                    flag_label("voided_registration"),
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
    base = and_(Placement.void.is_(False), Placement.placed_on.between(period.start, period.end))
    for p, name in session.execute(
        select(Placement, JobSeeker.name)
        .join(JobSeeker, JobSeeker.id == Placement.seeker_id)
        .where(base, ~contact, ~referred)
    ):
        flags.append(
            Flag(
                "placement_without_contact",
                flag_label("placement_without_contact"),
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
                    flag_label("late_placement"),
                    codes[p.desk_id],
                    who(p.created_by),
                    "placement",
                    p.id,
                    p.placed_on,
                    translate("integrity", "{name}: entered {days} days later").format(
                        name=name, days=late
                    ),
                )
            )
    flags += _bursts(session, period, codes, who)
    return flags


def _bursts(
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
                    flag_label("bulk_edits"),
                    codes[desk_id],
                    who(user),
                    kind,
                    record_id,
                    at.date(),
                    translate("integrity", "{name}: {count} records in the period").format(
                        name=who(user), count=count
                    ),
                )
            )
    return flags
