"""Picking an occupation from the classification (KECO 2018, or a newer list loaded by an
administrator): a searchable tree and the form row that uses it.

:class:`OccupationDialog` shows 대분류 → 중분류 → 소분류 → 세분류; the minor groups
have no names in the list and are shown by code. Typing filters by the words of a
name or by a code's beginning (each word narrows); Enter on a 세분류 chooses it.
Opened from a form, it starts with those words of the typed job that name something.

:class:`OccupationChooser` is the form's 직업분류 row: it shows the code the
typed 희망직종 (or 모집직종) will be stored under — matched from the words, or
picked with F4 — and gives the picked code to the form.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.occupations import Occupation, level_name
from deskapp.services.occupations import OccupationService
from deskapp.ui.workers import QueryOp

__all__ = ["CODE_ROLE", "LEVEL_ROLE", "OccupationChooser", "OccupationDialog"]

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2
_SUGGEST_DELAY_MS = 300
_HINT_STYLE = "color: #555;"


def _squeeze(text: str) -> str:
    return "".join(text.split())


def occupation_text(occupation: Occupation) -> str:
    """‘5413 시설·특수 경비원’; a group without a name (the minor groups) is its code."""
    return f"{occupation.code} {occupation.name}" if occupation.name else occupation.code


def _words(text: str) -> list[str]:
    return [w for w in text.replace(",", " ").split() if w]


def _fits(words: list[str], code: str, names: str) -> bool:
    """Every word in ``names`` (squeezed), or, for a number, at the start of ``code``."""
    return all(code.startswith(w) if w.isdigit() else _squeeze(w) in names for w in words)


class _Filter(QSortFilterProxyModel):
    """Keeps the 세분류 whose name holds every typed word (a number: whose code starts
    with it), with the groups above them. When no 세분류 name has the words (‘연구직’
    names groups only), the names of the groups above count as well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.wide = False
        self.setRecursiveFilteringEnabled(True)

    def set_text(self, text: str, wide: bool) -> None:
        words = _words(text)
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.words, self.wide = words, wide
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.words, self.wide = words, wide
            self.invalidateRowsFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self.words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        if index.data(LEVEL_ROLE) != 4:
            return False  # a group is shown for the 세분류 under it
        names = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        parent = index.parent()
        while self.wide and parent.isValid():
            names += " " + str(parent.data(Qt.ItemDataRole.DisplayRole) or "")
            parent = parent.parent()
        return _fits(self.words, str(index.data(CODE_ROLE) or ""), _squeeze(names))


class _FilterEdit(QLineEdit):
    """The search line: Down or Enter goes to the tree."""

    sig_to_tree = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sig_to_tree.emit()
            return
        super().keyPressEvent(event)


class _Tree(QTreeView):
    """Enter on a 세분류 chooses it; on a group it opens or closes the group."""

    sig_chosen = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                if self.model().hasChildren(index):
                    self.setExpanded(index, not self.isExpanded(index))
                else:
                    self.sig_chosen.emit(index)
            return
        super().keyPressEvent(event)


