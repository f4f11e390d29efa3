"""the statistics table kept per month

Revision ID: 0016
Revises: 0014
Create Date: 2026-12-03

The statistics of long periods read from one row per month instead of every record
or day: ``monthly_counts`` (the four additive measures per month, desk and measure,
kept by triggers on the daily counts of 0003) and ``monthly_placements`` (취업자수 per
month, desk and the month of each person's previous placement at the desk, kept by
triggers on the placements), so that distinct people are summed exactly over months.

Like 0014 it uses the application's code (``rollups.install``): the triggers, the
count made here and the recount of ``deskapp check`` must be the same statements.
The revision creates the tables and triggers and counts both from the records.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from deskapp.store.rollups import install, uninstall

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "monthly_counts",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("measure", sa.String(length=16), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("month", "desk_id", "measure", name=op.f("pk_monthly_counts")),
    )
    op.create_table(
        "monthly_placements",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("month", "desk_id", "since", name=op.f("pk_monthly_placements")),
    )
    install(op.get_bind())


def downgrade() -> None:
    uninstall(op.get_bind())
    op.drop_table("monthly_placements")
    op.drop_table("monthly_counts")
