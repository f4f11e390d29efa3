"""A counselor's whole day, by keyboard alone, on a real database; then a team lead exports.

Log in → register a seeker (form, consent) → the record opens → two sessions
(Ctrl+N … Ctrl+S) → an employer and an opening → find the seeker again
(Ctrl+F) → refer (Ctrl+R) → the placement (Ctrl+P) → the 통계 page counts it
all → a team lead saves the xlsx, which holds the same numbers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
import shiboken6
from conftest import PASSWORD, SQLITE_ONLY, TODAY, counselor_at
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from qt_support import active, commit

from deskapp.domain.access import Actor
from deskapp.domain.records import RecordKind, Role
from deskapp.services.workspace import Workspace
from deskapp.ui.forms import EmployerForm, FormDialog, OpeningForm, SeekerForm
from deskapp.ui.main_window import MainWindow
from deskapp.ui.seeker_view import SeekerRecord
from deskapp.ui.startup import Startup
from deskapp.ui.work_forms import PlacementForm, ReferralForm, SessionForm

pytestmark = pytest.mark.usefixtures("boxes")
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def _press(qtbot: QtBot, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed wherever the keyboard is now."""
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard"
    qtbot.keyClick(target, key, modifier)


def _typed(qtbot: QtBot, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)


def _form(qtbot: QtBot, window: MainWindow, kind: type) -> FormDialog:
    def found() -> FormDialog | None:
        for dialog in window.findChildren(FormDialog):
            if shiboken6.isValid(dialog) and dialog.isVisible() and isinstance(dialog.panel, kind):
                return dialog
        return None

    qtbot.waitUntil(lambda: found() is not None, timeout=5000)
    dialog = found()
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None and dialog.focusWidget().hasFocus())
    return dialog


def _record(qtbot: QtBot, window: MainWindow) -> SeekerRecord:
    qtbot.waitUntil(lambda: len(window.records.windows()) == 1, timeout=10_000)
    record = window.records.windows()[0]
    qtbot.waitUntil(record.isActiveWindow, timeout=5000)
    return record


def _save(qtbot: QtBot, record: SeekerRecord) -> None:
    with qtbot.waitSignal(record.sig_saved, timeout=10_000):
        _press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: record.panel is None)


def _log_in(qtbot: QtBot, workspace: Workspace, settings: QSettings) -> tuple[Startup, MainWindow]:
    startup = Startup(workspace.location, settings, today=TODAY)
    startup.start()
    qtbot.waitUntil(lambda: startup.login is not None and startup.login.isVisible(), timeout=15_000)
    login = startup.login
    assert login is not None
    qtbot.addWidget(login)
    active(qtbot, login)
    login.username_edit.setFocus()
    _typed(qtbot, "c-plus")
    _press(qtbot, Qt.Key.Key_Tab)
    assert login.password_edit.hasFocus()
    _typed(qtbot, PASSWORD)
    with qtbot.waitSignal(startup.sig_window_shown, timeout=15_000) as shown:
        _press(qtbot, Qt.Key.Key_Return)
    window = shown.args[0]
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return startup, window


