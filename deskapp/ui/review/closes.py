"""월 마감: close a past month (its figures frozen, its records locked) and reopen one with a
reason; the list shows every close and reopening with who, when and why. Before a close the
confirmation names what is unfinished in the month (미검토 취업, 기한 지난 사후관리, 점검 신호)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.dates import Period
from deskapp.domain.desks import desk_by_code
from deskapp.domain.stats import StatsTable
from deskapp.services.month_close import CloseInfo
from deskapp.services.rules.month_check import MonthUnfinished
from deskapp.ui.context import WorkContext
from deskapp.ui.review.common import LoadingTab, MonthPicker, record_kind_text
from deskapp.ui.review.models import ClosesModel
from deskapp.ui.stats_models import StatsTableModel
from deskapp.ui.widgets import CopyTableView, ReasonDialog
from deskapp.ui.workers import QueryOp

__all__ = ["CloseConfirmDialog", "ClosesTab"]


class CloseConfirmDialog(QDialog):
    """Shows what is unfinished in the month and the figures a close will freeze, and asks
    to go on. With unfinished items closing takes the explicit 그래도 마감하기 (Alt+C);
    Enter and Esc go back."""

    def __init__(
        self,
        year: int,
        month: int,
        table: StatsTable,
        parent: QWidget | None = None,
        unfinished: MonthUnfinished | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("close_confirm_dialog")
        self.setWindowTitle(self.tr("Month close — {month}/{year}").format(year=year, month=month))
        text = QLabel(
            self.tr(
                "Closing {month}/{year} fixes the figures below, and this month's "
                "records cannot be added, edited or voided until a team lead reopens "
                "it.\nClose the month?"
            ).format(year=year, month=month),
            self,
        )
        text.setWordWrap(True)
        self.model = StatsTableModel(self)
        self.model.set_table(table)
        self.view = CopyTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Results table to be fixed"))
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.unfinished_label = QLabel(self)
        self.unfinished_label.setWordWrap(True)
        self.unfinished_view = QTreeWidget(self)
        self.unfinished_view.setAccessibleName(self.tr("Unfinished work"))
        self.unfinished_view.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Desk"),
                self.tr("Record"),
                self.tr("Job seeker"),
                self.tr("Details"),
            ]
        )
        self.unfinished_view.setUniformRowHeights(True)
        pending = unfinished is not None and not unfinished.empty
        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton(
            self.tr("&Close anyway") if pending else self.tr("Close month"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Go back") if pending else self.tr("Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        # With unfinished items Enter goes back: closing anyway is said explicitly.
        self.close_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)
        (self.cancel_button if pending else self.close_button).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.unfinished_label)
        layout.addWidget(self.unfinished_view, 2)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self._show_unfinished(unfinished)
        self.resize(760, 520 if pending else 300)
        (self.unfinished_view if pending else self.close_button).setFocus()

    def _show_unfinished(self, found: MonthUnfinished | None) -> None:
        """The summary line and, grouped, the items (none shown when nothing is unfinished)."""
        if found is None:
            self.unfinished_label.hide()
            self.unfinished_view.hide()
            return
        if found.empty:
            self.unfinished_label.setText(
                self.tr(
                    "Nothing is unfinished this month (unreviewed placements, overdue "
                    "follow-ups and review flags are all 0)."
                )
            )
            self.unfinished_view.hide()
            return
        titles = {
            "unreviewed": self.tr("{n} unreviewed placements"),
            "overdue": self.tr("{n} overdue follow-ups"),
            "flags": self.tr("{n} review flags"),
        }
        counts = [titles[name].format(n=f"{len(found.group(name)):,}") for name in titles]
        self.unfinished_label.setText(
            self.tr(
                "This month has unfinished work: {counts}. Go back and finish it, or "
                "to close as it is, press 'Close anyway' (Alt+C)."
            ).format(counts=", ".join(counts))
        )
        for name, title in titles.items():
            items = found.group(name)
            group = QTreeWidgetItem([title.format(n=f"{len(items):,}")])
            group.setFirstColumnSpanned(True)
            group.addChildren(
                [
                    QTreeWidgetItem(
                        [
                            item.on.isoformat(),
                            desk_by_code(item.desk).short_name,
                            f"{record_kind_text(item.record_kind)} {item.record_id}",
                            item.seeker_name,
                            item.what,
                        ]
                    )
                    for item in items
                ]
            )
            self.unfinished_view.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            group.setExpanded(bool(items))
        first = self.unfinished_view.topLevelItem(0)
        if first is not None:  # always: the three groups were just added
            self.unfinished_view.setCurrentItem(first)
        for column in range(4):
            self.unfinished_view.resizeColumnToContents(column)

    def listed(self) -> dict[str, list[list[str]]]:
        """The groups as shown: each title with its rows' cells (for reading back)."""
        shown: dict[str, list[list[str]]] = {}
        for g in range(self.unfinished_view.topLevelItemCount()):
            group = self.unfinished_view.topLevelItem(g)
            assert group is not None  # g < topLevelItemCount()
            rows = []
            for r in range(group.childCount()):
                child = group.child(r)
                assert child is not None  # r < childCount()
                rows.append([child.text(c) for c in range(5)])
            shown[group.text(0)] = rows
        return shown


