"""Hiring events in the window: a counselor runs a small 일구데이 end to end by keyboard
(the event, an employer found and one made on the spot, walk-ins and a seeker found by
초성, interviews and stages to 채용), the report agrees with the desk statistics, a number
shows the people behind it, a counselor cannot export while a team lead can, F2 and Delete
ask a reason, the form's errors stand at their field, and every load runs in a worker."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import SQLITE_ONLY, add_seeker, counselor_at, rows
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel
from pytestqt.qtbot import QtBot
from qt_support import active, commit, open_window, type_over

from deskapp.domain.access import Actor
from deskapp.domain.commands import RegisterEmployer, RegisterOpening
from deskapp.domain.dates import Period
from deskapp.domain.desks import parse_desk
from deskapp.domain.events import (
    AddEventEmployer,
    AddParticipant,
    EventDetails,
    EventKind,
    SetResult,
)
from deskapp.services.events import ParticipantEntry
from deskapp.services.workspace import Workspace
from deskapp.ui.events import EventsPage, EventTools, EventWindow
from deskapp.ui.events.forms import (
    AddEmployerForm,
    AddParticipantForm,
    ChangeEmployerForm,
    EventForm,
    NewEmployerForm,
    WalkInForm,
)
from deskapp.ui.events.report import BehindDialog
from deskapp.ui.forms import FormDialog
from deskapp.ui.main_window import MainWindow
from deskapp.ui.widgets import ReasonDialog
from deskapp.ui.workers import QueryOp

pytestmark = [pytest.mark.usefixtures("boxes"), SQLITE_ONLY]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
OCTOBER = Period.parse("2018-10-01", "2018-10-31")


def _press(qtbot: QtBot, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard"
    qtbot.keyClick(target, key, modifier)


def _events_page(
    qtbot: QtBot, workspace: Workspace, actor: Actor, tmp_path: Path
) -> tuple[MainWindow, EventTools, EventsPage]:
    """The main window with its 행사 page, shown by its Ctrl+number, loaded."""
    window = open_window(qtbot, workspace, actor, tmp_path)
    tools = window.tool(EventTools)
    page = tools.page
    number = window.page_keys().index("events") + 1
    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), CTRL)
    assert window.current_page_key() == "events"
    return window, tools, page


def _form(qtbot: QtBot, owner: Any) -> FormDialog:
    qtbot.waitUntil(
        lambda: isinstance(owner.form, QDialog) and owner.form.isVisible(), timeout=10_000
    )
    dialog = owner.form
    assert isinstance(dialog, FormDialog)
    active(qtbot, dialog)
    return dialog


def _save(qtbot: QtBot, dialog: FormDialog, loaded: Any) -> Any:
    with (
        qtbot.waitSignal(loaded, timeout=10_000),
        qtbot.waitSignal(dialog.sig_saved, timeout=10_000) as saved,
    ):
        _press(qtbot, Qt.Key.Key_S, CTRL)
    return saved.args[0]


def _answer(qtbot: QtBot, dialog: Any, reason: str, loaded: Any) -> str:
    """A reason dialog answered with ``reason``: its prompt."""
    assert isinstance(dialog, ReasonDialog)
    prompt = " ".join(label.text() for label in dialog.findChildren(QLabel))
    active(qtbot, dialog)
    dialog.reason_edit.setFocus()
    commit(dialog.reason_edit, reason)
    with qtbot.waitSignal(loaded, timeout=10_000):
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    return prompt


def _placements(workspace: Workspace, admin: Actor) -> int:
    return workspace.statistics.table(admin, OCTOBER).by_desk["plus"].placements


def _key(qtbot: QtBot, widget: Any, key: Qt.Key, loaded: Any) -> None:
    with qtbot.waitSignal(loaded, timeout=10_000):
        qtbot.keyClick(widget, key)


def _current(event: EventWindow) -> ParticipantEntry:
    """The participant under the cursor, where the test has put it on one."""
    participant = event.current_participant()
    assert participant is not None
    return participant


def test_a_counselor_runs_a_small_ilgu_day_by_keyboard_and_the_figures_agree(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    registered = add_seeker(workspace, plus, "홍길동", "2018-09-03", 연락처="010-2627-1234")
    old = workspace.records.register_employer(plus, RegisterEmployer("(주)가산물류")).number
    workspace.records.register_opening(
        plus, RegisterOpening(old, "물류 사무원", 3, date(2018, 10, 2))
    )
    before = _placements(workspace, admin)
    window, _tools, page = _events_page(qtbot, workspace, plus, tmp_path)
    assert page.period_box.period() == Period.parse("2018-01-01", "2018-12-31")
    assert "없습니다" in page.message.text()
    assert window.new_action.text() == "행사 등록(&N)…"

    # Ctrl+N: the event; its page opens once saved.
    page.list.setFocus()
    _press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = _form(qtbot, page)
    panel = dialog.panel
    assert isinstance(panel, EventForm)
    assert panel.desk_combo.currentData() == "plus"
    assert panel.kind_combo.currentData() == EventKind.ILGU_DAY.value
    commit(panel.name_edit, "10월 소규모 일구데이")
    type_over(qtbot, panel.day_edit, "2018-10-25")
    type_over(qtbot, panel.venue_edit, "G밸리 지식산업센터")
    type_over(qtbot, panel.venue_type_edit, "지식산업센터")
    with qtbot.waitSignal(page.sig_opened, timeout=10_000) as opened:
        _save(qtbot, dialog, page.sig_loaded)
    event = opened.args[0]
    assert isinstance(event, EventWindow)
    qtbot.waitUntil(lambda: event.page is not None, timeout=10_000)
    assert event.page is not None and event.page.row.venue_type == "지식산업센터"
    active(qtbot, event)

    # Ctrl+R: the registered employer found by name (Enter takes the only match), its opening.
    event.tabs.setFocus()
    _press(qtbot, Qt.Key.Key_R, CTRL)
    dialog = _form(qtbot, event)
    add = dialog.panel
    assert isinstance(add, AddEmployerForm)
    commit(add.finder.edit, "가산")
    qtbot.keyClick(add.finder.edit, Qt.Key.Key_Return)  # before the answer: taken when it comes
    qtbot.waitUntil(lambda: add.finder.chosen is not None, timeout=10_000)
    assert add.finder.chosen is not None and add.finder.chosen.employer_no == old
    qtbot.waitUntil(lambda: add.opening_combo.count() == 2, timeout=10_000)
    type_over(qtbot, add.recruits_edit, "3")
    add.opening_combo.setFocus()
    qtbot.keyClick(add.opening_combo, Qt.Key.Key_Down)
    _save(qtbot, dialog, event.sig_loaded)
    event.form = None

    # Ctrl+Shift+R: an employer not yet registered, made on the spot with its opening.
    active(qtbot, event)
    _press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    dialog = _form(qtbot, event)
    new = dialog.panel
    assert isinstance(new, NewEmployerForm)
    commit(new.name_edit, "새봄식품")
    type_over(qtbot, new.phone_edit, "02-2627-5555")
    type_over(qtbot, new.occupation_edit, "식품 포장원")
    type_over(qtbot, new.recruits_edit, "2")
    _save(qtbot, dialog, event.sig_loaded)
    event.form = None
    assert [(e.name, e.recruits, e.opening_no is not None) for e in event.page.employers] == [
        ("(주)가산물류", 3, True),
        ("새봄식품", 2, True),
    ]

    # Ctrl+Shift+E twice: walk-ins, registered at the desk on the event's date.
    for name, phone in (("김현장", "010-5555-0001"), ("이현장", "010-5555-0002")):
        active(qtbot, event)
        _press(qtbot, Qt.Key.Key_E, CTRL | SHIFT)
        dialog = _form(qtbot, event)
        walk_in = dialog.panel
        assert isinstance(walk_in, WalkInForm)
        commit(walk_in.name_edit, name)
        type_over(qtbot, walk_in.phone_edit, phone)
        walk_in.consent_check.setFocus()
        qtbot.keyClick(walk_in.consent_check, Qt.Key.Key_Space)
        _save(qtbot, dialog, event.sig_loaded)
        event.form = None
    assert rows(
        workspace, "SELECT name, registered_on FROM job_seekers WHERE name LIKE '%현장'"
    ) == [("김현장", "2018-10-25"), ("이현장", "2018-10-25")]

    # Ctrl+E: the registered seeker found by 초성.
    active(qtbot, event)
    _press(qtbot, Qt.Key.Key_E, CTRL)
    dialog = _form(qtbot, event)
    find = dialog.panel
    assert isinstance(find, AddParticipantForm)
    find.picker.edit.setFocus()
    commit(find.picker.edit, "ㅎㄱㄷ")
    qtbot.waitUntil(lambda: find.picker.model.rowCount() == 1, timeout=10_000)
    qtbot.keyClick(find.picker.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: find.picker.chosen is not None, timeout=10_000)
    assert find.picker.chosen is not None
    assert find.picker.chosen.seeker_no == registered.number
    _save(qtbot, dialog, event.sig_loaded)
    event.form = None
    assert len(event.page.participants) == 3

    # On 참여자: Space marks 면접, 3 and 4 pass the stages, the interviewing employer is
    # chosen from the event's, 5 is 채용 (a 취업 at once); 6 is 불합격 for another.
    active(qtbot, event)
    assert event.tabs.currentIndex() == 1
    table = event.participants

    def choose(name: str) -> None:
        row = next(i for i, p in enumerate(event.participant_model.rows()) if p.name == name)
        table.setFocus()
        table.selectRow(row)

    choose("홍길동")
    _key(qtbot, table, Qt.Key.Key_Space, event.sig_loaded)
    assert _current(event).interviewed
    for key, stage in ((Qt.Key.Key_3, "1차합격"), (Qt.Key.Key_4, "2차합격")):
        _key(qtbot, table, key, event.sig_loaded)
        assert _current(event).result == stage
    event.employer_combo.setFocus()
    with qtbot.waitSignal(event.sig_loaded, timeout=10_000):
        qtbot.keyClick(event.employer_combo, Qt.Key.Key_Down)  # (고르지 않음) → (주)가산물류
    assert _current(event).employer == "(주)가산물류"
    table.setFocus()
    _key(qtbot, table, Qt.Key.Key_5, event.sig_loaded)
    hired = _current(event)
    assert (hired.name, hired.result, hired.placement_id is not None) == ("홍길동", "채용", True)
    assert "취업 1건" in event.message.text()
    column = [event.participant_model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    index = event.participant_model.index(table.currentIndex().row(), column.index("취업"))
    assert event.participant_model.data(index) == "취업 등록"
    choose("김현장")
    _key(qtbot, table, Qt.Key.Key_5, event.sig_loaded)  # 채용: interviewed with it
    choose("이현장")
    _key(qtbot, table, Qt.Key.Key_3, event.sig_loaded)  # 1차합격: interviewed by then
    assert _current(event).interviewed
    _key(qtbot, table, Qt.Key.Key_6, event.sig_loaded)
    assert [(p.name, p.interviewed, p.result) for p in event.page.participants] == [
        ("김현장", True, "채용"),  # the furthest first, then in the order they came
        ("홍길동", True, "채용"),
        ("이현장", True, "불합격"),
    ]

    # The report (보기 › 행사 실적) agrees with the event's page and with the desk table.
    active(qtbot, window)
    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_H, CTRL | SHIFT)
        page.reload()
    assert page.tabs.currentWidget() is page.report
    model = page.report.model
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    total = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert headings == [
        "행 사 명",
        "운영횟수",
        "참여기업",
        "모집인원",
        "참여인원",
        "면접인원",
        "채용인원",
    ]
    assert total == ["총 계", "1", "2", "5", "3", "3", "2"]
    assert _placements(workspace, admin) == before + 2 == int(total[-1])
    listed = page.list_model.item(0)
    assert listed is not None
    assert (listed.figures.participants, listed.figures.hired) == (3, 2)


def _held(workspace: Workspace, actor: Actor) -> tuple[str, list[str]]:
    """An event of 2018-10-25 at the plus desk: one employer, three people, two hired."""
    number = workspace.events.create_event(
        actor,
        EventDetails(
            "10월 일구데이",
            EventKind.ILGU_DAY,
            date(2018, 10, 25),
            venue="구청",
            venue_type="구 청",
            reported_participants=4,
        ),
    ).number
    employer = workspace.records.register_employer(actor, RegisterEmployer("(주)금천")).number
    workspace.events.add_employer(actor, AddEventEmployer(number, employer, 2))
    people = []
    for name, result in (("가나다", "채용"), ("라마바", "채용"), ("사아자", "불합격")):
        seeker = add_seeker(workspace, actor, name, "2018-10-01").number
        saved = workspace.events.add_participant(actor, AddParticipant(number, seeker))
        workspace.events.set_result(actor, SetResult(saved.id, True, result))
        people.append(seeker)
    return number, people


def _report_cell(qtbot: QtBot, page: EventsPage, row: int, heading: str) -> BehindDialog:
    """Enter on a cell of the 실적 tab: the list behind it, loaded."""
    page.show_report()
    model, view = page.report.model, page.report.view
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    view.setCurrentIndex(model.index(row, columns.index(heading)))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(page.report.behind, BehindDialog), timeout=10_000)
    dialog = page.report.behind
    assert isinstance(dialog, BehindDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    return dialog


def test_a_number_shows_the_people_behind_it_and_a_counselor_cannot_export(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    _number, people = _held(workspace, plus)
    window, _tools, page = _events_page(qtbot, workspace, plus, tmp_path)
    total = [page.report.model.data(page.report.model.index(0, c)) for c in range(7)]
    assert total == ["총 계", "1", "1", "2", "7", "3", "2"]  # 참여 3 recorded + 4 reported

    hired = _report_cell(qtbot, page, 0, "채용인원")
    assert [line.who for line in hired.model.rows()] == [
        f"가나다 ({people[0]})",
        f"라마바 ({people[1]})",
    ]
    came = _report_cell(qtbot, page, 1, "참여인원")  # the event's own row
    assert sum(line.count for line in came.model.rows()) == 7
    assert any("주관기관 집계 4명" in line.who for line in came.model.rows())
    came.close()

    # Enter on a person opens the seeker's record.
    active(qtbot, hired)
    hired.view.setFocus()
    hired.view.selectRow(1)
    with qtbot.waitSignal(window.records.sig_opened, timeout=10_000) as opened:
        qtbot.keyClick(hired.view, Qt.Key.Key_Return)
    assert opened.args[0].seeker_id == add_seeker_id(workspace, plus, people[1])
    hired.close()

    # A number's neighbour that is not a number asks for one.
    assert page.report.open_behind(0, 0) is None

    # A counselor keeps the figures inside the application.
    button = page.report.export_button
    assert not button.isEnabled()
    assert "팀장과 관리자" in button.toolTip()
    page.report.export_excel()
    assert page.report.reason_dialog is None


def add_seeker_id(workspace: Workspace, actor: Actor, number: str) -> int:
    return workspace.browse.search_seekers(actor, number)[0].id


def test_a_team_lead_exports_the_report_in_the_seed_layout_with_a_reason(
    qtbot: QtBot,
    workspace: Workspace,
    admin: Actor,
    team_lead: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    _held(workspace, plus)
    target = tmp_path / "행사실적.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    window, _tools, page = _events_page(qtbot, workspace, team_lead, tmp_path)
    page.show_report()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(EventKind.ILGU_DAY.value))
    grouping = page.report.grouping_combo
    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        grouping.setCurrentIndex(grouping.findData("venue-type"))
    assert page.report.model.shape is not None
    assert page.report.model.shape.title == "소규모 일구데이"
    button = page.report.export_button
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.report.reason_dialog
    assert isinstance(dialog, ReasonDialog)
    _answer(qtbot, dialog, "구청 월간 보고", page.report.sig_exported)
    sheet = load_workbook(target).active
    assert sheet is not None
    assert sheet["A1"].value == "소규모 일구데이"
    assert [c.value for c in sheet[3]] == [
        "운영장소",
        "운영횟수",
        "참여기업",
        "모집인원",
        "면접인원",
        "취업자 수",
    ]
    assert [c.value for c in sheet[4]] == ["총 계", 1, 1, 2, 3, 2]
    logged = rows(workspace, "SELECT action, detail FROM access_log WHERE detail LIKE '행사 실적%'")
    assert len(logged) == 1 and "구청 월간 보고" in str(logged[0][1])
    assert "저장했습니다" in page.report.status.text()
    assert window.saved_bar.path == target and not window.saved_bar.isHidden()  # with 열기


def test_f2_corrects_and_delete_voids_an_event_with_a_reason(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    number, _people = _held(workspace, plus)
    before = _placements(workspace, admin)
    _window, _tools, page = _events_page(qtbot, workspace, plus, tmp_path)
    page.list.setFocus()
    page.list.selectRow(0)

    _press(qtbot, Qt.Key.Key_F2)
    dialog = _form(qtbot, page)
    panel = dialog.panel
    assert isinstance(panel, EventForm)
    assert (panel.venue_edit.text(), panel.count_edits["집계참여인원"].text()) == ("구청", "4")
    type_over(qtbot, panel.venue_edit, "금천구청 대강당")
    # Without a reason the correction is refused at the field.
    _press(qtbot, Qt.Key.Key_S, CTRL)
    assert panel.reason_edit is not None
    assert panel.fields["수정 사유"].error()
    type_over(qtbot, panel.reason_edit, "장소 바로잡음")
    _save(qtbot, dialog, page.sig_loaded)
    corrected = page.list_model.item(0)
    assert corrected is not None and corrected.venue == "금천구청 대강당"
    assert rows(
        workspace,
        "SELECT old_value, new_value, reason FROM record_changes "
        "WHERE record_kind = 'event' AND field = '장소'",
    ) == [("구청", "금천구청 대강당", "장소 바로잡음")]

    # Delete in the text filter edits the text; on the list it voids the event.
    active(qtbot, page.window())
    page.text_edit.setFocus()
    qtbot.keyClick(page.text_edit, Qt.Key.Key_Delete)
    assert page.reason_dialog is None
    page.list.setFocus()
    _press(qtbot, Qt.Key.Key_Delete)
    prompt = _answer(qtbot, page.reason_dialog, "중복 등록", page.sig_loaded)
    assert "취업도 무효" in prompt
    assert page.list_model.rowCount() == 0
    assert _placements(workspace, admin) == before - 2
    assert rows(workspace, f"SELECT void, void_reason FROM events WHERE event_no = '{number}'") == [
        (1, "중복 등록")
    ]


def test_the_event_form_shows_its_errors_at_the_field(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    _window, _tools, page = _events_page(qtbot, workspace, plus, tmp_path)
    page.list.setFocus()
    _press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = _form(qtbot, page)
    panel = dialog.panel
    assert isinstance(panel, EventForm)
    type_over(qtbot, panel.day_edit, "2018-13-01")
    assert panel.fields["일자"].error()
    panel.name_edit.setFocus()
    commit(panel.name_edit, "합동 일구데이")
    type_over(qtbot, panel.day_edit, "2018-10-26")
    type_over(qtbot, panel.count_edits["집계참여인원"], "10")
    type_over(qtbot, panel.count_edits["집계채용인원"], "12")
    _press(qtbot, Qt.Key.Key_S, CTRL)
    field = panel.fields["집계채용인원"]
    qtbot.waitUntil(lambda: bool(field.error()), timeout=10_000)
    assert "집계참여인원(10명)보다 많습니다" in field.error()
    assert rows(workspace, "SELECT count(*) FROM events") == [(0,)]
    type_over(qtbot, panel.count_edits["집계채용인원"], "3")
    _save(qtbot, dialog, page.sig_loaded)
    assert rows(workspace, "SELECT reported_participants, reported_hired FROM events") == [(10, 3)]
    window_ = page.window_
    assert window_ is not None
    qtbot.waitUntil(lambda: window_.page is not None, timeout=10_000)
    window_.close()


def test_the_lists_load_in_a_worker_and_void_a_participant_with_its_hire(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    _held(workspace, plus)
    before = _placements(workspace, admin)
    window, _tools, page = _events_page(qtbot, workspace, plus, tmp_path)
    # A reload returns at once: the query runs in a worker and the rows come with it.
    page.list_model.set_rows([])
    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        page.reload()
        assert QueryOp.running() >= 1
        assert page.list_model.rowCount() == 0
    assert page.list_model.rowCount() == 1

    page.list.setFocus()
    page.list.selectRow(0)
    with qtbot.waitSignal(page.sig_opened, timeout=10_000) as opened:
        _press(qtbot, Qt.Key.Key_Return)
    event = opened.args[0]
    qtbot.waitUntil(lambda: event.page is not None, timeout=10_000)
    assert "참여 7명" in event.figures.text()
    assert "주관기관 집계 참여 4명" in event.figures.text()  # the 7 are 3 people and 4 told
    active(qtbot, event)
    event.tabs.setCurrentIndex(1)
    event.participants.setFocus()
    event.participants.selectRow(0)
    hired = event.current_participant()
    assert hired.result == "채용"
    _press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: isinstance(event.form, ReasonDialog), timeout=10_000)
    prompt = _answer(qtbot, event.form, "다른 사람 잘못 넣음", event.sig_loaded)
    assert "취업도 무효" in prompt
    assert len(event.page.participants) == 2
    assert _placements(workspace, admin) == before - 1
    # Enter on a participant opens their record.
    event.participants.setFocus()
    with qtbot.waitSignal(window.records.sig_opened, timeout=10_000) as record:
        qtbot.keyClick(event.participants, Qt.Key.Key_Return)
    assert record.args[0].seeker_id == event.current_participant().seeker_id
    record.args[0].close()
    active(qtbot, event)
    # A hire taken back by a key: 1 (대기) voids the placement again.
    event.participants.setFocus()
    row = next(i for i, p in enumerate(event.participant_model.rows()) if p.result == "채용")
    event.participants.selectRow(row)
    _key(qtbot, event.participants, Qt.Key.Key_1, event.sig_loaded)
    assert _placements(workspace, admin) == before - 2
    event.close()


def test_a_job_fair_report_has_the_organizer_column_and_the_total_last(
    qtbot: QtBot, workspace: Workspace, admin: Actor, team_lead: Actor, tmp_path: Path
) -> None:
    fairs = (
        ("금천구 채용박람회", "2018-04-12", "금천구"),
        ("G밸리 채용한마당", "2018-09-06", "한국산업단지공단"),
    )
    for name, day, organizer in fairs:
        details = EventDetails(
            name,
            EventKind.JOB_FAIR,
            date.fromisoformat(day),
            desk=parse_desk("plus"),
            organizer=organizer,
            reported_participants=100,
            reported_interviewed=40,
            reported_hired=12,
        )
        workspace.events.create_event(admin, details)
    _window, _tools, page = _events_page(qtbot, workspace, team_lead, tmp_path)
    with qtbot.waitSignal(page.sig_loaded, timeout=10_000):
        page.kind_combo.setCurrentIndex(page.kind_combo.findData(EventKind.JOB_FAIR.value))
    model = page.report.model
    cells = [[model.data(model.index(r, c)) for c in range(5)] for r in range(3)]
    assert cells == [
        ["금천구 채용박람회", "금천구", "100", "40", "12"],
        ["G밸리 채용한마당", "한국산업단지공단", "100", "40", "12"],
        ["총 계", "", "200", "80", "24"],
    ]
    assert [model.measure(c) for c in range(5)] == [
        None,
        None,
        "participants",
        "interviewed",
        "hired",
    ]
    assert (model.group(0), model.group(2)) == ("금천구 채용박람회", None)
    behind = _report_cell(qtbot, page, 2, "채용인원")
    assert [(line.who, line.count) for line in behind.model.rows()] == [
        ("주관기관 집계 12명", 12),
        ("주관기관 집계 12명", 12),
    ]
    behind.close()


def test_keys_typed_faster_than_they_are_saved_are_saved_in_their_order(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    number, _people = _held(workspace, plus)
    newcomer = add_seeker(workspace, plus, "차카타", "2018-10-01").number
    workspace.events.add_participant(plus, AddParticipant(number, newcomer))
    before = _placements(workspace, admin)
    _window, _tools, page = _events_page(qtbot, workspace, plus, tmp_path)
    event = page.open_event(number)
    qtbot.waitUntil(lambda: event.page is not None, timeout=10_000)
    assert event.page is not None
    active(qtbot, event)
    event.tabs.setCurrentIndex(1)
    table = event.participants
    table.setFocus()
    table.selectRow(next(i for i, p in enumerate(event.page.participants) if p.name == "차카타"))
    assert _current(event).name == "차카타"
    for key in (Qt.Key.Key_Space, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5):
        qtbot.keyClick(table, key)  # no waiting between the keys
    qtbot.waitUntil(lambda: not event._saving and not event._queue, timeout=10_000)
    qtbot.waitUntil(lambda: _current(event).result == "채용", timeout=10_000)
    assert _current(event).name == "차카타"
    assert rows(
        workspace,
        "SELECT c.field, c.new_value FROM record_changes c JOIN event_participants p "
        "ON p.id = c.record_id JOIN job_seekers s ON s.id = p.seeker_id "
        f"WHERE c.record_kind = 'event_participant' AND s.seeker_no = '{newcomer}' "
        "AND c.field IN ('면접', '결과') ORDER BY c.id",
    ) == [
        ("면접", "예"),
        ("결과", "서류합격"),
        ("결과", "1차합격"),
        ("결과", "2차합격"),
        ("결과", "채용"),
    ]
    assert _placements(workspace, admin) == before + 1
    event.close()


def test_enter_on_an_employer_corrects_it_and_the_story_is_on_the_history_tab(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    number, _people = _held(workspace, plus)
    _window, _tools, page = _events_page(qtbot, workspace, plus, tmp_path)
    event = page.open_event(number)
    qtbot.waitUntil(lambda: event.page is not None, timeout=10_000)
    active(qtbot, event)
    event.tabs.setCurrentIndex(0)
    event.employers.setFocus()
    event.employers.selectRow(0)
    _press(qtbot, Qt.Key.Key_Return)
    dialog = _form(qtbot, event)
    panel = dialog.panel
    assert isinstance(panel, ChangeEmployerForm)
    assert panel.recruits_edit.text() == "2"
    type_over(qtbot, panel.recruits_edit, "5")
    _press(qtbot, Qt.Key.Key_S, CTRL)  # no reason yet: refused at its field
    assert panel.fields["수정 사유"].error()
    type_over(qtbot, panel.reason_edit, "모집인원 늘림")
    _save(qtbot, dialog, event.sig_loaded)
    assert event.page is not None and event.page.employers[0].recruits == 5
    assert "모집 5명" in event.figures.text()

    # 변경 이력: the correction with its reason, after the people's stages.
    event.tabs.setCurrentWidget(event.history)
    # The tab may show the story as loaded before the correction until it loads again.
    qtbot.waitUntil(
        lambda: any(e.field == "모집인원" for e in event.history.model.rows()), timeout=10_000
    )
    story = [e for e in event.history.model.rows() if e.field == "모집인원"]
    assert [(e.old, e.new, e.reason) for e in story] == [("2", "5", "모집인원 늘림")]
    assert event.void_chosen() is None  # Delete on the history tab voids nothing
    event.close()


def test_at_an_event_still_ahead_a_walk_in_is_registered_today_and_no_one_is_hired_yet(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    number = workspace.events.create_event(
        plus, EventDetails("11월 채용박람회", EventKind.JOB_FAIR, date(2018, 11, 20))
    ).number
    _window, _tools, page = _events_page(qtbot, workspace, plus, tmp_path)
    event = page.open_event(number)
    qtbot.waitUntil(lambda: event.page is not None, timeout=10_000)
    active(qtbot, event)
    _press(qtbot, Qt.Key.Key_E, CTRL | SHIFT)
    dialog = _form(qtbot, event)
    walk_in = dialog.panel
    assert isinstance(walk_in, WalkInForm)
    commit(walk_in.name_edit, "박미리")
    walk_in.consent_check.setFocus()
    qtbot.keyClick(walk_in.consent_check, Qt.Key.Key_Space)
    _save(qtbot, dialog, event.sig_loaded)
    assert rows(workspace, "SELECT registered_on FROM job_seekers WHERE name = '박미리'") == [
        ("2018-10-30",)
    ]
    active(qtbot, event)
    event.participants.setFocus()
    event.participants.selectRow(0)
    qtbot.keyClick(event.participants, Qt.Key.Key_5)
    qtbot.waitUntil(lambda: "행사일이 지나야" in event.message.text(), timeout=10_000)
    assert _current(event).result is None
    assert not event._saving  # the refusal leaves the keys free for the next change
    event.close()
