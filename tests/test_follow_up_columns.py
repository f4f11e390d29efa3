"""사후관리 says whose each line is: an opening ending soon is named with its employer, and a
team lead's lists (every desk's) show each line's desk and counselor; a counselor's lists,
their own, do not repeat them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import SQLITE_ONLY, add_seeker, counselor_at
from PySide6.QtCore import QAbstractItemModel, Qt
from pytestqt.qtbot import QtBot
from qt_support import open_window

from deskapp.domain.access import Actor
from deskapp.domain.commands import LogSession, RegisterEmployer, RegisterOpening
from deskapp.services.workspace import Workspace
from deskapp.ui.casework import CaseworkTools
from deskapp.ui.casework.page import FollowUpPage


def _world(workspace: Workspace, admin: Actor) -> dict[str, Actor]:
    """A quiet seeker at each of two desks, and an opening at G밸리 ending this week."""
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    r = workspace.records
    for actor, name in ((plus, "최연락"), (gvalley, "김지밸")):
        saved = add_seeker(workspace, actor, name, "2018-09-25")
        r.log_session(actor, LogSession(saved.number, date(2018, 9, 26)))
    employer = r.register_employer(gvalley, RegisterEmployer("가산빌딩관리")).number
    r.register_opening(gvalley, RegisterOpening(employer, "아파트 경비원", 1, date(2018, 9, 2)))
    return {"plus": plus, "gvalley": gvalley}


def test_follow_up_lines_carry_desk_counselor_and_employer(
    workspace: Workspace, admin: Actor, team_lead: Actor
) -> None:
    _world(workspace, admin)
    work = workspace.follow_up.worklist(team_lead)
    assert sorted((i.seeker_name, i.desk, i.counselor) for i in work) == [
        ("김지밸", "gvalley", "gvalley 상담사"),
        ("최연락", "plus", "plus 상담사"),
    ]
    ending = workspace.registration_periods.expiring(team_lead, days=7)
    assert [(e.kind, e.label, e.employer, e.desk, e.counselor) for e in ending] == [
        ("job_opening", "아파트 경비원", "가산빌딩관리", "gvalley", "gvalley 상담사")
    ]


def _page(qtbot: QtBot, workspace: Workspace, actor: Actor, tmp_path: Path) -> FollowUpPage:
    window = open_window(qtbot, workspace, actor, tmp_path)
    page = window.tool(CaseworkTools).page
    window.show_page("casework")
    with qtbot.waitSignal(page.sig_counts, timeout=10_000):
        page.load()  # the window loaded it once as it was built: wait for this one
    return page


def _table(model: QAbstractItemModel) -> list[list[str]]:
    columns = model.columnCount()
    heading = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(columns)]
    cells = [[model.index(r, c).data() for c in range(columns)] for r in range(model.rowCount())]
    return [heading, *sorted(cells)]


@SQLITE_ONLY
@pytest.mark.usefixtures("boxes")
def test_a_team_lead_sees_whose_each_follow_up_is(
    qtbot: QtBot, workspace: Workspace, admin: Actor, team_lead: Actor, tmp_path: Path
) -> None:
    _world(workspace, admin)
    page = _page(qtbot, workspace, team_lead, tmp_path)
    assert _table(page.work_model) == [
        ["기한", "구분", "구직자", "창구", "상담사", "내용"],
        ["2018-10-26", "연락 없음", "김지밸", "G밸리", "gvalley 상담사", "마지막 연락 2018-09-26"],
        ["2018-10-26", "연락 없음", "최연락", "일자리플러스센터", "plus 상담사",
         "마지막 연락 2018-09-26"],
    ]  # fmt: skip
    assert _table(page.expiring_model) == [
        ["종료일", "구분", "구직자 · 구인(업체 · 직종)", "창구", "상담사"],
        ["2018-11-02", "구인 등록", "가산빌딩관리 · 아파트 경비원", "G밸리", "gvalley 상담사"],
    ]
    # Read without hovering at 1366×768: no column narrower than its heading or text (the
    # last one used to take the free width and squeeze the opening into "가산빌딩…").
    page.window().resize(1366, 768)
    for table in (page.work_table, page.expiring_table):
        header = table.horizontalHeader()
        for column in range(header.count()):
            needed = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
            assert table.columnWidth(column) >= needed, (table.objectName(), column)


@SQLITE_ONLY
@pytest.mark.usefixtures("boxes")
def test_a_counselors_follow_up_names_the_employer_and_no_desk(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    gvalley = _world(workspace, admin)["gvalley"]
    page = _page(qtbot, workspace, gvalley, tmp_path)
    assert _table(page.work_model) == [
        ["기한", "구분", "구직자", "내용"],
        ["2018-10-26", "연락 없음", "김지밸", "마지막 연락 2018-09-26"],
    ]
    assert _table(page.expiring_model) == [
        ["종료일", "구분", "구직자 · 구인(업체 · 직종)"],
        ["2018-11-02", "구인 등록", "가산빌딩관리 · 아파트 경비원"],
    ]
