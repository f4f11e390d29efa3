"""The forms of the 행사 screens, each saved in a worker like every form of the window.

- :class:`EventForm`: a new event (Ctrl+N) or its correction with a reason (F2);
  every field is checked as typed by the parsers ``event_command`` uses.
- :class:`AddEmployerForm`: an employer found by 업체번호 or name, its 모집인원 and,
  when it brought one, the opening it recruits for.
- :class:`ChangeEmployerForm`: an employer's 모집인원 and opening corrected, with a reason.
- :class:`NewEmployerForm`: an employer not yet registered, made on the spot (and its
  opening when 모집직종 is given), then taking part.
- :class:`AddParticipantForm`: a registered seeker found by name, 초성 or phone end.
- :class:`WalkInForm`: a walk-in registered in a few keys (성명, 연락처, consent) at the
  event's desk on its date (today when the event is still ahead), then taking part.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from deskapp.domain import fields
from deskapp.domain.audit import CONSENT_FIELD, CONSENT_VERSION
from deskapp.domain.commands import employer_command, opening_command, seeker_command
from deskapp.domain.events import (
    EVENT_FIELDS,
    AddEventEmployer,
    AddParticipant,
    EventKind,
    count,
    event_command,
)
from deskapp.domain.phone import normalize_phone
from deskapp.services.browse import EmployerItem
from deskapp.services.events import EmployerEntry, EventPage
from deskapp.ui.casework.merge import SeekerPicker
from deskapp.ui.context import WorkContext, desk_choices, desk_value
from deskapp.ui.errors import error_message
from deskapp.ui.forms import FormPanel, short_text
from deskapp.ui.workers import Progress, QueryOp

REASON = "수정 사유"  # korean-data
_SPECS = {spec.heading: spec for spec in EVENT_FIELDS}


def _event_parser(heading: str, today: date) -> Callable[[object, str], object]:
    spec = _SPECS[heading]
    return lambda value, name: spec.parse(value, name, today)


def event_desk(page: EventPage) -> str:
    """The event's desk as a form names it (the dong desk's site when it has one)."""
    desk = page.details.desk
    assert desk is not None
    return desk_value(desk.desk.code, desk.site)


def record_day_for(page: EventPage, today: date) -> date:
    """The day a record made at the event carries: its date, or today while it is ahead."""
    return min(page.row.held_on, today)


class EventForm(FormPanel):
    """행사: 행사명, 구분, 일자, 창구, 주관, 장소, 장소구분 and the organizer's 집계 counts.
    With ``editing`` the event's values are shown and a 수정 사유 is asked."""

    def __init__(
        self, ctx: WorkContext, editing: EventPage | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.edited_event = editing  # not self.event: that is QObject.event()
        today = ctx.today()
        self.title = (
            self.tr("Edit hiring event — {name}").format(name=editing.row.name)
            if editing
            else self.tr("New hiring event")
        )
        self.name_edit = self.add_line(
            "행사명",  # korean-data
            self.tr("Event &name"),
            _event_parser("행사명", today),  # korean-data
            True,
        )
        self.kind_combo = self.add_combo(
            "구분",  # korean-data
            self.tr("Type (&K)"),
            [(k.value, k.value) for k in EventKind],
            EventKind.ILGU_DAY.value,
        )
        self.day_edit = self.add_line(
            "일자",  # korean-data
            self.tr("&Date"),
            _event_parser("일자", today),  # korean-data
            True,
            today.isoformat(),
        )
        self.desk_combo = self.add_combo(
            "창구",  # korean-data
            self.tr("Desk (&W)"),
            desk_choices(ctx.actor),
            ctx.desk_value(),
        )
        self.organizer_edit = self.add_line(
            "주관",  # korean-data
            self.tr("&Organizer"),
            _event_parser("주관", today),  # korean-data
        )
        self.venue_edit = self.add_line(
            "장소",  # korean-data
            self.tr("&Venue"),
            _event_parser("장소", today),  # korean-data
        )
        self.venue_type_edit = self.add_line(
            "장소구분",  # korean-data
            self.tr("Venue &type"),
            _event_parser("장소구분", today),  # korean-data
            placeholder=self.tr(
                "e.g. knowledge industry centre, district office, corporate citizen hall"
            ),
        )
        hint = self.tr(
            "Numbers the organizer gave only as totals (added to the people recorded one by one)"
        )
        self.count_edits: dict[str, QLineEdit] = {}
        for heading, label in (
            ("집계참여인원", self.tr("Participants (totals)")),  # korean-data
            ("집계면접인원", self.tr("Interviewed (totals)")),  # korean-data
            ("집계채용인원", self.tr("Hired (totals)")),  # korean-data
        ):
            edit = self.add_line(heading, label, _event_parser(heading, today), default="0")
            edit.setToolTip(hint)
            self.count_edits[heading] = edit
        if editing is not None:
            details = editing.details
            self.name_edit.setText(details.name)
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(details.kind.value), 0))
            self.day_edit.setText(details.held_on.isoformat())
            self.fields["창구"].set_text(event_desk(editing))  # korean-data
            self.organizer_edit.setText(details.organizer or "")
            self.venue_edit.setText(details.venue or "")
            self.venue_type_edit.setText(details.venue_type or "")
            for heading, value in (
                ("집계참여인원", details.reported_participants),  # korean-data
                ("집계면접인원", details.reported_interviewed),  # korean-data
                ("집계채용인원", details.reported_hired),  # korean-data
            ):
                self.count_edits[heading].setText(str(value))
            self.reason_edit = self.add_line(
                REASON,
                self.tr("Reason for edit (&Y)"),
                short_text,
                True,
                placeholder=self.tr("e.g. wrong venue entered, totals received from organizer"),
            )
        self.ready()

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        entered = {k: v for k, v in values.items() if k != REASON}
        details = event_command(entered, self.ctx.today())
        service, actor = self.ctx.workspace.events, self.ctx.actor
        if self.edited_event is None:
            return lambda _progress: service.create_event(actor, details)
        number, reason = self.edited_event.row.event_no, str(values[REASON])
        return lambda _progress: service.update_event(actor, number, details, reason)


