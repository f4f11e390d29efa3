"""Table models of the administrator screens: accounts, account events, access log, backups.

Each model holds the frozen rows a service returned and hands them to the view
in batches (``canFetchMore``/``fetchMore``), so that a long access log does not
make the view lay out thousands of rows at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from deskapp.domain.audit import AccessAction
from deskapp.services.accounts import AccountEventItem, UserItem
from deskapp.services.audit import AccessEntry
from deskapp.services.backup import BackupInfo
from deskapp.ui.admin.common import desk_text, local_time, size_text, time_text, utc_now

Index = QModelIndex | QPersistentModelIndex
#: The data role that returns the row's item itself (a UserItem, an AccessEntry...).
ItemRole = Qt.ItemDataRole.UserRole + 1
_BATCH = 200
_DIMMED = QBrush(QColor("#808080"))
#: The type of a model's rows (a service's frozen item).
T = TypeVar("T")


class RowsModel(QAbstractTableModel, Generic[T]):
    """Frozen rows shown in columns; subclasses give the headings and the cell texts."""

    def __init__(self, parent: QObject | None = None, batch: int = _BATCH) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._shown = 0
        self._batch = batch
        self._headings: tuple[str, ...] = ()
        self._right: frozenset[int] = frozenset()
        self._cells: tuple[Callable[[T], str], ...] = ()

    def _columns(
        self, columns: Sequence[tuple[str, Callable[[T], str]]], right: Sequence[int] = ()
    ) -> None:
        self._headings = tuple(heading for heading, _ in columns)
        self._cells = tuple(cell for _, cell in columns)
        self._right = frozenset(right)

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = min(self._batch, len(self._rows))
        self.endResetModel()

    def rows(self) -> list[T]:
        """Every row held, shown or not yet fetched by the view."""
        return list(self._rows)

    def total(self) -> int:
        return len(self._rows)

    def item(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < self._shown else None

    # -- Qt ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headings)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        count = min(self._batch, len(self._rows) - self._shown)
        if count <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + count - 1)
        self._shown += count
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headings[section] if 0 <= section < len(self._headings) else None
        return section + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        column = index.column()
        if not 0 <= column < len(self._cells):
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[column](item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._right:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole:
            return _DIMMED if self.dimmed(item) else None
        if role == ItemRole:
            return item
        return None

    def dimmed(self, item: T) -> bool:
        """Whether a row is shown greyed (a disabled account, say)."""
        return False


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
