"""Qt's own dialogs in Korean, and a no-display start that names a command that works."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QColorDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QWidget,
)

from deskapp import app
from deskapp.services.resources import resources_dir

ENGLISH = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[list[QTranslator]]:
    installed = app.install_translators(qapp)
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)


def _english(widget: QWidget) -> list[str]:
    """The words a user reads in ``widget`` that are still English (mnemonics aside)."""
    texts = [widget.windowTitle()]
    texts += [label.text() for label in widget.findChildren(QLabel)]
    texts += [group.title() for group in widget.findChildren(QGroupBox)]
    for button in widget.findChildren(QAbstractButton):
        texts += [button.text(), button.toolTip()]
    return [t for t in texts if ENGLISH.search(re.sub(r"\(&\w\)|&|PDF|HTML", "", t))]


def test_the_file_dialog_speaks_korean(qtbot: object, korean: list[QTranslator]) -> None:
    """Qt's catalogue lacks "&Look in:" and "Files of &type:": the user saw them in English."""
    dialog = QFileDialog(None, "PDF로 저장")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter("PDF 문서 (*.pdf)")
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "다음에서 찾기(&L):"
    assert labels["fileTypeLabel"] == "파일 형식(&T):"
    assert labels["fileNameLabel"] == "파일 이름(&N):"
    assert _english(dialog) == []
    dialog.deleteLater()


def test_the_print_and_colour_dialogs_speak_korean(
    qtbot: object, korean: list[QTranslator]
) -> None:
    printer = QPrinter()
    printing = QPrintDialog(printer)
    assert printing.windowTitle() == "인쇄"
    assert _english(printing) == []  # "Page &Set:" was English
    colour = QColorDialog()
    colour.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog, True)
    assert colour.windowTitle() == "색 선택"
    assert _english(colour) == []
    printing.deleteLater()
    colour.deleteLater()


def _virtual_screen_command(message: str) -> list[str]:
    lines = [line.strip() for line in message.splitlines()]
    commands = [line for line in lines if line.startswith("xvfb-run ")]
    assert len(commands) == 1, message
    return shlex.split(commands[0])


def test_no_display_names_a_command_that_exists(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("PATH", str(tmp_path))  # no xvfb-run here: say how to install it
    database = tmp_path / "other desk.sqlite3"
    monkeypatch.setattr(sys, "argv", [sys.argv[0], "--db", str(database)])
    assert app.run_gui(str(database)) == 1
    message = capsys.readouterr().err
    assert "sudo apt install xvfb xauth" in message
    words = _virtual_screen_command(message)
    assert words[:2] == ["xvfb-run", "-a"]
    assert words[-2:] == ["--db", str(database)]  # the database asked for, not the default
    program = Path(words[2])
    assert program.is_absolute() and program.is_file(), message  # not a bare 'deskapp'
    # Under pytest this is `python -m deskapp`: the same command starts deskapp's command line.
    shown = subprocess.run(
        [*words[2:], "--version"], capture_output=True, text=True, timeout=120, check=False
    )
    assert shown.returncode == 0, shown.stderr

    # Started as a checkout's script (.venv/bin/deskapp) or as the built program, that is named.
    script = tmp_path / "bin" / "deskapp"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    assert app.launch_command(str(script), "/usr/bin/python3", False) == str(script)
    built = tmp_path / "dist" / "deskapp"
    assert app.launch_command("deskapp", str(built), True) == str(built)
    with_xvfb = app.no_display_message(str(script), "/usr/bin/xvfb-run", [])
    assert "apt install" not in with_xvfb
    assert _virtual_screen_command(with_xvfb) == ["xvfb-run", "-a", str(script)]


def test_the_applications_catalogue_holds_only_its_own_classes() -> None:
    """A Qt dialog's label taken up into deskapp_ko (translated as itself) hid the Korean one."""
    root = Path(app.__file__).resolve().parent
    ts = resources_dir() / "translations" / "deskapp_ko.ts"
    contexts = set(re.findall(r"<name>([^<]+)</name>", ts.read_text(encoding="utf-8")))
    ours = {
        name
        for path in root.rglob("*.py")
        for name in re.findall(r"^\s*class (\w+)", path.read_text(encoding="utf-8"), re.M)
    }
    qt_like = {name for name in contexts if re.fullmatch(r"Q[A-Z]\w+", name)}
    assert "MainWindow" in contexts, ts
    assert qt_like - ours == set()
