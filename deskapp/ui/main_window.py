"""The main window: desk switcher, page navigation, menus and the status bar.

The window builds its pages and tools in its constructor from the one registry,
deskapp/ui/pages.py (the pages the account may see, in order); the navigation
list, the 보기 menu and the Ctrl+1…Ctrl+9 shortcuts follow. The window remembers its
geometry, tool bar state, splitter, last page and desk between runs, per account
(account_settings.py); the first time it opens maximised. 파일 › 로그아웃 and 사용자 전환
ask whoever built the window (startup.py) to log out.

The counselors' pages (오늘, 구직자, 구인업체·구인, 상담, 알선·취업) share one
:class:`~deskapp.ui.context.WorkContext`; the 기록 menu holds what works from
any page: Ctrl+F finds a seeker, Ctrl+N registers (what the page lists),
Ctrl+Shift+N an opening, Ctrl+E a referral's outcome.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QByteArray, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from deskapp import __version__
from deskapp.domain.access import Actor, Permission
from deskapp.domain.desks import DESKS, DONG
from deskapp.reports.template import write_template
from deskapp.services.workspace import Workspace
from deskapp.ui.account_settings import account_settings
from deskapp.ui.context import Changes, WorkContext, usable_desks
from deskapp.ui.employer_view import RecordWindows
from deskapp.ui.forms import FormDialog
from deskapp.ui.help import HelpKeys, HelpWindow, open_help, topic_for_page
from deskapp.ui.import_dialog import ImportDialog
from deskapp.ui.outreach import OutreachReportDialog, open_report
from deskapp.ui.pages import pages_for, tools_for
from deskapp.ui.performance import PerformanceDialog, open_performance
from deskapp.ui.programmes import SHORTCUT as PROGRAMMES_SHORTCUT
from deskapp.ui.programmes import ProgrammesDialog, open_programmes
from deskapp.ui.retention import SHORTCUT as RETENTION_SHORTCUT
from deskapp.ui.retention import RetentionDialog, open_retention
from deskapp.ui.seeker_view import SeekerRecords
from deskapp.ui.stats_view import StatsView
from deskapp.ui.widgets import SavedFileBar, ask_save_path
from deskapp.ui.work_views import (
    EmployersPage,
    ReferralsPage,
    SeekersPage,
    SessionsPage,
    TodayPage,
    WorkPage,
)
from deskapp.ui.workers import QueryOp

_Tool = TypeVar("_Tool", bound=QObject)
_Page = TypeVar("_Page", bound=QWidget)

_KEY = "main_window/"
LOG_OUT_SHORTCUT = "Ctrl+Shift+Q"
SWITCH_USER_SHORTCUT = "Ctrl+Shift+U"
_STATE_VERSION = 1
_STATUS_PATH_WIDTH = 420


class MainWindow(QMainWindow):
    """The counselors' window on one database, for one logged-in account."""

    sig_desk_changed = Signal(str, object)
    """The working desk changed: its code, and the dong desk's site (None for other desks)."""
    sig_page_changed = Signal(str)
    """Another page is shown: its key."""
    sig_log_out = Signal(bool)
    """파일 › 로그아웃 (False) or 사용자 전환 (True): whoever started the window logs out."""

    def __init__(
        self,
        workspace: Workspace,
        actor: Actor,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        # The PC's settings; the window and its views keep theirs per account.
        self.pc_settings = settings if settings is not None else QSettings()
        self.settings = account_settings(self.pc_settings, actor)
        self._pages: dict[str, tuple[int, QAction]] = {}
        self._tools: dict[str, QObject] = {}
        self._import_dialog: ImportDialog | None = None
        self.setWindowTitle(self.tr("deskapp — Geumcheon-gu job counseling desks"))
        self.setObjectName("main_window")
        self.context = WorkContext(workspace, actor, self.settings, self)
        self.records = SeekerRecords(self.context, self)
        self.context.sig_open_seeker.connect(self.records.open)
        self.record_windows = RecordWindows(self.context, self)
        self.context.sig_open_employer.connect(self.record_windows.open_employer)
        self.context.sig_open_opening.connect(self.record_windows.open_opening)
        self.context.sig_message.connect(lambda text: self.statusBar().showMessage(text, 15_000))

        self._build_desk_toolbar()
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(260)
        self.nav.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.stack = QStackedWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([170, 1000])
        self.setCentralWidget(self.splitter)
        self.nav.currentRowChanged.connect(self._row_changed)

        self._build_menus()
        self._build_status_bar()

        for spec in pages_for(actor):
            self._add_page(spec.key, self.tr(spec.title), spec.factory(self))
        self.today_page = self._built("today", TodayPage)
        self.seekers_page = self._built("seekers", SeekersPage)
        self.employers_page = self._built("employers", EmployersPage)
        self.sessions_page = self._built("sessions", SessionsPage)
        self.referrals_page = self._built("placements", ReferralsPage)
        self.stats_view = self._built("stats", StatsView)
        for tool in tools_for(actor):
            self._tools[tool.key] = tool.factory(self)
        self.sig_page_changed.connect(self._update_record_actions)

        QWidget.setTabOrder(self.desk_combo, self.site_combo)
        QWidget.setTabOrder(self.site_combo, self.nav)
        QWidget.setTabOrder(self.nav, self.stack)
        self.resize(1180, 680)
        self.restore_settings()
        self._update_record_actions(self.current_page_key())

    # -- building ------------------------------------------------------------------------

    def _build_desk_toolbar(self) -> None:
        bar = QToolBar(self.tr("Desk"), self)
        bar.setObjectName("desk_toolbar")
        bar.setMovable(False)
        self.desk_toolbar = bar
        self.desk_combo = QComboBox(bar)
        for desk in usable_desks(self.actor):  # a counselor works at their own desk only
            self.desk_combo.addItem(desk.short_name, desk.code)
            self.desk_combo.setItemData(
                self.desk_combo.count() - 1,
                f"{desk.name} ({desk.place})",
                Qt.ItemDataRole.ToolTipRole,
            )
        self.desk_combo.setAccessibleName(self.tr("Working desk"))
        self.desk_combo.setToolTip(
            self.tr("The desk you are working at now (the desk of the records you register)")
        )
        self.desk_combo.setEnabled(self.desk_combo.count() > 1)
        self.site_combo = QComboBox(bar)
        self.site_combo.addItems(list(DONG.sites))
        self.site_combo.setAccessibleName(self.tr("Community service centre location"))
        self.site_combo.setToolTip(self.tr("Location of the community service centre desk"))
        desk_label = QLabel(self.tr(" &Working desk: "), bar)
        desk_label.setBuddy(self.desk_combo)
        bar.addWidget(desk_label)
        bar.addWidget(self.desk_combo)
        self._site_label_action = bar.addWidget(QLabel(self.tr("  Location: "), bar))
        self._site_combo_action = bar.addWidget(self.site_combo)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.desk_combo.currentIndexChanged.connect(self._desk_changed)
        self.site_combo.currentIndexChanged.connect(self._desk_changed)

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.setToolTipsVisible(True)
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.open_import)
        if not self.actor.can(Permission.IMPORT):
            self.import_action.setEnabled(False)
            why = self.tr("Only administrators can import workbooks.")
            self.import_action.setToolTip(why)
            self.import_action.setStatusTip(why)
        self.template_action = QAction(self.tr("Save blank &template…"), self)
        self.template_action.setStatusTip(self.tr("Saves a blank record workbook for importing."))
        self.template_action.triggered.connect(self.save_template)
        self.quit_action = QAction(self.tr("E&xit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.template_action)
        file_menu.addSeparator()
        self.logout_action = QAction(self.tr("Log &out"), self)
        self.logout_action.setShortcut(QKeySequence(LOG_OUT_SHORTCUT))
        self.logout_action.setStatusTip(
            self.tr(
                "Closes this account's windows and returns to the login screen (the "
                "application keeps running)."
            )
        )
        self.logout_action.triggered.connect(lambda _checked=False: self.sig_log_out.emit(False))
        self.switch_action = QAction(self.tr("Switch &user…"), self)
        self.switch_action.setShortcut(QKeySequence(SWITCH_USER_SHORTCUT))
        self.switch_action.setStatusTip(
            self.tr(
                "Logs out of this account so that someone else can log in with their own account."
            )
        )
        self.switch_action.triggered.connect(lambda _checked=False: self.sig_log_out.emit(True))
        file_menu.addAction(self.logout_action)
        file_menu.addAction(self.switch_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        record_menu = menu_bar.addMenu(self.tr("Re&cords"))
        self.find_action = QAction(self.tr("&Find job seeker"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.setStatusTip(
            self.tr(
                "Finds job seekers by name, initial consonants or the last 4 digits of "
                "their phone number."
            )
        )
        self.find_action.triggered.connect(self.find_seeker)
        self.new_action = QAction(self.tr("&New registration…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self.new_record)
        self.opening_action = QAction(self.tr("Register &opening…"), self)
        self.opening_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.opening_action.setStatusTip(
            self.tr(
                "Registers an opening for the employer selected on the Employers and "
                "openings screen."
            )
        )
        self.opening_action.triggered.connect(self.new_opening)
        self.outcome_action = QAction(self.tr("R&ecord referral outcome…"), self)
        self.outcome_action.setShortcut(QKeySequence("Ctrl+E"))
        self.outcome_action.setStatusTip(
            self.tr(
                "Records the outcome of the referral selected on the Referrals and "
                "placements screen."
            )
        )
        self.outcome_action.triggered.connect(self.record_outcome)
        for action in (self.find_action, self.new_action, self.opening_action, self.outcome_action):
            record_menu.addAction(action)
        self.programmes_action = QAction(self.tr("Employment support pro&grammes…"), self)
        self.programmes_action.setShortcut(QKeySequence(PROGRAMMES_SHORTCUT))
        self.programmes_action.setStatusTip(
            self.tr(
                "Shows programme meetings, participants, completions, certifications "
                "and operating status."
            )
        )
        self.programmes_action.triggered.connect(lambda _checked=False: self.open_programmes())
        record_menu.addSeparator()
        record_menu.addAction(self.programmes_action)

        self.view_menu: QMenu = menu_bar.addMenu(self.tr("&View"))
        self._page_actions = QActionGroup(self)
        self._page_actions.setExclusive(True)
        self._view_separator = self.view_menu.addSeparator()
        toggle = self.desk_toolbar.toggleViewAction()
        toggle.setText(self.tr("&Working desk toolbar"))
        self.view_menu.addAction(toggle)
        self.outreach_action = QAction(self.tr("Employer outreach results… (&B)"), self)
        self.outreach_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.outreach_action.setStatusTip(
            self.tr(
                "New employers found, visits, calls, agreements and opening "
                "registrations from found employers, by desk and month."
            )
        )
        self.outreach_action.triggered.connect(lambda _checked=False: self.open_outreach_report())
        self.view_menu.addAction(self.outreach_action)
        self.retention_action = QAction(self.tr("Employment retention… (&K)"), self)
        self.retention_action.setShortcut(QKeySequence(RETENTION_SHORTCUT))
        self.retention_action.setStatusTip(
            self.tr("Shows 1-, 3- and 6-month employment retention of placed job seekers.")
        )
        self.retention_action.triggered.connect(lambda _checked=False: self.open_retention())
        self.view_menu.addAction(self.retention_action)

        self.performance_action = QAction(self.tr("Results &per counselor…"), self)
        self.performance_action.setShortcut(QKeySequence("Ctrl+Shift+J"))
        self.performance_action.setStatusTip(
            self.tr(
                "Job seeker registrations, sessions, referrals, placements and "
                "follow-ups by counselor and month."
            )
        )
        self.performance_action.triggered.connect(lambda _checked=False: self.open_performance())
        self.view_menu.addAction(self.performance_action)

        help_menu = menu_bar.addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("User guide (&H)"), self)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.setStatusTip(
            self.tr("Shows how to use the current screen in the user guide.")
        )
        self.guide_action.triggered.connect(lambda _checked=False: self.show_help())
        help_menu.addAction(self.guide_action)
        self.help_keys = HelpKeys(self)  # F1 in the dialogs too
        self.about_action = QAction(self.tr("&About deskapp"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = QLabel(
            self.tr("{name} ({username}) · {role}").format(
                name=self.actor.display_name,
                username=self.actor.username,
                role=self.actor.role.label,
            ),
            self,
        )
        location = self.workspace.location
        self.db_label = QLabel(self)
        elided = QFontMetrics(self.db_label.font()).elidedText(
            location, Qt.TextElideMode.ElideMiddle, _STATUS_PATH_WIDTH
        )
        self.db_label.setText(self.tr("DB: {location}").format(location=elided))
        self.db_label.setToolTip(location)
        self.saved_bar = SavedFileBar(self)
        bar.addWidget(self.saved_bar, 1)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.db_label)

    # -- pages ---------------------------------------------------------------------------

    def _built(self, key: str, kind: type[_Page]) -> _Page:
        page = self.page(key)
        assert isinstance(page, kind), f"the registry's {key!r} page is a {kind.__name__}"
        return page

    def tool(self, kind: type[_Tool]) -> _Tool:
        """The tools object of ``kind`` the registry built for this window (KeyError: none)."""
        for tool in self._tools.values():
            if isinstance(tool, kind):
                return tool
        raise KeyError(kind.__name__)

    def tool_keys(self) -> list[str]:
        return list(self._tools)

    def _add_page(self, key: str, title: str, widget: QWidget) -> None:
        """Add a page: an entry in the navigation list and the 보기 menu, Ctrl+N for the first 9."""
        if key in self._pages:
            raise ValueError(f"page {key!r} is registered twice")
        index = self.stack.addWidget(widget)
        item = QListWidgetItem(title, self.nav)
        item.setData(Qt.ItemDataRole.UserRole, key)
        action = QAction(title, self)
        action.setCheckable(True)
        if index < 9:
            shortcut = QKeySequence(f"Ctrl+{index + 1}")
            action.setShortcut(shortcut)
            item.setToolTip(
                f"{title} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        action.triggered.connect(lambda _checked=False, key=key: self._go_to(key))
        self._page_actions.addAction(action)
        self.view_menu.insertAction(self._view_separator, action)
        self._pages[key] = (index, action)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(index)

    def _go_to(self, key: str) -> None:
        """Ctrl+number or the 보기 menu: show the page and put the keyboard in it."""
        self.show_page(key)
        widget = self.page(key)
        if isinstance(widget, WorkPage):
            widget.focus_main()
        elif widget.focusProxy() is not None:
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def page_keys(self) -> list[str]:
        return list(self._pages)

    def show_page(self, key: str) -> None:
        """Show the page registered as ``key``."""
        index, _ = self._pages[key]
        self.nav.setCurrentRow(index)

    def current_page_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def page(self, key: str) -> QWidget:
        widget = self.stack.widget(self._pages[key][0])
        assert widget is not None
        return widget

    def find_page(self, key: str) -> QWidget | None:
        """The page registered as ``key``; None when this account's window has none."""
        return self.page(key) if key in self._pages else None

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        key = self.current_page_key()
        self._pages[key][1].setChecked(True)
        self.sig_page_changed.emit(key)

    # -- desk ----------------------------------------------------------------------------

    def current_desk(self) -> str:
        return str(self.desk_combo.currentData())

    def current_site(self) -> str | None:
        """The dong desk's site; None for the other desks."""
        return self.site_combo.currentText() if self.current_desk() == DONG.code else None

    def set_desk(self, code: str, site: str | None = None) -> None:
        index = self.desk_combo.findData(code)
        if index >= 0:
            self.desk_combo.setCurrentIndex(index)
        if site is not None and self.site_combo.findText(site) >= 0:
            self.site_combo.setCurrentText(site)

    def _desk_changed(self) -> None:
        dong = self.current_desk() == DONG.code
        self._site_label_action.setVisible(dong)
        self._site_combo_action.setVisible(dong)
        self.context.set_desk(self.current_desk(), self.current_site())
        self.sig_desk_changed.emit(self.current_desk(), self.current_site())

    # -- records -------------------------------------------------------------------------

    def _update_record_actions(self, key: str) -> None:
        on_employers = key == "employers"
        self.new_action.setText(
            self.tr("&New employer…") if on_employers else self.tr("&New job seeker…")
        )
        # A page may name what its Ctrl+N makes (행사).
        page = self.stack.currentWidget()
        named = page.new_record_text() if isinstance(page, WorkPage) else None
        if named is not None:
            self.new_action.setText(named)
        self.outcome_action.setEnabled(key == "placements")

    def find_seeker(self) -> None:
        """Ctrl+F from anywhere in the window: the search box of the 구직자 page."""
        self.show_page("seekers")
        self.seekers_page.focus_search()

    def new_record(self) -> FormDialog | None:
        """Ctrl+N: register what the current page lists (a seeker, or an employer)."""
        widget = self.stack.currentWidget()
        if isinstance(widget, WorkPage):
            return widget.new_record()
        return self.seekers_page.new_record()

    def new_opening(self) -> FormDialog | None:
        """Ctrl+Shift+N: an opening of the employer chosen on the 구인업체·구인 page."""
        if self.current_page_key() != "employers":
            self._go_to("employers")
            self.statusBar().showMessage(
                self.tr("Select the employer for the opening, then press Ctrl+Shift+N again."),
                10_000,
            )
            return None
        return self.employers_page.new_opening()

    def open_programmes(self) -> ProgrammesDialog:
        """기록 › 취업지원 프로그램 (Ctrl+Shift+G): the programmes of this year."""
        return open_programmes(self.context, self)

    def record_outcome(self) -> FormDialog | None:
        """Ctrl+E on the 알선·취업 page: the outcome of the referral chosen."""
        if self.current_page_key() != "placements":
            return None
        return self.referrals_page.record_outcome()

    def unsaved_windows(self) -> list[QWidget]:
        """Record windows and forms, shown or hidden (by the screen lock), with unsaved input."""
        every: list[QWidget] = [*self.records.windows(), *self.record_windows.windows()]
        every += [w for w in self.findChildren(FormDialog) if w not in every]
        return [w for w in every if getattr(w, "is_dirty", bool)()]

    def discard_open_windows(self) -> None:
        """Close the record windows and forms without asking, their unsaved input lost (the
        user was asked already: the account logs out from the screen lock)."""
        for window in [*self.records.windows(), *self.record_windows.windows()]:
            if shiboken6.isValid(window):
                window.hide()
                shiboken6.delete(window)  # its forms with it; no question about them
        for form in self.findChildren(FormDialog):
            if shiboken6.isValid(form):
                form.hide()
                shiboken6.delete(form)

    def open_windows(self) -> list[QWidget]:
        """Record windows and forms that are open."""
        forms = [w for w in self.findChildren(FormDialog) if w.isVisible()]
        return [*self.records.windows(), *self.record_windows.windows(), *forms]

    # -- actions -------------------------------------------------------------------------

    def open_outreach_report(self) -> OutreachReportDialog:
        """보기 › 기업발굴 실적: per desk and month of this year (another year by Alt+Y)."""
        return open_report(self.context, self, self.context.today().year)

    def open_retention(self) -> RetentionDialog:
        """보기 › 고용유지 현황 (Ctrl+Shift+K): this year's, per desk; a cell opens its people."""
        dialog = open_retention(self.context, self)
        dialog.sig_open_seeker.connect(self.context.open_seeker)
        return dialog

    def open_performance(self) -> PerformanceDialog:
        """보기 › 상담사별 실적 (Ctrl+Shift+J): this year's; a counselor sees their own row."""
        year = self.context.today().year
        dialog = open_performance(self.context, self, year)
        dialog.view.sig_open_seeker.connect(self.context.open_seeker)
        return dialog

    def open_import(self) -> None:
        """파일 › 가져오기…: the import dialog (window-modal)."""
        if not self.actor.can(Permission.IMPORT):
            return
        dialog = ImportDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_imported.connect(lambda _report: self.context.changed(Changes.all()))
        self._import_dialog = dialog
        dialog.open()

    def save_template(self) -> None:
        """파일 › 빈 양식 저장…: write the empty records workbook (in a worker)."""
        path = ask_save_path(
            self,
            self.settings,
            self.tr("Save blank template"),
            self.tr("record-template.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
            ".xlsx",
        )
        if path is None:
            return

        def saved(result: Path) -> None:
            self.show_saved(result)  # the path, with 열기 (a status message would hide it)

        QueryOp(
            parent=self, op=lambda _progress: write_template(path), success=saved
        ).with_progress(label=self.tr("Saving blank template…")).run_in_background()

    def show_help(self) -> HelpWindow:
        """F1: the user guide at the part about the page in front of the user."""
        return open_help(self, topic_for_page(self.current_page_key()))

    def show_saved(self, path: object) -> SavedFileBar:
        """A file was saved: its path in the status bar with 열기 and 폴더 열기."""
        self.saved_bar.show_path(Path(str(path)))
        return self.saved_bar

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About deskapp"),
            self.tr(
                "<h3>deskapp {version}</h3><p>Manages job seeker and opening "
                "registrations, counseling sessions, referrals, placement records and "
                "statistics for the Geumcheon-gu job counseling desks (Job Plus "
                "Center, G Valley, community service centres, Employment Welfare Plus "
                "Center).</p><p>Database: {location}</p>"
            ).format(version=__version__, location=self.workspace.location),
        )

    # -- settings ------------------------------------------------------------------------

    def restore_settings(self) -> None:
        """Geometry, tool bar state, splitter, last page and desk from the last run."""
        settings = self.settings
        geometry = settings.value(_KEY + "geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:  # the account's first time on this PC: the whole screen
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        state = settings.value(_KEY + "state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state, _STATE_VERSION)
        splitter = settings.value(_KEY + "splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        page = str(settings.value(_KEY + "page", "") or "")
        if page in self._pages:
            self.show_page(page)
        site = str(settings.value(_KEY + "site", "") or "") or None
        desk = self.actor.desk or str(settings.value(_KEY + "desk", "") or DESKS[0].code)
        self.set_desk(desk, site)
        self._desk_changed()

    def save_settings(self) -> None:
        settings = self.settings
        settings.setValue(_KEY + "geometry", self.saveGeometry())
        settings.setValue(_KEY + "state", self.saveState(_STATE_VERSION))
        settings.setValue(_KEY + "splitter", self.splitter.saveState())
        settings.setValue(_KEY + "page", self.current_page_key())
        settings.setValue(_KEY + "desk", self.current_desk())
        settings.setValue(_KEY + "site", self.site_combo.currentText())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Record windows and forms close first; one with unsaved changes asks, and the
        # window stays open until the user has answered.
        for window in self.open_windows():
            window.close()
        still_open = [w for w in self.open_windows() if w.isVisible()]
        if still_open:
            event.ignore()
            still_open[0].raise_()
            still_open[0].activateWindow()
            return
        self.save_settings()
        super().closeEvent(event)
