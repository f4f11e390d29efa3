"""A walk-in registered at another desk: served here, on the record they already have.

A counselor may not read another desk's seeker's record (the trust rules: of
another desk's seeker only the name, the masked phone, the desk and the day of
registration are shown, and each showing is logged). Such a person who walks in
is still served: :class:`WalkInSessionForm` shows that much of them and logs the
session at the counselor's own desk on their existing record, so nobody is
registered twice. It opens when a counselor's Enter on another desk's seeker is
refused (:class:`~deskapp.ui.seeker_view.SeekerRecords`) and from the duplicate
warning of the registration form (이 구직자에게 상담 기록).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from deskapp.services.browse import SeekerItem
from deskapp.ui.context import WorkContext
from deskapp.ui.work_forms import SessionForm

__all__ = ["WalkInSessionForm"]


class WalkInSessionForm(SessionForm):
    """상담 기록 for a seeker known only by their list row (name, masked phone, desk, day)."""

    def __init__(self, ctx: WorkContext, item: SeekerItem, parent: QWidget | None = None) -> None:
        super().__init__(ctx, item.seeker_no, parent)
        self.item = item
        desk = item.desk_name + (f" ({item.site})" if item.site else "")
        self.title = self.tr("Record session — {name} ({number})").format(
            name=item.name, number=item.seeker_no
        )
        box = QGroupBox(self.tr("Already registered job seeker"), self)
        box.setObjectName("walk_in_person")
        rows = QFormLayout(box)
        self.person_labels: dict[str, QLabel] = {}
        for key, title, value in (
            ("성명", self.tr("Name"), f"{item.name} ({item.seeker_no})"),  # korean-data
            ("연락처", self.tr("Contact"), item.phone or "-"),  # korean-data
            ("등록창구", self.tr("Registration desk"), desk),  # korean-data
            ("등록일", self.tr("Registration date"), item.registered_on.isoformat()),  # korean-data
        ):
            label = QLabel(value, box)
            label.setObjectName(f"walk_in_{key}")
            self.person_labels[key] = label
            rows.addRow(title + ":", label)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("walk_in_note")
        self.note_label.setWordWrap(True)
        if ctx.actor.may_write_at(item.desk):  # their own desk's seeker (or a team lead)
            note = self.tr(
                "Record the session in this person's existing record. Do not register them again."
            )
        else:
            note = self.tr(
                "This job seeker is registered at {desk}. You cannot see that desk's "
                "records (session notes, referrals, placements), but a session held at "
                "this desk can be added to this person's existing record (do not "
                "register them again)."
            ).format(desk=item.desk_name)
        self.note_label.setText(note)
        self.layout_.insertWidget(0, box)
        self.layout_.insertWidget(1, self.note_label)
