"""tamper-evident logs, database identity

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04

The access log, the account events and the change history become hash chains:
each line gets its place (``chain_seq``) and ``chain_hash``, the SHA-256 of the
previous line's hash and its own content; ``log_chain`` keeps the newest link
of each chain (and so does every backup copy). The change history's values are
covered through ``values_digest`` (a salted hash the purge can keep when it
empties the values and the salt). The lines already written are chained here,
in id order, with a frozen copy of deskapp/domain/chain.py.

``database_info`` gives the database an identity, by which its backup copies are
named and listed.

The append-only triggers are dropped while the existing lines are chained and
created again (SQLite), or disabled and enabled again (PostgreSQL); the change
history's guard now also keeps the chain columns and requires the salt to be
emptied with the values.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

GENESIS = "0" * 64
BATCH = 2000

# A frozen copy of deskapp/domain/chain.py as of this revision.
FIELDS: dict[str, tuple[str, ...]] = {
    "access_log": (
        "at", "user_id", "username", "host", "action", "subject_kind", "subject_id",
        "subject_no", "detail",
    ),
    "account_events": ("at", "actor_id", "user_id", "action", "detail"),
    "record_changes": (
        "at", "user_id", "username", "record_kind", "record_id", "record_no", "seeker_id",
        "action", "field", "values_digest", "reason",
    ),
}  # fmt: skip

_TEXT = sa.Text()
_TYPES: dict[str, sa.types.TypeEngine[object]] = {
    "id": sa.Integer(),
    "at": sa.DateTime(),
    "user_id": sa.Integer(),
    "actor_id": sa.Integer(),
    "subject_id": sa.Integer(),
    "record_id": sa.Integer(),
    "seeker_id": sa.Integer(),
    "redacted": sa.Boolean(),
}


def _plain(value: object) -> object:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    return str(value)


def _encode(values: Sequence[object]) -> bytes:
    text = json.dumps([_plain(v) for v in values], ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8")


def _link(previous: str, chain: str, seq: int, values: Sequence[object]) -> str:
    return hashlib.sha256(
        previous.encode("ascii") + b"\n" + _encode([chain, seq, *values])
    ).hexdigest()


def _values_digest(salt: str | None, old: str | None, new: str | None) -> str:
    return hashlib.sha256(_encode([salt, old, new])).hexdigest()


# -- the append-only guards ---------------------------------------------------------------


def _sqlite_simple_guards(table: str) -> list[str]:
    """Revision 0002's triggers, word for word."""
    return [
        f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
        for event in ("UPDATE", "DELETE")
    ]


_SQLITE_CHANGES_DELETE = """CREATE TRIGGER record_changes_no_delete BEFORE DELETE ON record_changes
BEGIN SELECT RAISE(ABORT, 'record_changes is append-only'); END"""

_SQLITE_CHANGES_UPDATE_0009 = """CREATE TRIGGER record_changes_no_update
BEFORE UPDATE ON record_changes
WHEN NOT (NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.user_id IS OLD.user_id
          AND NEW.username = OLD.username AND NEW.record_kind = OLD.record_kind
          AND NEW.record_id = OLD.record_id AND NEW.record_no IS OLD.record_no
          AND NEW.seeker_id IS OLD.seeker_id AND NEW.action = OLD.action
          AND NEW.field = OLD.field AND NEW.reason IS OLD.reason
          AND NEW.old_value IS NULL AND NEW.new_value IS NULL AND NEW.redacted)
BEGIN SELECT RAISE(ABORT, 'record_changes is append-only'); END"""

_SQLITE_CHANGES_UPDATE = """CREATE TRIGGER record_changes_no_update BEFORE UPDATE ON record_changes
WHEN NOT (NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.user_id IS OLD.user_id
          AND NEW.username = OLD.username AND NEW.record_kind = OLD.record_kind
          AND NEW.record_id = OLD.record_id AND NEW.record_no IS OLD.record_no
          AND NEW.seeker_id IS OLD.seeker_id AND NEW.action = OLD.action
          AND NEW.field = OLD.field AND NEW.reason IS OLD.reason
          AND NEW.values_digest IS OLD.values_digest AND NEW.chain_seq IS OLD.chain_seq
          AND NEW.chain_hash IS OLD.chain_hash
          AND NEW.old_value IS NULL AND NEW.new_value IS NULL AND NEW.values_salt IS NULL
          AND NEW.redacted)
BEGIN SELECT RAISE(ABORT, 'record_changes is append-only'); END"""

_PG_CHANGES_0009 = """CREATE OR REPLACE FUNCTION record_changes_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id AND NEW.at = OLD.at
       AND NEW.user_id IS NOT DISTINCT FROM OLD.user_id AND NEW.username = OLD.username
       AND NEW.record_kind = OLD.record_kind AND NEW.record_id = OLD.record_id
       AND NEW.record_no IS NOT DISTINCT FROM OLD.record_no
       AND NEW.seeker_id IS NOT DISTINCT FROM OLD.seeker_id AND NEW.action = OLD.action
       AND NEW.field = OLD.field AND NEW.reason IS NOT DISTINCT FROM OLD.reason
       AND NEW.old_value IS NULL AND NEW.new_value IS NULL AND NEW.redacted THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'record_changes is append-only';
END $$"""

