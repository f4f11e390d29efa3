"""Correcting a record from its window: the form it was registered with, filled with its
values, the reason asked below the fields, saved as one correction (Ctrl+S).

:func:`open_correction` reads the record's current values in a worker and opens
the form for its kind in its own window; only the fields the user changed are
sent, and the services check them as on registration. F2 opens it from a
seeker's, employer's or opening's window (Shift+F2: the timeline entry chosen).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from deskapp.domain.records import RecordKind
from deskapp.services.corrections import Changed, EditableRecord
from deskapp.ui.context import Changes, WorkContext
from deskapp.ui.errors import show_error
from deskapp.ui.forms import EmployerForm, FormDialog, FormPanel, OpeningForm, SeekerForm, open_form
from deskapp.ui.work_forms import PlacementEditForm, ReferralEditForm, SessionForm
from deskapp.ui.workers import QueryOp


def correction_form(
    ctx: WorkContext, record: EditableRecord, extra: Any, parent: QWidget | None = None
) -> FormPanel:
    """The form that corrects ``record`` (``extra``: the groups or accounts it offers)."""
    kind = record.kind
    if kind is RecordKind.SEEKER:
        return SeekerForm(ctx, parent, record, groups=extra)
    if kind is RecordKind.EMPLOYER:
        return EmployerForm(ctx, parent, record, counselors=extra)
    if kind is RecordKind.OPENING:
        employer = record.values.get("업체번호", "")  # korean-data
        return OpeningForm(ctx, employer, str(extra or employer), parent, record)
    if kind is RecordKind.SESSION:
        return SessionForm(ctx, "", parent, record)
    if kind is RecordKind.REFERRAL:
        return ReferralEditForm(ctx, record, parent)
    return PlacementEditForm(ctx, record, parent)


def changed_message(changed: Changed) -> str:
    """‘구직자 D00000001 수정: 연락처, 등록창구’ (or that nothing changed)."""
    from PySide6.QtCore import QCoreApplication

    if not changed.changes:
        return QCoreApplication.translate("record_edit", "Nothing changed.")
    names = ", ".join(c.field for c in changed.changes)
    text = QCoreApplication.translate("record_edit", "{kind} {number} updated: {fields}").format(
        kind=changed.kind.label, number=changed.number, fields=names
    )
    return " ".join([text, *changed.warnings])


def open_correction(
    ctx: WorkContext,
    kind: RecordKind,
    key: str,
    parent: QWidget,
    saved: Callable[[Changed], None],
    opened: Callable[[FormDialog], None] | None = None,
    employer_name: str = "",
) -> None:
    """Read the record (in a worker) and open its correction form; ``saved`` runs with
    what changed, after the save."""
    corrections, actor, workspace = ctx.workspace.corrections, ctx.actor, ctx.workspace

    def load(_progress: Any) -> tuple[EditableRecord, Any]:
        record = corrections.editable(actor, kind, key)
        extra: Any = None
        if kind is RecordKind.SEEKER:
            extra = [g.name for g in workspace.groups.groups()]
        elif kind is RecordKind.EMPLOYER:
            extra = corrections.counselors(actor)
        elif kind is RecordKind.OPENING:
            extra = employer_name
        return record, extra

    def show(result: tuple[EditableRecord, Any]) -> None:
        record, extra = result
        dialog = open_form(correction_form(ctx, record, extra), parent)
        dialog.setObjectName("correction_dialog")

        def done(changed: object) -> None:
            assert isinstance(changed, Changed)
            ctx.message(changed_message(changed))
            ctx.changed(Changes.saved(changed.kind))
            saved(changed)

        dialog.sig_saved.connect(done)
        if opened is not None:
            opened(dialog)

    QueryOp(parent=parent, op=load, success=show).failure(
        lambda error: show_error(parent, error)
    ).run_in_background()
