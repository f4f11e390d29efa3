"""The account behind every write is checked again inside its unit of work: an account
disabled, or given another role or desk, since its owner logged in acts no more."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.domain.access import Actor
from deskapp.domain.errors import PermissionDenied
from deskapp.store.models import Desk, User


def confirm_account(session: Session, actor: Actor) -> None:
    """PermissionDenied unless ``actor``'s account is active with the role and desk it
    logged in with."""
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
