"""The closed-month rule every writing service keeps: a month a team lead closed holds
its records as they were counted until it is reopened (with a reason).

A close and the writes dated in its month are serialised on the month: on SQLite a
writing unit already holds the database's write lock; on PostgreSQL a write takes a
shared lock on each month it writes in (held to its commit) before it reads which
months are closed, and a close or reopen takes that month's lock exclusively. So a
write either commits before the close counts, or sees the close and is refused.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from deskapp.domain.errors import ValidationError
from deskapp.i18n import translate
from deskapp.store.models import MonthClose

#: The first key of PostgreSQL's two-key advisory locks taken on months (any fixed number
#: that no other lock of the application uses).
_MONTH_LOCKS = 0x0D35C


def lock_months(session: Session, *days: date | None, exclusive: bool = False) -> None:
    """Hold the months of ``days`` until the unit of work ends (PostgreSQL; on SQLite the
    writing unit holds the database's write lock already)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    # The rest runs on the server only, where racing writers test it (test_month_close_race.py);
    # `make mutate` runs the SQLite tests, which cannot tell a lock taken from one left out.
    # pragma: no mutate start
    months = sorted({d.year * 100 + d.month for d in days if d is not None})
    function = "pg_advisory_xact_lock" if exclusive else "pg_advisory_xact_lock_shared"
    for month in months:  # always in the same order: two units never wait on each other
        session.execute(
            text(f"SELECT {function}(:kind, :month)"), {"kind": _MONTH_LOCKS, "month": month}
        )
    # pragma: no mutate end


def closed_months(session: Session) -> set[tuple[int, int]]:
    """The months closed now (not reopened)."""
    rows = session.execute(
        select(MonthClose.year, MonthClose.month).where(MonthClose.reopened_at.is_(None))
    )
    return {(int(y), int(m)) for y, m in rows}


def closed_message(day: date) -> str:
    """Why a record of ``day``'s month cannot be written, and how to make it possible."""
    return translate(
        "months",
        "{month}/{year} is closed: its records cannot be added or changed. A team lead can "
        "reopen it (Review › Month close › Reopen month…, or "
        "deskapp reopen --year {year} --month {month} --reason REASON).",
    ).format(year=day.year, month=day.month)


def refuse_if_closed(session: Session, *days: date | None) -> None:
    """ValidationError when any of ``days`` falls in a closed month (the months are held
    until the unit of work ends, so that no close slips in before it commits)."""
    lock_months(session, *days)
    closed = closed_months(session)
    for day in days:
        if day is not None and (day.year, day.month) in closed:
            raise ValidationError("마감", closed_message(day))  # korean-data
