"""The demo's employer outreach: how the desks found the employers whose openings they took.

Most employers get a first contact (신규 발굴: a visit or an opening found) a little before
their first opening, then calls and visits; some contacts leave a next action, done or
still due. The G밸리 desk signs 구민 우선 채용 협약 with 지식산업센터 and large stores,
as the district's 2019 plan asks.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from deskapp.domain.dates import Period
from deskapp.domain.outreach import ContactKind
from deskapp.store.models import EmployerContact, HiringAgreement, JobOpening, utcnow

_NOTES = {
    ContactKind.VISIT: ("채용 계획 청취", "인사 담당자 면담", "구인 조건 상담", "현장 방문 상담"),
    ContactKind.PHONE: ("구인 진행 상황 확인", "알선자 면접 결과 확인", "추가 채용 문의"),
    ContactKind.OPENING_FOUND: ("신규 구인 접수", "구인표 작성 지원"),
}
_NEXT = ("알선자 면접 일정 확인", "구인 조건 재확인", "채용 결과 확인", "협약 안내")


def add_outreach(
    session: Session,
    seed: int,
    period: Period,
    counselors: dict[int, int],
    gvalley: int,
    today: date,
) -> dict[str, int]:
    """Contacts and agreements for the employers with openings in ``period``;
    ``counselors``: desk id -> the account that makes the desk's contacts; ``gvalley``: the
    desk that signs the agreements."""
    rng = random.Random(seed * 104_729 + 6)
    first = session.execute(
        select(JobOpening.employer_id, JobOpening.desk_id, func.min(JobOpening.registered_on))
        .where(JobOpening.void.is_(False))
        .group_by(JobOpening.employer_id, JobOpening.desk_id)
        .order_by(JobOpening.employer_id, JobOpening.desk_id)
    ).all()
    contacts: list[dict[str, object]] = []
    # Every row has every column (one executemany takes rows of one shape).
    common = {
        "created_at": utcnow(),
        "void": False,
        "next_action": None,
        "next_on": None,
        "next_done_on": None,
    }
    found: set[int] = set()
    for employer_id, desk_id, opened in first:
        if employer_id in found or desk_id not in counselors or rng.random() > 0.7:
            continue
        found.add(employer_id)
        who = counselors[desk_id]
        day = max(period.start, opened - timedelta(days=rng.randint(0, 10)))
        kind = rng.choice((ContactKind.VISIT, ContactKind.OPENING_FOUND))
        contacts.append(
            {
                "employer_id": employer_id,
                "contacted_on": day,
                "kind": kind.value,
                "desk_id": desk_id,
                "counselor_id": who,
                "first_contact": True,
                "note": rng.choice(_NOTES[kind]),
                "created_by": who,
                **common,
            }
        )
        for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
            day += timedelta(days=rng.randint(7, 60))
            if day > min(period.end, today):
                break
            kind = rng.choice((ContactKind.PHONE, ContactKind.PHONE, ContactKind.VISIT))
            row: dict[str, object] = {
                "employer_id": employer_id,
                "contacted_on": day,
                "kind": kind.value,
                "desk_id": desk_id,
                "counselor_id": who,
                "first_contact": False,
                "note": rng.choice(_NOTES[kind]),
                "created_by": who,
                **common,
            }
            if rng.random() < 0.3:
                due = day + timedelta(days=rng.randint(3, 21))
                row["next_action"], row["next_on"] = rng.choice(_NEXT), due
                if due < today - timedelta(days=14) or rng.random() < 0.5:
                    row["next_done_on"] = due
            contacts.append(row)
    if contacts:
        session.execute(insert(EmployerContact), contacts)
    agreements = 0
    partners = sorted(found)
    rng.shuffle(partners)
    for employer_id in partners[:32]:
        signed = period.start + timedelta(days=rng.randint(0, (period.end - period.start).days))
        session.add(
            HiringAgreement(
                employer_id=employer_id,
                signed_on=signed,
                starts_on=signed,
                ends_on=signed + timedelta(days=365 * rng.choice((1, 2))),
                pledged=rng.choice((3, 5, 5, 10, 20)),
                desk_id=gvalley,
                note="구민 우선 채용 협약",
                created_by=counselors[gvalley],
                created_at=utcnow(),
                void=False,
            )
        )
        agreements += 1
    session.flush()
    return {"employer_contacts": len(contacts), "hiring_agreements": agreements}
