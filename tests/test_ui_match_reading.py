"""추천 구인 and 맞는 구직자 read without hovering: the short columns fit their contents,
추천 이유 takes the free width and wraps, the chosen row's whole reason is shown under the
list; and Enter asks once before the referral is made (Esc: nothing referred)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import shiboken6
from conftest import SQLITE_ONLY, new_seeker, rows
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot
from qt_support import open_window, refer

from deskapp.domain.access import Actor
from deskapp.domain.commands import RegisterEmployer, RegisterOpening
from deskapp.domain.records import EmploymentType
from deskapp.services.workspace import Workspace
from deskapp.ui.casework.matching import MatchDialog, MatchesDialog, SeekerMatchDialog

pytestmark = pytest.mark.usefixtures("boxes")


def _records(workspace: Workspace, plus: Actor) -> dict[str, object]:
    r = workspace.records
    employer = r.register_employer(
        plus, RegisterEmployer("가산디지털단지 종합건물관리 주식회사", address="서울 금천구 가산동")
    ).number
    guard = r.register_opening(
        plus,
        RegisterOpening(
            employer,
            "아파트 경비원",
            1,
            date(2018, 10, 1),
            wage="월 230만원",
            employment_type=EmploymentType("정규직"),
        ),
    )
    other = r.register_opening(plus, RegisterOpening(employer, "시설 경비", 2, date(2018, 10, 2)))
    seeker = new_seeker(
        workspace,
        plus,
        "박경비",
        "2018-09-01",
        희망직종="경비",
        주소="서울 금천구 독산동",
        희망고용형태="정규직",
        희망임금="월 200만원",
    )
    return {"guard": guard, "other": other, "seeker": seeker}


def _loaded(qtbot: QtBot, dialog: MatchesDialog) -> None:
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(dialog.table.hasFocus, timeout=5000)


def _check_reading(qtbot: QtBot, dialog: MatchesDialog) -> None:
    table, model = dialog.table, dialog.model
    header = table.horizontalHeader()
    assert header.sectionResizeMode(2) == QHeaderView.ResizeMode.Stretch
    assert table.wordWrap()
    assert table.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
    # The short columns are as wide as their contents; the reasons get the rest.
    for column in (0, 1):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column)
    assert table.columnWidth(2) >= table.viewport().width() // 3
    # A long reason wraps onto more lines instead of being cut off.
    line = table.fontMetrics().height()
    tallest = max(table.rowHeight(r) for r in range(model.rowCount()))
    assert tallest >= 2 * line
    # The chosen row's whole reason under the list, following the cursor.
    first = model.item(0)
    assert first is not None
    text = dialog.reason_label.text()
    assert text.startswith(first.title) and all(reason in text for reason in first.reasons)
    assert dialog.reason_label.isVisible() and dialog.reason_label.wordWrap()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    second = model.item(1)
    assert second is not None
    assert dialog.reason_label.text().startswith(second.title)
    qtbot.keyClick(table, Qt.Key.Key_Up)


def _check_asking(qtbot: QtBot, workspace: Workspace, dialog: MatchesDialog, says: str) -> None:
    # Enter asks, naming both sides, the day and the desk; Esc answers 취소: nothing
    # referred, the list stays as it was.
    with qtbot.waitSignal(dialog.sig_asking, timeout=5000) as asked:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    box = asked.args[0]
    qtbot.waitUntil(box.isVisible, timeout=5000)
    assert says in box.text()
    assert "알선일 2018-10-30 · 알선창구 일자리플러스센터" in box.informativeText()
    assert box.defaultButton().text() == "알선(&R)"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(box) or not box.isVisible(), timeout=5000)
    assert rows(workspace, "SELECT count(*) FROM referrals") == [(0,)]
    assert dialog.model.rowCount() == 2
    # Enter asks again; Enter (the default answer, 알선) refers.
    with qtbot.waitSignal(dialog.sig_referred, timeout=10_000):
        refer(qtbot, dialog)
    assert rows(workspace, "SELECT count(*) FROM referrals") == [(1,)]


@SQLITE_ONLY
def test_recommended_openings_read_without_hovering_and_enter_asks_once(
    qtbot: QtBot, workspace: Workspace, plus: Actor, tmp_path: Path
) -> None:
    made = _records(workspace, plus)
    window = open_window(qtbot, workspace, plus, tmp_path)
    assert window.context.desk_value() == "plus"
    dialog = MatchDialog(
        window.context,
        int(made["seeker"]),  # type: ignore[call-overload]
        "박경비 (D00000001)",
        "D00000001",
        window,
    )
    qtbot.addWidget(dialog)
    dialog.resize(800, 420)  # the opening's name fits; the reasons have to wrap
    _loaded(qtbot, dialog)
    _check_reading(qtbot, dialog)
    _check_asking(qtbot, workspace, dialog, "박경비 (D00000001) → 가산디지털단지")


@SQLITE_ONLY
def test_fitting_seekers_read_without_hovering_and_enter_asks_once(
    qtbot: QtBot, workspace: Workspace, plus: Actor, tmp_path: Path
) -> None:
    made = _records(workspace, plus)
    new_seeker(workspace, plus, "최경비", "2018-09-02", 희망직종="경비원")
    window = open_window(qtbot, workspace, plus, tmp_path)
    guard = made["guard"]
    dialog = SeekerMatchDialog(
        window.context,
        guard.id,  # type: ignore[attr-defined]
        "가산디지털단지 종합건물관리 주식회사 · 아파트 경비원",
        guard.number,  # type: ignore[attr-defined]
        window,
    )
    qtbot.addWidget(dialog)
    dialog.resize(440, 420)  # a narrow window: the reasons have to wrap
    _loaded(qtbot, dialog)
    _check_reading(qtbot, dialog)
    _check_asking(qtbot, workspace, dialog, "박경비 → 가산디지털단지 종합건물관리 주식회사")
