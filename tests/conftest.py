"""Shared fixtures: real databases (SQLite files in tmp_path, and a PostgreSQL server),
workspaces and actors of each role.

Qt runs offscreen: without a display, Qt would abort the test process.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from pgserver import drop_database, new_database, postgres_server
from sqlalchemy import text

from deskapp.domain.access import Actor
from deskapp.domain.commands import (
    LogSession,
    RecordPlacement,
    Refer,
    RegisterEmployer,
    RegisterOpening,
    seeker_command,
)
from deskapp.domain.records import Role, Verification
from deskapp.services.records import Saved
from deskapp.services.workspace import Workspace
from deskapp.ui.collector import GuiThreadCollector
from deskapp.ui.collector import install as install_collector

if TYPE_CHECKING:
    from pg_roles import Shared

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
def _collector(qapp: Any) -> GuiThreadCollector:
    """As in the application: Python's cycle collector runs on the GUI thread only."""
    return install_collector(qapp)


@pytest.fixture(autouse=True)
def _collect_between_tests(_collector: GuiThreadCollector) -> Iterator[None]:
    """The service tests run no event loop for the collector's timer: collect after each."""
    yield
    _collector.check()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """One PostgreSQL server for the whole session (see tests/pgserver.py)."""
    with postgres_server() as server:
        yield server


@pytest.fixture
def shared(pg_server: str) -> Iterator[Shared]:
    """A database set up for shared mode (tests/pg_roles.py): owner, desks' role,
    administrator's role."""
    from pg_roles import drop_shared, new_shared  # it imports this module

    made = new_shared(pg_server)
    yield made
    drop_shared(made)


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


def add_seeker(workspace: Workspace, actor: Actor, name: str, day: str, **extra: object) -> Saved:
    """A seeker registered by ``actor`` (with consent) from the form's values; ``extra``:
    more fields by their headings. The Saved gives the id and the 구직자번호."""
    command = seeker_command({"성명": name, "등록일": day, **extra}, workspace.records.today())
    return workspace.records.register_seeker(actor, replace(command, consented=True))


def new_seeker(workspace: Workspace, actor: Actor, name: str, day: str, **extra: object) -> int:
    """The id of a seeker registered by ``actor`` (see ``add_seeker``)."""
    return add_seeker(workspace, actor, name, day, **extra).id


def placed_year(workspace: Workspace, admin: Actor) -> dict[str, Any]:
    """Placements of 2018 at two desks: the counselors (``plus``, ``gvalley``) and the
    seekers ``twice`` (placed twice, contacted first) and ``once`` (after a referral)."""
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    twice = add_seeker(workspace, plus, "이두번", "2018-03-02")
    once = add_seeker(workspace, plus, "박한번", "2018-03-02")
    other = add_seeker(workspace, gvalley, "최지밸리", "2018-03-05")
    records = workspace.records
    records.log_session(plus, LogSession(twice.number, date(2018, 3, 3)))
    employer = records.register_employer(plus, RegisterEmployer("(주)가산")).number
    opening = records.register_opening(
        plus, RegisterOpening(employer, "경비", headcount=2, registered_on=date(2018, 3, 1))
    ).number
    referral = records.refer(plus, Refer(once.number, opening, date(2018, 3, 4))).id
    records.record_placement(
        plus, RecordPlacement(twice.number, date(2018, 4, 1), verification=Verification.CONTRACT)
    )
    records.record_placement(plus, RecordPlacement(twice.number, date(2018, 6, 1)))
    records.record_placement(
        plus,
        RecordPlacement(
            once.number,
            date(2018, 4, 10),
            referral_id=referral,
            verification=Verification.INSURANCE,
        ),
    )
    records.log_session(gvalley, LogSession(other.number, date(2018, 3, 6)))
    records.record_placement(gvalley, RecordPlacement(other.number, date(2018, 5, 1)))
    return {"plus": plus, "gvalley": gvalley, "twice": twice.id, "once": once.id}


@pytest.fixture
def counselor(workspace: Workspace, admin: Actor) -> Actor:
    return counselor_at(workspace, admin, "plus")


@pytest.fixture
def plus(workspace: Workspace, admin: Actor) -> Actor:
    """A counselor of 일자리플러스센터 (as ``counselor``, named by the desk)."""
    return counselor_at(workspace, admin, "plus")
