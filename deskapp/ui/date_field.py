"""The one date field of every page: typed as in the forms, or picked from a calendar.

A :class:`DateField` is a line edit read with the forms' parser
(``deskapp.domain.dates.parse_date``): ``2018-10-30``, ``2018.10.30.``,
``2018. 10. 30.`` and ``20181030`` all mean the same day, typed wherever the
cursor is (a QDateEdit took keys only in the section under the cursor, so a
date typed whole or with dots was silently lost). Up and Down step a day,
Page Up and Page Down a month; Alt+Down or F4 opens a calendar (so does the
calendar button at the right end). A text that is not a date is never dropped
in silence: the field turns red, says why in Korean naming the field (its
tooltip, and a tip shown at once when the field is left), and :meth:`day`
raises the same ValidationError for the page to show.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QToolTip, QWidget

from deskapp.domain.dates import PERIOD_YEARS, add_months, format_date, parse_date
from deskapp.domain.errors import ValidationError

_INVALID_STYLE = "QLineEdit { border: 1px solid #b00020; background-color: #fdecee; }"
_EARLIEST = date(PERIOD_YEARS[0], 1, 1)
_LATEST = date(PERIOD_YEARS[1], 12, 31)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _calendar_icon() -> QIcon:
    """A small calendar (a sheet with a bar and a grid of days), drawn: no icon theme needed."""
    size = 16
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QPen(QColor("#505050"), 1))
    painter.drawRect(QRect(1, 2, 13, 12))
    painter.fillRect(QRect(2, 3, 12, 3), QColor("#b00020"))
    for row in range(2):
        for column in range(3):
            painter.fillRect(QRect(3 + column * 4, 8 + row * 3, 2, 2), QColor("#505050"))
    painter.end()
    return QIcon(pixmap)


class DateField(QLineEdit):
    """A day typed in the forms' spellings, stepped with the arrow keys or picked from a
    calendar; wrong text is said in Korean, naming the field (``name``)."""

    sig_date_changed = Signal(object)
    """The text now reads as another day: the ``datetime.date``."""
    sig_invalid = Signal(str)
    """The field was left (or Enter pressed) holding text that is not a day: the message."""

    def __init__(
        self,
        day: date,
        name: str,
        parent: QWidget | None = None,
        earliest: date = _EARLIEST,
        latest: date = _LATEST,
    ) -> None:
        super().__init__(format_date(day), parent)
        self.name = name
        self.earliest, self.latest = earliest, latest
        self._last = day
        self._error = ""
        self._select_on_release = False
        self._hint = self.tr(
            "{name}: enter like 2018-10-30, 2018.10.30. or 20181030. ↑↓ one day, "
            "PgUp·PgDn one month, Alt+↓ calendar."
        ).format(name=name)
        self.setAccessibleName(name)
        self.setToolTip(self._hint)
        self.setPlaceholderText("2018-10-30")
        self.setMaxLength(20)
        self.calendar_action = self.addAction(
            _calendar_icon(), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setToolTip(self.tr("Choose from calendar (Alt+↓)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None
        self.textChanged.connect(self._typed)
        self.editingFinished.connect(self._left)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        wide = self.fontMetrics().horizontalAdvance("2018. 10. 30.") + 48
        return QSize(max(hint.width(), wide), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        wide = self.fontMetrics().horizontalAdvance("2018-10-30") + 40
        return QSize(max(hint.width(), wide), hint.height())

    # -- reading -------------------------------------------------------------------------

    def _read(self) -> date:
        day = parse_date(self.text(), self.name)
        if not self.earliest <= day <= self.latest:
            raise ValidationError(
                self.name,
                self.tr("{day}: enter a date between {first} and {last}.").format(
                    day=format_date(day),
                    first=format_date(self.earliest),
                    last=format_date(self.latest),
                ),
            )
        return day

    def day(self) -> date:
        """The day typed; ValidationError (Korean, naming the field) when it is not one."""
        try:
            return self._read()
        except ValidationError as error:
            self._set_error(error.message)
            raise

    def set_day(self, day: date) -> None:
        """Show ``day`` (sig_date_changed when it is another day)."""
        self.setText(format_date(day))

    def error(self) -> str:
        """The message shown for the text now typed ('' when it is a day)."""
        return self._error

    # -- state ---------------------------------------------------------------------------

    def _set_error(self, message: str) -> None:
        self._error = message
        self.setProperty("invalid", bool(message))
        self.setStyleSheet(_INVALID_STYLE if message else "")
        self.setToolTip(f"{self.name}: {message}" if message else self._hint)

    def _typed(self, _text: str) -> None:
        try:
            day = self._read()
        except ValidationError:
            return  # still being typed: said when the field is left, or when read
        self._set_error("")
        if day != self._last:
            self._last = day
            self.sig_date_changed.emit(day)

    def _left(self) -> None:
        try:
            self._read()
        except ValidationError as error:
            self._set_error(error.message)
            message = f"{self.name}: {error.message}"
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), message, self)
            self.sig_invalid.emit(message)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # A click into the field selects the day, as Tab does: what is typed replaces it.
        # Done when the button is released (the press places the cursor), not by a timer:
        # a queued call could reach a field already deleted.
        self._select_on_release = event.reason() == Qt.FocusReason.MouseFocusReason

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._select_on_release:
            self._select_on_release = False
            if not self.hasSelectedText():  # a drag chose its own part: keep it
                self.selectAll()

    # -- keys ----------------------------------------------------------------------------

    def _step(self, days: int = 0, months: int = 0) -> None:
        try:
            day = self._read()
        except ValidationError:
            day = self._last
        moved = add_months(day, months) if months else date.fromordinal(day.toordinal() + days)
        moved = min(max(moved, self.earliest), self.latest)
        self.set_day(moved)
        self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.open_calendar()
        elif key == Qt.Key.Key_Up and not alt:
            self._step(days=1)
        elif key == Qt.Key.Key_Down:
            self._step(days=-1)
        elif key == Qt.Key.Key_PageUp:
            self._step(months=1)
        elif key == Qt.Key.Key_PageDown:
            self._step(months=-1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- the calendar --------------------------------------------------------------------

    def open_calendar(self) -> QCalendarWidget:
        """Show a calendar under the field on the day typed; a day clicked (or Enter) is
        taken, Esc leaves the field as it was."""
        if self.calendar is None:
            calendar = QCalendarWidget(self)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setGridVisible(True)
            calendar.setAccessibleName(self.tr("{name} calendar").format(name=self.name))
            calendar.setMinimumDate(_qdate(self.earliest))
            calendar.setMaximumDate(_qdate(self.latest))
            calendar.clicked.connect(self._picked)
            calendar.activated.connect(self._picked)
            self.calendar = calendar
        calendar = self.calendar
        try:
            shown = self._read()
        except ValidationError:
            shown = self._last
        calendar.setSelectedDate(_qdate(shown))
        calendar.adjustSize()
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        return calendar

    def _picked(self, picked: QDate) -> None:
        day: date = picked.toPython()  # type: ignore[assignment]
        if self.calendar is not None:
            self.calendar.hide()
        self.set_day(day)
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.selectAll()
