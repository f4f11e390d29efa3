"""The 사후관리 page: whom to follow up (no contact, referrals awaiting an outcome,
retention checks due), by due date, the registrations ending this week, and the next
actions due with employers (구인기업체 발굴: Enter opens the employer, Ctrl+Shift+D marks
the chosen one done).

Enter opens the seeker's record; Ctrl+K records a retention check on the chosen
item; Ctrl+G renews the chosen registration. Alt+D sets after how many days
without contact a seeker is listed (kept in the user's settings).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.access import Permission
from deskapp.domain.fields import SHORT_TEXT_MAX
from deskapp.domain.records import RecordKind
from deskapp.services.outreach import OutreachItem
from deskapp.services.registration_periods import Expiring
from deskapp.services.rules.follow_up import DEFAULT_NO_CONTACT_DAYS, WorkItem
from deskapp.ui.casework.models import ExpiringModel, WorkItemsModel, expiring_label
from deskapp.ui.context import WorkContext
from deskapp.ui.lists import RecordTable
from deskapp.ui.outreach import OutreachItemsModel
from deskapp.ui.review.common import LoadingTab
from deskapp.ui.widgets import fit_columns
from deskapp.ui.workers import QueryOp

__all__ = ["NO_CONTACT_KEY", "FollowUpPage", "RetentionDialog"]

#: The user's setting: how many days without contact put a seeker on the list.
NO_CONTACT_KEY = "casework/no_contact_days"


class RetentionDialog(QDialog):
    """Asks a retention check's result: 재직 중 or 이직, and a note."""

    def __init__(self, item: WorkItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retention_dialog")
        self.setWindowTitle(self.tr("Record employment retention check"))
        self.item = item
        self.employed_combo = QComboBox(self)
        self.employed_combo.addItem(self.tr("Still employed"), True)
        self.employed_combo.addItem(self.tr("Changed jobs or left"), False)
        self.employed_combo.setAccessibleName(self.tr("Employment retention"))
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(SHORT_TEXT_MAX)
        self.note_edit.setAccessibleName(self.tr("Note"))
        form = QFormLayout()
        form.addRow(
            QLabel(
                self.tr("{name} · {detail}").format(name=item.seeker_name, detail=item.detail),
                self,
            )
        )
        form.addRow(self.tr("&Employment retention:"), self.employed_combo)
        form.addRow(self.tr("Note (&M):"), self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def employed(self) -> bool:
        return bool(self.employed_combo.currentData())

    def note(self) -> str:
        return self.note_edit.text().strip()


#: What the worklist is made of: a change to these marks the page stale.
SHOWS = frozenset(
    {
        RecordKind.SEEKER,
        RecordKind.SESSION,
        RecordKind.REFERRAL,
        RecordKind.PLACEMENT,
        # an event's people to follow up, the outreach's next actions
        RecordKind.EVENT,
        RecordKind.EVENT_PARTICIPANT,
        RecordKind.CONTACT,
        RecordKind.AGREEMENT,
    }
)


class FollowUpPage(LoadingTab):
    """사후관리: the follow-up worklist and the registrations ending within a week."""

    sig_open_seeker = Signal(int)
    """Enter on a worklist row: the seeker's id."""
    sig_open_employer = Signal(int)
    """Enter on a next action with an employer: the employer's id."""
    sig_changed = Signal()
    """A check was recorded or a registration renewed."""
    sig_counts = Signal(int, int)
    """Loaded: how many worklist items, how many registrations ending soon."""

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casework_page")
        self.context = context
        workspace, actor, settings = context.workspace, context.actor, context.settings
        self.workspace = workspace
        self.actor = actor
        self.settings = settings
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(1, 365)
        self.days_spin.setSuffix(self.tr(" days"))
        self.days_spin.setAccessibleName(self.tr("Days without contact"))
        self.days_spin.setToolTip(self.tr("Job seekers without contact for this long are listed."))
        saved = settings.value(NO_CONTACT_KEY, DEFAULT_NO_CONTACT_DAYS) if settings else None
        try:
            self.days_spin.setValue(int(str(saved or DEFAULT_NO_CONTACT_DAYS)))
        except (TypeError, ValueError):
            self.days_spin.setValue(DEFAULT_NO_CONTACT_DAYS)
        self.days_spin.editingFinished.connect(self._days_changed)
        self.dialog: RetentionDialog | None = None
        self._notice = ""
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        team = actor.can(Permission.REVIEW)  # every desk's lines: say whose each is
        self.work_model = WorkItemsModel(self, team)
        self.work_table = RecordTable(self, plain=True)
        self.work_table.setObjectName("worklist")
        self.work_table.setAccessibleName(self.tr("Follow-up list"))
        self.work_table.setModel(self.work_model)
        self.work_table.sig_activated.connect(self._entered)
        self.expiring_model = ExpiringModel(self, team)
        self.expiring_table = RecordTable(self, plain=True)
        self.expiring_table.setObjectName("expiring")
        self.expiring_table.setAccessibleName(self.tr("Registrations ending this week"))
        self.expiring_table.setModel(self.expiring_model)
        self.expiring_table.sig_activated.connect(lambda _row: self.renew())
        self.outreach_model = OutreachItemsModel(self)
        self.outreach_table = RecordTable(self, plain=True)
        self.outreach_table.setObjectName("outreach_due")
        self.outreach_table.setAccessibleName(self.tr("Employer contact tasks"))
        self.outreach_table.setModel(self.outreach_model)
        self.outreach_table.sig_activated.connect(self._employer_entered)
        # 내용, the seeker or opening, and 할 일 use the free width; the rest fit their text.
        fit_columns(self.work_table, -1)
        fit_columns(self.expiring_table, 2)
        fit_columns(self.outreach_table, 2)

        self.retention_action = self._action(
            self.tr("Record employment retention check"), "Ctrl+K", self.record_retention
        )
        self.renew_action = self._action(self.tr("Renew"), "Ctrl+G", self.renew)
        self.done_action = self._action(
            self.tr("Complete next task"), "Ctrl+Shift+D", self.mark_outreach_done
        )
        work_box = QGroupBox(self.tr("People to contact or check (by due date)"), self)
        work_layout = QVBoxLayout(work_box)
        work_layout.addWidget(self.work_table, 1)
        work_layout.addLayout(self._buttons(self.retention_action))
        expiring_box = QGroupBox(self.tr("Registrations ending this week"), self)
        expiring_layout = QVBoxLayout(expiring_box)
        expiring_layout.addWidget(self.expiring_table, 1)
        expiring_layout.addLayout(self._buttons(self.renew_action))
        outreach_box = QGroupBox(self.tr("Employer contact tasks (by due date)"), self)
        outreach_layout = QVBoxLayout(outreach_box)
        outreach_layout.addWidget(self.outreach_table, 1)
        outreach_layout.addLayout(self._buttons(self.done_action))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(work_box)
        splitter.addWidget(expiring_box)
        splitter.addWidget(outreach_box)
        splitter.setChildrenCollapsible(False)
        hint = QLabel(
            self.tr(
                "Enter: open record · Ctrl+K: record retention check · Ctrl+G: renew "
                "registration · Ctrl+Shift+D: complete employer contact task"
            ),
            self,
        )
        hint.setStyleSheet("color: #555;")
        days_label = QLabel(self.tr("No contact for (&D):"), self)
        days_label.setBuddy(self.days_spin)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(days_label)
        top.addWidget(self.days_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)
        self.bar.hide()
        self.setFocusProxy(self.work_table)

    def _action(self, text: str, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _buttons(self, action: QAction) -> QHBoxLayout:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button = QPushButton(f"{action.text()} ({keys})", self)
        button.setAutoDefault(False)
        button.clicked.connect(action.trigger)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        return row

    # -- loading -------------------------------------------------------------------------

    def load(self) -> None:
        follow_up, periods, actor = (
            self.workspace.follow_up,
            self.workspace.registration_periods,
            self.actor,
        )

        days = self.days_spin.value()

        outreach = self.workspace.outreach

        def op(_progress: Any) -> tuple[list[WorkItem], list[Expiring], list[OutreachItem]]:
            return (
                follow_up.worklist(actor, days),
                periods.expiring(actor, days=7),
                outreach.due(actor),
            )

        self._run(op, self._loaded)

    def _loaded(self, result: tuple[list[WorkItem], list[Expiring], list[OutreachItem]]) -> None:
        work, expiring, due = result
        self.work_model.set_rows(work)
        self.expiring_model.set_rows(expiring)
        self.outreach_model.set_rows(due)
        if due:
            self.outreach_table.selectRow(0)
        self.heading.setText(
            self.tr("Follow-up — {work} tasks · {expiring} registrations ending this week").format(
                work=len(work), expiring=len(expiring)
            )
        )
        if work:
            self.work_table.selectRow(0)
        if expiring:
            self.expiring_table.selectRow(0)
        if self._notice:  # what was just done stays in sight after the list reloads
            self.status_label.show_text(self._notice)
            self._notice = ""
        self.sig_counts.emit(len(work), len(expiring))

    def _days_changed(self) -> None:
        """The no-contact days were set: kept for next time, and the list read again."""
        days = self.days_spin.value()
        if self.settings is not None:
            if self.settings.value(NO_CONTACT_KEY) == days:
                return
            self.settings.setValue(NO_CONTACT_KEY, days)
        self.load()

    # -- acting --------------------------------------------------------------------------

    def current_item(self) -> WorkItem | None:
        return self.work_model.item(self.work_table.currentIndex().row())

    def _entered(self, row: int) -> None:
        item = self.work_model.item(row)
        if item is not None:
            self.sig_open_seeker.emit(item.seeker_id)

    def _employer_entered(self, row: int) -> None:
        item = self.outreach_model.item(row)
        if item is not None:
            self.sig_open_employer.emit(item.employer_id)

    def mark_outreach_done(self) -> None:
        """The chosen next action with an employer is done today."""
        item = self.outreach_model.item(self.outreach_table.currentIndex().row())
        if item is None:
            self.status_label.show_text(self.tr("Choose an employer contact task."), error=True)
            return
        outreach, actor = self.workspace.outreach, self.actor
        QueryOp(
            parent=self,
            op=lambda _p: outreach.mark_done(actor, item.contact_id),
            success=lambda _r: self._acted(
                self.tr("{name}: next task completed.").format(name=item.employer_name)
            ),
        ).failure(self.status_label.show_error).run_in_background()

    def record_retention(self) -> None:
        """Ask the result of the chosen retention check, then record it."""
        item = self.current_item()
        if item is None or item.kind != "retention_due" or item.record_id is None:
            self.status_label.show_text(
                self.tr("Choose an employment retention check item."), error=True
            )
            return
        self.dialog = RetentionDialog(item, self)
        self.dialog.accepted.connect(self._retention_chosen)
        self.dialog.open()

    def _retention_chosen(self) -> None:
        dialog = self.dialog
        assert dialog is not None and dialog.item.record_id is not None
        follow_up, actor, item = self.workspace.follow_up, self.actor, dialog.item
        placement_id, months = dialog.item.record_id, item.months or 0
        employed, note = dialog.employed(), dialog.note()
        QueryOp(
            parent=self,
            op=lambda _p: follow_up.record_retention(actor, placement_id, months, employed, note),
            success=lambda _r: self._acted(self.tr("Employment retention check recorded.")),
        ).failure(self.status_label.show_error).run_in_background()

    def renew(self) -> None:
        """Renew the chosen registration from today."""
        chosen = self.expiring_model.item(self.expiring_table.currentIndex().row())
        if chosen is None:
            return
        periods, actor = self.workspace.registration_periods, self.actor
        QueryOp(
            parent=self,
            op=lambda _p: periods.renew(actor, chosen.kind, chosen.id),
            success=lambda until: self._acted(
                self.tr("{label}: renewed until {until}.").format(
                    label=expiring_label(chosen), until=until.isoformat()
                )
            ),
        ).failure(self.status_label.show_error).run_in_background()

    def _acted(self, text: str) -> None:
        self._notice = text
        self.status_label.show_text(text)
        self.load()
        self.sig_changed.emit()
