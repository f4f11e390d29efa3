"""Alembic environment for deskapp.

Called from ``deskapp.store.migrate`` with a live connection in
``config.attributes["connection"]``; run by hand (``alembic -c db/alembic.ini``)
it connects with the store's engine setup to ``-x db=...`` or ``DESKAPP_DB``.
Revision scripts never import the live models.
"""

from __future__ import annotations

from alembic import context

from deskapp.store.engine import database_url, make_engine

config = context.config


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = context.get_x_argument(as_dictionary=True).get("db")
    engine = make_engine(database_url(url))
    with engine.begin() as conn:
        context.configure(connection=conn, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("deskapp migrations run online only.")
run_migrations()
