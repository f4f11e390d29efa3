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

import pytest
from sqlalchemy import text

from deskapp.domain.access import Actor
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


@pytest.fixture
def counselor(workspace: Workspace, admin: Actor) -> Actor:
    return counselor_at(workspace, admin, "plus")


@pytest.fixture
def plus(workspace: Workspace, admin: Actor) -> Actor:
    """A counselor of 일자리플러스센터 (as ``counselor``, named by the desk)."""
    return counselor_at(workspace, admin, "plus")
