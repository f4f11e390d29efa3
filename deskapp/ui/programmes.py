"""취업지원 프로그램 in the window.

- :class:`ProgrammesDialog` (기록 › 프로그램…, Ctrl+Shift+G): the programmes running in a
  year (Alt+Y), Enter opens one, Ctrl+N makes a new one; its other tabs are the two
  reports of the seed, 금천희망취업캠프 운영현황 (by 구분, Alt+K) and 일자리카페 운영현황.
- :class:`ProgrammeWindow`: one programme's page, its sessions (회차) and participants.
  Keys: Ctrl+R 회차 추가 (the group note, the participants present as a checklist and
  상담으로 셈), Ctrl+E 참여 등록 (a seeker found by name or 구직자번호), Ctrl+D 이수,
  Ctrl+K 자격 취득, Ctrl+M 프로그램 수정, Delete voids the session or participant
  chosen (with a reason); in the list, Delete voids a programme.

Every query and save runs in a worker (QueryOp); the widgets never touch the database.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain import fields
from deskapp.domain.errors import ValidationError
from deskapp.domain.programmes import (
    OUTCOME_HEADINGS,
    PROGRAMME_HEADINGS,
    PROGRAMME_KINDS,
    AddProgrammeSession,
    Complete,
    CreateProgramme,
    EditProgramme,
    Enrol,
    OutcomeReport,
    ProgrammeFields,
    ProgrammeYear,
    RecordCertificate,
)
from deskapp.domain.records import RecordKind
from deskapp.services.programmes import (
    EnrolmentRow,
    ProgrammeDetail,
    ProgrammeSummary,
    SessionRow,
)
from deskapp.ui.casework.merge import SeekerPicker
from deskapp.ui.context import Changes, WorkContext, desk_short_name, usable_desks
from deskapp.ui.errors import error_message
from deskapp.ui.forms import (
    FormPanel,
    free_text,
    open_form,
    parse_any_date,
    record_day,
    short_text,
)
from deskapp.ui.lists import RecordTable, RowsModel, day_text
from deskapp.ui.widgets import ask_reason, shortcut_buttons
from deskapp.ui.workers import Progress, QueryOp

SHORTCUT = "Ctrl+Shift+G"


def _day_or_none(value: object, name: str) -> object:
    return None if fields.is_blank(value) else parse_any_date(value, name)


def _period(item: ProgrammeSummary) -> str:
    return f"{day_text(item.starts_on)} ~ {day_text(item.ends_on)}"


# -- the forms -----------------------------------------------------------------------------


class ProgrammeForm(FormPanel):
    """A programme: 프로그램명, 구분, 운영창구, 시작일, 종료일, 교육대상, 위탁기관, 비고; with
    ``editing`` the programme's fields are shown and saved as a change."""

    def __init__(
        self,
        ctx: WorkContext,
        editing: ProgrammeSummary | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.programme = editing
        self.title = (
            self.tr("Edit programme — {name}").format(name=editing.name)
            if editing
            else self.tr("New programme")
        )
        today = ctx.today().isoformat()
        self.name_edit = self.add_line(
            "프로그램명",  # korean-data
            self.tr("Programme &name"),
            short_text,
            True,
        )
        self.kind_combo = self.add_combo(
            "구분",  # korean-data
            self.tr("Type (&K)"),
            [("", ""), *((k, k) for k in PROGRAMME_KINDS)],
        )
        self.kind_combo.setEditable(True)
        self.desk_combo = self.add_combo(
            "운영창구",  # korean-data
            self.tr("Operating desk (&W)"),
            [(d.short_name, d.code) for d in usable_desks(ctx.actor)],
            ctx.actor.desk or ctx.desk,
        )
        self.starts_edit = self.add_line(
            "시작일",  # korean-data
            self.tr("&Start date"),
            parse_any_date,
            True,
            today,
        )
        self.ends_edit = self.add_line(
            "종료일",  # korean-data
            self.tr("&End date"),
            _day_or_none,
            placeholder=self.tr("Blank means all year"),
        )
        self.target_edit = self.add_line(
            "교육대상",  # korean-data
            self.tr("&Target group"),
            short_text,
        )
        self.provider_edit = self.add_line(
            "위탁기관",  # korean-data
            self.tr("Contracted &provider"),
            short_text,
        )
        self.note_edit = self.add_text("비고", self.tr("Re&marks"), free_text)  # korean-data
        if editing is not None:
            self.name_edit.setText(editing.name)
            self.kind_combo.setCurrentText(editing.kind or "")
            self.desk_combo.setCurrentIndex(max(self.desk_combo.findData(editing.desk), 0))
            self.starts_edit.setText(editing.starts_on.isoformat())
            self.ends_edit.setText(editing.ends_on.isoformat() if editing.ends_on else "")
            self.target_edit.setText(editing.target or "")
            self.provider_edit.setText(editing.provider or "")
            self.note_edit.setPlainText(editing.note or "")
        self.ready()

    def check_value(self, key: str, value: object) -> None:
        if key == "종료일":  # korean-data
            starts, ends = self.parsed("시작일"), self.parsed("종료일")  # korean-data
            if starts and ends and ends < starts:
                raise ValidationError(key, self.tr("Cannot be earlier than the start date."))

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        entered = ProgrammeFields(
            str(values["프로그램명"]),  # korean-data
            self.parsed("시작일"),  # korean-data
            desk=str(values["운영창구"]),  # korean-data
            ends_on=self.parsed("종료일"),  # korean-data
            kind=self.kind_combo.currentText(),
            target=str(values["교육대상"]),  # korean-data
            provider=str(values["위탁기관"]),  # korean-data
            note=str(values["비고"]),  # korean-data
        )
        service, actor = self.ctx.workspace.programmes, self.ctx.actor
        if self.programme is None:
            command = CreateProgramme(entered)
            return lambda _progress: service.create(actor, command)
        change = EditProgramme(self.programme.id, entered)
        return lambda _progress: service.edit(actor, change)


class SessionForm(FormPanel):
    """A session (회차): 회차일, 주제, 활동 내용 (the group note), the participants present
    (a checklist, everyone ticked) and 상담으로 셈."""

    def __init__(
        self,
        ctx: WorkContext,
        programme: ProgrammeSummary,
        enrolments: Sequence[EnrolmentRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.programme = programme
        self.title = self.tr("Add meeting — {name}").format(name=programme.name)
        today = ctx.today()
        self.form.addRow(self.tr("Programme"), QLabel(programme.name, self))
        self.day_edit = self.add_line(
            "회차일",  # korean-data
            self.tr("Meeting &date"),
            record_day(today),
            True,
            today.isoformat(),
        )
        self.topic_edit = self.add_line("주제", self.tr("&Topic"), short_text)  # korean-data
        self.note_edit = self.add_text(
            "활동 내용",  # korean-data
            self.tr("Activity su&mmary"),
            free_text,
        )
        self.present_list = QListWidget(self)
        self.present_list.setObjectName("present")
        for enrolment in enrolments:
            item = QListWidgetItem(f"{enrolment.name} ({enrolment.seeker_no})")
            item.setData(Qt.ItemDataRole.UserRole, enrolment.seeker_no)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.present_list.addItem(item)
        self.present_list.setMaximumHeight(self.present_list.fontMetrics().lineSpacing() * 9)
        self.present_list.setToolTip(self.tr("Press Space to toggle attendance."))
        present = self.add_field(
            "참석자",  # korean-data
            self.tr("&Attendees"),
            self.present_list,
            getter=self.present,
        )
        self.present_list.itemChanged.connect(lambda _item: self._edited(present))
        self.counts_check = QCheckBox(self.tr("Count as one counseling session per attendee"), self)
        self.counts_check.setToolTip(
            self.tr(
                "If checked, the activity summary becomes one visit session per "
                "attendee at this programme's desk and counts toward sessions in the "
                "desk results table."
            )
        )
        counts = self.add_field(
            "상담으로 셈",  # korean-data
            self.tr("&Count as sessions"),
            self.counts_check,
        )
        self.counts_check.toggled.connect(lambda _on: self._edited(counts))
        if not enrolments:
            self.present_list.setEnabled(False)
            self.counts_check.setEnabled(False)
        self.ready()

    def present(self) -> tuple[str, ...]:
        """The 구직자번호 of the participants ticked."""
        numbers = []
        for row in range(self.present_list.count()):
            item = self.present_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                numbers.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(numbers)

    def set_present(self, numbers: Sequence[str]) -> None:
        for row in range(self.present_list.count()):
            item = self.present_list.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in numbers
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        command = AddProgrammeSession(
            self.programme.id,
            self.parsed("회차일"),  # korean-data
            self.present(),
            topic=str(values["주제"]),  # korean-data
            note=str(values["활동 내용"]),  # korean-data
            counts_as_session=self.counts_check.isChecked(),
        )
        service, actor = self.ctx.workspace.programmes, self.ctx.actor
        return lambda _progress: service.add_session(actor, command)


class EnrolForm(FormPanel):
    """참여 등록: a seeker found by name, 초성, phone or 구직자번호, and 참여일."""

    def __init__(
        self, ctx: WorkContext, programme: ProgrammeSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.programme = programme
        self.title = self.tr("Enrol participant — {name}").format(name=programme.name)
        today = ctx.today()
        self.picker = SeekerPicker(ctx, self.tr("Participants"), self)
        field = self.add_field(
            "구직자번호",  # korean-data
            self.tr("Job &seeker"),
            self.picker,
            short_text,
            True,
            getter=self.number,
        )
        self.picker.sig_chosen.connect(lambda _item: self._edited(field))
        self.day_edit = self.add_line(
            "참여일",  # korean-data
            self.tr("Enrolment &date"),
            record_day(today),
            True,
            today.isoformat(),
        )
        self.picker.sig_picked.connect(
            lambda: self.day_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        )
        self.ready()

    def number(self) -> str:
        chosen = self.picker.chosen
        return chosen.seeker_no if chosen is not None else self.picker.text()

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        number, enrolled = str(values["구직자번호"]), self.parsed("참여일")  # korean-data
        command = Enrol(self.programme.id, number, enrolled)
        service, actor = self.ctx.workspace.programmes, self.ctx.actor
        return lambda _progress: service.enrol(actor, command)


class CompleteForm(FormPanel):
    """이수: the day the participant completed the programme."""

    def __init__(
        self, ctx: WorkContext, enrolment: EnrolmentRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.enrolment = enrolment
        self.title = self.tr("Completion — {name}").format(name=enrolment.name)
        today = ctx.today()
        self.form.addRow(
            self.tr("Participants"), QLabel(f"{enrolment.name} ({enrolment.seeker_no})")
        )
        day = enrolment.completed_on or today
        self.day_edit = self.add_line(
            "이수일",  # korean-data
            self.tr("Completion &date"),
            record_day(today),
            True,
            day.isoformat(),
        )
        self.ready()

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        command = Complete(self.enrolment.id, self.parsed("이수일"))  # korean-data
        service, actor = self.ctx.workspace.programmes, self.ctx.actor
        return lambda _progress: service.complete(actor, command)


class CertificateForm(FormPanel):
    """자격 취득: the certificate's name and the day it was obtained."""

    def __init__(
        self, ctx: WorkContext, enrolment: EnrolmentRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.enrolment = enrolment
        self.title = self.tr("Certification — {name}").format(name=enrolment.name)
        today = ctx.today()
        self.form.addRow(
            self.tr("Participants"), QLabel(f"{enrolment.name} ({enrolment.seeker_no})")
        )
        self.name_edit = self.add_line(
            "자격증",  # korean-data
            self.tr("Certificate &name"),
            short_text,
            True,
            enrolment.certificate or "",
        )
        day = enrolment.certified_on or today
        self.day_edit = self.add_line(
            "취득일",  # korean-data
            self.tr("&Date obtained"),
            record_day(today),
            True,
            day.isoformat(),
        )
        self.ready()

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        name, obtained = str(values["자격증"]), self.parsed("취득일")  # korean-data
        command = RecordCertificate(self.enrolment.id, name, obtained)
        service, actor = self.ctx.workspace.programmes, self.ctx.actor
        return lambda _progress: service.record_certificate(actor, command)


# -- the models ----------------------------------------------------------------------------


class ProgrammesModel(RowsModel[ProgrammeSummary]):
    """The programmes of a year: 프로그램명, 구분, 창구, 기간, 참여, 이수, 자격, 회차."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns(
            [
                (self.tr("Programme name"), lambda p: p.name),
                (self.tr("Type"), lambda p: p.kind or ""),
                (self.tr("Desk"), lambda p: desk_short_name(p.desk)),
                (self.tr("Period"), _period),
                (self.tr("Enrolled"), lambda p: f"{p.enrolled:,}"),
                (self.tr("Completed"), lambda p: f"{p.completed:,}"),
                (self.tr("Certified"), lambda p: f"{p.certified:,}"),
                (self.tr("Meetings"), lambda p: f"{p.sessions:,}"),
            ],
            right=range(4, 8),
        )


class SessionsModel(RowsModel[SessionRow]):
    """A programme's sessions: 회차, 일자, 주제, 참석, 상담, 활동 내용."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns(
            [
                (self.tr("Meetings"), lambda s: f"{s.number}"),
                (self.tr("Date"), lambda s: day_text(s.held_on)),
                (self.tr("Topic"), lambda s: s.topic or ""),
                (self.tr("Attended"), lambda s: f"{len(s.present)}"),
                (self.tr("Sessions"), lambda s: f"{s.counted}" if s.counts_as_session else "-"),
                (self.tr("Activities"), lambda s: (s.note or "").replace("\n", " ")),
            ],
            right=(0, 3, 4),
        )


class EnrolmentsModel(RowsModel[EnrolmentRow]):
    """A programme's participants: 성명, 구직자번호, 참여일, 이수일, 자격증, 취득일, 취업일."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns(
            [
                (self.tr("Name"), lambda e: e.name),
                (self.tr("Job seeker no."), lambda e: e.seeker_no),
                (self.tr("Enrolment date"), lambda e: day_text(e.enrolled_on)),
                (self.tr("Completion date"), lambda e: day_text(e.completed_on)),
                (self.tr("Certificates"), lambda e: e.certificate or ""),
                (self.tr("Date obtained"), lambda e: day_text(e.certified_on)),
                (self.tr("Placement date"), lambda e: day_text(e.employed_on)),
            ]
        )


def _cell(index: int) -> Callable[[tuple[str, ...]], str]:
    """A row's printed cell at ``index``."""
    return lambda row: row[index]


class CellsModel(RowsModel[tuple[str, ...]]):
    """Report rows given as their printed cells, under the seed's headings."""

    def __init__(
        self, headings: Sequence[str], right: Sequence[int], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._columns(
            [(heading, _cell(index)) for index, heading in enumerate(headings)],
            right=right,
        )


def _table(parent: QWidget, name: str, title: str, model: RowsModel[Any]) -> RecordTable:
    table = RecordTable(parent, plain=True)
    table.setObjectName(name)
    table.setAccessibleName(title)
    table.setModel(model)
    table.horizontalHeader().setStretchLastSection(True)
    return table


# -- a programme's page --------------------------------------------------------------------


class ProgrammeWindow(QDialog):
    """One programme: its sessions and its participants, with the keys to add to them."""

    sig_loaded = Signal()
    """The programme's page was shown (again)."""
    sig_changed = Signal()
    """Something of the programme was saved: lists and reports load again."""

    def __init__(self, ctx: WorkContext, programme_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programme_window")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.programme_id = programme_id
        self.detail: ProgrammeDetail | None = None
        self.form: QDialog | None = None
        self._serial = 0
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.session_model = SessionsModel(self)
        self.sessions = _table(self, "sessions", self.tr("Meetings"), self.session_model)
        self.enrolment_model = EnrolmentsModel(self)
        self.enrolments = _table(self, "enrolments", self.tr("Participants"), self.enrolment_model)
        self.enrolments.sig_activated.connect(lambda _row: self.complete())
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.sessions, self.tr("Meetings (&1)"))
        self.tabs.addTab(self.enrolments, self.tr("Participants (&2)"))
        buttons, self.buttons = shortcut_buttons(
            self,
            (
                ("session", self.tr("Add meeting"), "Ctrl+R", self.add_session),
                ("enrol", self.tr("Enrol participant"), "Ctrl+E", self.enrol),
                ("complete", self.tr("Completed"), "Ctrl+D", self.complete),
                ("certificate", self.tr("Certification"), "Ctrl+K", self.certificate),
                ("edit", self.tr("Edit programme"), "Ctrl+M", self.edit),
                ("void", self.tr("Void"), "Delete", self.void_chosen),
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.setWindowTitle(self.tr("Programme"))
        self.resize(900, 560)
        self.setFocusProxy(self.tabs)
        self.load()

    # -- loading -------------------------------------------------------------------------

    def load(self) -> None:
        service, actor = self.ctx.workspace.programmes, self.ctx.actor
        programme_id = self.programme_id
        self._serial += 1
        serial = self._serial
        QueryOp(
            parent=self,
            op=lambda _p: service.detail(actor, programme_id),
            success=lambda detail: self._show(detail) if serial == self._serial else None,
        ).failure(lambda error: self.say(error_message(error))).run_in_background()

    def _show(self, detail: ProgrammeDetail) -> None:
        self.detail = detail
        item = detail.programme
        self.setWindowTitle(self.tr("Programme — {name}").format(name=item.name))
        parts = [item.name, item.kind or "", desk_short_name(item.desk), _period(item)]
        if item.target:
            parts.append(self.tr("For {target}").format(target=item.target))
        if item.provider:
            parts.append(self.tr("Provider: {provider}").format(provider=item.provider))
        parts.append(
            self.tr("{n} enrolled · {c} completed · {q} certified · {s} meetings").format(
                n=item.enrolled, c=item.completed, q=item.certified, s=item.sessions
            )
        )
        self.heading.setText(" · ".join(p for p in parts if p))
        self.session_model.set_rows(detail.sessions)
        self.enrolment_model.set_rows(detail.enrolments)
        for table in (self.sessions, self.enrolments):
            if table.model().rowCount() and not table.currentIndex().isValid():
                table.selectRow(0)
        self.sig_loaded.emit()

    def say(self, text: str) -> None:
        self.message.setText(text)

    # -- actions -------------------------------------------------------------------------

    def _open(self, panel: FormPanel, done: str) -> QDialog:
        dialog = open_form(panel, self)
        dialog.sig_saved.connect(lambda result: self._saved(result, done))
        self.form = dialog
        return dialog

    def _saved(self, result: object, done: str) -> None:
        warnings = getattr(result, "warnings", ())
        self.say(" ".join([done, *warnings]))
        self.sig_changed.emit()
        self.load()

    def _current_enrolment(self) -> EnrolmentRow | None:
        self.tabs.setCurrentWidget(self.enrolments)
        enrolment = self.enrolment_model.item(self.enrolments.currentIndex().row())
        if enrolment is None:
            self.say(self.tr("Select one person in the participant list."))
        return enrolment

    def add_session(self) -> QDialog | None:
        if self.detail is None:
            return None
        panel = SessionForm(self.ctx, self.detail.programme, self.detail.enrolments)
        return self._open(panel, self.tr("Meeting added."))

    def enrol(self) -> QDialog | None:
        if self.detail is None:
            return None
        return self._open(
            EnrolForm(self.ctx, self.detail.programme), self.tr("Participant enrolled.")
        )

    def complete(self) -> QDialog | None:
        enrolment = self._current_enrolment()
        if enrolment is None:
            return None
        return self._open(CompleteForm(self.ctx, enrolment), self.tr("Completion recorded."))

    def certificate(self) -> QDialog | None:
        enrolment = self._current_enrolment()
        if enrolment is None:
            return None
        return self._open(CertificateForm(self.ctx, enrolment), self.tr("Certification recorded."))

    def edit(self) -> QDialog | None:
        if self.detail is None:
            return None
        return self._open(
            ProgrammeForm(self.ctx, self.detail.programme), self.tr("Programme updated.")
        )

    def void_chosen(self) -> QDialog | None:
        """Delete: void the session chosen on the 회차 tab (and the 상담 its note made), or
        the participant chosen on the 참여자 tab, with a reason."""
        if self.tabs.currentWidget() is self.sessions:
            chosen = self.session_model.item(self.sessions.currentIndex().row())
            if chosen is None:
                self.say(self.tr("Select the meeting to void in the meeting list."))
                return None
            counted = (
                self.tr(
                    " The {n} counseling sessions counted from this meeting will also be voided."
                ).format(n=chosen.counted)
                if chosen.counted
                else ""
            )
            what = self.tr("Voiding meeting {number} on {day}.{counted}").format(
                day=day_text(chosen.held_on), number=chosen.number, counted=counted
            )
            return self._void(
                RecordKind.PROGRAMME_SESSION,
                chosen.id,
                self.tr("Void meeting"),
                what,
                self.tr("Meeting voided."),
            )
        enrolment = self.enrolment_model.item(self.enrolments.currentIndex().row())
        if enrolment is None:
            self.say(
                self.tr("Select the person whose enrolment to cancel in the participant list.")
            )
            return None
        what = self.tr("Voiding the enrolment of {name} ({number}).").format(
            name=enrolment.name, number=enrolment.seeker_no
        )
        return self._void(
            RecordKind.ENROLMENT,
            enrolment.id,
            self.tr("Void enrolment"),
            what,
            self.tr("Enrolment voided."),
        )

    def _void(self, kind: RecordKind, record_id: int, title: str, what: str, done: str) -> QDialog:
        service, actor = self.ctx.workspace.programmes, self.ctx.actor

        def void(reason: str) -> None:
            QueryOp(
                parent=self,
                op=lambda _p: service.void(actor, kind, record_id, reason),
                success=lambda _r: self._saved(None, done),
            ).failure(lambda error: self.say(error_message(error))).run_in_background()

        prompt = self.tr("{what} Enter the reason.").format(what=what)
        dialog = ask_reason(self, title, prompt, self.tr("Void"), void)
        self.form = dialog
        return dialog


# -- the list and the reports --------------------------------------------------------------


class ProgrammesDialog(QDialog):
    """The programmes of a year and the two reports; Ctrl+N a new programme."""

    sig_loaded = Signal()
    """The year's programmes and reports are shown."""

    def __init__(self, ctx: WorkContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmes")
        self.setWindowTitle(self.tr("Employment support programmes"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.form: QDialog | None = None
        self.window_: ProgrammeWindow | None = None
        self._serial = 0
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(1990, 2100)
        self.year_spin.setValue(year)
        self.year_spin.setAccessibleName(self.tr("Year"))
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year_spin)
        self.year_spin.valueChanged.connect(lambda _v: self.load())
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("All"), "")
        for kind in PROGRAMME_KINDS:
            self.kind_combo.addItem(kind, kind)
        self.kind_combo.setAccessibleName(self.tr("Type"))
        kind_label = QLabel(self.tr("Type (&K):"), self)
        kind_label.setBuddy(self.kind_combo)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.load())
        new_button = QPushButton(self.tr("New programme (Ctrl+N)"), self)
        new_button.setAutoDefault(False)
        new_button.clicked.connect(self.new_programme)
        QShortcut(QKeySequence("Ctrl+N"), self).activated.connect(self.new_programme)
        QShortcut(QKeySequence("Delete"), self).activated.connect(self.void_programme)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_spin)
        top.addWidget(kind_label)
        top.addWidget(self.kind_combo)
        top.addStretch(1)
        top.addWidget(new_button)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.list_model = ProgrammesModel(self)
        self.list = _table(self, "programme_list", self.tr("Programme list"), self.list_model)
        self.list.sig_activated.connect(self.open_row)
        self.outcome_model = CellsModel(OUTCOME_HEADINGS, range(1, 5), self)
        self.outcomes = _table(self, "outcomes", self.tr("Programme outcomes"), self.outcome_model)
        self.year_model = CellsModel(PROGRAMME_HEADINGS, (3, 4), self)
        self.year_table = _table(
            self, "programme_year", self.tr("Operating status"), self.year_model
        )
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.list, self.tr("Programmes (&1)"))
        self.tabs.addTab(
            self.outcomes, self.tr("Training, certification and placement outcomes (&2)")
        )
        self.tabs.addTab(self.year_table, self.tr("Operating status by programme (&3)"))
        hint = QLabel(
            self.tr(
                "Enter: open programme · Ctrl+N: new programme · Delete: void · Ctrl+Tab: next tab"
            )
        )
        hint.setStyleSheet("color: #555;")
        close_button = QPushButton(self.tr("Close (Esc)"), self)
        close_button.setAutoDefault(False)
        close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(920, 580)
        self.setFocusProxy(self.list)
        self.load()

    def load(self) -> None:
        service, actor = self.ctx.workspace.programmes, self.ctx.actor
        year, kind = self.year_spin.value(), str(self.kind_combo.currentData() or "") or None
        self._serial += 1
        serial = self._serial

        def op(_progress: Any) -> tuple[Any, OutcomeReport, ProgrammeYear]:
            return (
                service.programmes(actor, year),
                service.outcomes(actor, year, kind),
                service.programme_year(actor, year, kind),
            )

        self.message.setText(self.tr("Loading…"))
        QueryOp(
            parent=self,
            op=op,
            success=lambda result: self._show(result) if serial == self._serial else None,
        ).failure(lambda error: self.message.setText(error_message(error))).run_in_background()

    def _show(self, result: tuple[Any, OutcomeReport, ProgrammeYear]) -> None:
        programmes, outcomes, year = result
        kind = str(self.kind_combo.currentData() or "")
        shown = [p for p in programmes if not kind or p.kind == kind]
        self.list_model.set_rows(shown)
        if shown and not self.list.currentIndex().isValid():
            self.list.selectRow(0)
        self.outcome_model.set_rows([row.cells() for row in outcomes.rows])
        self.year_model.set_rows(year.table())
        self.message.setText(
            "" if shown else self.tr("No programmes ran this year. Create one with Ctrl+N.")
        )
        self.sig_loaded.emit()

    def void_programme(self) -> QDialog | None:
        """Delete on the list: void the programme chosen, its sessions (and the 상담 their
        notes made) and its participants, with a reason."""
        if self.tabs.currentWidget() is not self.list:
            return None
        programme = self.list_model.item(self.list.currentIndex().row())
        if programme is None:
            return None
        service, actor = self.ctx.workspace.programmes, self.ctx.actor

        def void(reason: str) -> None:
            QueryOp(
                parent=self,
                op=lambda _p: service.void(actor, RecordKind.PROGRAMME, programme.id, reason),
                success=lambda _r: self._changed(),
            ).failure(lambda error: self.message.setText(error_message(error))).run_in_background()

        prompt = self.tr(
            "Programme to void: {name}\n{sessions} meetings (including those "
            "counted as sessions) and {enrolled} enrolments will also be voided. "
            "Enter a reason."
        ).format(name=programme.name, sessions=programme.sessions, enrolled=programme.enrolled)
        dialog = ask_reason(self, self.tr("Void programme"), prompt, self.tr("Void"), void)
        self.form = dialog
        return dialog

    def open_row(self, row: int) -> ProgrammeWindow | None:
        programme = self.list_model.item(row)
        if programme is None:
            return None
        window = ProgrammeWindow(self.ctx, programme.id, self)
        window.sig_changed.connect(self._changed)
        window.show()
        window.raise_()
        window.activateWindow()
        self.window_ = window
        return window

    def new_programme(self) -> QDialog:
        dialog = open_form(ProgrammeForm(self.ctx), self)
        dialog.sig_saved.connect(lambda _result: self._changed())
        self.form = dialog
        return dialog

    def _changed(self) -> None:
        # meetings, enrolments and the sessions a meeting counts as all change here
        self.ctx.changed(
            Changes.saved(RecordKind.PROGRAMME, RecordKind.PROGRAMME_SESSION, RecordKind.ENROLMENT)
        )
        self.load()


def open_programmes(ctx: WorkContext, parent: QWidget) -> ProgrammesDialog:
    """기록 › 프로그램…: the programmes of this year (not modal)."""
    dialog = ProgrammesDialog(ctx, ctx.today().year, parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
