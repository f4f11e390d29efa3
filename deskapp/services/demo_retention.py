"""The demo's 고용유지 확인: the 1-, 3- and 6-month checks the desks made on their placements.

Most checks fall due and are made within two weeks of their day, by the account of the
desk that placed the person; some are still missing (미확인). Fewer people are still
employed at each later check, as the district's follow-up finds.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.domain.dates import add_months
from deskapp.domain.retention import CHECKPOINTS
from deskapp.store.bulk import BulkWriter
from deskapp.store.models import Placement

#: Of the checks due, the share made; of those made, the share still employed.
_MADE = {1: 0.85, 3: 0.75, 6: 0.65}
_EMPLOYED = {1: 0.92, 3: 0.82, 6: 0.74}
_LEFT_NOTES = ("자발적 이직", "계약 만료", "건강 문제로 퇴사", "다른 업체로 이직")
_COLUMNS = ("placement_id", "months", "checked_on", "employed", "note", "checked_by")


def add_retention(
    session: Session, seed: int, today: date, counselors: dict[int, int]
) -> dict[str, int]:
    """Checks on the live placements whose checks fell due by ``today``; ``counselors``:
    desk id -> the account that makes the desk's checks."""
    rng = random.Random(seed * 7_919 + 15)
    placements = session.execute(
        select(Placement.id, Placement.placed_on, Placement.desk_id)
        .where(Placement.void.is_(False))
        .order_by(Placement.id)
    ).all()
    writer = BulkWriter(session.connection())

    def checks() -> Iterator[tuple[object, ...]]:
        for placement_id, placed_on, desk_id in placements:
            still, before = True, 1.0
            for months in CHECKPOINTS:
                due = add_months(placed_on, months)
                if due > today or rng.random() > _MADE[months]:
                    continue
                checked = min(today, due + timedelta(days=rng.randint(0, 14)))
                # Still employed at this check, given what the last one would have found.
                still = still and rng.random() < _EMPLOYED[months] / before
                before = _EMPLOYED[months]
                note = None if still else rng.choice(_LEFT_NOTES)
                yield (
                    placement_id,
                    months,
                    writer.day(checked),
                    still,
                    note,
                    counselors.get(desk_id),
                )

    made = writer.write("retention_checks", _COLUMNS, checks())
    return {"retention_checks": made}
