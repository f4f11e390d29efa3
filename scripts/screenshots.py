"""The user guide's screenshots (docs/guide/images/), taken from the real window.

    make screenshots
    .venv/bin/python scripts/screenshots.py [--seekers N] [--out DIR] [--only NAME ...]

A demo database is made in a temporary folder (same size and seed, same data: the
pictures change only when the window does), the main window is opened offscreen at
1366×768 logged in as the demo team lead (``lead``) on the day the demo ends, and each
page and the main dialogs are shown and saved with QWidget.grab() as PNG files.
Hangul needs a Korean font (fonts-nanum on Debian/Ubuntu).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from deskapp.app import choose_hangul_font, install_translators  # noqa: E402
from deskapp.domain.dates import Period  # noqa: E402
from deskapp.services.demo import DEMO_END, LEAD_USERNAME, generate_demo  # noqa: E402
from deskapp.services.workspace import Workspace  # noqa: E402
from deskapp.ui import collector  # noqa: E402
from deskapp.ui.help import open_help  # noqa: E402
from deskapp.ui.main_window import MainWindow  # noqa: E402
from deskapp.ui.workers import QueryOp  # noqa: E402

SIZE = (1366, 768)
PASSWORD = "guide-screens-2018"
DEFAULT_SEEKERS = 400
OUT = ROOT / "docs" / "guide" / "images"


def settle(app: QApplication, seconds: float = 0.4) -> None:
    """Let the workers finish and the window paint what they brought."""
    end = time.monotonic() + seconds
    while True:
        QueryOp.wait_for_all(30_000)
        app.processEvents()
        if time.monotonic() >= end:
            break
        time.sleep(0.02)
    QueryOp.wait_for_all(30_000)
    app.processEvents()


def save(widget: QWidget, path: Path) -> Path:
    """The widget as the user sees it, in 256 colours (a screen of text: a third the size)."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    image = image.convertToFormat(
        QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
    )
    if not image.save(str(path), "PNG", 0):
        raise OSError(f"{path}: not written")
    return path


def make_demo(db: Path, seekers: int) -> None:
    workspace = Workspace.new_database(str(db))
    try:
        generate_demo(workspace, PASSWORD, seekers=seekers, seed=1)
    finally:
        workspace.close()


class Shots:
    """The main window of the demo team lead and the pictures taken of it."""

    def __init__(self, app: QApplication, db: Path, folder: Path, out: Path) -> None:
        from deskapp.ui.admin import AdminTools

        self.app = app
        self.out = out
        # The demo's last working day (its last day is a Saturday).
        self.workspace = Workspace.open(str(db), today=DEMO_END - timedelta(days=1))
        self.actor = self.workspace.accounts.authenticate(LEAD_USERNAME, PASSWORD)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(self.workspace, self.actor, settings)
        window.show()
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(*SIZE)
        window.tool(AdminTools).start()  # as after a log-in (the pages are the window's own)
        window.set_desk("plus")
        window.db_label.setText(f"DB: {db.name}")  # not the temporary folder's random name
        self.window = window
        self.written: list[Path] = []

    def close(self) -> None:
        for widget in QApplication.topLevelWidgets():
            widget.close()
        settle(self.app, 0.1)
        self.workspace.close()

    def take(self, name: str, widget: QWidget | None = None) -> None:
        settle(self.app)
        self.written.append(save(widget or self.window, self.out / f"{name}.png"))

    # -- what is shown ---------------------------------------------------------------------

    def pages(self) -> None:
        for key in self.window.page_keys():
            self.window.show_page(key)
            self.take(f"page-{key}")

    def seeker_form(self) -> None:
        self.window.show_page("seekers")
        dialog = self.window.new_record()
        assert dialog is not None
        self.take("form-seeker", dialog)
        dialog.close()

    def seeker_record(self) -> None:
        found = self.workspace.browse.search_seekers(self.actor, "김")
        self.window.context.open_seeker(found[0].id)
        settle(self.app)
        windows = self.window.records.windows()
        assert windows, "the seeker's record did not open"
        record = windows[0]
        record.resize(1100, 700)
        self.take("seeker-record", record)
        record.close()

    def month_close(self) -> None:
        self.window.show_page("review")
        page = self.window.page("review")
        page.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
        self.take("page-month-close")

    def event_window(self) -> None:
        year = Period(DEMO_END.replace(month=1, day=1), DEMO_END)
        events = self.workspace.events.events(self.actor, year)
        if not events:
            return
        self.window.show_page("events")
        page = self.window.page("events")
        opened = page.open_event(events[-1].event_no)  # type: ignore[attr-defined]
        opened.resize(1000, 640)
        self.take("event-window", opened)
        opened.close()

    def help_window(self) -> None:
        self.window.show_page("seekers")
        helper = open_help(self.window, "register.md#구직자-등록")
        helper.resize(1100, 700)
        self.take("help-window", helper)
        helper.close()


STEPS: dict[str, Callable[[Shots], None]] = {
    "pages": Shots.pages,
    "seeker-form": Shots.seeker_form,
    "seeker-record": Shots.seeker_record,
    "month-close": Shots.month_close,
    "event-window": Shots.event_window,
    "help": Shots.help_window,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seekers", type=int, default=DEFAULT_SEEKERS)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--only", nargs="*", choices=sorted(STEPS), default=None)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    QCoreApplication.setApplicationName("deskapp-screenshots")
    QCoreApplication.setOrganizationName("deskapp-screenshots")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    translators = install_translators(app)
    font = choose_hangul_font(app)
    collector.install(app)  # as the application: cycles are freed on the GUI thread only
    with tempfile.TemporaryDirectory(prefix="deskapp-screens-") as temp:
        folder = Path(temp)
        db = folder / "demo.sqlite"
        make_demo(db, args.seekers)
        shots = Shots(app, db, folder, args.out)
        try:
            for name in args.only or list(STEPS):
                STEPS[name](shots)
        finally:
            shots.close()
    for translator in translators:
        app.removeTranslator(translator)
    for path in shots.written:
        print(f"{path} ({path.stat().st_size // 1024} KB)")
    print(f"font: {font}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
