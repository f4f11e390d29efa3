"""The counselors' casework tools of the main window: the 사후관리 page and,
for team leads, 구직자 병합.

The main window builds the page and :class:`CaseworkTools` from the registry
(deskapp/ui/pages.py).

Every account gets the 사후관리 page (the follow-up worklist and the registrations
ending this week). Accounts allowed to review (팀장, 관리자) also get 구직자 병합…
(Ctrl+Shift+M) in the 기록 menu. Matching lives where its record is: 추천 구인
(Ctrl+M) in the seeker's record window
(:class:`~deskapp.ui.casework.matching.MatchDialog`), 맞는 구직자 (Ctrl+M) on the
구인업체·구인 page (:class:`~deskapp.ui.casework.matching.SeekerMatchDialog`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from deskapp.domain.access import Permission
from deskapp.ui.casework.matching import MatchDialog, SeekerMatchDialog
from deskapp.ui.casework.merge import MergeDialog
from deskapp.ui.casework.page import SHOWS, FollowUpPage
from deskapp.ui.context import Changes

if TYPE_CHECKING:  # no import cycle with the main window
    from deskapp.ui.main_window import MainWindow

__all__ = [
    "PAGE_KEY",
    "CaseworkTools",
    "FollowUpPage",
    "MatchDialog",
    "MergeDialog",
    "SeekerMatchDialog",
]

PAGE_KEY = "casework"


class CaseworkTools(QObject):
    """Owns the 사후관리 page of one window and, for team leads, the merge action."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.actor = actor = window.actor
        self.last_merge: int | None = None
        self.merge_dialog: MergeDialog | None = None
        context = window.context
        page = window.find_page(PAGE_KEY)
        assert isinstance(page, FollowUpPage), "the registry lists the follow-up page"
        self.page = page
        # A check recorded or a registration renewed: the seeker's follow-ups changed.
        page.sig_changed.connect(lambda: context.changed(Changes.saved(*SHOWS)))
        page.sig_counts.connect(window.today_page.set_casework_counts)
        page.load()  # the 오늘 page shows the counts before the page is opened
        self.merge_action: QAction | None = None
        if actor.can(Permission.REVIEW):
            action = QAction(self.tr("Mer&ge job seekers…"), window)
            action.setShortcut(QKeySequence("Ctrl+Shift+M"))
            action.setStatusTip(
                self.tr("Merge one person's duplicate records into one, or undo a merge.")
            )
            action.triggered.connect(lambda _checked=False: self.open_merge())
            menus = [m for m in window.find_action.associatedObjects() if isinstance(m, QMenu)]
            if menus:
                menus[0].addAction(action)
            window.addAction(action)
            self.merge_action = action

    def open_merge(self) -> MergeDialog:
        """구직자 병합 over the window."""
        dialog = MergeDialog(self.window.context, self.last_merge, self.window)
        dialog.sig_merged.connect(self._merged)
        dialog.sig_undone.connect(self._undone)
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def _merged(self, merge_id: int) -> None:
        self.last_merge = merge_id
        self.window.context.changed(Changes.all())  # a seeker's every record moved

    def _undone(self) -> None:
        self.last_merge = None
        self.window.context.changed(Changes.all())
