"""Faults in the write phase: every step of the import's write and of a unit of work fails
on purpose, on SQLite and PostgreSQL, and nothing may be written.

The faults are the database's own (tests/faults.py): a statement of the writing unit that
fails before it reaches the server, a trigger that fails every write of one table (the
records' tables, and the per-day figures and search keys that triggers keep), the commit.
After each: the user is told in Korean that nothing was saved (a ``DatabaseError``, shown
by the command line as one line, no traceback), every table's rows are as they were (so no
access-log or history line tells of the failed work), and the database takes the next good
write. A process killed during an import is tests/test_crash_and_concurrency.py's.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from conftest import PASSWORD, add_seeker, counselor_at
from faults import (
    FAULT,
    Statements,
    changed,
    failing_commit,
    failing_statement,
    failing_table,
    snapshot,
)
from workbooks import valid_sheets, write_book

from deskapp.cli import EXIT_BAD_INPUT, failed
from deskapp.domain.access import Actor
from deskapp.domain.commands import (
    ChangeRecord,
    LogSession,
    RecordPlacement,
    Refer,
    RegisterEmployer,
    RegisterOpening,
    seeker_command,
)
from deskapp.domain.errors import DatabaseError
from deskapp.domain.events import EventDetails, EventKind
from deskapp.domain.records import RecordKind, Role
from deskapp.i18n import translate
from deskapp.services.workspace import Workspace, data_folder
from deskapp.store.database import FAILED_WRITE

#: A unit of work that needs more statements than this is cut short by the test.
MOST_STATEMENTS = 200


@pytest.fixture(autouse=True)
def _classification_read(workspace: Workspace) -> None:
    """A new database gets the built-in occupation classification on first use, in a unit
    of its own: done before the faults, which are about the work's own unit."""
    workspace.imports.classification.occupations()


def told_nothing_was_saved(error: BaseException) -> None:
    """The user reads, in Korean, that nothing was saved: the window shows the message of
    a DatabaseError; the command line one line of it, and exit code 2."""
    assert isinstance(error, DatabaseError), repr(error)
    message = translate("database", FAILED_WRITE)
    assert str(error) == message and "저장되지 않았습니다" in message
    err = io.StringIO()
    assert failed(error, err) == EXIT_BAD_INPUT
    assert err.getvalue() == f"deskapp: {message}\n"


def fails_at_every_statement(
    workspace: Workspace, work: Callable[[], object]
) -> tuple[Statements, set[str]]:
    """``work`` is run with its first writing statement failing, then its second, and so on:
    each time it must fail, tell the user, and leave every table as it was. Then it runs
    without a fault (the database takes the next good write); the statements of that run
    and the tables it changed."""
    before = snapshot(workspace.db)
    for n in range(1, MOST_STATEMENTS):
        with failing_statement(workspace.db, n) as statements:
            try:
                work()
            except Exception as error:
                if not statements.fired:
                    raise
                told_nothing_was_saved(error)
                assert changed(before, snapshot(workspace.db)) == set(), f"statement {n}"
                continue
        assert not statements.fired, f"statement {n} failed and the work went on as done"
        assert n > 1
        return statements, changed(before, snapshot(workspace.db))
    pytest.fail(f"the work sent more than {MOST_STATEMENTS} statements")


# -- the import ---------------------------------------------------------------------------


def every_sheet_workbook(path: Path) -> Path:
    """A workbook writing every table an import writes: every record sheet, target groups
    and 경력, an event with an employer and participants, one of them hired."""
    sheets = valid_sheets()
    seekers = sheets["구직자"]
    seekers[0] = [*seekers[0], "대상그룹", "경력"]
    seekers[1] = [*seekers[1], "청년, 저소득", "(주)금천, 경비, 2015-03~2017-12"]
    for row in seekers[2:]:
        row.extend([None, None])
    sheets["행사"] = [
        ["행사번호", "행사명", "구분", "일자", "창구"],
        ["F1", "가을 채용박람회", "채용박람회", "2018-09-12", "plus"],
    ]
    sheets["행사참여업체"] = [["행사번호", "업체번호", "모집인원"], ["F1", "E1", 2]]
    sheets["행사참여자"] = [
        ["행사번호", "구직자번호", "면접", "결과"],
        ["F1", "S2", "예", "채용"],
        ["F1", "S3", "예", "불합격"],
    ]
    return write_book(path, sheets)


