"""구직자 병합 (team leads): the record that stays and its duplicate, each found by what a
counselor knows (a name fragment, 초성 such as ㅎㄱㄷ or 홍ㄱ, the phone's last four
digits, or the 구직자번호) and chosen from a short list; the first 병합 shows who is
who, the second merges; 되돌리기 undoes the last merge. Two records whose birth date,
sex or phone differ are shown side by side and merged only when the user ticks that
they are one person and writes why."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.access import Actor
from deskapp.domain.dates import format_date
from deskapp.domain.korean import with_particle
from deskapp.services.browse import SeekerItem
from deskapp.services.merging import Difference
from deskapp.services.workspace import Workspace
from deskapp.ui.admin.common import StatusLabel
from deskapp.ui.context import WorkContext, desk_short_name
from deskapp.ui.forms import fit_later
from deskapp.ui.search import SeekerLookup
from deskapp.ui.workers import QueryOp

__all__ = ["MergeDialog", "SeekerPicker"]

#: Typing pauses this long before the search runs.
DEBOUNCE_MS = 250
_SHOWN_ROWS = 5


def _exact(workspace: Workspace, actor: Actor, number: str) -> SeekerItem | None:
    """The live seeker whose 구직자번호 is ``number``, if any (runs in a worker)."""
    for item in workspace.browse.search_seekers(actor, number):
        if item.seeker_no == number:
            return item
    return None


class SeekerPicker(SeekerLookup):
    """One seeker chosen by search: an edit, the matches under it, and who was chosen.

    Typing waits :data:`DEBOUNCE_MS`, then ``browse.search_seekers`` runs in a worker;
    each search carries a serial number and an answer to an older text is dropped.
    Down moves into the matches, Enter (or a double-click) on a row chooses it; Enter
    in the edit chooses an exact 구직자번호 (or the only match) at once. Editing the
    text again drops the choice.
    """

    sig_chosen = Signal(object)
    """The choice changed: the chosen SeekerItem, or None when the choice was dropped."""
    sig_picked = Signal()
    """The user chose (Enter or a double-click): the dialog may move on."""

    def __init__(self, context: WorkContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(debounce_ms=DEBOUNCE_MS, shown_rows=_SHOWN_ROWS, parent=parent)
        self.workspace = context.workspace
        self.actor = context.actor
        self.title = title
        self._chosen: SeekerItem | None = None

        self.edit.setAccessibleName(self.tr("Find {title}").format(title=title))
        self.edit.setPlaceholderText(
            self.tr(
                "Name, initial consonants ({examples}), last 4 digits of phone number or "
                "job seeker number"
            ).format(examples="ㅎㄱㄷ, 홍ㄱ")  # korean-data: what is typed
        )
        self.edit.textEdited.connect(self._edited)

        self.table = self._matches
        self.table.setAccessibleName(self.tr("{title}: job seekers found").format(title=title))
        self.table.sig_activated.connect(self._choose_row)

        self.chosen_label = QLabel(self)
        self.chosen_label.setTextFormat(Qt.TextFormat.PlainText)
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chosen_label.setAccessibleName(self.tr("{title}: chosen person").format(title=title))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.table)
        layout.addWidget(self.chosen_label)
        self.setFocusProxy(self.edit)
        self.setMinimumWidth(  # every column, 구직자번호 last, without scrolling sideways
            self.table.horizontalHeader().length()
            + 2 * self.table.frameWidth()
            + self.table.verticalScrollBar().sizeHint().width()
        )
        self._show_choice()

    # -- the choice ----------------------------------------------------------------------

    @property
    def chosen(self) -> SeekerItem | None:
        """The seeker chosen, or None."""
        return self._chosen

    def choose(self, item: SeekerItem | None) -> None:
        """Make ``item`` the choice (None drops it); the edit then shows its 구직자번호."""
        self._chosen = item
        if item is not None:
            self._cancel()  # an answer still on its way is for the old text
            self.edit.setText(item.seeker_no)
            self._clear_matches()
        self._show_choice()
        self.sig_chosen.emit(item)

    def describe(self, item: SeekerItem) -> str:
        """Who ``item`` is, told apart from namesakes: number, birth year, desk, day."""
        desk = desk_short_name(item.desk)
        if item.site:
            desk = f"{desk} ({item.site})"
        parts = [f"{item.name} ({item.seeker_no})", item.birth, item.phone, desk]
        parts.append(self.tr("Registered {day}").format(day=format_date(item.registered_on)))
        if item.counselor_name:
            parts.append(self.tr("Counselor {name}").format(name=item.counselor_name))
        return " · ".join(part for part in parts if part)

    def _show_choice(self) -> None:
        font = self.chosen_label.font()
        font.setBold(self._chosen is not None)
        self.chosen_label.setFont(font)
        if self._chosen is not None:
            self.chosen_label.setText(
                self.tr("Chosen record: {who}").format(who=self.describe(self._chosen))
            )
        else:
            self.chosen_label.setText(self.tr("Nothing chosen yet."))

    def _choose_row(self, row: int) -> None:
        item = self.model.item(row)
        if item is not None:
            self.choose(item)
            self.sig_picked.emit()

    # -- searching -----------------------------------------------------------------------

    def _edited(self, _text: str) -> None:
        self._cancel()  # drop any answer to what was typed before
        if self._chosen is not None:
            self.choose(None)
        if self.text():
            self.timer.start()
        else:
            self.search_now()  # nothing to look for: the old matches go at once

    def _searcher(self) -> Callable[[str], list[SeekerItem]]:
        return partial(self.workspace.browse.search_seekers, self.actor)

    def _answered(self, text: str, found: list[SeekerItem]) -> None:
        if found:
            self.chosen_label.setText(
                self.tr("‘{text}’: {count} found. Go down with ↓ and choose with Enter.").format(
                    text=text, count=len(found)
                )
            )
        elif text:
            self.chosen_label.setText(self.tr("No job seekers match ‘{text}’.").format(text=text))
        else:
            self._show_choice()
        fit_later(self)

    def _say(self, message: str) -> None:
        self.chosen_label.setText(message)

    # -- keys ----------------------------------------------------------------------------

    def _enter(self) -> None:
        """Enter in the edit: an exact 구직자번호 or the only match is chosen; with more
        matches the cursor goes into them."""
        text = self.text()
        if not text:
            return
        if self._chosen is not None and text == self._chosen.seeker_no:
            self.sig_picked.emit()
            return
        if not self._current():
            self._wait_then(self._enter)
            return
        found = self.model.rows()
        exact = next((item for item in found if item.seeker_no == text), None)
        if exact is None and len(found) == 1:
            exact = found[0]
        if exact is not None:
            self.choose(exact)
            self.sig_picked.emit()
        elif found:
            self._down()

    def _down(self) -> None:
        if not self._current() and self.text():
            self._wait_then(self._down)
            return
        self._into_matches()

    def _edit_key(self, key: int) -> bool:
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter()
            return True  # never the dialog's default button
        if key == Qt.Key.Key_Down:
            self._down()
            return True
        return False


class MergeDialog(QDialog):
    """Merge a duplicate seeker record into the one that stays, and undo the last merge."""

    sig_merged = Signal(int)
    """A merge was saved: its id (for 되돌리기)."""
    sig_undone = Signal()
    """The last merge was undone."""

    def __init__(
        self, context: WorkContext, last_merge: int | None = None, parent: QWidget | None = None
    ) -> None:
        workspace, actor = context.workspace, context.actor
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Merge job seekers"))
        self.workspace = workspace
        self.actor = actor
        self.last_merge = last_merge
        self._pending: tuple[int, int] | None = None
        self._changes = 0  # a lookup started before a change of choice is dropped
        self.keep_picker = SeekerPicker(context, self.tr("Record to keep"), self)
        self.merge_picker = SeekerPicker(context, self.tr("Duplicate record to merge"), self)
        self.keep_edit = self.keep_picker.edit
        self.merge_edit = self.merge_picker.edit
        for picker in (self.keep_picker, self.merge_picker):
            picker.sig_chosen.connect(self._changed)
        self.status_label = StatusLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Record to &keep:"), self.keep_picker)
        form.addRow(self.tr("&Duplicate record to merge:"), self.merge_picker)
        # Two records that disagree on who the person is: shown side by side, merged only
        # when the user confirms it is one person and says why.
        self.differences: list[Difference] = []
        self.difference_label = QLabel(self)
        self.difference_label.setObjectName("merge_differences")
        self.difference_label.setTextFormat(Qt.TextFormat.RichText)
        self.same_check = QCheckBox(
            self.tr("The records differ, but the&y are the same person"), self
        )
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setAccessibleName(self.tr("Why they are the same person"))
        self.reason_edit.setPlaceholderText(
            self.tr("e.g. changed phone number, confirmed date of birth typo")
        )
        self.difference_box = QGroupBox(self.tr("The two records differ"), self)
        box_layout = QFormLayout(self.difference_box)
        box_layout.addRow(self.difference_label)
        box_layout.addRow(self.same_check)
        box_layout.addRow(self.tr("Reason (&W):"), self.reason_edit)
        self.difference_box.hide()
        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.undo_button = self.buttons.addButton(
            self.tr("&Undo last merge"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button.setAutoDefault(False)
        self.undo_button.setEnabled(last_merge is not None)
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        self.merge_button.setDefault(True)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        self.undo_button.clicked.connect(self.undo)
        self.keep_picker.sig_picked.connect(
            lambda: self.merge_edit.setFocus(Qt.FocusReason.TabFocusReason)
        )
        self.merge_picker.sig_picked.connect(
            lambda: self.merge_button.setFocus(Qt.FocusReason.TabFocusReason)
        )
        hint = QLabel(
            self.tr(
                "The counseling sessions, referrals and placements of the record to "
                "merge move to the record to keep, and the merged record becomes "
                "void.\nSearch by name, initial consonants, last 4 digits of the phone "
                "number or job seeker number, then choose with ↓ and Enter."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.difference_box)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

    def _changed(self, _item: SeekerItem | None) -> None:
        """A choice changed: any confirmation shown was for the old pair."""
        self._pending = None
        self._changes += 1
        self._show_differences([])
        keep, gone = self.keep_picker.chosen, self.merge_picker.chosen
        if keep is not None and gone is not None and keep.id == gone.id:
            self._same()
        else:
            self.status_label.show_text("")

    def _same(self) -> None:
        self.status_label.show_text(self.tr("A record cannot be merged with itself."), error=True)

    def merge(self) -> None:
        """First press: say which record goes into which; second press: merge them."""
        workspace, actor = self.workspace, self.actor
        pending = self._pending
        if pending is not None:
            reason = ""
            if self.differences:
                reason = self.reason_edit.text().strip()
                if not self.same_check.isChecked() or not reason:
                    self.status_label.show_text(
                        self.tr(
                            "The two records differ. If they are the same person, tick the box and "
                            "write the reason."
                        ),
                        error=True,
                    )
                    target = self.reason_edit if self.same_check.isChecked() else self.same_check
                    target.setFocus(Qt.FocusReason.OtherFocusReason)
                    return
            self._pending = None  # a quick third press asks again instead of merging twice
            keep_id, merge_id = pending
            QueryOp(
                parent=self,
                op=lambda _p: workspace.merging.merge(actor, keep_id, merge_id, reason),
                success=self._merged,
            ).failure(self.status_label.show_error).run_in_background()
            return
        missing = [p for p in (self.keep_picker, self.merge_picker) if p.chosen is None]
        if not missing:
            self._confirm()
            return
        # A 구직자번호 typed whole and not yet chosen with Enter still counts.
        wanted = [(picker, picker.text()) for picker in missing]
        for picker, text in wanted:
            if not text:
                self._ask_to_choose(picker)
                return
        changes = self._changes

        def find(_progress: object) -> list[SeekerItem | None]:
            return [_exact(workspace, actor, text) for _picker, text in wanted]

        QueryOp(
            parent=self,
            op=find,
            success=lambda found: self._found(changes, wanted, found),
        ).failure(self.status_label.show_error).run_in_background()

    def _found(
        self,
        changes: int,
        wanted: list[tuple[SeekerPicker, str]],
        found: list[SeekerItem | None],
    ) -> None:
        if changes != self._changes or any(p.text() != text for p, text in wanted):
            return  # the user changed a field meanwhile
        for (picker, _text), item in zip(wanted, found, strict=True):
            if item is None:
                self._ask_to_choose(picker)
                return
        for (picker, _text), item in zip(wanted, found, strict=True):
            picker.choose(item)
        self._confirm()

    def _ask_to_choose(self, picker: SeekerPicker) -> None:
        picker.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.status_label.show_text(
            self.tr("{field}: choose from the list (search, then ↓, Enter).").format(
                field=picker.title
            ),
            error=True,
        )

    def _confirm(self) -> None:
        keep, gone = self.keep_picker.chosen, self.merge_picker.chosen
        if keep is None or gone is None:
            return
        if keep.id == gone.id:
            self._same()
            return
        workspace, actor, changes = self.workspace, self.actor, self._changes
        QueryOp(
            parent=self,
            op=lambda _p: workspace.merging.merge_differences(actor, keep.id, gone.id),
            success=lambda found: self._compared(changes, keep, gone, found),
        ).failure(self.status_label.show_error).run_in_background()

    def _compared(
        self, changes: int, keep: SeekerItem, gone: SeekerItem, found: list[Difference]
    ) -> None:
        if changes != self._changes:
            return  # the choice changed meanwhile
        self._pending = (keep.id, gone.id)
        self._show_differences(found, keep, gone)
        text = self.tr(
            "Merges {gone_obj} into {keep} ({keep_no}). Press Merge again to merge."
        ).format(
            gone_obj=with_particle(f"{gone.name} ({gone.seeker_no})", "을/를"),
            keep=keep.name,
            keep_no=keep.seeker_no,
        )
        if found:
            text = (
                self.tr("The records differ in: {fields_subj}. ").format(
                    fields_subj=with_particle(", ".join(d.field for d in found), "이/가")
                )
                + text
            )
            self.same_check.setFocus(Qt.FocusReason.OtherFocusReason)
        self.status_label.show_text(text, error=bool(found))

    def _show_differences(
        self,
        found: list[Difference],
        keep: SeekerItem | None = None,
        gone: SeekerItem | None = None,
    ) -> None:
        """The fields the two records disagree on, side by side (hidden when none)."""
        self.differences = found
        self.same_check.setChecked(False)
        self.reason_edit.clear()
        if not found or keep is None or gone is None:
            self.difference_box.hide()
            return
        head = "".join(
            f"<th align='left'>{escape(t)}</th>"
            for t in (
                self.tr("Field"),
                f"{keep.name} ({keep.seeker_no})",
                f"{gone.name} ({gone.seeker_no})",
            )
        )
        rows = "".join(
            f"<tr><td>{escape(d.field)}</td><td>{escape(d.kept)}</td><td>{escape(d.merged)}</td></tr>"
            for d in found
        )
        self.difference_label.setText(
            f"<table cellspacing='0' cellpadding='3' border='1'><tr>{head}</tr>{rows}</table>"
        )
        self.difference_box.show()

    def _merged(self, merge_id: int) -> None:
        self._show_differences([])
        self.merge_picker.choose(None)  # that record is void now
        self.merge_edit.clear()
        self._pending = None
        self.last_merge = merge_id
        self.undo_button.setEnabled(True)
        self.status_label.show_text(self.tr("Merged. To undo, press Alt+U."))
        self.sig_merged.emit(merge_id)

    def undo(self) -> None:
        """Undo the last merge made here (or handed in)."""
        merge_id = self.last_merge
        if merge_id is None:
            return
        workspace, actor = self.workspace, self.actor
        QueryOp(
            parent=self,
            op=lambda _p: workspace.merging.undo_merge(actor, merge_id),
            success=lambda _r: self._undone(),
        ).failure(self.status_label.show_error).run_in_background()

    def _undone(self) -> None:
        self.last_merge = None
        self.undo_button.setEnabled(False)
        self.status_label.show_text(self.tr("The merge was undone."))
        self.sig_undone.emit()
