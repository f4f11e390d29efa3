"""database roles for shared mode

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05

Shared mode gives the desks a role of their own with only the grants they need
(deskapp/store/grants.py). ``database_roles`` records which roles ``deskapp grant``
set up, so that every later upgrade gives them their grants again on the tables as
they then are (db/env.py).

The daily counts' trigger function runs with its owner's rights (SECURITY DEFINER,
its search path fixed to the schema it was made in): the desks add records and the
counts follow, but they cannot write a count themselves.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "database_roles",
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=63), nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_database_roles")),
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        schema = bind.execute(sa.text("SELECT quote_ident(current_schema())")).scalar()
        op.execute(
            "ALTER FUNCTION daily_counts_track() SECURITY DEFINER "
            f"SET search_path = {schema}, pg_temp"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER FUNCTION daily_counts_track() SECURITY INVOKER RESET search_path")
    op.drop_table("database_roles")
