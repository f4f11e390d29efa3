"""Nothing lost: a writer killed at random moments, and two writers at once.

The writers are real processes on a real SQLite file. After each SIGKILL the
database must pass the integrity check and every unit of work must be whole
or absent: an import has all its rows or none, a logged session has its
access-log line and the log has no line for a session that is not there.
"""

from __future__ import annotations

import random
import signal
import time
from pathlib import Path

import pytest
from conftest import SQLITE_ONLY, counselor_at, rows
from sqlalchemy import func, select
from writer_child import Writer

from deskapp.domain.access import Actor
from deskapp.services.workspace import Workspace
from deskapp.store.chain import verify_chains
from deskapp.store.models import AccessLog, CounselingSession, ImportBatch, JobSeeker

KILLS = 24


def _start(db: Path | str, name: str, mode: str, seconds: float) -> Writer:
    return Writer(db, name, mode, seconds)


def _check_whole(workspace: Workspace) -> tuple[int, int]:
    """Integrity, and every unit whole or absent; returns (sessions, imported rows)."""
    assert rows(workspace, "PRAGMA integrity_check") == [("ok",)]
    assert rows(workspace, "PRAGMA foreign_key_check") == []
    with workspace.db.unit_of_work(write=False) as session:
        batches = session.execute(select(ImportBatch.id, ImportBatch.row_count)).all()
        for batch_id, row_count in batches:
            seekers = session.scalar(select(func.count()).where(JobSeeker.import_id == batch_id))
            sessions = session.scalar(
                select(func.count()).where(CounselingSession.import_id == batch_id)
            )
            assert seekers is not None and sessions is not None  # a count is always a row
            assert seekers + sessions == row_count  # an import is whole
        logged = set(
            session.scalars(
                select(CounselingSession.id).where(CounselingSession.import_id.is_(None))
            )
        )
        lines: set[int] = set()
        for detail in session.scalars(
            select(AccessLog.detail).where(AccessLog.detail.like("상담 % 등록"))
        ):
            assert detail is not None  # the LIKE matched it
            lines.add(int(detail.split()[1]))
        assert logged == lines  # a session and its log line are one unit
    with workspace.db.engine.connect() as connection:
        assert verify_chains(connection) == []  # and the log's hash chain stays whole
    return len(logged), sum(count for _, count in batches)


@SQLITE_ONLY
def test_a_writer_killed_at_random_moments_loses_no_whole_unit(
    workspace: Workspace, admin: Actor
) -> None:
    counselor_at(workspace, admin, "plus")
    path = workspace.db.path
    assert path is not None
    rng = random.Random(5)
    confirmed_sessions: set[int] = set()
    confirmed_imports: set[int] = set()
    for _ in range(KILLS):
        child = _start(path, "c-plus", "crash", 60)
        # Killed at a random moment once it writes: its start-up (a second, longer on a
        # loaded machine) is waited out, not guessed, or it would die before writing.
        first = child.readline()
        time.sleep(rng.uniform(0.0, 1.5))
        child.kill()
        rest, err = child.communicate(timeout=30)
        out = first + rest
        assert child.returncode == -signal.SIGKILL, err
        for line in out.splitlines():
            kind, number, *_ = line.split()
            (confirmed_sessions if kind == "session" else confirmed_imports).add(int(number))
        _check_whole(workspace)
        # What the child saw committed is there (durability), whatever was cut off.
        ids = {r[0] for r in rows(workspace, "SELECT id FROM counseling_sessions")}
        assert confirmed_sessions <= ids
        batches = {r[0] for r in rows(workspace, "SELECT id FROM imports")}
        assert confirmed_imports <= batches
    assert len(confirmed_sessions) > KILLS and confirmed_imports  # it really was writing


@SQLITE_ONLY
def test_two_writers_at_once_lose_nothing(workspace: Workspace, admin: Actor) -> None:
    counselor_at(workspace, admin, "plus")
    counselor_at(workspace, admin, "dong")
    path = workspace.db.path
    assert path is not None
    writers = [_start(path, name, "sessions", 6) for name in ("c-plus", "c-dong")]
    done = []
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0 and err == "", err
        done.append(len(out.splitlines()))
    assert all(count > 20 for count in done)
    logged, _ = _check_whole(workspace)
    assert logged == sum(done)


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_two_writers_at_once_on_the_shared_server(
    workspace: Workspace, admin: Actor, db_url: str
) -> None:
    counselor_at(workspace, admin, "plus")
    counselor_at(workspace, admin, "dong")
    writers = [_start(db_url, n, "sessions", 5) for n in ("c-plus", "c-dong")]
    done = []
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0 and err == "", err
        done.append(len(out.splitlines()))
    with workspace.db.unit_of_work(write=False) as session:
        total = session.scalar(select(func.count()).select_from(CounselingSession))
    assert total == sum(done) and all(count > 20 for count in done)
