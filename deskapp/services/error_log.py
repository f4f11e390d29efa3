"""Error logs that hold no personal data, readable by their owner only, rotated.

An unexpected error is logged with its traceback (where it happened, in the
code) and its type, never with the values it was about: a failed statement is
logged by its shape (the SQL with its parameters hidden and quoted literals
masked) and the driver's error in one masked line; PostgreSQL's DETAIL lines
(``Key (phone)=(010-…)``) are left out; an OSError by its errno; any other
error by its type only, since messages such as ``invalid literal for int():
'홍길동'`` carry what the user typed. The engines are made with
``hide_parameters`` too (deskapp/store/engine.py), so no message of a
statement error holds its parameters in the first place.

The files are created 0600 on POSIX (the data folder is 0700) and rotated at
1 MB, keeping three older copies.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import traceback
from datetime import datetime
from io import TextIOWrapper
from pathlib import Path
from types import TracebackType
from typing import Any

from deskapp.store.engine import PRIVATE_FILE_MODE, private_folder, restrict

MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_QUOTED = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"")
_NO_MESSAGE = "(message not logged: it may hold personal data)"
_DRIVERS = ("sqlite3", "psycopg", "psycopg2", "pg8000", "asyncpg")


def _mask(text: str) -> str:
    """``text`` with every quoted literal replaced by '…'."""
    return _QUOTED.sub("'…'", text)


def _shape(statement: str) -> str:
    """A statement's shape: one line, literals masked, at most 1,000 characters."""
    shape = _mask(" ".join(statement.split()))
    return shape if len(shape) <= 1000 else shape[:1000] + " …"


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return _mask(lines[0]) if lines else ""


def _driver_error(error: BaseException) -> str:
    kind = f"{type(error).__module__}.{type(error).__qualname__}"
    code = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)
    if code:
        kind += f" [{code}]"
    line = _first_line(error)
    return f"{kind}: {line}" if line else kind


def safe_message(error: BaseException) -> str:
    """What may be written about ``error`` in a log file (see the module's docstring)."""
    statement = getattr(error, "statement", None)
    if isinstance(statement, str):
        orig = getattr(error, "orig", None)
        driver = _driver_error(orig) if isinstance(orig, BaseException) else ""
        return f"{driver}\n[SQL: {_shape(statement)}]\n[parameter values are not logged]"
    if isinstance(error, OSError) and error.errno is not None:
        return f"[Errno {error.errno}] {error.strerror}"
    if type(error).__module__.split(".")[0] in _DRIVERS:
        return _first_line(error)
    return _NO_MESSAGE


def _causes(error: BaseException) -> list[BaseException]:
    """``error`` and the errors it was raised from or while handling, oldest first."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        if current.__cause__ is not None:
            current = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            current = current.__context__
        else:
            current = None
    return list(reversed(chain))


def describe(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None = None
) -> str:
    """A traceback of ``error`` (and the errors before it) with safe messages only."""
    parts: list[str] = []
    for number, exception in enumerate(_causes(error)):
        if number:
            parts.append("\n(while handling the error above, another error happened)\n")
        tb = trace if exception is error and trace is not None else exception.__traceback__
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(tb))
        name = kind if exception is error else type(exception)
        parts.append(f"{name.__module__}.{name.__qualname__}: {safe_message(exception)}\n")
    return "".join(parts).rstrip("\n")


class SafeFormatter(logging.Formatter):
    """A formatter whose tracebacks hold no values (``describe``)."""

    def formatException(self, ei: Any) -> str:
        _, error, trace = ei
        if not isinstance(error, BaseException):
            return ""
        return describe(type(error), error, trace)


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A size-rotated log file created owner-only (0600); existing ones are made so too."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUP_COUNT):
        private_folder(path.parent)
        for number in range(backups + 1):
            restrict(path if number == 0 else Path(f"{path}.{number}"))
        super().__init__(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
        self.setFormatter(SafeFormatter(FORMAT))

    def _open(self) -> TextIOWrapper:
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT
        descriptor = os.open(self.baseFilename, flags, PRIVATE_FILE_MODE)
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)


def log_error(
    path: Path,
    error: BaseException,
    message: str = "unexpected error",
    max_bytes: int = MAX_BYTES,
    backups: int = BACKUP_COUNT,
) -> Path | None:
    """Append ``error`` to the log file ``path`` (rotated, owner-only); None when the file
    cannot be written."""
    try:
        handler = PrivateRotatingFileHandler(path, max_bytes, backups)
    except OSError:
        return None
    try:
        record = logging.LogRecord(
            "deskapp",
            logging.ERROR,
            __file__,
            0,
            message,
            None,
            (type(error), error, error.__traceback__),
        )
        record.created = datetime.now().timestamp()
        handler.handle(record)
    finally:
        handler.close()
    return path
