"""The statistics' monthly figures (deskapp/store/rollups.py) stay exact under edits.

Random placements and sessions are added, voided, moved to another day, desk or
person, merged in bulk and deleted on a real database (SQLite and PostgreSQL); after
every few changes the figures are recounted (``rollups.drifted``) and the table of
random periods (whole months, odd days, one day, ten years) is compared with a count
made by brute force in Python from the rows themselves.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import pytest
from conftest import add_seeker, counselor_at
from sqlalchemy import Connection, text

from deskapp.domain.access import Actor
from deskapp.domain.commands import LogSession, RecordPlacement
from deskapp.domain.dates import Period
from deskapp.services.workspace import Workspace
from deskapp.store import rollups, stats_queries

LOW, HIGH = date(2016, 11, 1), date(2019, 2, 28)


def _day(rnd: random.Random) -> date:
    # Few distinct days, so that people are often placed twice in a month or on one day.
    return LOW + timedelta(days=rnd.randrange(0, (HIGH - LOW).days, 11) + rnd.choice((0, 0, 3)))


def _period(rnd: random.Random) -> tuple[date, date]:
    start = LOW - timedelta(days=40) + timedelta(days=rnd.randrange((HIGH - LOW).days + 80))
    if rnd.random() < 0.4:
        start = start.replace(day=1)
    end = start + timedelta(days=rnd.choice((0, 9, 30, 31, 45, 59, 61, 200, 400, 3650)))
    if rnd.random() < 0.4:
        end = Period.month(end.year, end.month).end
    return start, end


def _brute(connection: Connection, start: date, end: date) -> dict[int, dict[str, int]]:
    """The table's sessions and 취업자수 counted in Python from every row."""
    found: dict[int, dict[str, Any]] = {}
    for desk_id, day, void in connection.execute(
        text("SELECT desk_id, session_on, void FROM counseling_sessions")
    ):
        if not void and start <= _as_date(day) <= end:
            desk = found.setdefault(desk_id, {"sessions": 0, "people": set()})
            desk["sessions"] += 1
    for desk_id, seeker_id, day, void in connection.execute(
        text("SELECT desk_id, seeker_id, placed_on, void FROM placements")
    ):
        if not void and start <= _as_date(day) <= end:
            found.setdefault(desk_id, {"sessions": 0, "people": set()})["people"].add(seeker_id)
    return {
        desk_id: {"sessions": v["sessions"], "placements": len(v["people"])}
        for desk_id, v in found.items()
        if v["sessions"] or v["people"]
    }


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _counted(connection: Connection, start: date, end: date) -> dict[int, dict[str, int]]:
    from sqlalchemy.orm import Session

    with Session(bind=connection) as session:
        raw = stats_queries.period_counts(session, start, end)
    shown = {
        desk_id: {key: counts.get(key, 0) for key in ("sessions", "placements")}
        for desk_id, counts in raw.items()
    }
    return {d: c for d, c in shown.items() if any(c.values())}


def _records(workspace: Workspace, admin: Actor) -> tuple[list[int], list[int], int, int]:
    """Seekers at two desks, and a placement and a session to copy rows from."""
    plus = counselor_at(workspace, admin, "plus")
    seekers = [add_seeker(workspace, plus, f"김{name}", "2016-10-04") for name in "가나다라마바사"]
    placement = workspace.records.record_placement(
        plus, RecordPlacement(seekers[0].number, date(2017, 3, 2))
    ).id
    session = workspace.records.log_session(plus, LogSession(seekers[0].number, date(2017, 3, 2)))
    desk_ids = sorted(workspace.db.desk_ids().values())
    return [s.id for s in seekers], desk_ids, placement, session.id


def _change(connection: Connection, rnd: random.Random, ids: dict[str, Any]) -> None:
    """One random change to the placements or sessions (a statement of its own)."""
    table, day_column = rnd.choice(
        (
            ("placements", "placed_on"),
            ("placements", "placed_on"),
            ("counseling_sessions", "session_on"),
        )
    )
    rows = [r for (r,) in connection.execute(text(f"SELECT id FROM {table}"))]
    row = rnd.choice(rows)
    seeker, desk = rnd.choice(ids["seekers"]), rnd.choice(ids["desks"])
    kind = rnd.choice(("add",) * 5 + ("void", "revive", "day", "desk", "seeker", "merge", "delete"))
    if kind == "add" or len(rows) < 3:
        template = ids["placement"] if table == "placements" else ids["session"]
        columns = [
            c
            for (c,) in connection.execute(
                text(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = :t"
                    " AND table_schema = current_schema()"
                    if connection.dialect.name == "postgresql"
                    else "SELECT name FROM pragma_table_info(:t)"
                ),
                {"t": table},
            )
            if c not in ("id", "seeker_id", "desk_id", day_column, "void")
        ]
        listed = ", ".join(columns)
        connection.execute(
            text(
                f"INSERT INTO {table} (seeker_id, desk_id, {day_column}, void, {listed}) "
                f"SELECT :seeker, :desk, :day, :void, {listed} FROM {table} WHERE id = :template"
            ),
            {
                "seeker": seeker,
                "desk": desk,
                "day": _day(rnd),
                "void": rnd.random() < 0.15,
                "template": template,
            },
        )
    elif kind in ("void", "revive"):
        connection.execute(
            text(f"UPDATE {table} SET void = :void WHERE id = :row"),
            {"void": kind == "void", "row": row},
        )
    elif kind == "day":
        connection.execute(
            text(f"UPDATE {table} SET {day_column} = :day WHERE id = :row"),
            {"day": _day(rnd), "row": row},
        )
    elif kind == "desk":
        connection.execute(
            text(f"UPDATE {table} SET desk_id = :desk WHERE id = :row"), {"desk": desk, "row": row}
        )
    elif kind == "seeker":
        connection.execute(
            text(f"UPDATE {table} SET seeker_id = :seeker WHERE id = :row"),
            {"seeker": seeker, "row": row},
        )
    elif kind == "merge":  # every record of one person moved to another in one statement
        other = rnd.choice(ids["seekers"])
        connection.execute(
            text(f"UPDATE {table} SET seeker_id = :keep WHERE seeker_id = :gone"),
            {"keep": seeker, "gone": other},
        )
    else:
        connection.execute(text(f"DELETE FROM {table} WHERE id = :row"), {"row": row})


