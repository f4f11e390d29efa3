"""취업지원 프로그램 in the window: reached by Ctrl+Shift+G, a programme made, a seeker
enrolled by 구직자번호, a session with a group note counted as 상담 for those ticked,
the session voided by Delete with a reason, completion and certificate, and both reports."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import pytest
from conftest import SQLITE_ONLY, add_seeker, counselor_at, rows
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu
from pytestqt.qtbot import QtBot
from qt_support import active, commit, open_window, type_over

from deskapp.domain.access import Actor
from deskapp.domain.dates import Period
from deskapp.domain.programmes import CreateProgramme, Enrol, ProgrammeFields
from deskapp.services.workspace import Workspace
from deskapp.ui.casework.merge import SeekerPicker
from deskapp.ui.forms import FormDialog
from deskapp.ui.lists import RowsModel
from deskapp.ui.programmes import (
    CertificateForm,
    CompleteForm,
    EnrolForm,
    ProgrammeForm,
    ProgrammesDialog,
    ProgrammeWindow,
    SessionForm,
)
from deskapp.ui.widgets import ReasonDialog

pytestmark = [pytest.mark.usefixtures("boxes"), SQLITE_ONLY]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
DAY = date(2018, 10, 30)
T = TypeVar("T")


def _row(model: RowsModel[T], row: int) -> T:
    """The row a test has just saved or listed: it is there."""
    item = model.item(row)
    assert item is not None
    return item


def _press(qtbot: QtBot, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard"
    qtbot.keyClick(target, key, modifier)


def _form(qtbot: QtBot, owner: Any) -> FormDialog:
    qtbot.waitUntil(
        lambda: isinstance(owner.form, QDialog) and owner.form.isVisible(), timeout=10_000
    )
    dialog = owner.form
    assert isinstance(dialog, FormDialog)
    active(qtbot, dialog)
    return dialog


def _save(qtbot: QtBot, dialog: FormDialog) -> Any:
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000) as saved:
        _press(qtbot, Qt.Key.Key_S, CTRL)
    return saved.args[0]


def _sessions(workspace: Workspace, admin: Actor) -> int:
    return workspace.statistics.table(admin, Period(DAY, DAY)).by_desk["plus"].sessions


def _programmes_dialog(qtbot: QtBot, window: Any) -> ProgrammesDialog:
    _press(qtbot, Qt.Key.Key_G, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.findChild(ProgrammesDialog) is not None, timeout=10_000)
    dialog = window.findChild(ProgrammesDialog)
    assert isinstance(dialog, ProgrammesDialog)
    qtbot.waitUntil(lambda: dialog.message.text() != "불러오는 중…", timeout=10_000)
    active(qtbot, dialog)
    return dialog


def test_a_programme_is_made_and_run_by_keyboard(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    numbers = [
        add_seeker(workspace, plus, name, "2018-03-02").number
        for name in ("가민수", "나영희", "다은지")
    ]
    window = open_window(qtbot, workspace, plus, tmp_path)
    programmes = _programmes_dialog(qtbot, window)
    assert programmes.year_spin.value() == 2018
    assert "없습니다" in programmes.message.text()

    # Ctrl+N: a new programme, its name typed; 운영창구 is the counselor's desk.
    _press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = _form(qtbot, programmes)
    panel = dialog.panel
    assert isinstance(panel, ProgrammeForm)
    assert panel.desk_combo.currentData() == "plus"
    panel.name_edit.setFocus()
    commit(panel.name_edit, "금천희망취업캠프")
    type_over(qtbot, panel.starts_edit, "2018-03-02")
    with qtbot.waitSignal(programmes.sig_loaded, timeout=10_000):
        _save(qtbot, dialog)
    assert programmes.list_model.rowCount() == 1
    assert _row(programmes.list_model, 0).name == "금천희망취업캠프"

    # Enter opens it; Ctrl+E enrols by 구직자번호 (Enter chooses the exact number).
    active(qtbot, programmes)
    programmes.list.setFocus()
    programmes.list.selectRow(0)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(programmes.window_, ProgrammeWindow), timeout=10_000)
    page = programmes.window_
    assert isinstance(page, ProgrammeWindow)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    active(qtbot, page)
    for number in numbers:
        active(qtbot, page)
        page.sessions.setFocus()
        _press(qtbot, Qt.Key.Key_E, CTRL)
        enrol = _form(qtbot, page)
        assert isinstance(enrol.panel, EnrolForm)
        picker = enrol.panel.picker
        picker.edit.setFocus()
        qtbot.keyClicks(picker.edit, number)
        qtbot.keyClick(picker.edit, Qt.Key.Key_Return)

        def chosen(p: SeekerPicker = picker) -> bool:
            return p.chosen is not None

        qtbot.waitUntil(chosen, timeout=10_000)
        with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
            _save(qtbot, enrol)
        page.form = None
    assert page.enrolment_model.rowCount() == 3

    # Ctrl+R: a session; one participant unticked, the note counted as 상담.
    before = _sessions(workspace, admin)
    active(qtbot, page)
    page.sessions.setFocus()
    _press(qtbot, Qt.Key.Key_R, CTRL)
    session = _form(qtbot, page)
    form = session.panel
    assert isinstance(form, SessionForm)
    assert form.present() == tuple(numbers)
    form.present_list.item(2).setCheckState(Qt.CheckState.Unchecked)
    form.note_edit.setFocus()
    commit(form.note_edit, "모의면접 집단상담")
    form.counts_check.setFocus()
    qtbot.keyClick(form.counts_check, Qt.Key.Key_Space)
    assert form.counts_check.isChecked()
    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        saved = _save(qtbot, session)
    assert len(saved.counseling_session_ids) == 2
    assert _sessions(workspace, admin) == before + 2
    assert _row(page.session_model, 0).counted == 2
    assert "회차를 추가했습니다." in page.message.text()

    # Delete on the 회차 tab voids it (with a reason), and its 상담 with it.
    active(qtbot, page)
    page.tabs.setCurrentWidget(page.sessions)
    page.sessions.setFocus()
    page.sessions.selectRow(0)
    _press(qtbot, Qt.Key.Key_Delete)
    assert "상담 2건도 무효" in _answer(qtbot, page, "날짜 잘못", page.sig_loaded)
    assert page.session_model.rowCount() == 0
    assert _sessions(workspace, admin) == before

    # Ctrl+D and Ctrl+K on the chosen participant: completion and certificate.
    active(qtbot, page)
    page.tabs.setCurrentWidget(page.enrolments)
    page.enrolments.setFocus()
    page.enrolments.selectRow(0)
    _press(qtbot, Qt.Key.Key_D, CTRL)
    done = _form(qtbot, page)
    assert isinstance(done.panel, CompleteForm)
    # Enrolled today: an earlier completion is refused where it was typed.
    type_over(qtbot, done.panel.day_edit, "2018-07-20")
    _press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: bool(done.panel.fields["이수일"].error()), timeout=10_000)
    assert done.panel.fields["이수일"].error() == "참여일보다 빠를 수 없습니다."
    type_over(qtbot, done.panel.day_edit, "2018-10-30")
    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        _save(qtbot, done)
    page.form = None
    active(qtbot, page)
    page.enrolments.setFocus()
    page.enrolments.selectRow(0)
    _press(qtbot, Qt.Key.Key_K, CTRL)
    certified = _form(qtbot, page)
    assert isinstance(certified.panel, CertificateForm)
    certified.panel.name_edit.setFocus()
    commit(certified.panel.name_edit, "웹디자인기능사")
    type_over(qtbot, certified.panel.day_edit, "2018-10-30")
    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        _save(qtbot, certified)
    first = _row(page.enrolment_model, 0)
    assert (first.completed_on, first.certificate) == (DAY, "웹디자인기능사")
    assert rows(
        workspace, "SELECT count(*) FROM record_changes WHERE record_kind = 'programme_enrolment'"
    ) == [(3,)]


def test_the_reports_show_the_seed_layouts(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    programme = workspace.programmes.create(
        plus,
        CreateProgramme(
            ProgrammeFields(
                "이력서 및 자소서 클리닉",
                date(2018, 5, 2),
                ends_on=date(2018, 11, 30),
                kind="클리닉",
            )
        ),
    ).id
    for name in ("가민수", "나영희"):
        number = add_seeker(workspace, plus, name, "2018-05-02").number
        workspace.programmes.enrol(plus, Enrol(programme, number, date(2018, 5, 2)))
    window = open_window(qtbot, workspace, plus, tmp_path)
    dialog = _programmes_dialog(qtbot, window)
    outcomes = dialog.outcome_model
    assert [outcomes.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "구 분", "교육대상", "교육이수자", "자격취득생(%)", "취업자(%)", "비 고",
    ]  # fmt: skip
    assert [outcomes.index(r, c).data() for r in range(2) for c in range(6)] == [
        "총 계", "2", "0", "0(0%)", "0(0%)", "",
        "2018년", "2", "0", "0(0%)", "0(0%)", "10.30.기준",
    ]  # fmt: skip
    year = dialog.year_model
    assert [year.index(0, c).data() for c in range(5)] == [
        "2018년",
        "이력서 및 자소서 클리닉",
        "5월 ~ 11월",
        "2명",
        "0회",
    ]
    # Another 구분 (Alt+K) leaves the clinic out; another year (Alt+Y) too.
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("취업캠프"))
    assert dialog.list_model.rowCount() == 0 and dialog.year_model.rowCount() == 0
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        dialog.kind_combo.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=10_000):
        dialog.year_spin.setValue(2017)
    assert dialog.list_model.rowCount() == 0


def test_the_menu_entry_has_its_shortcut(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, admin, tmp_path)
    assert window.programmes_action.shortcut().toString() == "Ctrl+Shift+G"
    menu = window.menuBar().actions()[1].menu()
    assert isinstance(menu, QMenu)
    assert window.programmes_action in menu.actions()


def _answer(qtbot: QtBot, owner: Any, reason: str, loaded: Any) -> str:
    """The reason dialog ``owner`` opened: its prompt, answered with ``reason``."""
    qtbot.waitUntil(lambda: isinstance(owner.form, ReasonDialog), timeout=10_000)
    dialog = owner.form
    assert isinstance(dialog, ReasonDialog)
    prompt = " ".join(label.text() for label in dialog.findChildren(QLabel))
    active(qtbot, dialog)
    dialog.reason_edit.setFocus()
    commit(dialog.reason_edit, reason)
    with qtbot.waitSignal(loaded, timeout=10_000):
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    return prompt


def test_delete_voids_a_participant_and_then_the_programme(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    programme = workspace.programmes.create(
        plus, CreateProgramme(ProgrammeFields("찾아가는 취업대비 교실", date(2018, 4, 2)))
    ).id
    for name in ("가민수", "나영희"):
        number = add_seeker(workspace, plus, name, "2018-04-02").number
        workspace.programmes.enrol(plus, Enrol(programme, number, date(2018, 4, 2)))
    window = open_window(qtbot, workspace, plus, tmp_path)
    programmes = _programmes_dialog(qtbot, window)
    programmes.list.setFocus()
    programmes.list.selectRow(0)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(programmes.window_, ProgrammeWindow), timeout=10_000)
    page = programmes.window_
    assert isinstance(page, ProgrammeWindow)
    qtbot.waitUntil(lambda: page.enrolment_model.rowCount() == 2, timeout=10_000)
    active(qtbot, page)
    page.tabs.setCurrentWidget(page.enrolments)
    page.enrolments.setFocus()
    page.enrolments.selectRow(1)
    _press(qtbot, Qt.Key.Key_Delete)
    prompt = _answer(qtbot, page, "잘못 등록", page.sig_loaded)
    assert "나영희" in prompt
    assert [e.name for e in page.enrolment_model.rows()] == ["가민수"]
    assert "참여를 무효로 했습니다." in page.message.text()
    page.close()

    # The list follows; Delete there voids the programme with what it holds.
    qtbot.waitUntil(lambda: programmes.list_model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: _row(programmes.list_model, 0).enrolled == 1, timeout=10_000)
    active(qtbot, programmes)
    programmes.list.setFocus()
    programmes.list.selectRow(0)
    _press(qtbot, Qt.Key.Key_Delete)
    prompt = _answer(qtbot, programmes, "폐강", programmes.sig_loaded)
    assert "참여 1명도 무효" in prompt
    assert programmes.list_model.rowCount() == 0
    assert rows(workspace, "SELECT void, void_reason FROM programmes") == [(1, "폐강")]
