"""The team lead's review of the main window: the 검토 page and 통계 상세.

The main window builds the page and :class:`ReviewTools` from the registry
(deskapp/ui/pages.py).

Accounts allowed to review (팀장, 관리자) get a 검토 page with four tabs: 취업 검토
(placements by desk and counselor, marked reviewed), 월 마감 (close and reopen a
month), 목표·달성률 (yearly targets, achievement and charts) and 점검 신호 (flags).
Counselors get nothing. Any cell of the statistics table opens the records it
counts through :func:`open_drill_down`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from deskapp.domain.dates import Period
from deskapp.ui.review.drill_down import DrillDownDialog, open_drill_down
from deskapp.ui.review.page import ReviewPage

if TYPE_CHECKING:  # the main window builds the tools: no import cycle
    from deskapp.ui.main_window import MainWindow

__all__ = ["PAGE_KEY", "DrillDownDialog", "ReviewTools", "open_drill_down"]

PAGE_KEY = "review"


class ReviewTools(QObject):
    """Owns the 검토 page of one window (None for accounts that may not review)."""

    sig_open_seeker = Signal(int)
    """The page, or a 통계 상세 it opened, asks for a seeker's record: the seeker's id."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.actor = window.actor
        page = window.find_page(PAGE_KEY)
        self.page: ReviewPage | None = page if isinstance(page, ReviewPage) else None
        if self.page is not None:
            self.page.sig_open_seeker.connect(self.sig_open_seeker)
        self.sig_open_seeker.connect(window.context.open_seeker)

    def open_drill_down(
        self, period: Period, desk: str, measure: str, record: tuple[int, str] | None = None
    ) -> DrillDownDialog:
        """통계 상세 over the window, its Enter opening seekers as the page does."""
        dialog = open_drill_down(
            self.window.context, self.window, period, desk, measure, record=record
        )
        dialog.sig_open_seeker.connect(self.sig_open_seeker)
        return dialog
