"""The lists: models that hold ids and fetch pages, sorting, filters, the search box, pages."""

from __future__ import annotations

import threading
import time
from array import array
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import PASSWORD, SQLITE_ONLY, add_seeker, counselor_at
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from qt_support import active, commit, open_window

from deskapp.domain.access import Actor
from deskapp.domain.commands import (
    LogSession,
    RecordPlacement,
    Refer,
    RegisterEmployer,
    RegisterOpening,
)
from deskapp.domain.dates import Period
from deskapp.domain.errors import DatabaseError
from deskapp.domain.records import Channel
from deskapp.services.browse import SeekerFilter
from deskapp.services.workspace import Workspace
from deskapp.ui.context import WorkContext
from deskapp.ui.forms import FormDialog, SeekerForm
from deskapp.ui.lists import (
    CACHED_PAGES,
    PAGE_SIZE,
    Column,
    EmployerListModel,
    FollowUpModel,
    IdRole,
    OpeningChoiceModel,
    OpeningListModel,
    PlacementListModel,
    RecordListModel,
    RecordTable,
    ReferralListModel,
    SeekerIdRole,
    SeekerItemsModel,
    SeekerListModel,
    SessionListModel,
    TimelineModel,
)
from deskapp.ui.work_forms import OutcomeForm
from deskapp.ui.workers import QueryOp

pytestmark = pytest.mark.usefixtures("boxes")
CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = "2018-10-30"


def date_of(text: str) -> date:
    return date.fromisoformat(text)


@pytest.fixture
def people(workspace: Workspace, admin: Actor) -> dict[str, Any]:
    """Seekers at two desks, an employer with openings, sessions, referrals, a placement."""
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    r = workspace.records
    ids: dict[str, Any] = {"plus": plus, "gvalley": gvalley}
    numbers: dict[str, str] = {}
    for actor, name, phone, day in (
        (gvalley, "김민수", "010-1111-2222", "2018-01-02"),
        (plus, "김민수", "010-3333-4444", "2018-02-02"),
        (plus, "김민지", "010-5555-1234", "2018-03-02"),
        (plus, "홍길동", "02-2627-1234", "2018-04-02"),
        (plus, "한가람", None, "2018-05-02"),
    ):
        saved = add_seeker(workspace, actor, name, day, 연락처=phone, 생년월일="1980-05-05")
        ids[f"{name}@{actor.desk}"] = saved.id
        numbers[f"{name}@{actor.desk}"] = saved.number
    employer = r.register_employer(plus, RegisterEmployer("가산전자", business_no="1248100998"))
    opening = r.register_opening(
        plus, RegisterOpening(employer.number, "조립", 2, date_of("2018-09-01"))
    )
    minji, gildong = numbers["김민지@plus"], numbers["홍길동@plus"]
    today = date_of(TODAY)
    r.log_session(
        plus, LogSession(minji, date_of("2018-10-01"), next_contact_on=date_of("2018-10-15"))
    )
    r.log_session(plus, LogSession(gildong, today, channel=Channel.PHONE))
    r.log_session(gvalley, LogSession(numbers["김민수@gvalley"], today))
    ids["referral"] = r.refer(plus, Refer(minji, opening.number, date_of("2018-10-02"))).id
    referral = r.refer(plus, Refer(gildong, opening.number, date_of("2018-10-03")))
    r.record_placement(
        plus, RecordPlacement(gildong, date_of("2018-10-20"), referral_id=referral.id)
    )
    ids["employer"], ids["opening"] = employer.id, opening.id
    return ids


