"""employment types of openings and wanted by seekers

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27

Matching ranks openings by employment type as well (issue 8): an opening's
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
    with op.batch_alter_table("job_seekers", schema=None) as batch_op:
        batch_op.drop_column("desired_employment")
    with op.batch_alter_table("job_openings", schema=None) as batch_op:
        batch_op.drop_column("employment_type")
