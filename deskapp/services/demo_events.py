"""The demo's hiring events (ARCHITECTURE.md): each year, the seed's mix at the plus desk.

Four job fairs run by partner organisations (their totals only, as they report them), ten
small 일구데이 at 지식산업센터, the 구청 and the 기업시민청, and three joint 일구데이 with the
neighbouring districts, with employers recruiting and the desk's own seekers taking part.
A hire at an event is one of the desk's placements of that day, marked 행사취업: the
demo's statistics stay those of the records around them.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from deskapp.domain.dates import Period
from deskapp.domain.events import HIRED, EventKind
from deskapp.domain.records import PlacementKind
from deskapp.store.models import (
    Employer,
    Event,
    EventEmployer,
    EventParticipant,
    JobSeeker,
    Placement,
    utcnow,
)

_FAIRS = (
    ("G밸리 상반기 우수기업 채용박람회", "한국산업단지공단", 4, 620, 180, 4),
    ("서울 여성 일자리 박람회", "남부여성발전센터", 5, 300, 100, 5),
    ("금천구 취업박람회", "금천구", 9, 1000, 120, 18),
    ("G밸리 하반기 우수기업 채용박람회", "한국산업단지공단", 10, 480, 135, 1),
)  # name, organizer, month, 참여, 면접, 채용 (around these)
_SMALL_VENUES = (
    ("지식산업센터", "SK V1 center", 2),
    ("지식산업센터", "에이스하이엔드타워", 2),
    ("지식산업센터", "대륭포스트타워", 2),
    ("지식산업센터", "현대지식산업센터", 1),
    ("구 청", "금천구청 세미나실", 2),
    ("기업시민청", "기업시민청", 1),
)
_JOINT = (("금천구청", False), ("관악구청", True), ("동작구청", True))  # venue, host's totals


def add_events(
    session: Session, seed: int, period: Period, desk_id: int, counselor_id: int
) -> dict[str, int]:
    """Write the events of every year of ``period`` for the desk ``desk_id``; the rows
    written per table."""
    rng = random.Random(seed * 7919 + 14)
    employers = list(
        session.scalars(select(Employer.id).where(Employer.void.is_(False)).order_by(Employer.id))
    )
    seekers = session.execute(
        select(JobSeeker.registered_on, JobSeeker.id)
        .where(JobSeeker.desk_id == desk_id, JobSeeker.void.is_(False))
        .order_by(JobSeeker.registered_on, JobSeeker.id)
    ).all()
    placed: dict[date, list[tuple[int, int]]] = defaultdict(list)
    for placement_id, seeker_id, day in session.execute(
        select(Placement.id, Placement.seeker_id, Placement.placed_on)
        .where(
            Placement.desk_id == desk_id,
            Placement.void.is_(False),
            Placement.kind == PlacementKind.SELF.value,  # found at an event, not referred
        )
        .order_by(Placement.id)
    ):
        placed[day].append((placement_id, seeker_id))
    days = sorted(placed)
    if not employers or not seekers or not days:
        return {"events": 0, "event_employers": 0, "event_participants": 0}
    registered = [day for day, _ in seekers]
    common = {"created_by": counselor_id, "created_at": utcnow(), "void": False}
    counts = {"events": 0, "event_employers": 0, "event_participants": 0}
    used: set[int] = set()

    def event(number: str, name: str, kind: EventKind, day: date, **extra: Any) -> Event:
        row = Event(
            event_no=number,
            name=name,
            kind=kind.value,
            held_on=day,
            desk_id=desk_id,
            **extra,
            **common,
        )
        session.add(row)
        session.flush()
        counts["events"] += 1
        return row

    def take_part(row: Event, companies: int, recruits: tuple[int, ...]) -> None:
        for employer in rng.sample(employers, min(companies, len(employers))):
            session.add(
                EventEmployer(
                    event_id=row.id, employer_id=employer, recruits=rng.choice(recruits), **common
                )
            )
            counts["event_employers"] += 1

    def people(row: Event, count: int) -> None:
        """``count`` of the desk's seekers registered by the day; those placed that day hired."""
        free = [p for p in placed.get(row.held_on, []) if p[0] not in used]
        hires = free[: max(1, count // 4)]  # a placement is one event's hire at most
        used.update(placement_id for placement_id, _ in hires)
        hired = {seeker for _, seeker in hires}
        known = bisect_right(registered, row.held_on)
        others = [s for _, s in seekers[max(0, known - 400) : known] if s not in hired]
        chosen = rng.sample(others, min(len(others), max(0, count - len(hires))))
        for placement_id, seeker in hires:
            session.add(
                EventParticipant(
                    event_id=row.id,
                    seeker_id=seeker,
                    interviewed=True,
                    result=HIRED,
                    placement_id=placement_id,
                    **common,
                )
            )
            session.execute(
                update(Placement)
                .where(Placement.id == placement_id)
                .values(kind=PlacementKind.EVENT.value)
            )
        for seeker in chosen:
            interviewed = rng.random() < 0.85
            result = rng.choice(("불합격", "불합격", "대기", "1차합격")) if interviewed else None
            session.add(
                EventParticipant(
                    event_id=row.id,
                    seeker_id=seeker,
                    interviewed=interviewed,
                    result=result,
                    **common,
                )
            )
        counts["event_participants"] += len(hires) + len(chosen)

    for year in range(period.start.year, period.end.year + 1):
        in_year = [d for d in days if d.year == year and period.start <= d <= period.end]
        if len(in_year) < 14:
            continue
        for n, (name, organizer, month, came, seen, hired) in enumerate(_FAIRS, start=1):
            candidates = [d for d in in_year if d.month == month] or in_year
            came = round(came * rng.uniform(0.8, 1.2))
            event(
                f"EV{year}-F{n}",
                name,
                EventKind.JOB_FAIR,
                rng.choice(candidates),
                organizer=organizer,
                venue=None,
                venue_type=None,
                reported_participants=came,
                reported_interviewed=min(came, round(seen * rng.uniform(0.8, 1.2))),
                reported_hired=max(0, hired + rng.randint(-1, 2)),
            )
        small_days = sorted(rng.sample(in_year, 10))
        venues = [v for v in _SMALL_VENUES for _ in range(v[2])]
        rng.shuffle(venues)
        for n, (day, (venue_type, venue, _)) in enumerate(zip(small_days, venues, strict=False)):
            row = event(
                f"EV{year}-D{n + 1:02d}",
                f"{year} 소규모 일구데이 {n + 1}회",
                EventKind.ILGU_DAY,
                day,
                organizer="금천구",
                venue=venue,
                venue_type=venue_type,
            )
            take_part(row, rng.choice((1, 1, 1, 2)), (1, 2, 2, 3, 5))
            people(row, rng.randint(4, 8))
        joint_days = sorted(rng.sample(in_year, 3))
        for n, (day, (venue, hosted)) in enumerate(zip(joint_days, _JOINT, strict=True)):
            row = event(
                f"EV{year}-J{n + 1}",
                f"{year} 합동 일구데이 ({venue})",
                EventKind.JOINT_ILGU_DAY,
                day,
                organizer="금천·관악·동작",
                venue=venue,
                venue_type="구 청",
            )
            take_part(row, 12, (3, 4, 5, 6, 7))
            if hosted:  # the host district reports its totals
                seen = rng.randint(35, 80)
                row.reported_participants = row.reported_interviewed = seen
                row.reported_hired = rng.randint(5, 15)
            else:
                people(row, rng.randint(30, 60))
    session.flush()
    return counts
