"""search keys for any part of a phone

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04

Revision 0015's keys answered four digits (the end of a phone) and found one to three
digits among the newest seekers; other digits (five or more, three rare ones) were
found by scanning every seeker (about 0.4 s at Seoul scale). Each live seeker's phone is
now also cut into pieces of three characters (kind ``d`` in ``seeker_search_keys``), so
that three digits are one range of the keys and longer ones the range of their last
three.

Like 0015 it uses the application's code (``search_keys.install``): the triggers are
made again by the very statements that cut the pieces, which then fill the new kind
from the records (the other kinds are left as they are).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from deskapp.store.search_keys import fill_phone_pieces, install

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    install(connection, fill=False)
    fill_phone_pieces(connection)


def downgrade() -> None:
    # The triggers stay those of this version (0015 used the application's code too);
    # 0016's code reads no piece of kind 'd'.
    op.get_bind().execute(sa.text("DELETE FROM seeker_search_keys WHERE kind = 'd'"))
