"""The forms of the work done with a seeker: a session, a referral, its outcome, a placement.

Each is a :class:`~deskapp.ui.forms.FormPanel` shown in the seeker's record
window (Ctrl+N, Ctrl+R, Ctrl+E, Ctrl+P) and saved with Ctrl+S through the
record service (log_session, refer, record_placement) or, for an outcome, as a
correction. A session, referral or placement is corrected in the same forms
(SessionForm, ReferralEditForm, PlacementEditForm) with the reason asked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QLineEdit, QWidget

from deskapp.domain import fields
from deskapp.domain.commands import placement_command, referral_command, session_command
from deskapp.domain.errors import ValidationError
from deskapp.domain.records import Channel, PlacementKind, RecordKind, ReferralOutcome, Verification
from deskapp.services.browse import OpeningItem, TimelineEntry
from deskapp.services.corrections import EditableRecord
from deskapp.ui.context import WorkContext
from deskapp.ui.errors import error_message
from deskapp.ui.forms import FormPanel, free_text, parse_any_date, record_day, short_text
from deskapp.ui.lists import OpeningChoiceModel, RecordTable
from deskapp.ui.workers import Progress, QueryOp

#: (label, referral id) of a seeker's referrals, for choosing one.
ReferralChoice = tuple[str, int]


def referral_choices(entries: Sequence[TimelineEntry]) -> list[ReferralChoice]:
    """A seeker's referrals that are not void, those awaiting their outcome first."""
    referrals = [e for e in entries if e.kind is RecordKind.REFERRAL and not e.void]
    referrals.sort(key=lambda e: not e.referral_pending)  # stable: newest first within each
    return [(f"{e.on.isoformat()} {e.title} ({e.detail})", e.id) for e in referrals]


