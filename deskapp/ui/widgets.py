"""Small widgets shared by the views: the UI kit's dialogs and pickers, a table view that
copies, a status line, placeholders, file choosers.

The UI kit is this module and :mod:`deskapp.ui.lists`; each building block exists once:

- :class:`ReasonDialog` (and :func:`ask_reason`): asks a reason (사유) before an action;
- :class:`PeriodPicker`: a range of days, with a month and year-to-date when asked;
- :class:`deskapp.ui.lists.RowsModel`: the base of every short table model;
- :class:`deskapp.ui.lists.RecordTable`: the table whose Enter or double-click opens a row.

``tests/test_ui_kit.py`` fails when another module defines one of them again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QSettings,
    QStandardPaths,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskapp import i18n
from deskapp.domain.dates import Period
from deskapp.domain.fields import SHORT_TEXT_MAX
from deskapp.ui.date_field import DateField
from deskapp.ui.errors import error_message

#: The colour of an error line.
ERROR_STYLE = "color: #b00020;"

_LAST_FOLDER_KEY = "paths/last_folder"


def shortcut_buttons(
    parent: QWidget, actions: Sequence[tuple[str, str, str, Callable[[], object]]]
) -> tuple[QHBoxLayout, dict[str, QPushButton]]:
    """A row of buttons, each ``(key, text, shortcut, slot)`` labelled with its keys and
    also reached by them anywhere in ``parent``; the row and the buttons by key."""
    row = QHBoxLayout()
    buttons: dict[str, QPushButton] = {}
    for key, text, shortcut, slot in actions:
        sequence = QKeySequence(shortcut)
        label = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        button = QPushButton(f"{text} ({label})", parent)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        QShortcut(sequence, parent).activated.connect(slot)
        row.addWidget(button)
        buttons[key] = button
    row.addStretch(1)
    return row, buttons


def rows_as_text(model: QAbstractItemModel, rows: list[int], header: bool = False) -> str:
    """The given rows of ``model`` as tab-separated lines (what a spreadsheet pastes)."""
    columns = range(model.columnCount())
    lines: list[str] = []
    if header:
        lines.append(
            "\t".join(
                str(model.headerData(c, Qt.Orientation.Horizontal) or "").replace("\n", " ")
                for c in columns
            )
        )
    for row in rows:
        cells = []
        for column in columns:
            value = model.data(model.index(row, column))
            cells.append("" if value is None else str(value).replace("\t", " ").replace("\n", " "))
        lines.append("\t".join(cells))
    return "\n".join(lines)


def year_suffix() -> str:
    """What follows a year in a spin box: Korean counts it (2026년); English writes the
    year alone, so there is nothing to translate."""
    return "" if i18n.language() == "en" else "년"  # korean-data: the counter for years


class CopyTableView(QTableView):
    """A read-only table whose selected rows Ctrl+C copies as tab-separated text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in a form

    def selected_rows(self) -> list[int]:
        selection = self.selectionModel()
        if selection is None:
            return []
        return sorted({index.row() for index in selection.selectedIndexes()})

    def copy_selection(self) -> str:
        """Copy the selected rows to the clipboard; returns the text copied."""
        model = self.model()
        if model is None:
            return ""
        text = rows_as_text(model, self.selected_rows())
        QGuiApplication.clipboard().setText(text)
        return text

    def copy_all(self) -> str:
        """Copy every row, with the column headings first."""
        model = self.model()
        if model is None:
            return ""
        text = rows_as_text(model, list(range(model.rowCount())), header=True)
        QGuiApplication.clipboard().setText(text)
        return text

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)


def _start_folder(settings: QSettings | None) -> Path:
    """The last folder used (the window's settings are the account's: see account_settings),
    else the Documents folder, else the home folder."""
    if settings is not None:
        saved = settings.value(_LAST_FOLDER_KEY, "", str)
        if saved and Path(str(saved)).is_dir():
            return Path(str(saved))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _remember_folder(settings: QSettings | None, path: Path) -> None:
    if settings is not None:
        settings.setValue(_LAST_FOLDER_KEY, str(path.parent))


