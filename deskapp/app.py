"""The counselors' window: ``deskapp`` with no sub-command calls :func:`run_gui`.

This is the composition root of the Qt application: it builds the
QApplication (Korean translations, a font with Hangul, the window icon), the
error handling (a Korean message box and a log file, never a silent crash) and
hands the database to :class:`deskapp.ui.startup.Startup`, which shows the
first-run dialog, the log-in dialog and the main window.

Only Qt and the light modules are imported before the log-in dialog is shown:
SQLAlchemy, Alembic, openpyxl and the pages load on a worker thread once it has been
painted (``Startup``), the log file's set-up with them (``start_logging``), so
nothing here imports the services at the top.

``DESKAPP_QUIT_AFTER_MS``: when set, the application quits by itself that many
milliseconds after start, printing which window was open. It exists for smoke
tests of a frozen build without a user (``QT_QPA_PLATFORM=offscreen``).
"""

from __future__ import annotations

import logging
import os
import shlex
import shutil
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QStandardPaths,
    QThreadPool,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from deskapp import i18n
from deskapp.services.resources import guide_dir, resources_dir
from deskapp.ui import collector, errors
from deskapp.ui.language import LANGUAGE_KEY
from deskapp.ui.qt_korean import QtGapsTranslator
from deskapp.ui.startup import Startup
from deskapp.ui.workers import QueryOp

APP_NAME = "deskapp"
LOG_FILE_NAME = "deskapp.log"
QUIT_AFTER_ENV = "DESKAPP_QUIT_AFTER_MS"
MIN_WORKER_THREADS = 4
#: Fonts with Hangul, preferred in this order when the default font has none.
HANGUL_FONTS = (
    "Malgun Gothic",
    "맑은 고딕",  # korean-data: a font's Korean name
    "Apple SD Gothic Neo",
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "NanumGothic",
    "나눔고딕",  # korean-data: a font's Korean name
    "NanumBarunGothic",
)
XVFB_INSTALL = "sudo apt install xvfb xauth"


def launch_command(
    argv0: str | None = None, executable: str | None = None, frozen: bool | None = None
) -> str:
    """The command that starts this very deskapp, as a shell takes it: the built program,
    the ``deskapp`` script that ran (``.venv/bin/deskapp`` in a checkout), else
    ``python -m deskapp`` with this Python (a bare ``deskapp`` is seldom on PATH)."""
    argv0 = sys.argv[0] if argv0 is None else argv0
    executable = sys.executable if executable is None else executable
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    if frozen:
        return shlex.quote(str(Path(executable).absolute()))
    script = Path(argv0)
    if script.stem == APP_NAME and script.is_file():
        return shlex.quote(str(script.absolute()))
    return f"{shlex.quote(str(Path(executable).absolute()))} -m {APP_NAME}"


def no_display_message(
    command: str | None = None,
    xvfb_run: str | None = None,
    arguments: list[str] | None = None,
) -> str:
    """Why the window cannot open here, and the commands that open it under a virtual
    screen (Xvfb), with the arguments given (``--db``): installing it first when
    ``xvfb-run`` is not on PATH."""
    command = launch_command() if command is None else command
    xvfb_run = shutil.which("xvfb-run") if xvfb_run is None else xvfb_run
    arguments = sys.argv[1:] if arguments is None else arguments
    again = " ".join([command, shlex.join(arguments)]) if arguments else command
    lines = [
        i18n.translate("app", "deskapp cannot open its window: there is no display."),
        i18n.translate(
            "app",
            "Run it in a desktop session on a PC with a monitor. "
            "On a server without a display, it can run on a virtual screen (Xvfb):",
        ),
    ]
    if not xvfb_run:
        missing = i18n.translate("app", "{install}    (Xvfb is missing: install it once)")
        lines.append("  " + missing.format(install=XVFB_INSTALL))
    lines.append(f"  xvfb-run -a {again}")
    lines.append(
        i18n.translate(
            "app", "For the command-line features, see '{command} --help' (no display needed)."
        ).format(command=command)
    )
    return "\n".join(lines)


def display_available(env: dict[str, str] | None = None, platform: str | None = None) -> bool:
    """False on Linux without X11, Wayland or an explicit Qt platform (Qt would abort)."""
    env = dict(os.environ) if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return True
    return any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def log_folder(db: str | None) -> Path:
    """Where the log file goes: the database's folder (the user's data folder by default)."""
    from deskapp.services.workspace import default_location

    path = default_location(db)
    if path is not None:
        return path.parent
    return Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    )


def setup_logging(folder: Path) -> Path | None:
    """Log warnings and errors (with tracebacks) to ``folder/deskapp.log``: owner-only,
    rotated at 1 MB, and without the values an error was about (error_log.py)."""
    from deskapp.services.error_log import PrivateRotatingFileHandler

    try:
        path = folder / LOG_FILE_NAME
        handler = PrivateRotatingFileHandler(path)
    except OSError:
        return None
    logger = logging.getLogger("deskapp")
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    return path


