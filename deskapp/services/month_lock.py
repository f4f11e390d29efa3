"""The closed-month rule every writing service keeps: a month a team lead closed holds
its records as they were counted until it is reopened (with a reason)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.domain.errors import ValidationError
from deskapp.store.models import MonthClose


def closed_months(session: Session) -> set[tuple[int, int]]:
    """The months closed now (not reopened)."""
    rows = session.execute(
        select(MonthClose.year, MonthClose.month).where(MonthClose.reopened_at.is_(None))
    )
    return {(int(y), int(m)) for y, m in rows}


def closed_message(day: date) -> str:
    """Why a record of ``day``'s month cannot be written, and how to make it possible."""
    return (
        f"{day.year}년 {day.month}월은 마감되어 그 달의 기록을 더하거나 바꿀 수 없습니다. "
        "팀장이 마감을 풀면 됩니다 (검토 › 월 마감 › 마감 해제, 또는 "
        f"deskapp reopen --year {day.year} --month {day.month} --reason 사유)."
    )


def refuse_if_closed(session: Session, *days: date | None) -> None:
    """ValidationError when any of ``days`` falls in a closed month."""
    closed = closed_months(session)
    for day in days:
        if day is not None and (day.year, day.month) in closed:
            raise ValidationError("마감", closed_message(day))