#: Every table a good import of ``every_sheet_workbook`` changes: the records it writes,
#: its batch and access-log line (and the chain's anchor), and what triggers keep.
IMPORT_TABLES = (
    "imports",
    "job_seekers",
    "seeker_groups",
    "seeker_careers",
    "employers",
    "job_openings",
    "counseling_sessions",
    "referrals",
    "placements",
    "events",
    "event_employers",
    "event_participants",
    "access_log",
    "log_chain",
    "daily_counts",
    "split_days_dirty",
    "seeker_search_keys",
    "seeker_name_beginnings",
    "employer_search_keys",
    "opening_search_keys",
    "monthly_counts",
    "monthly_placements",
)


def import_fails(workspace: Workspace, admin: Actor, book: Path) -> None:
    """The import fails, tells the user that nothing was saved, and writes nothing."""
    before = snapshot(workspace.db)
    with pytest.raises(Exception) as failure:
        workspace.imports.import_workbook(admin, book)
    told_nothing_was_saved(failure.value)
    assert changed(before, snapshot(workspace.db)) == set()


def imports_whole(workspace: Workspace, admin: Actor, book: Path) -> set[str]:
    """A good import after the faults is done whole; the tables it changed."""
    before = snapshot(workspace.db)
    report = workspace.imports.import_workbook(admin, book)
    assert report.counts["구직자"] == 4 and report.counts["행사참여자"] == 2  # korean-data
    return changed(before, snapshot(workspace.db))


@pytest.mark.parametrize("table", IMPORT_TABLES)
def test_an_import_whose_write_of_a_table_fails_writes_nothing(
    workspace: Workspace, admin: Actor, tmp_path: Path, table: str
) -> None:
    """The fault is met at that table; then the database takes a good write."""
    book = every_sheet_workbook(tmp_path / "records.xlsx")
    with failing_table(workspace.db, table) as fault:
        import_fails(workspace, admin, book)
    assert fault.fired
    before = snapshot(workspace.db)
    workspace.records.register_employer(admin, RegisterEmployer("(주)다음테크"))
    assert "employers" in changed(before, snapshot(workspace.db))


