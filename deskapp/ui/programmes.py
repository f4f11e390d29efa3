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
            self.tr("프로그램 수정 — {name}").format(name=editing.name)
            if editing
            else self.tr("새 프로그램")
        )
        today = ctx.today().isoformat()
        self.name_edit = self.add_line("프로그램명", self.tr("프로그램명(&N)"), short_text, True)
        self.kind_combo = self.add_combo(
            "구분", self.tr("구분(&K)"), [("", ""), *((k, k) for k in PROGRAMME_KINDS)]
        )
        self.kind_combo.setEditable(True)
        self.desk_combo = self.add_combo(
            "운영창구",
            self.tr("운영창구(&W)"),
            [(d.short_name, d.code) for d in usable_desks(ctx.actor)],
            ctx.actor.desk or ctx.desk,
        )
        self.starts_edit = self.add_line(
            "시작일", self.tr("시작일(&S)"), parse_any_date, True, today
        )
        self.ends_edit = self.add_line(
            "종료일", self.tr("종료일(&E)"), _day_or_none, placeholder=self.tr("비우면 연중")
        )
        self.target_edit = self.add_line("교육대상", self.tr("교육대상(&T)"), short_text)
        self.provider_edit = self.add_line("위탁기관", self.tr("위탁기관(&P)"), short_text)
        self.note_edit = self.add_text("비고", self.tr("비고(&M)"), free_text)
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
        if key == "종료일":
            starts, ends = self.parsed("시작일"), self.parsed("종료일")
            if starts and ends and ends < starts:
                raise ValidationError(key, self.tr("시작일보다 빠를 수 없습니다."))

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        entered = ProgrammeFields(
            str(values["프로그램명"]),
            self.parsed("시작일"),
            desk=str(values["운영창구"]),
            ends_on=self.parsed("종료일"),
            kind=self.kind_combo.currentText(),
            target=str(values["교육대상"]),
            provider=str(values["위탁기관"]),
            note=str(values["비고"]),
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
        self.title = self.tr("회차 추가 — {name}").format(name=programme.name)
        today = ctx.today()
        self.form.addRow(self.tr("프로그램"), QLabel(programme.name, self))
        self.day_edit = self.add_line(
            "회차일", self.tr("회차일(&D)"), record_day(today), True, today.isoformat()
        )
        self.topic_edit = self.add_line("주제", self.tr("주제(&T)"), short_text)
        self.note_edit = self.add_text("활동 내용", self.tr("활동 내용(&M)"), free_text)
        self.present_list = QListWidget(self)
        self.present_list.setObjectName("present")
        for enrolment in enrolments:
            item = QListWidgetItem(f"{enrolment.name} ({enrolment.seeker_no})")
            item.setData(Qt.ItemDataRole.UserRole, enrolment.seeker_no)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.present_list.addItem(item)
        self.present_list.setMaximumHeight(self.present_list.fontMetrics().lineSpacing() * 9)
        self.present_list.setToolTip(self.tr("스페이스로 참석 여부를 바꿉니다."))
        present = self.add_field(
            "참석자", self.tr("참석자(&A)"), self.present_list, getter=self.present
        )
        self.present_list.itemChanged.connect(lambda _item: self._edited(present))
        self.counts_check = QCheckBox(self.tr("참석자마다 상담 1건으로 셈"), self)
        self.counts_check.setToolTip(
            self.tr(
                "고르면 활동 내용이 참석자마다 이 프로그램 창구의 방문 상담 1건이 되어 "
                "창구 실적표의 상담에 들어갑니다."
            )
        )
        counts = self.add_field("상담으로 셈", self.tr("상담으로 셈(&C)"), self.counts_check)
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
            self.parsed("회차일"),
            self.present(),
            topic=str(values["주제"]),
            note=str(values["활동 내용"]),
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
        self.title = self.tr("참여 등록 — {name}").format(name=programme.name)
        today = ctx.today()
        self.picker = SeekerPicker(ctx.workspace, ctx.actor, self.tr("참여자"), self)
        field = self.add_field(
            "구직자번호", self.tr("구직자(&S)"), self.picker, short_text, True, getter=self.number
        )
        self.picker.sig_chosen.connect(lambda _item: self._edited(field))
        self.day_edit = self.add_line(
            "참여일", self.tr("참여일(&D)"), record_day(today), True, today.isoformat()
        )
        self.picker.sig_picked.connect(
            lambda: self.day_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        )
        self.ready()

    def number(self) -> str:
        chosen = self.picker.chosen
        return chosen.seeker_no if chosen is not None else self.picker.text()

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        command = Enrol(self.programme.id, str(values["구직자번호"]), self.parsed("참여일"))
        service, actor = self.ctx.workspace.programmes, self.ctx.actor
        return lambda _progress: service.enrol(actor, command)


class CompleteForm(FormPanel):
    """이수: the day the participant completed the programme."""

    def __init__(
        self, ctx: WorkContext, enrolment: EnrolmentRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.enrolment = enrolment
        self.title = self.tr("이수 — {name}").format(name=enrolment.name)
        today = ctx.today()
        self.form.addRow(self.tr("참여자"), QLabel(f"{enrolment.name} ({enrolment.seeker_no})"))
        day = enrolment.completed_on or today
        self.day_edit = self.add_line(
            "이수일", self.tr("이수일(&D)"), record_day(today), True, day.isoformat()
        )
        self.ready()

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        command = Complete(self.enrolment.id, self.parsed("이수일"))
        service, actor = self.ctx.workspace.programmes, self.ctx.actor
        return lambda _progress: service.complete(actor, command)


class CertificateForm(FormPanel):
    """자격 취득: the certificate's name and the day it was obtained."""

    def __init__(
        self, ctx: WorkContext, enrolment: EnrolmentRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.enrolment = enrolment
        self.title = self.tr("자격 취득 — {name}").format(name=enrolment.name)
        today = ctx.today()
        self.form.addRow(self.tr("참여자"), QLabel(f"{enrolment.name} ({enrolment.seeker_no})"))
        self.name_edit = self.add_line(
            "자격증", self.tr("자격증(&N)"), short_text, True, enrolment.certificate or ""
        )
        day = enrolment.certified_on or today
        self.day_edit = self.add_line(
            "취득일", self.tr("취득일(&D)"), record_day(today), True, day.isoformat()
        )
        self.ready()

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        command = RecordCertificate(self.enrolment.id, str(values["자격증"]), self.parsed("취득일"))
        service, actor = self.ctx.workspace.programmes, self.ctx.actor
        return lambda _progress: service.record_certificate(actor, command)


# -- the models ----------------------------------------------------------------------------


class ProgrammesModel(RowsModel[ProgrammeSummary]):
    """The programmes of a year: 프로그램명, 구분, 창구, 기간, 참여, 이수, 자격, 회차."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns(
            [
                (self.tr("프로그램명"), lambda p: p.name),
                (self.tr("구분"), lambda p: p.kind or ""),
                (self.tr("창구"), lambda p: desk_short_name(p.desk)),
                (self.tr("기간"), _period),
                (self.tr("참여"), lambda p: f"{p.enrolled:,}"),
                (self.tr("이수"), lambda p: f"{p.completed:,}"),
                (self.tr("자격"), lambda p: f"{p.certified:,}"),
                (self.tr("회차"), lambda p: f"{p.sessions:,}"),
            ],
            right=range(4, 8),
        )


class SessionsModel(RowsModel[SessionRow]):
    """A programme's sessions: 회차, 일자, 주제, 참석, 상담, 활동 내용."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns(
            [
                (self.tr("회차"), lambda s: f"{s.number}"),
                (self.tr("일자"), lambda s: day_text(s.held_on)),
                (self.tr("주제"), lambda s: s.topic or ""),
                (self.tr("참석"), lambda s: f"{len(s.present)}"),
                (self.tr("상담"), lambda s: f"{s.counted}" if s.counts_as_session else "-"),
                (self.tr("활동 내용"), lambda s: (s.note or "").replace("\n", " ")),
            ],
            right=(0, 3, 4),
        )


class EnrolmentsModel(RowsModel[EnrolmentRow]):
    """A programme's participants: 성명, 구직자번호, 참여일, 이수일, 자격증, 취득일, 취업일."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns(
            [
                (self.tr("성명"), lambda e: e.name),
                (self.tr("구직자번호"), lambda e: e.seeker_no),
                (self.tr("참여일"), lambda e: day_text(e.enrolled_on)),
                (self.tr("이수일"), lambda e: day_text(e.completed_on)),
                (self.tr("자격증"), lambda e: e.certificate or ""),
                (self.tr("취득일"), lambda e: day_text(e.certified_on)),
                (self.tr("취업일"), lambda e: day_text(e.employed_on)),
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
        self.sessions = _table(self, "sessions", self.tr("회차"), self.session_model)
        self.enrolment_model = EnrolmentsModel(self)
        self.enrolments = _table(self, "enrolments", self.tr("참여자"), self.enrolment_model)
        self.enrolments.sig_activated.connect(lambda _row: self.complete())
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.sessions, self.tr("회차(&1)"))
        self.tabs.addTab(self.enrolments, self.tr("참여자(&2)"))
        buttons, self.buttons = shortcut_buttons(
            self,
            (
                ("session", self.tr("회차 추가"), "Ctrl+R", self.add_session),
                ("enrol", self.tr("참여 등록"), "Ctrl+E", self.enrol),
                ("complete", self.tr("이수"), "Ctrl+D", self.complete),
                ("certificate", self.tr("자격 취득"), "Ctrl+K", self.certificate),
                ("edit", self.tr("프로그램 수정"), "Ctrl+M", self.edit),
                ("void", self.tr("무효"), "Delete", self.void_chosen),
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.setWindowTitle(self.tr("프로그램"))
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
        self.setWindowTitle(self.tr("프로그램 — {name}").format(name=item.name))
        parts = [item.name, item.kind or "", desk_short_name(item.desk), _period(item)]
        if item.target:
            parts.append(self.tr("대상 {target}").format(target=item.target))
        if item.provider:
            parts.append(self.tr("위탁 {provider}").format(provider=item.provider))
        parts.append(
            self.tr("참여 {n}명 · 이수 {c}명 · 자격 {q}명 · 회차 {s}회").format(
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
            self.say(self.tr("참여자 목록에서 한 사람을 고르십시오."))
        return enrolment

    def add_session(self) -> QDialog | None:
        if self.detail is None:
            return None
        panel = SessionForm(self.ctx, self.detail.programme, self.detail.enrolments)
        return self._open(panel, self.tr("회차를 추가했습니다."))

    def enrol(self) -> QDialog | None:
        if self.detail is None:
            return None
        return self._open(
            EnrolForm(self.ctx, self.detail.programme), self.tr("참여자를 등록했습니다.")
        )

    def complete(self) -> QDialog | None:
        enrolment = self._current_enrolment()
        if enrolment is None:
            return None
        return self._open(CompleteForm(self.ctx, enrolment), self.tr("이수를 기록했습니다."))

    def certificate(self) -> QDialog | None:
        enrolment = self._current_enrolment()
        if enrolment is None:
            return None
        return self._open(
            CertificateForm(self.ctx, enrolment), self.tr("자격 취득을 기록했습니다.")
        )

    def edit(self) -> QDialog | None:
        if self.detail is None:
            return None
        return self._open(
            ProgrammeForm(self.ctx, self.detail.programme), self.tr("프로그램을 고쳤습니다.")
        )

    def void_chosen(self) -> QDialog | None:
        """Delete: void the session chosen on the 회차 tab (and the 상담 its note made), or
        the participant chosen on the 참여자 tab, with a reason."""
        if self.tabs.currentWidget() is self.sessions:
            chosen = self.session_model.item(self.sessions.currentIndex().row())
            if chosen is None:
                self.say(self.tr("회차 목록에서 무효로 할 회차를 고르십시오."))
                return None
            counted = (
                self.tr(" 이 회차로 센 상담 {n}건도 무효가 됩니다.").format(n=chosen.counted)
                if chosen.counted
                else ""
            )
            what = self.tr("{day} {number}회차를 무효로 합니다.{counted}").format(
                day=day_text(chosen.held_on), number=chosen.number, counted=counted
            )
            return self._void(
                RecordKind.PROGRAMME_SESSION,
                chosen.id,
                self.tr("회차 무효"),
                what,
                self.tr("회차를 무효로 했습니다."),
            )
        enrolment = self.enrolment_model.item(self.enrolments.currentIndex().row())
        if enrolment is None:
            self.say(self.tr("참여자 목록에서 참여를 취소할 사람을 고르십시오."))
            return None
        what = self.tr("{name} ({number})의 참여를 무효로 합니다.").format(
            name=enrolment.name, number=enrolment.seeker_no
        )
        return self._void(
            RecordKind.ENROLMENT,
            enrolment.id,
            self.tr("참여 무효"),
            what,
            self.tr("참여를 무효로 했습니다."),
        )

    def _void(self, kind: RecordKind, record_id: int, title: str, what: str, done: str) -> QDialog:
        service, actor = self.ctx.workspace.programmes, self.ctx.actor

        def void(reason: str) -> None:
            QueryOp(
                parent=self,
                op=lambda _p: service.void(actor, kind, record_id, reason),
                success=lambda _r: self._saved(None, done),
            ).failure(lambda error: self.say(error_message(error))).run_in_background()

        prompt = self.tr("{what} 사유를 적으십시오.").format(what=what)
        dialog = ask_reason(self, title, prompt, self.tr("무효 처리"), void)
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
        self.setWindowTitle(self.tr("취업지원 프로그램"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.form: QDialog | None = None
        self.window_: ProgrammeWindow | None = None
        self._serial = 0
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(1990, 2100)
        self.year_spin.setValue(year)
        self.year_spin.setAccessibleName(self.tr("연도"))
        year_label = QLabel(self.tr("연도(&Y):"), self)
        year_label.setBuddy(self.year_spin)
        self.year_spin.valueChanged.connect(lambda _v: self.load())
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("전체"), "")
        for kind in PROGRAMME_KINDS:
            self.kind_combo.addItem(kind, kind)
        self.kind_combo.setAccessibleName(self.tr("구분"))
        kind_label = QLabel(self.tr("구분(&K):"), self)
        kind_label.setBuddy(self.kind_combo)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.load())
        new_button = QPushButton(self.tr("새 프로그램 (Ctrl+N)"), self)
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
        self.list = _table(self, "programme_list", self.tr("프로그램 목록"), self.list_model)
        self.list.sig_activated.connect(self.open_row)
        self.outcome_model = CellsModel(OUTCOME_HEADINGS, range(1, 5), self)
        self.outcomes = _table(self, "outcomes", self.tr("프로그램 성과"), self.outcome_model)
        self.year_model = CellsModel(PROGRAMME_HEADINGS, (3, 4), self)
        self.year_table = _table(self, "programme_year", self.tr("운영현황"), self.year_model)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.list, self.tr("프로그램(&1)"))
        self.tabs.addTab(self.outcomes, self.tr("교육·자격·취업 성과(&2)"))
        self.tabs.addTab(self.year_table, self.tr("프로그램별 운영현황(&3)"))
        hint = QLabel(
            self.tr("Enter: 프로그램 열기 · Ctrl+N: 새 프로그램 · Delete: 무효 · Ctrl+Tab: 다음 탭")
        )
        hint.setStyleSheet("color: #555;")
        close_button = QPushButton(self.tr("닫기 (Esc)"), self)
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

        self.message.setText(self.tr("불러오는 중…"))
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
            "" if shown else self.tr("이 해에 운영한 프로그램이 없습니다. Ctrl+N으로 만드세요.")
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
            "무효로 할 프로그램: {name}\n회차 {sessions}회(상담으로 센 것 포함)와 "
            "참여 {enrolled}명도 무효가 됩니다. 사유를 적으십시오."
        ).format(name=programme.name, sessions=programme.sessions, enrolled=programme.enrolled)
        dialog = ask_reason(self, self.tr("프로그램 무효"), prompt, self.tr("무효 처리"), void)
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
        self.ctx.changed(Changes.saved(RecordKind.PROGRAMME))
        self.load()


def open_programmes(ctx: WorkContext, parent: QWidget) -> ProgrammesDialog:
    """기록 › 프로그램…: the programmes of this year (not modal)."""
    dialog = ProgrammesDialog(ctx, ctx.today().year, parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
