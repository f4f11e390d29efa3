"""Shared mode's set-up on the PostgreSQL server: the roles' grants and the schema's upgrade,
both run by an administrator with the owner's address (``deskapp grant``, ``deskapp upgrade``).

What each role may do is deskapp/store/grants.py's; the README's "Shared mode: who may
do what" tells the whole set-up (owner, desks' role, administrator's role, pg_hba).
"""

from __future__ import annotations

from dataclasses import dataclass

from deskapp.store import grants, migrate
from deskapp.store.database import Database, OpenMode
from deskapp.store.engine import database_url, make_engine
from deskapp.store.grants import GrantReport


def grant_roles(db: str | None, app: str, admin: str | None = None) -> GrantReport:
    """Give the desks' role ``app`` (and the administrator's role ``admin``) exactly their
    grants, as the owner whose address ``db`` is; the schema is brought up to date first.
    Idempotent: run again, it takes away whatever was granted by hand since."""
    database = Database.open(db, OpenMode.EXISTING)
    try:
        with database.engine.begin() as connection:
            return grants.apply_roles(connection, app.strip(), (admin or "").strip() or None)
    finally:
        database.close()


@dataclass(frozen=True)
class Upgraded:
    """The schema revision before and after ``upgrade_schema``."""

    before: str | None
    after: str

    @property
    def changed(self) -> bool:
        return self.before != self.after


def upgrade_schema(db: str | None) -> Upgraded:
    """Bring the schema up to this version's (the owner's address in shared mode; a SQLite
    file gets its backup copy first, as on any open). The recorded roles are given their
    grants again by the upgrade itself."""
    engine = make_engine(database_url(db))
    try:
        before = migrate.schema_state(engine).revision
    finally:
        engine.dispose()
    Database.open(db, OpenMode.EXISTING).close()
    return Upgraded(before, migrate.head_revision())


def account_management_notice(db: Database) -> str | None:
    """What an administrator is told when this PC's database role cannot manage accounts
    (shared mode's desk role), or None."""
    return None if db.manages_accounts else grants.account_management_notice(db.role)
