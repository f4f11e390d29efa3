"""취업 검토: a month's placements by desk and counselor, how each was verified and where it
came from, and the team lead's 검토 완료 (Ctrl+Enter on the selected rows)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.desks import DESKS
from deskapp.services.placement_review import ReviewItem
from deskapp.ui.context import WorkContext
from deskapp.ui.lists import RecordTable
from deskapp.ui.review.common import LoadingTab, MonthPicker, compact_rows
from deskapp.ui.review.models import PlacementsModel, TallyModel, placement_tally
from deskapp.ui.widgets import CopyTableView
from deskapp.ui.workers import QueryOp

__all__ = ["PlacementsTab"]


class PlacementsTab(LoadingTab):
    """The placements of a period for review, with a summary by desk and counselor above."""

    sig_loaded = Signal(object)
    """The placements arrived: the list of ReviewItem shown."""
    sig_reviewed = Signal(int)
    """Placements were marked reviewed: how many."""
    sig_open_seeker = Signal(int)
    """Enter on a placement: its seeker's id."""

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        workspace, actor = context.workspace, context.actor
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self._notice = ""  # what the last action did, kept above the reloaded counts

        self.picker = MonthPicker(workspace.month_close.today(), whole_year=True, parent=self)
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.picker.year_spin)
        self.desk_combo = QComboBox(self)
        self.desk_combo.addItem(self.tr("All desks"), None)
        for desk in DESKS:
            self.desk_combo.addItem(desk.short_name, desk.code)
        self.desk_combo.setAccessibleName(self.tr("Desk"))
        desk_label = QLabel(self.tr("Des&k:"), self)
        desk_label.setBuddy(self.desk_combo)
        self.query_button = QPushButton(self.tr("Search (&Q)"), self)
        self.query_button.setToolTip(
            self.tr("Loads placements for the chosen period and desk (Enter)")
        )
        self.query_button.clicked.connect(self.load)
        self.picker.sig_changed.connect(self.load_soon)
        self.desk_combo.currentIndexChanged.connect(lambda _index: self.load_soon())

        self.tally_model = TallyModel(
            [
                self.tr("Via referral"),
                self.tr("Self-found"),
                self.tr("Total"),
                self.tr("Unreviewed"),
            ],
            self,
        )
        self.tally_view = CopyTableView(self)
        self.tally_view.setModel(self.tally_model)
        self.tally_view.setAccessibleName(self.tr("Placements by desk and counselor"))
        compact_rows(self.tally_view)

        self.model = PlacementsModel(self)
        self.view = RecordTable(self, plain=True)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Placements to review"))
        self.view.setToolTip(
            self.tr(
                "Enter: open job seeker record · Shift+arrow keys: select several · "
                "Ctrl+Enter: mark reviewed"
            )
        )
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.sig_activated.connect(self._row_entered)

        self.review_action = QAction(self.tr("Reviewed"), self)
        self.review_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.review_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.review_action.triggered.connect(self.mark_reviewed)
        self.addAction(self.review_action)
        self.review_button = QPushButton(self.tr("Mark reviewe&d"), self)
        self.review_button.setToolTip(
            self.tr("Marks the selected placements as reviewed (Ctrl+Enter)")
        )
        self.review_button.clicked.connect(self.mark_reviewed)
        self.selection_label = QLabel(self)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)

        top = QHBoxLayout()
        top.addWidget(period_label)
        top.addWidget(self.picker)
        top.addSpacing(12)
        top.addWidget(desk_label)
        top.addWidget(self.desk_combo)
        top.addWidget(self.query_button)
        top.addStretch(1)
        top.addWidget(self.bar)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tally_view)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 400])
        splitter.setChildrenCollapsible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.selection_label)
        bottom.addWidget(self.review_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        order: list[QWidget] = [
            *self.picker.focus_order(),
            self.desk_combo,
            self.query_button,
            self.tally_view,
            self.view,
            self.review_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.view)
        self._selection_changed()

    # -- loading -------------------------------------------------------------------------

    def load(self) -> None:
        """Read the placements of the chosen period and desk (in the background)."""
        placement_review, actor = self.workspace.placement_review, self.actor
        period, desk = self.picker.period(), self.desk_combo.currentData()
        self._run(
            lambda _progress: placement_review.placements(actor, period, desk),
            self._loaded,
            self.tr("Loading placements for {period}…").format(period=self.picker.label()),
        )

    def _loaded(self, items: list[ReviewItem]) -> None:
        current = self.model.item(self.view.currentIndex().row())
        self.model.set_rows(items)
        self.tally_model.set_rows(placement_tally(items, self.tr("Desk total")))
        open_ = sum(1 for i in items if i.reviewed_at is None)
        counts = self.tr("{period}: {count} placements, {open} unreviewed").format(
            period=self.picker.label(), count=f"{len(items):,}", open=f"{open_:,}"
        )
        self.status_label.show_text(f"{self._notice} {counts}".strip())
        self._notice = ""
        row = self.model.row_of(current.id) if current is not None else -1
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(max(row, 0), 0))
        self.sig_loaded.emit(items)

    # -- actions -------------------------------------------------------------------------

    def selected_items(self) -> list[ReviewItem]:
        items = [self.model.item(row) for row in self.view.selected_rows()]
        return [item for item in items if item is not None]

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected_items()
        waiting = [i for i in chosen if i.reviewed_at is None]
        self.selection_label.setText(
            self.tr("{count} selected ({open} unreviewed)").format(
                count=len(chosen), open=len(waiting)
            )
            if chosen
            else ""
        )
        self.review_button.setEnabled(bool(waiting))

    def mark_reviewed(self) -> None:
        """검토 완료: mark the selected placements not yet reviewed (Ctrl+Enter)."""
        chosen = self.selected_items()
        ids = [i.id for i in chosen if i.reviewed_at is None]
        if not chosen:
            self.status_label.show_text(
                self.tr(
                    "Select placements to review (Shift+arrow keys for several, Ctrl+A for all)."
                )
            )
            return
        if not ids:
            self.status_label.show_text(
                self.tr("All selected placements have already been reviewed.")
            )
            return
        placement_review, actor = self.workspace.placement_review, self.actor
        self.review_button.setEnabled(False)

        def done(count: int) -> None:
            self._notice = self.tr("Marked {count} placements as reviewed.").format(count=count)
            self.status_label.show_text(self._notice)
            self.sig_reviewed.emit(count)
            self.load()

        def failed(error: BaseException) -> None:
            self.status_label.show_error(error)
            self._selection_changed()

        QueryOp(
            parent=self,
            op=lambda _progress: placement_review.mark_reviewed(actor, ids),
            success=done,
        ).failure(failed).with_progress(self.bar).run_in_background()

    def _row_entered(self, row: int) -> None:
        item = self.model.item(row)
        if item is not None:
            self.sig_open_seeker.emit(int(item.seeker_id))