@SQLITE_ONLY
def test_a_counselors_day_by_keyboard(
    qtbot: QtBot,
    workspace: Workspace,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counselor_at(workspace, admin, "plus")
    lead = workspace.accounts.create_user(admin, "lead", PASSWORD, Role.TEAM_LEAD)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)

    # -- log in; the day's first start took a backup copy --------------------------------
    startup, window = _log_in(qtbot, workspace, settings)
    try:
        assert [b.reason for b in workspace.backups.copies()] == ["daily"]
        assert window.current_desk() == "plus"

        # -- register a seeker: 구직자 page, Ctrl+N, the form, the consent --------------
        _press(qtbot, Qt.Key.Key_2, CTRL)
        assert window.current_page_key() == "seekers"
        _press(qtbot, Qt.Key.Key_N, CTRL)
        dialog = _form(qtbot, window, SeekerForm)
        form = dialog.panel
        assert isinstance(form, SeekerForm)
        commit(form.name_edit, "박하늘")
        _press(qtbot, Qt.Key.Key_Tab)
        _typed(qtbot, "19850315")
        _press(qtbot, Qt.Key.Key_Tab)
        assert form.gender_combo.hasFocus()
        _press(qtbot, Qt.Key.Key_Down)  # 남
        _press(qtbot, Qt.Key.Key_Tab)
        _typed(qtbot, "010-4321-8765")
        _press(qtbot, Qt.Key.Key_Tab)
        _press(qtbot, Qt.Key.Key_Tab)  # 주소: none
        assert form.resident_combo.hasFocus()
        _press(qtbot, Qt.Key.Key_Tab)  # 구민여부: (모름)
        commit(form.job_edit, "조립")
        # F4: the classification, searched with what was typed; " 전자" narrows it.
        _press(qtbot, Qt.Key.Key_F4)
        picker = form.occupation.dialog
        assert picker is not None
        qtbot.waitUntil(lambda: picker.tree.currentIndex().isValid())
        assert picker.filter_edit.hasFocus() and picker.filter_edit.text() == "조립"
        _press(qtbot, Qt.Key.Key_End)
        _typed(qtbot, " ")
        commit(picker.filter_edit, "전자")
        _press(qtbot, Qt.Key.Key_Return)  # one 세분류 left: the list has it
        assert picker.tree.hasFocus()
        _press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: form.occupation.value() == "8360")
        assert form.occupation.label.text() == "8360 전기·전자 부품·제품 조립원 (고름)"
        qtbot.waitUntil(form.job_edit.hasFocus)  # back where the job was typed
        assert form.values()["성별"] == "남" and form.values()["생년월일"] == "19850315"
        _press(qtbot, Qt.Key.Key_S, CTRL)  # no consent yet: refused in the form
        assert form.fields["개인정보 수집·이용 동의"].error() == (
            "개인정보 수집·이용에 동의를 받아야 등록할 수 있습니다."
        )
        assert dialog.isVisible()
        _press(qtbot, Qt.Key.Key_A, ALT)  # 개인정보 수집·이용 동의를 받았습니다(&A)
        qtbot.waitUntil(form.consent_check.isChecked)  # a mnemonic clicks with a short delay
        _press(qtbot, Qt.Key.Key_S, CTRL)

        # -- the record opens by itself --------------------------------------------------
        record = _record(qtbot, window)
        assert record.detail.name == "박하늘"
        assert record.values["연락처"].text() == "010-4321-8765"
        assert record.values["희망직종"].text() == "조립 · 직업분류 8360 전기·전자 부품·제품 조립원"
        seeker_id = record.seeker_id

        # -- two sessions: Ctrl+N … Ctrl+S ----------------------------------------------
        _press(qtbot, Qt.Key.Key_N, CTRL)
        session = record.panel
        assert isinstance(session, SessionForm)
        assert session.date_edit.hasFocus() and session.date_edit.text() == "2018-10-30"
        _press(qtbot, Qt.Key.Key_Tab)
        _press(qtbot, Qt.Key.Key_Down)  # 방문 → 전화
        _press(qtbot, Qt.Key.Key_Tab)
        commit(session.notes_edit, "구직 상담, 이력서 작성 안내")
        _press(qtbot, Qt.Key.Key_Tab)
        _typed(qtbot, "20181106")
        _save(qtbot, record)
        _press(qtbot, Qt.Key.Key_N, CTRL)
        _save(qtbot, record)  # the defaults: today, 방문
        qtbot.waitUntil(lambda: len(record.entries()) == 2)
        titles = [e.title for e in record.entries()]
        assert titles == ["상담 (방문) plus 상담사", "상담 (전화) plus 상담사"]
        assert "다음 연락: 2018-11-06" in record.entries()[1].detail
        _press(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not window.records.windows())

        # -- an employer and its opening (구인업체·구인 page) -----------------------------
        active(qtbot, window)
        _press(qtbot, Qt.Key.Key_3, CTRL)
        assert window.current_page_key() == "employers"
        _press(qtbot, Qt.Key.Key_N, CTRL)
        dialog = _form(qtbot, window, EmployerForm)
        assert isinstance(dialog.panel, EmployerForm)
        commit(dialog.panel.name_edit, "가산전자")
        _press(qtbot, Qt.Key.Key_Tab)
        _typed(qtbot, "1248100999")
        assert "검증번호" in dialog.panel.fields["사업자등록번호"].error()
        _press(qtbot, Qt.Key.Key_Backspace)
        _typed(qtbot, "8")
        assert dialog.panel.fields["사업자등록번호"].error() == ""
        with qtbot.waitSignal(window.employers_page.sig_loaded, timeout=10_000):
            _press(qtbot, Qt.Key.Key_S, CTRL)
        page = window.employers_page
        qtbot.waitUntil(lambda: page.selected_employer() is not None)
        employer = page.selected_employer()
        assert employer is not None and employer.name == "가산전자"
        active(qtbot, window)
        _press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
        dialog = _form(qtbot, window, OpeningForm)
        assert isinstance(dialog.panel, OpeningForm)
        commit(dialog.panel.occupation_edit, "조립")
        _press(qtbot, Qt.Key.Key_Tab)
        _typed(qtbot, "2")
        with qtbot.waitSignal(page.opening_model.sig_loaded, timeout=10_000):
            _press(qtbot, Qt.Key.Key_S, CTRL)
        assert page.opening_model.rowCount() == 1
        assert page.opening_model.index(0, 2).data() == "조립"
        assert page.opening_model.index(0, 3).data() == "2"

        # -- find the seeker again: Ctrl+F, the phone's last four digits, Enter ---------
        active(qtbot, window)
        _press(qtbot, Qt.Key.Key_F, CTRL)
        search = window.seekers_page.search
        assert window.current_page_key() == "seekers" and search.edit.hasFocus()
        _typed(qtbot, "8765")
        qtbot.waitUntil(lambda: [s.name for s in search.found()] == ["박하늘"], timeout=5000)
        _press(qtbot, Qt.Key.Key_Return)
        record = _record(qtbot, window)
        assert record.seeker_id == seeker_id

        # -- refer: Ctrl+R, the fitting opening first, Ctrl+S ---------------------------
        _press(qtbot, Qt.Key.Key_R, CTRL)
        referral = record.panel
        assert isinstance(referral, ReferralForm)
        qtbot.waitUntil(lambda: referral.model.rowCount() == 1, timeout=5000)
        assert referral.model.index(0, 0).data() == "희망직종(조립)과 맞음"
        assert referral.table.hasFocus() and referral.table.current_row() == 0
        _save(qtbot, record)
        qtbot.waitUntil(lambda: record.entries()[0].kind is RecordKind.REFERRAL)
        assert record.entries()[0].referral_pending

        # -- the placement: Ctrl+P, 알선취업 from that referral, 확인방법 ----------------
        _press(qtbot, Qt.Key.Key_P, CTRL)
        placement = record.panel
        assert isinstance(placement, PlacementForm)
        assert placement.values()["취업구분"] == "알선취업"
        assert placement.values()["알선"] == record.entries()[0].id
        for _ in range(5):  # 취업 구분 → 알선 → 취업일 → 업체명 → 고용형태 → 확인방법
            _press(qtbot, Qt.Key.Key_Tab)
        assert placement.verification_combo.hasFocus()
        _press(qtbot, Qt.Key.Key_Down)
        assert placement.values()["확인방법"] == "고용보험 가입 확인"
        _save(qtbot, record)
        qtbot.waitUntil(lambda: record.entries()[0].kind is RecordKind.PLACEMENT)
        assert record.entries()[0].title == "취업 (알선취업): 가산전자"
        assert "고용보험 가입 확인" in record.entries()[0].detail
        _press(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not window.records.windows())

        # -- 오늘 and 통계 -----------------------------------------------------------------
        active(qtbot, window)
        _press(qtbot, Qt.Key.Key_1, CTRL)
        qtbot.waitUntil(lambda: window.today_page.counts() == (2, 0), timeout=5000)
        assert window.today_page.summary_label.text() == "오늘 상담 2건 · 연락할 사람 0명"
        _press(qtbot, Qt.Key.Key_6, CTRL)
        stats = window.stats_view
        model = stats.table_model
        expected = ["1", "1", "2", "1", "1"]  # 구인등록, 구직등록, 상담, 알선, 취업자수
        qtbot.waitUntil(
            lambda: (
                model.rowCount() == 5
                and [model.index(0, c).data() for c in range(1, 6)] == expected
            ),
            timeout=10_000,
        )
        assert [model.index(1, c).data() for c in range(6)] == ["일자리플러스센터", *expected]
        assert stats.export_button.isEnabled()  # a counselor exports their own desk's
    finally:
        startup.close()

    # -- the team lead saves the table; the file holds the same numbers ----------------
    target = tmp_path / "실적.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    lead_window = MainWindow(
        workspace, lead, QSettings(str(tmp_path / "lead.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(lead_window)
    lead_window.show()
    active(qtbot, lead_window)
    lead_window.nav.setFocus()
    stats = lead_window.stats_view
    with qtbot.waitSignal(stats.sig_loaded, timeout=10_000):
        _press(qtbot, Qt.Key.Key_6, CTRL)
    _press(qtbot, Qt.Key.Key_E, ALT)  # 엑셀로 저장(&E)
    qtbot.waitUntil(
        lambda: stats.reason_dialog is not None and stats.reason_dialog.isVisible(), timeout=5000
    )
    reason = stats.reason_dialog
    assert reason is not None
    qtbot.waitUntil(reason.reason_edit.hasFocus)
    commit(reason.reason_edit, "10월 실적 보고")
    with qtbot.waitSignal(stats.sig_exported, timeout=10_000):
        _press(qtbot, Qt.Key.Key_Return)
    sheet = openpyxl.load_workbook(target)["실적"]
    written = [[sheet.cell(row, col).value for col in range(1, 7)] for row in (5, 6)]
    assert written == [["총 계", 1, 1, 2, 1, 1], ["일자리플러스센터", 1, 1, 2, 1, 1]]
