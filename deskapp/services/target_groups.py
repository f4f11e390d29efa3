"""The managed list of target groups (대상 그룹) a seeker can be put in.

Administrators add groups and retire them; a retired group stays on the records
that have it (and in their statistics) but is offered no more.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from deskapp.domain import fields
from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.korean import particle
from deskapp.services.audit import write_access
from deskapp.store.database import Database
from deskapp.store.models import SeekerGroup, TargetGroup


@dataclass(frozen=True)
class Group:
    """A target group, whether it is offered, and how many seekers are in it."""

    name: str
    active: bool
    seekers: int


class TargetGroupService:
    """List, add and retire target groups."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def groups(self, include_retired: bool = False) -> list[Group]:
        """The groups in the list's order (everyone may read the list)."""
        with self.db.unit_of_work(write=False) as session:
            counts = dict(
                session.execute(
                    select(SeekerGroup.group_name, func.count()).group_by(SeekerGroup.group_name)
                ).all()
            )
            statement = select(TargetGroup).order_by(TargetGroup.sort_order, TargetGroup.name)
            if not include_retired:
                statement = statement.where(TargetGroup.active.is_(True))
            return [
                Group(g.name, g.active, counts.get(g.name, 0)) for g in session.scalars(statement)
            ]

    def add(self, actor: Actor, name: str) -> Group:
        """A new group at the end of the list (a retired one of that name comes back)."""
        actor.require(Permission.MANAGE_ACCOUNTS)
        clean = fields.text(name, "대상그룹", 30)
        if any(mark in clean for mark in ",;·\n"):
            raise ValidationError("대상그룹", "이름에 쉼표(,)나 세미콜론(;)을 쓸 수 없습니다.")
        with self.db.unit_of_work(actor=actor) as session:
            group = session.get(TargetGroup, clean)
            if group is not None and group.active:
                raise ValidationError(
                    "대상그룹", f"'{clean}'{particle(clean, '은/는')} 이미 목록에 있습니다."
                )
            if group is None:
                last = session.scalar(select(func.max(TargetGroup.sort_order))) or 0
                group = TargetGroup(name=clean, sort_order=last + 1, active=True)
                session.add(group)
            group.active = True
            write_access(
                session,
                actor,
                AccessAction.ACCOUNT,
                subject_kind="target_group",
                detail=f"대상 그룹 추가: {clean}",
            )
        return Group(clean, True, 0)

    def retire(self, actor: Actor, name: str) -> None:
        """Offer the group no more (records keep it)."""
        actor.require(Permission.MANAGE_ACCOUNTS)
        with self.db.unit_of_work(actor=actor) as session:
            group = session.get(TargetGroup, name.strip())
            if group is None or not group.active:
                raise NotFound(f"대상 그룹 '{name}'{particle(name, '이/가')} 목록에 없습니다.")
            group.active = False
            write_access(
                session,
                actor,
                AccessAction.ACCOUNT,
                subject_kind="target_group",
                detail=f"대상 그룹 사용 중지: {group.name}",
            )