def test_an_import_whose_commit_fails_writes_nothing(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    book = every_sheet_workbook(tmp_path / "records.xlsx")
    with failing_commit(workspace.db) as commit:
        import_fails(workspace, admin, book)
    assert commit.fired
    assert imports_whole(workspace, admin, book) == set(IMPORT_TABLES)


def test_an_import_failing_at_any_statement_of_its_write_writes_nothing(
    workspace: Workspace, admin: Actor, tmp_path: Path
) -> None:
    """Each statement of the write phase fails in turn, from taking the write lock to the
    access-log line; then the import runs whole, writing only tables faulted above."""
    book = every_sheet_workbook(tmp_path / "records.xlsx")
    statements, written = fails_at_every_statement(
        workspace, lambda: workspace.imports.import_workbook(admin, book)
    )
    assert written == set(IMPORT_TABLES)
    assert statements.tables_written() <= set(IMPORT_TABLES)


# -- units of work ------------------------------------------------------------------------


@dataclass(frozen=True)
class Desk:
    """A desk's accounts and records, for units of work to change."""

    plus: Actor
    lead: Actor
    seeker: str
    seeker_id: int
    duplicate_id: int
    opening: str
    session_id: int
    event: str


@pytest.fixture
def desk(workspace: Workspace, admin: Actor) -> Desk:
    plus = counselor_at(workspace, admin, "plus")
    lead = workspace.accounts.create_user(admin, "lead", PASSWORD, Role.TEAM_LEAD)
    records = workspace.records
    seeker = add_seeker(workspace, plus, "김민수", "2018-09-03", 연락처="010-1234-5678")
    duplicate = add_seeker(workspace, plus, "김민수", "2018-09-20", 연락처="010-1234-5678")
    session = records.log_session(plus, LogSession(seeker.number, date(2018, 9, 4)))
    records.log_session(plus, LogSession(duplicate.number, date(2018, 9, 21)))
    employer = records.register_employer(plus, RegisterEmployer("(주)가산테크")).number
    opening = records.register_opening(
        plus, RegisterOpening(employer, "경비", headcount=2, registered_on=date(2018, 9, 5))
    ).number
    records.record_placement(plus, RecordPlacement(duplicate.number, date(2018, 9, 25)))
    event = workspace.events.create_event(
        plus, EventDetails("가을 채용박람회", EventKind.JOB_FAIR, date(2018, 10, 12))
    ).number
    return Desk(plus, lead, seeker.number, seeker.id, duplicate.id, opening, session.id, event)


def _walk_in(workspace: Workspace, desk: Desk) -> object:
    command = seeker_command({"성명": "박지현", "등록일": "2018-10-12"}, date(2018, 10, 30))
    return workspace.events.walk_in(desk.plus, desk.event, replace(command, consented=True))


#: A representative unit of work of each kind: register, log, refer, place, void, correct,
#: merge, close a month, and a walk-in at an event (two services' units joined as one).
WORK: dict[str, Callable[[Workspace, Desk], object]] = {
    "register": lambda ws, d: add_seeker(ws, d.plus, "이영희", "2018-10-02"),
    "session": lambda ws, d: ws.records.log_session(
        d.plus, LogSession(d.seeker, date(2018, 10, 2))
    ),
    "refer": lambda ws, d: ws.records.refer(d.plus, Refer(d.seeker, d.opening, date(2018, 10, 3))),
    "place": lambda ws, d: ws.records.record_placement(
        d.plus, RecordPlacement(d.seeker, date(2018, 10, 4))
    ),
    "void": lambda ws, d: ws.records.void(d.plus, RecordKind.SESSION, d.session_id, "잘못 입력"),
    "edit": lambda ws, d: ws.corrections.change(
        d.plus,
        ChangeRecord(RecordKind.SEEKER, d.seeker, {"연락처": "010-2222-3333"}, "번호 바뀜"),
    ),
    "merge": lambda ws, d: ws.merging.merge(d.lead, d.seeker_id, d.duplicate_id, "같은 사람"),
    "month-close": lambda ws, d: ws.month_close.close_month(d.lead, 2018, 9),
    "walk-in": _walk_in,
}


@pytest.mark.parametrize("kind", WORK)
def test_a_unit_of_work_failing_at_any_statement_writes_nothing(
    workspace: Workspace, desk: Desk, kind: str
) -> None:
    """Each statement of the unit fails in turn; then the work is done, with its line in
    the access log."""
    statements, written = fails_at_every_statement(workspace, lambda: WORK[kind](workspace, desk))
    assert statements.sent and "access_log" in written


@pytest.mark.parametrize("kind", ["place", "merge"])
def test_a_unit_of_work_whose_commit_fails_writes_nothing(
    workspace: Workspace, desk: Desk, kind: str
) -> None:
    before = snapshot(workspace.db)
    with failing_commit(workspace.db) as commit, pytest.raises(Exception) as failure:
        WORK[kind](workspace, desk)
    assert commit.fired
    told_nothing_was_saved(failure.value)
    assert changed(before, snapshot(workspace.db)) == set()
    WORK[kind](workspace, desk)
    assert "access_log" in changed(before, snapshot(workspace.db))


def test_a_failed_database_is_logged_for_the_administrator(
    workspace: Workspace, desk: Desk
) -> None:
    """The user reads that nothing was saved; the driver's error, which says what failed,
    goes to the error log (without the values of the work) for the administrator."""
    with failing_commit(workspace.db), pytest.raises(Exception) as failure:
        WORK["place"](workspace, desk)
    log = data_folder() / "deskapp-error.log"
    assert not log.exists()
    assert failed(failure.value, io.StringIO()) == EXIT_BAD_INPUT
    written = log.read_text(encoding="utf-8")
    assert "OperationalError" in written and f"{FAULT}: commit failed" in written


@pytest.mark.parametrize(
    ("kind", "table"),
    [
        ("session", "daily_counts"),
        ("place", "split_days_dirty"),
        ("edit", "record_changes"),
        ("merge", "seeker_merges"),
        ("walk-in", "event_participants"),
        ("walk-in", "seeker_search_keys"),
    ],
)
def test_a_unit_of_work_whose_write_of_a_table_fails_writes_nothing(
    workspace: Workspace, desk: Desk, kind: str, table: str
) -> None:
    """The last table a unit writes, or one a trigger keeps, refuses the write."""
    before = snapshot(workspace.db)
    with failing_table(workspace.db, table) as fault, pytest.raises(Exception) as failure:
        WORK[kind](workspace, desk)
    assert fault.fired
    told_nothing_was_saved(failure.value)
    assert changed(before, snapshot(workspace.db)) == set()
    WORK[kind](workspace, desk)
    assert table in changed(before, snapshot(workspace.db))
