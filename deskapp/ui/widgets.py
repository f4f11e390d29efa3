"""Small widgets shared by the views: a table view that copies, placeholders, file choosers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

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


class PlaceholderPage(QWidget):
    """A page whose view comes in a later version; says so in Korean."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(
            self.tr("‘{title}’ 화면은 다음 버전에서 제공됩니다.").format(title=title), self
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setObjectName("placeholder")
        layout = QVBoxLayout(self)
        layout.addWidget(label)


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
        QCoreApplication.translate("widgets", "취소"), QMessageBox.ButtonRole.RejectRole
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
        self.open_button = QPushButton(self.tr("열기"), self)
        self.folder_button = QPushButton(self.tr("폴더 열기"), self)
        self.close_button = QPushButton("✕", self)
        self.close_button.setAccessibleName(self.tr("저장 알림 닫기"))
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
        self.label.setText(self.tr("저장했습니다: {path}").format(path=self.path))
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
