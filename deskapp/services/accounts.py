"""Accounts: argon2id password hashes, log-in with lockout, and account management.

Five failed log-ins in a row lock an account for ten minutes; every log-in,
failure and lock is written to the access log, and every grant or change of an
account's rights to the account events (kept at least three years).
"""

from __future__ import annotations

import functools
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import (
    DEFAULT_IDLE_MINUTES,
    LOCK_MINUTES,
    MAX_FAILED_LOGINS,
    AccessAction,
)
from deskapp.domain.desks import desk_by_code
from deskapp.domain.errors import (
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    SessionExpired,
    ValidationError,
)
from deskapp.domain.korean import particle
from deskapp.domain.records import Role
from deskapp.i18n import noop, translate
from deskapp.services.audit import write_access
from deskapp.services.authority import confirm_account
from deskapp.store.database import Database, token_hash
from deskapp.store.models import AccountEvent, LoginSession, User, utcnow

if TYPE_CHECKING:
    from argon2 import PasswordHasher


@functools.cache
def _hasher() -> PasswordHasher:
    """argon2id above OWASP's floor (19 MiB, 2 iterations, 1 lane); loaded on first use."""
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


PASSWORD_MIN = 8
WRONG = noop("accounts", "The user name or password is incorrect.")


def hash_password(password: str) -> str:
    """An argon2id hash of ``password`` (salted; the password itself is never stored)."""
    return _hasher().hash(password)


def check_password_rules(password: str) -> None:
    """A new password: at least 8 characters with letters and digits."""
    if len(password) < PASSWORD_MIN:
        raise ValidationError(
            "비밀번호",  # korean-data
            translate("accounts", "Must be at least {n} characters.").format(n=PASSWORD_MIN),
        )
    if not re.search(r"\d", password) or not re.search(r"[^\d\s]", password):
        raise ValidationError(
            "비밀번호",  # korean-data
            translate("accounts", "Must contain both letters and digits."),
        )


def check_username(username: str) -> str:
    name = username.strip()
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_.\-]{1,39}", name):
        raise ValidationError(
            "사용자 이름",  # korean-data
            translate(
                "accounts",
                "'{name}': must be 2 to 40 letters and digits, starting with a letter.",
            ).format(name=username),
        )
    return name


@dataclass(frozen=True)
class UserItem:
    """An account as the administrator's list shows it."""

    id: int
    username: str
    display_name: str
    role: Role
    desk: str | None
    is_active: bool
    locked_until: datetime | None
    created_at: datetime


@dataclass(frozen=True)
class AccountEventItem:
    """A recorded grant or change of rights."""

    at: datetime
    actor: str
    username: str
    action: str
    detail: str


