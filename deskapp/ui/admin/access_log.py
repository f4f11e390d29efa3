"""접속기록: the administrator's view of the access log, its CSV export and the monthly review.

The log's times are those of the real clock (the services write them when the
action happens), so the default period ends today on the calendar, not on the
workspace's reference day.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.audit import OUTPUT_ACTIONS, AccessAction
from deskapp.domain.dates import Period
from deskapp.domain.errors import DeskappError
from deskapp.services.audit import AccessEntry
from deskapp.ui.admin.common import StatusLabel, busy_bar
from deskapp.ui.admin.models import AccessLogModel, ReviewModel
from deskapp.ui.context import WorkContext
from deskapp.ui.date_field import DateField
from deskapp.ui.widgets import CopyTableView, announce_saved, ask_save_path, year_suffix
from deskapp.ui.workers import Progress, QueryOp

#: At most this many lines are read for one query; a longer period asks for a narrower one.
MAX_ROWS = 10_000
DEFAULT_DAYS = 30


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(parent: QWidget, day: date, name: str) -> DateField:
    return DateField(day, name, parent)


def _table(parent: QWidget, model: Any, name: str) -> CopyTableView:
    view = CopyTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultSectionSize(120)
    header.resizeSection(0, 150)
    return view


class AccessLogDialog(QDialog):
    """The access log with filters (period, action, account), CSV export and 월간 점검."""

    sig_loaded = Signal(int)
    """The log lines of the filters were read: how many are shown."""
    sig_reviewed = Signal(int)
    """The month's downloads, exports, prints and imports were read: how many."""
    sig_exported = Signal(object)
    """The period's log was written as CSV: the file's Path."""

    def __init__(
        self, context: WorkContext, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        workspace, actor, settings = context.workspace, context.actor, context.settings
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.settings = settings
        self._today = today or date.today()
        self._busy = 0
        self._shown_once = False
        #: The filters of the lines shown (period, actions, account): what 저장 writes.
        self.shown_filters: tuple[Period, tuple[AccessAction, ...], str] | None = None
        self.setWindowTitle(self.tr("Access log"))

        # -- the log ---------------------------------------------------------------------
        start = self._today - timedelta(days=DEFAULT_DAYS - 1)
        self.from_edit = _date_edit(self, start, self.tr("Start date"))
        self.to_edit = _date_edit(self, self._today, self.tr("End date"))
        self.action_combo = QComboBox(self)
        self.action_combo.addItem(self.tr("All"), None)
        for action in AccessAction:
            self.action_combo.addItem(action.label, action.value)
        self.action_combo.setAccessibleName(self.tr("Action"))
        self.user_edit = QLineEdit(self)
        self.user_edit.setPlaceholderText(self.tr("All accounts"))
        self.user_edit.setClearButtonEnabled(True)
        self.user_edit.setAccessibleName(self.tr("Account"))
        self.query_button = QPushButton(self.tr("Search (&Q)"), self)
        self.query_button.setToolTip(
            self.tr("Show access log entries matching the criteria, most recent first (Enter)")
        )
        self.csv_button = QPushButton(self.tr("&Save as CSV…"), self)
        self.csv_button.setToolTip(
            self.tr(
                "Save the access log entries shown to a CSV file, with the same "
                "criteria (period, action, account) used for the search."
            )
        )
        self.query_button.clicked.connect(self.run_query)
        self.csv_button.clicked.connect(self.export_csv)
        self.log_model = AccessLogModel(self)
        self.log_view = _table(self, self.log_model, self.tr("Access log"))
        self.log_caption = QLabel(self)

        filters = QGridLayout()
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.from_edit)
        action_label = QLabel(self.tr("&Action:"), self)
        action_label.setBuddy(self.action_combo)
        user_label = QLabel(self.tr("Acco&unt:"), self)
        user_label.setBuddy(self.user_edit)
        filters.addWidget(period_label, 0, 0)
        filters.addWidget(self.from_edit, 0, 1)
        filters.addWidget(QLabel("~", self), 0, 2, Qt.AlignmentFlag.AlignCenter)
        filters.addWidget(self.to_edit, 0, 3)
        filters.addWidget(action_label, 0, 4)
        filters.addWidget(self.action_combo, 0, 5)
        filters.addWidget(user_label, 0, 6)
        filters.addWidget(self.user_edit, 0, 7)
        filters.addWidget(self.query_button, 0, 8)
        filters.setColumnStretch(7, 1)
        log_page = QWidget(self)
        log_layout = QVBoxLayout(log_page)
        log_layout.addLayout(filters)
        log_layout.addWidget(self.log_caption)
        log_layout.addWidget(self.log_view, 1)
        export_row = QHBoxLayout()
        export_row.addStretch(1)
        export_row.addWidget(self.csv_button)
        log_layout.addLayout(export_row)

        # -- the monthly review ----------------------------------------------------------
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, self._today.year + 1)
        self.year_spin.setValue(self._today.year)
        self.year_spin.setSuffix(year_suffix())
        self.year_spin.setAccessibleName(self.tr("Year"))
        self.month_combo = QComboBox(self)
        for month in range(1, 13):
            self.month_combo.addItem(self.tr("Month {month}").format(month=month), month)
        self.month_combo.setCurrentIndex(self._today.month - 1)
        self.month_combo.setAccessibleName(self.tr("Month"))
        self.review_button = QPushButton(self.tr("Show re&view"), self)
        self.review_button.clicked.connect(self.run_review)
        self.review_model = ReviewModel(self)
        self.review_view = _table(self, self.review_model, self.tr("Monthly review"))
        self.review_caption = QLabel(self)
        self.review_caption.setWordWrap(True)
        month_label = QLabel(self.tr("M&onth to review:"), self)
        month_label.setBuddy(self.year_spin)
        review_intro = QLabel(
            self.tr(
                "Shows a month's downloads, exports, printouts and imports together "
                "with their reasons. Review every month whether taking personal data "
                "out was justified."
            ),
            self,
        )
        review_intro.setWordWrap(True)
        month_row = QHBoxLayout()
        month_row.addWidget(month_label)
        month_row.addWidget(self.year_spin)
        month_row.addWidget(self.month_combo)
        month_row.addWidget(self.review_button)
        month_row.addStretch(1)
        review_page = QWidget(self)
        review_layout = QVBoxLayout(review_page)
        review_layout.addWidget(review_intro)
        review_layout.addLayout(month_row)
        review_layout.addWidget(self.review_caption)
        review_layout.addWidget(self.review_view, 1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(log_page, self.tr("Access &log"))
        self.tabs.addTab(review_page, self.tr("&Monthly review"))
        self.status_label = StatusLabel(self)
        self.progress_bar = busy_bar(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.buttons)

        order: list[QWidget] = [
            self.tabs,
            self.from_edit,
            self.to_edit,
            self.action_combo,
            self.user_edit,
            self.query_button,
            self.log_view,
            self.csv_button,
            self.year_spin,
            self.month_combo,
            self.review_button,
            self.review_view,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.resize(1000, 560)

    # -- filters -------------------------------------------------------------------------

    def period(self) -> Period:
        """The period of the date edits; ValidationError (Korean) when reversed."""
        return Period(self.from_edit.day(), self.to_edit.day())

    def set_period(self, start: date, end: date) -> None:
        self.from_edit.set_day(start)
        self.to_edit.set_day(end)

    def chosen_actions(self) -> tuple[AccessAction, ...]:
        data = self.action_combo.currentData()
        return (AccessAction(data),) if data else ()

    def set_action(self, action: AccessAction | None) -> None:
        index = self.action_combo.findData(action.value if action else None)
        self.action_combo.setCurrentIndex(max(index, 0))

    def review_period(self) -> Period:
        return Period.month(self.year_spin.value(), int(self.month_combo.currentData()))

    # -- events --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.run_query()
            self._load_usernames()
            self.from_edit.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Date fields and the combo pass Enter on: it means "조회" in the tab shown.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.tabs.currentIndex() == 0:
                self.run_query()
            else:
                self.run_review()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- work ----------------------------------------------------------------------------

    def _start(
        self, op: Callable[[Progress], Any], success: Callable[[Any], None], text: str
    ) -> None:
        self._busy += 1
        self._set_enabled()
        self.status_label.show_text(text)

        def done(result: object) -> None:
            self._busy -= 1
            self._set_enabled()
            self.status_label.show_text("")
            success(result)

        def failed(error: BaseException) -> None:
            self._busy -= 1
            self._set_enabled()
            self.status_label.show_error(error)

        QueryOp(parent=self, op=op, success=done).failure(failed).with_progress(
            self.progress_bar
        ).run_in_background()

    def _set_enabled(self) -> None:
        idle = self._busy == 0
        for button in (self.query_button, self.csv_button, self.review_button):
            button.setEnabled(idle)
        if idle:
            self.progress_bar.hide()

    def _load_usernames(self) -> None:
        """Offer the account names as the account filter is typed (errors stay quiet here)."""
        accounts, actor = self.workspace.accounts, self.actor

        def offer(users: list[Any]) -> None:
            completer = QCompleter([u.username for u in users], self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.user_edit.setCompleter(completer)

        QueryOp(parent=self, op=lambda _progress: accounts.users(actor), success=offer).failure(
            lambda _error: None
        ).run_in_background()

    def run_query(self) -> None:
        """Read the log lines of the filters, newest first (in a worker)."""
        if self._busy:
            return
        try:
            period = self.period()
        except DeskappError as error:
            self.status_label.show_error(error)
            return
        audit, actor = self.workspace.audit, self.actor
        actions, username = self.chosen_actions(), self.user_edit.text().strip()
        self._start(
            lambda _progress: audit.entries(actor, period, actions, username, MAX_ROWS + 1),
            lambda entries: self._loaded(period, entries, (period, actions, username)),
            self.tr("Reading the access log for {period}…").format(period=period),
        )

    def _loaded(
        self,
        period: Period,
        entries: list[AccessEntry],
        filters: tuple[Period, tuple[AccessAction, ...], str] | None = None,
    ) -> None:
        self.shown_filters = filters
        more = len(entries) > MAX_ROWS
        entries = entries[:MAX_ROWS]
        self.log_model.set_rows(entries)
        caption = self.tr("{period}: {n:,} entries (most recent first)").format(
            period=period, n=len(entries)
        )
        if more:
            caption += " " + self.tr(
                "— Only the most recent {n:,} entries are shown. Narrow the period or the criteria."
            ).format(n=MAX_ROWS)
        self.log_caption.setText(caption)
        self.sig_loaded.emit(len(entries))

    def run_review(self) -> None:
        """Read the chosen month's downloads, exports, prints and imports (in a worker)."""
        if self._busy:
            return
        period = self.review_period()
        audit, actor = self.workspace.audit, self.actor
        self._start(
            lambda _progress: audit.review(actor, period),
            lambda entries: self._reviewed(period, entries),
            self.tr("Reading entries to review for {period}…").format(period=period),
        )

    def _reviewed(self, period: Period, entries: list[AccessEntry]) -> None:
        self.review_model.set_rows(entries)
        parts = [
            self.tr("{action} ({n})").format(action=action.label, n=self.review_model.count(action))
            for action in OUTPUT_ACTIONS
        ]
        self.review_caption.setText(
            self.tr("{month}/{year}: {parts}").format(
                year=period.start.year, month=period.start.month, parts=", ".join(parts)
            )
        )
        self.sig_reviewed.emit(len(entries))

    def export_csv(self) -> None:
        """Write the lines of the filters shown (all of them, past the view's limit) to a CSV
        file chosen in a file dialog; before any query, those of the filters typed."""
        if self._busy:
            return
        try:
            period, actions, username = self.shown_filters or (
                self.period(),
                self.chosen_actions(),
                self.user_edit.text().strip(),
            )
        except DeskappError as error:
            self.status_label.show_error(error)
            return
        name = self.tr("access_log_{start}_{end}.csv").format(
            start=f"{period.start:%Y%m%d}", end=f"{period.end:%Y%m%d}"
        )
        path = ask_save_path(
            self,
            self.settings,
            self.tr("Save access log as CSV"),
            name,
            self.tr("CSV (*.csv)"),
            ".csv",
        )
        if path is None:
            return
        audit, actor = self.workspace.audit, self.actor

        def write(_progress: object) -> Path:
            text = audit.csv_text(actor, period, actions, username)
            # With a byte order mark Excel opens the Korean text as UTF-8.
            path.write_text(text, encoding="utf-8-sig", newline="")
            return path

        def written(result: Path) -> None:
            self.status_label.show_text(self.tr("Saved: {path}").format(path=result))
            self.sig_exported.emit(result)
            announce_saved(self, result)

        self._start(write, written, self.tr("Writing the CSV file…"))
