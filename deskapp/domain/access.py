"""Who is acting, and what each role may do (checked by every service)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from deskapp.domain.errors import PermissionDenied
from deskapp.domain.korean import particle
from deskapp.domain.records import Role
from deskapp.i18n import noop, translate


class Permission(Enum):
    """Actions a service checks before it acts; the value is the English name."""

    WRITE_RECORDS = noop("access", "Register and correct records")
    VIEW_STATISTICS = noop("access", "View statistics")
    EXPORT_STATISTICS = noop("access", "Export statistics")
    IMPORT = noop("access", "Import workbooks")
    MANAGE_ACCOUNTS = noop("access", "Manage accounts")
    BACKUP = noop("access", "Back up and restore")
    REVIEW = noop("access", "Review placements, close months, set targets")

    @property
    def label(self) -> str:
        """The permission's name, in the language spoken."""
        return translate("access", self.value)


_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.TEAM_LEAD: frozenset(
        {
            Permission.WRITE_RECORDS,
            Permission.VIEW_STATISTICS,
            Permission.EXPORT_STATISTICS,
            Permission.REVIEW,
        }
    ),
    Role.COUNSELOR: frozenset({Permission.WRITE_RECORDS, Permission.VIEW_STATISTICS}),
}


@dataclass(frozen=True)
class Actor:
    """The logged-in account on whose behalf a service acts."""

    user_id: int
    username: str
    display_name: str
    role: Role
    desk: str | None  # desk code; None for accounts not tied to a desk
    # The log-in session's token: the services refuse it once it ended or lay idle too
    # long. None for an account acting without a log-in (the first run, tools).
    session: str | None = field(default=None, repr=False, compare=False)

    def can(self, permission: Permission) -> bool:
        return permission in _GRANTS[self.role]

    def require(self, permission: Permission) -> None:
        """Raise PermissionDenied unless the role grants ``permission``."""
        if not self.can(permission):
            raise PermissionDenied(
                translate(
                    "access", "The {role} account '{username}' lacks the '{permission}' permission."
                ).format(
                    role=self.role.label,
                    username=self.username,
                    permission=permission.label,
                    username_josa=particle(self.username, "은/는"),  # korean-data
                )
            )

    def may_write_at(self, desk: str) -> bool:
        """Whether records may be made at ``desk``: a counselor's own desk only."""
        return self.role is not Role.COUNSELOR or self.desk == desk

    def require_desk(self, desk: str) -> None:
        """A counselor writes only at their own desk."""
        if not self.may_write_at(desk):
            raise PermissionDenied(
                translate(
                    "access", "Counselor '{username}' cannot register records at another desk."
                ).format(
                    username=self.username,
                    username_josa=particle(self.username, "은/는"),  # korean-data
                )
            )