class SessionForm(FormPanel):
    """상담 (or its correction): the day, how, what was said, and when to call again."""

    def __init__(
        self,
        ctx: WorkContext,
        seeker_no: str,
        parent: QWidget | None = None,
        record: EditableRecord | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Record session")
        self.seeker_no = seeker_no
        today = ctx.today()
        self.date_edit = self.add_line(
            "상담일",  # korean-data
            self.tr("Session date"),
            record_day(today),
            True,
            today.isoformat(),
        )
        self.channel_combo = self.add_combo(
            "상담방법",  # korean-data
            self.tr("Session method"),
            [(c.value, c.value) for c in Channel],
            Channel.VISIT,
        )
        self.notes_edit = self.add_text(
            "상담내용",  # korean-data
            self.tr("Session notes"),
            free_text,
        )
        self.next_edit = self.add_line(
            "다음연락일",  # korean-data
            self.tr("Next contact date"),
            parse_any_date,
            placeholder=self.tr("e.g. 2018-11-06 (blank for none)"),
        )
        self.desk_combo = self.add_desk(
            "상담창구",  # korean-data
            self.tr("Session desk"),
            record is not None,
        )
        self.ready(record)

    def check_value(self, key: str, value: object) -> None:
        if key == "다음연락일":  # korean-data
            session_on, next_on = self.parsed("상담일"), self.parsed("다음연락일")  # korean-data
            if session_on and next_on and next_on < session_on:
                raise ValidationError(key, self.tr("Cannot be earlier than the session date."))

    def field_changed(self, key: str) -> None:
        next_on = self.fields["다음연락일"].value()  # korean-data
        if key == "상담일" and not fields.is_blank(next_on):  # korean-data
            self.check("다음연락일")  # korean-data

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        records, actor = self.ctx.workspace.records, self.ctx.actor
        entered = {**values, "구직자번호": self.seeker_no}  # korean-data
        command = session_command(entered, self.ctx.today())
        return lambda _progress: records.log_session(actor, command)


class ReferralForm(FormPanel):
    """알선: choose an open opening (those fitting the desired job first) and the day."""

    sig_openings_loaded = Signal(int)
    """The open openings are listed: how many."""

    def __init__(
        self, ctx: WorkContext, seeker_no: str, wanted: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Referral")
        self.seeker_no = seeker_no
        self.wanted = wanted
        self._all: list[OpeningItem] = []
        today = ctx.today()
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Narrow by employer name or occupation"))
        self.filter_edit.setAccessibleName(self.tr("Narrow openings"))
        self.filter_edit.textChanged.connect(self._narrow)
        self.closed_check = QCheckBox(self.tr("Show &closed openings too"), self)
        self.closed_check.setToolTip(
            self.tr("Referring to a closed opening asks for confirmation once more.")
        )
        self.closed_check.toggled.connect(lambda _on: self._load())
        find_row = QHBoxLayout()
        find_row.addWidget(self.filter_edit, 1)
        find_row.addWidget(self.closed_check)
        self.form.addRow(self.tr("Find"), find_row)
        self.model = OpeningChoiceModel(wanted, self)
        self.table = RecordTable(self, sortable=False)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 6)
        self.table.sig_activated.connect(lambda _row: self.save())

        def chosen(value: object, name: str) -> object:
            if fields.is_blank(value):
                raise ValidationError(name, self.tr("Select an opening to refer to."))
            return value

        self.opening_field = self.add_field(
            "구인",  # korean-data
            self.tr("Opening"),
            self.table,
            chosen,
            True,
            getter=self._chosen_id,
        )
        self.date_edit = self.add_line(
            "알선일",  # korean-data
            self.tr("Referral date"),
            record_day(today),
            True,
            today.isoformat(),
        )
        self.outcome_combo = self.add_combo(
            "결과",  # korean-data
            self.tr("Result"),
            [(self.tr("(none yet)"), ""), *((o.value, o.value) for o in _PENDING)],
        )
        self.desk_combo = self.add_desk("알선창구", self.tr("Referral desk"))  # korean-data
        self.ready()
        self.table.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self._edited(self.opening_field)
        )
        self._load()

    def _chosen_id(self) -> object:
        row = self.table.current_row()
        item = self.model.item(row) if row >= 0 else None
        return item.id if item is not None else ""

    def _load(self) -> None:
        browse, actor, wanted, today = (
            self.ctx.workspace.browse,
            self.ctx.actor,
            self.wanted,
            self.ctx.today(),
        )
        closed = self.closed_check.isChecked()
        self.show_message(self.tr("Looking for open openings…"))
        QueryOp(
            parent=self,
            op=lambda _p: browse.open_openings(actor, wanted, today, include_closed=closed),
            success=self._loaded,
        ).failure(lambda error: self.show_message(error_message(error))).run_in_background()

    def _loaded(self, openings: list[OpeningItem]) -> None:
        if not shiboken6.isValid(self):
            return
        self._all = openings
        self._narrow(self.filter_edit.text())
        self.set_unchanged("구인")  # korean-data
        fitting = sum(1 for o in openings if o.fits)
        if openings:
            self.show_message("")
        else:
            self.show_message(self.tr("There are no open openings. Register an opening first."))
        self.table.setToolTip(
            self.tr("{count} open openings, {fitting} matching the desired occupation").format(
                count=len(openings), fitting=fitting
            )
        )
        self.sig_openings_loaded.emit(len(openings))

    def _narrow(self, text: str) -> None:
        text = text.strip()
        shown = [
            o
            for o in self._all
            if not text or text in o.employer_name or text in o.occupation or text in o.opening_no
        ]
        self.model.set_rows(shown)
        self.table.select_row(0)

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        records, actor = self.ctx.workspace.records, self.ctx.actor
        data = dict(values)
        chosen = data.pop("구인")  # korean-data
        opening = next(o for o in self._all if o.id == chosen)
        data.update({"구직자번호": self.seeker_no, "구인번호": opening.opening_no})  # korean-data
        command = replace(
            referral_command(data, self.ctx.today()),
            to_closed="closed_opening" in self.confirmed,
        )
        return lambda _progress: records.refer(actor, command)


_PENDING = (ReferralOutcome.PENDING, ReferralOutcome.INTERVIEW)


