"""search keys for any part of a phone, and for employers and job openings

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04

Revision 0015's keys answered four digits (the end of a phone) and found one to three
digits among the newest seekers; other digits (five or more, three rare ones) were
found by scanning every seeker (about 0.4 s at Seoul scale). Each live seeker's phone is
now also cut into pieces of three characters (kind ``d`` in ``seeker_search_keys``), so
that three digits are one range of the keys and longer ones the range of their last
three.

The employer and opening lists scanned and sorted every record per keystroke too:
``employer_search_keys`` and ``opening_search_keys`` hold the pieces of their names,
occupations and numbers in each list's order (deskapp/store/job_search_keys.py), and
two indexes give the unfiltered lists in order.

Like 0015 it uses the application's code (``search_keys.install``,
``job_search_keys.install``): the triggers are made by the very statements that cut the
pieces, which then fill the keys from the records (the seekers' other kinds are left as
they are).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from deskapp.store.job_search_keys import install as install_job_keys
from deskapp.store.job_search_keys import uninstall as uninstall_job_keys
from deskapp.store.search_keys import fill_phone_pieces, install

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    install(connection, fill=False)
    fill_phone_pieces(connection)
    op.create_table(
        "employer_search_keys",
        sa.Column("kind", sa.String(length=1), nullable=False),
        sa.Column("key", sa.String(length=3), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "kind", "key", "name", "employer_id", name=op.f("pk_employer_search_keys")
        ),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "opening_search_keys",
        sa.Column("key", sa.String(length=6), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("opening_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "key", "registered_on", "opening_id", name=op.f("pk_opening_search_keys")
        ),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_employers_list", "employers", ["void", "name", "id"])
    op.create_index("ix_job_openings_list", "job_openings", ["void", "registered_on", "id"])
    install_job_keys(connection)


def downgrade() -> None:
    connection = op.get_bind()
    uninstall_job_keys(connection)
    op.drop_index("ix_job_openings_list", table_name="job_openings")
    op.drop_index("ix_employers_list", table_name="employers")
    op.drop_table("opening_search_keys")
    op.drop_table("employer_search_keys")
    # The seekers' triggers stay those of this version (0015 used the application's code
    # too); 0016's code reads no piece of kind 'd'.
    connection.execute(sa.text("DELETE FROM seeker_search_keys WHERE kind = 'd'"))
