"""점검 신호: patterns worth a team lead's look (``integrity_flags.flags``), counted by desk and
counselor. Enter on a flag about a seeker opens the seeker; on one about another
record, the records of that kind counted at the desk that month (통계 상세), on it."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.dates import Period
from deskapp.services.rules.integrity import FLAG_LABELS, Flag
from deskapp.ui.context import WorkContext
from deskapp.ui.lists import RecordTable
from deskapp.ui.review.common import LoadingTab, MonthPicker, compact_rows
from deskapp.ui.review.drill_down import DrillDownDialog, open_drill_down
from deskapp.ui.review.models import FlagsModel, TallyModel, flag_tally
from deskapp.ui.widgets import CopyTableView

__all__ = ["FlagsTab"]

#: The measure that counts a record kind: its 통계 상세 lists the record.
_MEASURE_OF_KIND = {
    "job_opening": "job_openings",
    "session": "sessions",
    "referral": "referrals",
    "placement": "placements",
}


class FlagsTab(LoadingTab):
    """The flags of a period, and how many each desk and counselor has."""

    sig_loaded = Signal(object)
    """The flags arrived: the list of Flag shown."""
    sig_open_seeker = Signal(int)
    """Enter on a flag about a seeker (or on a record of the 통계 상세 it opened): the id."""

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        workspace, actor, settings = context.workspace, context.actor, context.settings
        super().__init__(parent)
        self.context = context
        self.workspace = workspace
        self.actor = actor
        self.settings = settings
        self.drill_dialog: DrillDownDialog | None = None

        self.picker = MonthPicker(workspace.month_close.today(), whole_year=True, parent=self)
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.picker.year_spin)
        self.picker.sig_changed.connect(self.load_soon)
        self.query_button = QPushButton(self.tr("Search (&Q)"), self)
        self.query_button.clicked.connect(self.load)

        short = {
            "voided_registration": self.tr("Voided right after registration"),
            "placement_without_contact": self.tr("Placement without session or referral"),
            "late_placement": self.tr("Late-entered placement"),
            "bulk_edits": self.tr("Bulk entries and voids"),
        }
        self.tally_model = TallyModel(
            [*(short.get(k, k) for k in FLAG_LABELS), self.tr("Total")], self
        )
        self.tally_view = CopyTableView(self)
        self.tally_view.setModel(self.tally_model)
        self.tally_view.setAccessibleName(self.tr("Review flags by desk and counselor"))
        compact_rows(self.tally_view)

        self.model = FlagsModel(self)
        self.view = RecordTable(self, plain=True)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Review flags"))
        self.view.setToolTip(
            self.tr(
                "Enter: open the job seeker record or the list of those records "
                "(statistics details)"
            )
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.sig_activated.connect(self._row_entered)

        top = QHBoxLayout()
        top.addWidget(period_label)
        top.addWidget(self.picker)
        top.addWidget(self.query_button)
        top.addStretch(1)
        top.addWidget(self.bar)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tally_view)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 400])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_label)
        order: list[QWidget] = [
            *self.picker.focus_order(),
            self.query_button,
            self.tally_view,
            self.view,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.view)

    def load(self) -> None:
        """Look for the flags of the chosen period (in the background)."""
        integrity_flags, actor, period = (
            self.workspace.integrity_flags,
            self.actor,
            self.picker.period(),
        )
        self._run(
            lambda _progress: integrity_flags.flags(actor, period),
            self._loaded,
            self.tr("Checking {period}…").format(period=self.picker.label()),
        )

    def _loaded(self, flags: list[Flag]) -> None:
        self.model.set_rows(flags)
        self.tally_model.set_rows(flag_tally(flags, self.tr("Desk total")))
        self.status_label.show_text(
            self.tr("{period}: {count} review flags").format(
                period=self.picker.label(), count=f"{len(flags):,}"
            )
        )
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.sig_loaded.emit(flags)

    def _row_entered(self, row: int) -> None:
        flag = self.model.item(row)
        if flag is None:
            return
        if flag.record_kind == "job_seeker":
            self.sig_open_seeker.emit(int(flag.record_id))
            return
        measure = _MEASURE_OF_KIND.get(flag.record_kind)
        if measure is None:
            self.status_label.show_text(flag.detail)
            return
        # A Flag names its record, not the record's seeker: the month's 통계 상세 of that
        # kind at the desk lists the record with its seeker, so Enter there opens it.
        name = flag.detail.split(":", 1)[0].strip() if flag.record_kind == "placement" else ""
        dialog = open_drill_down(
            self.context,
            self,
            Period.month(flag.on.year, flag.on.month),
            flag.desk,
            measure,
            record=(flag.record_id, name),
        )
        dialog.sig_open_seeker.connect(self.sig_open_seeker)
        self.drill_dialog = dialog
