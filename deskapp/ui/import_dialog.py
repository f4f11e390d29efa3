"""Importing a records workbook (ARCHITECTURE.md) from the 파일 menu.

The import runs in a worker with a progress bar. A rejected workbook lists
every problem (시트, 행, 열, 내용) in a table the user can select and copy.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import (
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.errors import DuplicateImport, Problem, WorkbookRejected
from deskapp.domain.korean import with_particle
from deskapp.services.importer import ImportReport
from deskapp.ui.context import WorkContext
from deskapp.ui.errors import error_message
from deskapp.ui.lists import RowsModel
from deskapp.ui.widgets import CopyTableView, ask_open_path
from deskapp.ui.workers import QueryOp


class ProblemsModel(RowsModel[Problem]):
    """The problems of a rejected workbook: 시트, 행, 열, 내용."""

    def __init__(self, parent: QObject | None = None) -> None:
        # Every problem at once: 모두 복사 copies what the model holds, fetched or not.
        super().__init__(parent, batch=sys.maxsize)
        self._columns(
            [
                (self.tr("Sheet"), lambda p: p.sheet),
                # Row 0 is the file itself (unreadable, no sheet...), not a row.
                (self.tr("Row"), lambda p: str(p.row) if p.row else ""),
                (self.tr("Column"), lambda p: p.column),
                (self.tr("Details"), lambda p: p.message),
            ],
            right=[1],
        )

    def set_problems(self, problems: list[Problem]) -> None:
        self.set_rows(problems)


class ImportDialog(QDialog):
    """Choose a records workbook and import it whole, or see why it was refused."""

    sig_imported = Signal(object)
    """The workbook was imported: the ImportReport."""

    def __init__(self, context: WorkContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = context.workspace
        self.actor = context.actor
        self.settings = context.settings
        self.report: ImportReport | None = None
        self._running = False
        self.setWindowTitle(self.tr("Import record workbook"))

        intro = QLabel(
            self.tr(
                "Imports a record workbook (.xlsx). If there is any problem, nothing "
                "is imported and all problems are shown. You can create a blank "
                "template with ‘Save blank template…’ in the File menu."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr(".xlsx file to import"))
        self.path_edit.setClearButtonEnabled(True)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)

        self.progress_bar = QProgressBar(self)
        self.progress_bar.hide()
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.problems_model = ProblemsModel(self)
        self.problems_view = CopyTableView(self)
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setAccessibleName(self.tr("Problems"))
        header = self.problems_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.copy_all_button = QPushButton(self.tr("Copy &all"), self)
        self.copy_all_button.setAutoDefault(False)
        self.copy_all_button.setToolTip(
            self.tr("Copies the whole problem list (to copy selected rows only: Ctrl+C)")
        )
        self.copy_all_button.clicked.connect(self.problems_view.copy_all)
        self.problems_box = QWidget(self)
        problems_layout = QVBoxLayout(self.problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problems_view, 1)
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_all_button)
        problems_layout.addLayout(copy_row)
        self.problems_box.hide()

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(file_label)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.message_label)
        layout.addWidget(self.problems_box, 1)
        layout.addStretch(0)  # takes the spare height while there is no problem list
        layout.addWidget(self.buttons)

        for first, second in (
            (self.path_edit, self.browse_button),
            (self.browse_button, self.problems_view),
            (self.problems_view, self.copy_all_button),
            (self.copy_all_button, self.import_button),
            (self.import_button, self.close_button),
        ):
            QWidget.setTabOrder(first, second)
        self.path_edit.setFocus()
        self.resize(760, 480)

    # -- actions -------------------------------------------------------------------------

    def browse(self) -> None:
        path = ask_open_path(
            self,
            self.settings,
            self.tr("Record workbook to import"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path is not None:
            self.path_edit.setText(str(path))

    def start_import(self) -> None:
        """Import the chosen file in the background (the dialog stays open and responsive)."""
        if self._running:
            return
        text = self.path_edit.text().strip()
        if not text:
            self._show_message(self.tr("Choose a file to import."), error=True)
            self.path_edit.setFocus()
            return
        path = Path(text).expanduser()
        self._set_running(True)
        self.problems_box.hide()
        self.problems_model.set_problems([])
        self._show_message(
            self.tr("Reading {name_obj}…").format(name_obj=with_particle(f"‘{path.name}’", "을/를"))
        )
        imports, actor = self.workspace.imports, self.actor
        QueryOp(
            parent=self,
            op=lambda progress: imports.import_workbook(actor, path, progress),
            success=self._imported,
        ).failure(self._failed).with_progress(self.progress_bar).run_in_background()

    def _set_running(self, running: bool) -> None:
        self._running = running
        for widget in (self.path_edit, self.browse_button, self.import_button, self.close_button):
            widget.setEnabled(not running)
        if not running:
            self.progress_bar.hide()

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet("color: #b00020;" if error else "")

    def _imported(self, report: ImportReport) -> None:
        self._set_running(False)
        self.report = report
        parts = [
            self.tr("{sheet}: {count:,}").format(sheet=sheet, count=count)
            for sheet, count in report.counts.items()
            if count
        ]
        text = self.tr("Imported {total:,} records from ‘{name}’.").format(
            name=report.file_name, total=report.total
        )
        if parts:
            text += "\n" + ", ".join(parts)
        if report.masked:
            text += "\n" + self.tr(
                "Masked {n:,} numbers that looked like resident registration numbers before saving."
            ).format(n=report.masked)
        self._show_message(text)
        self.close_button.setDefault(True)  # Enter now closes rather than imports twice
        self.close_button.setFocus()
        self.sig_imported.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        self._show_message(error_message(error), error=True)
        if isinstance(error, WorkbookRejected):
            self.problems_model.set_problems(error.problems)
            self.problems_box.show()
            self.problems_view.setFocus()
            self.problems_view.selectRow(0)
        elif isinstance(error, DuplicateImport):
            self.path_edit.setFocus()

    # -- closing -------------------------------------------------------------------------

    def reject(self) -> None:
        if self._running:
            return  # the import is all or nothing; wait for it rather than hide it
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            event.ignore()
            return
        super().closeEvent(event)
