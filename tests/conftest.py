"""Shared fixtures: real SQLite files in tmp_path, workspaces and actors of each role.

Qt runs offscreen: without a display, Qt would abort the test process.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from deskapp.domain.access import Actor
from deskapp.domain.records import Role
from deskapp.services.workspace import Workspace

PASSWORD = "test-pass-1"
TODAY = date(2018, 10, 30)


@pytest.fixture(autouse=True)
def _no_user_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real user's data folder and DESKAPP_* settings."""
    monkeypatch.delenv("DESKAPP_DB", raising=False)
    monkeypatch.delenv("DESKAPP_PASSWORD", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "appdata"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    """A new database with an administrator, dated as of the seed's reference day."""
    created, _ = Workspace.create(str(db_path), "admin", PASSWORD)
    created.close()
    opened = Workspace.open(str(db_path), today=TODAY)
    yield opened
    opened.close()


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
