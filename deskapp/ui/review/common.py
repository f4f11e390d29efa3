"""Pieces the 검토 tabs share: a month picker, background loading with stale results
dropped, and the Korean names of things (the table and the reason dialog are the UI kit's:
:class:`deskapp.ui.lists.RecordTable`, :class:`deskapp.ui.widgets.ReasonDialog`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QSpinBox,
    QTableView,
    QWidget,
)

from deskapp.domain.dates import Period
from deskapp.ui.admin.common import StatusLabel, busy_bar, local_time
from deskapp.ui.widgets import year_suffix
from deskapp.ui.workers import QueryOp

__all__ = [
    "LoadingTab",
    "MonthPicker",
    "StatusLabel",
    "busy_bar",
    "compact_rows",
    "last_full_month",
    "percent_text",
    "record_kind_text",
    "stamp_text",
]

_LOAD_DELAY_MS = 250  # a year typed digit by digit is one query, not four


def last_full_month(today: date) -> tuple[int, int]:
    """The month before ``today``'s: the last one a team lead can close or review whole."""
    return (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)


def stamp_text(who: str | None, at: datetime | None) -> str:
    """``팀장 · 2018-10-30 14:05``: who did something and when (stored naive UTC)."""
    if at is None:
        return ""
    return f"{who or '?'} · {local_time(at):%Y-%m-%d %H:%M}"


def percent_text(rate: float | None) -> str:
    return "" if rate is None else f"{rate:.1%}"


def record_kind_text(kind: str) -> str:
    """The Korean name of a record kind as the review service spells it."""
    names = {
        "job_seeker": QCoreApplication.translate("review", "Job seeker"),
        "job_opening": QCoreApplication.translate("review", "Opening"),
        "session": QCoreApplication.translate("review", "Sessions"),
        "referral": QCoreApplication.translate("review", "Referral"),
        "placement": QCoreApplication.translate("review", "Placement"),
    }
    return names.get(kind, kind)


def compact_rows(view: QTableView) -> None:
    """Rows one line high and columns as wide as their contents: a summary shows more lines."""
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(False)


class MonthPicker(QWidget):
    """A year and a month; with ``whole_year`` the month list starts with 연간 (the year)."""

    sig_changed = Signal()
    """The chosen period changed (no arguments: ask :meth:`period`)."""

    def __init__(
        self, today: date, whole_year: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(1990, today.year)
        self.year_spin.setSuffix(year_suffix())
        self.year_spin.setAccessibleName(self.tr("Year"))
        self.month_combo = QComboBox(self)
        if whole_year:
            self.month_combo.addItem(self.tr("Whole year"), 0)
        for month in range(1, 13):
            self.month_combo.addItem(self.tr("Month {month}").format(month=month), month)
        self.month_combo.setAccessibleName(self.tr("Month"))
        self.set_month(*last_full_month(today))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.year_spin)
        layout.addWidget(self.month_combo)
        self.setFocusProxy(self.year_spin)
        self.year_spin.valueChanged.connect(lambda _value: self.sig_changed.emit())
        self.month_combo.currentIndexChanged.connect(lambda _index: self.sig_changed.emit())

    def set_month(self, year: int, month: int) -> None:
        """Choose a month (0 for the whole year when offered)."""
        blocked = self.blockSignals(True)
        self.year_spin.setValue(year)
        index = self.month_combo.findData(month)
        if index >= 0:
            self.month_combo.setCurrentIndex(index)
        self.blockSignals(blocked)
        self.sig_changed.emit()

    def year(self) -> int:
        return self.year_spin.value()

    def month(self) -> int:
        """The chosen month; 0 for the whole year."""
        return int(self.month_combo.currentData())

    def period(self) -> Period:
        month = self.month()
        return Period.month(self.year(), month) if month else Period.year(self.year())

    def label(self) -> str:
        """``2018년 9월`` or ``2018년``."""
        if self.month():
            return self.tr("{month}/{year}").format(year=self.year(), month=self.month())
        return self.tr("{year}").format(year=self.year())

    def focus_order(self) -> list[QWidget]:
        return [self.year_spin, self.month_combo]


class LoadingTab(QWidget):
    """A tab that loads from a service in the background when shown or when asked.

    Subclasses implement :meth:`load`, starting their work with :meth:`_run`; a
    result that arrives after a newer load was asked for is dropped.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._serial = 0
        self._loaded_once = False
        self._stale = True
        self.status_label = StatusLabel(self)
        self.bar: QProgressBar = busy_bar(self)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(_LOAD_DELAY_MS)
        self._delay.timeout.connect(self.load)

    def load(self) -> None:
        raise NotImplementedError

    def load_soon(self) -> None:
        """Load after a short pause (the picker may still be changing)."""
        self._delay.start()

    def mark_stale(self) -> None:
        """Records changed: load again now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self._load_if_stale)

    def _load_if_stale(self) -> None:
        if self._stale:
            self.load()

    def _run(
        self,
        op: Callable[[Any], Any],
        success: Callable[[Any], None],
        busy_text: str = "",
    ) -> None:
        self._delay.stop()
        self._stale = False
        self._serial += 1
        serial = self._serial
        if busy_text:
            self.status_label.show_text(busy_text)

        def done(result: Any) -> None:
            if serial == self._serial:
                self.bar.hide()
                self.status_label.show_text("")
                success(result)

        def failed(error: BaseException) -> None:
            if serial == self._serial:
                self.bar.hide()
                self.status_label.show_error(error)

        QueryOp(parent=self, op=op, success=done).failure(failed).with_progress(
            self.bar
        ).run_in_background()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The pickers pass Enter on: it means "load now" anywhere on the tab.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.load()
            event.accept()
            return
        super().keyPressEvent(event)
