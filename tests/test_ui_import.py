"""The import dialog: a valid workbook is imported, a rejected one lists its problems."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from conftest import SQLITE_ONLY
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from qt_support import active

from deskapp.domain.access import Actor
from deskapp.domain.dates import Period
from deskapp.domain.errors import Problem
from deskapp.services.workspace import Workspace
from deskapp.ui.context import WorkContext
from deskapp.ui.import_dialog import ImportDialog, ProblemsModel
from deskapp.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("boxes")


def _workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def valid_workbook(tmp_path: Path) -> Path:
    return _workbook(
        tmp_path / "records.xlsx",
        {
            "구직자": [
                ["구직자번호", "성명", "등록창구", "등록일", "연락처"],
                ["S-1", "김하나", "일자리플러스센터", date(2018, 10, 2), "010-1234-5678"],
                ["S-2", "이둘", "독산동", "2018.10.05", None],
            ],
            "상담": [
                ["구직자번호", "상담일", "상담창구", "상담방법"],
                ["S-1", "2018-10-03", "plus", "방문"],
                ["S-1", "20181004", "plus", "전화"],
                ["S-2", "2018-10-06", "동주민센터", None],
            ],
        },
    )


@pytest.fixture
def bad_workbook(tmp_path: Path) -> Path:
    return _workbook(
        tmp_path / "bad.xlsx",
        {
            "구직자": [
                ["구직자번호", "성명", "등록창구", "등록일"],
                ["S-1", "김하나", "서울역", "2018-10-02"],
                ["S-2", "이둘", "plus", "2018-13-01"],
            ],
            "상담": [
                ["구직자번호", "상담일", "상담창구"],
                ["S-9", "2018-10-03", "plus"],
            ],
        },
    )


def _dialog(qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path) -> ImportDialog:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = ImportDialog(WorkContext(workspace, admin, settings))
    qtbot.addWidget(dialog)
    dialog.show()
    active(qtbot, dialog)
    return dialog


def _import(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    """Type the path, press Enter, wait until the worker has finished."""
    dialog.path_edit.setFocus()
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=15_000)


@SQLITE_ONLY
def test_valid_workbook_is_imported_with_counts(
    qtbot: QtBot, workspace: Workspace, admin: Actor, valid_workbook: Path, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, workspace, admin, tmp_path)
    with qtbot.waitSignal(dialog.sig_imported, timeout=15_000) as imported:
        _import(qtbot, dialog, valid_workbook)
    report = imported.args[0]
    assert report.counts["구직자"] == 2 and report.counts["상담"] == 3
    text = dialog.message_label.text()
    assert "‘records.xlsx’에서 5건을 가져왔습니다." in text
    assert "구직자 2건" in text and "상담 3건" in text
    assert not dialog.problems_box.isVisible()
    table = workspace.statistics.table(admin, Period.month(2018, 10))
    assert (table.by_desk["plus"].sessions, table.by_desk["dong"].job_seekers) == (2, 1)

    # The same file again is refused with the date of the first import.
    _import_again = dialog.path_edit.text()
    assert _import_again == str(valid_workbook)
    dialog.import_button.setFocus()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "이미 가져왔습니다" in dialog.message_label.text(), timeout=15_000)
    assert workspace.statistics.table(admin, Period.month(2018, 10)).total.sessions == 3


@SQLITE_ONLY
def test_rejected_workbook_lists_problems_that_can_be_copied(
    qtbot: QtBot, workspace: Workspace, admin: Actor, bad_workbook: Path, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, workspace, admin, tmp_path)
    _import(qtbot, dialog, bad_workbook)
    qtbot.waitUntil(dialog.problems_box.isVisible)
    assert "문제가 3건 있어 아무것도 가져오지 않았습니다" in dialog.message_label.text()
    model = dialog.problems_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "시트",
        "행",
        "열",
        "내용",
    ]
    rows = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    assert rows == [
        ["구직자", "2", "등록창구"],
        ["구직자", "3", "등록일"],
        ["상담", "2", "구직자번호"],
    ]
    assert "서울역" in model.index(0, 3).data()
    assert (
        workspace.statistics.table(admin, Period.year(2018)).total
        == workspace.statistics.table(admin, Period.year(2017)).total
    )  # nothing was written

    view = dialog.problems_view
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # rows 1-2
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text().split("\n")
    assert len(copied) == 2
    assert copied[0].split("\t")[:3] == ["구직자", "2", "등록창구"]
    assert copied[1].split("\t")[:3] == ["구직자", "3", "등록일"]

    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # 모두 복사(&A)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text().startswith("시트\t행\t열\t내용"))
    assert len(QGuiApplication.clipboard().text().split("\n")) == 4


@SQLITE_ONLY
def test_missing_file_and_empty_path(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, workspace, admin, tmp_path)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.message_label.text() == "가져올 파일을 고르세요."
    _import(qtbot, dialog, tmp_path / "missing.xlsx")
    qtbot.waitUntil(dialog.problems_box.isVisible)
    assert dialog.problems_model.index(0, 3).data() == "파일이 없습니다."
    assert dialog.problems_model.index(0, 1).data() == ""  # the file itself, not a row


def test_import_from_the_menu_refreshes_the_statistics(
    qtbot: QtBot, workspace: Workspace, admin: Actor, valid_workbook: Path, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(workspace, admin, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.stats_view.sig_loaded, timeout=10_000):
        window.show()
        window.show_page("stats")
    active(qtbot, window)
    assert window.stats_view.table_model.index(0, 3).data() == "0"

    qtbot.keyClick(window.nav, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(window.stats_view.sig_loaded, timeout=15_000):
        _import(qtbot, dialog, valid_workbook)
    assert window.stats_view.table_model.index(0, 3).data() == "3"  # 총 계 상담
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)  # Enter now closes
    assert not dialog.isVisible()


@SQLITE_ONLY
def test_problems_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = ProblemsModel()
    qtmodeltester.check(model)
    model.set_problems(
        [Problem("구직자", 2, "성명", "성명을 입력하세요."), Problem("book.xlsx", 0, "", "손상")]
    )
    qtmodeltester.check(model)
