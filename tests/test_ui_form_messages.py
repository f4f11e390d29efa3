"""A form's messages: the "고칠 곳이 N군데" line follows the fields as they are fixed, and a
field's two-line message is shown whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SQLITE_ONLY
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from qt_support import active, open_window, type_over

from deskapp.domain.access import Actor
from deskapp.domain.commands import RegisterEmployer
from deskapp.services.workspace import Workspace
from deskapp.ui.forms import FormDialog, OpeningForm, open_form

pytestmark = pytest.mark.usefixtures("boxes")
CTRL = Qt.KeyboardModifier.ControlModifier
#: The screen the counselors work on.
SCREEN = QRect(0, 0, 1366, 768)


def _opening_dialog(qtbot: QtBot, workspace: Workspace, plus: Actor, tmp_path: Path) -> FormDialog:
    employer = workspace.records.register_employer(plus, RegisterEmployer("가산요양원")).number
    window = open_window(qtbot, workspace, plus, tmp_path)
    dialog = open_form(OpeningForm(window.context, employer, "가산요양원"), window)
    qtbot.addWidget(dialog)
    active(qtbot, dialog)
    return dialog


@SQLITE_ONLY
def test_the_count_of_wrong_fields_follows_them_and_goes(
    qtbot: QtBot, workspace: Workspace, plus: Actor, tmp_path: Path
) -> None:
    dialog = _opening_dialog(qtbot, workspace, plus, tmp_path)
    form = dialog.panel
    assert isinstance(form, OpeningForm)
    type_over(qtbot, form.headcount_edit, "0")
    type_over(qtbot, form.closes_edit, "2018/12/31")
    qtbot.keyClick(form.closes_edit, Qt.Key.Key_S, CTRL)
    summary = form.message_label
    assert summary.isVisible()
    assert summary.text().startswith("고칠 곳이 3군데 있습니다")  # 모집직종, 모집인원, 마감일
    type_over(qtbot, form.headcount_edit, "2")
    assert summary.text() == "고칠 곳이 2군데 있습니다: 모집직종, 마감일"
    type_over(qtbot, form.closes_edit, "2018-12-31")
    assert summary.text() == "고칠 곳이 1군데 있습니다: 모집직종"
    type_over(qtbot, form.occupation_edit, "요양보호사")
    assert not summary.isVisible() and summary.text() == ""


def _shown_whole(label: QLabel, window: QWidget) -> bool:
    """The label is as tall as its wrapped text needs, and inside its window."""
    needed = label.heightForWidth(label.width())
    inside = QRect(label.mapTo(window, label.rect().topLeft()), label.size())
    return label.height() >= needed and window.rect().contains(inside)


@SQLITE_ONLY
def test_the_two_line_closing_day_message_is_not_clipped(
    qtbot: QtBot, workspace: Workspace, plus: Actor, tmp_path: Path
) -> None:
    dialog = _opening_dialog(qtbot, workspace, plus, tmp_path)
    form = dialog.panel
    assert isinstance(form, OpeningForm)
    dialog.resize(dialog.minimumWidth(), dialog.height())
    assert SCREEN.contains(QRect(0, 0, dialog.width(), dialog.height()))
    before = dialog.height()
    type_over(qtbot, form.closes_edit, "2018/12/31")
    message = form.fields["마감일"].message
    assert "날짜 형식이 아닙니다" in message.text()
    lines = message.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: message.height() >= 2 * lines, timeout=2000)  # two lines
    qtbot.waitUntil(lambda: _shown_whole(message, dialog), timeout=2000)
    assert dialog.height() > before  # the form grew to show it
    assert dialog.height() <= SCREEN.height()
    # Every other row keeps its height: nothing squeezed to make room.
    qtbot.waitUntil(
        lambda: all(
            f.editor.height() >= f.editor.minimumSizeHint().height() for f in form.fields.values()
        ),
        timeout=2000,
    )
    assert _shown_whole(message, dialog)
