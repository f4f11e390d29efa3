"""month close, targets, placement review

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27

Months a team lead closes (figures frozen, records locked, reopening
recorded with its reason), yearly targets per desk and measure, and the review
mark on placements.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "month_closes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=False),
        sa.Column("closed_by", sa.Integer(), nullable=False),
        sa.Column("frozen", sa.Text(), nullable=False),
        sa.Column("reopened_at", sa.DateTime(), nullable=True),
        sa.Column("reopened_by", sa.Integer(), nullable=True),
        sa.Column("reopen_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["users.id"], name=op.f("fk_month_closes_closed_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["reopened_by"], ["users.id"], name=op.f("fk_month_closes_reopened_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_month_closes")),
    )
    with op.batch_alter_table("month_closes", schema=None) as batch_op:
        batch_op.create_index("ix_month_closes_month", ["year", "month"], unique=False)

    op.create_table(
        "yearly_targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.Column("measure", sa.String(length=16), nullable=False),
        sa.Column("target", sa.Integer(), nullable=False),
        sa.Column("set_by", sa.Integer(), nullable=True),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["desk_id"], ["desks.id"], name=op.f("fk_yearly_targets_desk_id_desks")
        ),
        sa.ForeignKeyConstraint(
            ["set_by"], ["users.id"], name=op.f("fk_yearly_targets_set_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_yearly_targets")),
        sa.UniqueConstraint("year", "desk_id", "measure", name="year_desk_measure"),
    )
    # Plain ADD COLUMN, no foreign key: no table rebuild on SQLite, however many placements.
    op.add_column("placements", sa.Column("reviewed_at", sa.DateTime(), nullable=True))
    op.add_column("placements", sa.Column("reviewed_by", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.drop_column("reviewed_by")
        batch_op.drop_column("reviewed_at")
    op.drop_table("yearly_targets")
    with op.batch_alter_table("month_closes", schema=None) as batch_op:
        batch_op.drop_index("ix_month_closes_month")
    op.drop_table("month_closes")
