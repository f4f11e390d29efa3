"""What the widget tests share: recorded message boxes, a main window with the keyboard,
and Hangul typed as an input method commits it (alone, or over a field's text).

``conftest`` loads this module as a plugin; a widget test module asks for the
fixture with ``pytestmark = pytest.mark.usefixtures("boxes")`` and imports the helpers.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from deskapp.domain.access import Actor
from deskapp.services.workspace import Workspace
from deskapp.ui.context import WorkContext
from deskapp.ui.main_window import MainWindow
from deskapp.ui.stats_view import StatsView
from deskapp.ui.workers import QueryOp


@pytest.fixture
def boxes(
    tmp_path: Path, workspace: Workspace, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[str]]:
    """Real user settings untouched, message boxes recorded (a box would block the test),
    and every worker finished before the database closes."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "user-settings"))
    organization = QCoreApplication.organizationName()
    QCoreApplication.setOrganizationName("deskapp-tests")
    shown: list[str] = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *_a: shown.append(text))
    yield shown
    assert QueryOp.wait_for_all(10_000)
    qapp.processEvents()
    QCoreApplication.setOrganizationName(organization)
    assert shown == [], f"unexpected message boxes: {shown}"


def active(qtbot: QtBot, window: QWidget) -> None:
    """The window has the keyboard (as the window manager gives it)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def open_window(qtbot: QtBot, workspace: Workspace, actor: Actor, tmp_path: Path) -> MainWindow:
    """The main window of ``actor``, shown, with its own settings file."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(workspace, actor, settings)
    qtbot.addWidget(window)
    window.show()
    active(qtbot, window)
    return window


def commit(widget: QWidget, text: str) -> None:
    """Hangul typed into the focused field, as the input method commits it (QTest cannot)."""
    assert widget.hasFocus(), f"{widget} does not have the keyboard"
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_over(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Focus a field as Tab does, select what is in it and type over it: ASCII as keys,
    Hangul as the input method commits it."""
    if not edit.window().isActiveWindow():  # a window just opened may not have it yet
        active(qtbot, edit.window())
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    edit.selectAll()
    if text.isascii():
        QTest.keyClicks(edit, text)  # what qtbot.keyClicks calls, typed
    else:
        commit(edit, text)


def refer(qtbot: QtBot, dialog: Any, answer: Qt.Key = Qt.Key.Key_Return) -> None:
    """Enter on the chosen row of a matching dialog (추천 구인, 맞는 구직자): it asks once;
    ``answer`` is the key pressed in the question (Enter: 알선, Escape: 취소)."""
    with qtbot.waitSignal(dialog.sig_asking, timeout=5000) as asked:
        QTest.keyClick(dialog.table, Qt.Key.Key_Return)
    box = asked.args[0]
    qtbot.waitUntil(box.isVisible, timeout=5000)
    QTest.keyClick(box, answer)


def open_stats(qtbot: QtBot, workspace: Workspace, actor: Actor, settings: QSettings) -> StatsView:
    """The 통계 page on its own, shown, active, with its first count (this month) loaded."""
    view = StatsView(WorkContext(workspace, actor, settings))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.show()
        view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view
