"""What ``deskapp`` (and ``python -m deskapp``) runs: the window straight away when no
command is given, else the command line.

The window's path imports neither the command line nor what it needs (the reports and
openpyxl, every service, SQLAlchemy): ``deskapp.app`` shows the log-in dialog first and
loads the rest while the user types. Anything but ``deskapp`` alone or with ``--db`` goes
to ``deskapp.cli``, which opens the window too when its parser finds no command (an
abbreviated ``--d``, say), so nothing a user types behaves differently.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

DB_OPTION = "--db"


def window_database(argv: Sequence[str]) -> tuple[str | None] | None:
    """``(db,)`` when ``argv`` only opens the window (nothing, ``--db D`` or ``--db=D``),
    ``db`` None for the default database; None when the command line must read it."""
    if not argv:
        return (None,)
    if len(argv) == 2 and argv[0] == DB_OPTION and not argv[1].startswith("-"):
        return (argv[1],)
    if len(argv) == 1 and argv[0].startswith(DB_OPTION + "="):
        return (argv[0].removeprefix(DB_OPTION + "=") or None,)
    return None


def open_window(db: str | None) -> int:
    """The window on ``db``; an error that escapes it is told as the command line tells it
    (a message and the error log, never a traceback)."""
    try:
        from deskapp.app import run_gui

        return run_gui(db)
    except (Exception, KeyboardInterrupt) as error:
        from deskapp.cli import failed

        return failed(error, sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run deskapp; returns the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    window = window_database(arguments)
    if window is not None:
        return open_window(window[0])
    from deskapp.cli import main as command_line

    return command_line(arguments)
