"""The hash chains of the append-only logs, kept as lines are written and verified on demand.

Every ORM session chains the access-log, account-event and change-history lines
it inserts just before they are flushed (a ``before_flush`` listener on every
Session): it takes the chain lock, reads the newest link from ``log_chain``,
gives each new line the next place and its hash (deskapp/domain/chain.py) and
moves the anchor on, all in the transaction that writes the lines. On SQLite a
writing unit already holds the database's write lock; on PostgreSQL every
writing unit begins by taking one transaction-level advisory lock
(deskapp/store/engine.py), so two desks appending at once queue instead of
linking to the same line (``chain_seq`` is also unique, so a bug would fail
loudly rather than fork the chain).

The verifying functions read a connection and return Korean problem lines for
``deskapp check``: a line changed, removed or added, the anchor not matching
the newest line, an append-only trigger missing or altered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    String,
    Text,
    event,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session, UOWTransaction

from deskapp.domain.chain import (
    CHAINED_FIELDS,
    GENESIS,
    chain_label,
    link,
    new_salt,
    values_digest,
)
from deskapp.domain.korean import particle
from deskapp.domain.records import RecordKind
from deskapp.i18n import translate
from deskapp.store.engine import CHAIN_LOCK_KEY
from deskapp.store.models import AccessLog, AccountEvent, DatabaseInfo, LogChain, RecordChange

CHAINED_MODELS: dict[type[Any], str] = {
    AccessLog: "access_log",
    AccountEvent: "account_events",
    RecordChange: "record_changes",
}
CHAINS = tuple(CHAINED_FIELDS)
SEEKER_KIND = RecordKind.SEEKER.value
#: Problems reported per chain before the rest are only counted.
MAX_PROBLEMS = 10
_BATCH = 5000


# -- writing ------------------------------------------------------------------------------


def _coerce(line: Any) -> None:
    """Give the hashed columns the Python types they come back from the database with."""
    if line.at is None:
        line.at = datetime.now(UTC).replace(tzinfo=None)
    elif line.at.tzinfo is not None:
        line.at = line.at.astimezone(UTC).replace(tzinfo=None)
    columns = inspect(type(line)).columns
    for name in CHAINED_FIELDS[CHAINED_MODELS[type(line)]]:
        value = getattr(line, name)
        if value is None or name == "at":
            continue
        kind = columns[name].type
        if isinstance(kind, Integer) and not isinstance(value, int):
            setattr(line, name, int(value))
        elif isinstance(kind, String | Text) and not isinstance(value, str):
            setattr(line, name, str(value))
    if isinstance(line, RecordChange) and line.values_digest is None:
        line.values_salt = new_salt()
        line.values_digest = values_digest(line.values_salt, line.old_value, line.new_value)


def lock_chains(connection: Connection) -> None:
    """Serialise appends (PostgreSQL; a SQLite writer already holds the file's write lock)."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({CHAIN_LOCK_KEY})")


def _head(connection: Connection, chain: str) -> tuple[int, str]:
    row = connection.execute(
        select(LogChain.last_seq, LogChain.last_hash)
        .where(LogChain.chain == chain)
        .with_for_update()
    ).first()
    if row is not None:
        return int(row[0]), str(row[1])
    # The anchor row is gone: carry on from the newest line (``deskapp check`` verifies it).
    table = _table(chain)
    newest = connection.execute(
        text(
            f"SELECT chain_seq, chain_hash FROM {table} WHERE chain_seq IS NOT NULL "
            "ORDER BY chain_seq DESC LIMIT 1"
        )
    ).first()
    seq, last = (int(newest[0]), str(newest[1])) if newest else (0, GENESIS)
    connection.execute(insert(LogChain).values(chain=chain, last_seq=seq, last_hash=last))
    return seq, last


def _table(chain: str) -> str:
    if chain not in CHAINED_FIELDS:
        raise ValueError(chain)
    return chain


def _before_flush(session: Session, _context: UOWTransaction, _instances: object) -> None:
    new = [
        line
        for line in session.new
        if type(line) in CHAINED_MODELS and getattr(line, "chain_hash", None) is None
    ]
    if not new:
        return
    new.sort(key=lambda line: inspect(line).insert_order or 0)
    connection = session.connection()
    lock_chains(connection)
    for chain in CHAINS:
        lines = [line for line in new if CHAINED_MODELS[type(line)] == chain]
        if not lines:
            continue
        seq, last = _head(connection, chain)
        for line in lines:
            _coerce(line)
            seq += 1
            last = link(last, chain, seq, [getattr(line, f) for f in CHAINED_FIELDS[chain]])
            line.chain_seq, line.chain_hash = seq, last
        connection.execute(
            update(LogChain).where(LogChain.chain == chain).values(last_seq=seq, last_hash=last)
        )


event.listen(Session, "before_flush", _before_flush)


# -- reading ------------------------------------------------------------------------------


def database_uid(connection: Connection) -> str | None:
    """The database's identity, or None before revision 0010."""
    if not inspect(connection).has_table("database_info"):
        return None
    uid = connection.execute(select(DatabaseInfo.uid).where(DatabaseInfo.id == 1)).scalar()
    return str(uid) if uid else None


def heads(connection: Connection) -> dict[str, tuple[int, str]]:
    """The anchor of each chain: (newest place, newest hash)."""
    rows = connection.execute(select(LogChain.chain, LogChain.last_seq, LogChain.last_hash))
    return {str(chain): (int(seq), str(last)) for chain, seq, last in rows}


def hash_at(connection: Connection, chain: str, seq: int) -> str | None:
    """The stored hash of line ``seq`` of ``chain`` (None when there is no such line)."""
    value = connection.execute(
        text(f"SELECT chain_hash FROM {_table(chain)} WHERE chain_seq = :seq"), {"seq": seq}
    ).scalar()
    return None if value is None else str(value)


@dataclass
class _Problems:
    chain: str
    found: list[str]
    more: int = 0

    def add(self, message: str, **fields: object) -> None:
        """One problem: ``message`` (translated, naming the chain as ``{chain}``) with its
        ``fields``."""
        if len(self.found) < MAX_PROBLEMS:
            self.found.append(message.format(chain=_label(self.chain), **fields))
        else:
            self.more += 1

    def lines(self) -> list[str]:
        if self.more:
            more = translate("chain", "{chain}: {n} more problems")
            return [*self.found, more.format(chain=_label(self.chain), n=self.more)]
        return self.found


def _label(chain: str) -> str:
    """The chain's name in the language spoken."""
    return chain_label(chain)


def _rows(connection: Connection, chain: str) -> Iterator[Any]:
    extra = ", old_value, new_value, values_salt, redacted" if chain == "record_changes" else ""
    columns = ", ".join(CHAINED_FIELDS[chain])
    fields = ("id", "chain_seq", "chain_hash", *CHAINED_FIELDS[chain])
    model = next(m for m, c in CHAINED_MODELS.items() if c == chain)
    types = {c.name: c.type for c in model.__table__.columns}
    last = 0
    while True:
        typed = text(
            f"SELECT id, chain_seq, chain_hash, {columns}{extra} FROM {chain} "
            "WHERE chain_seq > :last ORDER BY chain_seq, id LIMIT :batch"
        ).columns(**{name: types[name] for name in fields})
        batch = connection.execute(typed, {"last": last, "batch": _BATCH}).mappings().all()
        if not batch:
            return
        yield from batch
        last = batch[-1]["chain_seq"]


def verify_chain(connection: Connection, chain: str) -> list[str]:
    """Problems of one chain: lines without a link, changed, removed or added; the anchor."""
    problems = _Problems(chain, [])
    unchained = connection.execute(
        text(f"SELECT count(*) FROM {chain} WHERE chain_seq IS NULL OR chain_hash IS NULL")
    ).scalar()
    if unchained:
        problems.add(
            translate(
                "chain",
                "{chain}: {n} lines have no chain hash (lines added outside deskapp).",
            ),
            n=unchained,
        )
    expected, previous, last_hash = 1, GENESIS, GENESIS
    fields = CHAINED_FIELDS[chain]
    for row in _rows(connection, chain):
        seq, stored = int(row["chain_seq"]), str(row["chain_hash"])
        line = {"seq": seq, "id": row["id"]}
        if seq < expected:
            problems.add(
                translate(
                    "chain",
                    "{chain}: sequence {seq} appears twice (id {id}): a line added or altered.",
                ),
                seq_josa=particle(seq, "이/가"),
                **line,
            )
            continue
        content = [row[name] for name in fields]
        if chain == "record_changes":
            salt = row["values_salt"]
            if salt is not None:
                if values_digest(salt, row["old_value"], row["new_value"]) != row["values_digest"]:
                    changed = translate(
                        "chain",
                        "{chain}: the old and new values of line {seq} (id {id}) changed after "
                        "it was written.",
                    )
                    problems.add(changed, **line)
            elif not (row["redacted"] and row["old_value"] is None and row["new_value"] is None):
                erased = translate(
                    "chain",
                    "{chain}: the check data of the values of line {seq} (id {id}) was erased.",
                )
                problems.add(erased, **line)
        if seq > expected:
            gap = f"{expected}" if seq == expected + 1 else f"{expected}~{seq - 1}"
            missing = translate("chain", "{chain}: line {seq} is missing: it was deleted.")
            problems.add(missing, seq=gap)
        elif link(previous, chain, seq, content) != stored:
            problems.add(
                translate(
                    "chain",
                    "{chain}: the chain hash of line {seq} (id {id}) does not match: the line "
                    "or the one before it changed after it was written.",
                ),
                **line,
            )
        expected, previous, last_hash = seq + 1, stored, stored
    if chain == "record_changes":
        _check_redactions(connection, problems)
    newest = expected - 1
    anchor = heads(connection).get(chain)
    if anchor is None:
        problems.add(
            translate(
                "chain", "{chain}: the chain's anchor (log_chain) is missing: it was deleted."
            )
        )
    elif anchor[0] > newest:
        gone = f"{newest + 1}" if anchor[0] == newest + 1 else f"{newest + 1}~{anchor[0]}"
        problems.add(
            translate(
                "chain",
                "{chain}: the last lines (sequence {seq}) were deleted: the anchor is at "
                "sequence {anchor}.",
            ),
            seq=gone,
            anchor=anchor[0],
        )
    elif anchor[0] < newest:
        problems.add(
            translate(
                "chain",
                "{chain}: there are {n} more lines after the anchor (sequence {anchor}): lines "
                "added outside deskapp.",
            ),
            n=newest - anchor[0],
            anchor=anchor[0],
        )
    elif anchor[1] != last_hash:
        problems.add(
            translate(
                "chain",
                "{chain}: the last line (sequence {seq}) differs from the anchor: it changed.",
            ),
            seq=newest,
        )
    return problems.lines()


def _check_redactions(connection: Connection, problems: _Problems) -> None:
    """Values may be emptied (keeping the chain whole) only for an anonymized person."""
    forged = connection.execute(
        text(
            "SELECT count(*) FROM record_changes AS r WHERE r.redacted AND NOT EXISTS ("
            "SELECT 1 FROM job_seekers AS s WHERE s.anonymized_at IS NOT NULL AND ("
            "s.id = r.seeker_id OR (r.record_kind = :seeker AND s.id = r.record_id)))"
        ),
        {"seeker": SEEKER_KIND},
    ).scalar()
    if forged:
        problems.add(
            translate(
                "chain",
                "{chain}: the old and new values of {n} lines were erased although their job "
                "seeker was not anonymized: erased outside the purge.",
            ),
            n=forged,
        )


def verify_chains(connection: Connection) -> list[str]:
    """Problems of every chain, in the order access log, account events, change history."""
    return [line for chain in CHAINS for line in verify_chain(connection, chain)]


# -- the append-only triggers -------------------------------------------------------------


def _sqlite_simple(table: str) -> dict[str, str]:
    return {
        f"{table}_no_{event.lower()}": (
            f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
        )
        for event in ("UPDATE", "DELETE")
    }


#: The triggers as revision 0010 leaves them (a frozen copy): name -> (table, SQL).
SQLITE_GUARDS: dict[str, tuple[str, str]] = {
    **{name: ("access_log", sql) for name, sql in _sqlite_simple("access_log").items()},
    **{name: ("account_events", sql) for name, sql in _sqlite_simple("account_events").items()},
    "record_changes_no_update": (
        "record_changes",
        """CREATE TRIGGER record_changes_no_update BEFORE UPDATE ON record_changes
WHEN NOT (NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.user_id IS OLD.user_id
          AND NEW.username = OLD.username AND NEW.record_kind = OLD.record_kind
          AND NEW.record_id = OLD.record_id AND NEW.record_no IS OLD.record_no
          AND NEW.seeker_id IS OLD.seeker_id AND NEW.action = OLD.action
          AND NEW.field = OLD.field AND NEW.reason IS OLD.reason
          AND NEW.values_digest IS OLD.values_digest AND NEW.chain_seq IS OLD.chain_seq
          AND NEW.chain_hash IS OLD.chain_hash
          AND NEW.old_value IS NULL AND NEW.new_value IS NULL AND NEW.values_salt IS NULL
          AND NEW.redacted)
BEGIN SELECT RAISE(ABORT, 'record_changes is append-only'); END""",
    ),
    "record_changes_no_delete": (
        "record_changes",
        """CREATE TRIGGER record_changes_no_delete BEFORE DELETE ON record_changes
BEGIN SELECT RAISE(ABORT, 'record_changes is append-only'); END""",
    ),
}

#: PostgreSQL: trigger name -> (table, body of its function), as revisions 0002 and 0010 left them.
PG_GUARDS: dict[str, tuple[str, str]] = {
    "access_log_append_only": (
        "access_log",
        "BEGIN RAISE EXCEPTION 'access_log is append-only'; END",
    ),
    "account_events_append_only": (
        "account_events",
        "BEGIN RAISE EXCEPTION 'account_events is append-only'; END",
    ),
    "record_changes_append_only": (
        "record_changes",
        """BEGIN
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
END""",
    ),
}

# BEFORE (2) | ROW (1) | DELETE (8) | UPDATE (16) in pg_trigger.tgtype.
_PG_BEFORE_ROW_UPDATE_DELETE = 1 | 2 | 8 | 16


def _same(a: str, b: str) -> bool:
    return re.sub(r"\s+", " ", a).strip() == re.sub(r"\s+", " ", b).strip()


def _guard_problem(message: str, table: str, trigger: str) -> str:
    """``message`` about the trigger ``trigger`` that guards ``table``'s lines."""
    return message.format(chain=_label(table), trigger=trigger)


def _guard_gone() -> str:
    return translate(
        "chain",
        "The trigger that forbids changing or deleting {chain} lines ({trigger}) is missing: it "
        "was deleted.",
    )


def _guard_changed() -> str:
    return translate(
        "chain",
        "The trigger that forbids changing or deleting {chain} lines ({trigger}) has changed.",
    )


def verify_guards(connection: Connection) -> list[str]:
    """Problems with the triggers that make the logs append-only: missing, disabled, altered."""
    problems: list[str] = []
    if connection.dialect.name == "sqlite":
        triggers = text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        rows = connection.execute(triggers)
        found = {str(name): str(sql) for name, sql in rows}
        for name, (table, sql) in SQLITE_GUARDS.items():
            if name not in found:
                problems.append(_guard_problem(_guard_gone(), table, name))
            elif not _same(str(found[name]), sql):
                problems.append(_guard_problem(_guard_changed(), table, name))
        return problems
    for name, (table, body) in PG_GUARDS.items():
        row = connection.execute(
            text(
                "SELECT t.tgenabled, t.tgtype, p.prosrc FROM pg_trigger t "
                "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
                "WHERE NOT t.tgisinternal AND pg_table_is_visible(c.oid) "
                "AND c.relname = :table AND t.tgname = :name"
            ),
            {"table": table, "name": name},
        ).first()
        if row is None:
            problems.append(_guard_problem(_guard_gone(), table, name))
            continue
        enabled, kind, source = row
        enabled = enabled.decode() if isinstance(enabled, bytes) else str(enabled)
        if enabled == "D":
            disabled = translate(
                "chain",
                "The trigger that forbids changing or deleting {chain} lines ({trigger}) is "
                "disabled (DISABLE TRIGGER).",
            )
            problems.append(_guard_problem(disabled, table, name))
        elif enabled == "R" or (int(kind) & _PG_BEFORE_ROW_UPDATE_DELETE) != (
            _PG_BEFORE_ROW_UPDATE_DELETE
        ):
            problems.append(_guard_problem(_guard_changed(), table, name))
        elif not _same(str(source), body):
            function = translate(
                "chain",
                "The function of the trigger that forbids changing or deleting {chain} lines "
                "({trigger}) has changed.",
            )
            problems.append(_guard_problem(function, table, name))
    return problems


def chained_columns(chain: str) -> Iterable[str]:
    """The columns of a chained table (used to carry lines over in a restore)."""
    model = next(m for m, c in CHAINED_MODELS.items() if c == chain)
    return [c.name for c in model.__table__.columns]
