"""The main window: pages and their shortcuts, remembered state, desk switcher, menus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from conftest import SQLITE_ONLY, counselor_at
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from qt_support import open_window

from deskapp.domain.access import Actor
from deskapp.services.workspace import Workspace
from deskapp.ui.import_dialog import ImportDialog
from deskapp.ui.work_views import SeekersPage, TodayPage

pytestmark = pytest.mark.usefixtures("boxes")
PAGES = [
    *["today", "seekers", "employers", "sessions", "placements", "stats"],
    *["review", "casework", "events"],
]
TITLES = [
    "오늘",
    "구직자",
    "구인업체·구인",
    "상담",
    "알선·취업",
    "통계",
    "검토",
    "사후관리",
    "행사",
]


@SQLITE_ONLY
def test_title_status_bar_and_pages(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, admin, tmp_path)
    assert window.windowTitle() == "deskapp — 금천구 일자리 상담창구"
    assert window.user_label.text() == "관리자 (admin) · 관리자"
    assert window.db_label.toolTip() == workspace.location
    assert window.page_keys() == PAGES
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == TITLES
    assert isinstance(window.page("today"), TodayPage)
    assert isinstance(window.page("seekers"), SeekersPage)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["파일(&F)", "기록(&C)", "보기(&V)", "관리(&A)", "도움말(&H)"]


@SQLITE_ONLY
def test_ctrl_number_switches_pages(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, admin, tmp_path)
    for number in (3, 6, 1, 5, 2, 4):
        qtbot.keyClick(
            window.nav, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier
        )
        assert window.current_page_key() == PAGES[number - 1]
        assert window.stack.currentIndex() == number - 1
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)  # the list itself is a keyboard way too
    assert window.current_page_key() == "placements"


@SQLITE_ONLY
def test_a_page_key_is_added_once(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, admin, tmp_path)
    with pytest.raises(ValueError):
        window._add_page("seekers", "again", QWidget())
    assert window.page_keys() == PAGES


@SQLITE_ONLY
def test_last_page_geometry_and_desk_are_restored(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    first = open_window(qtbot, workspace, admin, tmp_path)
    # The offscreen screen is 800×800; the window is no narrower than its widest page.
    size = (max(795, first.minimumSizeHint().width()), 660)
    first.resize(*size)
    qtbot.keyClick(first.nav, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    first.set_desk("dong", "독산동")
    first.close()
    assert (tmp_path / "settings.ini").exists()

    second = open_window(qtbot, workspace, admin, tmp_path)
    assert second.current_page_key() == "employers"
    assert (second.width(), second.height()) == size
    assert (second.current_desk(), second.current_site()) == ("dong", "독산동")


@SQLITE_ONLY
def test_desk_switcher_preselects_the_counselors_desk(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    dong = counselor_at(workspace, admin, "dong")
    window = open_window(qtbot, workspace, dong, tmp_path)
    assert window.desk_combo.currentText() == "동주민센터"
    assert window.site_combo.isVisible() and window.current_site() == "시흥4동"
    with qtbot.waitSignal(window.sig_desk_changed) as changed:
        window.site_combo.setCurrentIndex(window.site_combo.findText("독산동"))
    assert changed.args == ["dong", "독산동"]
    # A counselor works at their own desk only: no other desk is offered.
    assert [window.desk_combo.itemData(i) for i in range(window.desk_combo.count())] == ["dong"]


@SQLITE_ONLY
def test_import_needs_the_import_permission(
    qtbot: QtBot, workspace: Workspace, admin: Actor, counselor: Actor, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, counselor, tmp_path)
    assert not window.import_action.isEnabled()
    assert "관리자" in window.import_action.toolTip()
    window.close()

    window = open_window(qtbot, workspace, admin, tmp_path)
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    qtbot.keyClick(window.nav, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@SQLITE_ONLY
def test_save_template_writes_the_records_workbook(
    qtbot: QtBot,
    workspace: Workspace,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "양식"  # no suffix typed: .xlsx is added
    asked: list[Any] = []

    def choose(*args: Any) -> tuple[str, str]:
        asked.append(args)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    window = open_window(qtbot, workspace, admin, tmp_path)
    window.template_action.trigger()
    written = tmp_path / "양식.xlsx"
    qtbot.waitUntil(written.exists, timeout=10_000)
    qtbot.waitUntil(lambda: window.saved_bar.label.text() == f"저장했습니다: {written}")
    book = openpyxl.load_workbook(written)
    assert {"구직자", "구인업체", "구인", "상담", "알선", "취업"} <= set(book.sheetnames)
    assert asked and asked[0][1] == "빈 양식 저장"


@SQLITE_ONLY
def test_fits_a_1366_by_768_screen(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, admin, tmp_path)
    window.show_page("stats")
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768 - 40 - 30  # task bar, title bar
    assert window.isMaximized()  # the first time: the whole screen, whatever its size
    normal = window.normalGeometry()  # and un-maximised, it still fits
    assert normal.width() <= 1366 and normal.height() <= 728
