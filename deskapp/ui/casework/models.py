"""Table models of the 사후관리 page and the matching dialogs (추천 구인, 맞는 구직자):
the frozen rows of ``deskapp.services.casework`` shown in columns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from deskapp.services.casework import Expiring, Match, WorkItem
from deskapp.ui.admin.models import ItemRole, RowsModel

__all__ = [
    "ExpiringModel",
    "ItemRole",
    "MatchesModel",
    "SeekerMatchesModel",
    "WorkItemsModel",
    "kind_text",
]


def kind_text(kind: str) -> str:
    """The Korean label of a worklist item's kind."""
    labels = {
        "no_contact": QCoreApplication.translate("casework", "연락 없음"),
        "referral_pending": QCoreApplication.translate("casework", "알선 결과 대기"),
        "retention_due": QCoreApplication.translate("casework", "고용유지 확인"),
        "event_follow_up": QCoreApplication.translate("casework", "행사 후 사후관리"),
        "job_seeker": QCoreApplication.translate("casework", "구직 등록"),
        "job_opening": QCoreApplication.translate("casework", "구인 등록"),
    }
    return labels.get(kind, kind)


class WorkItemsModel(RowsModel):
    """The follow-up worklist: 기한, 구분, 구직자, 내용."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns(
            [
                (self.tr("기한"), lambda i: i.due.isoformat()),
                (self.tr("구분"), lambda i: kind_text(i.kind)),
                (self.tr("구직자"), lambda i: i.seeker_name),
                (self.tr("내용"), lambda i: i.detail),
            ]
        )

    def item(self, row: int) -> WorkItem | None:
        return super().item(row)


class ExpiringModel(RowsModel):
    """Registrations ending soon: 종료일, 구분, 이름 (구직자 or 구인 직종)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns(
            [
                (self.tr("종료일"), lambda e: e.active_until.isoformat()),
                (self.tr("구분"), lambda e: kind_text(e.kind)),
                (self.tr("이름·직종"), lambda e: e.label or ""),
            ]
        )

    def item(self, row: int) -> Expiring | None:
        return super().item(row)


class MatchesModel(RowsModel):
    """Openings fitting a seeker, best first: 구인, 조건, 추천 이유."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._match_columns(self.tr("구인"), self.tr("조건"))

    def _match_columns(self, title: str, subtitle: str) -> None:
        self._columns(
            [
                (title, lambda m: m.title),
                (subtitle, lambda m: m.subtitle),
                (self.tr("추천 이유"), lambda m: " · ".join(m.reasons)),
            ]
        )

    def item(self, row: int) -> Match | None:
        return super().item(row)


class SeekerMatchesModel(MatchesModel):
    """Seekers fitting an opening, best first: 구직자, 희망직종, 추천 이유."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._match_columns(self.tr("구직자"), self.tr("희망직종"))
