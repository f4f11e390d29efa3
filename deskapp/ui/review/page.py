"""The 검토 page: five tabs for team leads and administrators (취업 검토, 월 마감,
목표·달성률, 점검 신호, 상담사별 실적), each loading in the background when first shown."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from deskapp.ui.context import WorkContext
from deskapp.ui.review.closes import ClosesTab
from deskapp.ui.review.common import LoadingTab
from deskapp.ui.review.flags import FlagsTab
from deskapp.ui.review.placements import PlacementsTab
from deskapp.ui.review.targets import TargetsTab

__all__ = ["ReviewPage"]


class ReviewPage(QWidget):
    """Placement review, month close, targets, flags and per-counselor performance, in tabs
    (Alt+R, M, G, S, P)."""

    sig_open_seeker = Signal(int)
    """A tab asks for a seeker's record: the seeker's id."""

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_page")
        self.placements_tab = PlacementsTab(context, self)
        self.closes_tab = ClosesTab(context, self)
        self.targets_tab = TargetsTab(context, self)
        self.flags_tab = FlagsTab(context, self)
        # Imported here: deskapp.ui.performance itself imports this package.
        from deskapp.ui.performance import PerformanceView

        self.performance_tab = PerformanceView(context, parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("review_tabs")
        self.tabs.addTab(self.placements_tab, self.tr("Placement &review"))
        self.tabs.addTab(self.closes_tab, self.tr("&Month close"))
        self.tabs.addTab(self.targets_tab, self.tr("Tar&gets and achievement"))
        self.tabs.addTab(self.flags_tab, self.tr("Review flag&s"))
        self.tabs.addTab(self.performance_tab, self.tr("Results &per counselor"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.placements_tab.sig_open_seeker.connect(self.sig_open_seeker)
        self.flags_tab.sig_open_seeker.connect(self.sig_open_seeker)
        self.performance_tab.sig_open_seeker.connect(self.sig_open_seeker)
        self.setFocusProxy(self.placements_tab)

    def tab_widgets(self) -> list[LoadingTab]:
        return [
            self.placements_tab,
            self.closes_tab,
            self.targets_tab,
            self.flags_tab,
            self.performance_tab,
        ]

    def _tab_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if tab is not None:
            self.setFocusProxy(tab)

    def show_tab(self, tab: LoadingTab) -> None:
        """Bring ``tab`` to the front and put the keyboard in it."""
        self.tabs.setCurrentWidget(tab)
        tab.setFocus()

    def refresh(self) -> None:
        """Records changed: the shown tab loads again at once, the others when next shown."""
        for tab in self.tab_widgets():
            tab.mark_stale()
