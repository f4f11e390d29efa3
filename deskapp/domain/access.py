"""Who is acting, and what each role may do (checked by every service)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from deskapp.domain.errors import PermissionDenied
from deskapp.domain.korean import particle
from deskapp.domain.records import Role


class Permission(Enum):
    """Actions a service checks before it acts."""

    WRITE_RECORDS = "기록 등록·수정"
    VIEW_STATISTICS = "통계 보기"
    EXPORT_STATISTICS = "통계 내보내기"
    IMPORT = "통합문서 가져오기"
    MANAGE_ACCOUNTS = "계정 관리"
    BACKUP = "백업·복원"
    REVIEW = "취업 검토·월 마감·목표"


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
                f"{self.role.label} 계정 '{self.username}'{particle(self.username, '은/는')} "
                f"'{permission.value}' 권한이 없습니다."
            )

    def may_write_at(self, desk: str) -> bool:
        """Whether records may be made at ``desk``: a counselor's own desk only."""
        return self.role is not Role.COUNSELOR or self.desk == desk

    def require_desk(self, desk: str) -> None:
        """A counselor writes only at their own desk."""
        if not self.may_write_at(desk):
            raise PermissionDenied(
                f"상담사 '{self.username}'{particle(self.username, '은/는')} 다른 창구의 기록을 "
                "등록할 수 없습니다."
            )
