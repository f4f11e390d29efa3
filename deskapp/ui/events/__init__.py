"""Hiring events in the main window: the 행사 page and the report's menu entry.

The main window builds the page and :class:`EventTools` from the registry
(deskapp/ui/pages.py).

Every account gets the 행사 page (:class:`~deskapp.ui.events.page.EventsPage`: the events
of this year, Ctrl+N a new one, Enter its page, F2 and Delete with a reason; its 실적 tab
is the events' report) and 보기 › 행사 실적 (Ctrl+Shift+H), which shows that tab.
An event's page is :class:`~deskapp.ui.events.event_window.EventWindow`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from deskapp.ui.events.event_window import EventWindow
from deskapp.ui.events.page import EventsPage
from deskapp.ui.events.report import BehindDialog, ReportPanel

if TYPE_CHECKING:  # no import cycle with the main window
    from deskapp.ui.main_window import MainWindow

__all__ = [
    "PAGE_KEY",
    "REPORT_SHORTCUT",
    "BehindDialog",
    "EventTools",
    "EventWindow",
    "EventsPage",
    "ReportPanel",
]

PAGE_KEY = "events"
REPORT_SHORTCUT = "Ctrl+Shift+H"


class EventTools(QObject):
    """Owns the 행사 page of one window and the 행사 실적 menu entry."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.actor = window.actor
        page = window.find_page(PAGE_KEY)
        assert isinstance(page, EventsPage), "the registry lists the hiring events page"
        self.page = page
        action = QAction(self.tr("&Hiring event results…"), window)
        action.setShortcut(QKeySequence(REPORT_SHORTCUT))
        action.setStatusTip(
            self.tr(
                "See participating employers and numbers recruited, participating, "
                "interviewed and hired at job fairs and Ilgu Days."
            )
        )
        action.triggered.connect(lambda _checked=False: self.open_report())
        window.view_menu.addAction(action)
        window.addAction(action)
        self.report_action = action

    def open_report(self) -> EventsPage:
        """보기 › 행사 실적: the 행사 page on its 실적 tab."""
        self.window.show_page(PAGE_KEY)
        self.page.show_report()
        return self.page
