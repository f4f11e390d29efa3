"""employment types of openings and wanted by seekers

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27

Matching ranks openings by employment type as well: an opening's
고용형태 and the one a seeker wants (희망고용형태), each 정규직, 계약직, 시간제
or 일용직, or empty when not said.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("job_openings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("employment_type", sa.String(length=10), nullable=True))
    with op.batch_alter_table("job_seekers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("desired_employment", sa.String(length=10), nullable=True))


def downgrade() -> None:
    _drop_column("job_seekers", "desired_employment")
    _drop_column("job_openings", "employment_type")


def _drop_column(table: str, column: str) -> None:
    """SQLite drops it in place (3.35+): a batch copy of the table would lose the
    daily-count triggers of revision 0003."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    else:
        op.drop_column(table, column)
