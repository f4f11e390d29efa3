"""How errors reach the user: Korean messages in a box, tracebacks only in the log file."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from deskapp.domain.errors import DatabaseFailed, DeskappError

logger = logging.getLogger("deskapp")
_log_file: Path | None = None
_showing = False


def set_log_file(path: Path | None) -> None:
    """Name the file that unexpected errors are logged to (shown in the message)."""
    global _log_file
    _log_file = path


def log_file() -> Path | None:
    return _log_file


def error_message(error: BaseException) -> str:
    """The Korean message for ``error``: its own for a DeskappError, a short one otherwise."""
    if isinstance(error, DeskappError):
        return str(error)
    message = QCoreApplication.translate("errors", "An unexpected error occurred ({kind}).").format(
        kind=type(error).__name__
    )
    if _log_file is not None:
        message += "\n" + QCoreApplication.translate(
            "errors", "Details were written to the log file: {path}"
        ).format(path=_log_file)
    return message


def worth_logging(error: BaseException) -> bool:
    """Whether ``error``'s traceback goes to the error log: an error that is not a
    DeskappError, or a database that failed under the program (its driver's error)."""
    return isinstance(error, DatabaseFailed) or not isinstance(error, DeskappError)


def log_unexpected(error: BaseException) -> None:
    """Write the traceback of an error worth logging to the log."""
    if worth_logging(error):
        logger.error("unexpected error", exc_info=(type(error), error, error.__traceback__))


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Show ``error`` in a message box: a warning for a DeskappError, critical otherwise."""
    title = QCoreApplication.translate("errors", "deskapp")
    if parent is not None and not parent.isVisible():
        parent = None  # a window closed meanwhile: the box stands on its own
    if isinstance(error, DeskappError):
        QMessageBox.warning(parent, title, error_message(error))
    else:
        QMessageBox.critical(parent, title, error_message(error))


def excepthook(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """``sys.excepthook`` for the window: log the traceback, show a short Korean message."""
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    if worth_logging(error):
        logger.error("unhandled error", exc_info=(kind, error, trace))
    if _showing or QApplication.instance() is None:
        sys.__excepthook__(kind, error, trace)
        return
    # An error raised while the box is up (from a timer, say) must not stack boxes.
    _showing = True
    try:
        show_error(QApplication.activeWindow(), error)
    finally:
        _showing = False
