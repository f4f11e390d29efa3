"""Every page and tool of the main window, listed once.

:class:`~deskapp.ui.main_window.MainWindow` builds, in its constructor, the pages of
:data:`PAGES` the logged-in account may see (in this order: the navigation list,
the 보기 menu and Ctrl+1…Ctrl+9 follow it), then the tools of :data:`TOOLS` (their
menus and actions). No package adds anything to the window after it is built.

To add a page: write the widget (its constructor ``(context, parent=None)``), add a
:class:`PageSpec` here, and a help topic for its key in help.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from deskapp.domain.access import Actor, Permission
from deskapp.i18n import noop
from deskapp.ui.admin import AdminTools
from deskapp.ui.casework import CaseworkTools
from deskapp.ui.casework.page import SHOWS as CASEWORK_SHOWS
from deskapp.ui.casework.page import FollowUpPage
from deskapp.ui.context import COUNTED, Changes
from deskapp.ui.events import EventTools
from deskapp.ui.events.page import EventsPage
from deskapp.ui.review import ReviewTools
from deskapp.ui.review.page import ReviewPage
from deskapp.ui.stats_view import StatsView
from deskapp.ui.work_views import EmployersPage, ReferralsPage, SeekersPage, SessionsPage, TodayPage

if TYPE_CHECKING:  # the window imports this module
    from deskapp.ui.main_window import MainWindow

__all__ = ["PAGES", "TOOLS", "PageSpec", "ToolSpec", "pages_for", "tools_for"]


def everyone(_actor: Actor) -> bool:
    return True


def reviewers(actor: Actor) -> bool:
    """팀장 and 관리자: the accounts allowed to review."""
    return actor.can(Permission.REVIEW)


@dataclass(frozen=True)
class PageSpec:
    """A page of the main window.

    ``title`` is the source text, translated by the window (``MainWindow.tr``); ``factory``
    builds the page for the window (its context, the window as parent) and connects
    it; ``visible_for`` says which accounts get it.
    """

    key: str
    title: str
    factory: Callable[[MainWindow], QWidget]
    visible_for: Callable[[Actor], bool] = everyone


@dataclass(frozen=True)
class ToolSpec:
    """What a feature adds beside pages (menus, actions, timers), owned by one QObject
    that ``factory`` builds once the window's pages are there."""

    key: str
    factory: Callable[[MainWindow], QObject]
    visible_for: Callable[[Actor], bool] = everyone


def _today(window: MainWindow) -> QWidget:
    return TodayPage(window.context, window)


def _seekers(window: MainWindow) -> QWidget:
    return SeekersPage(window.context, window)


def _employers(window: MainWindow) -> QWidget:
    return EmployersPage(window.context, window)


def _sessions(window: MainWindow) -> QWidget:
    return SessionsPage(window.context, window)


def _placements(window: MainWindow) -> QWidget:
    return ReferralsPage(window.context, window)


def _stats(window: MainWindow) -> QWidget:
    context = window.context
    view = StatsView(context, window)

    def changed(changes: Changes) -> None:
        if changes.touches(COUNTED):
            view.refresh()

    context.sig_data_changed.connect(changed)
    view.sig_open_seeker.connect(context.open_seeker)
    return view


def _review(window: MainWindow) -> QWidget:
    context = window.context
    page = ReviewPage(context, window)

    def changed(changes: Changes) -> None:
        if changes.touches(COUNTED):
            page.refresh()

    context.sig_data_changed.connect(changed)
    return page  # its seekers open through ReviewTools, with 통계 상세's


def _casework(window: MainWindow) -> QWidget:
    context = window.context
    page = FollowUpPage(context, window)
    page.sig_open_seeker.connect(context.open_seeker)
    page.sig_open_employer.connect(context.open_employer)

    def changed(changes: Changes) -> None:
        if changes.touches(CASEWORK_SHOWS):
            page.mark_stale()

    context.sig_data_changed.connect(changed)
    return page


def _events(window: MainWindow) -> QWidget:
    return EventsPage(window.context, window)


#: The pages, in the order of the navigation list (their keys are kept in the settings
#: as the page left last, and name the help topics: do not rename them).
PAGES: tuple[PageSpec, ...] = (
    PageSpec("today", noop("MainWindow", "Today"), _today),
    PageSpec("seekers", noop("MainWindow", "Job seekers"), _seekers),
    PageSpec("employers", noop("MainWindow", "Employers and openings"), _employers),
    PageSpec("sessions", noop("MainWindow", "Sessions"), _sessions),
    PageSpec("placements", noop("MainWindow", "Referrals and placements"), _placements),
    PageSpec("stats", noop("MainWindow", "Statistics"), _stats),
    PageSpec("review", noop("MainWindow", "Review"), _review, reviewers),
    PageSpec("casework", noop("MainWindow", "Follow-up"), _casework),
    PageSpec("events", noop("MainWindow", "Hiring events"), _events),
)


def _admin(window: MainWindow) -> QObject:
    return AdminTools(window)


def _review_tools(window: MainWindow) -> QObject:
    return ReviewTools(window)


def _casework_tools(window: MainWindow) -> QObject:
    return CaseworkTools(window)


def _event_tools(window: MainWindow) -> QObject:
    return EventTools(window)


#: The tools, built after the pages in this order: the 관리 menu (its idle lock and
#: database check start when the window is shown: AdminTools.start), 통계 상세,
#: 구직자 병합, 행사 실적.
TOOLS: tuple[ToolSpec, ...] = (
    ToolSpec("admin", _admin),
    ToolSpec("review", _review_tools),
    ToolSpec("casework", _casework_tools),
    ToolSpec("events", _event_tools),
)


def pages_for(actor: Actor) -> list[PageSpec]:
    """The pages ``actor``'s window has, in order."""
    return [spec for spec in PAGES if spec.visible_for(actor)]


def tools_for(actor: Actor) -> list[ToolSpec]:
    return [spec for spec in TOOLS if spec.visible_for(actor)]
