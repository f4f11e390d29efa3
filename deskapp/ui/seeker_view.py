"""A seeker's record: details, one timeline, and the day's work with them by keyboard.

Opened with Enter or a double-click from any list (:class:`SeekerRecords`
loads it in a worker; a counselor of another desk gets the service's Korean
refusal in a message, not a window). In the window:

=============  ==============================================================
Ctrl+N         상담 기록 (a session form: today, 방문, notes, next contact)
Ctrl+R         알선 (choose an open opening; those fitting the desired job first)
Ctrl+E         알선 결과 (the outcome of a referral)
Ctrl+P         취업 (알선취업 from a referral, or 본인취업; 확인방법)
Ctrl+M         추천 구인 (openings ranked for the seeker, with reasons; Enter refers)
F2             수정: correct the seeker's file (the reason asked; kept in 변경 이력)
Shift+F2       수정 of the timeline entry chosen (a session, referral or placement)
Ctrl+Shift+P   구직표 인쇄 (the seeker's card; Ctrl+Alt+P saves it as a PDF)
Ctrl+D         무효 처리 of the timeline entry chosen, with a reason
Ctrl+Shift+D   무효 처리 of the seeker's registration
Ctrl+S         저장 (the open form)
Escape         close the open form (asking first when it has changes), then the window
=============  ==============================================================
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.access import Actor
from deskapp.domain.dates import format_date
from deskapp.domain.errors import PermissionDenied
from deskapp.domain.korean import with_particle
from deskapp.domain.records import CloseReason, RecordKind
from deskapp.services.browse import BrowseService, SeekerDetail, SeekerItem, TimelineEntry
from deskapp.services.corrections import Changed
from deskapp.services.rules.records import Saved
from deskapp.ui.casework.matching import MatchDialog
from deskapp.ui.context import Changes, WorkContext
from deskapp.ui.errors import error_message, show_error
from deskapp.ui.forms import FormDialog, FormPanel, ask_unsaved, open_form
from deskapp.ui.history_view import HistoryPanel
from deskapp.ui.lists import RecordTable, TimelineModel
from deskapp.ui.record_edit import open_correction
from deskapp.ui.seeker_card import CardOutput
from deskapp.ui.walk_in import WalkInSessionForm
from deskapp.ui.widgets import ask_reason
from deskapp.ui.work_forms import (
    OutcomeForm,
    PlacementForm,
    ReferralForm,
    SessionForm,
    referral_choices,
)
from deskapp.ui.workers import QueryOp

_WARNING_STYLE = "background: #fff4ce; color: #5c4400; padding: 6px; border-radius: 3px;"
_ERROR_STYLE = "background: #fde7e9; color: #8a0010; padding: 6px; border-radius: 3px;"


def load_record(
    browse: BrowseService, actor: Actor, seeker_id: int, *, logged: bool = True
) -> tuple[SeekerDetail, list[TimelineEntry]]:
    """A seeker's details and timeline, one access-log line (PermissionDenied for another
    desk's counselor); none when the open window reads again after its own save."""
    return browse.seeker_record(actor, seeker_id, logged=logged)


