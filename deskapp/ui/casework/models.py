"""Table models of the 사후관리 page and the matching dialogs (추천 구인, 맞는 구직자):
the frozen rows of the follow-up, registration-period and matching services shown in
columns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from deskapp.services.matching import Match
from deskapp.services.registration_periods import Expiring
from deskapp.services.rules.follow_up import WorkItem
from deskapp.ui.context import desk_short_name
from deskapp.ui.lists import ItemRole, RowsModel

__all__ = [
    "ExpiringModel",
    "ItemRole",
    "MatchesModel",
    "SeekerMatchesModel",
    "WorkItemsModel",
    "expiring_label",
    "kind_text",
]


def kind_text(kind: str) -> str:
    """The Korean label of a worklist item's kind."""
    labels = {
        "no_contact": QCoreApplication.translate("casework", "No contact"),
        "referral_pending": QCoreApplication.translate("casework", "Awaiting referral outcome"),
        "retention_due": QCoreApplication.translate("casework", "Employment retention check"),
        "event_follow_up": QCoreApplication.translate("casework", "Post-event follow-up"),
        "job_seeker": QCoreApplication.translate("casework", "Job seeker registration"),
        "job_opening": QCoreApplication.translate("casework", "Opening registration"),
    }
    return labels.get(kind, kind)


def expiring_label(item: Expiring) -> str:
    """A registration ending soon as a counselor names it: the seeker's name, or an
    opening's employer and occupation (``가산빌딩관리 · 아파트 경비원``)."""
    if item.kind == "job_opening" and item.employer:
        return f"{item.employer} · {item.label}"
    return item.label or ""


class WorkItemsModel(RowsModel[WorkItem]):
    """The follow-up worklist: 기한, 구분, 구직자, (창구, 상담사,) 내용.

    ``team``: a team lead's (or an administrator's) list of every desk, with the desk and
    the counselor of each line; a counselor's list is their own and has neither."""

    def __init__(self, parent: QObject | None = None, team: bool = False) -> None:
        super().__init__(parent)
        team_columns = [
            (self.tr("Desk"), lambda i: desk_short_name(i.desk)),
            (self.tr("Counselor"), lambda i: i.counselor),
        ]
        self._columns(
            [
                (self.tr("Due"), lambda i: i.due.isoformat()),
                (self.tr("Type"), lambda i: kind_text(i.kind)),
                (self.tr("Job seeker"), lambda i: i.seeker_name),
                *(team_columns if team else []),
                (self.tr("Details"), lambda i: i.detail),
            ]
        )


class ExpiringModel(RowsModel[Expiring]):
    """Registrations ending soon: 종료일, 구분, 구직자 or 구인 (업체 · 직종), and with
    ``team`` (see :class:`WorkItemsModel`) 창구 and 상담사."""

    def __init__(self, parent: QObject | None = None, team: bool = False) -> None:
        super().__init__(parent)
        team_columns = [
            (self.tr("Desk"), lambda e: desk_short_name(e.desk)),
            (self.tr("Counselor"), lambda e: e.counselor),
        ]
        self._columns(
            [
                (self.tr("End date"), lambda e: e.active_until.isoformat()),
                (self.tr("Type"), lambda e: kind_text(e.kind)),
                (self.tr("Job seeker · opening (employer · occupation)"), expiring_label),
                *(team_columns if team else []),
            ]
        )


class MatchesModel(RowsModel[Match]):
    """Openings fitting a seeker, best first: 구인, 조건, 추천 이유."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._match_columns(self.tr("Opening"), self.tr("Conditions"))

    def _match_columns(self, title: str, subtitle: str) -> None:
        self._columns(
            [
                (title, lambda m: m.title),
                (subtitle, lambda m: m.subtitle),
                (self.tr("Why suggested"), lambda m: " · ".join(m.reasons)),
            ]
        )


class SeekerMatchesModel(MatchesModel):
    """Seekers fitting an opening, best first: 구직자, 희망직종, 추천 이유."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._match_columns(self.tr("Job seeker"), self.tr("Desired occupation"))
