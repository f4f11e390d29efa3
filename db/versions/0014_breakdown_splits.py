"""breakdowns kept per day

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03

The breakdowns of 구직등록, 상담 and 알선 (by sex, age, residence, target group,
site and counselor) summed from one row per breakdown, day, desk, measure and
value (and by month, so that long periods read whole months), as the daily counts
of 0003 are for the main table; 취업자수 from one row per
breakdown, day, desk, value and the day of each person's previous placement, so
that distinct people are summed too. Triggers mark the days a
change touches; the days are recounted before a breakdown is read, by the
statements that define it (deskapp/store/splits.py). The revision makes the
triggers and, on PostgreSQL, the recount function (its owner's rights), and
counts every day already recorded.

Unlike the other revisions it uses the application's code (``splits.install``):
the per-day figures must be counted by the very statements the application reads
them with. A later revision that changes those statements, or rebuilds a table
whose triggers mark the days (job_seekers, counseling_sessions, referrals,
placements, seeker_groups, users), calls ``splits.install`` again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from deskapp.store.splits import install, uninstall

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "daily_splits",
        sa.Column("dimension", sa.String(length=10), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("measure", sa.String(length=16), nullable=False),
        sa.Column("value", sa.String(length=60), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "dimension", "day", "desk_id", "measure", "value", name=op.f("pk_daily_splits")
        ),
    )
    op.create_index("ix_daily_splits_day", "daily_splits", ["day"])
    op.create_table(
        "monthly_splits",
        sa.Column("dimension", sa.String(length=10), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("measure", sa.String(length=16), nullable=False),
        sa.Column("value", sa.String(length=60), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "dimension", "month", "desk_id", "measure", "value", name=op.f("pk_monthly_splits")
        ),
    )
    op.create_table(
        "placement_splits",
        sa.Column("dimension", sa.String(length=10), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.String(length=60), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "dimension", "day", "desk_id", "value", "since", name=op.f("pk_placement_splits")
        ),
    )
    op.create_table(
        "split_days_dirty",
        sa.Column("day", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_split_days_dirty")),
    )
    install(op.get_bind())


def downgrade() -> None:
    uninstall(op.get_bind())
    op.drop_table("split_days_dirty")
    op.drop_table("placement_splits")
    op.drop_table("monthly_splits")
    op.drop_table("daily_splits")
