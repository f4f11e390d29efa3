"""Registration forms: checked as typed with the domain's messages, the duplicate warning,
the consent, and the 저장 / 저장 안 함 / 취소 prompt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import shiboken6
from conftest import SQLITE_ONLY, new_seeker
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from qt_support import active, commit, open_window, type_over

from deskapp.domain.access import Actor
from deskapp.domain.audit import CONSENT_FIELD
from deskapp.services.browse import SeekerFilter
from deskapp.services.workspace import Workspace
from deskapp.ui.employer_view import EmployerRecord
from deskapp.ui.forms import EmployerForm, FormDialog, OpeningForm, SeekerForm
from deskapp.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("boxes")
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def _form(qtbot: QtBot, window: MainWindow, keys: Any = CTRL) -> FormDialog:
    qtbot.keyClick(window.nav, Qt.Key.Key_N, keys)
    dialogs = [d for d in window.findChildren(FormDialog) if d.isVisible()]
    assert len(dialogs) == 1
    qtbot.waitUntil(dialogs[0].isActiveWindow, timeout=5000)
    return dialogs[0]


def _prompt(qtbot: QtBot, parent: QWidget) -> QMessageBox:
    def visible() -> QMessageBox | None:
        for box in parent.findChildren(QMessageBox, "unsaved_prompt"):
            if shiboken6.isValid(box) and box.isVisible():
                return box
        return None

    qtbot.waitUntil(lambda: visible() is not None, timeout=5000)
    box = visible()
    assert box is not None
    active(qtbot, box)
    return box


def _seekers(workspace: Workspace, actor: Actor) -> int:
    return len(workspace.browse.seeker_ids(actor, SeekerFilter()))


@SQLITE_ONLY
def test_seeker_form_checks_each_field_as_it_is_typed(
    qtbot: QtBot, workspace: Workspace, plus: Actor, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, plus, tmp_path)
    window.show_page("seekers")
    dialog = _form(qtbot, window)
    form = dialog.panel
    assert isinstance(form, SeekerForm) and form.name_edit.hasFocus()
    assert dialog.windowTitle() == "구직자 등록"

    def error(key: str) -> str:
        return form.fields[key].error()

    assert error("성명") == ""  # nothing typed yet: no nagging
    type_over(qtbot, form.name_edit, "홍길동2")
    assert error("성명") == "'홍길동2'에 숫자가 들어 있습니다."
    assert form.fields["성명"].message.isVisible()
    type_over(qtbot, form.name_edit, "홍길동")
    assert error("성명") == "" and not form.fields["성명"].message.isVisible()
    form.name_edit.selectAll()
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Delete)
    assert error("성명") == "성명을 입력하세요."  # emptied after typing
    type_over(qtbot, form.name_edit, "홍길동")

    type_over(qtbot, form.birth_edit, "20150101")
    assert error("생년월일") == "2015-01-01: 나이가 3세로 맞지 않습니다."
    type_over(qtbot, form.birth_edit, "1960.2.30")
    assert error("생년월일") == "'1960.2.30'은 없는 날짜입니다."
    type_over(qtbot, form.birth_edit, "1960.2.29")
    assert error("생년월일") == ""
    type_over(qtbot, form.phone_edit, "010-123")
    assert error("연락처") == "'010-123'은 올바른 전화번호가 아닙니다."
    type_over(qtbot, form.phone_edit, "+82 10-9876-5432")
    assert error("연락처") == ""
    type_over(qtbot, form.date_edit, "20181101")
    assert error("등록일") == "2018-11-01은 미래의 날짜입니다."
    type_over(qtbot, form.date_edit, "2018-10-29")

    qtbot.keyClick(form.date_edit, Qt.Key.Key_S, CTRL)  # the consent is missing
    assert error(CONSENT_FIELD) == "개인정보 수집·이용에 동의를 받아야 등록할 수 있습니다."
    assert form.consent_check.hasFocus()
    assert "고칠 곳이 1군데 있습니다" in form.message_label.text()
    assert _seekers(workspace, plus) == 0 and dialog.isVisible()

    qtbot.keyClick(form.consent_check, Qt.Key.Key_Space)
    assert error(CONSENT_FIELD) == ""
    with qtbot.waitSignal(window.records.sig_opened, timeout=10_000) as opened:
        qtbot.keyClick(form.consent_check, Qt.Key.Key_Return)  # Enter: 저장
    record = opened.args[0]
    assert not shiboken6.isValid(dialog)  # closed and gone
    assert record.detail.phone == "010-9876-5432" and record.detail.registered_on.day == 29
    assert record.detail.counselor_name == "plus 상담사"  # blank: the one who registers
    assert "구직자 D00000001을 등록했습니다." in window.statusBar().currentMessage()


@SQLITE_ONLY
def test_a_known_phone_or_name_and_birth_date_warns_without_blocking(
    qtbot: QtBot, workspace: Workspace, plus: Actor, tmp_path: Path
) -> None:
    known_id = new_seeker(
        workspace, plus, "김민수", "20180202", 연락처="010-3333-4444", 생년월일="1980-05-05"
    )
    new_seeker(workspace, plus, "이영희", "2018-03-02")
    window = open_window(qtbot, workspace, plus, tmp_path)
    window.show_page("seekers")
    dialog = _form(qtbot, window)
    form = dialog.panel
    assert isinstance(form, SeekerForm)
    duplicates = form.duplicates
    commit(form.name_edit, "박서준")
    with qtbot.waitSignal(form.sig_duplicates, timeout=5000) as checked:
        type_over(qtbot, form.phone_edit, "01033334444")
    assert checked.args == [1] and duplicates.isVisible()
    assert duplicates.model.index(0, 0).data() == "김민수"
    assert duplicates.model.index(0, 2).data() == "010-****-4444"  # masked, as in lists
    assert "같은 연락처이거나 같은 이름·생년월일인 구직자가 1명 있습니다" in duplicates.label.text()

    with qtbot.waitSignal(form.sig_duplicates, timeout=5000) as checked:
        type_over(qtbot, form.phone_edit, "010-3333-4445")
    assert checked.args == [0] and not duplicates.isVisible()
    with qtbot.waitSignal(form.sig_duplicates, timeout=5000) as checked:
        type_over(qtbot, form.name_edit, "김민수")
        type_over(qtbot, form.birth_edit, "1980-05-05")
    assert checked.args == [1] and duplicates.isVisible()

    # The existing record opens from the warning (Enter), the form stays as it was.
    duplicates.table.setFocus()
    with qtbot.waitSignal(window.records.sig_opened, timeout=10_000) as opened:
        qtbot.keyClick(duplicates.table, Qt.Key.Key_Return)
    assert opened.args[0].seeker_id == known_id
    assert dialog.isVisible() and form.values()["성명"] == "김민수"
    opened.args[0].close()

    # A warning, not a block: a different person of the same name and birth date is saved.
    active(qtbot, dialog)
    form.consent_check.setChecked(True)
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        qtbot.keyClick(form.birth_edit, Qt.Key.Key_S, CTRL)
    assert _seekers(workspace, plus) == 3


@SQLITE_ONLY
def test_employer_and_opening_forms(
    qtbot: QtBot, workspace: Workspace, plus: Actor, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, plus, tmp_path)
    page = window.employers_page
    with qtbot.waitSignal(page.employer_model.sig_loaded, timeout=10_000):
        window.show_page("employers")
    qtbot.keyClick(window.nav, Qt.Key.Key_N, CTRL | SHIFT)  # no employer chosen yet
    assert "업체를 먼저" in page.status_label.text()
    assert not [d for d in window.findChildren(FormDialog) if d.isVisible()]

    dialog = _form(qtbot, window)
    form = dialog.panel
    assert isinstance(form, EmployerForm) and dialog.windowTitle() == "구인업체 등록"
    commit(form.name_edit, "(주)독산정밀")
    type_over(qtbot, form.business_edit, "124-81-0099")
    assert form.fields["사업자등록번호"].error() == "'124-81-0099'는 10자리가 아닙니다 (9자리)."
    type_over(qtbot, form.business_edit, "124-81-00999")
    assert form.fields["사업자등록번호"].error() == (
        "'124-81-00999'의 검증번호(마지막 자리)가 맞지 않습니다."
    )
    type_over(qtbot, form.business_edit, "124-81-00998")
    assert form.fields["사업자등록번호"].error() == ""
    type_over(qtbot, form.phone_edit, "02-2627-12")
    assert form.fields["연락처"].error() == "'02-2627-12'는 올바른 전화번호가 아닙니다."
    type_over(qtbot, form.phone_edit, "02-2627-1234")
    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        qtbot.keyClick(form.phone_edit, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: page.selected_employer() is not None)
    employer = page.selected_employer()
    assert employer is not None and employer.business_no == "124-81-00998"
    assert page.employer_model.index(0, 5).data() == "02-2627-1234"

    active(qtbot, window)
    dialog = _form(qtbot, window, CTRL | SHIFT)
    opening = dialog.panel
    assert isinstance(opening, OpeningForm)
    assert dialog.windowTitle() == "구인 등록 — (주)독산정밀"
    commit(opening.occupation_edit, "CNC 가공")
    type_over(qtbot, opening.headcount_edit, "0")
    assert opening.fields["모집인원"].error() == "'0'은 1 이상이어야 합니다."
    type_over(qtbot, opening.headcount_edit, "3명")
    assert opening.fields["모집인원"].error() == ""
    type_over(qtbot, opening.closes_edit, "2018-09-30")
    type_over(qtbot, opening.date_edit, "2018-10-02")
    assert opening.fields["마감일"].error() == "마감일이 등록일보다 빠릅니다."
    type_over(qtbot, opening.closes_edit, "2018-11-30")
    assert opening.fields["마감일"].error() == ""
    with qtbot.waitSignal(page.opening_model.sig_loaded, timeout=10_000):
        qtbot.keyClick(opening.closes_edit, Qt.Key.Key_Return)
    shown = [page.opening_model.index(0, c).data() for c in range(4)]
    assert shown == ["2018-10-02", "(주)독산정밀", "CNC 가공", "3"]
    # Enter on the employer opens its window, which lists its openings.
    active(qtbot, window)
    page.employer_table.setFocus()
    with qtbot.waitSignal(window.record_windows.sig_opened, timeout=10_000) as opened:
        qtbot.keyClick(page.employer_table, Qt.Key.Key_Return)
    record = opened.args[0]
    assert isinstance(record, EmployerRecord) and record.employer_id == employer.id
    assert record.windowTitle() == "구인업체 — (주)독산정밀"
    shown = [record.opening_model.index(0, c).data() for c in range(4)]
    assert record.opening_model.rowCount() == 1
    assert shown == ["2018-10-02", "(주)독산정밀", "CNC 가공", "3"]
    record.close()


@SQLITE_ONLY
def test_an_unsaved_form_asks_before_it_is_closed(
    qtbot: QtBot, workspace: Workspace, plus: Actor, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, plus, tmp_path)
    window.show_page("seekers")
    dialog = _form(qtbot, window)
    assert isinstance(dialog.panel, SeekerForm)
    qtbot.keyClick(dialog.panel.name_edit, Qt.Key.Key_Escape)  # nothing typed: just closes
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()

    active(qtbot, window)
    dialog = _form(qtbot, window)
    form = dialog.panel
    assert isinstance(form, SeekerForm)
    commit(form.name_edit, "최수아")
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Escape)
    box = _prompt(qtbot, dialog)
    assert box.text() == "‘구직자 등록’에 저장하지 않은 내용이 있습니다. 저장할까요?"
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # 취소
    assert dialog.isVisible() and form.name_edit.text() == "최수아"

    active(qtbot, dialog)
    dialog.close()  # the window's close button
    box = _prompt(qtbot, dialog)
    qtbot.keyClick(box, Qt.Key.Key_S, ALT)  # 저장: the consent is missing, so it stays
    qtbot.waitUntil(lambda: form.fields[CONSENT_FIELD].error() != "")
    assert dialog.isVisible() and _seekers(workspace, plus) == 0

    window.close()  # the main window asks through the open form
    assert window.isVisible()
    box = _prompt(qtbot, dialog)
    qtbot.keyClick(box, Qt.Key.Key_N, ALT)  # 저장 안 함
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    assert _seekers(workspace, plus) == 0
    window.close()
    assert not window.isVisible()


@SQLITE_ONLY
def test_a_save_that_waits_for_another_writer_says_so_at_once_and_can_be_given_up(
    qtbot: QtBot, workspace: Workspace, plus: Actor, tmp_path: Path
) -> None:
    import sqlite3
    import time

    assert workspace.db.path is not None
    other = sqlite3.connect(workspace.db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another desk is in the middle of a long write
    try:
        window = open_window(qtbot, workspace, plus, tmp_path)
        window.show_page("seekers")
        dialog = _form(qtbot, window)
        form = dialog.panel
        assert isinstance(form, SeekerForm)
        commit(form.name_edit, "한기다")
        form.consent_check.setChecked(True)
        started = time.monotonic()
        qtbot.keyClick(form.name_edit, Qt.Key.Key_S, CTRL)
        qtbot.waitUntil(
            lambda: "다른 사용자가 저장하는 중이라 기다립니다" in form.message_label.text(),
            timeout=5000,
        )
        assert time.monotonic() - started < 3  # at once, not after the busy timeout
        qtbot.keyClick(form.name_edit, Qt.Key.Key_Escape)  # give up waiting
        qtbot.waitUntil(lambda: "그만두었습니다" in form.message_label.text(), timeout=5000)
        assert dialog.isVisible() and form.name_edit.text() == "한기다"
        assert form.consent_check.isChecked()
    finally:
        other.execute("ROLLBACK")
        other.close()
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        qtbot.keyClick(form.name_edit, Qt.Key.Key_S, CTRL)  # the other write ended: saved
    assert _seekers(workspace, plus) == 1
