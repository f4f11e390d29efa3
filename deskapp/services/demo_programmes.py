"""The demo's employment programmes: each year, the 금천희망취업캠프 and the 일자리카페's
programmes at the plus desk, as the seed reports them.

The camp enrols a class of about 26, most finish and some obtain the certificate; the
일자리카페 runs mentoring, a weekly résumé clinic and a job mentoring series with their
sessions and the people present. The demo's group notes are not counted as 상담, so the
statistics stay those of the records around them.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from datetime import date, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from deskapp.domain.dates import Period
from deskapp.store.models import (
    JobSeeker,
    Programme,
    ProgrammeAttendance,
    ProgrammeEnrolment,
    ProgrammeSession,
    utcnow,
)

#: name, 구분, first month, last month (None: all year), people, sessions, topic
_CAFE = (
    ("공코치의 1:1 멘토링", "멘토링", 5, 11, 35, 11, "1:1 진로·취업 멘토링"),
    ("이력서 및 자소서 클리닉", "클리닉", 1, None, 30, 30, "이력서·자기소개서 첨삭"),
    ("다국적기업 전·현직자 직무 멘토링", "멘토링", 8, 9, 56, 12, "직무 이야기와 질의응답"),
)
_CERTIFICATE = "웹디자인기능사"


def add_programmes(
    session: Session, seed: int, period: Period, desk_id: int, counselor_id: int
) -> dict[str, int]:
    """Write the programmes of every year of ``period`` at the desk ``desk_id``."""
    rng = random.Random(seed * 15_485_863 + 3)
    people = session.execute(
        select(JobSeeker.registered_on, JobSeeker.id)
        .where(JobSeeker.desk_id == desk_id, JobSeeker.void.is_(False))
        .order_by(JobSeeker.registered_on, JobSeeker.id)
    ).all()
    counts = {"programmes": 0, "programme_enrolments": 0, "programme_sessions": 0}
    if not people:
        return counts
    registered = [day for day, _ in people]
    common = {"created_by": counselor_id, "created_at": utcnow(), "void": False}

    def within(day: date) -> date:
        return min(max(day, period.start), period.end)

    def programme(name: str, kind: str, starts: date, ends: date | None, **extra: str) -> int:
        row = Programme(
            name=name, kind=kind, desk_id=desk_id, starts_on=starts, ends_on=ends, **extra, **common
        )
        session.add(row)
        session.flush()
        counts["programmes"] += 1
        return row.id

    def enrol(programme_id: int, days: list[date]) -> list[tuple[date, int]]:
        """One of the desk's people registered by each of ``days`` (none twice):
        (enrolled on, seeker)."""
        taken: set[int] = set()
        rows: list[dict[str, object]] = []
        for day in sorted(days):
            known = bisect_right(registered, day)
            pool = [s for _, s in people[max(0, known - 600) : known] if s not in taken]
            if pool:
                seeker = rng.choice(pool)
                taken.add(seeker)
                rows.append(
                    {
                        "programme_id": programme_id,
                        "seeker_id": seeker,
                        "enrolled_on": day,
                        **common,
                    }
                )
        if rows:
            session.execute(insert(ProgrammeEnrolment), rows)
        counts["programme_enrolments"] += len(rows)
        return [(row["enrolled_on"], row["seeker_id"]) for row in rows]  # type: ignore[misc]

    def sessions(
        programme_id: int, days: list[date], topic: str, enrolled: list[tuple[date, int]]
    ) -> None:
        """Its sessions on ``days``, each with some of the people enrolled by then."""
        attendance = []
        for day in days:
            row = ProgrammeSession(
                programme_id=programme_id,
                held_on=day,
                topic=topic,
                counts_as_session=False,
                **common,
            )
            session.add(row)
            session.flush()
            present = [s for since, s in enrolled if since <= day]
            here = rng.sample(present, round(len(present) * rng.uniform(0.3, 0.8)))
            attendance += [{"programme_session_id": row.id, "seeker_id": s} for s in here]
            counts["programme_sessions"] += 1
        if attendance:
            session.execute(insert(ProgrammeAttendance), attendance)

    for year in range(period.start.year, period.end.year + 1):
        first, last = within(date(year, 1, 1)), within(date(year, 12, 31))
        if (last - first).days < 60:
            continue
        # 금천희망취업캠프: a class of one high school's third year.
        starts, ends = within(date(year, 3, 4)), within(date(year, 12, 20))
        camp = programme(
            f"{year} 금천희망취업캠프",
            "취업캠프",
            starts,
            ends,
            target="고3",
            provider="위탁 전문교육기관",
        )
        enrolled = enrol(camp, [starts] * rng.randint(22, 28))
        finish = min(ends, last)
        entries = session.scalars(
            select(ProgrammeEnrolment).where(ProgrammeEnrolment.programme_id == camp)
        )
        for entry in entries:
            if rng.random() < 0.75 and finish > starts:
                entry.completed_on = finish
                if rng.random() < 0.45:
                    entry.certificate, entry.certified_on = _CERTIFICATE, finish
        camp_days = {within(date(year, m, 10)) for m in range(starts.month, finish.month + 1)}
        held = sorted(d for d in camp_days if starts <= d <= finish)
        sessions(camp, held, "자격증 취득 교육", enrolled)
        # 일자리카페: people join as the programme goes on.
        for name, kind, month, end_month, count, times, topic in _CAFE:
            opens = within(date(year, month, 2))
            # The yearly clinic ends with its year (or the period): each year's is its own,
            # not shown in every later year's report as running with nobody in it.
            closes = within(date(year, end_month, 28)) if end_month else last
            stop = closes
            if stop <= opens:
                continue
            cafe = programme(f"일자리카페 {name}", kind, opens, closes)
            span = (stop - opens).days
            joined = enrol(
                cafe, [opens + timedelta(days=rng.randint(0, span // 2)) for _ in range(count)]
            )
            days = sorted({opens + timedelta(days=span * i // times) for i in range(times)})
            sessions(cafe, days, topic, joined)
    session.flush()
    return counts