_PG_CHANGES = """CREATE OR REPLACE FUNCTION record_changes_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id AND NEW.at = OLD.at
       AND NEW.user_id IS NOT DISTINCT FROM OLD.user_id AND NEW.username = OLD.username
       AND NEW.record_kind = OLD.record_kind AND NEW.record_id = OLD.record_id
       AND NEW.record_no IS NOT DISTINCT FROM OLD.record_no
       AND NEW.seeker_id IS NOT DISTINCT FROM OLD.seeker_id AND NEW.action = OLD.action
       AND NEW.field = OLD.field AND NEW.reason IS NOT DISTINCT FROM OLD.reason
       AND NEW.values_digest IS NOT DISTINCT FROM OLD.values_digest
       AND NEW.chain_seq IS NOT DISTINCT FROM OLD.chain_seq
       AND NEW.chain_hash IS NOT DISTINCT FROM OLD.chain_hash
       AND NEW.old_value IS NULL AND NEW.new_value IS NULL AND NEW.values_salt IS NULL
       AND NEW.redacted THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'record_changes is append-only';
END $$"""

_PG_TRIGGERS = {
    "access_log": "access_log_append_only",
    "account_events": "account_events_append_only",
    "record_changes": "record_changes_append_only",
}


def _drop_guards(sqlite: bool) -> None:
    for table, trigger in _PG_TRIGGERS.items():
        if sqlite:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
        else:
            op.execute(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}")


def _create_guards(sqlite: bool, changes_update: str) -> None:
    if sqlite:
        for table in ("access_log", "account_events"):
            for statement in _sqlite_simple_guards(table):
                op.execute(statement)
        op.execute(changes_update)
        op.execute(_SQLITE_CHANGES_DELETE)
    else:
        for table, trigger in _PG_TRIGGERS.items():
            op.execute(f"ALTER TABLE {table} ENABLE TRIGGER {trigger}")


# -- the revision -------------------------------------------------------------------------


def _chain_existing(bind: sa.Connection, chain: str) -> tuple[int, str]:
    """Chain the lines already in ``chain`` (id order); returns the newest (seq, hash)."""
    changes = chain == "record_changes"
    read = ["id", *(f for f in FIELDS[chain] if f != "values_digest")]
    if changes:
        read += ["old_value", "new_value", "redacted"]
    table = sa.table(chain, *(sa.column(name, _TYPES.get(name, _TEXT)) for name in read))
    written = sa.table(
        chain,
        sa.column("id", sa.Integer()),
        sa.column("chain_seq", sa.Integer()),
        sa.column("chain_hash", sa.String()),
        *((sa.column("values_salt"), sa.column("values_digest")) if changes else ()),
    )
    values = {"chain_seq": sa.bindparam("p_seq"), "chain_hash": sa.bindparam("p_hash")}
    if changes:
        values |= {"values_salt": sa.bindparam("p_salt"), "values_digest": sa.bindparam("p_digest")}
    statement = sa.update(written).where(written.c.id == sa.bindparam("p_id")).values(**values)
    seq, previous, last_id = 0, GENESIS, None
    while True:
        query = sa.select(*table.c).order_by(table.c.id).limit(BATCH)
        if last_id is not None:
            query = query.where(table.c.id > last_id)
        rows = bind.execute(query).mappings().all()
        if not rows:
            return seq, previous
        updates = []
        for row in rows:
            seq += 1
            extra: dict[str, object] = {}
            if changes:
                redacted = bool(row["redacted"]) and row["old_value"] is None
                salt = None if redacted else secrets.token_hex(16)
                digest = _values_digest(salt, row["old_value"], row["new_value"])
                extra = {"p_salt": salt, "p_digest": digest}
            content = [
                extra["p_digest"] if name == "values_digest" else row[name]
                for name in FIELDS[chain]
            ]
            previous = _link(previous, chain, seq, content)
            updates.append({"p_id": row["id"], "p_seq": seq, "p_hash": previous, **extra})
        bind.execute(statement, updates)
        last_id = rows[-1]["id"]


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    info = op.create_table(
        "database_info",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_database_info")),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(info, [{"id": 1, "uid": uuid.uuid4().hex, "created_at": now}])
    heads = op.create_table(
        "log_chain",
        sa.Column("chain", sa.String(length=20), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("chain", name=op.f("pk_log_chain")),
    )
    for chain in FIELDS:
        # Added in place (a batch copy of a table would lose its triggers).
        if chain == "record_changes":
            op.add_column(chain, sa.Column("values_salt", sa.String(length=32), nullable=True))
            op.add_column(chain, sa.Column("values_digest", sa.String(length=64), nullable=True))
        op.add_column(chain, sa.Column("chain_seq", sa.Integer(), nullable=True))
        op.add_column(chain, sa.Column("chain_hash", sa.String(length=64), nullable=True))
        op.create_index(f"ix_{chain}_chain_seq", chain, ["chain_seq"], unique=True)
    _drop_guards(sqlite)
    if not sqlite:
        op.execute(_PG_CHANGES)
    rows = []
    for chain in FIELDS:
        seq, last = _chain_existing(bind, chain)
        rows.append({"chain": chain, "last_seq": seq, "last_hash": last})
    op.bulk_insert(heads, rows)
    _create_guards(sqlite, _SQLITE_CHANGES_UPDATE)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS record_changes_no_update")
        op.execute(_SQLITE_CHANGES_UPDATE_0009)
    else:
        op.execute(_PG_CHANGES_0009)
    for chain in reversed(list(FIELDS)):
        op.drop_index(f"ix_{chain}_chain_seq", table_name=chain)
        columns = ["chain_hash", "chain_seq"]
        if chain == "record_changes":
            columns += ["values_digest", "values_salt"]
        for column in columns:
            # SQLite drops it in place (3.35+), keeping the table's triggers.
            if sqlite:
                op.execute(f"ALTER TABLE {chain} DROP COLUMN {column}")
            else:
                op.drop_column(chain, column)
    op.drop_table("log_chain")
    op.drop_table("database_info")