def ask_save_path(
    parent: QWidget,
    settings: QSettings | None,
    caption: str,
    file_name: str,
    name_filter: str,
    suffix: str,
) -> Path | None:
    """Ask where to save a file (starting in the last folder used); None when cancelled."""
    start = _start_folder(settings) / file_name
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(start), name_filter)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    _remember_folder(settings, path)
    return path


def ask_open_path(
    parent: QWidget, settings: QSettings | None, caption: str, name_filter: str
) -> Path | None:
    """Ask for a file to open (starting in the last folder used); None when cancelled."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent, caption, str(_start_folder(settings)), name_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    _remember_folder(settings, path)
    return path


def ask_once(
    parent: QWidget | None,
    title: str,
    text: str,
    act: tuple[str, QMessageBox.ButtonRole],
    on_act: Callable[[], object],
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    act_by_default: bool = True,
    details: str = "",
    then: Callable[[], object] | None = None,
) -> QMessageBox:
    """A window-modal question with one action and 취소 (Esc): ``on_act`` runs when the
    action is chosen, ``then`` whatever the answer. Enter chooses the action when
    ``act_by_default``, else 취소. The box deletes itself once answered."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    label, role = act
    yes = box.addButton(label, role)
    no = box.addButton(
        QCoreApplication.translate("widgets", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(yes if act_by_default else no)
    box.setEscapeButton(no)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(_result: int) -> None:
        if box.clickedButton() is yes:
            on_act()
        if then is not None:
            then()

    box.finished.connect(answered)
    box.open()
    return box


def fit_columns(table: QTableView, free: int) -> None:
    """Each column as wide as its heading and contents, and column ``free`` (negative:
    counted from the end; a name, a text) takes the width left: a short list reads
    without hovering, where a stretched last column squeezed the others into "…"."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    count = header.count()
    for section in range(count):
        mode = QHeaderView.ResizeMode.ResizeToContents
        if section == free % max(count, 1):
            mode = QHeaderView.ResizeMode.Stretch
        header.setSectionResizeMode(section, mode)


def announce_saved(origin: QWidget | None, path: object) -> bool:
    """Show a saved file's path with 열기 in the window ``origin`` belongs to (the first
    parent with ``show_saved``, the main window); False when there is none."""
    widget = origin
    while widget is not None:
        show = getattr(widget, "show_saved", None)
        if callable(show):
            show(path)
            return True
        widget = widget.parentWidget()
    return False


class SavedFileBar(QWidget):
    """Where a file was just saved, with 열기 (the file) and 폴더 열기 (its folder): the
    path in the status bar alone leaves the user hunting for it in Explorer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saved_file_bar")
        #: Opens a URL in the desktop's program for it; tests put a recorder here.
        self.opener: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.path: Path | None = None
        self.label = QLabel(self)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.folder_button = QPushButton(self.tr("Open folder"), self)
        self.close_button = QPushButton("✕", self)
        self.close_button.setAccessibleName(self.tr("Close save notice"))
        self.close_button.setFlat(True)
        for button in (self.open_button, self.folder_button, self.close_button):
            button.setAutoDefault(False)
        self.open_button.clicked.connect(lambda: self.open_file())
        self.folder_button.clicked.connect(lambda: self.open_folder())
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.folder_button)
        row.addWidget(self.close_button)
        self.hide()

    def show_path(self, path: Path) -> None:
        self.path = Path(path)
        self.label.setText(self.tr("Saved: {path}").format(path=self.path))
        self.label.setToolTip(str(self.path))
        self.show()

    def file_url(self) -> QUrl:
        return QUrl.fromLocalFile(str(self.path or ""))

    def folder_url(self) -> QUrl:
        return QUrl.fromLocalFile(str(self.path.parent if self.path is not None else ""))

    def open_file(self) -> QUrl:
        url = self.file_url()
        self.opener(url)
        return url

    def open_folder(self) -> QUrl:
        url = self.folder_url()
        self.opener(url)
        return url