def start_logging(db: str | None) -> None:
    """Log to the database's folder from now on (``Startup`` calls it on the worker thread
    that loads the services, after the log-in dialog is shown)."""
    errors.set_log_file(setup_logging(log_folder(db)))


def qt_translation_folders() -> list[str]:
    """Where Qt's own catalogues may be: Qt's configured folder, then PySide6's."""
    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
    ]


def chosen_language(settings: QSettings | None) -> str:
    """The language to speak: ``DESKAPP_LANG`` when set, else this PC's setting, else Korean."""
    if os.environ.get(i18n.LANGUAGE_ENV):
        return i18n.normalise(os.environ[i18n.LANGUAGE_ENV])
    stored = settings.value(LANGUAGE_KEY, "") if settings is not None else ""
    return i18n.normalise(str(stored or ""))


def install_translators(app: QCoreApplication, language: str = "ko") -> list[QTranslator]:
    """Speak ``language`` (``ko`` or ``en``) in the window and in the layers below it.

    The source strings are English, so English needs no catalogue. For Korean: Qt's own
    dialogs (qtbase_ko) first, then the application's (deskapp_ko); the labels qtbase_ko
    lacks (the file dialog's "&Look in:" …) are answered last."""
    if i18n.set_language(language) == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
    installed: list[QTranslator] = []
    gaps = QtGapsTranslator(app)  # installed first: asked only when the others have nothing
    app.installTranslator(gaps)
    qt = QTranslator(app)
    if any(qt.load("qtbase_ko", folder) for folder in qt_translation_folders()):
        app.installTranslator(qt)
        installed.append(qt)
    own = QTranslator(app)
    if own.load(str(resources_dir() / "translations" / "deskapp_ko.qm")):
        app.installTranslator(own)
        installed.append(own)
    installed.append(gaps)
    return installed


def choose_hangul_font(app: QGuiApplication) -> str:
    """Keep the default font when it has Hangul, else use the first Korean font installed."""
    font = app.font()
    korean = QFontDatabase.WritingSystem.Korean
    if korean in QFontDatabase.writingSystems(font.family()):
        return font.family()
    families = set(QFontDatabase.families(korean))
    for family in HANGUL_FONTS:
        if family in families:
            chosen = QFont(font)
            chosen.setFamilies([family, *font.families()])
            app.setFont(chosen)
            return family
    return font.family()


def _quit_later(
    app: QApplication, startup: Startup, translators: list[QTranslator], msecs: int
) -> None:
    def quit_now() -> None:
        window = startup.window if startup.window is not None else startup.current_dialog()
        shown = type(window).__name__ if window is not None else "-"
        title = window.windowTitle() if window is not None else ""
        loaded = ", ".join(Path(t.filePath()).name or t.objectName() for t in translators)
        font = app.font().family()
        # The file dialog's label as the user sees it (checked by the build's smoke test);
        # a variable, so that the application's own catalogue does not take it up.
        context, label = "QFileDialog", "&Look in:"
        look_in = QCoreApplication.translate(context, label)
        guide = "yes" if (guide_dir() / "index.md").is_file() else "missing"
        print(
            f"deskapp: {QUIT_AFTER_ENV}: {shown} «{title}»; translations: {loaded}; font: {font}"
            f"; file dialog: {look_in}; user guide: {guide}",
            file=sys.stderr,
        )
        app.exit(0)

    QTimer.singleShot(msecs, quit_now)


def run_gui(db: str | None = None) -> int:
    """Open the application window on database ``db`` (else DESKAPP_DB, else the data folder).

    Returns the process exit code: 0 after a normal end or a cancelled log-in,
    1 when the window cannot be shown or the database cannot be opened.
    """
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    language = chosen_language(QSettings())
    if not display_available():
        i18n.set_language(language)  # the message below speaks the language chosen
        print(no_display_message(), file=sys.stderr)
        return 1
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    translators = install_translators(app, language)
    choose_hangul_font(app)
    icon = resources_dir() / "icons" / "deskapp.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))

    collector.install(app)  # cycles are freed on this thread, never on a worker's
    # Workers mostly wait on the database, not the CPU: on a two-core desk PC a slow
    # list query must not hold up the search for the next keystroke.
    pool = QThreadPool.globalInstance()
    pool.setMaxThreadCount(max(pool.maxThreadCount(), MIN_WORKER_THREADS))
    previous_hook = sys.excepthook
    sys.excepthook = errors.excepthook

    # Between one startup dialog closing and the next opening no window is visible;
    # the application must not take that for the end.
    app.setQuitOnLastWindowClosed(False)
    startup = Startup(db, QSettings(), prepare=lambda: start_logging(db))
    startup.sig_finished.connect(app.exit)
    startup.sig_window_shown.connect(lambda _window: app.setQuitOnLastWindowClosed(True))
    QTimer.singleShot(0, startup.start)
    quit_after = os.environ.get(QUIT_AFTER_ENV, "")
    if quit_after.isdigit():
        _quit_later(app, startup, translators, int(quit_after))
    try:
        code = app.exec()
    finally:
        QueryOp.wait_for_all(-1)  # a running import commits or rolls back before the close
        startup.close()
        sys.excepthook = previous_hook
    return code
