"""One event's page: its employers (참여업체), participants (참여자) and 변경 이력.

Keys: Ctrl+R 참여업체 추가 (by 업체번호 or name), Ctrl+Shift+R 새 업체 (registered on the
spot), Enter on an employer corrects its 모집인원 and opening (with a reason), Ctrl+E
참여자 추가 (a registered seeker by name, 초성 or phone end), Ctrl+Shift+E 현장 등록 (a
walk-in: 성명, 연락처, consent), F2 행사 수정 (with a reason), Delete voids the employer or
participant chosen (with a reason). On the 참여자 tab, Space turns 면접 on or off and 1–6
set the result (대기, 서류합격, 1차합격, 2차합격, 채용, 불합격); the 결과 and 면접 업체
boxes under the list do the same. A 채용 is a placement (취업) at once; Enter opens the
person's record.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.events import HIRED, STAGES, SetResult
from deskapp.domain.records import RecordKind
from deskapp.services.events import EventPage, ParticipantEntry
from deskapp.ui.context import WorkContext
from deskapp.ui.errors import error_message
from deskapp.ui.events.forms import (
    AddEmployerForm,
    AddParticipantForm,
    ChangeEmployerForm,
    EventForm,
    NewEmployerForm,
    WalkInForm,
)
from deskapp.ui.events.models import EmployersModel, ParticipantsModel, table
from deskapp.ui.forms import FormPanel, open_form
from deskapp.ui.history_view import HistoryPanel
from deskapp.ui.lists import RecordTable, day_text
from deskapp.ui.widgets import ask_reason, shortcut_buttons
from deskapp.ui.workers import QueryOp

_STAGE_KEYS = {getattr(Qt.Key, f"Key_{n}"): stage for n, stage in enumerate(STAGES, start=1)}
# A stage reached only after an interview.
_AFTER_INTERVIEW = {"1차합격", "2차합격", HIRED}  # korean-data
# A participant's change: 면접, 결과 and the interviewing employer's 업체번호 (None: kept).
_Change = tuple[bool, str | None, str | None]


class ParticipantTable(RecordTable):
    """The participants; Space and 1–6 change the current one's 면접 and 결과."""

    sig_toggle_interview = Signal(int)
    """Space: the row whose 면접 turns over."""
    sig_stage = Signal(int, str)
    """1–6: the row and the stage chosen."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentIndex().row()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and row >= 0:
            if event.key() == Qt.Key.Key_Space:
                self.sig_toggle_interview.emit(row)
                event.accept()
                return
            stage = _STAGE_KEYS.get(Qt.Key(event.key()))
            if stage is not None:
                self.sig_stage.emit(row, stage)
                event.accept()
                return
        super().keyPressEvent(event)


class EventHistory(HistoryPanel):
    """변경 이력 of an event: its corrections, employers, people, stages and voids."""

    def reload(self) -> None:
        self._stale = False
        self._serial += 1
        serial = self._serial
        service, actor, number = self.ctx.workspace.events, self.ctx.actor, self.key
        QueryOp(
            parent=self,
            op=lambda _p: service.history(actor, number),
            success=lambda story: self._loaded(serial, story),
        ).failure(lambda error: self.status.setText(error_message(error))).run_in_background()


class EventWindow(QDialog):
    """An event's page: header, 참여업체 and 참여자 tabs, the keys to add and change."""

    sig_loaded = Signal()
    """The event's page was shown (again)."""
    sig_changed = Signal()
    """Something of the event was saved: lists and reports load again."""

    def __init__(self, ctx: WorkContext, event_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("event_window")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.event_no = event_no
        self.page: EventPage | None = None
        self.form: QDialog | None = None
        self._serial = 0
        self._keep: int | None = None  # the participant to choose again after a load
        self._queue: list[tuple[int, Callable[[ParticipantEntry], _Change | None]]] = []
        self._saving = False  # a change of 면접 or 결과 is on its way
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.figures = QLabel(self)
        self.message = QLabel(self)
        self.message.setObjectName("event_message")
        self.message.setWordWrap(True)
        self.employer_model = EmployersModel(self)
        self.employers = table(
            self, "event_employers", self.tr("Participating employers"), self.employer_model
        )
        self.participant_model = ParticipantsModel(self)
        self.participants = ParticipantTable(self, plain=True)
        self.participants.setObjectName("event_participants")
        self.participants.setAccessibleName(self.tr("Participants"))
        self.participants.setModel(self.participant_model)
        self.participants.horizontalHeader().setStretchLastSection(True)
        self.participants.sig_toggle_interview.connect(self._toggle_interview)
        self.participants.sig_stage.connect(self._stage)
        self.participants.sig_activated.connect(self._open_seeker)
        self.stage_combo = QComboBox(self)
        self.stage_combo.setAccessibleName(self.tr("Result"))
        self.stage_combo.addItem(self.tr("(none)"), "")
        for number, stage in enumerate(STAGES, start=1):
            self.stage_combo.addItem(f"{number} {stage}", stage)
        self.stage_combo.activated.connect(self._stage_chosen)
        self.employer_combo = QComboBox(self)
        self.employer_combo.setAccessibleName(self.tr("Interviewing employer"))
        self.employer_combo.activated.connect(self._employer_chosen)
        stage_label = QLabel(self.tr("Re&sult:"), self)
        stage_label.setBuddy(self.stage_combo)
        employer_label = QLabel(self.tr("Interviewing employer (&U):"), self)
        employer_label.setBuddy(self.employer_combo)
        under = QHBoxLayout()
        under.addWidget(stage_label)
        under.addWidget(self.stage_combo)
        under.addWidget(employer_label)
        under.addWidget(self.employer_combo, 1)
        people = QWidget(self)
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(self.participants, 1)
        people_layout.addLayout(under)
        hint = QLabel(
            self.tr(
                "Space: interviewed yes/no · 1 waiting 2 passed screening 3 passed 1st "
                "round 4 passed 2nd round 5 hired 6 rejected"
            ),
            people,
        )
        hint.setStyleSheet("color: #555;")
        people_layout.addWidget(hint)
        self.participants.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self._show_current()
        )
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.employers, self.tr("Participating employers (&1)"))
        self.tabs.addTab(people, self.tr("Participants (&2)"))
        self.history = EventHistory(ctx, RecordKind.EVENT, event_no, self)
        self.tabs.addTab(self.history, self.tr("Change history (&3)"))
        self.employers.sig_activated.connect(self.change_employer)
        buttons, self.buttons = shortcut_buttons(
            self,
            (
                ("employer", self.tr("Add participating employer"), "Ctrl+R", self.add_employer),
                ("new_employer", self.tr("New employer"), "Ctrl+Shift+R", self.new_employer),
                ("participant", self.tr("Add participant"), "Ctrl+E", self.add_participant),
                ("walk_in", self.tr("On-site registration"), "Ctrl+Shift+E", self.walk_in),
                ("edit", self.tr("Edit hiring event"), "F2", self.edit),
                ("void", self.tr("Void"), "Delete", self.void_chosen),
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.figures)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.setWindowTitle(self.tr("Hiring events"))
        self.resize(960, 600)
        self.setFocusProxy(self.tabs)
        self.load()

    # -- loading -------------------------------------------------------------------------

    def load(self) -> None:
        service, actor, number = self.ctx.workspace.events, self.ctx.actor, self.event_no
        self._serial += 1
        serial = self._serial
        QueryOp(
            parent=self,
            op=lambda _p: service.page(actor, number),
            success=lambda page: self._show(page) if serial == self._serial else None,
        ).failure(self._load_failed).run_in_background()

    def _load_failed(self, error: BaseException) -> None:
        self._saving = False
        self._queue.clear()
        self.say(error_message(error))

    def _show(self, page: EventPage) -> None:
        self.page = page
        row = page.row
        self.setWindowTitle(self.tr("Hiring event — {name}").format(name=row.name))
        place = row.venue or ""
        if row.venue_type:
            place = f"{place} ({row.venue_type})" if place else row.venue_type
        parts = [row.name, row.kind, day_text(row.held_on), row.desk, place]
        if row.organizer:
            parts.append(self.tr("Organized by {organizer}").format(organizer=row.organizer))
        parts.append(row.event_no)
        self.heading.setText(" · ".join(p for p in parts if p))
        f, details = row.figures, page.details
        reported = (
            details.reported_participants,
            details.reported_interviewed,
            details.reported_hired,
        )
        note = (
            self.tr(
                " (including {p} participants, {i} interviewed and {h} hired as totals "
                "from the organizer)"
            ).format(p=reported[0], i=reported[1], h=reported[2])
            if any(reported)
            else ""
        )
        self.figures.setText(
            self.tr(
                "{employers} participating employers · {recruits} to recruit · "
                "{participants} participants · {interviewed} interviewed · {hired} "
                "hired"
            ).format(
                employers=f.employers,
                recruits=f.recruits,
                participants=f.participants,
                interviewed=f.interviewed,
                hired=f.hired,
            )
            + note
        )
        self.employer_model.set_rows(page.employers)
        self.participant_model.set_rows(page.participants)
        for view in (self.employers, self.participants):
            view.resizeColumnsToContents()
        self.employer_combo.clear()
        self.employer_combo.addItem(self.tr("(not chosen)"), "")
        for entry in page.employers:
            self.employer_combo.addItem(entry.name, entry.employer_no)
        if self.employers.model().rowCount() and not self.employers.currentIndex().isValid():
            self.employers.selectRow(0)
        row_no = self.participant_model.row_of(self._keep) if self._keep is not None else -1
        if row_no < 0 and page.participants and not self.participants.currentIndex().isValid():
            row_no = 0
        if row_no >= 0:
            self.participants.selectRow(row_no)
        self._show_current()
        self.sig_loaded.emit()
        if self._saving:  # the change saved is shown: the next one typed may go
            self._saving = False
            self._next_change()

    def _show_current(self) -> None:
        entry = self.current_participant()
        for combo in (self.stage_combo, self.employer_combo):
            combo.setEnabled(entry is not None)
        if entry is None:
            return
        self.stage_combo.setCurrentIndex(max(self.stage_combo.findData(entry.result or ""), 0))
        self.employer_combo.setCurrentIndex(
            max(self.employer_combo.findText(entry.employer or ""), 0) if entry.employer else 0
        )

    def say(self, text: str) -> None:
        self.message.setText(text)

    def current_participant(self) -> ParticipantEntry | None:
        return self.participant_model.item(self.participants.currentIndex().row())

    # -- 면접 and 결과 ----------------------------------------------------------------------

    # Changes typed faster than they are saved wait their turn, and each is worked out
    # from the participant as the list shows them after the change before it.

    def _toggle_interview(self, row: int) -> None:
        self._enqueue(row, lambda e: (not e.interviewed, e.result, None))

    def _stage(self, row: int, stage: str) -> None:
        def change(e: ParticipantEntry) -> _Change | None:
            interviewed = e.interviewed or stage in _AFTER_INTERVIEW
            return (
                None
                if (interviewed, stage) == (e.interviewed, e.result)
                else (interviewed, stage, None)
            )

        self._enqueue(row, change)

    def _stage_chosen(self, _index: int) -> None:
        stage = str(self.stage_combo.currentData() or "") or None
        if stage is not None:
            self._stage(self.participants.currentIndex().row(), stage)

    def _employer_chosen(self, _index: int) -> None:
        number = str(self.employer_combo.currentData() or "")
        name = self.employer_combo.currentText()
        if number:
            self._enqueue(
                self.participants.currentIndex().row(),
                lambda e: None if e.employer == name else (e.interviewed, e.result, number),
            )

    def _enqueue(self, row: int, change: Callable[[ParticipantEntry], _Change | None]) -> None:
        entry = self.participant_model.item(row)
        if entry is None:
            return
        self._queue.append((entry.id, change))
        if not self._saving:
            self._next_change()

    def _next_change(self) -> None:
        while self._queue:
            participant_id, change = self._queue.pop(0)
            entry = self.participant_model.item(self.participant_model.row_of(participant_id))
            wanted = change(entry) if entry is not None else None
            if entry is not None and wanted is not None:
                self.set_result(entry, *wanted)
                return

    def set_result(
        self,
        entry: ParticipantEntry,
        interviewed: bool,
        result: str | None,
        employer_no: str | None = None,
    ) -> None:
        """Save a participant's 면접, 결과 (and the employer interviewing them)."""
        command = SetResult(entry.id, interviewed, result, employer_no=employer_no)
        service, actor = self.ctx.workspace.events, self.ctx.actor
        self._keep = entry.id
        if result == HIRED and entry.result != HIRED:
            done = self.tr("{name}: hired — registered as 1 placement on {day}.").format(
                name=entry.name, day=day_text(self.page.row.held_on) if self.page else ""
            )
        elif entry.result == HIRED and result != HIRED:
            done = self.tr("{name}: no longer hired, so that placement was made void.").format(
                name=entry.name
            )
        else:
            done = self.tr("{name}: interviewed {interviewed}, result {result}").format(
                name=entry.name,
                interviewed=self.tr("Yes") if interviewed or result == HIRED else self.tr("No"),
                result=result or self.tr("None"),
            )
        self._saving = True
        QueryOp(
            parent=self,
            op=lambda _p: service.set_result(actor, command),
            success=lambda _r: self._saved(done),
        ).failure(self._refused).run_in_background()

    def _refused(self, error: BaseException) -> None:
        self._saving = False
        self._queue.clear()  # what was typed after it assumed it went through
        self.say(error_message(error))
        self._show_current()

    def _open_seeker(self, row: int) -> None:
        entry = self.participant_model.item(row)
        if entry is not None:
            self.ctx.open_seeker(entry.seeker_id)

    # -- adding --------------------------------------------------------------------------

    def _open(self, panel: FormPanel, done: str) -> QDialog:
        dialog = open_form(panel, self)
        dialog.sig_saved.connect(lambda result: self._saved(done, result))
        self.form = dialog
        return dialog

    def _saved(self, done: str, result: object = None) -> None:
        warnings = getattr(result, "warnings", ())
        self.say(" ".join([done, *warnings]))
        self.sig_changed.emit()
        self.history.changed()
        self.load()

    def change_employer(self, row: int) -> QDialog | None:
        """Enter on 참여업체: correct the employer's 모집인원 and opening, with a reason."""
        entry = self.employer_model.item(row)
        if self.page is None or entry is None:
            return None
        return self._open(
            ChangeEmployerForm(self.ctx, self.page, entry),
            self.tr("Participating employer updated."),
        )

    def add_employer(self) -> QDialog | None:
        if self.page is None:
            return None
        self.tabs.setCurrentIndex(0)
        return self._open(
            AddEmployerForm(self.ctx, self.page), self.tr("Participating employer added.")
        )

    def new_employer(self) -> QDialog | None:
        if self.page is None:
            return None
        self.tabs.setCurrentIndex(0)
        return self._open(
            NewEmployerForm(self.ctx, self.page),
            self.tr("Registered the new employer and added it as a participating employer."),
        )

    def add_participant(self) -> QDialog | None:
        if self.page is None:
            return None
        self.tabs.setCurrentIndex(1)
        self._keep = None
        return self._open(AddParticipantForm(self.ctx, self.page), self.tr("Participant added."))

    def walk_in(self) -> QDialog | None:
        if self.page is None:
            return None
        self.tabs.setCurrentIndex(1)
        self._keep = None
        return self._open(
            WalkInForm(self.ctx, self.page),
            self.tr("Registered as a job seeker and added as a participant."),
        )

    def edit(self) -> QDialog | None:
        if self.page is None:
            return None
        return self._open(EventForm(self.ctx, self.page), self.tr("Hiring event updated."))

    # -- voiding -------------------------------------------------------------------------

    def void_chosen(self) -> QDialog | None:
        """Delete: the employer chosen on 참여업체, or the participant on 참여자 (a hire's
        placement with it), with a reason."""
        if self.tabs.currentWidget() is self.history:
            return None
        if self.tabs.currentIndex() == 0:
            employer = self.employer_model.item(self.employers.currentIndex().row())
            if employer is None:
                self.say(
                    self.tr("Choose the employer to void from the participating employers list.")
                )
                return None
            what = self.tr("Voids the participation of {name}.").format(name=employer.name)
            return self._void(
                RecordKind.EVENT_EMPLOYER,
                employer.id,
                what,
                self.tr("Participating employer voided."),
            )
        entry = self.current_participant()
        if entry is None:
            self.say(self.tr("Choose the person to void from the participants list."))
            return None
        hired = (
            self.tr(" The placement from this hiring event also becomes void.")
            if entry.placement_id
            else ""
        )
        what = self.tr("Voids the participation of {name} ({number}).{hired}").format(
            name=entry.name, number=entry.seeker_no, hired=hired
        )
        self._keep = None
        return self._void(
            RecordKind.EVENT_PARTICIPANT, entry.id, what, self.tr("Participant voided.")
        )

    def _void(self, kind: RecordKind, record_id: int, what: str, done: str) -> QDialog:
        service, actor = self.ctx.workspace.events, self.ctx.actor

        def void(reason: str) -> None:
            QueryOp(
                parent=self,
                op=lambda _p: service.void(actor, kind, record_id, reason),
                success=lambda _r: self._saved(done),
            ).failure(lambda error: self.say(error_message(error))).run_in_background()

        prompt = self.tr("{what} Enter the reason.").format(what=what)
        dialog = ask_reason(self, self.tr("Void"), prompt, self.tr("Void"), void)
        self.form = dialog
        return dialog