class StatusLabel(QLabel):
    """One line of outcome under a form or table: plain, or red for an error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Notice"))

    def show_text(self, text: str, error: bool = False) -> None:
        self.setText(text)
        self.setStyleSheet(ERROR_STYLE if error else "")
        self.setAccessibleDescription(text)

    def show_error(self, error: BaseException) -> None:
        self.show_text(error_message(error), error=True)

    def is_error(self) -> bool:
        return self.styleSheet() == ERROR_STYLE


def busy_bar(parent: QWidget) -> QProgressBar:
    """A thin, hidden progress bar for QueryOp.with_progress."""
    bar = QProgressBar(parent)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.hide()
    return bar


class CellTable(CopyTableView):
    """A grid of figures whose Enter (or a double-click) opens one cell: what it counts.

    One cell is chosen at a time. :attr:`sig_cell_entered` carries the current index, also
    when no cell is current, so that the page can say which cells open."""

    sig_cell_entered = Signal(QModelIndex)
    """Enter or a double-click on a cell: its index (invalid when none is current)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.doubleClicked.connect(self.sig_cell_entered.emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sig_cell_entered.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class ReasonDialog(QDialog):
    """Asks why (사유) before a record is voided, a month reopened or data leaves the application.

    By default the action button is enabled once ``min_length`` characters are typed,
    and the dialog closes as accepted: connect to ``accepted`` (see :func:`ask_reason`).

    With ``stays_open`` the dialog stays open until the caller says the action went
    through (:meth:`done_ok`): :attr:`sig_reason` carries what was typed, the caller runs
    the action (a busy bar in :attr:`bar`) and shows the service's refusal with
    :meth:`show_error`. ``min_length`` 0 leaves it to the service to judge the reason.
    """

    sig_reason = Signal(str)
    """The user confirmed (with ``stays_open``): the reason as typed (stripped)."""

    def __init__(
        self,
        title: str,
        prompt: str,
        action: str,
        parent: QWidget | None = None,
        *,
        stays_open: bool = False,
        min_length: int = 1,
    ) -> None:
        super().__init__(parent)
        self._stays_open = stays_open
        self._min_length = min_length
        self.setWindowTitle(title)
        self.setObjectName("reason_dialog")
        if not stays_open:
            self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setMaxLength(SHORT_TEXT_MAX)
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        label.setBuddy(self.reason_edit)
        self.status_label = StatusLabel(self)
        self.bar = busy_bar(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        self.ok_button.setDefault(True)
        self.ok_button.setEnabled(self._enough(""))
        self.reason_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(self._enough(text))
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.status_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.status_label.setVisible(stays_open)
        self.setMinimumWidth(440 if stays_open else 420)

    def _enough(self, text: str) -> bool:
        return len(text.strip()) >= self._min_length

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def accept(self) -> None:
        if not self._enough(self.reason()):
            return
        if self._stays_open:
            self.status_label.show_text("")
            self.sig_reason.emit(self.reason())
            return
        super().accept()

    def done_ok(self) -> None:
        """The action went through: close as accepted."""
        super().accept()

    def show_error(self, error: BaseException | str) -> None:
        if isinstance(error, str):
            self.status_label.show_text(error, error=True)
        else:
            self.status_label.show_error(error)
        self.status_label.show()
        self.reason_edit.setFocus()


def ask_reason(
    parent: QWidget, title: str, prompt: str, action: str, then: Callable[[str], None]
) -> ReasonDialog:
    """Open a ReasonDialog (window-modal); ``then(reason)`` runs when it is accepted."""
    dialog = ReasonDialog(title, prompt, action, parent)
    dialog.accepted.connect(lambda: then(dialog.reason()))
    dialog.open()
    return dialog


class PeriodPicker(QWidget):
    """A range of days, both included: from … to; the one date-range widget.

    ``labelled`` puts a mnemonic label (``기간(&P):``) before the dates. With ``today``
    it is the 통계 page's chooser: a group box 기간 offering one month, this year so far
    (the default) or the range of days; editing a field chooses its kind of period.
    :attr:`sig_changed` is emitted when a date changes or a typed text cannot be read,
    so that the page reloads and says what is wrong.
    """

    sig_changed = Signal()
    """Either date changed (or was typed wrong)."""

    def __init__(
        self,
        start: date,
        end: date,
        parent: QWidget | None = None,
        *,
        labelled: bool = False,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.from_edit = DateField(start, self.tr("Start date"), self)
        self.to_edit = DateField(end, self.tr("End date"), self)
        for edit in (self.from_edit, self.to_edit):
            edit.sig_date_changed.connect(lambda _d: self.sig_changed.emit())
            edit.sig_invalid.connect(lambda _m: self.sig_changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if today is None:
            if labelled:
                caption = QLabel(self.tr("&Period:"), self)
                caption.setBuddy(self.from_edit)
                layout.addWidget(caption)
            layout.addWidget(self.from_edit)
            layout.addWidget(QLabel("~", self))
            layout.addWidget(self.to_edit)
            self.setFocusProxy(self.from_edit)
            return
        self.box = QGroupBox(self.tr("Period"), self)
        layout.addWidget(self.box)
        self._add_presets(today)

    def _add_presets(self, today: date) -> None:
        box = self.box
        self.month_radio = QRadioButton(self.tr("&Month"), box)
        self.year_spin = QSpinBox(box)
        self.year_spin.setRange(1990, today.year + 1)
        self.year_spin.setValue(today.year)
        self.year_spin.setSuffix(year_suffix())
        self.year_spin.setAccessibleName(self.tr("Year"))
        self.month_combo = QComboBox(box)
        for month in range(1, 13):
            self.month_combo.addItem(self.tr("Month {month}").format(month=month), month)
        self.month_combo.setCurrentIndex(today.month - 1)
        self.month_combo.setAccessibleName(self.tr("Month"))

        self.ytd_radio = QRadioButton(self.tr("&Year to date"), box)
        self.ytd_label = QLabel(f"({date(today.year, 1, 1)} ~ {today})", box)
        self.range_radio = QRadioButton(self.tr("Custom &range"), box)

        self.kind = QButtonGroup(self)
        for radio in (self.month_radio, self.ytd_radio, self.range_radio):
            self.kind.addButton(radio)
        # Year to date first: the district reports its table as of a day, from 1 January.
        self.ytd_radio.setChecked(True)
        # Editing a field chooses its kind of period: Tab to it and type.
        self.year_spin.valueChanged.connect(lambda _: self.month_radio.setChecked(True))
        self.month_combo.activated.connect(lambda _: self.month_radio.setChecked(True))
        for edit in (self.from_edit, self.to_edit):
            edit.setParent(box)
            edit.sig_date_changed.connect(lambda _: self.range_radio.setChecked(True))
            # Typing a day (a text that reads as one) chooses the range, as Tab to it and type.
            edit.textEdited.connect(lambda _: self.range_radio.setChecked(True))

        # Two rows keep the page narrow enough for a 1366-pixel screen with the navigation.
        grid = QGridLayout(box)
        grid.addWidget(self.month_radio, 0, 0)
        grid.addWidget(self.year_spin, 0, 1)
        grid.addWidget(self.month_combo, 0, 2)
        grid.addWidget(self.ytd_radio, 0, 4)
        grid.addWidget(self.ytd_label, 0, 5, 1, 3)
        grid.addWidget(self.range_radio, 1, 0)
        grid.addWidget(self.from_edit, 1, 1, 1, 2)
        grid.addWidget(QLabel("~", box), 1, 3, Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(self.to_edit, 1, 4, 1, 2)
        grid.setColumnStretch(8, 1)
        self.setFocusProxy(self.month_radio)

    def focus_order(self) -> list[QWidget]:
        if self._today is None:
            return [self.from_edit, self.to_edit]
        return [
            self.month_radio,
            self.year_spin,
            self.month_combo,
            self.ytd_radio,
            self.range_radio,
            self.from_edit,
            self.to_edit,
        ]

    def set_period(self, period: Period) -> None:
        """Show a range of days (with presets: choose the range)."""
        self.from_edit.set_day(period.start)
        self.to_edit.set_day(period.end)
        if self._today is not None:
            self.range_radio.setChecked(True)

    def period(self) -> Period:
        """The chosen period; ValidationError (Korean) when the dates are reversed."""
        if self._today is not None:
            if self.month_radio.isChecked():
                return Period.month(self.year_spin.value(), int(self.month_combo.currentData()))
            if self.ytd_radio.isChecked():
                return Period(date(self._today.year, 1, 1), self._today)
        return Period(self.from_edit.day(), self.to_edit.day())
