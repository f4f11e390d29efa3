"""The 행사 page: the events of a period (this year at first) with their figures, and the
event report on its second tab.

Keys: Ctrl+N 새 행사, Enter opens the event's page, F2 corrects the event chosen (with a
reason), Delete voids it (its hires' placements with it) with a reason. Alt+P, Alt+K and
Alt+F reach the period, the kind and the text filter; Ctrl+Tab turns to 실적.
Every query runs in a worker (QueryOp).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.events import EventKind, EventReport
from deskapp.domain.korean import with_particle
from deskapp.domain.records import RecordKind
from deskapp.services.events import EventPage, EventRow
from deskapp.ui.admin.common import busy_bar
from deskapp.ui.context import Changes, WorkContext
from deskapp.ui.errors import error_message
from deskapp.ui.events.event_window import EventWindow
from deskapp.ui.events.forms import EventForm
from deskapp.ui.events.models import EventsModel, table
from deskapp.ui.events.report import ReportPanel, kind_combo
from deskapp.ui.forms import FormDialog, open_form
from deskapp.ui.lists import day_text
from deskapp.ui.widgets import PeriodPicker, ReasonDialog, ask_reason
from deskapp.ui.work_views import WorkPage
from deskapp.ui.workers import QueryOp

LIST_TAB, REPORT_TAB = 0, 1


class EventsPage(WorkPage):
    """행사: the list of events and the report, over one period and kind."""

    sig_opened = Signal(object)
    """An event's page was opened: the EventWindow."""

    SHOWS = frozenset(
        {
            RecordKind.EVENT,
            RecordKind.EVENT_EMPLOYER,
            RecordKind.EVENT_PARTICIPANT,
            RecordKind.EMPLOYER,
            RecordKind.PLACEMENT,
        }
    )

    def __init__(self, ctx: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("events_page")
        self.form: QDialog | None = None
        self.window_: EventWindow | None = None
        self._serial = 0
        year = ctx.today().year
        self.period_box = PeriodPicker(date(year, 1, 1), date(year, 12, 31), self, labelled=True)
        self.kind_combo = kind_combo(self)
        kind_label = QLabel(self.tr("Type (&K):"), self)
        kind_label.setBuddy(self.kind_combo)
        self.text_edit = QLineEdit(self)
        self.text_edit.setAccessibleName(self.tr("Search event name or venue"))
        self.text_edit.setPlaceholderText(self.tr("Event name or venue"))
        self.text_edit.setClearButtonEnabled(True)
        text_label = QLabel(self.tr("&Find:"), self)
        text_label.setBuddy(self.text_edit)
        new_button = QPushButton(self.tr("New hiring event (Ctrl+N)"), self)
        new_button.setAutoDefault(False)
        new_button.clicked.connect(self.new_record)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(250)
        self._delay.timeout.connect(self.reload)
        self.period_box.sig_changed.connect(self._delay.start)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.text_edit.textChanged.connect(lambda _t: self._delay.start())
        top = QHBoxLayout()
        top.addWidget(self.period_box)
        top.addWidget(kind_label)
        top.addWidget(self.kind_combo)
        top.addWidget(text_label)
        top.addWidget(self.text_edit, 1)
        top.addWidget(new_button)
        self.list_model = EventsModel(self)
        self.list = table(self, "event_list", self.tr("Hiring events"), self.list_model)
        self.list.sig_activated.connect(self.open_row)
        self.report = ReportPanel(ctx, self)
        self.report.sig_grouping_changed.connect(self.reload)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.list, self.tr("Hiring events (&1)"))
        self.tabs.addTab(self.report, self.tr("Results (&2)"))
        # F2 and Delete act on the list only: in the filter they edit the text.
        for owner, sequence, slot in (
            (self.list, "F2", self.edit_chosen),
            (self.list, "Delete", self.void_chosen),
            (self, "Ctrl+Tab", self._next_tab),
        ):
            shortcut = QShortcut(QKeySequence(sequence), owner)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.message = QLabel(self)
        self.message.setObjectName("events_message")
        self.message.setWordWrap(True)
        self.bar = busy_bar(self)
        hint = QLabel(
            self.tr(
                "Enter: open hiring event · Ctrl+N: new hiring event · F2: edit · "
                "Delete: void · Ctrl+Tab: results"
            ),
            self,
        )
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(hint)
        layout.addWidget(self.status_label)
        self.setFocusProxy(self.list)
        self.reason_dialog: ReasonDialog | None = None

    # -- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the list and the report in a worker; an older answer is dropped."""
        self._delay.stop()
        try:
            period = self.period_box.period()
        except Exception as error:  # reversed ends: said on the page, nothing loaded
            self.message.setText(error_message(error))
            return
        kind_value = str(self.kind_combo.currentData() or "")
        kind = EventKind(kind_value) if kind_value else None
        text, grouping = self.text_edit.text(), self.report.grouping()
        service, actor = self.ctx.workspace.events, self.ctx.actor
        self._serial += 1
        serial = self._serial

        def op(_progress: Any) -> tuple[list[EventRow], EventReport]:
            return (
                service.events(actor, period, kind, text),
                service.report(actor, period, kind, grouping),
            )

        def done(result: tuple[list[EventRow], EventReport]) -> None:
            if serial == self._serial:
                self._show(result[0], result[1], period)

        def failed(error: BaseException) -> None:
            if serial == self._serial:
                self.message.setText(error_message(error))

        self.message.setText(self.tr("Loading…"))
        QueryOp(parent=self, op=op, success=done).failure(failed).with_progress(
            self.bar
        ).run_in_background()

    def _show(self, events: list[EventRow], report: EventReport, period: Any) -> None:
        chosen = self.current()
        self.list_model.set_rows(events)
        self.list.resizeColumnsToContents()
        row = next((i for i, e in enumerate(events) if chosen and e.id == chosen.id), 0)
        if events:
            self.list.selectRow(row)
        self.report.show_report(report, period)
        self.bar.hide()
        self.message.setText(
            self.tr("{count} hiring events").format(count=len(events))
            if events
            else self.tr("No hiring events in this period. Press Ctrl+N to create one.")
        )
        self.sig_loaded.emit()

    def focus_main(self) -> None:
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_report(self) -> None:
        """보기 › 행사 실적: the 실적 tab, the keyboard on its table."""
        self.tabs.setCurrentIndex(REPORT_TAB)
        self.report.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _next_tab(self) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + 1) % self.tabs.count())
        self.tabs.currentWidget().setFocus(Qt.FocusReason.TabFocusReason)

    def current(self) -> EventRow | None:
        return self.list_model.item(self.list.currentIndex().row())

    # -- actions -------------------------------------------------------------------------

    def new_record_text(self) -> str:
        """The text of 기록 › 새로 등록 while this page is shown."""
        return self.tr("Register hiri&ng event…")

    def new_record(self) -> FormDialog:
        """Ctrl+N: a new event."""
        dialog = open_form(EventForm(self.ctx), self.window())
        dialog.sig_saved.connect(self._created)
        self.form = dialog
        return dialog

    def _created(self, saved: Any) -> None:
        self.ctx.message(
            self.tr("Created hiring event {number_obj}.").format(
                number_obj=with_particle(saved.number, "을/를")
            )
        )
        self.ctx.changed(Changes.saved(RecordKind.EVENT))
        self.open_event(saved.number)

    def open_row(self, row: int) -> EventWindow | None:
        event = self.list_model.item(row)
        return self.open_event(event.event_no) if event is not None else None

    def open_event(self, event_no: str) -> EventWindow:
        """The event's page (not modal)."""
        window = EventWindow(self.ctx, event_no, self.window())
        # An event's page saves its employers, participants and their hires, and registers
        # a walk-in participant as a new job seeker.
        changes = Changes.saved(*self.SHOWS, RecordKind.SEEKER)
        window.sig_changed.connect(lambda: self.ctx.changed(changes))
        window.show()
        window.raise_()
        window.activateWindow()
        self.window_ = window
        self.sig_opened.emit(window)
        return window

    def edit_chosen(self) -> None:
        """F2: correct the event chosen (its page is read first, then the form opens)."""
        event = self.current() if self.tabs.currentIndex() == LIST_TAB else None
        if event is None:
            return
        service, actor = self.ctx.workspace.events, self.ctx.actor
        QueryOp(
            parent=self,
            op=lambda _p: service.page(actor, event.event_no),
            success=self._edit,
        ).failure(lambda error: self.message.setText(error_message(error))).run_in_background()

    def _edit(self, page: EventPage) -> None:
        dialog = open_form(EventForm(self.ctx, page), self.window())
        dialog.sig_saved.connect(lambda _n: self._changed(self.tr("Hiring event updated.")))
        self.form = dialog

    def void_chosen(self) -> ReasonDialog | None:
        """Delete: void the event chosen, its participants' hires with it, with a reason."""
        event = self.current() if self.tabs.currentIndex() == LIST_TAB else None
        if event is None:
            return None
        service, actor = self.ctx.workspace.events, self.ctx.actor

        def void(reason: str) -> None:
            QueryOp(
                parent=self,
                op=lambda _p: service.void(actor, RecordKind.EVENT, event.id, reason),
                success=lambda _r: self._changed(self.tr("Hiring event voided.")),
            ).failure(lambda error: self.message.setText(error_message(error))).run_in_background()

        hires = (
            self.tr(" Placements registered from participants being hired also become void.")
            if event.figures.hired
            else ""
        )
        prompt = self.tr("Hiring event to void: {name} ({day}).{hires} Enter the reason.").format(
            name=event.name, day=day_text(event.held_on), hires=hires
        )
        dialog = ask_reason(self, self.tr("Void hiring event"), prompt, self.tr("Void"), void)
        self.reason_dialog = dialog
        return dialog

    def _changed(self, text: str) -> None:
        self.ctx.message(text)
        self.ctx.changed(Changes.saved(RecordKind.EVENT))
