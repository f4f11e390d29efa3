"""The seeker search box: a fragment of a name, its initials (ㄱㅁㅅ, 홍ㄱ) or a phone's end.

Typing restarts a short timer (:data:`DEBOUNCE_MS`); when it fires, the search
runs in a worker (``browse.search_seekers``) and its best matches are shown
under the box. Each search carries a serial number: an answer that arrives
after a newer search was started is dropped, so a slow answer to "김" never
replaces the answer to "김민수". Down moves into the suggestions, Enter opens
the chosen (or first) seeker, Escape clears the box.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from deskapp.services.browse import SeekerItem
from deskapp.ui.context import WorkContext
from deskapp.ui.errors import error_message
from deskapp.ui.lists import RecordTable, SeekerItemsModel
from deskapp.ui.workers import QueryOp

DEBOUNCE_MS = 150
_SHOWN_ROWS = 6


class SeekerSearch(QWidget):
    """The search box with its suggestion list."""

    sig_open_seeker = Signal(int)
    """The user chose a seeker (Enter or a double-click): its id."""
    sig_text_changed = Signal(str)
    """The text settled (after the debounce): the list below may filter by it."""
    sig_searched = Signal(str, int)
    """Suggestions for a text are shown: the text and how many."""

    def __init__(self, ctx: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._serial = 0
        self._shown_text = ""
        self._open_when_found = False
        self._searching = False

        self.edit = QLineEdit(self)
        self.edit.setObjectName("seeker_search")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(
            self.tr("이름, 초성(ㄱㅁㅅ, 홍ㄱ), 전화번호 끝 4자리 또는 구직자번호  (Ctrl+F)")
        )
        self.edit.setAccessibleName(self.tr("구직자 찾기"))
        self.edit.setMaxLength(50)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        self.edit.textChanged.connect(lambda _text: self.timer.start())
        self.edit.installEventFilter(self)

        self.model = SeekerItemsModel(self)
        self.suggestions = RecordTable(self, sortable=False)
        self.suggestions.setObjectName("seeker_suggestions")
        self.suggestions.setAccessibleName(self.tr("찾은 구직자"))
        self.suggestions.setModel(self.model)
        self.suggestions.setSelectionMode(RecordTable.SelectionMode.SingleSelection)
        self.suggestions.sig_activated.connect(self._open_row)
        self.suggestions.installEventFilter(self)
        self.suggestions.hide()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("search_status")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.status_label)
        layout.addWidget(self.suggestions)
        self.setFocusProxy(self.edit)

    # -- searching -----------------------------------------------------------------------

    def text(self) -> str:
        return self.edit.text().strip()

    def search_now(self) -> None:
        """Search for what is typed now (the timer calls this; Enter does not wait for it)."""
        self.timer.stop()
        text = self.text()
        self._serial += 1
        serial = self._serial
        self.sig_text_changed.emit(text)
        if not text:
            self._searching = False
            self._show(serial, text, [])
            return
        self._searching = True
        browse, actor = self.ctx.workspace.browse, self.ctx.actor
        QueryOp(
            parent=self,
            op=lambda _progress: browse.search_seekers(actor, text),
            success=lambda found: self._show(serial, text, found),
        ).failure(lambda error: self._failed(serial, error)).run_in_background()

    def _show(self, serial: int, text: str, found: list[SeekerItem]) -> None:
        if serial != self._serial or not shiboken6.isValid(self):
            return  # the user typed on: a newer search is coming
        self._searching = False
        self._shown_text = text
        self.model.set_items(found)
        self._fit_suggestions()
        self.suggestions.setVisible(bool(found))
        if found:
            self.suggestions.select_row(0)
            self.status_label.setText(
                self.tr("‘{text}’: {count}명 (Enter로 첫 사람, ↓로 고르기)").format(
                    text=text, count=len(found)
                )
            )
        elif text:
            none = self.tr("‘{text}’에 맞는 구직자가 없습니다.")
            self.status_label.setText(none.format(text=text))
        else:
            self.status_label.clear()
        self.sig_searched.emit(text, len(found))
        if self._open_when_found:
            self._open_when_found = False
            if found:
                self._open_row(max(self.suggestions.current_row(), 0))

    def _fit_suggestions(self) -> None:
        """As tall as the matches, up to a few rows (the list below keeps the room)."""
        table = self.suggestions
        rows = min(max(self.model.rowCount(), 1), _SHOWN_ROWS)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += rows * table.verticalHeader().defaultSectionSize()
        if self.model.rowCount() > _SHOWN_ROWS:
            height += table.horizontalScrollBar().sizeHint().height() // 2
        table.setFixedHeight(height)

    def _failed(self, serial: int, error: BaseException) -> None:
        if serial != self._serial or not shiboken6.isValid(self):
            return
        self._searching = False
        self._open_when_found = False
        self.status_label.setText(error_message(error))

    def found(self) -> list[SeekerItem]:
        """The suggestions shown now."""
        return self.model.items()

    def _open_row(self, row: int) -> None:
        seeker_id = self.model.id_at(row)
        if seeker_id is not None:
            self.sig_open_seeker.emit(seeker_id)

    def open_current(self) -> None:
        """Enter: open the chosen suggestion; while a search is pending, its first match."""
        if self.timer.isActive():
            self._open_when_found = True
            self.search_now()
        elif self._searching:
            self._open_when_found = True
        elif self.model.rowCount():
            self._open_row(max(self.suggestions.current_row(), 0))

    def focus_search(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    # -- keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.edit:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self.suggestions.setFocus(Qt.FocusReason.TabFocusReason)
                self.suggestions.select_row(max(self.suggestions.current_row(), 0))
                return True
            if key == Qt.Key.Key_Escape and self.edit.text():
                self.edit.clear()
                return True
        elif watched is self.suggestions:
            if key == Qt.Key.Key_Up and self.suggestions.current_row() <= 0:
                self.edit.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if key == Qt.Key.Key_Escape:
                self.edit.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)
