"""Hiring events in the main window: the 행사 page and the report's menu entry.

The caller builds the main window, then calls :func:`install` once::

    tools = install(window, workspace, actor)

Every account gets the 행사 page (:class:`~deskapp.ui.events.page.EventsPage`: the events
of this year, Ctrl+N a new one, Enter its page, F2 and Delete with a reason; its 실적 tab
is the events' report) and 보기 › 행사 실적 (Ctrl+Shift+H), which shows that tab.
An event's page is :class:`~deskapp.ui.events.event_window.EventWindow`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from deskapp.domain.access import Actor
from deskapp.services.workspace import Workspace
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
    "install",
]

PAGE_KEY = "events"
REPORT_SHORTCUT = "Ctrl+Shift+H"


class EventTools(QObject):
    """Owns the 행사 page of one window and the 행사 실적 menu entry."""

    def __init__(self, window: MainWindow, workspace: Workspace, actor: Actor) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.actor = actor
        self.page = EventsPage(window.context, window)
        window.register_page(PAGE_KEY, self.tr("행사"), self.page)
        action = QAction(self.tr("행사 실적(&H)…"), window)
        action.setShortcut(QKeySequence(REPORT_SHORTCUT))
        action.setStatusTip(
            self.tr("채용박람회·일구데이의 참여기업, 모집·참여·면접·채용 인원을 봅니다.")
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


def install(window: MainWindow, workspace: Workspace, actor: Actor) -> EventTools:
    """Add the 행사 page and 보기 › 행사 실적 to ``window``; returns their owner."""
    return EventTools(window, workspace, actor)
