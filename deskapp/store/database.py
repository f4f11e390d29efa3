"""A database the application works on: its engine, schema check and units of work."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from enum import Enum
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DatabaseError as SQLDatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from deskapp.domain.access import Actor
from deskapp.domain.errors import DatabaseBusy, DatabaseError, PermissionDenied, SessionExpired
from deskapp.store import chain as _chain  # noqa: F401 - chains the logs' new lines
from deskapp.store import migrate
from deskapp.store.engine import (
    WRITE_OPTION,
    database_url,
    make_engine,
    prepare_sqlite_file,
    sqlite_path,
)
from deskapp.store.models import Desk, DeskSite, LoginSession, User, utcnow

BUSY_RETRIES = 5


#: How stale a session's last activity may get before a writing unit notes it again.
TOUCH_AFTER = timedelta(seconds=30)
#: The window tells the services of the user's activity once a minute and locks itself
#: after its idle minutes; the services refuse the session this much later at the latest.
IDLE_SLACK = timedelta(minutes=2)


def token_hash(token: str) -> str:
    """What is stored of a session's token (the token itself never is)."""
    return hashlib.sha256(token.encode()).hexdigest()


def confirm_account(session: Session, actor: Actor, write: bool = False) -> None:
    """PermissionDenied unless ``actor``'s account is active with the role and desk it
    logged in with, and (when it logged in with a session) that session is open and was
    used within its idle limit; a writing unit notes the session's activity."""
    row = session.execute(
        select(User.is_active, User.role, Desk.code)
        .outerjoin(Desk, Desk.id == User.desk_id)
        .where(User.id == actor.user_id)
    ).first()
    if row is None or not row.is_active or row.role != actor.role.value or row.code != actor.desk:
        raise PermissionDenied(
            f"계정 '{actor.username}'이(가) 사용 중지되었거나 권한이 바뀌었습니다. "
            "다시 로그인하세요."
        )
    if actor.session is None:
        return  # an account acting without a log-in session (the first run, tools)
    login = session.scalar(
        select(LoginSession).where(
            LoginSession.token_hash == token_hash(actor.session),
            LoginSession.user_id == actor.user_id,
        )
    )
    now = utcnow()
    if login is None or login.ended_at is not None:
        raise SessionExpired("로그아웃한 세션입니다. 다시 로그인하세요.")
    if now - login.last_seen_at > timedelta(minutes=login.idle_minutes) + IDLE_SLACK:
        raise SessionExpired(
            f"{login.idle_minutes}분 넘게 쓰지 않아 잠겼습니다. 비밀번호를 다시 넣으세요."
        )
    if write and now - login.last_seen_at > TOUCH_AFTER:
        login.last_seen_at = now


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

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        return sqlite_path(str(self.engine.url))

    @classmethod
    def open(
        cls,
        db: str | None = None,
        mode: OpenMode = OpenMode.EXISTING,
        before_upgrade: Callable[[Database, str | None], None] | None = None,
    ) -> Database:
        """Open the database named by ``db`` (DESIGN.md §6), creating or upgrading its schema.

        ``before_upgrade`` is called before an existing database's schema is
        changed; when it is None a backup copy is taken beside a SQLite file.
        """
        url = database_url(db)
        path = sqlite_path(url)
        if path is not None:
            exists = path.exists() and path.stat().st_size > 0
            if mode is OpenMode.EXISTING and not exists:
                raise DatabaseError(
                    f"데이터베이스 파일 {path}이(가) 없습니다. 먼저 'deskapp init'으로 만드세요."
                )
            if mode is OpenMode.NEW and exists:
                raise DatabaseError(f"데이터베이스 파일 {path}이(가) 이미 있습니다.")
            prepare_sqlite_file(path)  # owner-only before SQLite creates it or its WAL
        engine = make_engine(url)
        database = cls(engine)
        try:
            state = migrate.schema_state(engine)
            if mode is OpenMode.NEW and not state.empty:
                raise DatabaseError("이 데이터베이스에는 이미 자료가 있습니다.")
            if mode is OpenMode.EXISTING and state.empty:
                raise DatabaseError("빈 데이터베이스입니다. 먼저 'deskapp init'으로 만드세요.")

            def backup(revision: str | None) -> None:
                if before_upgrade is not None:
                    before_upgrade(database, revision)
                else:
                    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                    target = migrate.default_backup_path(engine, revision, stamp)
                    if target is not None:
                        migrate.backup_sqlite(engine, target)

            migrate.upgrade(engine, backup)
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
            raise DatabaseError(f"데이터베이스를 열 수 없습니다: {error.orig}") from None
        except DatabaseError:
            engine.dispose()
            raise
        return database

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def unit_of_work(self, write: bool = True, actor: Actor | None = None) -> Iterator[Session]:
        """One session for one user action: committed as a whole, or rolled back.

        A writing unit begins by taking the database's write lock; while another
        process holds it, the unit waits (busy timeout) and tries again a few
        times before telling the user, so no work is done twice or lost.
        ``write=False`` is for units that only read. With ``actor``, the account is
        read again first, in the same transaction: one disabled, or given another
        role or desk, since it logged in is refused (PermissionDenied).
        """
        if write and getattr(self._local, "writing", False):
            # The inner unit would wait for the outer one's write lock until it times out.
            raise RuntimeError("a writing unit of work was opened inside another one")
        factory = self._sessions if write else self._read_sessions
        for attempt in range(BUSY_RETRIES + 1):
            session = factory()
            try:
                session.connection()  # BEGIN now: a busy database is met before any work
                break
            except OperationalError as error:
                session.close()
                if not is_busy(error):
                    raise
                if attempt == BUSY_RETRIES:
                    raise DatabaseBusy(
                        "다른 사용자가 데이터베이스를 오래 쓰고 있어 저장하지 못했습니다. "
                        "잠시 뒤에 다시 시도하세요."
                    ) from None
                time.sleep(0.05 * (attempt + 1))
        if write:
            self._local.writing = True
        try:
            if actor is not None:
                confirm_account(session, actor, write)
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            if write:
                self._local.writing = False
            session.close()

    def desk_ids(self) -> dict[str, int]:
        """Desk id by code (the desks never change after creation)."""
        if self._desk_ids is None:
            with self._read_sessions() as session:
                rows = session.execute(select(Desk.code, Desk.id).order_by(Desk.sort_order)).all()
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
        """Drop the cached desk and site ids (after the file was replaced by a restore)."""
        self._desk_ids = None
        self._site_ids = None

    def desk_codes(self) -> dict[int, str]:
        """Desk code by id."""
        return {id_: code for code, id_ in self.desk_ids().items()}