def _column(model: Any, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _loaded(qtbot: QtBot, model: RecordListModel | SeekerListModel, set_filter: Any) -> None:
    with qtbot.waitSignal(model.sig_loaded, timeout=10_000):
        set_filter()


# -- models ------------------------------------------------------------------------------


@SQLITE_ONLY
def test_every_list_model_passes_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    workspace: Workspace,
    admin: Actor,
    people: dict[str, Any],
) -> None:
    ctx = WorkContext(workspace, admin)
    year = Period.year(2018)
    seekers = SeekerListModel(ctx)
    qtmodeltester.check(seekers)  # empty, before any query
    _loaded(qtbot, seekers, lambda: seekers.set_filter(SeekerFilter()))
    employers = EmployerListModel(ctx)
    _loaded(qtbot, employers, lambda: employers.set_text(""))
    openings = OpeningListModel(ctx)
    _loaded(qtbot, openings, lambda: openings.set_text("조립"))
    sessions = SessionListModel(ctx)
    _loaded(qtbot, sessions, lambda: sessions.set_filter(year, None))
    referrals = ReferralListModel(ctx)
    _loaded(qtbot, referrals, lambda: referrals.set_filter(False, "plus", year))
    placements = PlacementListModel(ctx)
    _loaded(qtbot, placements, lambda: placements.set_filter(year, None))
    counts = [m.rowCount() for m in (seekers, employers, openings, sessions, referrals, placements)]
    assert counts == [5, 1, 1, 3, 2, 1]
    for model in (seekers, employers, openings, sessions, referrals, placements):
        qtmodeltester.check(model)

    browse = workspace.browse
    follow_ups = FollowUpModel()
    follow_ups.set_rows(browse.due_follow_ups(admin, date_of(TODAY)))
    suggestions = SeekerItemsModel()
    suggestions.set_rows(browse.search_seekers(admin, "ㄱㅁ"))
    timeline = TimelineModel()
    timeline.set_rows(browse.timeline(admin, people["홍길동@plus"]))
    choices = OpeningChoiceModel("조립")
    choices.set_rows(browse.open_openings(admin, "조립", date_of(TODAY)))
    assert [m.rowCount() for m in (follow_ups, suggestions, timeline, choices)] == [1, 3, 3, 1]
    for items_model in (follow_ups, suggestions, timeline, choices):
        qtmodeltester.check(items_model)
    assert choices.index(0, 0).data() == "희망직종(조립)과 맞음"
    assert _column(timeline, 0) == ["2018-10-30", "2018-10-20", "2018-10-03"]  # newest first
    assert _column(timeline, 1) == ["상담", "취업", "알선"]

    # Personal data as the service masks it; every row knows its seeker.
    phones = dict(zip(_column(seekers, 1), _column(seekers, 3), strict=True))
    assert phones["홍길동"] == "02-****-1234" and phones["한가람"] == ""
    assert seekers.index(0, 2).data() == "1980-**-**"
    assert sessions.index(0, 0).data(SeekerIdRole) in people.values()


@SQLITE_ONLY
def test_a_long_list_holds_ids_and_a_few_pages(qtbot: QtBot) -> None:
    """1.6 million rows: the ids only, and the rows of the pages on screen."""
    fetched: list[int] = []

    def fetch(ids: Sequence[int]) -> list[Any]:
        fetched.append(len(ids))
        return [SimpleNamespace(id=i, void=False) for i in ids]

    model = RecordListModel([Column("번호", lambda item: str(item.id), natural=True)], fetch)
    with qtbot.waitSignal(model.sig_loaded, timeout=10_000) as loaded:
        model.set_query(lambda _sort, _descending: array("q", range(1_600_000, 0, -1)))
    assert loaded.args == [1_600_000] and model.rowCount() == 1_600_000 and fetched == []

    view = RecordTable()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 400)
    view.show()
    qtbot.waitExposed(view)
    view.scrollToBottom()
    qtbot.wait(50)
    assert len(fetched) <= 4 and sum(fetched) <= 4 * PAGE_SIZE  # only what is on screen
    assert model.index(1_599_999, 0).data() == "1"

    for row in range(0, 40 * PAGE_SIZE, PAGE_SIZE):  # scrolling through 40 pages…
        assert model.index(row, 0).data() == str(1_600_000 - row)
    assert model.cached_rows() <= CACHED_PAGES * PAGE_SIZE  # …keeps a few of them
    fetched.clear()
    model.index(39 * PAGE_SIZE, 0).data()
    assert fetched == []  # a page still cached is not fetched again

    with qtbot.waitSignal(model.sig_loaded, timeout=10_000):  # the heading's other order
        model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 0).data() == "1"