class ClosesTab(LoadingTab):
    """The month closes, and the two actions on them."""

    sig_loaded = Signal(object)
    """The closes arrived: the list of CloseInfo shown (newest first)."""
    sig_closed = Signal(int, int)
    """A month was closed: year, month."""
    sig_reopened = Signal(int, int)
    """A month was reopened: year, month."""

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        workspace, actor = context.workspace, context.actor
        super().__init__(parent)
        self.workspace = workspace
        self.actor = actor
        self.confirm_dialog: CloseConfirmDialog | None = None
        self.reason_dialog: ReasonDialog | None = None
        self._notice = ""

        explanation = QLabel(
            self.tr(
                "A closed month's results stay fixed at the figures at closing, and "
                "its records cannot be added, edited or voided. Reopening a month is "
                "kept in the access log with the reason."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.picker = MonthPicker(workspace.month_close.today(), parent=self)
        month_label = QLabel(self.tr("Month to close (&P):"), self)
        month_label.setBuddy(self.picker.year_spin)
        self.close_button = QPushButton(self.tr("Close month… (&K)"), self)
        self.close_button.setToolTip(
            self.tr("Checks the figures for the chosen month, then closes it.")
        )
        self.close_button.clicked.connect(self.start_close)
        self.reopen_button = QPushButton(self.tr("Reopen month… (&U)"), self)
        self.reopen_button.setToolTip(
            self.tr(
                "Reopens the closed month selected in the list (or chosen above), with a reason."
            )
        )
        self.reopen_button.clicked.connect(self.start_reopen)

        self.model = ClosesModel(self)
        self.view = CopyTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Close history"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)

        top = QHBoxLayout()
        top.addWidget(month_label)
        top.addWidget(self.picker)
        top.addWidget(self.close_button)
        top.addWidget(self.reopen_button)
        top.addStretch(1)
        top.addWidget(self.bar)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)
        order: list[QWidget] = [
            *self.picker.focus_order(),
            self.close_button,
            self.reopen_button,
            self.view,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.picker)

    # -- loading -------------------------------------------------------------------------

    def load(self) -> None:
        """Read every close and reopening (in the background)."""
        month_close, actor = self.workspace.month_close, self.actor
        self._run(lambda _progress: month_close.closes(actor), self._loaded)

    def _loaded(self, closes: list[CloseInfo]) -> None:
        self.model.set_rows(closes)
        if self._notice:
            self.status_label.show_text(self._notice)
            self._notice = ""
        self.sig_loaded.emit(closes)

    def _row_changed(self, current: object, _previous: object) -> None:
        info = self.model.item(self.view.currentIndex().row())
        if info is not None:
            self.picker.set_month(info.year, info.month)

    # -- closing -------------------------------------------------------------------------

    def start_close(self) -> None:
        """마감하기: count the chosen month and what is unfinished in it (in the background),
        show both, close when confirmed."""
        year, month = self.picker.year(), self.picker.month()
        statistics, month_close, actor = (
            self.workspace.statistics,
            self.workspace.month_close,
            self.actor,
        )
        self.status_label.show_text(
            self.tr("Counting figures and unfinished work for {label}…").format(
                label=self.picker.label()
            )
        )

        def count(_progress: object) -> tuple[StatsTable, MonthUnfinished]:
            table = statistics.table(actor, Period.month(year, month))
            return table, month_close.unfinished(actor, year, month)

        QueryOp(
            parent=self, op=count, success=lambda found: self._confirm(year, month, *found)
        ).failure(self._failed).with_progress(self.bar).run_in_background()

    def _confirm(
        self, year: int, month: int, table: StatsTable, unfinished: MonthUnfinished
    ) -> None:
        self.bar.hide()
        self.status_label.show_text("")
        dialog = CloseConfirmDialog(year, month, table, self, unfinished)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Nothing unfinished was shown: anything that appears meanwhile refuses the close.
        anyway = not unfinished.empty
        dialog.accepted.connect(lambda: self._close(year, month, anyway))
        self.confirm_dialog = dialog
        dialog.open()

    def _close(self, year: int, month: int, anyway: bool) -> None:
        month_close, actor = self.workspace.month_close, self.actor

        def done(_table: StatsTable) -> None:
            self._notice = self.tr("Closed {month}/{year}.").format(year=year, month=month)
            self.status_label.show_text(self._notice)
            self.sig_closed.emit(year, month)
            self.load()

        QueryOp(
            parent=self,
            op=lambda _progress: month_close.close_month(
                actor, year, month, even_if_unfinished=anyway
            ),
            success=done,
        ).failure(self._failed).with_progress(self.bar).run_in_background()

    def _failed(self, error: BaseException) -> None:
        self.bar.hide()
        self.status_label.show_error(error)

    # -- reopening -----------------------------------------------------------------------

    def _month_to_reopen(self) -> tuple[int, int] | None:
        info = self.model.item(self.view.currentIndex().row())
        if info is not None and info.reopened_at is None:
            return info.year, info.month
        chosen = (self.picker.year(), self.picker.month())
        return chosen if chosen in self.model.closed_months() else None

    def start_reopen(self) -> ReasonDialog | None:
        """마감 해제: ask the reason (required), then reopen the month."""
        month = self._month_to_reopen()
        if month is None:
            self.status_label.show_text(
                self.tr("Select the month to reopen in the list (a closed month)."), error=True
            )
            return None
        year, number = month
        dialog = ReasonDialog(
            self.tr("Reopen {month}/{year}").format(year=year, month=number),
            self.tr(
                "&Reopening lets this month's records be changed again, and statistics "
                "are counted from the records again. Enter the reason for reopening "
                "(it is kept in the access log).\nReason:"
            ),
            self.tr("Reopen"),
            self,
            stays_open=True,
            min_length=0,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_reason.connect(lambda reason: self._reopen(dialog, year, number, reason))
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def _reopen(self, dialog: ReasonDialog, year: int, month: int, reason: str) -> None:
        month_close, actor = self.workspace.month_close, self.actor

        def done(_result: object) -> None:
            dialog.done_ok()
            self._notice = self.tr("Reopened {month}/{year} (reason: {reason}).").format(
                year=year, month=month, reason=reason
            )
            self.status_label.show_text(self._notice)
            self.sig_reopened.emit(year, month)
            self.load()

        dialog.ok_button.setEnabled(False)

        def failed(error: BaseException) -> None:
            dialog.ok_button.setEnabled(True)
            dialog.show_error(error)  # the service says what is missing; the dialog stays

        QueryOp(
            parent=dialog,
            op=lambda _progress: month_close.reopen_month(actor, year, month, reason),
            success=done,
        ).failure(failed).with_progress(dialog.bar).run_in_background()
