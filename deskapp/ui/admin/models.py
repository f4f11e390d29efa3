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
                (self.tr("사용자 이름"), lambda u: u.username),
                (self.tr("이름"), lambda u: u.display_name),
                (self.tr("역할"), lambda u: u.role.label),
                (self.tr("창구"), lambda u: desk_text(u.desk)),
                (self.tr("상태"), self.state_text),
            ]
        )

    def state_text(self, user: UserItem) -> str:
        if not user.is_active:
            return self.tr("사용 중지")
        if user.locked_until is not None and user.locked_until > utc_now():
            until = local_time(user.locked_until).strftime("%H:%M")
            return self.tr("잠김 ({until}까지)").format(until=until)
        return self.tr("사용 중")

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
            "create": self.tr("계정 추가"),
            "disable": self.tr("사용 중지"),
            "enable": self.tr("다시 사용"),
            "reset_password": self.tr("비밀번호 재설정"),
            "role": self.tr("역할·창구 변경"),
        }
        self._columns(
            [
                (self.tr("시각"), lambda e: time_text(local_time(e.at))),
                (self.tr("처리한 계정"), lambda e: e.actor),
                (self.tr("대상 계정"), lambda e: e.username),
                (self.tr("작업"), self.action_text),
                (self.tr("내용"), lambda e: e.detail),
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
                (self.tr("시각"), lambda e: time_text(e.at)),
                (self.tr("계정"), lambda e: e.username),
                (self.tr("호스트"), lambda e: e.host),
                (self.tr("행위"), lambda e: e.action.label),
                (self.tr("대상"), lambda e: e.subject),
                (self.tr("내용"), lambda e: e.detail),
            ]
        )


def reason_of(entry: AccessEntry) -> str:
    """The reason an output was made, as the services write it (``… · 사유: 월간 보고``)."""
    _, found, reason = entry.detail.partition("사유:")
    return reason.strip() if found else ""


class ReviewModel(RowsModel[AccessEntry]):
    """The monthly review: downloads, exports, prints and imports with their reasons."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns(
            [
                (self.tr("시각"), lambda e: time_text(e.at)),
                (self.tr("계정"), lambda e: e.username),
                (self.tr("행위"), lambda e: e.action.label),
                (self.tr("사유"), reason_of),
                (self.tr("내용"), lambda e: e.detail),
            ]
        )

    def count(self, action: AccessAction) -> int:
        return sum(1 for e in self._rows if e.action is action)


class BackupCopiesModel(RowsModel[BackupInfo]):
    """The backup copies: 만든 시각, 종류, 크기, 파일 (newest first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reasons = {
            "manual": self.tr("지금 백업"),
            "daily": self.tr("매일 자동"),
            "before-import": self.tr("가져오기 전"),
            "before-purge": self.tr("파기 전"),
            "before-restore": self.tr("복원 전"),
        }
        self._columns(
            [
                (self.tr("만든 시각"), lambda b: time_text(b.made_at)),
                (self.tr("종류"), self.reason_text),
                (self.tr("크기"), lambda b: size_text(b.size)),
                (self.tr("파일"), lambda b: b.path.name),
            ],
            right=(2,),
        )

    def reason_text(self, info: BackupInfo) -> str:
        return self._reasons.get(info.reason, info.reason)