@SQLITE_ONLY
def test_a_page_that_cannot_be_read_is_said_after_the_painting(qtbot: QtBot) -> None:
    """The view keeps painting (empty rows); the reason reaches the page's status line once
    the painting is over, and the next page read well is shown."""
    failing = [True]

    def fetch(ids: Sequence[int]) -> list[Any]:
        if failing[0]:
            raise DatabaseError("데이터베이스 파일이 사라졌습니다.")  # korean-data
        return [SimpleNamespace(id=i, void=False) for i in ids]

    model = RecordListModel([Column("번호", lambda item: str(item.id), natural=True)], fetch)
    with qtbot.waitSignal(model.sig_loaded, timeout=10_000):
        model.set_query(lambda _sort, _descending: array("q", range(3 * PAGE_SIZE, 0, -1)))
    with qtbot.waitSignal(model.sig_error, timeout=10_000) as told:
        assert model.index(0, 0).data() in (None, "")
    assert told.args == ["데이터베이스 파일이 사라졌습니다."]  # korean-data
    failing[0] = False
    assert model.index(PAGE_SIZE, 0).data() == str(2 * PAGE_SIZE)


@pytest.mark.slow
@SQLITE_ONLY
def test_the_seeker_list_opens_with_a_count_and_one_page(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No id array: a count and the first page; scrolling on reads each page right after
    the one before; a jump to the end reads that page alone; a heading sorts."""
    from deskapp.services.demo import generate_demo

    workspace, _ = Workspace.create(str(tmp_path / "d.sqlite3"), "admin", PASSWORD)
    try:
        generate_demo(workspace, PASSWORD, seekers=450, seed=3)
        admin = workspace.accounts.authenticate("admin", PASSWORD)
        browse = workspace.browse
        ids = list(browse.seeker_ids(admin, SeekerFilter()))
        by_name = list(browse.seeker_ids(admin, SeekerFilter(sort="name", descending=False)))
        asked: list[tuple[str, int, bool]] = []
        seeker_ids, seeker_page = browse.seeker_ids, browse.seeker_page

        def listing_ids(actor: Actor, query: SeekerFilter) -> Any:
            asked.append(("ids", 0, False))
            return seeker_ids(actor, query)

        def page(
            actor: Actor, query: SeekerFilter, offset: int, limit: int, after: Any = None
        ) -> Any:
            asked.append(("page", offset, after is not None))
            return seeker_page(actor, query, offset, limit, after)

        monkeypatch.setattr(browse, "seeker_ids", listing_ids)
        monkeypatch.setattr(browse, "seeker_page", page)
        model = SeekerListModel(WorkContext(workspace, admin))
        _loaded(qtbot, model, lambda: model.set_filter(SeekerFilter()))
        assert model.rowCount() == len(ids) > 4 * PAGE_SIZE
        assert asked == [("page", 0, False)] and model.cached_rows() == PAGE_SIZE

        view = RecordTable()
        qtbot.addWidget(view)
        view.setModel(model)
        view.resize(800, 300)
        view.show()
        qtbot.waitExposed(view)
        shown = [model.index(row, 0).data(IdRole) for row in range(model.rowCount())]
        assert shown == ids
        assert ("ids", 0, False) not in asked
        assert all(after for kind, offset, after in asked if offset), asked  # read on
        assert model.cached_rows() <= CACHED_PAGES * PAGE_SIZE

        asked.clear()
        _loaded(qtbot, model, lambda: model.set_filter(SeekerFilter()))
        view.scrollToBottom()
        qtbot.wait(50)
        assert model.index(len(ids) - 1, 0).data(IdRole) == ids[-1]
        last = (len(ids) - 1) // PAGE_SIZE * PAGE_SIZE
        assert ("page", last, False) in asked and len(asked) <= 4  # the end, not the way there

        with qtbot.waitSignal(model.sig_loaded, timeout=10_000):
            model.sort(1, Qt.SortOrder.AscendingOrder)  # 성명
        names = [model.index(row, 0).data(IdRole) for row in range(model.rowCount())]
        assert names == by_name
        # The current row is found again after a reload, deep in the list.
        deep = by_name[len(by_name) - 7]
        assert model.row_of(deep) == len(by_name) - 7
    finally:
        workspace.close()


@SQLITE_ONLY
def test_clicking_a_heading_sorts_through_the_service(
    qtbot: QtBot, workspace: Workspace, admin: Actor, people: dict[str, Any], tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, admin, tmp_path)
    page = window.seekers_page
    with qtbot.waitSignal(page.model.sig_loaded, timeout=10_000):
        window.show_page("seekers")
    page.desk_filter.setCurrentIndex(0)  # 전체 창구
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    assert _column(page.model, 5) == sorted(_column(page.model, 5), reverse=True)  # newest

    header = page.table.horizontalHeader()

    def click(section: int) -> None:
        x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
        with qtbot.waitSignal(page.model.sig_loaded, timeout=10_000):
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click(1)  # 성명: the service orders by name
    assert page.model.filter.sort == "registered_on"  # the filter itself keeps its text
    assert _column(page.model, 1) == ["김민수", "김민수", "김민지", "한가람", "홍길동"]
    assert header.sortIndicatorSection() == 1
    click(1)
    assert _column(page.model, 1) == ["홍길동", "한가람", "김민지", "김민수", "김민수"]
    click(3)  # 연락처: sorted in the worker (a short list)
    assert _column(page.model, 3) == sorted(_column(page.model, 3))


# -- the search box ------------------------------------------------------------------------


@SQLITE_ONLY
def test_search_box_finds_by_fragment_initials_and_phone_end(
    qtbot: QtBot,
    workspace: Workspace,
    admin: Actor,
    people: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    browse = workspace.browse
    searched: list[str] = []
    original = browse.search_seekers

    def counting(actor: Actor, text: str, limit: int = 50) -> Any:
        searched.append(text)
        return original(actor, text, limit)

    monkeypatch.setattr(browse, "search_seekers", counting)
    window = open_window(qtbot, workspace, people["plus"], tmp_path)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_F, CTRL)  # from anywhere in the window
    page = window.seekers_page
    search = page.search
    assert window.current_page_key() == "seekers" and search.edit.hasFocus()

    def typed(text: str) -> list[str]:
        search.edit.clear()
        with qtbot.waitSignal(search.sig_searched, timeout=5000):
            for char in text:  # one input-method commit per syllable or consonant
                if char.isascii():
                    qtbot.keyClick(search.edit, char)
                else:
                    commit(search.edit, char)
        return [f"{s.name}@{s.desk}" for s in search.found()]

    assert typed("민") == ["김민지@plus", "김민수@plus", "김민수@gvalley"]
    assert searched[-1] == "민" and "" not in searched
    searched.clear()
    assert typed("ㄱㅁㅅ") == ["김민수@plus", "김민수@gvalley"]  # own desk first
    assert searched == ["ㄱㅁㅅ"]  # typing fast searches once, for the whole text
    # The list under it filters by the same text (at the working desk).
    qtbot.waitUntil(lambda: _column(page.model, 1) == ["김민수"], timeout=5000)
    assert page.count_label.text() == "구직자 1명 (‘ㄱㅁㅅ’)"
    assert typed("홍ㄱ") == ["홍길동@plus"]
    assert typed("1234") == ["홍길동@plus", "김민지@plus"]
    assert typed("ㅋㅋ") == [] and "맞는 구직자가 없습니다" in search.status_label.text()

    # Down into the suggestions, Enter opens the seeker's record.
    typed("김민")
    qtbot.keyClick(search.edit, Qt.Key.Key_Down)
    assert search.suggestions.hasFocus()
    qtbot.keyClick(search.suggestions, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.records.sig_opened, timeout=10_000) as opened:
        qtbot.keyClick(search.suggestions, Qt.Key.Key_Return)
    assert opened.args[0].detail.name == "김민수" and opened.args[0].detail.desk == "plus"


@SQLITE_ONLY
def test_a_slow_answer_never_replaces_a_newer_one(
    qtbot: QtBot,
    workspace: Workspace,
    admin: Actor,
    people: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    browse = workspace.browse
    search_seekers, seeker_count = browse.search_seekers, browse.seeker_count
    slow = threading.Event()

    def slow_search(actor: Actor, text: str, limit: int = 50) -> Any:
        if text == "김":
            slow.wait(5)
        return search_seekers(actor, text, limit)

    def slow_count(actor: Actor, query: SeekerFilter) -> Any:
        if query.text == "김":
            slow.wait(5)
        return seeker_count(actor, query)

    monkeypatch.setattr(browse, "search_seekers", slow_search)
    monkeypatch.setattr(browse, "seeker_count", slow_count)
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    pool.setMaxThreadCount(max(threads, 4))  # as run_gui does: the slow ones hold two
    window = open_window(qtbot, workspace, people["plus"], tmp_path)
    page = window.seekers_page
    window.find_seeker()
    search = page.search
    commit(search.edit, "김")
    search.search_now()  # "김" is now on its way, slowly
    commit(search.edit, "민지")
    with qtbot.waitSignal(search.sig_searched, timeout=5000):
        search.search_now()
    qtbot.waitUntil(lambda: _column(page.model, 1) == ["김민지"], timeout=5000)
    slow.set()  # the answers to "김" arrive last…
    time.sleep(0.05)
    assert QueryOp.wait_for_all(5000)
    QApplication.processEvents()
    assert [s.name for s in search.found()] == ["김민지"]  # …and are dropped
    assert _column(page.model, 1) == ["김민지"]
    assert "‘김민지’" in search.status_label.text()
    pool.setMaxThreadCount(threads)


# -- pages ---------------------------------------------------------------------------------


@SQLITE_ONLY
def test_desk_switcher_filters_the_lists_and_is_the_new_records_desk(
    qtbot: QtBot, workspace: Workspace, admin: Actor, people: dict[str, Any], tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, admin, tmp_path)
    page = window.seekers_page
    with qtbot.waitSignal(page.model.sig_loaded, timeout=10_000):
        window.show_page("seekers")
    assert page.desk_filter.desk() == "plus" and page.model.rowCount() == 4
    with qtbot.waitSignal(page.model.sig_loaded, timeout=10_000):
        window.set_desk("gvalley")
    assert page.desk_filter.desk() == "gvalley"
    assert _column(page.model, 1) == ["김민수"]
    assert window.sessions_page.desk_filter.desk() == "gvalley"

    dialog = window.new_record()  # Ctrl+N on this page: a seeker, at the working desk
    assert isinstance(dialog, FormDialog) and isinstance(dialog.panel, SeekerForm)
    assert dialog.panel.values()["등록창구"] == "gvalley"
    dialog.close()
    window.set_desk("dong", "독산동")
    dialog = window.new_record()
    assert dialog is not None and dialog.panel.values()["등록창구"] == "독산동"
    dialog.close()


@SQLITE_ONLY
def test_today_sessions_and_referrals_pages(
    qtbot: QtBot, workspace: Workspace, admin: Actor, people: dict[str, Any], tmp_path: Path
) -> None:
    plus = people["plus"]
    window = open_window(qtbot, workspace, plus, tmp_path)
    today = window.today_page
    window.show_page("today")
    qtbot.waitUntil(lambda: today.counts() == (1, 1), timeout=10_000)
    assert today.summary_label.text() == "오늘 상담 1건 · 연락할 사람 1명"
    assert today.heading.text() == "2018-10-30 (화) · 일자리플러스센터"
    assert _column(today.follow_up_model, 1) == ["김민지"]
    today.follow_up_table.setFocus()
    with qtbot.waitSignal(window.records.sig_opened, timeout=10_000) as opened:
        qtbot.keyClick(today.follow_up_table, Qt.Key.Key_Return)
    record = opened.args[0]
    assert record.detail.name == "김민지"
    record.close()
    active(qtbot, window)

    sessions = window.sessions_page
    with qtbot.waitSignal(sessions.model.sig_loaded, timeout=10_000):
        window.show_page("sessions")
    assert sessions.count_label.text() == "상담 2건"  # October at the plus desk
    # A counselor lists only their own desk's sessions (G밸리's one is not theirs to see):
    # the desk box offers no other desk, nor 전체 창구.
    assert [sessions.desk_filter.itemData(i) for i in range(sessions.desk_filter.count())] == [
        "plus"
    ]
    sessions.period_filter.from_edit.setFocus(Qt.FocusReason.TabFocusReason)
    sessions.period_filter.from_edit.selectAll()  # as Tab into it does (it may have focus)
    qtbot.keyClicks(sessions.period_filter.from_edit, "20181030")
    qtbot.waitUntil(lambda: sessions.count_label.text() == "상담 1건", timeout=5000)

    referrals = window.referrals_page
    active(qtbot, window)
    qtbot.keyClick(window.nav, Qt.Key.Key_5, CTRL)
    qtbot.waitUntil(
        lambda: (
            (referrals.referral_count.text(), referrals.placement_count.text())
            == ("결과 대기 1건", "취업 1건")
        ),
        timeout=10_000,
    )
    assert _column(referrals.referral_model, 1) == ["김민지"]
    assert referrals.referral_table.current_row() == 0
    qtbot.keyClick(referrals.referral_table, Qt.Key.Key_E, CTRL)
    dialogs = [d for d in window.findChildren(FormDialog) if d.isVisible()]
    assert len(dialogs) == 1 and isinstance(dialogs[0].panel, OutcomeForm)
    outcome = dialogs[0]
    assert isinstance(outcome.panel, OutcomeForm)
    qtbot.waitUntil(outcome.isActiveWindow)
    qtbot.waitUntil(outcome.panel.outcome_combo.hasFocus)
    for _ in range(3):  # (고르세요) → 대기 → 면접 → 채용
        qtbot.keyClick(outcome.panel.outcome_combo, Qt.Key.Key_Down)
    with qtbot.waitSignal(referrals.referral_model.sig_loaded, timeout=10_000):
        qtbot.keyClick(outcome.panel.outcome_combo, Qt.Key.Key_S, CTRL)
    assert referrals.referral_count.text() == "결과 대기 0건"
    assert workspace.browse.referrals(plus, [people["referral"]])[0].outcome == "채용"


@SQLITE_ONLY
def test_every_page_fits_a_1366_by_768_screen(
    qtbot: QtBot, workspace: Workspace, admin: Actor, people: dict[str, Any], tmp_path: Path
) -> None:
    window = open_window(qtbot, workspace, people["plus"], tmp_path)
    room_width, room_height = 1366, 768 - 40 - 30  # task bar, title bar
    for key in window.page_keys():
        window.show_page(key)
        hint = window.minimumSizeHint()
        assert hint.width() <= room_width and hint.height() <= room_height, key
    with qtbot.waitSignal(window.records.sig_opened, timeout=10_000) as opened:
        window.context.open_seeker(people["홍길동@plus"])
    record = opened.args[0]
    for show_form in (record.new_session, record.refer, record.record_placement):
        show_form()
        hint = record.minimumSizeHint()
        assert hint.width() <= room_width and hint.height() <= room_height
        record.escape()
    dialog = window.new_record()
    assert dialog is not None
    hint = dialog.minimumSizeHint()
    assert hint.width() <= room_width and hint.height() <= room_height
    dialog.close()


@SQLITE_ONLY
def test_a_wide_list_shares_its_width_out_and_keeps_the_users_widths(
    qtbot: QtBot, workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    """At 1366×768 the 취업 list's employer name had its sample's width and the last column
    (창구) all the rest, so "(주)제이에스에이…" and "고용보험 가입 …" ran into "…"."""
    window = open_window(qtbot, workspace, admin, tmp_path)
    window.resize(1366, 768)
    window.show_page("placements")
    table = window.referrals_page.placement_table
    model = table.model()
    assert isinstance(model, PlacementListModel)
    qtbot.waitUntil(lambda: table.viewport().width() > 900)
    header = table.horizontalHeader()
    employer = next(c for c in range(header.count()) if model.columns[c].title == "업체명")
    last = header.count() - 1
    shares = [header.sectionSize(c) / table._widths[c] for c in range(header.count())]
    assert min(shares) > 1.2  # every column got some of the room, not only the last
    assert max(shares) - min(shares) < 0.05  # and in the same proportion
    assert sum(header.sectionSize(c) for c in range(header.count())) <= table.viewport().width()
    assert header.sectionSize(employer) > table._widths[employer]
    header.resizeSection(last, 80)  # by hand: kept when the window changes size
    window.resize(1200, 700)
    qtbot.wait(50)
    assert header.sectionSize(last) == 80
