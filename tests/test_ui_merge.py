"""구직자 병합 driven from the keyboard: each record is found by a name's 초성, the phone's
last four digits or the 구직자번호, chosen from the list under its field, merged in two
presses and undone; the same record twice is refused."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import SQLITE_ONLY, new_seeker
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from deskapp.domain.access import Actor
from deskapp.domain.commands import LogSession
from deskapp.domain.records import RecordKind
from deskapp.services.workspace import Workspace
from deskapp.ui.casework.merge import MergeDialog, SeekerPicker
from deskapp.ui.context import WorkContext
from deskapp.ui.workers import QueryOp

pytestmark = pytest.mark.usefixtures("boxes")
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
CONFIRM = "병합을 한 번 더 누르면 합칩니다."
SAME = "같은 기록끼리는 합칠 수 없습니다."


def _dialog(qtbot: QtBot, workspace: Workspace, lead: Actor) -> MergeDialog:
    dialog = MergeDialog(WorkContext(workspace, lead))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    return dialog


def _number(workspace: Workspace, actor: Actor, seeker_id: int) -> str:
    return workspace.browse.seekers(actor, [seeker_id])[0].seeker_no


def _session(workspace: Workspace, actor: Actor, seeker_id: int, day: str) -> None:
    """A session with the seeker ``seeker_id`` on ``day``."""
    number = _number(workspace, actor, seeker_id)
    workspace.records.log_session(actor, LogSession(number, date.fromisoformat(day)))


def _type(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Type into the focused edit; Hangul arrives a letter at a time as the input method
    commits it (QTest cannot type it)."""
    assert edit.hasFocus(), f"{edit.accessibleName()} does not have the keyboard"
    if text.isascii():
        qtbot.keyClicks(edit, text)
        return
    for letter in text:
        event = QInputMethodEvent()
        event.setCommitString(letter)
        QApplication.sendEvent(edit, event)


def _pick(qtbot: QtBot, picker: SeekerPicker, text: str, seeker_id: int, shown: int) -> None:
    """Type ``text``, wait for ``shown`` matches, go down to ``seeker_id`` and press Enter."""
    _type(qtbot, picker.edit, text)
    qtbot.waitUntil(lambda: picker.model.rowCount() == shown, timeout=10_000)
    ids = [item.id for item in picker.model.rows()]
    assert seeker_id in ids
    qtbot.keyClick(picker.edit, Qt.Key.Key_Down)
    assert picker.table.hasFocus()
    for _ in range(ids.index(seeker_id)):
        qtbot.keyClick(picker.table, Qt.Key.Key_Down)
    qtbot.keyClick(picker.table, Qt.Key.Key_Return)
    chosen = picker.chosen
    assert chosen is not None and chosen.id == seeker_id


def _sessions(workspace: Workspace, actor: Actor, seeker_id: int) -> int:
    timeline = workspace.browse.timeline(actor, seeker_id)
    return sum(1 for entry in timeline if entry.kind is RecordKind.SESSION and not entry.void)


def _void(workspace: Workspace, actor: Actor, seeker_id: int) -> bool:
    return workspace.browse.seekers(actor, [seeker_id])[0].void


