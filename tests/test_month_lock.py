"""The closed-month rule itself (deskapp/services/rules/month_lock.py), in the caller's unit of
work: which months are closed, which days it refuses and with what message. The services'
use of it is tried write by write in test_closed_month_writes.py."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import SQLITE_ONLY

from deskapp import i18n
from deskapp.domain.access import Actor
from deskapp.domain.errors import ValidationError
from deskapp.services.rules.month_lock import (
    closed_message,
    closed_months,
    lock_months,
    refuse_if_closed,
)
from deskapp.services.workspace import Workspace


def _closed(workspace: Workspace) -> set[tuple[int, int]]:
    with workspace.db.unit_of_work(write=False) as session:
        return closed_months(session)


def test_the_closed_months_are_those_closed_and_not_reopened(
    workspace: Workspace, team_lead: Actor
) -> None:
    assert _closed(workspace) == set()
    workspace.month_close.close_month(team_lead, 2018, 8)
    workspace.month_close.close_month(team_lead, 2018, 9)
    assert _closed(workspace) == {(2018, 8), (2018, 9)}
    workspace.month_close.reopen_month(team_lead, 2018, 9, "연락처 정정")
    assert _closed(workspace) == {(2018, 8)}
    workspace.month_close.close_month(team_lead, 2018, 9)  # closed again after the reopening
    assert _closed(workspace) == {(2018, 8), (2018, 9)}


def test_a_day_in_a_closed_month_is_refused_whichever_of_the_days_it_is(
    workspace: Workspace, team_lead: Actor
) -> None:
    workspace.month_close.close_month(team_lead, 2018, 9)
    with workspace.db.unit_of_work() as session:
        # Open months, the day before and after, and no day at all pass.
        refuse_if_closed(session)
        refuse_if_closed(session, None, date(2018, 8, 31), date(2018, 10, 1), None)
        refuse_if_closed(session, date(2017, 9, 15))  # the same month of another year
        for days in (
            (date(2018, 9, 1),),
            (date(2018, 9, 30),),
            (None, date(2018, 10, 1), date(2018, 9, 12)),
        ):
            with pytest.raises(ValidationError) as refused:
                refuse_if_closed(session, *days)
            assert refused.value.field == "마감"
            assert refused.value.message == closed_message(date(2018, 9, 12))


def test_the_refusal_names_the_month_and_how_to_reopen_it() -> None:
    assert closed_message(date(2018, 9, 30)) == (
        "2018년 9월은 마감되어 그 달의 기록을 더하거나 바꿀 수 없습니다. 팀장이 마감을 풀면 "
        "됩니다 (검토 › 월 마감 › 마감 해제, 또는 "
        "deskapp reopen --year 2018 --month 9 --reason 사유)."
    )
    i18n.set_language("en")
    assert closed_message(date(2017, 12, 1)) == (
        "12/2017 is closed: its records cannot be added or changed. A team lead can "
        "reopen it (Review › Month close › Reopen month…, or "
        "deskapp reopen --year 2017 --month 12 --reason REASON)."
    )


@SQLITE_ONLY  # the server's month locks are raced in test_month_close_race.py
def test_on_sqlite_the_months_are_held_by_the_write_lock_alone(workspace: Workspace) -> None:
    """On SQLite the writing unit holds the whole database: no advisory lock is sent (the
    server's functions do not exist there, so sending one would fail)."""
    with workspace.db.unit_of_work() as session:
        lock_months(session, date(2018, 9, 1), None, exclusive=True)
        lock_months(session, date(2018, 9, 1))
