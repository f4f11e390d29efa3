"""Table models of the administrator screens: accounts, account events, access log, backups.

Each is a :class:`deskapp.ui.lists.RowsModel`: the frozen rows a service returned,
handed to the view in batches.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from deskapp.domain.audit import AccessAction
from deskapp.services.accounts import AccountEventItem, UserItem
from deskapp.services.audit import AccessEntry
from deskapp.services.backup import BackupInfo
from deskapp.ui.admin.common import desk_text, local_time, size_text, time_text, utc_now
from deskapp.ui.lists import RowsModel


class UsersModel(RowsModel[UserItem]):
    """The accounts: 사용자 이름, 이름, 역할, 창구, 상태."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns(
            [
                (self.tr("User name"), lambda u: u.username),
                (self.tr("Name"), lambda u: u.display_name),
                (self.tr("Role"), lambda u: u.role.label),
                (self.tr("Desk"), lambda u: desk_text(u.desk)),
                (self.tr("Status"), self.state_text),
            ]
        )

    def state_text(self, user: UserItem) -> str:
        if not user.is_active:
            return self.tr("Deactivated")
        if user.locked_until is not None and user.locked_until > utc_now():
            until = local_time(user.locked_until).strftime("%H:%M")
            return self.tr("Locked (until {until})").format(until=until)
        return self.tr("Active")

    def dimmed(self, item: UserItem) -> bool:
        return not item.is_active

    def row_of(self, username: str) -> int:
        """The shown row of an account; -1 when it is not shown."""
        for row in range(self._shown):
            if self._rows[row].username == username:
                return row
        return -1


class AccountEventsModel(RowsModel[AccountEventItem]):
    """The account events (권한 부여·변경 기록), newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions = {
            "create": self.tr("Add account"),
            "disable": self.tr("Deactivated"),
            "enable": self.tr("Reactivate"),
            "reset_password": self.tr("Reset password"),
            "role": self.tr("Change role and desk"),
        }
        self._columns(
            [
                (self.tr("Time"), lambda e: time_text(local_time(e.at))),
                (self.tr("Done by"), lambda e: e.actor),
                (self.tr("Account"), lambda e: e.username),
                (self.tr("Change"), self.action_text),
                (self.tr("Details"), lambda e: e.detail),
            ]
        )

    def action_text(self, event: AccountEventItem) -> str:
        return self._actions.get(event.action, event.action)


class AccessLogModel(RowsModel[AccessEntry]):
    """Access-log lines: 시각, 계정, 호스트, 행위, 대상, 내용 (as the service orders them)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns(
            [
                (self.tr("Time"), lambda e: time_text(e.at)),
                (self.tr("Account"), lambda e: e.username),
                (self.tr("Host"), lambda e: e.host),
                (self.tr("Action"), lambda e: e.action.label),
                (self.tr("Subject"), lambda e: e.subject),
                (self.tr("Details"), lambda e: e.detail),
            ]
        )


def reason_of(entry: AccessEntry) -> str:
    """The reason an output was made, as the services write it (``… · 사유: 월간 보고``)."""
    _, found, reason = entry.detail.partition("사유:")  # korean-data
    return reason.strip() if found else ""


class ReviewModel(RowsModel[AccessEntry]):
    """The monthly review: downloads, exports, prints and imports with their reasons."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns(
            [
                (self.tr("Time"), lambda e: time_text(e.at)),
                (self.tr("Account"), lambda e: e.username),
                (self.tr("Action"), lambda e: e.action.label),
                (self.tr("Reason"), reason_of),
                (self.tr("Details"), lambda e: e.detail),
            ]
        )

    def count(self, action: AccessAction) -> int:
        return sum(1 for e in self._rows if e.action is action)


class BackupCopiesModel(RowsModel[BackupInfo]):
    """The backup copies: 만든 시각, 종류, 크기, 파일 (newest first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reasons = {
            "manual": self.tr("Backup now"),
            "daily": self.tr("Daily automatic"),
            "before-import": self.tr("Before import"),
            "before-purge": self.tr("Before deletion"),
            "before-restore": self.tr("Before restore"),
        }
        self._columns(
            [
                (self.tr("Created"), lambda b: time_text(b.made_at)),
                (self.tr("Type"), self.reason_text),
                (self.tr("Size"), lambda b: size_text(b.size)),
                (self.tr("File"), lambda b: b.path.name),
            ],
            right=(2,),
        )

    def reason_text(self, info: BackupInfo) -> str:
        return self._reasons.get(info.reason, info.reason)
