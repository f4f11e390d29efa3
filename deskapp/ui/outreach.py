"""구인기업체 발굴 및 관리 in the window.

- :class:`OutreachPanel`: the 접촉 기록 tab of an employer's window, its contacts (with
  the next action and whether it is done) and its 구민 우선 채용 협약 with the hires
  against them. The window's keys: Ctrl+L logs a contact (:class:`ContactForm`),
  Ctrl+Shift+A signs an agreement (:class:`AgreementForm`), Ctrl+Shift+D marks the chosen
  contact's next action done; Delete on a contact or an agreement voids it (with a
  reason).
- :class:`OutreachItemsModel`: the next actions due, shown on the 사후관리 page.
- :class:`OutreachReportDialog`: 기업발굴 실적, per desk and month of a year (보기 menu).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain import fields
from deskapp.domain.desks import desk_by_code, parse_desk
from deskapp.domain.errors import ValidationError
from deskapp.domain.korean import with_particle
from deskapp.domain.outreach import (
    REPORT_MEASURES,
    ContactKind,
    LogContact,
    OutreachCounts,
    SignAgreement,
)
from deskapp.domain.records import RecordKind
from deskapp.services.outreach import Agreement, Contact, OutreachItem
from deskapp.ui.context import Changes, WorkContext, desk_short_name
from deskapp.ui.errors import error_message
from deskapp.ui.forms import (
    FormPanel,
    free_text,
    parse_any_date,
    record_day,
    short_text,
)
from deskapp.ui.lists import Column, RecordTable, RowsModel, day_text
from deskapp.ui.widgets import ReasonDialog, ask_reason
from deskapp.ui.workers import Progress, QueryOp

_DAY = "2018-10-30"


# -- the forms -----------------------------------------------------------------------------


class ContactForm(FormPanel):
    """기업 접촉 기록: 일자, 구분, 내용, 다음 할 일 and its day, 신규 발굴, 창구."""

    def __init__(
        self,
        ctx: WorkContext,
        employer_no: str,
        employer_name: str,
        first: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Employer contact record — {name}").format(name=employer_name)
        self.employer_no = employer_no
        today = ctx.today()
        self.form.addRow(self.tr("Employer"), QLabel(employer_name, self))
        self.date_edit = self.add_line(
            "접촉일",  # korean-data
            self.tr("&Date"),
            record_day(today),
            True,
            today.isoformat(),
        )
        self.kind_combo = self.add_combo(
            "구분",  # korean-data
            self.tr("Type (&K)"),
            [(k.label, k.value) for k in ContactKind],
        )
        self.note_edit = self.add_text("내용", self.tr("Notes (&M)"), free_text)  # korean-data
        self.action_edit = self.add_line(
            "다음 할 일",  # korean-data
            self.tr("Next &action"),
            short_text,
        )
        self.next_edit = self.add_line(
            "다음 일자",  # korean-data
            self.tr("Nex&t date"),
            parse_any_date,
            placeholder="2018-11-05",
        )
        self.first_check = QCheckBox(
            self.tr("This contact found the employer for the first time"), self
        )
        self.first_check.setChecked(first)
        self.first_check.setToolTip(
            self.tr(
                "A first contact with an employer counts as a new find (preselected if "
                "there are no records)."
            )
        )
        field = self.add_field("신규 발굴", self.tr("New &find"), self.first_check)  # korean-data
        self.first_check.toggled.connect(lambda _on: self._edited(field))
        self.desk_combo = self.add_desk("창구", self.tr("Desk"))  # korean-data
        self.ready()

    def check_value(self, key: str, value: object) -> None:
        if key == "다음 일자":  # korean-data
            contacted, next_on = self.parsed("접촉일"), self.parsed("다음 일자")  # korean-data
            if contacted and next_on and next_on < contacted:
                raise ValidationError(key, self.tr("Cannot be earlier than the contact date."))

    def field_changed(self, key: str) -> None:
        if key == "접촉일" and not fields.is_blank(self.fields["다음 일자"].value()):  # korean-data
            self.check("다음 일자")  # korean-data

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        command = LogContact(
            self.employer_no,
            self.parsed("접촉일"),  # korean-data
            ContactKind(str(values["구분"])),  # korean-data
            note=str(values["내용"]) or None,  # korean-data
            next_action=str(values["다음 할 일"]) or None,  # korean-data
            next_on=self.parsed("다음 일자"),  # korean-data
            desk=parse_desk(values["창구"]),  # korean-data
            first_contact=bool(values["신규 발굴"]),  # korean-data
        )
        outreach, actor = self.ctx.workspace.outreach, self.ctx.actor
        return lambda _progress: outreach.log_contact(actor, command)


def _headcount(value: object, name: str) -> object:
    """채용 약정 인원: a whole number, 0 allowed."""
    text = str(value).strip().replace(",", "").removesuffix("명").strip()  # korean-data
    if text == "0":
        return 0
    try:  # the project's parser: ASCII digits only, so "²" is refused, not a crash
        return fields.positive_int(text, name)
    except ValidationError:
        raise ValidationError(
            name, QCoreApplication.translate("AgreementForm", "Enter a whole number of 0 or more.")
        ) from None


class AgreementForm(FormPanel):
    """구민 우선 채용 협약: 협약일, 시작일, 종료일, 채용 약정 인원, 내용, 창구."""

    def __init__(
        self,
        ctx: WorkContext,
        employer_no: str,
        employer_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Local resident hiring agreement — {name}").format(name=employer_name)
        self.employer_no = employer_no
        today = ctx.today()
        self.form.addRow(self.tr("Employer"), QLabel(employer_name, self))
        self.signed_edit = self.add_line(
            "협약일",  # korean-data
            self.tr("Agreement &date"),
            record_day(today),
            True,
            today.isoformat(),
        )
        self.starts_edit = self.add_line(
            "시작일",  # korean-data
            self.tr("&Start date"),
            parse_any_date,
            True,
            today.isoformat(),
        )
        self.ends_edit = self.add_line(
            "종료일",  # korean-data
            self.tr("&End date"),
            parse_any_date,
            placeholder="2019-12-31",
        )
        self.pledged_edit = self.add_line(
            "채용 약정 인원",  # korean-data
            self.tr("&Pledged hires"),
            _headcount,
            True,
        )
        self.note_edit = self.add_text("내용", self.tr("Notes (&M)"), free_text)  # korean-data
        self.desk_combo = self.add_desk("창구", self.tr("Desk"))  # korean-data
        self.ready()

    def check_value(self, key: str, value: object) -> None:
        if key == "종료일":  # korean-data
            starts, ends = self.parsed("시작일"), self.parsed("종료일")  # korean-data
            if starts and ends and ends < starts:
                raise ValidationError(key, self.tr("Cannot be earlier than the start date."))

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        command = SignAgreement(
            self.employer_no,
            self.parsed("협약일"),  # korean-data
            self.parsed("시작일"),  # korean-data
            self.parsed("채용 약정 인원"),  # korean-data
            ends_on=self.parsed("종료일"),  # korean-data
            note=str(values["내용"]) or None,  # korean-data
            desk=parse_desk(values["창구"]),  # korean-data
        )
        outreach, actor = self.ctx.workspace.outreach, self.ctx.actor
        return lambda _progress: outreach.sign_agreement(actor, command)


# -- the employer's 접촉 기록 tab -------------------------------------------------------------


class ContactsModel(RowsModel[Contact]):
    """An employer's contacts, newest first."""

    marks_void = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            parent,
            [
                Column(self.tr("Date"), lambda c: day_text(c.contacted_on), _DAY, natural=True),
                Column(self.tr("Type"), lambda c: c.kind.label, 4),
                Column(self.tr("New find"), lambda c: self.tr("New") if c.found else "", 3),
                Column(self.tr("Desk"), lambda c: desk_short_name(c.desk), 6),
                Column(self.tr("Counselor"), lambda c: c.counselor, 5),
                Column(self.tr("Next action"), lambda c: c.next_action or "", 10),
                Column(self.tr("Next date"), lambda c: day_text(c.next_on), _DAY),
                Column(self.tr("Done"), lambda c: day_text(c.next_done_on), _DAY),
                Column(self.tr("Details"), lambda c: c.note or "", 14),
            ],
        )