class OccupationDialog(QDialog):
    """The classification as a tree with a search line; Enter on a 세분류 chooses it."""

    sig_loaded = Signal()
    """The classification is shown."""

    def __init__(
        self,
        occupations: OccupationService,
        text: str = "",
        current: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("occupation_dialog")
        self.setWindowTitle(self.tr("Choose from occupation classification"))
        self.occupations = occupations
        self.current = current
        self._chosen: Occupation | None = None
        self._by_code: dict[str, Occupation] = {}
        self.source = QStandardItemModel(self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.source)
        self.filter_edit = _FilterEdit(self)
        self.filter_edit.setPlaceholderText(
            self.tr("Word from the occupation name, or a code (e.g. security guard, 5413)")
        )
        self.filter_edit.setAccessibleName(self.tr("Find occupation"))
        self.filter_edit.setText(text)
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.sig_to_tree.connect(self._to_tree)
        self.tree = _Tree(self)
        self.tree.setObjectName("occupation_tree")
        self.tree.setAccessibleName(self.tr("Occupation classification"))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setModel(self.proxy)
        self.tree.sig_chosen.connect(self._choose_index)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet(_HINT_STYLE)
        hint = QLabel(
            self.tr("↓: go to list · Enter: choose unit group (expands groups) · Esc: close"), self
        )
        hint.setStyleSheet(_HINT_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Choose"))
        ok.setAutoDefault(False)
        self.buttons.accepted.connect(lambda: self._choose_index(self.tree.currentIndex()))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(520, 560)
        self.setFocusProxy(self.filter_edit)
        QueryOp(
            parent=self, op=lambda _p: occupations.occupations(), success=self._loaded
        ).run_in_background()

    # -- loading and filtering -----------------------------------------------------------

    def _loaded(self, occupations: list[Occupation]) -> None:
        items: dict[str, QStandardItem] = {}
        root = self.source.invisibleRootItem()
        for occupation in sorted(occupations, key=lambda o: (o.level, o.code)):
            item = QStandardItem(occupation_text(occupation))
            item.setData(occupation.code, CODE_ROLE)
            item.setData(occupation.level, LEVEL_ROLE)
            item.setToolTip(level_name(occupation.level))
            item.setEditable(False)
            parent = items.get(occupation.parent_code or "", root)
            parent.appendRow(item)
            items[occupation.code] = item
            self._by_code[occupation.code] = occupation
        typed = self.filter_edit.text()
        known = [w for w in typed.replace(",", " ").split() if self._names_anything(w)]
        if known != typed.split():  # ‘아파트 경비’ starts as ‘경비’
            self.filter_edit.setText(" ".join(known))  # filters through textChanged
        else:
            self._filter(typed)
        self.filter_edit.selectAll()
        self.sig_loaded.emit()

    def _names_anything(self, word: str) -> bool:
        if word.isdigit():
            return any(code.startswith(word) for code in self._by_code)
        word = _squeeze(word)
        return any(word in _squeeze(o.name) for o in self._by_code.values())

    def _filter(self, text: str) -> None:
        words = _words(text)
        detailed = (o for o in self._by_code.values() if o.level == 4)
        wide = bool(words) and not any(_fits(words, o.code, _squeeze(o.name)) for o in detailed)
        self.proxy.set_text(text, wide)
        if text.strip():
            self.tree.expandAll()
        else:
            self.tree.collapseAll()
        leaves = self._leaves()
        self.count_label.setText(self.tr("{count} unit groups").format(count=len(leaves)))
        wanted = next((i for i in leaves if i.data(CODE_ROLE) == self.current), None)
        first = wanted or (leaves[0] if leaves else QModelIndex())
        if first.isValid():
            self.tree.setCurrentIndex(first)
            self.tree.scrollTo(first)

    def _leaves(self) -> list[QModelIndex]:
        """The 세분류 rows shown now, in tree order."""
        found: list[QModelIndex] = []
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            rows = [self.proxy.index(r, 0, parent) for r in range(self.proxy.rowCount(parent))]
            for index in reversed(rows):
                if self.proxy.hasChildren(index):
                    stack.append(index)
            found.extend(i for i in rows if i.data(LEVEL_ROLE) == 4)
        found.sort(key=lambda i: str(i.data(CODE_ROLE)))
        return found

    def _to_tree(self) -> None:
        leaves = self._leaves()
        if len(leaves) == 1 and self.filter_edit.hasFocus():
            self.tree.setCurrentIndex(leaves[0])
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- choosing --------------------------------------------------------------------------

    def _double_clicked(self, index: QModelIndex) -> None:
        if not self.proxy.hasChildren(index):
            self._choose_index(index)

    def _choose_index(self, index: QModelIndex) -> None:
        code = str(index.data(CODE_ROLE) or "") if index.isValid() else ""
        occupation = self._by_code.get(code)
        if occupation is None or occupation.level != 4:
            self.count_label.setText(self.tr("Choose a unit group (4-digit code)."))
            return
        self._chosen = occupation
        self.accept()

    def chosen(self) -> Occupation | None:
        """The 세분류 chosen (None when the dialog was closed without one)."""
        return self._chosen


class OccupationChooser(QWidget):
    """The 직업분류 row of a form: the code the free text is matched to, or the one
    picked with F4 (or the button); the picked code is the row's value."""

    sig_picked = Signal(str)
    """A code was picked (or '' when the pick was cleared)."""
    sig_suggested = Signal(str)
    """The matched code shown for the typed text ('' when none)."""

    def __init__(
        self, occupations: OccupationService, text_edit: QLineEdit, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.occupations = occupations
        self.text_edit = text_edit
        self.picked: Occupation | None = None
        self.suggested: str | None = None
        self.dialog: OccupationDialog | None = None
        self._serial = 0
        self.label = QLabel(self)
        self.label.setObjectName("occupation_code")
        self.label.setWordWrap(True)
        self.pick_button = QPushButton(self.tr("Choose… (F4)"), self)
        self.pick_button.setAutoDefault(False)
        self.pick_button.clicked.connect(self.open_picker)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Clear the chosen code and search by word"))
        self.clear_button.setAccessibleName(self.tr("Clear the chosen occupation classification"))
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.clear_button)
        row.addWidget(self.pick_button)
        # Not in the Tab order (the job is typed, then Tab goes on); F4 or a click picks.
        for button in (self.pick_button, self.clear_button):
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(_SUGGEST_DELAY_MS)
        self.timer.timeout.connect(self.suggest)
        text_edit.textChanged.connect(lambda _t: self.timer.start())
        self._show()

    def value(self) -> str:
        """The picked code, or '' (the service then matches the free text)."""
        return self.picked.code if self.picked else ""

    # -- the suggestion for the typed text -------------------------------------------------

    def suggest(self) -> None:
        """Show the code the typed text would be stored under (matched in a worker)."""
        self.timer.stop()
        self._serial += 1
        serial, text, occupations = self._serial, self.text_edit.text().strip(), self.occupations
        if not text:
            self._suggested(serial, (None, ""))
            return

        def op(_progress: Any) -> tuple[str | None, str]:
            code = occupations.match_text(text)
            return code, occupations.occupation_names().get(code or "", "")

        QueryOp(
            parent=self, op=op, success=lambda found: self._suggested(serial, found)
        ).run_in_background()

    def _suggested(self, serial: int, found: tuple[str | None, str]) -> None:
        if serial != self._serial:
            return
        code, name = found
        self.suggested = f"{code} {name}" if code else None
        self._show()
        self.sig_suggested.emit(code or "")

    def _show(self) -> None:
        if self.picked is not None:
            self.label.setText(
                self.tr("{occupation} (chosen)").format(occupation=occupation_text(self.picked))
            )
            self.label.setStyleSheet("")
        elif self.suggested:
            found = self.tr("{occupation} (found by word)")
            self.label.setText(found.format(occupation=self.suggested))
            self.label.setStyleSheet(_HINT_STYLE)
        else:
            self.label.setText(
                self.tr("No code — press F4 to choose from the occupation classification")
            )
            self.label.setStyleSheet(_HINT_STYLE)
        self.clear_button.setVisible(self.picked is not None)

    # -- picking ---------------------------------------------------------------------------

    def open_picker(self) -> OccupationDialog:
        """F4: the classification tree, searched with the typed text."""
        current = self.picked.code if self.picked else (self.suggested or "").split(" ")[0]
        dialog = OccupationDialog(self.occupations, self.text_edit.text(), current or None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.pick(dialog.chosen()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def pick(self, occupation: Occupation | None) -> None:
        if occupation is None:
            return
        self.picked = occupation
        if not self.text_edit.text().strip():
            self.text_edit.setText(occupation.name)
        self._show()
        self.sig_picked.emit(occupation.code)
        QTimer.singleShot(0, self._back)  # once the picker has closed

    def _back(self) -> None:
        """The keyboard back in the job's field (Tab goes on to the next one)."""
        if shiboken6.isValid(self):
            self.window().activateWindow()
            self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        self.picked = None
        self._show()
        self.sig_picked.emit("")
