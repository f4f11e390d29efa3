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
from deskapp.i18n import translate
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
        clean = fields.text(name, "대상그룹", 30)  # korean-data
        if any(mark in clean for mark in ",;·\n"):
            raise ValidationError(
                "대상그룹",  # korean-data
                translate("target_groups", "A name cannot contain a comma (,) or semicolon (;)."),
            )
        with self.db.unit_of_work(actor=actor) as session:
            group = session.get(TargetGroup, clean)
            if group is not None and group.active:
                raise ValidationError(
                    "대상그룹",  # korean-data
                    translate("target_groups", "'{name}' is already on the list.").format(
                        name=clean,
                        name_josa=particle(clean, "은/는"),  # korean-data
                    ),
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
                detail=translate("target_groups", "Target group added: {name}").format(name=clean),
            )
        return Group(clean, True, 0)

    def retire(self, actor: Actor, name: str) -> None:
        """Offer the group no more (records keep it)."""
        actor.require(Permission.MANAGE_ACCOUNTS)
        with self.db.unit_of_work(actor=actor) as session:
            group = session.get(TargetGroup, name.strip())
            if group is None or not group.active:
                raise NotFound(
                    translate("target_groups", "Target group '{name}' is not on the list.").format(
                        name=name,
                        name_josa=particle(name, "이/가"),  # korean-data
                    )
                )
            group.active = False
            write_access(
                session,
                actor,
                AccessAction.ACCOUNT,
                subject_kind="target_group",
                detail=translate("target_groups", "Target group retired: {name}").format(
                    name=group.name
                ),
            )
