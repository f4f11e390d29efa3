"""Loading in bulk (deskapp/store/bulk.py): the triggers and indexes set aside come back as
they were, and the derived tables rebuilt once equal what the triggers keep row by row."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from conftest import PASSWORD, SQLITE_ONLY, add_seeker
from sqlalchemy import Connection, text

from deskapp.domain.access import Actor
from deskapp.domain.commands import LogSession
from deskapp.domain.desks import parse_desk
from deskapp.services.check import CheckService
from deskapp.services.demo import generate_demo
from deskapp.services.workspace import Workspace
from deskapp.store import bulk, splits

#: The tables the derived tables are kept from, and the demo loads.
RECORDS = (
    "job_seekers",
    "seeker_groups",
    "employers",
    "job_openings",
    "counseling_sessions",
    "referrals",
    "placements",
)
#: Tables kept from the records (``bulk.DERIVED``), compared whole.
DERIVED_TABLES = [table for derived in bulk.DERIVED for table in derived.tables]
#: The append-only logs' guards: refusals, not derived tables.
GUARD = ("_no_update", "_no_delete", "_append_only")


def _all_tables(connection: Connection) -> list[str]:
    if connection.dialect.name == "sqlite":
        sql = "SELECT name FROM sqlite_master WHERE type = 'table'"
    else:
        sql = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
    return [str(name) for (name,) in connection.execute(text(sql))]


def _schema(connection: Connection) -> tuple[Any, ...]:
    """The triggers (and, on PostgreSQL, whether each is enabled) and secondary indexes."""
    triggers = bulk.triggers_on(connection, RECORDS)
    enabled: list[Any] = []
    if connection.dialect.name == "postgresql":
        enabled = list(
            connection.execute(
                text("SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1")
            )
        )
    return triggers, enabled, bulk._secondary_indexes(connection, RECORDS)


def _active_triggers(connection: Connection) -> list[str]:
    """The triggers on the records that fire (SQLite: that exist; PostgreSQL: enabled)."""
    names = [name for _table, name, _sql in bulk.triggers_on(connection, RECORDS)]
    if connection.dialect.name == "postgresql":
        disabled = connection.execute(
            text("SELECT tgname FROM pg_trigger WHERE tgenabled = 'D'")
        ).scalars()
        return sorted(set(names) - set(disabled))
    return names


def _derived(workspace: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    with workspace.db.engine.connect() as connection:
        return {
            table: sorted(
                tuple(str(v) for v in row)
                for row in connection.execute(text(f"SELECT * FROM {table}"))
                if table != "daily_counts" or row[-1] != 0  # a count brought down to 0
            )
            for table in DERIVED_TABLES
        }


def test_every_trigger_keeps_a_derived_table_or_guards_a_log(workspace: Workspace) -> None:
    # A new trigger on the records must say, in bulk.DERIVED, what it keeps and how that
    # is rebuilt after a bulk load; otherwise the demo (and any bulk load) refuses to run.
    with workspace.db.engine.connect() as connection:
        triggers = bulk.triggers_on(connection, _all_tables(connection))
    assert triggers
    strays = [
        name
        for _table, name, _sql in triggers
        if not name.endswith(GUARD) and not any(d.owns(name) for d in bulk.DERIVED)
    ]
    assert strays == []


def test_a_bulk_load_rebuilds_what_the_triggers_kept_and_puts_everything_back(
    workspace: Workspace, admin: Actor
) -> None:
    records = workspace.records
    for name, day in (("김하나", "2018-10-01"), ("이둘", "2018-10-02"), ("박셋", "2018-09-28")):
        seeker = add_seeker(workspace, admin, name, day, **{"등록창구": "plus"})
        records.log_session(
            admin, LogSession(seeker.number, date.fromisoformat(day), parse_desk("plus"))
        )
    workspace.statistics.recount_days(admin)  # the marked days counted, as before a breakdown
    kept = _derived(workspace)
    with workspace.db.engine.connect() as connection:
        before = _schema(connection)
    with workspace.db.unit_of_work() as session:
        connection = session.connection()
        with bulk.bulk_load(connection, RECORDS):
            assert _active_triggers(connection) == []  # set aside while loading
            assert bulk._secondary_indexes(connection, RECORDS) == []
    assert _derived(workspace) == kept
    with workspace.db.engine.connect() as connection:
        assert _schema(connection) == before
    # The triggers keep counting after the load.
    add_seeker(workspace, admin, "최넷", "2018-10-02", **{"등록창구": "plus"})
    with workspace.db.engine.connect() as connection:
        counted = connection.execute(
            text(
                "SELECT sum(n) FROM daily_counts WHERE measure = 'job_seekers' "
                "AND day = '2018-10-02'"
            )
        ).scalar()
    assert counted == 2


def test_a_demo_loaded_in_bulk_has_the_figures_counted_record_by_record(
    workspace: Workspace,
) -> None:
    generate_demo(workspace, PASSWORD, seekers=400, seed=3)
    assert CheckService(workspace.db).run().ok
    rebuilt = _derived(workspace)
    assert rebuilt["daily_splits"] and rebuilt["placement_splits"]
    # The same figures from the marks' recount (what the triggers feed) and the daily
    # counts summed from the records by the migration's statement.
    with workspace.db.unit_of_work() as session:
        connection = session.connection()
        splits.mark_everything(connection)
        splits.refresh_connection(connection)
        bulk.rebuild_daily_counts(connection)
    assert _derived(workspace) == rebuilt


@SQLITE_ONLY
def test_a_trigger_no_derived_table_claims_stops_the_load_before_anything_changes(
    workspace: Workspace,
) -> None:
    with workspace.db.unit_of_work() as session:
        session.execute(
            text("CREATE TRIGGER job_seekers_shout AFTER INSERT ON job_seekers BEGIN SELECT 1; END")
        )
    with workspace.db.engine.connect() as connection:
        before = _schema(connection)
    with (
        pytest.raises(bulk.UnclaimedTrigger, match="job_seekers_shout"),
        workspace.db.unit_of_work() as session,
        bulk.bulk_load(session.connection(), RECORDS),
    ):
        pass
    with workspace.db.engine.connect() as connection:
        assert _schema(connection) == before
