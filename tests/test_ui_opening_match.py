"""맞는 구직자 (Ctrl+M on the 구인업체·구인 page): the seekers fitting the opening chosen,
best first with the reasons; Enter refers one to it, dated today."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import SQLITE_ONLY, TODAY, counselor_at, new_seeker, rows
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from qt_support import open_window, refer

from deskapp.domain.access import Actor
from deskapp.domain.commands import RegisterEmployer, RegisterOpening
from deskapp.domain.records import RecordKind
from deskapp.services.workspace import Workspace
from deskapp.ui.casework.matching import SeekerMatchDialog
from deskapp.ui.main_window import MainWindow
from deskapp.ui.work_views import EmployersPage

pytestmark = pytest.mark.usefixtures("boxes")
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def gvalley(workspace: Workspace, admin: Actor) -> Actor:
    return counselor_at(workspace, admin, "gvalley")


def _seeker(workspace: Workspace, actor: Actor, name: str, **extra: object) -> int:
    return new_seeker(workspace, actor, name, "2018-09-01", **extra)


def _records(workspace: Workspace, plus: Actor, gvalley: Actor) -> dict[str, int]:
    """An employer with two openings at 일자리플러스센터, three seekers there and one at G밸리."""
    r = workspace.records
    employer = r.register_employer(
        plus, RegisterEmployer("가산빌딩관리", address="서울 금천구 가산동")
    ).number
    guard = r.register_opening(
        plus, RegisterOpening(employer, "아파트 경비원", 1, date(2018, 10, 1))
    )
    coder = r.register_opening(
        plus, RegisterOpening(employer, "소프트웨어 개발자", 1, date(2018, 10, 2))
    )
    return {
        "guard": guard.id,
        "coder": coder.id,
        "박경비": _seeker(workspace, plus, "박경비", 희망직종="경비", 주소="서울 금천구 독산동"),
        "이요양": _seeker(workspace, plus, "이요양", 희망직종="요양보호사"),
        "김무희망": _seeker(workspace, plus, "김무희망"),
        "최경비": _seeker(workspace, gvalley, "최경비", 희망직종="경비"),
    }


def _window(qtbot: QtBot, workspace: Workspace, actor: Actor, tmp_path: Path) -> MainWindow:
    return open_window(qtbot, workspace, actor, tmp_path)


def _employers_page(qtbot: QtBot, window: MainWindow) -> EmployersPage:
    """Ctrl+3: the 구인업체·구인 page, its lists loaded."""
    page = window.employers_page
    with qtbot.waitSignal(page.opening_model.sig_loaded, timeout=10_000):
        qtbot.keyClick(window.nav, Qt.Key.Key_3, CTRL)
    assert window.current_page_key() == "employers"
    return page


def _choose(qtbot: QtBot, page: EmployersPage, occupation: str) -> None:
    """Into the opening list, then Ctrl+Home or Ctrl+End to the opening (two rows)."""
    page.opening_table.setFocus()
    first = page.opening_model.index(0, 2).data() == occupation
    qtbot.keyClick(page.opening_table, Qt.Key.Key_Home if first else Qt.Key.Key_End, CTRL)
    chosen = page.selected_opening()
    assert chosen is not None and chosen.occupation == occupation


def _match(qtbot: QtBot, page: EmployersPage) -> SeekerMatchDialog:
    """Ctrl+M in the page; the dialog once its list is loaded."""
    page.match_dialog = None
    qtbot.keyClick(page.opening_table, Qt.Key.Key_M, CTRL)
    dialog: SeekerMatchDialog | None = page.match_dialog  # not the None set above
    assert isinstance(dialog, SeekerMatchDialog) and dialog.isVisible()
    qtbot.waitUntil(
        lambda: dialog.model.rowCount() > 0 or bool(dialog.status_label.text()), timeout=10_000
    )
    return dialog


def _shown(dialog: SeekerMatchDialog) -> list[tuple[str, str, str]]:
    model = dialog.model
    return [
        (model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 2).data())
        for r in range(model.rowCount())
    ]


@SQLITE_ONLY
def test_ctrl_m_on_an_opening_lists_the_fitting_seekers_and_enter_refers(
    qtbot: QtBot, workspace: Workspace, plus: Actor, gvalley: Actor, tmp_path: Path
) -> None:
    ids = _records(workspace, plus, gvalley)
    window = _window(qtbot, workspace, plus, tmp_path)
    page = _employers_page(qtbot, window)

    # No opening chosen yet: the page says so and nothing opens.
    assert page.employer_search.hasFocus()
    qtbot.keyClick(page.employer_search, Qt.Key.Key_M, CTRL)
    assert page.status_label.text() == "맞는 구직자를 찾을 구인을 먼저 오른쪽 목록에서 고르세요."
    assert page.match_dialog is None

    _choose(qtbot, page, "아파트 경비원")
    dialog = _match(qtbot, page)
    assert not page.status_label.isVisible()
    assert dialog.windowTitle().startswith("맞는 구직자 — 가산빌딩관리 · 아파트 경비원 (")
    headings = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headings == ["구직자", "희망직종", "추천 이유"]
    shown = _shown(dialog)
    # Best first; no desired job → not listed; the other desk's seeker is not shown.
    assert [name for name, _, _ in shown] == ["박경비", "이요양"]
    assert shown[0][:2] == ("박경비", "경비")
    assert shown[0][2].startswith("같은 직업(세분류) · ")
    first = dialog.model.item(0)
    assert first is not None and first.id == ids["박경비"]
    qtbot.waitUntil(dialog.table.hasFocus, timeout=5000)
    assert dialog.table.currentIndex().row() == 0

    # Enter refers the chosen seeker, dated today; the window's lists load again.
    reloaded = qtbot.waitSignal(dialog.sig_loaded, timeout=10_000)
    with qtbot.waitSignals([dialog.sig_referred, window.context.sig_data_changed], timeout=10_000):
        refer(qtbot, dialog)  # Enter, then 알선 (Enter)
    assert dialog.status_label.text() == "박경비를 알선했습니다."
    assert not dialog.status_label.is_error()
    assert rows(workspace, "SELECT seeker_id, opening_id, referred_on FROM referrals") == [
        (ids["박경비"], ids["guard"], TODAY.isoformat())
    ]
    timeline = workspace.browse.timeline(plus, ids["박경비"])
    assert [e.kind for e in timeline].count(RecordKind.REFERRAL) == 1
    reloaded.wait()  # listed again after the referral, the cursor still on the seeker referred
    assert dialog.table.currentIndex().row() == 0
    assert dialog.status_label.text() == "박경비를 알선했습니다."
    assert _shown(dialog)[0][2].startswith(f"이미 알선함 ({TODAY.isoformat()}) · ")
    # Enter again on the same seeker: refused, said, and still one referral.
    refer(qtbot, dialog)  # Enter, then 알선 (Enter)
    qtbot.waitUntil(dialog.status_label.is_error, timeout=10_000)
    assert (
        dialog.status_label.text() == f"구인: 이 구인에는 {TODAY.isoformat()}에 이미 알선했습니다."
    )
    assert rows(workspace, "SELECT count(*) FROM referrals") == [(1,)]

    # Esc closes.
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)

    # An opening nobody fits: the dialog says so.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    _choose(qtbot, page, "소프트웨어 개발자")
    empty = _match(qtbot, page)
    assert empty.model.rowCount() == 0
    assert empty.status_label.text() == "알맞은 구직자가 없습니다."
    qtbot.keyClick(empty.table, Qt.Key.Key_Escape)
    assert len(rows(workspace, "SELECT id FROM referrals")) == 1


@SQLITE_ONLY
def test_a_counselor_of_another_desk_sees_only_the_seekers_of_that_desk(
    qtbot: QtBot, workspace: Workspace, plus: Actor, gvalley: Actor, tmp_path: Path
) -> None:
    ids = _records(workspace, plus, gvalley)
    window = _window(qtbot, workspace, gvalley, tmp_path)
    page = _employers_page(qtbot, window)
    _choose(qtbot, page, "아파트 경비원")
    dialog = _match(qtbot, page)
    assert [name for name, _, _ in _shown(dialog)] == ["최경비"]
    first = dialog.model.item(0)
    assert first is not None and first.id == ids["최경비"]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


@SQLITE_ONLY
def test_a_refusal_of_the_service_is_shown_in_the_dialog(
    qtbot: QtBot, workspace: Workspace, plus: Actor, gvalley: Actor, tmp_path: Path
) -> None:
    _records(workspace, plus, gvalley)
    window = _window(qtbot, workspace, plus, tmp_path)
    page = _employers_page(qtbot, window)
    _choose(qtbot, page, "아파트 경비원")
    dialog = _match(qtbot, page)
    # A desk that is not the counselor's own (the window no longer offers one).
    dialog.desk = "gvalley"
    qtbot.waitUntil(dialog.table.hasFocus, timeout=5000)
    refer(qtbot, dialog)  # Enter, then 알선 (Enter)
    qtbot.waitUntil(dialog.status_label.is_error, timeout=10_000)
    refusal = "상담사 'c-plus'는 다른 창구의 기록을 등록할 수 없습니다."
    assert dialog.status_label.text() == refusal
    assert rows(workspace, "SELECT id FROM referrals") == []
    dialog.close()


@SQLITE_ONLY
def test_a_team_lead_refers_at_the_working_desk_and_keeps_the_row(
    qtbot: QtBot,
    workspace: Workspace,
    plus: Actor,
    gvalley: Actor,
    team_lead: Actor,
    tmp_path: Path,
) -> None:
    ids = _records(workspace, plus, gvalley)
    window = _window(qtbot, workspace, team_lead, tmp_path)
    window.set_desk("gvalley")
    page = _employers_page(qtbot, window)
    _choose(qtbot, page, "아파트 경비원")
    dialog = _match(qtbot, page)
    # A team lead sees every desk's seekers, best first (금천구 before no address).
    assert [name for name, _, _ in _shown(dialog)] == ["박경비", "최경비", "이요양"]
    qtbot.waitUntil(dialog.table.hasFocus, timeout=5000)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    reloaded = qtbot.waitSignal(dialog.sig_loaded, timeout=10_000)
    with qtbot.waitSignal(dialog.sig_referred, timeout=10_000) as referred:
        refer(qtbot, dialog)  # Enter, then 알선 (Enter)
    assert referred.args == [ids["최경비"]]
    reloaded.wait()
    assert dialog.status_label.text() == "최경비를 알선했습니다."
    assert dialog.table.currentIndex().row() == 1  # Enter again would not refer 박경비
    assert rows(
        workspace,
        "SELECT r.seeker_id, r.opening_id, r.referred_on, d.code FROM referrals r "
        "JOIN desks d ON d.id = r.desk_id",
    ) == [(ids["최경비"], ids["guard"], TODAY.isoformat(), "gvalley")]
    dialog.close()
