"""The import's write phase and process: its records are appended with the derived tables'
triggers set aside and their work done once for the batch (``bulk.appending``), every
derived table ending as the triggers, row by row, leave it, on both databases, into a
database that already holds records; ``deskapp import`` loads no more than it needs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSWORD, SQLITE_ONLY, TODAY, add_seeker
from pgserver import drop_database, new_database
from sqlalchemy import text
from workbooks import valid_sheets, write_book

from deskapp.domain.access import Actor
from deskapp.domain.commands import LogSession, RecordPlacement
from deskapp.domain.desks import parse_desk
from deskapp.services.check import CheckService
from deskapp.services.workspace import Workspace
from deskapp.store import bulk, splits

#: Every table kept from the records, and the breakdowns' marks.
DERIVED_TABLES = [table for derived in bulk.DERIVED for table in derived.tables]


@pytest.fixture
def twin(db_url: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workspace]:
    """A second database made as ``workspace``'s was, on the same kind of database."""
    if db_url.startswith("postgresql"):
        server = request.getfixturevalue("pg_server")
        url, name = new_database(server, template=request.getfixturevalue("_postgresql_made"))
        opened = Workspace.open(url, today=TODAY)
        yield opened
        opened.close()
        drop_database(server, name)
        return
    import shutil

    path = tmp_path / "twin.sqlite3"
    shutil.copy2(request.getfixturevalue("_sqlite_made"), path)
    opened = Workspace.open(str(path), today=TODAY)
    yield opened
    opened.close()


def _records_before(workspace: Workspace, folder: Path) -> None:
    """Records entered by hand and an earlier import, the same in each database."""
    admin = workspace.accounts.authenticate("admin", PASSWORD)
    for name, day in (("김하나", "2018-03-02"), ("이둘", "2018-03-09"), ("박셋", "2018-04-02")):
        seeker = add_seeker(workspace, admin, name, day, **{"등록창구": "plus"})
        workspace.records.log_session(
            admin, LogSession(seeker.number, date.fromisoformat(day), parse_desk("plus"))
        )
        workspace.records.record_placement(
            admin, RecordPlacement(seeker.number, date(2018, 5, 3), parse_desk("plus"))
        )
    workspace.statistics.recount_days(admin)
    book = write_book(folder / "first.xlsx", valid_sheets())
    workspace.imports.import_workbook(admin, book)


def _second_book(path: Path) -> Path:
    """New seekers (with target groups, one named like an earlier one), and sessions,
    referrals and placements of earlier and new seekers on the earlier records' days
    and others; an event with a hire."""
    return write_book(
        path,
        {
            "구직자": [
                ["구직자번호", "성명", "등록창구", "등록일", "연락처", "대상그룹"],
                ["N1", "김하늘", "plus", "2018-03-02", "010-2222-3333", "청년"],
                ["N2", "김하나", "gvalley", "2018-03-09", None, "청년, 중장년"],
                ["N3", "Lee Mina", "dong", "2018-06-01", "02-555-1234", None],
            ],
            "상담": [
                ["구직자번호", "상담일", "상담창구"],
                ["S1", "2018-03-02", "plus"],
                ["N1", "2018-03-02", "plus"],
                ["N2", "2018-07-01", "gvalley"],
                ["S3", "2018-06-01", "dong"],
            ],
            "알선": [
                ["구직자번호", "구인번호", "알선일", "알선창구"],
                ["N1", "J1", "2018-04-02", "plus"],
                ["S2", "J2", "2018-04-03", "gvalley"],
            ],
            "취업": [
                ["구직자번호", "취업일", "취업창구", "구인번호"],
                ["S1", "2018-02-10", "plus", None],  # before S1's earlier placement
                ["S1", "2018-08-10", "plus", None],  # and after it
                ["N1", "2018-04-20", "plus", "J1"],
                ["S4", "2018-02-01", "plus", None],
            ],
            "행사": [
                ["행사번호", "행사명", "구분", "일자", "창구"],
                ["F1", "채용박람회", "채용박람회", "2018-05-03", "plus"],
            ],
            "행사참여자": [
                ["행사번호", "구직자번호", "면접", "결과"],
                ["F1", "N3", "예", "채용"],
                ["F1", "S2", "예", "불합격"],
            ],
        },
    )