class OutcomeForm(FormPanel):
    """알선 결과: which referral, and how it ended (or where it stands)."""

    def __init__(
        self,
        ctx: WorkContext,
        choices: Sequence[ReferralChoice],
        selected: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Record referral outcome")
        self.referral_combo = self.add_combo(
            "알선",  # korean-data
            self.tr("Referral"),
            list(choices),
            selected,
            self.tr("Select the referral to record an outcome for."),
        )
        self.outcome_combo = self.add_combo(
            "결과",  # korean-data
            self.tr("Result"),
            [(self.tr("(Select)"), ""), *((o.value, o.value) for o in ReferralOutcome)],
            required_message=self.tr("Select an outcome."),
        )
        self.ready()

    def focus_first(self) -> None:
        self.outcome_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        corrections, actor = self.ctx.workspace.corrections, self.ctx.actor
        chosen, outcome = values["알선"], str(values["결과"])  # korean-data
        referral_id = int(chosen)  # type: ignore[call-overload]
        return lambda _progress: corrections.record_outcome(actor, referral_id, outcome)


class PlacementForm(FormPanel):
    """취업: 알선취업 from one of the seeker's referrals, or 본인취업; how it was confirmed."""

    def __init__(
        self,
        ctx: WorkContext,
        seeker_no: str,
        choices: Sequence[ReferralChoice],
        selected: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Record placement")
        self.seeker_no = seeker_no
        today = ctx.today()
        kind = PlacementKind.REFERRAL if choices else PlacementKind.SELF
        self.kind_combo = self.add_combo(
            "취업구분",  # korean-data
            self.tr("Placement type"),
            [(k.value, k.value) for k in PlacementKind],
            kind,
        )

        def referral_chosen(value: object, name: str) -> object:
            if fields.is_blank(value):
                raise ValidationError(
                    name, self.tr("For a placement via referral, choose the referral.")
                )
            return value

        self.referral_combo = self.add_combo(
            "알선",  # korean-data
            self.tr("Referral"),
            list(choices),
            selected,
        )
        self.fields["알선"].parse = referral_chosen  # korean-data
        self.date_edit = self.add_line(
            "취업일",  # korean-data
            self.tr("Placement date"),
            record_day(today),
            True,
            today.isoformat(),
        )
        self.employer_edit = self.add_line(
            "업체명",  # korean-data
            self.tr("Employer name"),
            short_text,
            placeholder=self.tr(
                "Enter for a self-found placement (for a placement via referral, the "
                "opening's employer)"
            ),
        )
        self.type_edit = self.add_line(
            "고용형태",  # korean-data
            self.tr("Employment type"),
            short_text,
            placeholder=self.tr("e.g. permanent, contract"),
        )
        self.verification_combo = self.add_combo(
            "확인방법",  # korean-data
            self.tr("Verification method"),
            [(self.tr("(not entered)"), ""), *((v.value, v.value) for v in Verification)],
        )
        self.desk_combo = self.add_desk("취업창구", self.tr("Placement desk"))  # korean-data
        self._kind_changed()
        self.ready()

    def field_changed(self, key: str) -> None:
        if key == "취업구분":  # korean-data
            self._kind_changed()

    def _kind_changed(self) -> None:
        referral = self.fields["취업구분"].value() == PlacementKind.REFERRAL.value  # korean-data
        field = self.fields["알선"]  # korean-data
        field.required = referral
        field.editor.setEnabled(referral)
        if not referral:
            field.show(None)

    def submit(self, values: dict[str, object]) -> Callable[[Progress], Any]:
        records, actor = self.ctx.workspace.records, self.ctx.actor
        data = dict(values)
        kind = data.pop("취업구분")  # korean-data
        chosen = data.pop("알선")  # korean-data
        referral_id = (
            int(chosen)  # type: ignore[call-overload]
            if kind == PlacementKind.REFERRAL.value
            else None
        )
        data["구직자번호"] = self.seeker_no  # korean-data
        command = replace(placement_command(data, self.ctx.today()), referral_id=referral_id)
        return lambda _progress: records.record_placement(actor, command)


class ReferralEditForm(FormPanel):
    """알선 correction: its day, desk and result (the seeker and the opening stay)."""

    def __init__(
        self, ctx: WorkContext, record: EditableRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        today = ctx.today()
        self.date_edit = self.add_line(
            "알선일",  # korean-data
            self.tr("Referral date"),
            record_day(today),
            True,
        )
        self.outcome_combo = self.add_combo(
            "결과",  # korean-data
            self.tr("Result"),
            [(self.tr("(none yet)"), ""), *((o.value, o.value) for o in ReferralOutcome)],
        )
        self.desk_combo = self.add_desk("알선창구", self.tr("Referral desk"), True)  # korean-data
        self.ready(record)


class PlacementEditForm(FormPanel):
    """취업 correction: the day, desk, the opening it came from, employer, type, how confirmed."""

    def __init__(
        self, ctx: WorkContext, record: EditableRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        today = ctx.today()
        self.date_edit = self.add_line(
            "취업일",  # korean-data
            self.tr("Placement date"),
            record_day(today),
            True,
        )
        self.opening_edit = self.add_line(
            "구인번호",  # korean-data
            self.tr("Opening no."),
            fields.identifier,
            placeholder=self.tr(
                "Number of the referred opening (blank for a self-found placement)"
            ),
        )
        self.employer_edit = self.add_line(
            "업체명",  # korean-data
            self.tr("Employer name"),
            short_text,
        )
        self.type_edit = self.add_line(
            "고용형태",  # korean-data
            self.tr("Employment type"),
            short_text,
        )
        self.verification_combo = self.add_combo(
            "확인방법",  # korean-data
            self.tr("Verification method"),
            [(self.tr("(not entered)"), ""), *((v.value, v.value) for v in Verification)],
        )
        self.desk_combo = self.add_desk("취업창구", self.tr("Placement desk"), True)  # korean-data
        self.ready(record)
