"""Accounts: argon2id password hashes, log-in, and creating users."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from deskapp.domain.access import Actor, Permission
from deskapp.domain.desks import desk_by_code
from deskapp.domain.errors import AuthenticationFailed, ValidationError
from deskapp.domain.records import Role
from deskapp.store.database import Database
from deskapp.store.models import User

# argon2id, above OWASP's floor (19 MiB, 2 iterations, 1 lane).
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
PASSWORD_MIN = 8


def hash_password(password: str) -> str:
    """An argon2id hash of ``password`` (salted; the password itself is never stored)."""
    return _HASHER.hash(password)


def check_password_rules(password: str) -> None:
    """A new password: at least 8 characters with letters and digits."""
    if len(password) < PASSWORD_MIN:
        raise ValidationError("비밀번호", f"{PASSWORD_MIN}자 이상이어야 합니다.")
    if not re.search(r"\d", password) or not re.search(r"[^\d\s]", password):
        raise ValidationError("비밀번호", "문자와 숫자를 함께 써야 합니다.")


def check_username(username: str) -> str:
    name = username.strip()
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_.\-]{1,39}", name):
        raise ValidationError(
            "사용자 이름", f"'{username}': 영문자로 시작하는 2~40자 영문·숫자여야 합니다."
        )
    return name


def new_user(
    username: str,
    display_name: str,
    password: str,
    role: Role,
    desk: str | None,
    desk_id: int | None,
) -> User:
    """A User row after validating the name, password and desk."""
    name = check_username(username)
    check_password_rules(password)
    if role is Role.COUNSELOR and desk is None:
        raise ValidationError("창구", "상담사 계정에는 창구가 필요합니다.")
    if desk is not None:
        desk_by_code(desk)
    return User(
        username=name,
        display_name=display_name.strip() or name,
        password_hash=hash_password(password),
        role=role.value,
        desk_id=desk_id,
        is_active=True,
    )


class AccountService:
    """Log-in and account creation."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def authenticate(self, username: str, password: str) -> Actor:
        """The Actor for a correct user name and password; AuthenticationFailed otherwise."""
        with self.db.unit_of_work() as session:
            user = session.scalar(select(User).where(User.username == username.strip()))
            if user is None or not user.is_active:
                # Hash anyway so that a missing account takes as long as a wrong password.
                _HASHER.hash(password)
                raise AuthenticationFailed("사용자 이름 또는 비밀번호가 맞지 않습니다.")
            try:
                _HASHER.verify(user.password_hash, password)
            except (VerificationError, InvalidHashError):
                raise AuthenticationFailed("사용자 이름 또는 비밀번호가 맞지 않습니다.") from None
            if _HASHER.check_needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            return self._actor(user)

    def _actor(self, user: User) -> Actor:
        desk = self.db.desk_codes()[user.desk_id] if user.desk_id is not None else None
        return Actor(user.id, user.username, user.display_name, Role(user.role), desk)

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
        with self.db.unit_of_work() as session:
            if actor is None:
                if session.scalar(select(func.count()).select_from(User)):
                    raise AuthenticationFailed("계정을 만들려면 관리자로 로그인해야 합니다.")
            else:
                actor.require(Permission.MANAGE_ACCOUNTS)
            if session.scalar(select(User.id).where(User.username == username.strip())):
                raise ValidationError("사용자 이름", f"'{username}'은(는) 이미 있는 계정입니다.")
            desk_id = self.db.desk_ids()[desk] if desk else None
            user = new_user(username, display_name, password, role, desk, desk_id)
            session.add(user)
            session.flush()
            return self._actor(user)
