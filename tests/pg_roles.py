"""Shared-mode databases on the suite's PostgreSQL server: an owner, a desks' role and an
administrator's role for each (tests/test_shared_roles.py, tests/test_ui_shared_roles.py)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import psycopg
from conftest import PASSWORD
from sqlalchemy.engine import make_url

from deskapp.services.shared_mode import grant_roles
from deskapp.services.workspace import Workspace


@dataclass(frozen=True)
class Shared:
    """One shared-mode database: its name and each role's name and address."""

    database: str
    owner: str
    app: str
    admin: str
    server: str

    def url(self, role: str) -> str:
        """The SQLAlchemy address of the database as ``role``."""
        url = make_url(self.server.format(db=self.database)).set(username=role)
        return url.render_as_string(hide_password=False)

    def connect(self, role: str) -> psycopg.Connection[tuple[object, ...]]:
        """A plain psycopg connection as ``role`` (what anyone holding its password has)."""
        return psycopg.connect(self.url(role).replace("postgresql+psycopg", "postgresql"))


def superuser(server: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(
        server.format(db="postgres").replace("postgresql+psycopg", "postgresql"), autocommit=True
    )


def new_shared(server: str, granted: bool = True) -> Shared:
    tag = uuid.uuid4().hex[:10]
    shared = Shared(f"s_{tag}", f"o_{tag}", f"a_{tag}", f"m_{tag}", server)
    with superuser(server) as connection:
        for role in (shared.owner, shared.app, shared.admin):
            connection.execute(f'CREATE ROLE "{role}" LOGIN')
        connection.execute(f'CREATE DATABASE "{shared.database}" OWNER "{shared.owner}"')
    created, _ = Workspace.create(shared.url(shared.owner), "admin", PASSWORD)
    created.close()
    if granted:
        grant_roles(shared.url(shared.owner), shared.app, shared.admin)
    return shared


def drop_shared(shared: Shared) -> None:
    with superuser(shared.server) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{shared.database}" WITH (FORCE)')
        tag = shared.database.removeprefix("s_")
        for (role,) in connection.execute(
            "SELECT rolname FROM pg_roles WHERE position(%s in rolname) > 0 "
            "ORDER BY rolname LIKE 'o%%', rolname",
            (tag,),
        ).fetchall():
            connection.execute(f'DROP ROLE "{role}"')
