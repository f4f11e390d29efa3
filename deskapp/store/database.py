"""A database the application works on: its engine, schema check and units of work."""

from __future__ import annotations

import getpass
import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import cast

from sqlalchemy import Engine, Table, select, update
from sqlalchemy.exc import DatabaseError as SQLDatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from deskapp.domain.access import Actor
from deskapp.domain.errors import (
    DatabaseBusy,
    DatabaseError,
    DatabaseFailed,
    PermissionDenied,
    SessionExpired,
)
from deskapp.domain.korean import particle
from deskapp.i18n import noop, translate
from deskapp.store import chain as _chain  # noqa: F401 - chains the logs' new lines
from deskapp.store import grants, migrate
from deskapp.store.engine import (
    WAIT_OPTION,
    WRITE_OPTION,
    database_url,
    make_engine,
    prepare_sqlite_file,
    sqlite_path,
)
from deskapp.store.models import Desk, DeskSite, LoginSession, User, utcnow

#: A writing unit waits for another writer in slices this long (ms), telling its thread's
#: wait listener after each, and gives up after BUSY_WAIT seconds in all.
WAIT_SLICE_MS = 500
BUSY_WAIT = 60.0

#: Told how long (seconds) a writing unit has waited for another writer; returns whether
#: to go on waiting.
WaitListener = Callable[[float], bool]
_waits = threading.local()


@contextmanager
def waiting_for(listener: WaitListener) -> Iterator[None]:
    """Tell ``listener`` when a writing unit of this thread waits for another writer."""
    before = getattr(_waits, "listener", None)
    _waits.listener = listener
    try:
        yield
    finally:
        _waits.listener = before


#: How stale a session's last activity may get before a writing unit notes it again.
TOUCH_AFTER = timedelta(seconds=30)
#: The window tells the services of the user's activity once a minute and locks itself
#: after its idle minutes; the services refuse the session this much later at the latest.
IDLE_SLACK = timedelta(minutes=2)


def token_hash(token: str) -> str:
    """What is stored of a session's token (the token itself never is)."""
    return hashlib.sha256(token.encode()).hexdigest()


_USERS = cast(Table, User.__table__)
_DESKS = cast(Table, Desk.__table__)
_LOGIN_SESSIONS = cast(Table, LoginSession.__table__)


def confirm_account(session: Session, actor: Actor, write: bool = False) -> None:
    """PermissionDenied unless ``actor``'s account is active with the role and desk it
    logged in with, and (when it logged in with a session) that session is open and was
    used within its idle limit; a writing unit notes the session's activity."""
    # Core statements on the tables, not the mapped classes: the first ORM statement of a
    # process configures every mapper, which a short command (``deskapp stats``) need not.
    users, desks, logins = _USERS, _DESKS, _LOGIN_SESSIONS
    row = session.execute(
        select(users.c.is_active, users.c.role, desks.c.code)
        .select_from(users.outerjoin(desks, desks.c.id == users.c.desk_id))
        .where(users.c.id == actor.user_id)
    ).first()
    if row is None or not row.is_active or row.role != actor.role.value or row.code != actor.desk:
        raise PermissionDenied(
            translate(
                "database",
                "The account '{name}' has been disabled or its rights have changed. Log in again.",
            ).format(name=actor.username, name_josa=particle(actor.username, "이/가"))
        )
    if actor.session is None:
        return  # an account acting without a log-in session (the first run, tools)
    login = session.execute(
        select(logins.c.id, logins.c.ended_at, logins.c.last_seen_at, logins.c.idle_minutes).where(
            logins.c.token_hash == token_hash(actor.session),
            logins.c.user_id == actor.user_id,
        )
    ).first()
    now = utcnow()
    if login is None or login.ended_at is not None:
        raise SessionExpired(translate("database", "This session was logged out. Log in again."))
    if now - login.last_seen_at > timedelta(minutes=login.idle_minutes) + IDLE_SLACK:
        raise SessionExpired(
            translate(
                "database",
                "Locked after more than {minutes} minutes unused. Enter your password again.",
            ).format(minutes=login.idle_minutes)
        )
    if write and now - login.last_seen_at > TOUCH_AFTER:
        session.execute(update(logins).where(logins.c.id == login.id).values(last_seen_at=now))


