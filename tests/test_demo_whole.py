"""A demo database is whole or not there: after a demo the desks register as usual on either
database, and a demo killed part-way leaves nothing that passes for a database."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from conftest import PASSWORD, add_seeker
from sqlalchemy import create_engine, inspect, text

from deskapp.cli import main
from deskapp.domain.commands import (
    LogSession,
    RecordPlacement,
    Refer,
    RegisterEmployer,
    RegisterOpening,
)
from deskapp.services.demo import generate_demo
from deskapp.services.workspace import Workspace, database_exists


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_after_a_demo_every_kind_of_record_is_registered(workspace: Workspace) -> None:
    report = generate_demo(workspace, PASSWORD, seekers=300)
    plus = workspace.accounts.authenticate("plus1", PASSWORD)
    records = workspace.records
    seeker = add_seeker(workspace, plus, "김새로", "2018-10-01")
    employer = records.register_employer(plus, RegisterEmployer("(주)새업체"))
    opening = records.register_opening(
        plus, RegisterOpening(employer.number, "경비", headcount=1, registered_on=date(2018, 10, 1))
    )
    session = records.log_session(plus, LogSession(seeker.number, date(2018, 10, 2)))
    referral = records.refer(plus, Refer(seeker.number, opening.number, date(2018, 10, 3)))
    placement = records.record_placement(
        plus, RecordPlacement(seeker.number, date(2018, 10, 10), referral_id=referral.id)
    )
    counts = report.counts
    # Each new record takes the id after the demo's last one.
    assert (seeker.id, employer.id, opening.id) == (
        counts["job_seekers"] + 1,
        counts["employers"] + 1,
        counts["job_openings"] + 1,
    )
    assert (session.id, referral.id, placement.id) == (
        counts["sessions"] + 1,
        counts["referrals"] + 1,
        counts["placements"] + 1,
    )


def _has_schema(url: str) -> bool:
    engine = create_engine(url if "://" in url else f"sqlite:///{url}")
    try:
        with engine.connect() as connection:
            if "alembic_version" not in inspect(connection).get_table_names():
                return False
            return connection.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    except Exception:  # not there yet, or being created
        return False
    finally:
        engine.dispose()


def test_a_demo_killed_part_way_is_made_again_and_check_refuses_it_meanwhile(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "deskapp", "demo", "--db", db_url, "--seekers", "60000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "DESKAPP_PASSWORD": PASSWORD, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    try:
        deadline = time.monotonic() + 60
        while not _has_schema(db_url) and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(3)  # its accounts made, and writing records
        assert child.poll() is None, child.communicate()
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
    monkeypatch.setenv("DESKAPP_PASSWORD", PASSWORD)
    code, out, err = run("check", "--db", db_url)
    assert code == 2 and out == "" and "중단" in err, (code, out, err)
    assert not database_exists(db_url)  # the window offers to make it, as on a first start
    code, out, err = run("demo", "--db", db_url, "--seekers", "200")
    assert (code, err) == (0, ""), err
    assert "데모 데이터베이스를 만들었습니다" in out
    code, out, err = run("check", "--db", db_url)
    assert (code, err) == (0, ""), err
    code, _, err = run("demo", "--db", db_url, "--seekers", "200")
    assert code == 2 and "이미" in err  # a finished one is never made again
