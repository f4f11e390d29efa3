"""The month-close confirmation names what is unfinished, in a real main window driven by
the keyboard: going back (Enter or Esc) closes nothing, 그래도 마감하기 (Alt+C) closes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import qt_support
from conftest import SQLITE_ONLY, add_seeker, counselor_at
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from deskapp.domain.access import Actor
from deskapp.domain.commands import LogSession, RecordPlacement
from deskapp.services.workspace import Workspace
from deskapp.ui.review import PAGE_KEY, ReviewTools
from deskapp.ui.review.closes import CloseConfirmDialog, ClosesTab

pytestmark = [pytest.mark.usefixtures("boxes"), SQLITE_ONLY]


def _closes_tab(qtbot: QtBot, workspace: Workspace, actor: Actor, tmp_path: Path) -> ClosesTab:
    window = qt_support.open_window(qtbot, workspace, actor, tmp_path)
    page = window.tool(ReviewTools).page
    assert page is not None
    tab = page.closes_tab
    with qtbot.waitSignal(tab.sig_loaded, timeout=10_000):
        window.show_page(PAGE_KEY)
        page.show_tab(tab)
    return tab


def _confirm(qtbot: QtBot, tab: ClosesTab, month: int) -> CloseConfirmDialog:
    """Alt+K on the tab for ``month`` of 2018; the confirmation once it has loaded."""
    old = tab.confirm_dialog
    tab.picker.set_month(2018, month)
    qt_support.active(qtbot, tab.window())
    qtbot.keyClick(tab, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: (
            tab.confirm_dialog is not old
            and tab.confirm_dialog is not None
            and tab.confirm_dialog.isVisible()
        ),
        timeout=10_000,
    )
    assert tab.confirm_dialog is not None
    return tab.confirm_dialog


def test_the_close_confirmation_lists_what_is_unfinished_and_closes_only_when_told(
    qtbot: QtBot, workspace: Workspace, admin: Actor, team_lead: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    number = add_seeker(workspace, plus, "김구월", "2018-05-01").number
    workspace.records.log_session(plus, LogSession(number, date(2018, 5, 2)))
    placed = workspace.records.record_placement(plus, RecordPlacement(number, date(2018, 9, 10)))
    tab = _closes_tab(qtbot, workspace, team_lead, tmp_path)

    dialog = _confirm(qtbot, tab, 9)
    assert dialog.unfinished_label.text().startswith(
        "이 달에 끝나지 않은 일이 있습니다: 미검토 취업 1건, 기한 지난 사후관리 0건, 점검 신호 1건."
    )
    listed = dialog.listed()
    assert list(listed) == ["미검토 취업 1건", "기한 지난 사후관리 0건", "점검 신호 1건"]
    row = listed["미검토 취업 1건"][0]
    assert row[:4] == ["2018-09-10", "일자리플러스센터", f"취업 {placed.id}", "김구월"]
    assert listed["점검 신호 1건"][0][4].startswith("취업일보다 30일 넘게 늦게 입력된 취업")
    assert dialog.close_button.text() == "그래도 마감하기(&C)"
    assert dialog.unfinished_view.hasFocus()

    # Enter goes back, and so does Esc: nothing is closed.
    qtbot.keyClick(dialog.unfinished_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    dialog = _confirm(qtbot, tab, 9)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.wait(100)
    assert workspace.month_close.closes(team_lead) == []

    # Alt+C closes anyway.
    dialog = _confirm(qtbot, tab, 9)
    with qtbot.waitSignal(tab.sig_closed, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert [(c.year, c.month) for c in workspace.month_close.closes(team_lead)] == [(2018, 9)]

    # Nothing unfinished was shown, but a placement arrives before Enter: the close is
    # refused with the service's words, and the month stays open.
    dialog = _confirm(qtbot, tab, 6)
    assert dialog.unfinished_label.text().startswith("이 달에 끝나지 않은 일은 없습니다")
    workspace.records.record_placement(plus, RecordPlacement(number, date(2018, 6, 10)))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "끝나지 않은 일이 있습니다" in tab.status_label.text())
    assert tab.status_label.is_error()
    assert (2018, 6) not in {(c.year, c.month) for c in workspace.month_close.closes(team_lead)}

    # A month with nothing unfinished says so; Enter closes it as before.
    dialog = _confirm(qtbot, tab, 8)
    assert dialog.unfinished_label.text().startswith("이 달에 끝나지 않은 일은 없습니다")
    assert not dialog.unfinished_view.isVisible() and dialog.close_button.text() == "마감하기"
    with qtbot.waitSignal(tab.sig_closed, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert {(c.year, c.month) for c in workspace.month_close.closes(team_lead)} == {
        (2018, 8),
        (2018, 9),
    }