class AccountService:
    """Log-in, log-out and the administrator's account management."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self.clock = clock

    # -- log-in ------------------------------------------------------------------------

    def authenticate(
        self, username: str, password: str, idle_minutes: int = DEFAULT_IDLE_MINUTES
    ) -> Actor:
        """The Actor for a correct user name and password, with a new log-in session that
        the services refuse once it ends or lies idle ``idle_minutes``.

        Raises AuthenticationFailed for a wrong password, an unknown or disabled
        account, and a locked one (even with the right password). The failure
        is logged and counted before the error is raised.
        """
        actor = self._check_password(username, password)
        token = secrets.token_urlsafe(32)
        with self.db.unit_of_work() as session:
            now = utcnow()
            session.add(
                LoginSession(
                    token_hash=token_hash(token),
                    user_id=actor.user_id,
                    started_at=now,
                    last_seen_at=now,
                    idle_minutes=max(1, int(idle_minutes)),
                )
            )
        return replace(actor, session=token)

    def _check_password(self, username: str, password: str) -> Actor:
        """The account of a right password (counted and logged as a log-in)."""
        name = username.strip()
        outcome: Actor | str
        with self.db.unit_of_work() as session:
            # The account's row stays locked until this unit ends (PostgreSQL; SQLite's writing
            # unit holds the whole file): attempts made at once are counted one after another.
            user = session.scalar(select(User).where(User.username == name).with_for_update())
            now = self._lock_clock(session)
            if user is None or not user.is_active:
                _hasher().hash(password)  # as slow as a wrong password: no account probing
                # Only an account's own name is kept: what was typed may be a password.
                write_access(
                    session,
                    None,
                    AccessAction.LOGIN_FAILED,
                    username=None if user is None else user.username,
                    detail=translate("accounts", "No such account")
                    if user is None
                    else translate("accounts", "Disabled account"),
                )
                outcome = translate("accounts", WRONG)
            elif user.locked_until is not None and user.locked_until > now:
                minutes = max(1, round((user.locked_until - now).total_seconds() / 60))
                write_access(
                    session,
                    self._actor(user),
                    AccessAction.LOGIN_FAILED,
                    detail=translate("accounts", "Locked account"),
                )
                outcome = translate(
                    "accounts", "The account is locked. Try again in {minutes} min."
                ).format(minutes=minutes)
            elif not self._verify(user, password):
                user.failed_logins += 1
                failures = user.failed_logins
                detail = translate("accounts", "Wrong password (attempt {n})").format(n=failures)
                outcome = translate("accounts", WRONG)
                if user.failed_logins >= MAX_FAILED_LOGINS:
                    user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                    user.failed_logins = 0
                    detail = translate(
                        "accounts", "Wrong password (attempt {n}), locked for {minutes} min"
                    ).format(n=failures, minutes=LOCK_MINUTES)
                    outcome = translate(
                        "accounts",
                        "The password was wrong {n} times: "
                        "the account is locked for {minutes} min.",
                    ).format(n=MAX_FAILED_LOGINS, minutes=LOCK_MINUTES)
                write_access(session, self._actor(user), AccessAction.LOGIN_FAILED, detail=detail)
            else:
                user.failed_logins = 0
                user.locked_until = None
                if _hasher().check_needs_rehash(user.password_hash):
                    user.password_hash = hash_password(password)
                outcome = self._actor(user)
                write_access(session, outcome, AccessAction.LOGIN)
        if isinstance(outcome, str):
            raise AuthenticationFailed(outcome)
        return outcome

    def _lock_clock(self, session: Session) -> datetime:
        """Now, for the lockout (naive UTC): in shared mode the server's clock, so that a desk
        whose clock is wrong or moved neither lifts nor stretches a lock; else this machine's,
        which is the database's own."""
        if session.get_bind().dialect.name == "postgresql":
            now = session.scalar(select(func.timezone("UTC", func.clock_timestamp())))
            assert isinstance(now, datetime)
            return now
        return self.clock()

    @staticmethod
    def _verify(user: User, password: str) -> bool:
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            return _hasher().verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    def logout(self, actor: Actor) -> None:
        """End the log-in session: the services refuse it from now on."""
        with self.db.unit_of_work() as session:
            write_access(session, actor, AccessAction.LOGOUT)
            login = self._login_session(session, actor)
            if login is not None and login.ended_at is None:
                login.ended_at = utcnow()

    def verify_password(self, actor: Actor, password: str) -> bool:
        """Unlock an idle-locked window: the same checks and counting as a log-in; the
        session goes on only for the same account with the same role and desk."""
        try:
            again = self._check_password(actor.username, password)
        except AuthenticationFailed:
            return False
        if (again.user_id, again.role, again.desk) != (actor.user_id, actor.role, actor.desk):
            raise PermissionDenied(
                translate(
                    "accounts",
                    "The account's rights or desk have changed. "
                    "Close the program and log in again.",
                )
            )
        with self.db.unit_of_work() as session:
            login = self._login_session(session, actor)
            if login is None or login.ended_at is not None:
                raise SessionExpired(
                    translate("accounts", "This session was logged out. Log in again.")
                )
            login.last_seen_at = utcnow()
        return True

    def lock_session(self, actor: Actor) -> None:
        """The window locked: the session is refused until the password is given again."""
        with self.db.unit_of_work() as session:
            login = self._login_session(session, actor)
            if login is not None:
                login.last_seen_at = login.started_at - timedelta(days=1)

    def touch(self, actor: Actor, idle_minutes: int | None = None) -> None:
        """The user is at work in the window (reading counts too): the session stays
        open; ``idle_minutes``: the window's own limit (its screen lock setting)."""
        with self.db.unit_of_work(actor=actor) as session:
            login = self._login_session(session, actor)
            if login is not None:
                login.last_seen_at = utcnow()
                if idle_minutes is not None:
                    login.idle_minutes = max(1, int(idle_minutes))

    @staticmethod
    def _login_session(session: Session, actor: Actor) -> LoginSession | None:
        if actor.session is None:
            return None
        return session.scalar(
            select(LoginSession).where(
                LoginSession.token_hash == token_hash(actor.session),
                LoginSession.user_id == actor.user_id,
            )
        )

    def _actor(self, user: User) -> Actor:
        desk = self.db.desk_codes()[user.desk_id] if user.desk_id is not None else None
        return Actor(user.id, user.username, user.display_name, Role(user.role), desk)

    # -- management --------------------------------------------------------------------

    def _event(
        self, session: Session, actor: Actor | None, user: User, action: str, detail: str
    ) -> None:
        session.add(
            AccountEvent(
                at=self.clock(),
                actor_id=actor.user_id if actor else None,
                user_id=user.id,
                action=action,
                detail=detail,
            )
        )
        write_access(
            session,
            actor,
            AccessAction.ACCOUNT,
            username=user.username,
            subject_kind="user",
            subject_id=user.id,
            subject_no=user.username,
            detail=f"{action}: {detail}",
        )

    @staticmethod
    def _lock_admins(session: Session) -> list[int]:
        """The ids of the active administrators, their rows locked until the unit ends
        (PostgreSQL; SQLite's writing unit holds the whole file): two administrators
        demoting or disabling each other at once cannot both see another one left."""
        return list(
            session.scalars(
                select(User.id)
                .where(User.role == Role.ADMIN.value, User.is_active.is_(True))
                .order_by(User.id)
                .with_for_update()
            )
        )

    def _user(self, session: Session, username: str) -> User:
        user = session.scalar(select(User).where(User.username == username.strip()))
        if user is None:
            raise NotFound(
                translate("accounts", "There is no account '{name}'.").format(
                    name=username,
                    name_josa=particle(username, "이/가"),  # korean-data
                )
            )
        return user

    def create_user(
        self,
        actor: Actor | None,
        username: str,
        password: str,
        role: Role,
        desk: str | None = None,
        display_name: str = "",
    ) -> Actor:
        """Add an account. ``actor`` None is allowed only while the database has no account."""
        check_username(username)
        check_password_rules(password)
        with self.db.unit_of_work() as session:
            return self.add_user(session, actor, username, password, role, desk, display_name)

    def add_user(
        self,
        session: Session,
        actor: Actor | None,
        username: str,
        password: str,
        role: Role,
        desk: str | None = None,
        display_name: str = "",
    ) -> Actor:
        """``create_user`` in the caller's unit of work (a demo commits its accounts with its
        records, so that a demo cut off leaves no account behind)."""
        name = check_username(username)
        check_password_rules(password)
        if role is Role.COUNSELOR and desk is None:
            raise ValidationError(
                "창구",  # korean-data
                translate("accounts", "A counselor account needs a desk."),
            )
        if desk is not None:
            desk_by_code(desk)
        if actor is not None:
            confirm_account(session, actor)
        if actor is None:
            if session.scalar(select(func.count()).select_from(User)):
                raise AuthenticationFailed(
                    translate("accounts", "Log in as an administrator to create an account.")
                )
        else:
            actor.require(Permission.MANAGE_ACCOUNTS)
            self.db.require_account_management()  # shared mode: not from a desk's role
        if session.scalar(select(User.id).where(User.username == name)):
            raise ValidationError(
                "사용자 이름",  # korean-data
                translate("accounts", "The account '{name}' already exists.").format(
                    name=name,
                    name_josa=particle(name, "은/는"),  # korean-data
                ),
            )
        shown = display_name.strip() or name
        # Figures per counselor (상담사별 실적, stats --by counselor) go by this name.
        if session.scalar(
            select(User.id).where(User.display_name == shown, User.is_active.is_(True))
        ):
            raise ValidationError(
                "표시 이름",  # korean-data
                translate(
                    "accounts",
                    "'{name}' is the name of another account. Enter a name that tells them apart.",
                ).format(name=shown, name_josa=particle(shown, "은/는")),  # korean-data
            )
        user = User(
            username=name,
            display_name=shown,
            password_hash=hash_password(password),
            role=role.value,
            desk_id=self.db.desk_ids()[desk] if desk else None,
            is_active=True,
            failed_logins=0,
            password_changed_at=self.clock(),
        )
        session.add(user)
        session.flush()
        self._event(
            session,
            actor,
            user,
            "create",
            translate("accounts", "{role}, desk {desk}").format(role=role.label, desk=desk or "-"),
        )
        return self._actor(user)

    def users(self, actor: Actor) -> list[UserItem]:
        """Every account, for the administrator."""
        actor.require(Permission.MANAGE_ACCOUNTS)
        codes = self.db.desk_codes()
        with self.db.unit_of_work(write=False) as session:
            rows = session.scalars(select(User).order_by(User.username)).all()
            return [
                UserItem(
                    u.id,
                    u.username,
                    u.display_name,
                    Role(u.role),
                    codes[u.desk_id] if u.desk_id else None,
                    u.is_active,
                    u.locked_until,
                    u.created_at,
                )
                for u in rows
            ]

    def set_active(self, actor: Actor, username: str, active: bool) -> None:
        """Disable (or enable again) an account; the last active administrator stays."""
        actor.require(Permission.MANAGE_ACCOUNTS)
        self.db.require_account_management()
        with self.db.unit_of_work() as session:
            admins = self._lock_admins(session)
            confirm_account(session, actor)
            user = self._user(session, username)
            if not active and admins == [user.id]:
                raise ValidationError(
                    "계정",  # korean-data
                    translate("accounts", "The last administrator account cannot be disabled."),
                )
            user.is_active = active
            self._event(session, actor, user, "enable" if active else "disable", "")

    def reset_password(self, actor: Actor, username: str, new_password: str) -> None:
        """Give an account a new password (and lift a lock)."""
        actor.require(Permission.MANAGE_ACCOUNTS)
        self.db.require_account_management()
        check_password_rules(new_password)
        with self.db.unit_of_work() as session:
            confirm_account(session, actor)
            user = self._user(session, username)
            user.password_hash = hash_password(new_password)
            user.password_changed_at = self.clock()
            user.failed_logins = 0
            user.locked_until = None
            self._event(session, actor, user, "reset_password", "")

    def set_role(self, actor: Actor, username: str, role: Role, desk: str | None) -> None:
        """Change an account's role or desk (a change of rights); the last active
        administrator stays one."""
        actor.require(Permission.MANAGE_ACCOUNTS)
        self.db.require_account_management()
        if role is Role.COUNSELOR and desk is None:
            raise ValidationError(
                "창구",  # korean-data
                translate("accounts", "A counselor account needs a desk."),
            )
        if desk is not None:
            desk_by_code(desk)
        with self.db.unit_of_work() as session:
            admins = self._lock_admins(session)
            confirm_account(session, actor)
            user = self._user(session, username)
            if role is not Role.ADMIN and admins == [user.id]:
                raise ValidationError(
                    "계정",  # korean-data
                    translate(
                        "accounts",
                        "The role of the last administrator account cannot be changed. "
                        "Create another administrator first.",
                    ),
                )
            before = f"{Role(user.role).label}/{self.db.desk_codes().get(user.desk_id or -1, '-')}"
            user.role = role.value
            user.desk_id = self.db.desk_ids()[desk] if desk else None
            self._event(session, actor, user, "role", f"{before} → {role.label}/{desk or '-'}")

    def events(self, actor: Actor) -> list[AccountEventItem]:
        """Every recorded grant and change of rights, newest first."""
        actor.require(Permission.MANAGE_ACCOUNTS)
        with self.db.unit_of_work(write=False) as session:
            names = dict(session.execute(select(User.id, User.username)).all())
            rows = session.scalars(
                select(AccountEvent).order_by(AccountEvent.at.desc(), AccountEvent.id.desc())
            ).all()
            installer = translate("accounts", "(setup)")
            return [
                AccountEventItem(
                    e.at,
                    names.get(e.actor_id, installer) if e.actor_id else installer,
                    names[e.user_id],
                    e.action,
                    e.detail or "",
                )
                for e in rows
            ]
