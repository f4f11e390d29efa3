"""One change notification: a unit of work announces what it changed, once, through the
context, and only the views showing that kind of record load again.

Saving a counseling session reloads what shows sessions and counts; the 구직자 list and
an open employer's window stay as they are, and no read is logged beyond the save's own
line (a reload of a record window or of an employer's window writes a 열람 line).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SQLITE_ONLY, add_seeker, rows
from pytestqt.qtbot import QtBot
from qt_support import open_window

from deskapp.domain.access import Actor
from deskapp.domain.commands import RegisterEmployer
from deskapp.domain.records import RecordKind
from deskapp.services.workspace import Workspace
from deskapp.ui.casework.page import SHOWS as CASEWORK_SHOWS
from deskapp.ui.context import Changes
from deskapp.ui.main_window import MainWindow
from deskapp.ui.seeker_view import SeekerRecord
from deskapp.ui.work_forms import SessionForm
from deskapp.ui.workers import QueryOp

pytestmark = [pytest.mark.usefixtures("boxes"), SQLITE_ONLY]
LOG = "SELECT action, subject_kind, detail FROM access_log ORDER BY id"


def _settled(qtbot: QtBot) -> None:
    """Every load started has delivered its answer (and then a little more time)."""
    qtbot.waitUntil(lambda: QueryOp.running() == 0, timeout=10_000)
    qtbot.wait(300)
    qtbot.waitUntil(lambda: QueryOp.running() == 0, timeout=10_000)


def _record(qtbot: QtBot, window: MainWindow, seeker_id: int) -> SeekerRecord:
    with qtbot.waitSignal(window.records.sig_opened, timeout=10_000) as opened:
        window.context.open_seeker(seeker_id)
    record = opened.args[0]
    assert isinstance(record, SeekerRecord)
    return record


def _log_session(qtbot: QtBot, record: SeekerRecord) -> None:
    """Ctrl+N, Ctrl+S in the record window: a session of today, 방문."""
    entries = len(record.entries())
    record.new_session()
    assert isinstance(record.panel, SessionForm)
    with qtbot.waitSignal(record.sig_saved, timeout=10_000):
        record.save()
    qtbot.waitUntil(lambda: len(record.entries()) == entries + 1, timeout=10_000)
    _settled(qtbot)


def _counter(signal: object) -> list[int]:
    counted: list[int] = []
    signal.connect(lambda *_args: counted.append(1))  # type: ignore[attr-defined]
    return counted


def test_saving_a_session_logs_its_line_and_leaves_what_shows_no_sessions(
    qtbot: QtBot, workspace: Workspace, plus: Actor, tmp_path: Path
) -> None:
    seeker = add_seeker(workspace, plus, "최상담", "2018-09-03")
    employer = workspace.records.register_employer(plus, RegisterEmployer("가산전자")).id
    window = open_window(qtbot, workspace, plus, tmp_path)
    seekers = window.seekers_page
    with qtbot.waitSignal(seekers.model.sig_loaded, timeout=10_000):
        window.show_page("seekers")
    with qtbot.waitSignal(window.record_windows.sig_opened, timeout=10_000):
        window.context.open_employer(employer)
    record = _record(qtbot, window, seeker.id)
    _settled(qtbot)
    announced: list[Changes] = []
    window.context.sig_data_changed.connect(announced.append)
    resets, loads = _counter(seekers.model.modelReset), _counter(seekers.model.sig_loaded)
    employer_loads = _counter(window.record_windows.windows()[0].sig_loaded)
    before = rows(workspace, LOG)

    _log_session(qtbot, record)

    written = rows(workspace, LOG)[len(before) :]
    assert [(action, detail) for action, _kind, detail in written] == [("create", "상담 1 등록")]
    assert announced == [Changes.saved(RecordKind.SESSION)]  # once
    assert resets == [] and loads == []  # the 구직자 list shows no sessions
    assert employer_loads == []
    assert window.current_page_key() == "seekers" and seekers.model.rowCount() == 1


def test_saving_a_session_reloads_the_sessions_page(
    qtbot: QtBot, workspace: Workspace, plus: Actor, tmp_path: Path
) -> None:
    seeker = add_seeker(workspace, plus, "최상담", "2018-09-03")
    window = open_window(qtbot, workspace, plus, tmp_path)
    sessions = window.sessions_page
    with qtbot.waitSignal(sessions.model.sig_loaded, timeout=10_000):
        window.show_page("sessions")
    record = _record(qtbot, window, seeker.id)
    _settled(qtbot)
    assert sessions.model.rowCount() == 0
    loads = _counter(sessions.model.sig_loaded)

    _log_session(qtbot, record)

    assert loads == [1]
    assert sessions.model.rowCount() == 1


def test_changes_say_what_they_touch() -> None:
    session = Changes.saved(RecordKind.SESSION)
    assert session.touches({RecordKind.SESSION, RecordKind.SEEKER})
    assert not session.touches({RecordKind.SEEKER})
    placement = Changes.saved(RecordKind.PLACEMENT)
    assert placement.touches({RecordKind.OPENING}) and placement.touches({RecordKind.REFERRAL})
    assert Changes.all().touches({RecordKind.EVENT})
    assert not Changes().touches({RecordKind.EVENT})


def test_what_a_programme_or_an_event_saves_reaches_the_pages_showing_it() -> None:
    """A meeting counted as sessions makes counseling sessions; an event registers walk-ins
    as job seekers and its results feed the follow-up worklist."""
    meeting = Changes.saved(RecordKind.PROGRAMME_SESSION)
    assert meeting.touches({RecordKind.SESSION})  # the 상담 and 오늘 pages
    assert Changes.saved(RecordKind.ENROLMENT).touches({RecordKind.SESSION})
    for kind in (RecordKind.EVENT_PARTICIPANT, RecordKind.CONTACT, RecordKind.AGREEMENT):
        assert Changes.saved(kind).touches(CASEWORK_SHOWS), kind
