"""구인기업체 발굴 in the window, by keyboard: the 접촉 기록 tab of an
employer's window (Ctrl+L, Ctrl+Shift+A, Ctrl+Shift+D), the next actions due on the 사후관리
page, and 기업발굴 실적 from the 보기 menu (Ctrl+Shift+B)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import SQLITE_ONLY, counselor_at, rows
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from qt_support import active, commit, open_window, type_over

from deskapp.domain.access import Actor
from deskapp.domain.commands import RegisterEmployer, RegisterOpening
from deskapp.domain.outreach import ContactKind, LogContact, OutreachCounts
from deskapp.services.outreach import Agreement, Contact, OutreachItem
from deskapp.services.workspace import Workspace
from deskapp.ui.casework import CaseworkTools
from deskapp.ui.employer_view import EmployerRecord
from deskapp.ui.forms import FormDialog
from deskapp.ui.main_window import MainWindow
from deskapp.ui.outreach import (
    AgreementsModel,
    ContactsModel,
    OutreachItemsModel,
    OutreachReportDialog,
    OutreachReportModel,
)
from deskapp.ui.widgets import ReasonDialog

pytestmark = [pytest.mark.usefixtures("boxes"), SQLITE_ONLY]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def _employer(workspace: Workspace, actor: Actor) -> tuple[int, str]:
    saved = workspace.records.register_employer(actor, RegisterEmployer("(주)가산물류"))
    return saved.id, saved.number


def _open_employer(qtbot: QtBot, window: MainWindow, employer_id: int) -> EmployerRecord:
    with qtbot.waitSignal(window.record_windows.sig_opened, timeout=10_000) as opened:
        window.context.open_employer(employer_id)
    record = opened.args[0]
    assert isinstance(record, EmployerRecord)
    qtbot.waitUntil(lambda: record.outreach.contact_model is not None, timeout=5000)
    active(qtbot, record)
    return record


def _form(qtbot: QtBot) -> FormDialog:
    found: list[FormDialog] = []

    def shown() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, FormDialog) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=5000)
    dialog = found[-1]
    active(qtbot, dialog)
    return dialog


def _editor(dialog: FormDialog, key: str) -> object:
    return dialog.panel.fields[key].editor


def _contacts(record: EmployerRecord) -> list[tuple[str, ...]]:
    model = record.outreach.contact_model
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_contacts_and_agreements_on_the_employer_page_by_keyboard(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    gvalley = counselor_at(workspace, admin, "gvalley")
    employer_id, _number = _employer(workspace, gvalley)
    window = open_window(qtbot, workspace, gvalley, tmp_path)
    record = _open_employer(qtbot, window, employer_id)
    qtbot.keyClick(record, Qt.Key.Key_5, ALT)  # 접촉 기록(&5)
    assert record.tabs.currentWidget() is record.outreach

    # Ctrl+L: the first contact, 신규 발굴 ticked already; 구분 by arrow key; Hangul committed.
    qtbot.keyClick(record, Qt.Key.Key_L, CTRL)
    dialog = _form(qtbot)
    first = _editor(dialog, "신규 발굴")
    assert isinstance(first, QCheckBox) and first.isChecked()
    day = _editor(dialog, "접촉일")
    assert isinstance(day, QLineEdit) and day.hasFocus() and day.text() == "2018-10-30"
    type_over(qtbot, day, "2018-10-29")
    kind = _editor(dialog, "구분")
    assert isinstance(kind, QComboBox)
    kind.setFocus()
    qtbot.keyClick(kind, Qt.Key.Key_Down)
    assert kind.currentData() == ContactKind.PHONE.value
    note = _editor(dialog, "내용")
    assert isinstance(note, QPlainTextEdit)
    note.setFocus()
    commit(note, "인사팀장과 통화")
    action = _editor(dialog, "다음 할 일")
    assert isinstance(action, QLineEdit)
    type_over(qtbot, action, "채용 계획 확인")
    next_on = _editor(dialog, "다음 일자")
    assert isinstance(next_on, QLineEdit)
    type_over(qtbot, next_on, "2018-10-28")  # before the contact: refused on the form
    assert dialog.panel.fields["다음 일자"].error() == "접촉일보다 빠를 수 없습니다."
    type_over(qtbot, next_on, "2018-10-30")
    with qtbot.waitSignal(record.outreach.sig_loaded, timeout=10_000):
        qtbot.keyClick(next_on, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: record.outreach.contact_model.rowCount() == 1, timeout=10_000)
    assert _contacts(record) == [
        (
            "2018-10-29",
            "전화",
            "신규",
            "G밸리",
            "gvalley 상담사",
            "채용 계획 확인",
            "2018-10-30",
            "",
            "인사팀장과 통화",
        ),
    ]

    # A counselor logs at their own desk only: no other desk is offered.
    active(qtbot, record)
    qtbot.keyClick(record, Qt.Key.Key_L, CTRL)
    dialog = _form(qtbot)
    first = _editor(dialog, "신규 발굴")
    assert isinstance(first, QCheckBox) and not first.isChecked()  # it has a contact now
    desk = _editor(dialog, "창구")
    assert isinstance(desk, QComboBox)
    assert [desk.itemData(i) for i in range(desk.count())] == ["gvalley"]
    assert rows(workspace, "SELECT count(*) FROM employer_contacts") == [(1,)]
    desk.setCurrentIndex(desk.findData("gvalley"))
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)  # the counselor says it is a 신규 발굴 after all
    assert first.isChecked()
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        qtbot.keyClick(desk, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: record.outreach.contact_model.rowCount() == 2, timeout=10_000)
    assert rows(workspace, "SELECT kind, first_contact FROM employer_contacts ORDER BY id") == [
        ("전화", 1),
        ("방문", 1),
    ]

    # Ctrl+Shift+A: an agreement; the hires against it are shown.
    active(qtbot, record)
    qtbot.keyClick(record, Qt.Key.Key_A, CTRL | SHIFT)
    dialog = _form(qtbot)
    ends = _editor(dialog, "종료일")
    pledged = _editor(dialog, "채용 약정 인원")
    assert isinstance(ends, QLineEdit) and isinstance(pledged, QLineEdit)
    type_over(qtbot, ends, "2019-10-29")
    type_over(qtbot, pledged, "x")
    assert dialog.panel.fields["채용 약정 인원"].error() == "0 이상의 정수를 입력하세요."
    type_over(qtbot, pledged, "5")
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        qtbot.keyClick(pledged, Qt.Key.Key_S, CTRL)
    model = record.outreach.agreement_model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    assert [model.index(0, c).data() for c in range(5)] == [
        "2018-10-30",
        "2018-10-30 ~ 2019-10-29",
        "5",
        "0",
        "0",
    ]

    # Ctrl+Shift+D on the first contact (newest first: the visit has no next action).
    active(qtbot, record)
    record.outreach.contacts.setFocus()
    record.outreach.contacts.selectRow(0)
    qtbot.keyClick(record.outreach.contacts, Qt.Key.Key_D, CTRL | SHIFT)
    assert "다음 할 일이 있는 접촉" in record.outreach.message.text()
    record.outreach.contacts.selectRow(1)
    with qtbot.waitSignal(record.outreach.sig_loaded, timeout=10_000):
        qtbot.keyClick(record.outreach.contacts, Qt.Key.Key_D, CTRL | SHIFT)
    qtbot.waitUntil(lambda: _contacts(record)[1][7] == "2018-10-30", timeout=10_000)
    assert workspace.outreach.due(gvalley) == []

    # Delete on the agreement: a reason, and it is void (kept, no longer listed).
    record.outreach.agreements.setFocus()
    record.outreach.agreements.selectRow(0)
    qtbot.keyClick(record.outreach.agreements, Qt.Key.Key_Delete)
    reason = record.outreach.reason_dialog
    assert isinstance(reason, ReasonDialog)
    active(qtbot, reason)
    reason.reason_edit.setFocus()
    commit(reason.reason_edit, "업체 요청으로 취소")
    with qtbot.waitSignal(record.outreach.sig_loaded, timeout=10_000):
        qtbot.keyClick(reason.reason_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=10_000)
    assert rows(workspace, "SELECT void, void_reason FROM hiring_agreements") == [
        (1, "업체 요청으로 취소")
    ]
    assert record.outreach.message.text() == "2018-10-30 협약을 무효로 했습니다."


def test_next_actions_due_on_the_follow_up_page(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    gvalley = counselor_at(workspace, admin, "gvalley")
    employer_id, number = _employer(workspace, gvalley)
    workspace.outreach.log_contact(
        gvalley,
        LogContact(
            number,
            date(2018, 10, 2),
            ContactKind.VISIT,
            next_action="채용 계획 확인",
            next_on=date(2018, 10, 29),
        ),
    )
    window = open_window(qtbot, workspace, gvalley, tmp_path)
    tools = window.tool(CaseworkTools)
    page = tools.page
    window.show_page("casework")
    with qtbot.waitSignal(page.sig_counts, timeout=10_000):
        page.load()  # the window loaded it once as it was built: wait for this one
    qtbot.waitUntil(lambda: page.outreach_model.rowCount() == 1, timeout=10_000)
    assert [page.outreach_model.index(0, c).data() for c in range(5)] == [
        "2018-10-29",
        "(주)가산물류",
        "채용 계획 확인",
        "G밸리",
        "gvalley 상담사",
    ]

    # Enter opens the employer.
    page.outreach_table.setFocus()
    page.outreach_table.selectRow(0)
    with qtbot.waitSignal(window.record_windows.sig_opened, timeout=10_000) as opened:
        qtbot.keyClick(page.outreach_table, Qt.Key.Key_Return)
    record = opened.args[0]
    assert isinstance(record, EmployerRecord) and record.employer_id == employer_id
    record.close()

    # Ctrl+Shift+D marks it done: it leaves the list.
    active(qtbot, window)
    page.outreach_table.setFocus()
    page.outreach_table.selectRow(0)
    with qtbot.waitSignal(page.sig_changed, timeout=10_000):
        qtbot.keyClick(page.outreach_table, Qt.Key.Key_D, CTRL | SHIFT)
    qtbot.waitUntil(lambda: page.outreach_model.rowCount() == 0, timeout=10_000)
    assert page.status_label.text() == "(주)가산물류: 다음 할 일을 마쳤습니다."
    assert rows(workspace, "SELECT next_done_on FROM employer_contacts") == [("2018-10-30",)]


def test_the_outreach_report_from_the_view_menu(
    qtbot: QtBot, workspace: Workspace, admin: Actor, team_lead: Actor, tmp_path: Path
) -> None:
    gvalley = counselor_at(workspace, admin, "gvalley")
    _employer_id, number = _employer(workspace, gvalley)
    workspace.outreach.log_contact(gvalley, LogContact(number, date(2018, 3, 5), ContactKind.VISIT))
    workspace.outreach.log_contact(gvalley, LogContact(number, date(2018, 3, 9), ContactKind.PHONE))
    workspace.records.register_opening(
        gvalley, RegisterOpening(number, "물류 사무원", 2, date(2018, 3, 12))
    )
    window = open_window(qtbot, workspace, team_lead, tmp_path)
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL | SHIFT)
    dialogs: list[OutreachReportDialog] = []

    def shown() -> bool:
        dialogs[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, OutreachReportDialog) and w.isVisible()
        ]
        return bool(dialogs)

    qtbot.waitUntil(shown, timeout=5000)
    dialog = dialogs[0]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 48, timeout=10_000)
    model = dialog.model
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headings == ["월", "창구", "신규발굴", "방문", "전화", "협약", "발굴기업 구인등록"]
    march = [[model.index(r, c).data() for c in range(7)] for r in range(8, 12)]
    assert march[1] == ["2018-03", "G밸리", "1", "1", "1", "0", "1"]
    assert march[0] == ["2018-03", "일자리플러스센터", "0", "0", "0", "0", "0"]
    assert (
        dialog.total_label.text() == "신규발굴 1 · 방문 1 · 전화 1 · 협약 0 · 발굴기업 구인등록 1"
    )

    # Alt+Y chooses another year.
    active(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Y, ALT)
    assert dialog.year_spin.hasFocus()
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        qtbot.keyClick(dialog.year_spin, Qt.Key.Key_Down)
    assert dialog.year_spin.value() == 2017
    assert (
        dialog.total_label.text() == "신규발굴 0 · 방문 0 · 전화 0 · 협약 0 · 발굴기업 구인등록 0"
    )


def test_the_outreach_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    contact = Contact(
        1,
        1,
        date(2018, 10, 1),
        ContactKind.VISIT,
        "gvalley",
        "상담사",
        True,
        "메모",
        "재방문",
        date(2018, 10, 8),
        None,
    )
    contacts = ContactsModel()
    contacts.set_rows([contact])
    qtmodeltester.check(contacts)
    agreements = AgreementsModel()
    agreements.set_rows(
        [Agreement(1, 1, date(2018, 10, 1), date(2018, 10, 1), None, 3, "gvalley", None, 1, 1)]
    )
    qtmodeltester.check(agreements)
    due = OutreachItemsModel()
    due.set_rows([OutreachItem(1, 1, "E1", "업체", date(2018, 10, 8), "재방문", "plus", "")])
    qtmodeltester.check(due)
    report = OutreachReportModel()
    report.set_rows([OutreachCounts(2018, 1, "plus", 1, 2, 3, 4, 5)])
    qtmodeltester.check(report)


def test_a_pledge_that_is_no_number_is_shown_at_its_field(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    # "²" passes str.isdigit() but not int(): it is refused at the field, not raised.
    gvalley = counselor_at(workspace, admin, "gvalley")
    employer_id, _number = _employer(workspace, gvalley)
    window = open_window(qtbot, workspace, gvalley, tmp_path)
    record = _open_employer(qtbot, window, employer_id)
    qtbot.keyClick(record, Qt.Key.Key_A, CTRL | SHIFT)
    dialog = _form(qtbot)
    pledged = _editor(dialog, "채용 약정 인원")
    assert isinstance(pledged, QLineEdit)
    for typed in ("²", "100001", "-1"):
        type_over(qtbot, pledged, typed)
        assert dialog.panel.fields["채용 약정 인원"].error() == "0 이상의 정수를 입력하세요.", typed
    qtbot.keyClick(pledged, Qt.Key.Key_S, CTRL)
    assert rows(workspace, "SELECT count(*) FROM hiring_agreements") == [(0,)]
    type_over(qtbot, pledged, "0명")  # none pledged is an agreement too
    assert dialog.panel.fields["채용 약정 인원"].error() == ""
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        qtbot.keyClick(pledged, Qt.Key.Key_S, CTRL)
    assert rows(workspace, "SELECT pledged FROM hiring_agreements") == [(0,)]
