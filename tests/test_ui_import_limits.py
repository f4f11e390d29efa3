"""The import dialog shows a capped problem list: the first 1,000, then how many more."""

from __future__ import annotations

from pathlib import Path

import pytest
import xlsx_bombs as bombs
from conftest import SQLITE_ONLY
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from qt_support import active

from deskapp.domain.access import Actor
from deskapp.services.importer import MAX_PROBLEMS
from deskapp.services.workspace import Workspace
from deskapp.ui.context import WorkContext
from deskapp.ui.import_dialog import ImportDialog

pytestmark = pytest.mark.usefixtures("boxes")


@SQLITE_ONLY
def test_a_workbook_of_thousands_of_problems_lists_a_thousand_and_the_rest(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    book = bombs.invalid_rows_bomb(tmp_path / "invalid.xlsx", rows=2_000)  # 6,000 problems
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = ImportDialog(WorkContext(workspace, admin, settings))
    qtbot.addWidget(dialog)
    dialog.show()
    active(qtbot, dialog)
    dialog.path_edit.setFocus()
    qtbot.keyClicks(dialog.path_edit, str(book))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.problems_box.isVisible, timeout=15_000)
    assert dialog.message_label.text() == (
        "통합문서에 문제가 1,002건 넘게 있어 아무것도 가져오지 않았습니다 "
        "(처음 1,000건만 보이고, 그 뒤로는 확인하지 않았습니다)."
    )
    model = dialog.problems_model
    assert model.rowCount() == MAX_PROBLEMS + 1
    last = [model.index(MAX_PROBLEMS, c).data() for c in range(4)]
    assert last[:3] == ["구직자", "336", ""]
    assert last[3].startswith("… 그 밖에 2건, 그리고 더 있을 수 있음")