class AgreementsModel(RowsModel[Agreement]):
    """An employer's 구민 우선 채용 협약 with the hires so far."""

    marks_void = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            parent,
            [
                Column(
                    self.tr("Agreement date"), lambda a: day_text(a.signed_on), _DAY, natural=True
                ),
                Column(
                    self.tr("Period"),
                    lambda a: f"{day_text(a.starts_on)} ~ {day_text(a.ends_on)}",
                    "2018-10-30 ~ 2019-10-30",
                ),
                Column(self.tr("Pledged"), lambda a: str(a.pledged), 4, number=True),
                Column(self.tr("Hired"), lambda a: str(a.hires), 3, number=True),
                Column(self.tr("Resident hires"), lambda a: str(a.resident_hires), 4, number=True),
                Column(self.tr("Desk"), lambda a: desk_short_name(a.desk), 6),
                Column(self.tr("Details"), lambda a: a.note or "", 12),
            ],
        )


class OutreachPanel(QWidget):
    """The 접촉 기록 tab: the employer's contacts above, its agreements below."""

    sig_loaded = Signal()
    """The contacts and agreements were shown (again)."""

    def __init__(self, ctx: WorkContext, employer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outreach_panel")
        self.ctx = ctx
        self.employer_id = employer_id
        self._serial = 0
        self.contact_model = ContactsModel(self)
        self.contacts = RecordTable(self, sortable=False)
        self.contacts.setObjectName("contacts")
        self.contacts.setModel(self.contact_model)
        self.contacts.setAccessibleName(self.tr("Contact records"))
        self.agreement_model = AgreementsModel(self)
        self.agreements = RecordTable(self, sortable=False)
        self.agreements.setObjectName("agreements")
        self.agreements.setModel(self.agreement_model)
        self.agreements.setAccessibleName(self.tr("Local resident hiring agreements"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        contacts_box = QGroupBox(self.tr("Contact records"), self)
        QVBoxLayout(contacts_box).addWidget(self.contacts)
        agreements_box = QGroupBox(self.tr("Local resident hiring agreements"), self)
        QVBoxLayout(agreements_box).addWidget(self.agreements)
        hint = QLabel(
            self.tr(
                "Ctrl+L: record contact · Ctrl+Shift+A: register agreement · "
                "Ctrl+Shift+D: complete next action · Delete: void selected contact or "
                "agreement"
            ),
            self,
        )
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(contacts_box, 2)
        layout.addWidget(agreements_box, 1)
        layout.addWidget(hint)
        self.setFocusProxy(self.contacts)
        self.void_action = QAction(self.tr("Void"), self)
        self.void_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.void_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.void_action.triggered.connect(lambda _checked=False: self.void_chosen())
        self.addAction(self.void_action)
        self.reason_dialog: ReasonDialog | None = None

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def load(self) -> None:
        outreach, actor, employer_id = self.ctx.workspace.outreach, self.ctx.actor, self.employer_id
        self._serial += 1
        serial = self._serial

        def op(_progress: Any) -> tuple[list[Contact], list[Agreement]]:
            # Shown inside the employer's record: its opening wrote the access-log line.
            contacts = outreach.contacts(actor, employer_id, logged=False)
            return contacts, outreach.agreements(actor, employer_id)

        QueryOp(
            parent=self,
            op=op,
            success=lambda result: self._show(result) if serial == self._serial else None,
        ).failure(lambda error: self.show_message(error_message(error))).run_in_background()

    def _show(self, result: tuple[list[Contact], list[Agreement]]) -> None:
        contacts, agreements = result
        self.contact_model.set_rows(contacts)
        self.agreement_model.set_rows(agreements)
        if contacts and not self.contacts.currentIndex().isValid():
            self.contacts.selectRow(0)
        self.sig_loaded.emit()

    def has_contacts(self) -> bool:
        return self.contact_model.rowCount() > 0

    def current_contact(self) -> Contact | None:
        return self.contact_model.item(self.contacts.currentIndex().row())

    def mark_done(self, then: Callable[[], None]) -> None:
        """The chosen contact's next action is done today."""
        contact = self.current_contact()
        if contact is None or not contact.next_action or contact.next_done_on is not None:
            self.show_message(self.tr("Select a contact with an unfinished next action."))
            return
        outreach, actor = self.ctx.workspace.outreach, self.ctx.actor
        QueryOp(
            parent=self,
            op=lambda _p: outreach.mark_done(actor, contact.id),
            success=lambda _r: self._acted(self.tr("Next action completed."), then),
        ).failure(lambda error: self.show_message(error_message(error))).run_in_background()

    def void_chosen(self, then: Callable[[], None] | None = None) -> None:
        """Delete on a contact or an agreement: void it with a reason (it stops counting)."""
        agreement = (
            self.agreement_model.item(self.agreements.currentIndex().row())
            if self.agreements.hasFocus()
            else None
        )
        contact = None if self.agreements.hasFocus() else self.current_contact()
        if agreement is not None:
            kind, record_id = RecordKind.AGREEMENT, agreement.id
            what = self.tr("{day} agreement").format(day=day_text(agreement.signed_on))
        elif contact is not None:
            kind, record_id = RecordKind.CONTACT, contact.id
            what = self.tr("{day} {kind} contact").format(
                day=day_text(contact.contacted_on), kind=contact.kind.label
            )
        else:
            self.show_message(self.tr("Select a contact or agreement to void."))
            return
        outreach, actor = self.ctx.workspace.outreach, self.ctx.actor
        ctx = self.ctx
        refresh = then or (lambda: ctx.changed(Changes.saved(kind)))

        def void(reason: str) -> None:
            QueryOp(
                parent=self,
                op=lambda _p: outreach.void(actor, kind, record_id, reason),
                success=lambda _r: self._acted(
                    self.tr("Voided {what_obj}.").format(what_obj=with_particle(what, "을/를")),
                    refresh,
                ),
            ).failure(lambda error: self.show_message(error_message(error))).run_in_background()

        self.reason_dialog = ask_reason(
            self,
            self.tr("Void"),
            self.tr(
                "Voiding {what_obj}. It is &removed from the results but the record is "
                "kept.\nReason:"
            ).format(what_obj=with_particle(what, "을/를")),
            self.tr("Void"),
            void,
        )

    def _acted(self, text: str, then: Callable[[], None]) -> None:
        self.show_message(text)
        self.load()
        then()


# -- the worklist --------------------------------------------------------------------------


class OutreachItemsModel(RowsModel[OutreachItem]):
    """Next actions due with employers: 기한, 업체, 할 일, 창구, 상담사."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns(
            [
                (self.tr("Due"), lambda i: i.due.isoformat()),
                (self.tr("Employer"), lambda i: i.employer_name),
                (self.tr("To do"), lambda i: i.action),
                (self.tr("Desk"), lambda i: desk_short_name(i.desk)),
                (self.tr("Counselor"), lambda i: i.counselor),
            ]
        )


# -- the report ----------------------------------------------------------------------------


class OutreachReportModel(RowsModel[OutreachCounts]):
    """기업발굴 실적: 월, 창구 and the five counts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, batch=10_000)
        self._columns(
            [
                (self.tr("Month"), lambda r: f"{r.year:04d}-{r.month:02d}"),
                (self.tr("Desk"), lambda r: desk_by_code(r.desk).short_name),
                *[
                    (title, lambda r, i=index: f"{r.values()[i]:,}")
                    for index, title in enumerate(REPORT_MEASURES)
                ],
            ],
            right=range(2, 2 + len(REPORT_MEASURES)),
        )


class OutreachReportDialog(QDialog):
    """기업발굴 실적 of a year: per month and desk, 신규발굴, 방문, 전화, 협약 and the
    openings registered by the employers each desk found. Alt+Y chooses the year."""

    sig_loaded = Signal()
    """The year's figures are shown."""

    def __init__(self, context: WorkContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outreach_report")
        self.setWindowTitle(self.tr("Employer outreach results"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workspace = context.workspace
        self.actor = context.actor
        # No settings, as before it took the context: it saves no file and remembers
        # nothing, so the account's settings (context.settings) are left alone.
        self._serial = 0
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(1990, 2100)
        self.year_spin.setValue(year)
        self.year_spin.setAccessibleName(self.tr("Year"))
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year_spin)
        self.year_spin.valueChanged.connect(lambda _v: self.load())
        self.total_label = QLabel(self)
        self.model = OutreachReportModel(self)
        self.table = RecordTable(self, plain=True)
        self.table.setObjectName("outreach_rows")
        self.table.setAccessibleName(self.tr("Employer outreach results"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        close_button = QPushButton(self.tr("Close (Esc)"), self)
        close_button.setAutoDefault(False)
        close_button.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_spin)
        top.addWidget(self.total_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(760, 560)
        self.load()

    def load(self) -> None:
        outreach, actor, year = self.workspace.outreach, self.actor, self.year_spin.value()
        self._serial += 1
        serial = self._serial
        self.message.setText(self.tr("Loading…"))
        QueryOp(
            parent=self,
            op=lambda _p: outreach.report(actor, year),
            success=lambda rows: self._show(rows) if serial == self._serial else None,
        ).failure(lambda error: self.message.setText(error_message(error))).run_in_background()

    def _show(self, rows: list[OutreachCounts]) -> None:
        self.model.set_rows(rows)
        self.message.setText("")
        sums = [sum(r.values()[i] for r in rows) for i in range(len(REPORT_MEASURES))]
        self.total_label.setText(
            " · ".join(
                f"{title} {total:,}" for title, total in zip(REPORT_MEASURES, sums, strict=True)
            )
        )
        self.sig_loaded.emit()


def open_report(context: WorkContext, parent: QWidget, year: int) -> OutreachReportDialog:
    """기업발굴 실적 over ``parent`` (not modal)."""
    dialog = OutreachReportDialog(context, year, parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
