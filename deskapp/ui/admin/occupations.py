"""직업분류 불러오기: replace the occupation classification (KECO) with a newer official file.

The administrator picks a CSV file (``code,name,level,parent_code``, UTF-8); the
load runs in a worker behind a busy indicator, then records without an occupation
code get one from the new list. The outcome, or the Korean reason the file was
refused (naming its line), is shown in a message box and the status bar.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from deskapp.domain.access import Permission
from deskapp.domain.errors import ValidationError
from deskapp.ui.context import WorkContext
from deskapp.ui.errors import error_message
from deskapp.ui.widgets import ask_open_path
from deskapp.ui.workers import QueryOp


@dataclass(frozen=True)
class ClassificationLoaded:
    """What a load did: the file's name, its entries, and the records given a code."""

    file_name: str
    entries: int
    coded: int


class ClassificationLoader(QObject):
    """Asks for the classification file and loads it for one window's administrator."""

    sig_loaded = Signal(object)
    """The classification was replaced: the ClassificationLoaded."""
    sig_failed = Signal(object)
    """The file was refused or the load failed: the exception (nothing was replaced)."""

    def __init__(
        self, context: WorkContext, window: QMainWindow, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.workspace = context.workspace
        self.actor = context.actor
        self.settings = context.settings  # the account's: where its file dialog starts
        self.running = False

    def allowed(self) -> bool:
        return self.actor.can(Permission.MANAGE_ACCOUNTS)

    def choose(self) -> QueryOp | None:
        """Ask for the CSV file (a file dialog), then load it; None when cancelled."""
        if not self.allowed() or self.running:
            return None
        path = ask_open_path(
            self.window,
            self.settings,
            self.tr("Occupation classification file to load"),
            self.tr("Occupation classification CSV file (*.csv);;All files (*)"),
        )
        if path is None:
            return None
        return self.load(path)

    def load(self, path: Path) -> QueryOp | None:
        """Load the classification in ``path`` in a worker; None when not allowed or busy."""
        if not self.allowed() or self.running:
            return None
        occupations, actor = self.workspace.occupations, self.actor

        def work(_progress: object) -> ClassificationLoaded:
            loaded = occupations.load_classification(actor, path)  # and codes, in one unit
            return ClassificationLoaded(path.name, loaded.entries, loaded.coded)

        self.running = True
        return (
            QueryOp(parent=self.window, op=work, success=self._loaded)
            .failure(self._failed)
            .with_progress(
                label=self.tr("Loading the occupation classification: {name}").format(
                    name=path.name
                )
            )
            .run_in_background()
        )

    def _title(self) -> str:
        return self.tr("Load occupation classification")

    def _loaded(self, result: ClassificationLoaded) -> None:
        self.running = False
        text = self.tr("Loaded {n:,} occupation classification entries.").format(n=result.entries)
        self.window.statusBar().showMessage(
            self.tr("Loaded {n:,} occupation classification entries ({name}).").format(
                n=result.entries, name=result.file_name
            ),
            15_000,
        )
        details = [self.tr("File: {name}").format(name=result.file_name)]
        details.append(
            self.tr(
                "Added codes to {n:,} job seeker and opening records that had no occupation code."
            ).format(n=result.coded)
        )
        self.sig_loaded.emit(result)  # the window refreshes before the box waits for a key
        QMessageBox.information(self.window, self._title(), "\n".join([text, *details]))

    def _failed(self, error: BaseException) -> None:
        self.running = False
        text = error_message(error)
        if isinstance(error, ValidationError):  # refused before anything was written
            text += "\n" + self.tr("The occupation classification in use has not changed.")
        self.sig_failed.emit(error)
        QMessageBox.warning(self.window, self._title(), text)
