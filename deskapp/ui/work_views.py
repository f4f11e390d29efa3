"""The pages counselors use all day: 오늘, 구직자, 구인업체·구인, 상담, 알선·취업.

Each page loads its lists when first shown and again when the working desk
changes or records of a kind it shows (``WorkPage.SHOWS``) change
(``WorkContext.sig_data_changed``); a hidden page only notes that it is stale.
Enter or a double-click on a row opens the
seeker's record; Ctrl+N registers (a seeker, or on the 구인업체·구인 page an
employer), Ctrl+Shift+N an opening, Ctrl+E a referral's outcome. On the
구인업체·구인 page, Ctrl+M lists the seekers fitting the opening chosen (맞는 구직자,
best first with the reasons); Enter there refers one to it, dated today. The key
works only while the keyboard is in that page, so the seeker's record window keeps
its own Ctrl+M (추천 구인).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.access import Permission
from deskapp.domain.dates import Period
from deskapp.domain.errors import DeskappError
from deskapp.domain.records import CloseReason, RecordKind
from deskapp.services.browse import (
    EmployerItem,
    OpeningItem,
    ReferralItem,
    SeekerFilter,
    SeekerItem,
    SessionItem,
)
from deskapp.services.corrections import ClosingDue
from deskapp.services.rules.records import Saved
from deskapp.ui.casework.matching import SeekerMatchDialog
from deskapp.ui.closing import ClosingDueDialog
from deskapp.ui.context import Changes, WorkContext
from deskapp.ui.errors import error_message
from deskapp.ui.forms import (
    EmployerForm,
    FormDialog,
    OpeningForm,
    SeekerForm,
    open_form,
    saved_message,
)
from deskapp.ui.lists import (
    ColumnsModel,
    DeskFilter,
    EmployerListModel,
    FollowUpModel,
    OpeningListModel,
    PlacementListModel,
    RecordListModel,
    RecordTable,
    ReferralListModel,
    SeekerListModel,
    SessionListModel,
)
from deskapp.ui.reassign import ReassignDialog
from deskapp.ui.search import DEBOUNCE_MS, SeekerSearch
from deskapp.ui.widgets import PeriodPicker
from deskapp.ui.work_forms import OutcomeForm
from deskapp.ui.workers import QueryOp

_KOREAN = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
_ERROR_STYLE = "color: #b00020;"


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class WorkPage(QWidget):
    """A page that loads when first shown, and again when records or the desk change."""

    sig_loaded = Signal()
    """The page's lists were loaded (again)."""

    SHOWS: frozenset[RecordKind] = frozenset()
    """The kinds of record the page lists or counts: a change to another kind leaves it."""

    def __init__(self, ctx: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self._status = ""
        self._period_error = ""
        self.status_label = QLabel(self)
        self.status_label.setObjectName("page_status")
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(_ERROR_STYLE)
        self.status_label.hide()
        ctx.sig_data_changed.connect(self._data_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(self.SHOWS):
            self.changed()

    def changed(self) -> None:
        """Records or a filter changed: load now when shown, else when next shown."""
        if self.isVisible():
            self._stale = False
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        raise NotImplementedError

    def show_status(self, text: str) -> None:
        """Say ``text`` over the lists ('' takes it away); a wrong period stays said."""
        self._status = text
        self._show_status()

    def _show_status(self) -> None:
        text = "\n".join(t for t in (self._period_error, self._status) if t)
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _read_period(self, period_filter: PeriodPicker, *models: RecordListModel) -> Period | None:
        """The period typed; when it is wrong (a day that is not one, or reversed) None,
        the error said until the period is fixed (a list loaded meanwhile does not take it
        away) and ``models`` emptied, so that no answer for an earlier text is shown."""
        try:
            period = period_filter.period()
        except DeskappError as error:
            self._period_error = str(error)
            for model in models:
                model.clear()
            self._show_status()
            return None
        self._period_error = ""
        self._show_status()
        return period

    def focus_main(self) -> None:
        """Put the keyboard where the page's work starts."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def new_record(self) -> FormDialog | None:
        """Ctrl+N on this page: register what the page lists (None when it has nothing)."""
        return None

    def new_record_text(self) -> str | None:
        """The text of 기록 › 새로 등록 on this page (None: the window's own)."""
        return None

    def _open_row(self, model: ColumnsModel, row: int) -> None:
        seeker_id = model.seeker_id_at(row)
        if seeker_id is not None:
            self.ctx.open_seeker(seeker_id)

    def _table(self, model: ColumnsModel, name: str) -> RecordTable:
        table = RecordTable(self)
        table.setModel(model)
        table.setAccessibleName(name)
        table.sig_activated.connect(lambda row: self._open_row(model, row))
        if isinstance(model, (RecordListModel, SeekerListModel)):
            model.sig_error.connect(self.show_status)
            model.sig_loaded.connect(lambda _count: self.show_status(""))
        return table

    def _register_seeker(self) -> FormDialog:
        dialog = open_form(SeekerForm(self.ctx), self.window())

        def saved(result: Any) -> None:
            assert isinstance(result, Saved)
            self.ctx.message(saved_message(result))
            self.ctx.changed(Changes.saved(result.kind))
            self.ctx.open_seeker(result.id, result.warnings)

        dialog.sig_saved.connect(saved)
        return dialog


class TodayPage(WorkPage):
    """오늘: whom to call back (follow-ups due) and today's sessions at the working desk."""

    SHOWS = frozenset({RecordKind.SEEKER, RecordKind.SESSION, RecordKind.PLACEMENT})

    def __init__(self, ctx: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._serial = 0
        self.heading = _bold(QLabel(self))
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("today_summary")
        self.casework_label = QLabel(self)
        self.casework_label.setObjectName("today_casework")
        self.casework_label.hide()
        self.follow_up_model = FollowUpModel(self)
        self.follow_up_table = self._table(self.follow_up_model, self.tr("People to contact"))
        self.follow_up_label = QLabel(self)
        self.session_model = SessionListModel(ctx, self)
        self.session_table = self._table(self.session_model, self.tr("Today's sessions"))
        self.session_label = QLabel(self)
        self.session_model.sig_loaded.connect(lambda _n: self._count())

        follow_box = QGroupBox(
            self.tr("People to contact again (sessions whose next contact date has come)"), self
        )
        follow_layout = QVBoxLayout(follow_box)
        follow_layout.addWidget(self.follow_up_label)
        follow_layout.addWidget(self.follow_up_table, 1)
        session_box = QGroupBox(self.tr("Today's sessions"), self)
        session_layout = QVBoxLayout(session_box)
        session_layout.addWidget(self.session_label)
        session_layout.addWidget(self.session_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(follow_box)
        splitter.addWidget(session_box)
        splitter.setChildrenCollapsible(False)
        hint = QLabel(
            self.tr(
                "Enter: open job seeker record · Ctrl+N: register job seeker · Ctrl+F: "
                "find job seeker"
            ),
            self,
        )
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.casework_label)
        layout.addWidget(self.status_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)
        self.setFocusProxy(self.follow_up_table)
        ctx.sig_desk_changed.connect(lambda _code, _site: self.changed())

    def set_casework_counts(self, work: int, expiring: int) -> None:
        """The 사후관리 page's counts, shown under the summary."""
        self.casework_label.setText(
            self.tr("Follow-up: {work} to do · {expiring} registrations ending this week").format(
                work=work, expiring=expiring
            )
        )
        self.casework_label.show()

    def reload(self) -> None:
        today, ctx = self.ctx.today(), self.ctx
        weekday = _KOREAN.dayName(today.isoweekday(), QLocale.FormatType.ShortFormat)
        self.heading.setText(
            self.tr("{day} ({weekday}) · {desk}").format(
                day=today.isoformat(), weekday=weekday, desk=ctx.desk_label()
            )
        )
        self.session_model.set_filter(Period(today, today), ctx.desk)
        self._serial += 1
        serial = self._serial
        browse, actor, desk = ctx.workspace.browse, ctx.actor, ctx.desk
        QueryOp(
            parent=self,
            op=lambda _p: browse.due_follow_ups(actor, today),
            success=lambda found: self._follow_ups(serial, desk, found),
        ).failure(lambda error: self.show_status(error_message(error))).run_in_background()

    def _follow_ups(self, serial: int, desk: str, found: list[SessionItem]) -> None:
        if serial != self._serial:
            return
        # The service lists a counselor's own desk; others see the working desk's.
        self.follow_up_model.set_rows([s for s in found if s.desk == desk])
        if self.follow_up_model.rowCount() and self.follow_up_table.current_row() < 0:
            self.follow_up_table.select_row(0)
        self._count()
        self.sig_loaded.emit()

    def _count(self) -> None:
        calls, sessions = self.follow_up_model.rowCount(), self.session_model.rowCount()
        self.follow_up_label.setText(self.tr("{count} people to contact").format(count=calls))
        self.session_label.setText(self.tr("{count} sessions today").format(count=sessions))
        self.summary_label.setText(
            self.tr("{sessions} sessions today · {calls} people to contact").format(
                sessions=sessions, calls=calls
            )
        )

    def counts(self) -> tuple[int, int]:
        """(today's sessions, follow-ups due) as shown."""
        return self.session_model.rowCount(), self.follow_up_model.rowCount()

    def new_record(self) -> FormDialog | None:
        return self._register_seeker()


class SeekersPage(WorkPage):
    """구직자: the search box with its suggestions, and the list it filters."""

    SHOWS = frozenset({RecordKind.SEEKER})

    def __init__(self, ctx: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.search = SeekerSearch(ctx, self)
        self.search.sig_open_seeker.connect(lambda seeker_id: ctx.open_seeker(seeker_id))
        self.search.sig_text_changed.connect(lambda _text: self.changed())
        self.desk_filter = DeskFilter(ctx, self)
        self.desk_filter.currentIndexChanged.connect(lambda _i: self.changed())
        self.void_check = QCheckBox(self.tr("Include voided"), self)
        self.void_check.toggled.connect(lambda _on: self.changed())
        self.count_label = _bold(QLabel(self))
        self.count_label.setObjectName("seeker_count")
        self.new_button = QPushButton(self.tr("Register job seeker… (Ctrl+N)"), self)
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_record)
        self.reassign_action = QAction(self.tr("Change assigned counselor…"), self)
        self.reassign_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.reassign_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reassign_action.triggered.connect(lambda _checked=False: self.reassign())
        self.addAction(self.reassign_action)
        self.reassign_button = QPushButton(
            self.tr("Change assigned counselor… (Ctrl+Shift+A)"), self
        )
        self.reassign_button.setAutoDefault(False)
        self.reassign_button.setToolTip(
            self.tr("Changes the assigned counselor of the job seekers selected in the list.")
        )
        self.reassign_button.clicked.connect(self.reassign_action.trigger)
        lead = ctx.actor.can(Permission.REVIEW)
        self.reassign_action.setEnabled(lead)
        self.reassign_button.setVisible(lead)
        self.model = SeekerListModel(ctx, self)
        self.model.sig_loaded.connect(self._count)
        self.table = self._table(self.model, self.tr("Job seekers"))
        self.table.setObjectName("seeker_table")

        filters = QHBoxLayout()
        desk_label = QLabel(self.tr("Desk:"), self)
        desk_label.setBuddy(self.desk_filter)
        filters.addWidget(desk_label)
        filters.addWidget(self.desk_filter)
        filters.addWidget(self.void_check)
        filters.addSpacing(12)
        filters.addWidget(self.count_label, 1)
        filters.addWidget(self.reassign_button)
        filters.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        QWidget.setTabOrder(self.search.edit, self.search.suggestions)
        QWidget.setTabOrder(self.search.suggestions, self.desk_filter)
        QWidget.setTabOrder(self.desk_filter, self.void_check)
        QWidget.setTabOrder(self.void_check, self.new_button)
        QWidget.setTabOrder(self.new_button, self.table)
        self.setFocusProxy(self.search.edit)

    def seeker_filter(self) -> SeekerFilter:
        current = self.model.filter
        return SeekerFilter(
            self.search.text(),
            self.desk_filter.desk(),
            self.void_check.isChecked(),
            current.sort,
            current.descending,
        )

    def reload(self) -> None:
        self.model.set_filter(self.seeker_filter())

    def _count(self, count: int) -> None:
        text = self.search.text()
        shown = self.tr("{count:,} job seekers").format(count=count)
        if text:
            shown += self.tr(" (‘{text}’)").format(text=text)
        self.count_label.setText(shown)
        self.sig_loaded.emit()

    def focus_search(self) -> None:
        self.search.focus_search()

    def chosen_seekers(self) -> list[SeekerItem]:
        items = [self.model.item(row) for row in self.table.selected_rows()]
        return [item for item in items if isinstance(item, SeekerItem) and not item.void]

    def reassign(self) -> ReassignDialog | None:
        """Ctrl+Shift+A (team leads): give the seekers chosen in the list to another counselor."""
        if not self.ctx.actor.can(Permission.REVIEW):
            return None
        seekers = self.chosen_seekers()
        if not seekers:
            self.show_status(
                self.tr(
                    "Select the job seekers whose counselor to change in the list (Shift "
                    "or Ctrl for several)."
                )
            )
            self.table.setFocus()
            return None
        self.show_status("")
        try:
            counselors = self.ctx.workspace.corrections.counselors(self.ctx.actor)
        except DeskappError as error:
            self.show_status(str(error))
            return None
        dialog = ReassignDialog(self.ctx, seekers, counselors, self.window())
        dialog.open()
        return dialog

    def focus_main(self) -> None:
        self.focus_search()

    def new_record(self) -> FormDialog | None:
        return self._register_seeker()


class _SearchEdit(QLineEdit):
    """A filter box that settles for a moment before it filters."""

    sig_settled = Signal(str)
    """The text stopped changing: the text."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.setAccessibleName(placeholder)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(lambda: self.sig_settled.emit(self.text().strip()))
        self.textChanged.connect(lambda _t: self.timer.start())


class EmployersPage(WorkPage):
    """구인업체·구인: employers beside openings; register either from here, and find the
    seekers fitting an opening (Ctrl+M)."""

    SHOWS = frozenset(
        {
            RecordKind.EMPLOYER,
            RecordKind.OPENING,
            RecordKind.REFERRAL,
            RecordKind.PLACEMENT,
            RecordKind.CONTACT,
            RecordKind.AGREEMENT,
        }
    )

    def __init__(self, ctx: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._select_employer: int | None = None
        self.match_dialog: SeekerMatchDialog | None = None
        self.employer_search = _SearchEdit(
            self.tr("Employer name, employer number, business registration number"), self
        )
        self.employer_search.sig_settled.connect(lambda _t: self.changed())
        self.employer_model = EmployerListModel(ctx, self)
        self.employer_table = self._table(self.employer_model, self.tr("Employers"))
        self.employer_table.sig_activated.connect(self._open_employer)
        self.employer_model.sig_loaded.connect(self._employers_loaded)
        self.employer_count = QLabel(self)
        self.employer_button = QPushButton(self.tr("Register employer… (Ctrl+N)"), self)
        self.employer_button.setAutoDefault(False)
        self.employer_button.clicked.connect(self.new_record)

        self.opening_search = _SearchEdit(
            self.tr("Occupation, employer name, opening number"), self
        )
        self.opening_search.sig_settled.connect(lambda _t: self.changed())
        self.opening_count = QLabel(self)
        self.opening_model = OpeningListModel(ctx, self)
        self.opening_table = self._table(self.opening_model, self.tr("Openings"))
        self.opening_table.sig_activated.connect(self._open_opening)
        self.closing_label = QLabel(self)
        self.closing_label.setObjectName("closing_due")
        self.closing_label.setStyleSheet("color: #8a5a00;")
        self.closing_button = QPushButton(self.tr("Close openings…"), self)
        self.closing_button.setAutoDefault(False)
        self.closing_button.setToolTip(
            self.tr(
                "Checks and closes openings that are past their closing date or have "
                "filled their headcount."
            )
        )
        self.closing_button.clicked.connect(self.close_due)
        self.closing_due: list[ClosingDue] = []
        closing_row = QHBoxLayout()
        closing_row.addWidget(self.closing_label, 1)
        closing_row.addWidget(self.closing_button)
        self.closing_bar = QWidget(self)
        self.closing_bar.setLayout(closing_row)
        self.closing_bar.hide()
        self.opening_model.sig_loaded.connect(
            lambda n: self.opening_count.setText(self.tr("{count:,} openings").format(count=n))
        )
        self.opening_button = QPushButton(self.tr("Register opening… (Ctrl+Shift+N)"), self)
        self.opening_button.setAutoDefault(False)
        self.opening_button.setToolTip(
            self.tr("Registers an opening for the employer selected in the list on the left.")
        )
        self.opening_button.clicked.connect(self.new_opening)
        self.match_action = QAction(self.tr("Matching job seekers"), self)
        self.match_action.setShortcut(QKeySequence("Ctrl+M"))
        # Only while the keyboard is in this page: the seeker's record has its own Ctrl+M.
        self.match_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.match_action.setStatusTip(
            self.tr("Finds job seekers who match the selected opening and refers them.")
        )
        self.match_action.triggered.connect(lambda _checked=False: self.match_seekers())
        self.addAction(self.match_action)
        self.match_button = QPushButton(self.tr("Matching job seekers… (Ctrl+M)"), self)
        self.match_button.setAutoDefault(False)
        self.match_button.setToolTip(
            self.tr("Finds job seekers who match the opening selected in the list on the right.")
        )
        self.match_button.clicked.connect(self.match_action.trigger)

        left = QGroupBox(self.tr("Employers"), self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.employer_search)
        row = QHBoxLayout()
        row.addWidget(self.employer_count, 1)
        row.addWidget(self.employer_button)
        left_layout.addLayout(row)
        left_layout.addWidget(self.employer_table, 1)
        right = QGroupBox(self.tr("Opening"), self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.opening_search)
        row = QHBoxLayout()
        row.addWidget(self.opening_count, 1)
        row.addWidget(self.opening_button)
        row.addWidget(self.match_button)
        right_layout.addLayout(row)
        right_layout.addWidget(self.opening_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.closing_bar)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.employer_search, self.employer_button)
        QWidget.setTabOrder(self.employer_button, self.employer_table)
        QWidget.setTabOrder(self.employer_table, self.opening_search)
        QWidget.setTabOrder(self.opening_search, self.opening_button)
        QWidget.setTabOrder(self.opening_button, self.match_button)
        QWidget.setTabOrder(self.match_button, self.opening_table)
        self.setFocusProxy(self.employer_search)

    def reload(self) -> None:
        self.employer_model.set_text(self.employer_search.text().strip())
        self.opening_model.set_text(self.opening_search.text().strip())
        corrections, actor = self.ctx.workspace.corrections, self.ctx.actor
        QueryOp(
            parent=self, op=lambda _p: corrections.closing_due(actor), success=self._closing_loaded
        ).run_in_background()

    def _closing_loaded(self, due: list[ClosingDue]) -> None:
        self.closing_due = due
        filled = sum(1 for d in due if d.reason is CloseReason.FILLED)
        self.closing_label.setText(
            self.tr(
                "{count} openings to close: {filled} with headcount filled, {expired} "
                "past the closing date."
            ).format(count=len(due), filled=filled, expired=len(due) - filled)
        )
        self.closing_bar.setVisible(bool(due))

    def close_due(self) -> QDialog | None:
        """마감 처리: the openings that should close, each with its reason; asked before closing."""
        if not self.closing_due:
            return None
        dialog = ClosingDueDialog(self.ctx, self.closing_due, self.window())
        dialog.sig_closed.connect(lambda _n: self.ctx.changed(Changes.saved(RecordKind.OPENING)))
        dialog.open()
        return dialog

    def _open_employer(self, row: int) -> None:
        """Enter on an employer: its file (openings, referrals, placements) in a window."""
        item = self.employer_model.item(row)
        if isinstance(item, EmployerItem):
            self.ctx.open_employer(item.id)

    def _open_opening(self, row: int) -> None:
        item = self.opening_model.item(row)
        if isinstance(item, OpeningItem):
            self.ctx.open_opening(item.id)

    def _employers_loaded(self, count: int) -> None:
        self.employer_count.setText(self.tr("{count:,} employers").format(count=count))
        if self._select_employer is not None:
            row = self.employer_model.row_of(self._select_employer)
            self._select_employer = None
            if row >= 0:
                self.employer_table.select_row(row)
                self.employer_table.setFocus()
        self.sig_loaded.emit()

    def selected_employer(self) -> EmployerItem | None:
        item = self.employer_model.item(self.employer_table.current_row())
        return item if isinstance(item, EmployerItem) else None

    def new_record(self) -> FormDialog | None:
        """Ctrl+N here: a new employer (selected in the list once saved)."""
        dialog = open_form(EmployerForm(self.ctx), self.window())

        def saved(result: Any) -> None:
            assert isinstance(result, Saved)
            self._select_employer = result.id
            self.ctx.message(saved_message(result))
            self.ctx.changed(Changes.saved(result.kind))

        dialog.sig_saved.connect(saved)
        return dialog

    def new_opening(self) -> FormDialog | None:
        """Ctrl+Shift+N: a new opening of the employer chosen on the left."""
        employer = self.selected_employer()
        if employer is None:
            self.show_status(
                self.tr("First select the employer for the opening in the list on the left.")
            )
            self.employer_table.setFocus()
            return None
        self.show_status("")
        dialog = open_form(
            OpeningForm(self.ctx, employer.employer_no, employer.name), self.window()
        )

        def saved(result: Any) -> None:
            assert isinstance(result, Saved)
            self.ctx.message(saved_message(result))
            self.ctx.changed(Changes.saved(result.kind))

        dialog.sig_saved.connect(saved)
        return dialog

    def selected_opening(self) -> OpeningItem | None:
        item = self.opening_model.item(self.opening_table.current_row())
        return item if isinstance(item, OpeningItem) else None

    def match_seekers(self) -> SeekerMatchDialog | None:
        """Ctrl+M: 맞는 구직자, the seekers fitting the opening chosen; Enter there refers."""
        opening = self.selected_opening()
        if opening is None:
            self.show_status(
                self.tr(
                    "First select, in the list on the right, the opening to find matching "
                    "job seekers for."
                )
            )
            self.opening_table.setFocus()
            return None
        self.show_status("")
        title = self.tr("{employer} · {occupation} ({number})").format(
            employer=opening.employer_name, occupation=opening.occupation, number=opening.opening_no
        )
        ctx = self.ctx
        # 알선창구 is the working desk, as in the referral form (team leads have no desk).
        dialog = SeekerMatchDialog(ctx, opening.id, title, opening.opening_no, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Every page's lists and counts load again and show the referral.
        dialog.sig_referred.connect(
            lambda _seeker_id: self.ctx.changed(Changes.saved(RecordKind.REFERRAL))
        )
        self.match_dialog = dialog
        dialog.open()
        return dialog


class SessionsPage(WorkPage):
    """상담: sessions of a period at a desk (this month at the working desk at first)."""

    SHOWS = frozenset({RecordKind.SEEKER, RecordKind.SESSION})

    def __init__(self, ctx: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        today = ctx.today()
        self.period_filter = PeriodPicker(date(today.year, today.month, 1), today, self)
        self.period_filter.sig_changed.connect(self.changed)
        self.desk_filter = DeskFilter(ctx, self, own_work=True)
        self.desk_filter.currentIndexChanged.connect(lambda _i: self.changed())
        self.count_label = _bold(QLabel(self))
        self.model = SessionListModel(ctx, self)
        self.model.sig_loaded.connect(self._count)
        self.table = self._table(self.model, self.tr("Sessions"))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Period:"), self))
        filters.addWidget(self.period_filter)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Desk:"), self))
        filters.addWidget(self.desk_filter)
        filters.addSpacing(12)
        filters.addWidget(self.count_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)

    def reload(self) -> None:
        period = self._read_period(self.period_filter, self.model)
        if period is None:
            self.count_label.clear()  # nothing is counted for a wrong period
            return
        self.model.set_filter(period, self.desk_filter.desk())

    def _count(self, count: int) -> None:
        self.count_label.setText(self.tr("{count:,} sessions").format(count=count))
        self.sig_loaded.emit()

    def new_record(self) -> FormDialog | None:
        return self._register_seeker()


class ReferralsPage(WorkPage):
    """알선·취업: referrals awaiting their outcome above, placements of a period below."""

    SHOWS = frozenset(
        {
            RecordKind.SEEKER,
            RecordKind.EMPLOYER,
            RecordKind.OPENING,
            RecordKind.REFERRAL,
            RecordKind.PLACEMENT,
        }
    )

    def __init__(self, ctx: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loaded = 0
        self._loading = 2  # the lists loading: 1 while the period is wrong
        today = ctx.today()
        self.referral_desk = DeskFilter(ctx, self, own_work=True)
        self.referral_desk.currentIndexChanged.connect(lambda _i: self.changed())
        self.referral_count = _bold(QLabel(self))
        self.outcome_button = QPushButton(self.tr("Record outcome… (Ctrl+E)"), self)
        self.outcome_button.setAutoDefault(False)
        self.outcome_button.clicked.connect(self.record_outcome)
        self.referral_model = ReferralListModel(ctx, self)
        self.referral_model.sig_loaded.connect(self._referrals_loaded)
        self.referral_table = self._table(
            self.referral_model, self.tr("Referrals awaiting outcome")
        )

        self.period_filter = PeriodPicker(date(today.year, 1, 1), today, self)
        self.period_filter.sig_changed.connect(self.changed)
        self.placement_desk = DeskFilter(ctx, self, own_work=True)
        self.placement_desk.currentIndexChanged.connect(lambda _i: self.changed())
        self.placement_count = _bold(QLabel(self))
        self.placement_model = PlacementListModel(ctx, self)
        self.placement_model.sig_loaded.connect(self._placements_loaded)
        self.placement_table = self._table(self.placement_model, self.tr("Placements"))

        top = QGroupBox(self.tr("Referrals awaiting outcome"), self)
        top_layout = QVBoxLayout(top)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Desk:"), self))
        row.addWidget(self.referral_desk)
        row.addSpacing(12)
        row.addWidget(self.referral_count, 1)
        row.addWidget(self.outcome_button)
        top_layout.addLayout(row)
        top_layout.addWidget(self.referral_table, 1)
        bottom = QGroupBox(self.tr("Placement"), self)
        bottom_layout = QVBoxLayout(bottom)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Period:"), self))
        row.addWidget(self.period_filter)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Desk:"), self))
        row.addWidget(self.placement_desk)
        row.addSpacing(12)
        row.addWidget(self.placement_count, 1)
        bottom_layout.addLayout(row)
        bottom_layout.addWidget(self.placement_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.referral_table)

    def reload(self) -> None:
        period = self._read_period(self.period_filter, self.placement_model)
        self._loaded = 0
        self._loading = 1 if period is None else 2
        self.referral_model.set_filter(True, self.referral_desk.desk())
        if period is None:
            self.placement_count.clear()  # nothing is counted for a wrong period
            return
        self.placement_model.set_filter(period, self.placement_desk.desk())

    def _referrals_loaded(self, count: int) -> None:
        self.referral_count.setText(self.tr("{count:,} awaiting outcome").format(count=count))
        if count and self.referral_table.current_row() < 0:
            self.referral_table.select_row(0)
        self._one_loaded()

    def _placements_loaded(self, count: int) -> None:
        self.placement_count.setText(self.tr("{count:,} placements").format(count=count))
        self._one_loaded()

    def _one_loaded(self) -> None:
        self._loaded += 1
        if self._loaded >= self._loading:
            self.sig_loaded.emit()

    def record_outcome(self) -> FormDialog | None:
        """Ctrl+E: the outcome of the referral chosen above."""
        item = self.referral_model.item(self.referral_table.current_row())
        if not isinstance(item, ReferralItem):
            self.show_status(self.tr("First select the referral to record an outcome for."))
            return None
        self.show_status("")
        label = f"{item.referred_on.isoformat()} {item.seeker_name} → {item.employer_name} · "
        label += item.occupation
        panel = OutcomeForm(self.ctx, [(label, item.id)], item.id)
        dialog = open_form(panel, self.window())
        dialog.sig_saved.connect(
            lambda _result: self.ctx.changed(Changes.saved(RecordKind.PLACEMENT))
        )
        return dialog

    def new_record(self) -> FormDialog | None:
        return self._register_seeker()
