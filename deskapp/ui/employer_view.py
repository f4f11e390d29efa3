"""An employer's file and an opening's page, each in a window of its own.

:class:`EmployerRecord` shows the employer's data and the account that looks
after it (담당상담사), with its openings, referrals and placements and its change
history on tabs; F2 corrects it (team leads assign the 담당상담사 there),
Ctrl+Shift+N registers an opening, Enter on an opening opens its page. Its 접촉 기록 tab
(구인기업체 발굴) lists contacts and 구민 우선 채용 협약: Ctrl+L logs a contact,
Ctrl+Shift+A signs an agreement, Ctrl+Shift+D marks a next action done.

:class:`OpeningRecord` shows an opening with its hires against 모집인원 and its
state (모집중, or 마감 with the reason); F2 corrects it, Ctrl+K closes it (or
opens it again), Ctrl+M finds the seekers fitting it, Enter on a referral or a
placement opens the seeker's record.

:class:`RecordWindows` opens them (one window per record, loaded in a worker).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.korean import with_particle
from deskapp.domain.records import CloseReason, RecordKind
from deskapp.services.browse import EmployerDetail, OpeningDetail
from deskapp.services.corrections import Changed
from deskapp.services.rules.records import Saved
from deskapp.ui.casework.matching import SeekerMatchDialog
from deskapp.ui.context import Changes, WorkContext, desk_short_name
from deskapp.ui.errors import error_message, show_error
from deskapp.ui.forms import (
    FormDialog,
    FormPanel,
    OpeningForm,
    open_form,
    saved_message,
)
from deskapp.ui.history_view import HistoryPanel
from deskapp.ui.lists import (
    ColumnsModel,
    OpeningItemsModel,
    PlacementItemsModel,
    RecordTable,
    ReferralItemsModel,
    RowsModel,
    day_text,
)
from deskapp.ui.outreach import AgreementForm, ContactForm, OutreachPanel
from deskapp.ui.record_edit import open_correction
from deskapp.ui.widgets import ask_reason
from deskapp.ui.workers import QueryOp

_ERROR_STYLE = "background: #fde7e9; color: #8a0010; padding: 6px; border-radius: 3px;"


class _RecordWindow(QDialog):
    """What both windows share: a heading, a details grid, actions with keys, tabs."""

    sig_loaded = Signal()
    """The record was shown (again)."""

    def __init__(self, ctx: WorkContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._serial = 0
        self.correction: FormDialog | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(_ERROR_STYLE)
        self.banner.hide()
        self.details = QGroupBox(self)
        self.grid = QGridLayout(self.details)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        self.values: dict[str, QLabel] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("record_tabs")
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        close_button = QPushButton(self.tr("Close (Esc)"), self)
        close_button.setAutoDefault(False)
        close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.details)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self.buttons)
        layout.addWidget(close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(980, 600)

    def add_values(self, keys: list[tuple[str, str]]) -> None:
        for number, (key, title) in enumerate(keys):
            row, column = divmod(number, 2)
            caption = QLabel(title + ":", self.details)
            caption.setStyleSheet("color: #555;")
            value = QLabel(self.details)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(title)
            self.values[key] = value
            self.grid.addWidget(caption, row, column * 2)
            self.grid.addWidget(value, row, column * 2 + 1)

    def add_action(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button = QPushButton(f"{text} ({shown})", self)
        button.setAutoDefault(False)
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return action

    def add_table(
        self, model: ColumnsModel, title: str, open_row: Callable[[int], None]
    ) -> RecordTable:
        table = RecordTable(self, sortable=False)
        table.setModel(model)
        table.setAccessibleName(title)
        table.sig_activated.connect(open_row)
        self.tabs.addTab(table, title)
        return table

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def load(self) -> None:
        raise NotImplementedError

    def _correction_opened(self, dialog: FormDialog) -> None:
        self.correction = dialog

    def corrected(self, _changed: Changed) -> None:
        self.load()
        self.history.changed()

    history: HistoryPanel


def _open_seeker_of(ctx: WorkContext, model: RowsModel[Any]) -> Callable[[int], None]:
    def open_row(row: int) -> None:
        seeker_id = model.seeker_id_at(row)
        if seeker_id is not None:
            ctx.open_seeker(seeker_id)

    return open_row


class EmployerRecord(_RecordWindow):
    """One employer's file: its data, 담당상담사, openings, referrals, placements, history."""

    def __init__(self, ctx: WorkContext, detail: EmployerDetail, parent: QWidget | None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("employer_record")
        self.employer_id = detail.id
        self.detail = detail
        self.details.setTitle(self.tr("Employer details"))
        self.add_values(
            [
                ("업체번호", self.tr("Employer no.")),  # korean-data
                ("사업자등록번호", self.tr("Business registration number")),  # korean-data
                ("업종", self.tr("Industry")),  # korean-data
                ("담당자", self.tr("Employer contact person")),  # korean-data
                ("연락처", self.tr("Contact")),  # korean-data
                ("담당상담사", self.tr("Assigned counselor")),  # korean-data
                ("주소", self.tr("Address")),  # korean-data
                ("상태", self.tr("Status")),  # korean-data
            ]
        )
        self.opening_model = OpeningItemsModel(self)
        self.openings = self.add_table(
            self.opening_model, self.tr("Openings (&1)"), self._open_opening
        )
        self.referral_model = ReferralItemsModel(self)
        self.referrals = self.add_table(
            self.referral_model,
            self.tr("Referrals (&2)"),
            _open_seeker_of(ctx, self.referral_model),
        )
        self.placement_model = PlacementItemsModel(self)
        self.placements = self.add_table(
            self.placement_model,
            self.tr("Placements (&3)"),
            _open_seeker_of(ctx, self.placement_model),
        )
        self.history = HistoryPanel(ctx, RecordKind.EMPLOYER, detail.employer_no, self)
        self.tabs.addTab(self.history, self.tr("Change history (&4)"))
        self.outreach = OutreachPanel(ctx, detail.id, self)
        self.tabs.addTab(self.outreach, self.tr("Contact records (&5)"))
        self.edit_action = self.add_action(self.tr("Edit"), "F2", self.edit)
        self.opening_action = self.add_action(
            self.tr("Opening registration"), "Ctrl+Shift+N", self.new_opening
        )
        self.contact_action = self.add_action(
            self.tr("Contact records"), "Ctrl+L", self.new_contact
        )
        self.agreement_action = self.add_action(
            self.tr("Register agreement"), "Ctrl+Shift+A", self.new_agreement
        )
        self.done_action = self.add_action(
            self.tr("Complete next task"), "Ctrl+Shift+D", self.mark_done
        )
        self._show(detail)
        self.outreach.load()

    def _show(self, detail: EmployerDetail) -> None:
        self.detail = detail
        title = detail.name + (self.tr(" — void") if detail.void else "")
        self.heading.setText(title)
        self.setWindowTitle(self.tr("Employer — {name}").format(name=title))
        shown = {
            "업체번호": detail.employer_no,  # korean-data
            "사업자등록번호": detail.business_no,  # korean-data
            "업종": detail.industry,  # korean-data
            "담당자": detail.contact_name,  # korean-data
            "연락처": detail.phone,  # korean-data
            "담당상담사": detail.manager or self.tr("(none)"),  # korean-data
            "주소": detail.address,  # korean-data
            "상태": self.tr("Void") if detail.void else self.tr("Active"),  # korean-data
        }
        for key, value in shown.items():
            self.values[key].setText(value)
        self.opening_model.set_rows(list(detail.openings))
        self.referral_model.set_rows(list(detail.referrals))
        self.placement_model.set_rows(list(detail.placements))
        if detail.other_desks:
            self.show_banner(
                self.tr(
                    "{count} referrals and placements by other desks are not in this list."
                ).format(count=detail.other_desks)
            )
        self.edit_action.setEnabled(not detail.void)
        self.opening_action.setEnabled(not detail.void)
        self.contact_action.setEnabled(not detail.void)
        self.agreement_action.setEnabled(not detail.void)
        self.sig_loaded.emit()

    def load(self) -> None:
        browse, actor, employer_id = self.ctx.workspace.browse, self.ctx.actor, self.employer_id
        self._serial += 1
        serial = self._serial
        QueryOp(
            parent=self,
            op=lambda _p: browse.employer(actor, employer_id),
            success=lambda detail: self._show(detail) if serial == self._serial else None,
        ).failure(lambda error: self.show_banner(error_message(error))).run_in_background()
        self.outreach.load()

    def edit(self) -> None:
        """F2: correct the employer (and, for a team lead, who looks after it)."""
        open_correction(
            self.ctx,
            RecordKind.EMPLOYER,
            self.detail.employer_no,
            self,
            self.corrected,
            opened=self._correction_opened,
        )

    def new_opening(self) -> FormDialog:
        """Ctrl+Shift+N: an opening of this employer."""
        panel = OpeningForm(self.ctx, self.detail.employer_no, self.detail.name)
        dialog = open_form(panel, self)

        def saved(result: Any) -> None:
            self.ctx.message(saved_message(result))
            self.ctx.changed(Changes.saved(RecordKind.OPENING))
            self.load()

        dialog.sig_saved.connect(saved)
        return dialog

    def new_contact(self) -> FormDialog:
        """Ctrl+L: a contact with this employer (신규 발굴 ticked when it has none yet)."""
        panel = ContactForm(
            self.ctx, self.detail.employer_no, self.detail.name, not self.outreach.has_contacts()
        )
        return self._outreach_form(panel)

    def new_agreement(self) -> FormDialog:
        """Ctrl+Shift+A: a 구민 우선 채용 협약 with this employer."""
        return self._outreach_form(
            AgreementForm(self.ctx, self.detail.employer_no, self.detail.name)
        )

    def _outreach_form(self, panel: FormPanel) -> FormDialog:
        dialog = open_form(panel, self)

        def saved(result: Any) -> None:
            self.ctx.message(saved_message(result))
            self.tabs.setCurrentWidget(self.outreach)
            kind = result.kind if isinstance(result, Saved) else RecordKind.CONTACT
            self.ctx.changed(Changes.saved(kind))
            self.load()

        dialog.sig_saved.connect(saved)
        return dialog

    def mark_done(self) -> None:
        """Ctrl+Shift+D: the chosen contact's next action is done (it leaves the worklist)."""
        self.tabs.setCurrentWidget(self.outreach)
        ctx = self.ctx
        self.outreach.mark_done(lambda: ctx.changed(Changes.saved(RecordKind.CONTACT)))

    def _open_opening(self, row: int) -> None:
        opening_id = self.opening_model.id_at(row)
        if opening_id is not None:
            self.ctx.open_opening(opening_id)


class OpeningRecord(_RecordWindow):
    """One opening: hires against 모집인원, open or closed, its referrals and placements."""

    def __init__(self, ctx: WorkContext, detail: OpeningDetail, parent: QWidget | None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("opening_record")
        self.opening_id = detail.opening.id
        self.detail = detail
        self.match_dialog: SeekerMatchDialog | None = None
        self.details.setTitle(self.tr("Opening details"))
        self.add_values(
            [
                ("구인번호", self.tr("Opening no.")),  # korean-data
                ("업체", self.tr("Employer")),  # korean-data
                ("모집직종", self.tr("Occupation")),  # korean-data
                ("채용", self.tr("Hired / to recruit")),  # korean-data
                ("임금", self.tr("Wage")),  # korean-data
                ("고용형태", self.tr("Employment type")),  # korean-data
                ("마감일", self.tr("Closing date")),  # korean-data
                ("등록", self.tr("Registered on · desk")),  # korean-data
                ("상태", self.tr("Status")),  # korean-data
            ]
        )
        self.referral_model = ReferralItemsModel(self)
        self.referrals = self.add_table(
            self.referral_model,
            self.tr("Referrals (&1)"),
            _open_seeker_of(ctx, self.referral_model),
        )
        self.placement_model = PlacementItemsModel(self)
        self.placements = self.add_table(
            self.placement_model,
            self.tr("Placements (&2)"),
            _open_seeker_of(ctx, self.placement_model),
        )
        number = detail.opening.opening_no
        self.history = HistoryPanel(ctx, RecordKind.OPENING, number, self)
        self.tabs.addTab(self.history, self.tr("Change history (&3)"))
        self.edit_action = self.add_action(self.tr("Edit"), "F2", self.edit)
        self.close_action = self.add_action(self.tr("Close"), "Ctrl+K", self.toggle_close)
        self.match_action = self.add_action(
            self.tr("Matching job seekers"), "Ctrl+M", self.match_seekers
        )
        self._show(detail)

    def _show(self, detail: OpeningDetail) -> None:
        self.detail = detail
        o = detail.opening
        title = f"{o.employer_name} · {o.occupation}"
        self.heading.setText(f"{title} — {o.status}")
        self.setWindowTitle(self.tr("Opening — {title}").format(title=title))
        desk = desk_short_name(o.desk)
        state = o.status + (f" ({day_text(o.closed_on)})" if o.closed_on else "")
        hired = self.tr("{hires} / {headcount}").format(hires=o.hires, headcount=o.headcount)
        shown = {
            "구인번호": o.opening_no,  # korean-data
            "업체": f"{o.employer_name} ({detail.employer_no})",  # korean-data
            "모집직종": o.occupation,  # korean-data
            "채용": hired,  # korean-data
            "임금": o.wage,  # korean-data
            "고용형태": o.employment_type,  # korean-data
            "마감일": day_text(o.closes_on),  # korean-data
            "등록": f"{day_text(o.registered_on)} · {desk}",  # korean-data
            "상태": state,  # korean-data
        }
        for key, value in shown.items():
            self.values[key].setText(value)
        self.referral_model.set_rows(list(detail.referrals))
        self.placement_model.set_rows(list(detail.placements))
        closed = o.closed_on is not None
        self.close_action.setText(self.tr("Reopen") if closed else self.tr("Close"))
        for action in (self.edit_action, self.close_action):
            action.setEnabled(not o.void)
        self.match_action.setEnabled(not o.void and not closed)
        if detail.other_desks:
            self.show_banner(
                self.tr(
                    "{count} referrals and placements by other desks are not in this list."
                ).format(count=detail.other_desks)
            )
        self.sig_loaded.emit()

    def load(self) -> None:
        browse, actor, opening_id = self.ctx.workspace.browse, self.ctx.actor, self.opening_id
        self._serial += 1
        serial = self._serial
        QueryOp(
            parent=self,
            op=lambda _p: browse.opening(actor, opening_id),
            success=lambda detail: self._show(detail) if serial == self._serial else None,
        ).failure(lambda error: self.show_banner(error_message(error))).run_in_background()

    def edit(self) -> None:
        """F2: correct the opening (its close too)."""
        o = self.detail.opening
        open_correction(
            self.ctx,
            RecordKind.OPENING,
            o.opening_no,
            self,
            self.corrected,
            opened=self._correction_opened,
            employer_name=o.employer_name,
        )

    def toggle_close(self) -> None:
        """Ctrl+K: close the opening with a reason (채용완료 when its hires are reached, else
        기간만료 past its 마감일, else 기타), or open a closed one again; the reason asked."""
        o = self.detail.opening
        if o.closed_on is not None:
            ask_reason(
                self,
                self.tr("Reopen opening"),
                self.tr("&Reopen opening {number_obj}.\nReason:").format(
                    number_obj=with_particle(o.opening_no, "을/를")
                ),
                self.tr("Reopen"),
                lambda why: self._change({"마감사유": ""}, why),  # korean-data
            )
            return
        if o.hires >= o.headcount:
            reason = CloseReason.FILLED
        elif o.closes_on is not None and o.closes_on < self.ctx.today():
            reason = CloseReason.EXPIRED
        else:
            reason = CloseReason.OTHER
        ask_reason(
            self,
            self.tr("Close opening"),
            self.tr(
                "Close opening {number_obj} as {reason_to} (hired {hires} / "
                "&recruiting {headcount}). Closed openings no longer appear in "
                "suggested openings or matching job seekers.\nReason:"
            ).format(
                number_obj=with_particle(o.opening_no, "을/를"),
                reason_to=with_particle(f"'{reason.value}'", "으로/로"),
                hires=o.hires,
                headcount=o.headcount,
            ),
            self.tr("Close"),
            lambda why: self._change({"마감사유": reason.value}, why),  # korean-data
        )

    def _change(self, changes: dict[str, object], reason: str) -> None:
        from deskapp.domain.commands import ChangeRecord

        corrections, actor = self.ctx.workspace.corrections, self.ctx.actor
        command = ChangeRecord(RecordKind.OPENING, self.detail.opening.opening_no, changes, reason)

        def done(changed: Changed) -> None:
            self.show_banner("")
            self.ctx.changed(Changes.saved(RecordKind.OPENING))
            self.corrected(changed)

        QueryOp(
            parent=self, op=lambda _p: corrections.change(actor, command), success=done
        ).failure(lambda error: self.show_banner(error_message(error))).run_in_background()

    def match_seekers(self) -> SeekerMatchDialog | None:
        """Ctrl+M: the seekers fitting this opening; Enter there refers one."""
        o = self.detail.opening
        if o.closed_on is not None:
            return None
        title = f"{o.employer_name} · {o.occupation} ({o.opening_no})"
        dialog = SeekerMatchDialog(self.ctx, o.id, title, o.opening_no, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def referred(_seeker_id: int) -> None:
            self.ctx.changed(Changes.saved(RecordKind.REFERRAL))
            self.load()

        dialog.sig_referred.connect(referred)
        self.match_dialog = dialog
        dialog.open()
        return dialog


#: What an employer's or an opening's window shows.
EMPLOYER_SHOWS = frozenset(
    {
        RecordKind.EMPLOYER,
        RecordKind.OPENING,
        RecordKind.REFERRAL,
        RecordKind.PLACEMENT,
        RecordKind.CONTACT,
        RecordKind.AGREEMENT,
        RecordKind.SEEKER,
    }
)


class RecordWindows(QObject):
    """Opens employers' and openings' windows: one per record, loaded in a worker."""

    sig_opened = Signal(object)
    """A window is shown: the EmployerRecord or OpeningRecord."""

    def __init__(self, ctx: WorkContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self._windows: dict[tuple[str, int], _RecordWindow] = {}
        ctx.sig_data_changed.connect(self._refresh)

    def windows(self) -> list[_RecordWindow]:
        return [w for w in self._windows.values() if shiboken6.isValid(w)]

    def _open(
        self, key: tuple[str, int], load: Callable[[], Any], make: Callable[[Any], _RecordWindow]
    ) -> None:
        existing = self._windows.get(key)
        if existing is not None and shiboken6.isValid(existing):
            self._present(existing)
            return

        def loaded(detail: Any) -> None:
            window = make(detail)
            self._windows[key] = window
            window.destroyed.connect(lambda _obj=None: self._windows.pop(key, None))
            self._present(window)
            self.sig_opened.emit(window)

        QueryOp(parent=self.window, op=lambda _p: load(), success=loaded).failure(
            lambda error: show_error(self.window, error)
        ).run_in_background()

    def open_employer(self, employer_id: int) -> None:
        browse, actor = self.ctx.workspace.browse, self.ctx.actor
        self._open(
            ("employer", employer_id),
            lambda: browse.employer(actor, employer_id),
            lambda detail: EmployerRecord(self.ctx, detail, self.window),
        )

    def open_opening(self, opening_id: int) -> None:
        browse, actor = self.ctx.workspace.browse, self.ctx.actor
        self._open(
            ("opening", opening_id),
            lambda: browse.opening(actor, opening_id),
            lambda detail: OpeningRecord(self.ctx, detail, self.window),
        )

    @staticmethod
    def _present(window: QWidget) -> None:
        window.show()
        window.raise_()
        window.activateWindow()

    def _refresh(self, changes: Changes) -> None:
        """Records changed elsewhere: every open window reads its record again when they
        touch what it shows (a session saved does not; its read is logged)."""
        if not changes.touches(EMPLOYER_SHOWS):
            return
        for window in self.windows():
            window.load()
