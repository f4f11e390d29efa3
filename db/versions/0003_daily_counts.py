"""daily counts kept by triggers, for fast statistics

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

The statistics of long periods summed from one row per day, desk and measure
instead of counting every record. Triggers on the four additive
tables keep the counts as records are inserted, voided, moved or deleted; the
revision fills them from the records already there.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# measure -> (table, date column): frozen copies, never the live models.
TRACKED = {
    "job_openings": ("job_openings", "registered_on"),
    "job_seekers": ("job_seekers", "registered_on"),
    "sessions": ("counseling_sessions", "session_on"),
    "referrals": ("referrals", "referred_on"),
}

_PG_FUNCTION = """
CREATE FUNCTION daily_counts_track() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    kind text := TG_ARGV[0];
    col text := TG_ARGV[1];
    row_data jsonb;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        row_data := to_jsonb(OLD);
        IF NOT (row_data ->> 'void')::boolean THEN
            UPDATE daily_counts SET n = n - 1
            WHERE day = (row_data ->> col)::date
              AND desk_id = (row_data ->> 'desk_id')::integer AND measure = kind;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        row_data := to_jsonb(NEW);
        IF NOT (row_data ->> 'void')::boolean THEN
            INSERT INTO daily_counts (day, desk_id, measure, n)
            VALUES ((row_data ->> col)::date, (row_data ->> 'desk_id')::integer, kind, 1)
            ON CONFLICT (day, desk_id, measure) DO UPDATE SET n = daily_counts.n + 1;
        END IF;
    END IF;
    RETURN NULL;
END $$
"""


def _sqlite_triggers(measure: str, table: str, column: str) -> list[str]:
    add = (
        "INSERT INTO daily_counts (day, desk_id, measure, n) "
        f"VALUES (NEW.{column}, NEW.desk_id, '{measure}', 1) "
        "ON CONFLICT (day, desk_id, measure) DO UPDATE SET n = daily_counts.n + 1;"
    )
    remove = (
        "UPDATE daily_counts SET n = n - 1 "
        f"WHERE day = OLD.{column} AND desk_id = OLD.desk_id AND measure = '{measure}';"
    )
    watched = f"UPDATE OF void, {column}, desk_id ON {table}"
    return [
        f"CREATE TRIGGER {table}_count_insert AFTER INSERT ON {table} "
        f"WHEN NOT NEW.void BEGIN {add} END",
        f"CREATE TRIGGER {table}_count_update_old AFTER {watched} "
        f"WHEN NOT OLD.void BEGIN {remove} END",
        f"CREATE TRIGGER {table}_count_update_new AFTER {watched} "
        f"WHEN NOT NEW.void BEGIN {add} END",
        f"CREATE TRIGGER {table}_count_delete AFTER DELETE ON {table} "
        f"WHEN NOT OLD.void BEGIN {remove} END",
    ]


def upgrade() -> None:
    op.create_table(
        "daily_counts",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("measure", sa.String(length=16), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "desk_id", "measure", name=op.f("pk_daily_counts")),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(_PG_FUNCTION)
    for measure, (table, column) in TRACKED.items():
        op.execute(
            f"INSERT INTO daily_counts (day, desk_id, measure, n) "
            f"SELECT {column}, desk_id, '{measure}', count(*) FROM {table} "
            f"WHERE NOT void GROUP BY {column}, desk_id"
        )
        if dialect == "sqlite":
            for statement in _sqlite_triggers(measure, table, column):
                op.execute(statement)
        elif dialect == "postgresql":
            op.execute(
                f"CREATE TRIGGER {table}_count AFTER INSERT OR DELETE OR UPDATE OF void, "
                f"{column}, desk_id ON {table} FOR EACH ROW "
                f"EXECUTE FUNCTION daily_counts_track('{measure}', '{column}')"
            )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table, _ in TRACKED.values():
        if dialect == "sqlite":
            for suffix in ("insert", "update_old", "update_new", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_count_{suffix}")
        elif dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_count ON {table}")
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS daily_counts_track()")
    op.drop_table("daily_counts")
