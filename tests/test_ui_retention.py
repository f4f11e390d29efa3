"""The 고용유지 현황 window: opened from the menu, the figures of seeded records, the people of
a cell (and their record opened from it), the export with its reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import SQLITE_ONLY, TODAY, rows
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from qt_support import active, open_window
from test_retention import EXPECTED, seed

from deskapp.domain.access import Actor
from deskapp.domain.desks import DESK_CODES
from deskapp.domain.retention import CHECKPOINTS, STATES
from deskapp.services.workspace import Workspace
from deskapp.ui.context import WorkContext
from deskapp.ui.retention import CELLS, RawRole, RetentionDialog, RetentionPeopleDialog

pytestmark = [pytest.mark.usefixtures("boxes"), SQLITE_ONLY]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _dialog(
    qtbot: QtBot, workspace: Workspace, actor: Actor, settings: QSettings
) -> RetentionDialog:
    dialog = RetentionDialog(WorkContext(workspace, actor, settings))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        dialog.show()
    return dialog


def _column(months: int, state: str) -> int:
    return 2 + CELLS.index((months, state))


def test_menu_opens_this_years_figures(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    seed(workspace, admin)
    window = open_window(qtbot, workspace, admin, tmp_path)
    assert window.retention_action.shortcut().toString() == "Ctrl+Shift+K"
    window.retention_action.trigger()
    dialog = window.findChild(RetentionDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.report is not None, timeout=10_000)
    model = dialog.model
    assert dialog.period().start.isoformat() == f"{TODAY.year}-01-01"
    desks = [model.index(r, 0).data(RawRole) for r in range(model.rowCount())]
    assert desks == ["total", *DESK_CODES]
    for r, desk in enumerate(desks[1:], start=1):
        shown = tuple(model.index(r, c).data(RawRole) for c in range(1, model.columnCount()))
        assert shown == EXPECTED[desk]
    assert model.index(1, 1).data() == "5"
    assert "유지" in str(model.headerData(2, Qt.Orientation.Horizontal))
    ModelTester(None).check(model)
    dialog.close()


def test_enter_on_a_cell_lists_its_people_and_opens_a_record(
    qtbot: QtBot, workspace: Workspace, admin: Actor, settings: QSettings
) -> None:
    seeded = seed(workspace, admin)
    dialog = _dialog(qtbot, workspace, admin, settings)
    table = dialog.table
    # every desk cell lists as many people as it counts
    for row in (1, 2):
        for months in CHECKPOINTS:
            for state in STATES:
                index = dialog.model.index(row, _column(months, state))
                people = dialog.open_cell(index)
                assert people is not None
                with qtbot.waitSignal(people.sig_loaded, timeout=10_000) as loaded:
                    pass
                assert len(loaded.args[0]) == index.data(RawRole), (row, months, state)
                people.close()
    assert dialog.open_cell(dialog.model.index(0, _column(1, "unknown"))) is None  # 총 계
    # by keyboard: plus, 1 month, 미확인
    table.setFocus()
    table.setCurrentIndex(dialog.model.index(1, _column(1, "unknown")))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    people = dialog.people_dialog
    assert isinstance(people, RetentionPeopleDialog)
    qtbot.waitUntil(lambda: people.model.rowCount() == 3, timeout=10_000)
    names = [people.model.index(r, 0).data() for r in range(3)]
    assert names == ["기", "을", "경"]
    people.view.setCurrentIndex(people.model.index(1, 0))
    with qtbot.waitSignal(dialog.sig_open_seeker, timeout=5_000) as opened:
        qtbot.keyClick(people.view, Qt.Key.Key_Return)
    assert opened.args == [seeded["people"]["을"].id]
    people.close()


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(path), ""))


def _export(qtbot: QtBot, dialog: RetentionDialog, reason: str) -> Any:
    with qtbot.waitSignal(dialog.sig_exported, timeout=10_000) as exported:
        qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # 엑셀로 저장(&E)
        qtbot.waitUntil(lambda: dialog.reason_dialog is not None, timeout=5_000)
        asking = dialog.reason_dialog
        assert asking is not None and not asking.ok_button.isEnabled()
        asking.reason_edit.setFocus()
        asking.reason_edit.insert(reason)
        qtbot.keyClick(asking.reason_edit, Qt.Key.Key_Return)
    return exported.args[0]


def test_export_writes_the_sheet_and_logs_the_reason(
    qtbot: QtBot,
    workspace: Workspace,
    admin: Actor,
    team_lead: Actor,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seeded = seed(workspace, admin)
    dialog = _dialog(qtbot, workspace, team_lead, settings)
    active(qtbot, dialog)
    target = tmp_path / "고용유지.xlsx"
    _choose_file(monkeypatch, target)
    assert _export(qtbot, dialog, "구청 보고") == target
    sheet = load_workbook(target)["고용유지"]
    names = [c.value for c in sheet["A"][4:9]]
    assert names[:3] == ["총 계", "일자리플러스센터", "G밸리 일자리상담창구"]
    assert [c.value for c in sheet[6][1:14]] == list(EXPECTED["plus"])
    assert rows(workspace, "SELECT detail FROM access_log WHERE action = 'export'") == [
        ("고용유지 현황 2018-01-01 ~ 2018-12-31 (전체) · 사유: 구청 보고",)
    ]
    dialog.close()

    # a counselor saves their own desk's row, with the reason logged
    mine = _dialog(qtbot, workspace, seeded["gvalley"], settings)
    active(qtbot, mine)
    assert mine.export_button.isEnabled()
    own = tmp_path / "mine.xlsx"
    _choose_file(monkeypatch, own)
    _export(qtbot, mine, "창구 회의")
    written = [c.value for c in load_workbook(own)["고용유지"]["A"][4:6]]
    assert written[0] == "G밸리 일자리상담창구" and "총 계" not in written
    assert rows(
        workspace, "SELECT username, detail FROM access_log WHERE action = 'export' ORDER BY id"
    )[-1] == ("c-gvalley", "고용유지 현황 2018-01-01 ~ 2018-12-31 (gvalley) · 사유: 창구 회의")
    mine.close()