@SQLITE_ONLY
def test_a_team_lead_finds_both_records_by_initials_and_phone_merges_and_undoes(
    qtbot: QtBot, workspace: Workspace, plus: Actor, team_lead: Actor
) -> None:
    phone = "010-1234-5678"
    keep = new_seeker(workspace, plus, "홍길동", "2018-09-01", 연락처=phone, 생년월일="1980-05-05")
    gone = new_seeker(workspace, plus, "홍길동", "2018-09-05", 연락처=phone, 생년월일="1980-05-05")
    new_seeker(workspace, plus, "홍길순", "2018-09-03", 연락처="010-2222-3333")
    new_seeker(workspace, plus, "김민수", "2018-09-04", 연락처="010-9999-5678")
    _session(workspace, plus, gone, "2018-09-05")
    _session(workspace, plus, gone, "2018-09-12")
    keep_no, gone_no = _number(workspace, plus, keep), _number(workspace, plus, gone)
    dialog = _dialog(qtbot, workspace, team_lead)

    # 홍ㄱ lists the three 홍ㄱ… people, not 김민수; Down, Down…, Enter chooses one.
    dialog.keep_edit.setFocus()
    _pick(qtbot, dialog.keep_picker, "홍ㄱ", keep, shown=3)
    assert {item.name for item in dialog.keep_picker.model.rows()} <= {"홍길동", "홍길순"}
    label = dialog.keep_picker.chosen_label.text()
    assert keep_no in label and "2018-09-01" in label and "1980" in label
    assert "1234" not in label  # the phone only as masked as the list shows it
    assert dialog.keep_picker.table.isHidden()
    qtbot.waitUntil(dialog.merge_edit.hasFocus, timeout=5000)

    # The phone's last four digits: both 홍길동 records and 김민수.
    _pick(qtbot, dialog.merge_picker, "5678", gone, shown=3)
    assert gone_no in dialog.merge_picker.chosen_label.text()
    qtbot.waitUntil(dialog.merge_button.hasFocus, timeout=5000)

    # The first press only says who goes where.
    qtbot.keyClick(dialog.merge_button, Qt.Key.Key_Return)
    expected = f"홍길동 ({gone_no})을 홍길동 ({keep_no})에 합칩니다. {CONFIRM}"
    qtbot.waitUntil(lambda: dialog.status_label.text() == expected, timeout=10_000)
    assert not _void(workspace, team_lead, gone)

    # Choosing again (the 구직자번호 typed whole, Enter) drops that confirmation.
    dialog.merge_edit.setFocus()
    qtbot.keyClick(dialog.merge_edit, Qt.Key.Key_A, CTRL)
    _type(qtbot, dialog.merge_edit, gone_no)
    assert dialog.merge_picker.chosen is None and dialog.status_label.text() == ""
    qtbot.keyClick(dialog.merge_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.merge_picker.chosen is not None, timeout=10_000)
    qtbot.waitUntil(dialog.merge_button.hasFocus, timeout=5000)
    assert dialog.status_label.text() == ""

    # Enter in a field already chosen moves on; it never presses 병합.
    dialog.keep_edit.setFocus()
    qtbot.keyClick(dialog.keep_edit, Qt.Key.Key_Return)
    assert dialog.merge_edit.hasFocus() and dialog.status_label.text() == ""

    dialog.merge_button.setFocus()
    qtbot.keyClick(dialog.merge_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.status_label.text() == expected, timeout=10_000)
    assert not _void(workspace, team_lead, gone)

    with qtbot.waitSignal(dialog.sig_merged, timeout=10_000) as merged:
        qtbot.keyClick(dialog.merge_button, Qt.Key.Key_Return)
    assert dialog.last_merge == merged.args[0] and dialog.undo_button.isEnabled()
    assert _void(workspace, team_lead, gone)
    assert _sessions(workspace, team_lead, keep) == 2
    found = workspace.browse.search_seekers(team_lead, "5678")
    assert gone not in [item.id for item in found]
    assert dialog.merge_picker.chosen is None

    with qtbot.waitSignal(dialog.sig_undone, timeout=10_000):
        qtbot.keyClick(dialog.keep_edit, Qt.Key.Key_U, ALT)
    assert not _void(workspace, team_lead, gone)
    assert _sessions(workspace, team_lead, keep) == 0
    assert _sessions(workspace, team_lead, gone) == 2
    assert dialog.last_merge is None and not dialog.undo_button.isEnabled()
    dialog.close()


@SQLITE_ONLY
def test_the_same_record_twice_is_refused_and_nothing_changes(
    qtbot: QtBot, workspace: Workspace, plus: Actor, team_lead: Actor
) -> None:
    keep = new_seeker(workspace, plus, "홍길동", "2018-09-01", 연락처="010-1234-5678")
    other = new_seeker(workspace, plus, "홍길동", "2018-09-05", 연락처="010-1234-5678")
    _session(workspace, plus, keep, "2018-09-05")
    dialog = _dialog(qtbot, workspace, team_lead)
    dialog.keep_edit.setFocus()
    _pick(qtbot, dialog.keep_picker, "ㅎㄱㄷ", keep, shown=2)
    qtbot.waitUntil(dialog.merge_edit.hasFocus, timeout=5000)
    _pick(qtbot, dialog.merge_picker, "홍길", keep, shown=2)
    assert dialog.status_label.text() == SAME and dialog.status_label.is_error()

    dialog.merge_button.setFocus()
    for _ in range(2):
        qtbot.keyClick(dialog.merge_button, Qt.Key.Key_Return)
        assert QueryOp.wait_for_all(10_000)
        QApplication.processEvents()
        assert dialog.status_label.text() == SAME
    assert dialog.last_merge is None and not dialog.undo_button.isEnabled()
    assert not _void(workspace, team_lead, keep) and not _void(workspace, team_lead, other)
    assert _sessions(workspace, team_lead, keep) == 1
    assert _sessions(workspace, team_lead, other) == 0