#: What the user is told when the database file is gone or replaced while in use.
VANISHED = noop(
    "database",
    "The database file {path} has gone or been replaced by another file. What you just did "
    "was not saved. Close the program and open it again (if the file is gone, it can be "
    "restored from a backup at start).",
)


def _vanished(path: object) -> str:
    return translate("database", VANISHED).format(path=path, path_josa=particle(path, "이/가"))


#: What the user is told when SQLite finds the file damaged.
DAMAGED = noop(
    "database",
    "The database file is damaged. Check it with 'deskapp check', and have an administrator "
    "restore it from a backup (Admin › Backup and restore, or deskapp restore).",
)


def _damaged() -> str:
    return translate("database", DAMAGED)


#: What the user is told when the database fails in the middle of a unit of work (an I/O
#: error, a lost connection, a server shutting down, a deadlock): the unit was rolled back.
FAILED_WRITE = noop(
    "database",
    "The database reported an error while saving, so nothing was saved: everything is as it "
    "was before. Try again; if it happens again, tell the administrator.",
)
FAILED_READ = noop(
    "database",
    "The database reported an error while reading. Nothing was changed. Try again; if it "
    "happens again, tell the administrator.",
)


def _failed(write: bool) -> str:
    return translate("database", FAILED_WRITE if write else FAILED_READ)


def is_damaged(error: SQLDatabaseError) -> bool:
    """Whether a database error means the file itself is damaged (SQLite)."""
    text = str(error.orig).lower()
    return any(sign in text for sign in ("malformed", "disk i/o error", "corrupt"))


def is_busy(error: OperationalError) -> bool:
    """Whether a database error means another writer holds the lock."""
    text = str(error.orig).lower()
    # SQLite: "database is locked"; PostgreSQL: the chain lock not had within lock_timeout.
    return "locked" in text or "busy" in text or "lock timeout" in text


class OpenMode(Enum):
    """How :meth:`Database.open` treats a missing or empty database."""

    EXISTING = "existing"  # it must exist and hold deskapp's schema
    NEW = "new"  # it must not exist yet (or be empty); it is created
    ANY = "any"  # created when missing