def _agree(connection: Connection, rnd: random.Random, periods: int) -> None:
    assert rollups.drifted(connection) == []
    for _ in range(periods):
        start, end = _period(rnd)
        assert _counted(connection, start, end) == _brute(connection, start, end), (start, end)


@pytest.mark.slow
def test_random_changes_keep_the_monthly_figures_exact(workspace: Workspace, admin: Actor) -> None:
    seekers, desks, placement, session = _records(workspace, admin)
    ids = {"seekers": seekers, "desks": desks, "placement": placement, "session": session}
    rnd = random.Random(18)
    steps = 240 if workspace.db.engine.dialect.name == "sqlite" else 120
    for step in range(steps):
        with workspace.db.engine.begin() as connection:
            _change(connection, rnd, ids)
        if step % 12 == 11:
            with workspace.db.engine.connect() as connection:
                _agree(connection, rnd, 12)
    with workspace.db.engine.connect() as connection:
        placed = connection.execute(
            text("SELECT count(*) FROM monthly_placements WHERE since > :first"),
            {"first": rollups.FIRST},
        ).scalar()
        assert placed  # people placed again were among them
        _agree(connection, rnd, 40)


def test_a_merge_and_a_purge_through_the_services_keep_them_exact(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    kim = add_seeker(workspace, plus, "김민수", "2017-01-04")
    twin = add_seeker(workspace, plus, "김민수", "2017-01-05")
    records = workspace.records
    for who, day in ((kim, date(2017, 2, 10)), (twin, date(2017, 3, 8)), (twin, date(2017, 5, 2))):
        records.record_placement(plus, RecordPlacement(who.number, day))
    year = Period.year(2017)
    assert workspace.statistics.table(admin, year).total.placements == 2
    workspace.merging.merge(admin, kim.id, twin.id, "같은 사람")
    assert workspace.statistics.table(admin, year).total.placements == 1
    # From March: the twin's placements, now Kim's, after Kim's first in February.
    march_on = Period(date(2017, 3, 1), date(2017, 12, 31))
    assert workspace.statistics.table(admin, march_on).total.placements == 1
    workspace.privacy.purge(admin, 1)
    with workspace.db.engine.connect() as connection:
        assert rollups.drifted(connection) == []
        for start, end in ((year.start, year.end), (date(2017, 2, 11), date(2017, 9, 30))):
            assert _counted(connection, start, end) == _brute(connection, start, end)


def test_rebuild_counts_what_the_triggers_keep(workspace: Workspace, admin: Actor) -> None:
    seekers, desks, placement, session = _records(workspace, admin)
    ids = {"seekers": seekers, "desks": desks, "placement": placement, "session": session}
    rnd = random.Random(4)
    for _ in range(30):
        with workspace.db.engine.begin() as connection:
            _change(connection, rnd, ids)
    query = "SELECT month, desk_id, since, n FROM monthly_placements WHERE n <> 0 ORDER BY 1, 2, 3"
    with workspace.db.engine.begin() as connection:
        kept = connection.execute(text(query)).all()
        rollups.rebuild(connection)
        assert connection.execute(text(query)).all() == kept


def test_the_check_finds_a_drifted_monthly_figure(workspace: Workspace, admin: Actor) -> None:
    _records(workspace, admin)
    assert workspace.check.run().statistics == []
    with workspace.db.engine.begin() as connection:
        connection.execute(text("UPDATE monthly_placements SET n = n + 1"))
        connection.execute(text("DELETE FROM monthly_counts WHERE measure = 'sessions'"))
    found = workspace.check.run().statistics
    assert any("monthly_placements 2017-03" in line for line in found), found
    assert any("monthly_counts 2017-03" in line for line in found), found
