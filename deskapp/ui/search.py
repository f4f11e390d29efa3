"""Seekers found as the user types a fragment of a name, its initials (ㄱㅁㅅ, 홍ㄱ), a
phone's last four digits or a 구직자번호.

:class:`SeekerLookup` holds what every such widget shares. Typing restarts a short
timer; when it fires, the search runs in a worker (``browse.search_seekers``) and
its best matches are shown under the edit. Each search carries a serial number: an
answer that arrives after a newer search was started is dropped, so a slow answer
to "김" never replaces the answer to "김민수". A key that needs the answer (Enter
before the timer fired) waits for it and acts when it comes.

:class:`SeekerSearch` is the main window's search box: Down moves into the
suggestions, Enter opens the chosen (or first) seeker, Escape clears the box. The
구직자 병합 dialog's ``SeekerPicker`` is the other one.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from deskapp.services.browse import SEARCH_LIMIT, SeekerFilter, SeekerItem
from deskapp.ui.context import WorkContext
from deskapp.ui.errors import error_message
from deskapp.ui.lists import RecordTable, SeekerItemsModel
from deskapp.ui.workers import QueryOp

DEBOUNCE_MS = 150
_SHOWN_ROWS = 6


class SeekerLookup(QWidget):
    """The edit, the matches under it and the searches behind them, for a widget to lay out.

    A subclass gives the widgets their names and texts, connects the edit's text
    signal to :attr:`timer` (or to :meth:`search_now`), and says how a search is run
    (:meth:`_searcher`), what an answer reads as (:meth:`_answered`), where an error
    is told (:meth:`_say`) and what the keys in the edit do (:meth:`_edit_key`).
    Up from the first match, or Escape, goes back to the edit.
    """

    def __init__(self, *, debounce_ms: int, shown_rows: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._serial = 0  # the newest search's number; an answer to an older one is dropped
        self._searching = False  # a search is on its way
        self._shown_text = ""  # the text whose answer the matches are
        self._after: Callable[[], None] | None = None  # waits for the answer on its way
        self._shown_rows = shown_rows

        self.edit = QLineEdit(self)
        self.edit.setMaxLength(50)
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(debounce_ms)
        self.timer.timeout.connect(self.search_now)

        self.model = SeekerItemsModel(self)
        self._matches = RecordTable(self, sortable=False)
        self._matches.setModel(self.model)
        self._matches.setSelectionMode(RecordTable.SelectionMode.SingleSelection)
        self._matches.installEventFilter(self)
        self._matches.hide()

    # -- what a subclass says ------------------------------------------------------------

    def _searcher(self) -> Callable[[str], list[SeekerItem]]:
        """The search to run in the worker for a text (taken on the GUI thread)."""
        raise NotImplementedError

    def _searching_for(self, text: str) -> None:
        """A search for ``text`` starts (nothing typed: the matches go at once)."""

    def _answered(self, text: str, found: list[SeekerItem]) -> None:
        """The matches for ``text`` are shown (the first selected): say so."""
        raise NotImplementedError

    def _say(self, message: str) -> None:
        """Tell ``message`` (a search failed)."""
        raise NotImplementedError

    def _edit_key(self, key: int) -> bool:
        """A key pressed in the edit: whether it was handled."""
        return False

    # -- searching -----------------------------------------------------------------------

    def text(self) -> str:
        return self.edit.text().strip()

    def search_now(self) -> None:
        """Search for what is typed now (the timer calls this; a key that needs the answer
        does not wait for it)."""
        self.timer.stop()
        text = self.text()
        self._serial += 1
        serial = self._serial
        self._searching_for(text)
        if not text:
            self._searching = False
            self._show(serial, text, [])
            return
        self._searching = True
        search = self._searcher()
        QueryOp(
            parent=self,
            op=lambda _progress: search(text),
            success=lambda found: self._show(serial, text, found),
        ).failure(lambda error: self._failed(serial, error)).run_in_background()

    def _show(self, serial: int, text: str, found: list[SeekerItem]) -> None:
        if serial != self._serial or not shiboken6.isValid(self):
            return  # the user typed on: a newer search is coming
        self._searching = False
        self._shown_text = text
        self.model.set_rows(found)
        self._fit_matches()
        self._matches.setVisible(bool(found))
        if found:
            self._matches.select_row(0)
        self._answered(text, found)
        after, self._after = self._after, None
        if after is not None:
            after()

    def _failed(self, serial: int, error: BaseException) -> None:
        if serial != self._serial or not shiboken6.isValid(self):
            return
        self._searching = False
        self._after = None
        self._say(error_message(error))

    def _fit_matches(self) -> None:
        """As tall as the matches, up to a few rows (the room below stays for the rest)."""
        table = self._matches
        rows = min(max(self.model.rowCount(), 1), self._shown_rows)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += rows * table.verticalHeader().defaultSectionSize()
        if self.model.rowCount() > self._shown_rows:
            height += table.horizontalScrollBar().sizeHint().height() // 2
        table.setFixedHeight(height)

    def _cancel(self) -> None:
        """Drop the search waiting to run, any answer on its way and what waits for it."""
        self.timer.stop()
        self._serial += 1
        self._searching = False
        self._after = None

    def _clear_matches(self) -> None:
        self._shown_text = ""
        self.model.set_rows([])
        self._matches.hide()

    def _current(self) -> bool:
        """Whether the matches shown are the answer for what is typed now."""
        return not self.timer.isActive() and not self._searching and self._shown_text == self.text()

    def _wait_then(self, action: Callable[[], None]) -> None:
        """Run ``action`` once the answer for what is typed now is shown."""
        self._after = action
        if self.timer.isActive() or not self._searching:
            self.search_now()

    # -- keys ----------------------------------------------------------------------------

    def _into_matches(self) -> bool:
        """Down from the edit: the cursor goes into the matches, if there are any."""
        if not self.model.rowCount():
            return False
        self._matches.setFocus(Qt.FocusReason.TabFocusReason)
        self._matches.select_row(max(self._matches.current_row(), 0))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, row = event.key(), self._matches.current_row()
            if watched is self.edit and self._edit_key(key):
                return True
            if watched is self._matches and (
                (key == Qt.Key.Key_Up and row <= 0) or key == Qt.Key.Key_Escape
            ):
                self.edit.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)


class Found(list[SeekerItem]):
    """The suggestions for a text, and how many seekers match it in all: more than are
    shown when the search stopped at its limit."""

    def __init__(self, items: list[SeekerItem], total: int) -> None:
        super().__init__(items)
        self.total = max(total, len(items))


class SeekerSearch(SeekerLookup):
    """The search box with its suggestion list."""

    sig_open_seeker = Signal(int)
    """The user chose a seeker (Enter or a double-click): its id."""
    sig_text_changed = Signal(str)
    """The text settled (after the debounce): the list below may filter by it."""
    sig_searched = Signal(str, int)
    """Suggestions for a text are shown: the text and how many."""

    def __init__(self, ctx: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(debounce_ms=DEBOUNCE_MS, shown_rows=_SHOWN_ROWS, parent=parent)
        self.ctx = ctx

        self.edit.setObjectName("seeker_search")
        self.edit.setPlaceholderText(
            self.tr(
                "Name, initial consonants ({examples}), last 4 digits of phone number or "
                "job seeker number  (Ctrl+F)"
            ).format(examples="ㄱㅁㅅ, 홍ㄱ")  # korean-data: what is typed
        )
        self.edit.setAccessibleName(self.tr("Find job seeker"))
        self.edit.textChanged.connect(lambda _text: self.timer.start())

        self.suggestions = self._matches
        self.suggestions.setObjectName("seeker_suggestions")
        self.suggestions.setAccessibleName(self.tr("Job seekers found"))
        self.suggestions.sig_activated.connect(self._open_row)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("search_status")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.status_label)
        layout.addWidget(self.suggestions)
        self.setFocusProxy(self.edit)

    # -- searching -----------------------------------------------------------------------

    def _searcher(self) -> Callable[[str], list[SeekerItem]]:
        browse, actor = self.ctx.workspace.browse, self.ctx.actor

        def search(text: str) -> list[SeekerItem]:
            found = browse.search_seekers(actor, text)
            total = len(found)
            if total >= SEARCH_LIMIT:  # cut at the limit: how many there are in all
                total = browse.seeker_count(actor, SeekerFilter(text))
            return Found(found, total)

        return search

    def _searching_for(self, text: str) -> None:
        self.sig_text_changed.emit(text)

    def _answered(self, text: str, found: list[SeekerItem]) -> None:
        total = found.total if isinstance(found, Found) else len(found)
        if found and total > len(found):
            self.status_label.setText(
                self.tr(
                    "‘{text}’: first {count} of {total:,} across all desks (narrow your "
                    "search · Enter for the first person, ↓ to choose)"
                ).format(text=text, total=total, count=len(found))
            )
        elif found:
            self.status_label.setText(
                self.tr(
                    "‘{text}’: {count} across all desks (Enter for the first person, ↓ to choose)"
                ).format(text=text, count=len(found))
            )
        elif text:
            none = self.tr("No job seekers match ‘{text}’.")
            self.status_label.setText(none.format(text=text))
        else:
            self.status_label.clear()
        self.sig_searched.emit(text, len(found))

    def _say(self, message: str) -> None:
        self.status_label.setText(message)

    def found(self) -> list[SeekerItem]:
        """The suggestions shown now."""
        return self.model.rows()

    def _open_row(self, row: int) -> None:
        seeker_id = self.model.id_at(row)
        if seeker_id is not None:
            self.sig_open_seeker.emit(seeker_id)

    def _open_chosen(self) -> None:
        if self.model.rowCount():
            self._open_row(max(self.suggestions.current_row(), 0))

    def open_current(self) -> None:
        """Enter: open the chosen suggestion; while a search is pending, its first match."""
        if self.timer.isActive() or self._searching:
            self._wait_then(self._open_chosen)
        else:
            self._open_chosen()

    def focus_search(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    # -- keys ----------------------------------------------------------------------------

    def _edit_key(self, key: int) -> bool:
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return True
        if key == Qt.Key.Key_Down:
            return self._into_matches()
        if key == Qt.Key.Key_Escape and self.edit.text():
            self.edit.clear()
            return True
        return False
