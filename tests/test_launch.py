"""From launch to a usable log-in dialog: ``deskapp`` alone goes straight to the window,
and the dialog is painted before SQLAlchemy, Alembic, openpyxl and the pages are loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PASSWORD

from deskapp.launch import window_database
from deskapp.services.workspace import Workspace

#: What the log-in dialog must not wait for: loaded after it has been painted.
HEAVY = (
    "sqlalchemy",
    "alembic",
    "openpyxl",
    "deskapp.store.engine",
    "deskapp.services.workspace",
    "deskapp.reports",
    "deskapp.cli",
    "deskapp.ui.main_window",
    "deskapp.ui.pages",
)

#: Run ``deskapp --db DB`` as the program does, noting at the log-in dialog's first paint
#: which modules are loaded and what has the focus; then waiting for the database to open
#: behind it. The QApplication is made first only to watch its paint events.
WATCH = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
seen = {}

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and type(watched).__name__ == "LoginDialog":
            if not seen:
                seen["modules"] = sorted(sys.modules)
                focus = watched.focusWidget()
                seen["focus"] = focus is watched.username_edit
                QTimer.singleShot(0, lambda: wait_for_database(watched))
        return False

def wait_for_database(dialog):
    if dialog.workspace is None:
        QTimer.singleShot(10, lambda: wait_for_database(dialog))
        return
    seen["opened"] = dialog.workspace.location
    app.exit(0)

watch = Watch()
app.installEventFilter(watch)
QTimer.singleShot(60_000, lambda: app.exit(9))
from deskapp.launch import main
code = main(["--db", sys.argv[1]])
print(json.dumps({**seen, "code": code}))
"""


@pytest.mark.parametrize(
    ("argv", "window"),
    [
        ([], (None,)),
        (["--db", "desk.sqlite3"], ("desk.sqlite3",)),
        (["--db=desk.sqlite3"], ("desk.sqlite3",)),
        (["stats"], None),
        (["--db", "desk.sqlite3", "stats"], None),
        (["--help"], None),
        (["--version"], None),
        (["--db"], None),
        (["--db", "--help"], None),
        (["--d", "desk.sqlite3"], None),  # the command line's parser reads abbreviations
    ],
)
def test_only_the_window_alone_skips_the_command_line(
    argv: list[str], window: tuple[str | None] | None
) -> None:
    assert window_database(argv) == window


def test_the_log_in_dialog_is_painted_before_the_heavy_modules_load(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    Workspace.create(str(db), "admin", PASSWORD)[0].close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # this PC's settings: none yet
    }
    env.pop("DESKAPP_QUIT_AFTER_MS", None)
    run = subprocess.run(
        [sys.executable, "-c", WATCH, str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    loaded = [
        name
        for name in seen["modules"]
        if any(name == heavy or name.startswith(heavy + ".") for heavy in HEAVY)
    ]
    assert loaded == []
    assert "deskapp.ui.login" in seen["modules"]
    assert seen["focus"]  # the user name is typed at once
    assert seen["opened"] == str(db.resolve())  # the database opened behind the dialog
    assert seen["code"] == 0
