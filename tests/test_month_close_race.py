"""A month's close and the writes dated in it never cross: a write in flight holds the
close back until it commits (and is counted), a write after the close is refused, and
``deskapp check`` tells when a closed month's records no longer give its frozen figures."""

from __future__ import annotations

import threading
import time
from datetime import date
from typing import SupportsInt, cast

import pytest
from conftest import PASSWORD, counselor_at, rows
from sqlalchemy import text

from deskapp.domain.access import Actor
from deskapp.domain.commands import LogSession, RegisterSeeker
from deskapp.domain.errors import ValidationError
from deskapp.domain.records import Role
from deskapp.services.rules.month_lock import refuse_if_closed
from deskapp.services.workspace import Workspace
from deskapp.store.models import CounselingSession

SEPTEMBER = date(2018, 9, 14)


def _frozen_sessions(workspace: Workspace) -> int:
    import json

    (frozen,) = rows(workspace, "SELECT frozen FROM month_closes")[0]
    return int(json.loads(str(frozen))["plus"]["sessions"])


def _sessions(workspace: Workspace) -> int:
    return int(cast(SupportsInt, rows(workspace, "SELECT count(*) FROM counseling_sessions")[0][0]))


def test_a_write_in_flight_holds_the_close_back_and_is_counted(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    number = workspace.records.register_seeker(
        plus, RegisterSeeker(name="홍길동", registered_on=date(2018, 9, 3), consented=True)
    ).number
    seeker_id = int(cast(SupportsInt, rows(workspace, "SELECT id FROM job_seekers")[0][0]))
    written, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def write_slowly() -> None:
        """A writing unit that checked the month and wrote, and has not committed yet."""
        try:
            with workspace.db.unit_of_work() as session:
                refuse_if_closed(session, SEPTEMBER)
                desk_id = workspace.db.desk_ids()["plus"]
                session.add(
                    CounselingSession(
                        seeker_id=seeker_id,
                        session_on=SEPTEMBER,
                        desk_id=desk_id,
                        created_by=plus.user_id,
                    )
                )
                session.flush()
                written.set()
                release.wait(10)
        except BaseException as error:  # reported by the test below
            errors.append(error)

    writer = threading.Thread(target=write_slowly)
    writer.start()
    assert written.wait(10)
    closing = threading.Thread(target=lambda: workspace.month_close.close_month(team_lead, 2018, 9))
    closing.start()
    time.sleep(0.5)
    assert closing.is_alive(), "the close went ahead while a write of its month was open"
    release.set()
    writer.join(10)
    closing.join(30)
    assert not errors and not closing.is_alive()
    assert (_sessions(workspace), _frozen_sessions(workspace)) == (1, 1)
    assert workspace.check.run().closes == []
    # After the close, a write dated in the month is refused.
    with pytest.raises(ValidationError, match="마감"):
        workspace.records.log_session(plus, LogSession(number, SEPTEMBER))


def test_writes_racing_a_close_never_land_behind_it(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    """Four counselors logging September sessions as fast as they can while the team lead
    closes September: whatever each saw, the frozen figure equals the records."""
    actors = [
        workspace.accounts.create_user(admin, f"c{i}", PASSWORD, Role.COUNSELOR, desk="plus")
        for i in range(4)
    ]
    number = workspace.records.register_seeker(
        actors[0], RegisterSeeker(name="홍길동", registered_on=date(2018, 9, 3), consented=True)
    ).number
    start = threading.Barrier(len(actors) + 1)
    refused = [0] * len(actors)

    def keep_writing(i: int) -> None:
        start.wait()
        for _ in range(15):
            try:
                workspace.records.log_session(actors[i], LogSession(number, SEPTEMBER))
            except ValidationError:
                refused[i] += 1

    threads = [threading.Thread(target=keep_writing, args=(i,)) for i in range(len(actors))]
    for thread in threads:
        thread.start()
    start.wait()
    time.sleep(0.05)
    workspace.month_close.close_month(team_lead, 2018, 9)
    for thread in threads:
        thread.join(60)
    assert _sessions(workspace) == _frozen_sessions(workspace)
    assert _sessions(workspace) + sum(refused) == 4 * 15
    assert workspace.check.run().closes == []


def test_check_reports_a_closed_month_whose_records_moved(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    number = workspace.records.register_seeker(
        plus, RegisterSeeker(name="홍길동", registered_on=date(2018, 9, 3), consented=True)
    ).number
    workspace.records.log_session(plus, LogSession(number, SEPTEMBER))
    workspace.month_close.close_month(team_lead, 2018, 9)
    assert workspace.check.run().ok
    with workspace.db.engine.begin() as connection:  # behind deskapp's back
        connection.execute(text("UPDATE counseling_sessions SET void = TRUE"))
    report = workspace.check.run()
    assert report.closes == [
        "2018년 9월 일자리플러스센터 sessions: 마감 수치 1 ≠ 지금 기록 0 "
        "(마감 뒤에 기록이 바뀌었습니다)"
    ]
    assert not report.ok
    assert "마감: 2018년 9월 일자리플러스센터 sessions" in report.lines()[-1]
