"""occupations, registration periods, retention, merges

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27

The occupation classification (filled with KECO 2018 on first use),
occupation codes on seekers and openings, renewals of registration periods,
retention checks after a placement, and the record of merged seekers.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "occupations",
        sa.Column("code", sa.String(length=6), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("parent_code", sa.String(length=6), nullable=True),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_occupations")),
    )
    op.create_table(
        "seeker_merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kept_id", sa.Integer(), nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("moved", sa.Text(), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("merged_by", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["kept_id"], ["job_seekers.id"], name=op.f("fk_seeker_merges_kept_id_job_seekers")
        ),
        sa.ForeignKeyConstraint(
            ["merged_by"], ["users.id"], name=op.f("fk_seeker_merges_merged_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["merged_id"], ["job_seekers.id"], name=op.f("fk_seeker_merges_merged_id_job_seekers")
        ),
        sa.ForeignKeyConstraint(
            ["undone_by"], ["users.id"], name=op.f("fk_seeker_merges_undone_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seeker_merges")),
    )
    op.create_table(
        "retention_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("placement_id", sa.Integer(), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column("employed", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("checked_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["checked_by"], ["users.id"], name=op.f("fk_retention_checks_checked_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placements.id"],
            name=op.f("fk_retention_checks_placement_id_placements"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_checks")),
        sa.UniqueConstraint("placement_id", "months", name="placement_months"),
    )
    with op.batch_alter_table("job_openings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("occupation_code", sa.String(length=6), nullable=True))
        batch_op.add_column(sa.Column("renewed_on", sa.Date(), nullable=True))

    with op.batch_alter_table("job_seekers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("desired_code", sa.String(length=6), nullable=True))
        batch_op.add_column(sa.Column("renewed_on", sa.Date(), nullable=True))


def downgrade() -> None:
    for table, column in (
        ("job_seekers", "renewed_on"),
        ("job_seekers", "desired_code"),
        ("job_openings", "renewed_on"),
        ("job_openings", "occupation_code"),
    ):
        # SQLite drops it in place (3.35+): a batch copy of the table would lose the
        # daily-count triggers of revision 0003.
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        else:
            op.drop_column(table, column)

    op.drop_table("retention_checks")
    op.drop_table("seeker_merges")
    op.drop_table("occupations")