class SeekerRecord(QDialog):
    """One seeker's record window."""

    sig_loaded = Signal()
    """The details and the timeline were shown (again)."""
    sig_saved = Signal(object)
    """Work on this record was saved: the Saved (None for an outcome or a void)."""

    def __init__(
        self,
        ctx: WorkContext,
        detail: SeekerDetail,
        timeline: Sequence[TimelineEntry],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.seeker_id = detail.id
        self.detail = detail
        self.panel: FormPanel | None = None
        self.prompt: QMessageBox | None = None
        self.match_dialog: MatchDialog | None = None
        self._closing = False
        self._serial = 0
        self.setObjectName("seeker_record")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = QLabel(self)
        self.banner.setObjectName("record_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()

        self.details = QGroupBox(self.tr("Personal details"), self)
        grid = QGridLayout(self.details)
        self.values: dict[str, QLabel] = {}
        keys = [
            ("구직자번호", self.tr("Job seeker no.")),  # korean-data
            ("등록창구", self.tr("Registration desk")),  # korean-data
            ("생년월일", self.tr("Date of birth")),  # korean-data
            ("성별", self.tr("Sex")),  # korean-data
            ("연락처", self.tr("Contact")),  # korean-data
            ("등록일", self.tr("Registration date")),  # korean-data
            ("희망직종", self.tr("Desired occupation")),  # korean-data
            ("희망고용형태", self.tr("Desired employment type")),  # korean-data
            ("담당상담사", self.tr("Assigned counselor")),  # korean-data
            ("구민여부", self.tr("Lives in Geumcheon-gu")),  # korean-data
            ("대상그룹", self.tr("Target group")),  # korean-data
            ("주소", self.tr("Address")),  # korean-data
            ("상태", self.tr("Status")),  # korean-data
        ]
        for number, (key, title) in enumerate(keys):
            row, column = divmod(number, 2)
            caption = QLabel(title + ":", self.details)
            caption.setStyleSheet("color: #555;")
            value = QLabel(self.details)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(title)
            self.values[key] = value
            grid.addWidget(caption, row, column * 2)
            grid.addWidget(value, row, column * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.timeline_model = TimelineModel(self)
        self.timeline = RecordTable(self, sortable=False)
        self.timeline.setObjectName("timeline")
        self.timeline.setAccessibleName(self.tr("Session, referral and placement history"))
        self.timeline.setModel(self.timeline_model)
        self.timeline.setSelectionMode(RecordTable.SelectionMode.SingleSelection)
        self.counts_label = QLabel(self)
        timeline_box = QWidget(self)
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.addWidget(self.counts_label)
        timeline_layout.addWidget(self.timeline, 1)
        self.file_view = QLabel(self)
        self.file_view.setObjectName("seeker_file")
        self.file_view.setWordWrap(True)
        self.file_view.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.file_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history = HistoryPanel(ctx, RecordKind.SEEKER, detail.seeker_no, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("record_tabs")
        self.tabs.addTab(timeline_box, self.tr("Session, referral and placement history (&1)"))
        self.tabs.addTab(self.file_view, self.tr("Education, career and preferences (&2)"))
        self.tabs.addTab(self.history, self.tr("Change history (&3)"))

        self.work_title = QLabel(self.tr("To do"), self)
        self.work_title.setFont(font)
        self.help_label = QLabel(self)
        self.help_label.setWordWrap(True)
        self.help_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.help_label.setText(
            self.tr(
                "Ctrl+N  Record session\nCtrl+R  Refer\nCtrl+E  Record referral "
                "outcome\nCtrl+P  Record placement\nCtrl+D  Void selected history "
                "entry\nCtrl+Shift+D  Void job seeker registration\nCtrl+M  Suggested "
                "openings\nF2  Edit job seeker details\nShift+F2  Edit selected history "
                "entry\nCtrl+Shift+P  Print job seeker form\nCtrl+S  Save\nEsc  Close"
            )
        )
        self.work = QStackedWidget(self)
        self.work.addWidget(self.help_label)
        work_box = QWidget(self)
        work_layout = QVBoxLayout(work_box)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.addWidget(self.work_title)
        work_layout.addWidget(self.work, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(work_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])

        self.session_action = self._action(self.tr("Record session"), "Ctrl+N", self.new_session)
        self.refer_action = self._action(self.tr("Referral"), "Ctrl+R", self.refer)
        self.outcome_action = self._action(
            self.tr("Referral outcome"), "Ctrl+E", self.record_outcome
        )
        self.placement_action = self._action(self.tr("Placement"), "Ctrl+P", self.record_placement)
        self.void_action = self._action(self.tr("Void"), "Ctrl+D", self.void_entry)
        self.match_action = self._action(self.tr("Suggested openings"), "Ctrl+M", self.recommend)
        self.void_seeker_action = self._action(
            self.tr("Void job seeker registration"), "Ctrl+Shift+D", self.void_seeker
        )
        self.save_action = self._action(self.tr("Save"), "Ctrl+S", self.save)
        self.edit_action = self._action(self.tr("Edit"), "F2", self.edit_seeker)
        self.edit_entry_action = self._action(
            self.tr("Edit selected entry"), "Shift+F2", self.edit_entry
        )
        self.card = CardOutput(ctx, detail.id, self)
        self.print_action = self._action(
            self.tr("Print job seeker form"), "Ctrl+Shift+P", self.card.print_card
        )
        self.pdf_action = self._action(
            self.tr("Job seeker form PDF"), "Ctrl+Alt+P", self.card.save_pdf
        )
        self.correction: FormDialog | None = None
        self.buttons: list[QPushButton] = []
        button_row = QHBoxLayout()
        for action in (
            self.session_action,
            self.refer_action,
            self.outcome_action,
            self.placement_action,
            self.void_action,
            self.match_action,
        ):
            button_row.addWidget(self._button(action))
        button_row.addStretch(1)
        button_row.addWidget(self._button(self.save_action))
        close_button = QPushButton(self.tr("Close (Esc)"), self)
        close_button.setAutoDefault(False)
        close_button.clicked.connect(self.escape)
        button_row.addWidget(close_button)

        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        for action in (self.edit_action, self.edit_entry_action, self.print_action):
            heading_row.addWidget(self._button(action))
        layout = QVBoxLayout(self)
        layout.addLayout(heading_row)
        layout.addWidget(self.banner)
        layout.addWidget(self.details)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(button_row)
        self.resize(1040, 640)
        self._show(detail, list(timeline))
        self._update_actions()

    # -- building ------------------------------------------------------------------------

    def _action(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QPushButton:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button = QPushButton(f"{action.text()} ({keys})", self)
        button.setAutoDefault(False)
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        self.buttons.append(button)
        return button

    # -- showing -------------------------------------------------------------------------

    def _show(self, detail: SeekerDetail, timeline: list[TimelineEntry]) -> None:
        self.detail = detail
        title = self.tr("{name} ({number})").format(name=detail.name, number=detail.seeker_no)
        if detail.void:
            title += self.tr(" — void")
        self.heading.setText(title)
        self.setWindowTitle(self.tr("Job seeker record — {title}").format(title=title))
        desk = detail.desk_name + (f" ({detail.site})" if detail.site else "")
        state = (
            self.tr("Voided: {reason}").format(reason=detail.void_reason or "")
            if detail.void
            else ""
        )
        resident = self._yes_no(detail.resident, self.tr("Resident"), self.tr("Non-resident"))
        shown = {
            "구직자번호": detail.seeker_no,  # korean-data
            "등록창구": desk,  # korean-data
            "생년월일": format_date(detail.birth_date),  # korean-data
            "성별": detail.gender or "",  # korean-data
            "연락처": detail.phone,  # korean-data
            "등록일": format_date(detail.registered_on),  # korean-data
            "희망직종": self._wish(detail),  # korean-data
            "희망고용형태": detail.desired_employment or self.tr("(not stated)"),  # korean-data
            "담당상담사": detail.counselor_name,  # korean-data
            "구민여부": resident,  # korean-data
            "대상그룹": ", ".join(detail.groups),  # korean-data
            "주소": detail.address,  # korean-data
            "상태": state or self.tr("Active"),  # korean-data
        }
        for key, value in shown.items():
            self.values[key].setText(value)
        self.file_view.setText(self._file_text(detail))
        self.timeline_model.set_rows(timeline)
        live = [e for e in timeline if not e.void]
        count = {kind: sum(1 for e in live if e.kind is kind) for kind in RecordKind}
        pending = sum(1 for e in live if e.referral_pending)
        self.counts_label.setText(
            self.tr(
                "{sessions} sessions · {referrals} referrals ({pending} awaiting "
                "outcome) · {placements} placements"
            ).format(
                sessions=count[RecordKind.SESSION],
                referrals=count[RecordKind.REFERRAL],
                pending=pending,
                placements=count[RecordKind.PLACEMENT],
            )
        )
        self._update_actions()
        self.sig_loaded.emit()

    def _yes_no(self, value: bool | None, yes: str, no: str) -> str:
        return self.tr("(unknown)") if value is None else (yes if value else no)

    def _file_text(self, detail: SeekerDetail) -> str:
        """The rest of the file, as the 학력·경력·희망 tab shows it."""
        none = self.tr("(none)")
        careers = "\n".join(f"  · {c}" for c in detail.careers) or f"  {none}"
        sms = self._yes_no(detail.sms_consent, self.tr("Consent given"), self.tr("Declined"))
        if detail.sms_consent_on:
            sms += f" ({format_date(detail.sms_consent_on)})"
        lines = [
            self.tr("Highest education: {value}").format(value=detail.education or none),
            self.tr("Certificates: {value}").format(value=", ".join(detail.certificates) or none),
            self.tr("Desired wage: {value}").format(value=detail.desired_wage or none),
            self.tr("Desired work area: {value}").format(value=detail.desired_area or none),
            self.tr("Receive SMS: {value}").format(value=sms),
            self.tr("Privacy consent date: {value}").format(
                value=format_date(detail.consent_on) or none
            ),
            self.tr("Career:"),
            careers,
        ]
        return "\n".join(lines)

    def _update_actions(self) -> None:
        live = not self.detail.void
        for action in (
            self.session_action,
            self.refer_action,
            self.outcome_action,
            self.placement_action,
            self.void_seeker_action,
            self.match_action,
            self.edit_action,
            self.edit_entry_action,
        ):
            action.setEnabled(live)
        self.save_action.setEnabled(self.panel is not None)

    def show_banner(self, text: str, error: bool = False) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(_ERROR_STYLE if error else _WARNING_STYLE)
        self.banner.setVisible(bool(text))

    def show_warnings(self, warnings: Sequence[str]) -> None:
        if warnings:
            self.show_banner("\n".join(warnings))

    def entries(self) -> list[TimelineEntry]:
        return self.timeline_model.rows()

    def reload(self, select: tuple[RecordKind, int] | None = None) -> None:
        """Read the details and timeline again (after a save), keeping or choosing a row.

        The opening was logged; this reading after the user's own save is not (the save
        wrote its line)."""
        browse, actor, seeker_id = self.ctx.workspace.browse, self.ctx.actor, self.seeker_id
        self._serial += 1
        serial = self._serial
        QueryOp(
            parent=self,
            op=lambda _p: load_record(browse, actor, seeker_id, logged=False),
            success=lambda result: self._reloaded(serial, result[0], result[1], select),
        ).failure(lambda error: self.show_banner(error_message(error), True)).run_in_background()

    def _reloaded(
        self,
        serial: int,
        detail: SeekerDetail,
        timeline: list[TimelineEntry],
        select: tuple[RecordKind, int] | None,
    ) -> None:
        if serial != self._serial:
            return  # a later save asked for a newer reading
        self._show(detail, timeline)
        if select is not None:
            row = self.timeline_model.entry_of_kind(*select)
            if row >= 0:
                self.timeline.select_row(row)

    # -- forms ---------------------------------------------------------------------------

    def _open_form(self, make: Callable[[], FormPanel]) -> None:
        """Show a form in the work area; a form with changes is saved or dropped first."""
        if self.detail.void:
            return
        if self.panel is not None and self.panel.is_dirty():
            self._ask(then=lambda: self._put_form(make()))
            return
        self._put_form(make())

    def _put_form(self, panel: FormPanel) -> None:
        self._drop_panel(focus=False)
        self.panel = panel
        panel.sig_saved.connect(self._form_saved)
        self.work.addWidget(panel)
        self.work.setCurrentWidget(panel)
        # Choosing an opening needs the wider half; the other forms, the narrower.
        total = sum(self.splitter.sizes())
        share = 0.58 if isinstance(panel, ReferralForm) else 0.42
        self.splitter.setSizes([round(total * (1 - share)), round(total * share)])
        self.work_title.setText(panel.title)
        self._update_actions()
        panel.focus_first()

    def _drop_panel(self, focus: bool = True) -> None:
        panel, self.panel = self.panel, None
        if panel is not None:
            self.work.removeWidget(panel)
            panel.hide()
            panel.deleteLater()
        self.work.setCurrentWidget(self.help_label)
        self.work_title.setText(self.tr("To do"))
        self._update_actions()
        if focus:
            self.timeline.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ask(self, then: Callable[[], None]) -> None:
        panel = self.panel
        if panel is None:
            then()
            return
        if self._prompting():
            return

        def discard() -> None:
            self._drop_panel()
            then()

        self.prompt = ask_unsaved(self, panel.title, lambda: panel.save(then=then), discard)

    def _form_saved(self, result: object) -> None:
        select = None
        if isinstance(result, Saved):
            select = (result.kind, result.id)
            self.show_warnings(result.warnings)
            self.ctx.message(
                self.tr("Saved {kind_obj}.").format(
                    kind_obj=with_particle(result.kind.label, "을/를")
                )
            )
        else:
            self.ctx.message(self.tr("Saved."))
        self._drop_panel()
        self.reload(select)
        self.history.changed()
        kind = result.kind if isinstance(result, Saved) else RecordKind.SEEKER
        self.ctx.changed(Changes.saved(kind))
        self.sig_saved.emit(result)
        if isinstance(result, Saved) and result.filled:
            self.ask_close_filled(result.filled)

    def ask_close_filled(self, opening_no: str) -> QMessageBox:
        """The placement filled its opening: close it (채용완료)? Asked, never silent."""
        box = QMessageBox(self)
        box.setObjectName("close_filled_prompt")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Close opening"))
        box.setText(
            self.tr(
                "Opening {number} has reached its headcount. Close it as 'Filled'? "
                "Closed openings do not appear in suggested openings."
            ).format(number=opening_no)
        )
        yes = box.addButton(self.tr("Close (&K)"), QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("&Leave open"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        corrections, actor = self.ctx.workspace.corrections, self.ctx.actor

        def answered(_result: int) -> None:
            if box.clickedButton() is not yes:
                return
            QueryOp(
                parent=self,
                op=lambda _p: corrections.close_opening(actor, opening_no, CloseReason.FILLED),
                success=lambda _changed: self._closed(opening_no),
            ).failure(
                lambda error: self.show_banner(error_message(error), True)
            ).run_in_background()

        box.finished.connect(answered)
        self.prompt = box
        box.open()
        return box

    def _closed(self, opening_no: str) -> None:
        self.ctx.message(
            self.tr("Closed opening {number_obj} (filled).").format(
                number_obj=with_particle(opening_no, "을/를")
            )
        )
        self.ctx.changed(Changes.saved(RecordKind.OPENING))

    # -- corrections ---------------------------------------------------------------------

    def edit_seeker(self) -> None:
        """F2: correct the seeker's file (in its own window; the reason asked)."""
        if self.detail.void:
            return
        open_correction(
            self.ctx,
            RecordKind.SEEKER,
            self.detail.seeker_no,
            self,
            self._corrected,
            opened=self._correction_opened,
        )

    def edit_entry(self) -> None:
        """Shift+F2: correct the timeline entry chosen."""
        entry = self.timeline_model.item(self.timeline.current_row())
        if entry is None:
            self.show_banner(self.tr("Select the record to edit in the history (↑↓)."))
            self.tabs.setCurrentIndex(0)
            self.timeline.setFocus()
            return
        if entry.void:
            self.show_banner(self.tr("Voided records cannot be edited."))
            return
        open_correction(
            self.ctx,
            entry.kind,
            str(entry.id),
            self,
            self._corrected,
            opened=self._correction_opened,
        )

    def _correction_opened(self, dialog: FormDialog) -> None:
        self.correction = dialog

    def _corrected(self, changed: Changed) -> None:
        self.show_warnings(changed.warnings)
        select = None if changed.kind is RecordKind.SEEKER else (changed.kind, changed.id)
        self.reload(select)
        self.history.changed()
        self.sig_saved.emit(changed)

    def save(self) -> None:
        """Ctrl+S: save the open form."""
        if self.panel is not None:
            self.panel.save()

    def new_session(self) -> None:
        """Ctrl+N: a session form dated today."""
        self._open_form(lambda: SessionForm(self.ctx, self.detail.seeker_no, self))

    def refer(self) -> None:
        """Ctrl+R: refer the seeker to an open opening."""
        wanted = self.detail.desired_job
        self._open_form(lambda: ReferralForm(self.ctx, self.detail.seeker_no, wanted, self))

    def _wish(self, detail: SeekerDetail) -> str:
        """희망직종 as typed, with the occupation code it is stored under."""
        if not detail.desired_code:
            return detail.desired_job
        code = f"{detail.desired_code} {detail.desired_occupation}".strip()
        if not detail.desired_job:
            return code
        return self.tr("{job} · occupation code {code}").format(job=detail.desired_job, code=code)

    def recommend(self) -> MatchDialog | None:
        """Ctrl+M: 추천 구인, the openings fitting the seeker; Enter there refers."""
        if self.detail.void:
            return None
        title = f"{self.detail.name} ({self.detail.seeker_no})"
        dialog = MatchDialog(self.ctx, self.seeker_id, title, self.detail.seeker_no, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_referred.connect(self._recommended)
        self.match_dialog = dialog
        dialog.open()
        return dialog

    def _recommended(self, _opening_id: int) -> None:
        self.reload()
        self.ctx.changed(Changes.saved(RecordKind.REFERRAL))

    def _chosen_referral(self) -> int | None:
        entry = self.timeline_model.item(self.timeline.current_row())
        if entry is not None and entry.kind is RecordKind.REFERRAL and not entry.void:
            return int(entry.id)
        return None

    def record_outcome(self) -> None:
        """Ctrl+E: the outcome of the chosen (or the newest pending) referral."""
        choices = referral_choices(self.entries())
        if not choices:
            self.show_banner(self.tr("No referral records. Make a referral first (Ctrl+R)."))
            return
        chosen = self._chosen_referral()
        self._open_form(lambda: OutcomeForm(self.ctx, choices, chosen, self))

    def record_placement(self) -> None:
        """Ctrl+P: a placement, from a referral when there is one."""
        choices = referral_choices(self.entries())
        chosen = self._chosen_referral()
        number = self.detail.seeker_no
        self._open_form(lambda: PlacementForm(self.ctx, number, choices, chosen, self))

    # -- voiding -------------------------------------------------------------------------

    def void_entry(self) -> None:
        """Ctrl+D: void the timeline entry chosen, with a reason."""
        entry = self.timeline_model.item(self.timeline.current_row())
        if entry is None:
            self.show_banner(self.tr("Select the record to void in the history (↑↓)."))
            self.timeline.setFocus()
            return
        if entry.void:
            self.show_banner(self.tr("This record is already voided."))
            return
        what = f"{entry.kind.label} {format_date(entry.on)} {entry.title}"
        self._ask_void(entry.kind, entry.id, what)

    def void_seeker(self) -> None:
        """Ctrl+Shift+D: void the seeker's registration (made in error), with a reason."""
        what = self.tr("Registration of job seeker {name} ({number})").format(
            name=self.detail.name, number=self.detail.seeker_no
        )
        self._ask_void(RecordKind.SEEKER, self.seeker_id, what)

    def _ask_void(self, kind: RecordKind, record_id: int, what: str) -> None:
        ask_reason(
            self,
            self.tr("Void"),
            self.tr(
                "Voiding {what_obj}. The &record is not deleted but is left out of "
                "statistics.\nReason:"
            ).format(what_obj=with_particle(what, "을/를")),
            self.tr("Void"),
            lambda reason: self._void(kind, record_id, reason),
        )

    def _void(self, kind: RecordKind, record_id: int, reason: str) -> None:
        records, actor = self.ctx.workspace.records, self.ctx.actor

        def done(_result: object) -> None:
            self.ctx.message(
                self.tr("Voided {kind_obj}.").format(kind_obj=with_particle(kind.label, "을/를"))
            )
            self.show_banner("")
            self.reload((kind, record_id))
            self.history.changed()
            self.ctx.changed(Changes.saved(kind))
            self.sig_saved.emit(None)

        QueryOp(
            parent=self,
            op=lambda _p: records.void(actor, kind, record_id, reason),
            success=done,
        ).failure(lambda error: self.show_banner(error_message(error), True)).run_in_background()

    # -- closing -------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self.panel is not None and self.panel.is_dirty()

    def _close_quietly(self) -> None:
        self.close()

    def _prompting(self) -> bool:
        """The unsaved-changes question is on screen (a second one would stack)."""
        box = self.prompt
        return box is not None and shiboken6.isValid(box) and box.isVisible()

    def escape(self) -> None:
        """Escape: close the open form (asking first when it has changes), else the window;
        while the form's save waits for another user, give up waiting."""
        if self.panel is not None and self.panel.cancel_save():
            return
        if self.panel is not None:
            if self.panel.is_dirty():
                self._ask(then=lambda: None)
            else:
                self._drop_panel()
            return
        self.close()

    def reject(self) -> None:
        self.escape()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty() and not self._closing:
            event.ignore()
            panel = self.panel
            assert panel is not None
            if self._prompting():
                return

            def discard() -> None:
                self._closing = True
                self._drop_panel(focus=False)
                self.close()

            self.prompt = ask_unsaved(
                self, panel.title, lambda: panel.save(then=lambda: self._close_quietly()), discard
            )
            return
        self._closing = True
        QWidget.closeEvent(self, event)


class SeekerRecords(QObject):
    """Opens seekers' records: one window per seeker, loaded in a worker."""

    sig_opened = Signal(object)
    """A record window is shown: the SeekerRecord."""
    sig_refused = Signal(str)
    """A record could not be opened (another desk's seeker, say): the Korean message."""
    sig_walk_in = Signal(object)
    """A session form for a seeker whose record is not opened here (another desk's walk-in)
    is shown: the FormDialog."""

    def __init__(self, ctx: WorkContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self._windows: dict[int, SeekerRecord] = {}
        ctx.sig_log_session.connect(self.walk_in)

    def windows(self) -> list[SeekerRecord]:
        return [w for w in self._windows.values() if shiboken6.isValid(w)]

    def record(self, seeker_id: int) -> SeekerRecord | None:
        window = self._windows.get(seeker_id)
        return window if window is not None and shiboken6.isValid(window) else None

    def open(self, seeker_id: int, warnings: Sequence[str] = ()) -> None:
        """Show the record of ``seeker_id`` (raised if it is open already)."""
        existing = self.record(seeker_id)
        if existing is not None:
            self._present(existing, warnings)
            return
        browse, actor = self.ctx.workspace.browse, self.ctx.actor
        QueryOp(
            parent=self.window,
            op=lambda _p: load_record(browse, actor, seeker_id),
            success=lambda result: self._loaded(seeker_id, warnings, *result),
        ).failure(lambda error: self._refused(error, seeker_id)).run_in_background()

    def _loaded(
        self,
        seeker_id: int,
        warnings: Sequence[str],
        detail: SeekerDetail,
        timeline: list[TimelineEntry],
    ) -> None:
        window = self.record(seeker_id)
        if window is None:
            window = SeekerRecord(self.ctx, detail, timeline, self.window)
            self._windows[seeker_id] = window
            window.destroyed.connect(lambda _obj=None: self._windows.pop(seeker_id, None))
        self._present(window, warnings)
        self.sig_opened.emit(window)

    def _present(self, window: SeekerRecord, warnings: Sequence[str]) -> None:
        window.show()
        window.raise_()
        window.activateWindow()
        window.show_warnings(warnings)
        if window.panel is None:
            window.timeline.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refused(self, error: BaseException, seeker_id: int | None = None) -> None:
        """The record was not opened. Another desk's seeker is still served here: what the
        trust rules show of them, and a session at this desk on their record."""
        message = error_message(error)
        self.ctx.message(message)
        self.sig_refused.emit(message)
        if not isinstance(error, PermissionDenied) or seeker_id is None:
            show_error(self.window, error)
            return
        browse, actor = self.ctx.workspace.browse, self.ctx.actor
        QueryOp(
            parent=self.window,
            op=lambda _p: browse.seekers(actor, [seeker_id]),
            success=lambda found: self._walk_in_or_refuse(found, error),
        ).failure(lambda _again: show_error(self.window, error)).run_in_background()

    def _walk_in_or_refuse(self, found: list[SeekerItem], error: BaseException) -> None:
        if found and not found[0].void and not self.ctx.actor.may_write_at(found[0].desk):
            self.walk_in(found[0])
        else:
            show_error(self.window, error)

    def walk_in(self, item: object) -> FormDialog:
        """상담 기록 at the working desk for the seeker of ``item`` (a SeekerItem)."""
        assert isinstance(item, SeekerItem)
        dialog = open_form(WalkInSessionForm(self.ctx, item), self.window)

        def saved(_result: object) -> None:
            self.ctx.message(
                self.tr("Recorded a session for {name} ({number}) at {desk}.").format(
                    name=item.name, number=item.seeker_no, desk=self.ctx.desk_label()
                )
            )
            self.ctx.changed(Changes.saved(RecordKind.SESSION))

        dialog.sig_saved.connect(saved)
        self.sig_walk_in.emit(dialog)
        return dialog

    def close_all(self) -> bool:
        """Close every record window; False when one stays open to ask about changes."""
        for window in self.windows():
            window.close()
        return not any(w.isVisible() for w in self.windows())