def _derived(workspace: Workspace) -> dict[str, list[tuple[str, ...]]]:
    with workspace.db.engine.connect() as connection:
        return {
            table: sorted(
                tuple(str(v) for v in row)
                for row in connection.execute(text(f"SELECT * FROM {table}"))
                # a figure brought down to 0 by a trigger is no figure
                if table not in ("daily_counts", "monthly_placements") or row[-1] != 0
            )
            for table in DERIVED_TABLES
        }


def _import(workspace: Workspace, path: Path, set_aside: bool) -> dict[str, list[Any]]:
    workspace.imports.set_aside_triggers = set_aside
    admin: Actor = workspace.accounts.authenticate("admin", PASSWORD)
    workspace.imports.import_workbook(admin, path)
    return _derived(workspace)


def test_an_import_leaves_every_derived_table_as_the_triggers_would(
    workspace: Workspace, twin: Workspace, tmp_path: Path
) -> None:
    for each in (workspace, twin):
        _records_before(each, tmp_path)
    assert _derived(workspace) == _derived(twin)
    book = _second_book(tmp_path / "second.xlsx")
    batch = _import(workspace, book, set_aside=True)
    row_by_row = _import(twin, book, set_aside=False)
    assert batch["split_days_dirty"]  # the days marked for the breakdowns, as the triggers do
    assert batch == row_by_row
    # The triggers set aside are back, as they were.
    triggers = []
    for each in (workspace, twin):
        with each.db.engine.connect() as connection:
            triggers.append(bulk.triggers_on(connection, bulk.APPENDED))
    assert triggers[0] == triggers[1] and triggers[0]
    assert CheckService(workspace.db).run().ok
    # The marked days recounted equal a recount of everything.
    with workspace.db.unit_of_work() as session:
        splits.refresh_connection(session.connection())
    refreshed = _derived(workspace)
    with workspace.db.unit_of_work() as session:
        bulk.rebuild_derived(session.connection())
    assert _derived(workspace) == refreshed


#: Imports ``sys.argv[1]`` into the database ``sys.argv[2]`` as ``deskapp import`` does,
#: then prints the exit code and which of the modules it need not load were loaded.
RUN = """
import json, sys
from deskapp.launch import main
code = main(["import", "--db", sys.argv[2], "--user", "admin", sys.argv[1]])
unneeded = ("openpyxl", "PySide6", "alembic", "deskapp.reports", "deskapp.ui", "deskapp.app")
loaded = sorted({u for u in unneeded for m in sys.modules if m == u or m.startswith(u + ".")})
print(json.dumps([code, loaded]))
"""


@SQLITE_ONLY
def test_the_import_command_loads_neither_qt_nor_openpyxl_nor_alembic(
    workspace: Workspace, tmp_path: Path
) -> None:
    book = write_book(tmp_path / "records.xlsx", valid_sheets())
    db = str(workspace.db.path)
    workspace.close()
    env = {**os.environ, "DESKAPP_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", RUN, str(book), db],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    code, loaded = json.loads(run.stdout.splitlines()[-1])
    assert (code, loaded) == (0, [])


#: The triggers an import sets aside, their work done by ``bulk.catch_up``: a trigger
#: added to the records that the patterns match must be added here once ``catch_up`` does
#: its work too.
SET_ASIDE = sorted(
    [f"{t}_count_{e}" for t in ("job_seekers", "job_openings", "counseling_sessions", "referrals")
     for e in ("insert", "delete", "update_new", "update_old")]
    + [f"{t}_split_{e}" for t in ("job_seekers", "counseling_sessions", "referrals",
                                  "placements", "seeker_groups")
       for e in ("insert", "delete", "update")]
    + ["job_seekers_split_person"]
    + [f"job_seekers_search_{e}" for e in ("insert", "delete", "update")]
)  # fmt: skip


@SQLITE_ONLY  # the importer sets triggers aside on SQLite only
def test_the_triggers_an_import_sets_aside_are_those_its_catch_up_replaces(
    workspace: Workspace,
) -> None:
    with workspace.db.engine.connect() as connection:
        triggers = bulk.triggers_on(connection, bulk.APPENDED)
    aside = sorted(name for _table, name, _sql in triggers if bulk._set_aside(name))
    assert aside == SET_ASIDE
    kept = sorted(name for _table, name, _sql in triggers if not bulk._set_aside(name))
    assert kept and all(bulk._kept(name) for name in kept)
