"""The desk box offers only the desks the account may use, and a walk-in registered at
another desk is served at the counselor's own desk on their existing record (with what
the trust rules show of them), never registered a second time."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import shiboken6
from conftest import SQLITE_ONLY, add_seeker, counselor_at, rows
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from qt_support import active, commit, open_window, type_over

from deskapp.domain.access import Actor
from deskapp.domain.commands import LogSession
from deskapp.domain.dates import Period
from deskapp.domain.desks import DeskRef, desk_by_code
from deskapp.domain.errors import PermissionDenied
from deskapp.services.browse import SeekerFilter
from deskapp.services.workspace import Workspace
from deskapp.ui.forms import FormDialog, SeekerForm
from deskapp.ui.walk_in import WalkInSessionForm
from deskapp.ui.work_forms import SessionForm

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _codes(combo: QComboBox) -> list[object]:
    return [combo.itemData(i) for i in range(combo.count())]


# -- the service: a session at one's own desk on another desk's seeker ----------------------


def test_a_counselor_logs_a_session_at_their_desk_on_another_desks_seeker(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    theirs = add_seeker(workspace, gvalley, "김다른", "2018-10-02", 연락처="010-3333-4444")
    saved = workspace.records.log_session(
        plus, LogSession(theirs.number, date(2018, 10, 29), notes="방문 상담")
    )
    assert rows(
        workspace,
        "SELECT s.seeker_id, d.code, s.session_on FROM counseling_sessions s "
        "JOIN desks d ON d.id = s.desk_id",
    ) == [(theirs.id, "plus", "2018-10-29")]
    table = workspace.statistics.table(admin, Period.month(2018, 10))
    assert (table.by_desk["plus"].sessions, table.by_desk["gvalley"].sessions) == (1, 0)
    assert [s.id for s in workspace.browse.sessions(plus, [saved.id])] == [saved.id]
    # Still one registration, still at G밸리, and its record still closed to plus.
    assert len(workspace.browse.seeker_ids(admin, SeekerFilter())) == 1
    with pytest.raises(PermissionDenied):
        workspace.browse.seeker(plus, theirs.id)
    # At another desk than their own a counselor still writes nothing.
    with pytest.raises(PermissionDenied):
        workspace.records.log_session(
            plus,
            LogSession(
                theirs.number, date(2018, 10, 29), desk=DeskRef(desk_by_code("gvalley"), None)
            ),
        )


# -- the desk boxes ---------------------------------------------------------------------------


@SQLITE_ONLY
@pytest.mark.usefixtures("boxes")
def test_desk_boxes_offer_a_counselor_only_their_own_desk(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    dong = counselor_at(workspace, admin, "dong")
    window = open_window(qtbot, workspace, dong, tmp_path)
    assert _codes(window.desk_combo) == ["dong"] and not window.desk_combo.isEnabled()
    assert window.site_combo.isVisible()  # the two sites stay a choice
    # New records: only the dong desk's two sites.
    dialog = window.seekers_page.new_record()
    assert dialog is not None and isinstance(dialog.panel, SeekerForm)
    assert _codes(dialog.panel.desk_combo) == ["시흥4동", "독산동"]
    dialog.close()
    session = SessionForm(window.context, "D00000001")
    qtbot.addWidget(session)
    assert _codes(session.desk_combo) == ["시흥4동", "독산동"]
    # The lists of work a counselor reads only at their desk offer only that desk; the
    # seekers list (other desks' seekers are shown by name) still offers every desk.
    assert _codes(window.sessions_page.desk_filter) == ["dong"]
    assert _codes(window.referrals_page.referral_desk) == ["dong"]
    assert _codes(window.seekers_page.desk_filter) == [None, "plus", "gvalley", "dong", "welfare"]


@SQLITE_ONLY
@pytest.mark.usefixtures("boxes")
def test_a_team_lead_may_work_at_every_desk(
    qtbot: QtBot, workspace: Workspace, team_lead: Actor, tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, team_lead, tmp_path)
    assert _codes(window.desk_combo) == ["plus", "gvalley", "dong", "welfare"]
    assert window.desk_combo.isEnabled()
    session = SessionForm(window.context, "D00000001")
    qtbot.addWidget(session)
    assert _codes(session.desk_combo) == ["plus", "gvalley", "시흥4동", "독산동", "welfare"]
    assert _codes(window.sessions_page.desk_filter)[0] is None  # 전체 창구


# -- the walk-in ------------------------------------------------------------------------------


def _walk_in_saved(qtbot: QtBot, dialog: FormDialog, notes: str) -> None:
    form = dialog.panel
    assert isinstance(form, WalkInSessionForm)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    form.notes_edit.setFocus()
    commit(form.notes_edit, notes)
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        qtbot.keyClick(form.notes_edit, Qt.Key.Key_S, CTRL)


@SQLITE_ONLY
@pytest.mark.usefixtures("boxes")
def test_enter_on_another_desks_seeker_serves_them_here(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    theirs = add_seeker(
        workspace, gvalley, "김다른", "2018-10-02", 연락처="010-3333-4444", 생년월일="1975-05-05"
    )
    window = open_window(qtbot, workspace, plus, tmp_path)
    page = window.seekers_page
    window.find_seeker()
    qtbot.keyClicks(page.search.edit, "4444")
    qtbot.waitUntil(lambda: len(page.search.found()) == 1, timeout=5000)
    with qtbot.waitSignal(window.records.sig_walk_in, timeout=10_000) as shown:
        qtbot.keyClick(page.search.edit, Qt.Key.Key_Return)
    dialog = shown.args[0]
    form = dialog.panel
    assert isinstance(form, WalkInSessionForm)
    assert window.records.windows() == []  # the record itself stays closed
    # What the trust rules show of another desk's seeker, and no more.
    shown_person = {key: label.text() for key, label in form.person_labels.items()}
    assert shown_person == {
        "성명": f"김다른 ({theirs.number})",
        "연락처": "010-****-4444",
        "등록창구": "G밸리 일자리상담창구",
        "등록일": "2018-10-02",
    }
    assert "1975" not in " ".join(shown_person.values())
    # Each showing of another desk's seeker is logged, as everywhere (the trust rules).
    assert rows(
        workspace, "SELECT username, detail FROM access_log WHERE subject_kind = 'job_seeker_list'"
    )[-1] == ("c-plus", f"다른 창구 구직자 1명의 이름·연락처 일부 표시: {theirs.number}")
    assert _codes(form.desk_combo) == ["plus"]
    _walk_in_saved(qtbot, dialog, "방문 상담")
    assert rows(
        workspace,
        "SELECT s.seeker_id, d.code, s.notes FROM counseling_sessions s "
        "JOIN desks d ON d.id = s.desk_id",
    ) == [(theirs.id, "plus", "방문 상담")]
    assert rows(workspace, "SELECT count(*) FROM job_seekers") == [(1,)]
    assert window.statusBar().currentMessage() == (
        f"김다른({theirs.number})의 상담을 일자리플러스센터에서 기록했습니다."
    )


@SQLITE_ONLY
@pytest.mark.usefixtures("boxes")
def test_the_duplicate_warning_offers_a_session_instead_of_a_second_registration(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    theirs = add_seeker(workspace, gvalley, "김다른", "2018-10-02", 연락처="010-3333-4444")
    window = open_window(qtbot, workspace, plus, tmp_path)
    window.show_page("seekers")
    registration = window.seekers_page.new_record()
    assert registration is not None
    form = registration.panel
    assert isinstance(form, SeekerForm)
    qtbot.waitUntil(registration.isActiveWindow, timeout=5000)
    commit(form.name_edit, "김다른")
    with qtbot.waitSignal(form.sig_duplicates, timeout=5000) as checked:
        type_over(qtbot, form.phone_edit, "01033334444")
    assert checked.args == [1]
    assert form.duplicates.session_button.isVisible()
    assert form.duplicates.session_button.text() == "이 구직자에게 상담 기록(&L)"
    with qtbot.waitSignal(window.records.sig_walk_in, timeout=10_000) as shown:
        qtbot.keyClick(form.phone_edit, Qt.Key.Key_L, ALT)
    assert not shiboken6.isValid(registration) or not registration.isVisible()
    dialog = shown.args[0]
    active(qtbot, dialog)
    _walk_in_saved(qtbot, dialog, "다시 방문")
    assert rows(workspace, "SELECT seeker_id, notes FROM counseling_sessions") == [
        (theirs.id, "다시 방문")
    ]
    assert rows(workspace, "SELECT count(*) FROM job_seekers") == [(1,)]
