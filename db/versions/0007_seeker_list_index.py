"""an index for the seeker list's default order

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27

The seeker list opens newest first; at Seoul scale (1.6 million seekers)
sorting them took 2.7 s, reading this index in order 0.9 s.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("job_seekers", schema=None) as batch_op:
        batch_op.create_index("ix_job_seekers_list", ["void", "registered_on", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("job_seekers", schema=None) as batch_op:
        batch_op.drop_index("ix_job_seekers_list")