class EmployerFinder(QWidget):
    """An employer found by 업체번호, name or 사업자등록번호 as it is typed.

    Down moves into the matches, Enter chooses the current match (in the edit: an exact
    업체번호 or the only match); editing the text again drops the choice."""

    sig_chosen = Signal(object)
    """The choice changed: the EmployerItem chosen, or None."""

    def __init__(self, ctx: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chosen: EmployerItem | None = None
        self._serial = 0
        self._enter_pending = False  # Enter came before the answer to what was typed
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(50)
        self.edit.setPlaceholderText(
            self.tr("Employer name, employer no. or business registration number")
        )
        self.edit.setAccessibleName(self.tr("Find employer"))
        self.edit.installEventFilter(self)
        self.matches = QListWidget(self)
        self.matches.setObjectName("employer_matches")
        self.matches.setAccessibleName(self.tr("Employers found"))
        self.matches.setMaximumHeight(self.matches.fontMetrics().lineSpacing() * 7)
        self.matches.installEventFilter(self)
        self.matches.itemActivated.connect(self._choose_item)
        self.label = QLabel(self.tr("Nothing chosen yet."), self)
        self.label.setWordWrap(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.search_now)
        self.edit.textEdited.connect(self._edited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.matches)
        layout.addWidget(self.label)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text().strip()

    def _edited(self, _text: str) -> None:
        self._enter_pending = False
        if self.chosen is not None:
            self.choose(None)
        self.timer.start()

    def search_now(self) -> None:
        self.timer.stop()
        text = self.text()
        self._serial += 1
        serial = self._serial
        if not text:
            self.matches.clear()
            return
        browse, actor = self.ctx.workspace.browse, self.ctx.actor

        def op(_progress: Any) -> list[EmployerItem]:
            return browse.employers(actor, list(browse.employer_ids(actor, text)[:20]))

        QueryOp(
            parent=self,
            op=op,
            success=lambda found: self._found(found) if serial == self._serial else None,
        ).failure(self._failed).run_in_background()

    def _failed(self, error: BaseException) -> None:
        self.label.setText(error_message(error))

    def _found(self, found: list[EmployerItem]) -> None:
        self.matches.clear()
        for employer in found:
            item = QListWidgetItem(f"{employer.name} ({employer.employer_no})")
            item.setData(Qt.ItemDataRole.UserRole, employer)
            self.matches.addItem(item)
        if found:
            self.matches.setCurrentRow(0)
            self.label.setText(
                self.tr("{count} found. Go down with ↓ and choose with Enter.").format(
                    count=len(found)
                )
            )
        else:
            self.label.setText(
                self.tr(
                    "No employer found. Register a new employer and add it as a "
                    "participant with Ctrl+Shift+R."
                )
            )
        exact = [e for e in found if e.employer_no == self.text()]
        pending, self._enter_pending = self._enter_pending, False
        if len(exact) == 1:
            self.choose(exact[0])
        elif pending and len(found) == 1:
            self._choose_item(self.matches.item(0))

    def _choose_item(self, item: QListWidgetItem) -> None:
        self.choose(item.data(Qt.ItemDataRole.UserRole))
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.focusNextChild()

    def choose(self, employer: EmployerItem | None) -> None:
        self.chosen = employer
        if employer is not None:
            self.edit.setText(employer.employer_no)
            self.matches.clear()
            self.label.setText(
                self.tr("Chosen employer: {name} ({number})").format(
                    name=employer.name, number=employer.employer_no
                )
            )
        self.sig_chosen.emit(employer)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.edit:
            if key == Qt.Key.Key_Down and self.matches.count():
                self.matches.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if enter and self.chosen is None:
                if self.matches.count() == 1:
                    self._choose_item(self.matches.item(0))
                elif self.matches.count():
                    self.matches.setFocus(Qt.FocusReason.OtherFocusReason)
                else:  # typed faster than the search: the only match is taken when it comes
                    self._enter_pending = True
                    self.search_now()
                return True
        elif watched is self.matches and enter:
            current = self.matches.currentItem()
            if current is not None:
                self._choose_item(current)
            return True
        return super().eventFilter(watched, event)


class AddEmployerForm(FormPanel):
    """참여업체: an employer found by search, its 모집인원 and the opening it brought."""

    def __init__(self, ctx: WorkContext, page: EventPage, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page = page
        self.title = self.tr("Add participating employer — {name}").format(name=page.row.name)
        self.finder = EmployerFinder(ctx, self)
        found = self.add_field(
            "업체번호",  # korean-data
            self.tr("&Employer"),
            self.finder,
            short_text,
            True,
            getter=self.number,
        )
        self.finder.sig_chosen.connect(lambda _e: self._edited(found))
        self.finder.sig_chosen.connect(self._load_openings)
        self.recruits_edit = self.add_line(
            "모집인원",  # korean-data
            self.tr("Number to &recruit"),
            count,
            True,
            "1",
        )
        self.opening_combo = self.add_combo(
            "구인번호",  # korean-data
            self.tr("Opening (&J)"),
            [(self.tr("(none)"), "")],
        )
        self.ready()

    def number(self) -> str:
        chosen = self.finder.chosen
        return chosen.employer_no if chosen is not None else ""

    def _load_openings(self, employer: EmployerItem | None) -> None:
        self.opening_combo.clear()
        self.opening_combo.addItem(self.tr("(none)"), "")
        if employer is None:
            return
        browse, actor = self.ctx.workspace.browse, self.ctx.actor
        QueryOp(
            parent=self,
            op=lambda _p: browse.employer(actor, employer.id).openings,
            success=self._openings,
        ).failure(lambda error: self.show_message(error_message(error))).run_in_background()

    def _openings(self, openings: Any) -> None:
        for opening in openings:
            if opening.void or opening.closed_on is not None:
                continue
            self.opening_combo.addItem(
                self.tr("{occupation}, {headcount} to recruit ({number})").format(
                    occupation=opening.occupation,
                    headcount=opening.headcount,
                    number=opening.opening_no,
                ),
                opening.opening_no,
            )

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        opening = str(values["구인번호"] or "") or None  # korean-data
        employer, recruits = str(values["업체번호"]), self.parsed("모집인원")  # korean-data
        command = AddEventEmployer(self.page.row.event_no, employer, recruits, opening)
        service, actor = self.ctx.workspace.events, self.ctx.actor
        return lambda _progress: service.add_employer(actor, command)


class ChangeEmployerForm(FormPanel):
    """참여업체 수정: an employer's 모집인원 and the opening it recruits for, with a reason."""

    def __init__(
        self,
        ctx: WorkContext,
        page: EventPage,
        entry: EmployerEntry,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.entry = entry
        self.title = self.tr("Edit participating employer — {name}").format(name=entry.name)
        self.form.addRow(self.tr("Hiring events"), QLabel(page.row.name, self))
        self.form.addRow(self.tr("Employer"), QLabel(f"{entry.name} ({entry.employer_no})", self))
        self.recruits_edit = self.add_line(
            "모집인원",  # korean-data
            self.tr("Number to &recruit"),
            count,
            True,
            str(entry.recruits),
        )
        choices = [(self.tr("(none)"), "")]
        if entry.opening_no:
            choices.append((entry.opening_no, entry.opening_no))
        self.opening_combo = self.add_combo(
            "구인번호",  # korean-data
            self.tr("Opening (&J)"),
            choices,
            entry.opening_no,
        )
        self.reason_edit = self.add_line(
            REASON,
            self.tr("Reason for edit (&Y)"),
            short_text,
            True,
            placeholder=self.tr("e.g. number to recruit changed"),
        )
        self.ready()
        browse, actor, number = ctx.workspace.browse, ctx.actor, entry.employer_no

        def openings(_progress: Any) -> Any:
            found = browse.employers(actor, list(browse.employer_ids(actor, number)))
            ids = [e.id for e in found if e.employer_no == number]
            return browse.employer(actor, ids[0]).openings if ids else ()

        QueryOp(parent=self, op=openings, success=self._openings).failure(
            lambda error: self.show_message(error_message(error))
        ).run_in_background()

    def _openings(self, openings: Any) -> None:
        for opening in openings:
            shown = self.opening_combo.findData(opening.opening_no)
            text = self.tr("{occupation}, {headcount} to recruit ({number})").format(
                occupation=opening.occupation,
                headcount=opening.headcount,
                number=opening.opening_no,
            )
            if shown >= 0:
                self.opening_combo.setItemText(shown, text)
            elif not opening.void and opening.closed_on is None:
                self.opening_combo.addItem(text, opening.opening_no)
        self.set_unchanged("구인번호")  # korean-data

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        opening = str(values["구인번호"] or "") or None  # korean-data
        recruits, reason = self.parsed("모집인원"), str(values[REASON])  # korean-data
        service, actor, entry_id = self.ctx.workspace.events, self.ctx.actor, self.entry.id
        return lambda _progress: service.change_employer(actor, entry_id, recruits, opening, reason)


class NewEmployerForm(FormPanel):
    """새 업체: 업체명 and 연락처 register the employer; with 모집직종 its opening is
    registered too (모집인원 people); then it takes part with 모집인원."""

    def __init__(self, ctx: WorkContext, page: EventPage, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page = page
        self.title = self.tr("New participating employer — {name}").format(name=page.row.name)
        self.name_edit = self.add_line(
            "업체명",  # korean-data
            self.tr("E&mployer name"),
            short_text,
            True,
        )
        self.phone_edit = self.add_line(
            "연락처",  # korean-data
            self.tr("Contact (&P)"),
            normalize_phone,
            placeholder="02-2627-1234",
        )
        self.occupation_edit = self.add_line(
            "모집직종",  # korean-data
            self.tr("Occupation (&J)"),
            short_text,
            placeholder=self.tr("If filled in, an opening is also registered"),
        )
        self.recruits_edit = self.add_line(
            "모집인원",  # korean-data
            self.tr("Number to &recruit"),
            fields.positive_int,
            True,
            "1",
        )
        self.ready()

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        today = self.ctx.today()
        entered = {"업체명": values["업체명"], "연락처": values["연락처"]}  # korean-data
        employer = employer_command(entered, today)
        occupation = str(values["모집직종"]).strip()  # korean-data
        recruits = self.parsed("모집인원")  # korean-data
        day, desk, event_no = (
            record_day_for(self.page, today),
            event_desk(self.page),
            self.page.row.event_no,
        )
        events, actor = self.ctx.workspace.events, self.ctx.actor

        opening = None
        if occupation:  # its 업체번호 is the new employer's, filled in by the service
            opening = opening_command(
                {
                    "업체번호": "-",  # korean-data
                    "모집직종": occupation,  # korean-data
                    "모집인원": recruits,  # korean-data
                    "등록일": day,  # korean-data
                    "등록창구": desk,  # korean-data
                },
                today,
            )

        def op(_progress: Any) -> Any:
            # One unit of work: the employer, its opening and its taking part, or none.
            return events.new_employer(actor, event_no, employer, recruits, opening)[1]

        return op


class AddParticipantForm(FormPanel):
    """참여자: a registered seeker found by name, 초성, phone end or 구직자번호."""

    def __init__(self, ctx: WorkContext, page: EventPage, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page = page
        self.title = self.tr("Add participant — {name}").format(name=page.row.name)
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
        self.ready()

    def number(self) -> str:
        chosen = self.picker.chosen
        return chosen.seeker_no if chosen is not None else self.picker.text()

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        command = AddParticipant(self.page.row.event_no, str(values["구직자번호"]))  # korean-data
        service, actor = self.ctx.workspace.events, self.ctx.actor
        return lambda _progress: service.add_participant(actor, command)


class WalkInForm(FormPanel):
    """현장 등록: 성명, 연락처 and the consent; registered at the event's desk on its date
    (today while the event is ahead), then taking part."""

    def __init__(self, ctx: WorkContext, page: EventPage, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page = page
        self.title = self.tr("On-site registration — {name}").format(name=page.row.name)
        self.day = record_day_for(page, ctx.today())
        where = QLabel(
            self.tr("Registers the job seeker at {desk} on {day}.").format(
                desk=page.row.desk, day=self.day.isoformat()
            ),
            self,
        )
        self.form.addRow(where)
        self.name_edit = self.add_line(
            "성명",  # korean-data
            self.tr("&Name"),
            fields.person_name,
            True,
        )
        self.phone_edit = self.add_line(
            "연락처",  # korean-data
            self.tr("Contact (&P)"),
            normalize_phone,
            placeholder="010-1234-5678",
        )
        self.consent_check = self.add_check(
            CONSENT_FIELD,
            self.tr(
                "Consent to collection &and use of personal data obtained (consent form {version})"
            ).format(version=CONSENT_VERSION),
            self.tr("Consent to collection and use of personal data is required to register."),
        )
        self.ready()

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        entered = {
            "성명": values["성명"],  # korean-data
            "연락처": values["연락처"],  # korean-data
            "등록일": self.day,  # korean-data
            "등록창구": event_desk(self.page),  # korean-data
        }
        command = replace(
            seeker_command(entered, self.ctx.today()),
            consented=values.get(CONSENT_FIELD) is True,
        )
        events, actor = self.ctx.workspace.events, self.ctx.actor
        event_no = self.page.row.event_no

        def op(_progress: Any) -> Any:
            # One unit of work: registered and taking part, or neither.
            return events.walk_in(actor, event_no, command)[0]

        return op
