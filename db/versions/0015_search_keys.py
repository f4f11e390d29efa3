"""search keys: pieces of names and 초성 for search as you type

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03

At Seoul scale a keystroke in the search box scanned every seeker (220-491 ms).
``seeker_search_keys`` holds each live seeker's name and 초성 cut into pieces of one
to three letters (and the phone's last four characters), ordered as the search box
ranks them; ``seeker_name_beginnings`` counts the names per beginning, so a 초성
search lists the commonest beginnings first without counting them per keystroke.
Triggers on ``job_seekers`` keep both (deskapp/store/search_keys.py); the revision
makes them and fills the tables from the records.

Like 0014 it uses the application's code (``search_keys.install``): the keys must be
cut by the very statements the triggers use. It adds no column to ``job_seekers``, so
the breakdowns' triggers stay as they are.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from deskapp.store.search_keys import install, uninstall

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "seeker_search_keys",
        sa.Column("kind", sa.String(length=1), nullable=False),
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("place", sa.Integer(), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("desk_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "kind", "key", "place", "registered_on", "seeker_id", name=op.f("pk_seeker_search_keys")
        ),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "seeker_name_beginnings",
        sa.Column("beginning", sa.String(length=3), nullable=False),
        sa.Column("initials", sa.String(length=3), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("beginning", "initials", name=op.f("pk_seeker_name_beginnings")),
    )
    op.create_index(
        "ix_seeker_name_beginnings_initials", "seeker_name_beginnings", ["initials", "n"]
    )
    op.create_table(
        "search_key_spans",
        sa.Column("start", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("length", sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("start", "length", name=op.f("pk_search_key_spans")),
    )
    install(op.get_bind())


def downgrade() -> None:
    uninstall(op.get_bind())
    op.drop_table("search_key_spans")
    op.drop_index("ix_seeker_name_beginnings_initials", table_name="seeker_name_beginnings")
    op.drop_table("seeker_name_beginnings")
    op.drop_table("seeker_search_keys")
