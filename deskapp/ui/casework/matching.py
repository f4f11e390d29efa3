"""추천 구인: open openings ranked for one seeker, each with why it fits; Enter refers
the seeker to the chosen one (an 알선 dated today)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from deskapp.domain.access import Actor
from deskapp.services.casework import Match
from deskapp.services.workspace import Workspace
from deskapp.ui.admin.common import StatusLabel
from deskapp.ui.casework.models import MatchesModel
from deskapp.ui.review.common import RecordTableView
from deskapp.ui.workers import QueryOp

__all__ = ["MatchDialog"]


class MatchDialog(QDialog):
    """The openings fitting a seeker, best first; Enter refers the seeker to one."""

    sig_loaded = Signal()
    """The matches were shown."""
    sig_referred = Signal(int)
    """A referral was saved: the opening's id."""

    def __init__(
        self,
        workspace: Workspace,
        actor: Actor,
        seeker_id: int,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("match_dialog")
        self.setWindowTitle(self.tr("추천 구인 — {title}").format(title=title))
        self.workspace = workspace
        self.actor = actor
        self.seeker_id = seeker_id
        self.model = MatchesModel(self)
        self.table = RecordTableView(self)
        self.table.setObjectName("matches")
        self.table.setAccessibleName(self.tr("추천 구인"))
        self.table.setModel(self.model)
        self.table.sig_row_entered.connect(self.refer)
        self.status_label = StatusLabel(self)
        hint = QLabel(self.tr("Enter: 고른 구인에 알선 · Esc: 닫기"), self)
        hint.setStyleSheet("color: #555;")
        close_button = QPushButton(self.tr("닫기 (Esc)"), self)
        close_button.setAutoDefault(False)
        close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(hint)
        layout.addWidget(close_button)
        self.resize(760, 420)
        self.load()

    def load(self) -> None:
        casework, actor, seeker_id = self.workspace.casework, self.actor, self.seeker_id
        QueryOp(
            parent=self,
            op=lambda _p: casework.openings_for_seeker(actor, seeker_id),
            success=self._loaded,
        ).failure(self.status_label.show_error).run_in_background()

    def _loaded(self, matches: list[Match]) -> None:
        self.model.set_rows(matches)
        if matches:
            self.table.selectRow(0)
        else:
            self.status_label.show_text(self.tr("알맞은 구인이 없습니다."))
        self.table.setFocus()
        self.sig_loaded.emit()

    def refer(self, row: int) -> None:
        """Refer the seeker to the opening on ``row``, dated today."""
        match = self.model.item(row)
        if match is None:
            return
        records, actor, seeker_id = self.workspace.records, self.actor, self.seeker_id
        day = records.today().isoformat()
        QueryOp(
            parent=self,
            op=lambda _p: records.refer(actor, seeker_id, match.id, {"알선일": day}),
            success=lambda _saved: self._referred(match),
        ).failure(self.status_label.show_error).run_in_background()

    def _referred(self, match: Match) -> None:
        self.status_label.show_text(self.tr("{title}에 알선했습니다.").format(title=match.title))
        self.sig_referred.emit(match.id)
        self.load()
