"""Shared fixtures: real databases (SQLite files in tmp_path, and a PostgreSQL server),
workspaces and actors of each role.

Qt runs offscreen: without a display, Qt would abort the test process.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from deskapp.domain.access import Actor
from deskapp.domain.audit import CONSENT_FIELD
from deskapp.domain.records import Role
from deskapp.services.workspace import Workspace
from tests.pgserver import drop_database, new_database, postgres_server

#: The widget tests' shared fixture (``boxes``) and helpers.
pytest_plugins = ("qt_support",)

PASSWORD = "test-pass-1"
TODAY = date(2018, 10, 30)
BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(autouse=True)
def _no_user_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real user's data folder and DESKAPP_* settings."""
    monkeypatch.delenv("DESKAPP_DB", raising=False)
    monkeypatch.delenv("DESKAPP_PASSWORD", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "appdata"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """One PostgreSQL server for the whole session (see tests/pgserver.py)."""
    with postgres_server() as server:
        yield server


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new, empty database: a SQLite file, then a PostgreSQL database (each test runs twice)."""
    if request.param == "sqlite":
        yield str(tmp_path / "desk.sqlite3")
        return
    server = request.getfixturevalue("pg_server")
    url, name = new_database(server)
    yield url
    drop_database(server, name)


def _workspace(db: str) -> Iterator[Workspace]:
    created, _ = Workspace.create(db, "admin", PASSWORD)
    created.close()
    opened = Workspace.open(db, today=TODAY)
    yield opened
    opened.close()


@pytest.fixture
def workspace(db_url: str) -> Iterator[Workspace]:
    """A new database with an administrator, dated as of the seed's reference day,
    on SQLite and on PostgreSQL."""
    yield from _workspace(db_url)


#: For tests about the SQLite file itself (its bytes, WAL, backups): SQLite only.
SQLITE_ONLY = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def rows(workspace: Workspace, sql: str) -> list[tuple[object, ...]]:
    """Rows of a raw query on either database, dates as ISO text and booleans as 0/1."""
    with workspace.db.engine.connect() as connection:
        result = connection.execute(text(sql)).all()
    return [tuple(_plain(v) for v in row) for row in result]


def _plain(value: object) -> object:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


@pytest.fixture
def admin(workspace: Workspace) -> Actor:
    return workspace.accounts.authenticate("admin", PASSWORD)


@pytest.fixture
def team_lead(workspace: Workspace, admin: Actor) -> Actor:
    return workspace.accounts.create_user(admin, "lead", PASSWORD, Role.TEAM_LEAD)


def counselor_at(workspace: Workspace, admin: Actor, desk: str) -> Actor:
    """A counselor account at ``desk``."""
    return workspace.accounts.create_user(
        admin, f"c-{desk}", PASSWORD, Role.COUNSELOR, desk=desk, display_name=f"{desk} 상담사"
    )


def new_seeker(workspace: Workspace, actor: Actor, name: str, day: str, **extra: object) -> int:
    """A seeker registered by ``actor`` (with consent); ``extra``: more form fields."""
    values = {CONSENT_FIELD: True, "성명": name, "등록일": day, **extra}
    return workspace.records.register_seeker(actor, values).id


def placed_year(workspace: Workspace, admin: Actor) -> dict[str, Any]:
    """Placements of 2018 at two desks: the counselors (``plus``, ``gvalley``) and the
    seekers ``twice`` (placed twice, contacted first) and ``once`` (after a referral)."""
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    twice = new_seeker(workspace, plus, "이두번", "2018-03-02")
    once = new_seeker(workspace, plus, "박한번", "2018-03-02")
    other = new_seeker(workspace, gvalley, "최지밸리", "2018-03-05")
    records = workspace.records
    records.log_session(plus, twice, {"상담일": "2018-03-03"})
    employer = records.register_employer(plus, {"업체명": "(주)가산"}).id
    opening = records.register_opening(
        plus, employer, {"모집직종": "경비", "모집인원": 2, "등록일": "2018-03-01"}
    ).id
    referral = records.refer(plus, once, opening, {"알선일": "2018-03-04"}).id
    records.record_placement(plus, twice, {"취업일": "2018-04-01", "확인방법": "근로계약서"})
    records.record_placement(plus, twice, {"취업일": "2018-06-01"})
    records.record_placement(
        plus, once, {"취업일": "2018-04-10", "확인방법": "고용보험 가입 확인"}, referral
    )
    records.log_session(gvalley, other, {"상담일": "2018-03-06"})
    records.record_placement(gvalley, other, {"취업일": "2018-05-01"})
    return {"plus": plus, "gvalley": gvalley, "twice": twice, "once": once}


@pytest.fixture
def counselor(workspace: Workspace, admin: Actor) -> Actor:
    return counselor_at(workspace, admin, "plus")


@pytest.fixture
def plus(workspace: Workspace, admin: Actor) -> Actor:
    """A counselor of 일자리플러스센터 (as ``counselor``, named by the desk)."""
    return counselor_at(workspace, admin, "plus")