def _login_name() -> str:
    """The name a server connection without a user name logs in with (libpq's default)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


class Database:
    """An open deskapp database: one engine, and a session per unit of work."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        writer = engine.execution_options(**{WRITE_OPTION: True})
        self._sessions = sessionmaker(writer, expire_on_commit=False)
        self._read_sessions = sessionmaker(engine, expire_on_commit=False)
        self._local = threading.local()
        self._desk_ids: dict[str, int] | None = None
        self._site_ids: dict[tuple[str, str], int] | None = None
        #: Shared mode: the database role connected as, and whether it may manage accounts
        #: (deskapp/store/grants.py); read when the database is opened.
        self.role = engine.url.username or _login_name()
        self.manages_accounts = True
        #: The SQLite file's identity (device, inode) once seen: a unit of work refuses to
        #: run when the file is gone or was replaced by another while the program ran.
        self._file: tuple[int, int] | None = None

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        return sqlite_path(str(self.engine.url))

    def require_account_management(self) -> None:
        """PermissionDenied, before anything is tried, when the database role this PC connects
        as cannot manage accounts (shared mode's desk role, deskapp/store/grants.py)."""
        if not self.manages_accounts:
            raise PermissionDenied(grants.account_management_notice(self.role))

    @classmethod
    def open(
        cls,
        db: str | None = None,
        mode: OpenMode = OpenMode.EXISTING,
        before_upgrade: Callable[[Database, str | None], None] | None = None,
        upgrade: bool = True,
    ) -> Database:
        """Open the database named by ``db`` (ARCHITECTURE.md), creating or upgrading its schema.

        ``before_upgrade`` is called before an existing database's schema is
        changed; when it is None a backup copy is taken beside a SQLite file.
        ``upgrade=False`` (a check needing no log-in): an older schema is not changed
        but refused with a message saying how to upgrade it.
        """
        url = database_url(db)
        path = sqlite_path(url)
        if path is not None:
            exists = path.exists() and path.stat().st_size > 0
            if mode is OpenMode.EXISTING and not exists:
                raise DatabaseError(
                    translate(
                        "database",
                        "There is no database file {path}. Create it first with 'deskapp init'.",
                    ).format(path=path, path_josa=particle(path, "이/가"))
                )
            if mode is OpenMode.NEW and exists:
                raise DatabaseError(
                    translate("database", "The database file {path} already exists.").format(
                        path=path, path_josa=particle(path, "이/가")
                    )
                )
            prepare_sqlite_file(path)  # owner-only before SQLite creates it or its WAL
        engine = make_engine(url)
        database = cls(engine)
        try:
            state = migrate.schema_state(engine)
            if mode is OpenMode.NEW and not state.empty:
                raise DatabaseError(translate("database", "This database already holds data."))
            if mode is OpenMode.EXISTING and state.empty:
                raise DatabaseError(
                    translate(
                        "database", "The database is empty. Create it first with 'deskapp init'."
                    )
                )

            def backup(revision: str | None) -> None:
                if before_upgrade is not None:
                    before_upgrade(database, revision)
                else:
                    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                    target = migrate.default_backup_path(engine, revision, stamp)
                    if target is not None:
                        migrate.backup_sqlite(engine, target)

            if not upgrade and state.revision != migrate.head_revision():
                if path is not None:
                    older = translate(
                        "database",
                        "The database is of an older version (schema {revision}). A check runs "
                        "without logging in, so it was not upgraded. Upgrade it first by logging "
                        "in to the deskapp window or a command (a copy is made before the "
                        "upgrade).",
                    )
                else:
                    older = translate(
                        "database",
                        "The database is of an older version (schema {revision}). A check runs "
                        "without logging in, so it was not upgraded. Have an administrator "
                        "upgrade it by running 'deskapp upgrade --db OWNER_ADDRESS' as the owner "
                        "account.",
                    )
                raise DatabaseError(older.format(revision=state.revision))
            migrate.upgrade(engine, backup)
            if path is None:
                with engine.connect() as connection:
                    database.role = grants.current_role(connection)
                    database.manages_accounts = grants.can_manage_accounts(connection)
            if path is not None:
                # Only now that the file is known to be ours: WAL is kept in the file itself,
                # and it cannot be switched inside a transaction.
                raw = engine.raw_connection()
                try:
                    raw.driver_connection.execute("PRAGMA journal_mode=WAL")  # type: ignore[union-attr]
                finally:
                    raw.close()
        except (OperationalError, SQLDatabaseError) as error:
            engine.dispose()
            unreadable = grants.cannot_read_message(database.role, error)
            if unreadable is not None:
                raise DatabaseError(unreadable) from None
            if is_damaged(error):
                raise DatabaseError(_damaged()) from None
            cannot = translate("database", "Cannot open the database: {error}")
            raise DatabaseError(cannot.format(error=error.orig)) from None
        except DatabaseError:
            engine.dispose()
            raise
        database.check_file()  # the file's identity, from now on
        return database

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def unit_of_work(self, write: bool = True, actor: Actor | None = None) -> Iterator[Session]:
        """One session for one user action: committed as a whole, or rolled back.

        A writing unit begins by taking the database's write lock; while another
        process holds it, the unit waits, telling its thread's wait listener (the
        window shows it at once and lets the user give up), so no work is done twice
        or lost.
        ``write=False`` is for units that only read. With ``actor``, the account is
        read again first, in the same transaction: one disabled, or given another
        role or desk, since it logged in is refused (PermissionDenied). A statement the
        database refuses for want of a privilege (shared mode's desk role) is a
        PermissionDenied in Korean too.
        """
        joined = getattr(self._local, "joined", None)
        if joined is not None:  # inside ``together``: part of that one unit
            if actor is not None:
                confirm_account(joined, actor, write)
            yield joined
            return
        if write and getattr(self._local, "writing", False):
            # The inner unit would wait for the outer one's write lock until it times out.
            raise RuntimeError("a writing unit of work was opened inside another one")
        self.check_file()
        factory = self._sessions if write else self._read_sessions
        session = self._begin(factory, write)
        if write:
            self._local.writing = True
        try:
            if actor is not None:
                confirm_account(session, actor, write)
            yield session
            session.commit()
        except BaseException as error:
            session.rollback()
            refused = grants.refusal(error, self.role)  # shared mode: a privilege not granted
            if refused is not None:
                raise refused from None
            if isinstance(error, SQLDatabaseError) and is_damaged(error):
                raise DatabaseError(_damaged()) from None
            if isinstance(error, SQLDatabaseError) and "full" in str(error.orig).lower():
                raise DatabaseError(
                    translate(
                        "database",
                        "The disk is full, so nothing was saved. Nothing has changed. Free some "
                        "space and try again.",
                    )
                ) from None
            if isinstance(error, OperationalError):
                # The database failed, not the program: the unit is rolled back whole, so
                # the user is told that nothing was saved (the cause stays chained).
                raise DatabaseFailed(_failed(write)) from error
            raise
        finally:
            if write:
                self._local.writing = False
            session.close()

    @contextmanager
    def together(self, actor: Actor | None = None) -> Iterator[None]:
        """Several service calls as one unit of work (a walk-in registered and added to an
        event): every unit opened inside, in this thread, joins this one; all of it is
        committed at the end, or none of it when any call fails."""
        with self.unit_of_work(actor=actor) as session:
            self._local.joined = session
            try:
                yield
            finally:
                self._local.joined = None

    def _begin(self, factory: sessionmaker[Session], write: bool) -> Session:
        """A session whose transaction has begun (BEGIN now: a busy database is met before
        any work). While another writer holds the lock, a writing unit waits in short
        slices; after the first it tells the thread's wait listener (``waiting_for``), which
        may give up; without one it waits up to BUSY_WAIT, then says the database is busy."""
        listener: WaitListener | None = getattr(_waits, "listener", None)
        start = time.monotonic()
        slice_ms = WAIT_SLICE_MS if write else None
        while True:
            session = factory()
            try:
                if slice_ms is None:
                    session.connection()
                else:
                    session.connection(execution_options={WAIT_OPTION: slice_ms})
                return session
            except OperationalError as error:
                session.close()
                if is_damaged(error):
                    raise DatabaseError(_damaged()) from None
                if not is_busy(error):
                    raise DatabaseFailed(_failed(write)) from error
            waited = time.monotonic() - start
            if listener is not None and not listener(waited):
                raise DatabaseBusy(
                    translate(
                        "database",
                        "Stopped waiting for another user to finish saving. What you typed is "
                        "still there: save again in a moment.",
                    )
                )
            if waited >= BUSY_WAIT:
                raise DatabaseBusy(
                    translate(
                        "database",
                        "Another user has been using the database for a long time, so nothing "
                        "was saved. Try again in a moment.",
                    )
                )
            if slice_ms is None:  # a read met a busy database: try again shortly
                time.sleep(0.05)

    def desk_ids(self) -> dict[str, int]:
        """Desk id by code (the desks never change after creation)."""
        if self._desk_ids is None:
            with self._read_sessions() as session:
                desks = _DESKS
                rows = session.execute(
                    select(desks.c.code, desks.c.id).order_by(desks.c.sort_order)
                ).all()
            self._desk_ids = {code: id_ for code, id_ in rows}
        return self._desk_ids

    def site_ids(self) -> dict[tuple[str, str], int]:
        """Site id by (desk code, site name)."""
        if self._site_ids is None:
            with self._read_sessions() as session:
                rows = session.execute(
                    select(Desk.code, DeskSite.name, DeskSite.id).join(
                        Desk, Desk.id == DeskSite.desk_id
                    )
                ).all()
            self._site_ids = {(code, name): id_ for code, name, id_ in rows}
        return self._site_ids

    def forget_cached(self) -> None:
        """Drop the cached desk and site ids and the file's identity (after a restore)."""
        self._desk_ids = None
        self._site_ids = None
        self._file = None

    def check_file(self) -> None:
        """DatabaseError when the SQLite file seen before is gone or is another file now
        (moved, deleted, or replaced behind the program's back): SQLite would go on writing
        to the old file, and the work would be lost."""
        path = self.path
        if path is None:
            return
        try:
            status = path.stat()
        except FileNotFoundError:
            if self._file is None:
                return  # not made yet (a new database)
            raise DatabaseError(_vanished(path)) from None
        identity = (status.st_dev, status.st_ino)
        if self._file is None:
            self._file = identity
        elif identity != self._file:
            raise DatabaseError(_vanished(path))

    def desk_codes(self) -> dict[int, str]:
        """Desk code by id."""
        return {id_: code for code, id_ in self.desk_ids().items()}
