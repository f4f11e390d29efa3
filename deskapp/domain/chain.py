"""The hash chain that makes the append-only logs tamper-evident (issue "Nothing lost, no one in").

Each line of the access log, the account events and the change history carries
its place in its chain (``chain_seq``: 1, 2, 3 …) and ``chain_hash``: the SHA-256
of the previous line's hash and of its own content. Changing, removing or
inserting a line anywhere breaks every later link, unless every later hash is
computed again; the newest hash of each chain is kept in the database
(``log_chain``) and in every backup copy, so a rewrite older than the newest
backup shows against that copy.

The change history's old and new values are not hashed directly: the retention
purge may empty them. Each line keeps ``values_digest``, the hash of a random
salt and the two values, and the chain covers the digest; the purge erases the
values and the salt together, so the digest stays verifiable in the chain and
cannot be used to guess an erased phone number.

This encoding is frozen: ``db/versions/0010`` holds a copy that hashes the lines
written before the chain existed, and ``deskapp check`` recomputes with this one.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Sequence
from datetime import datetime

from deskapp.i18n import noop, translate

#: The "previous hash" of the first line of every chain.
GENESIS = "0" * 64

#: The hashed columns of each chained table, in order (after the chain name and place).
CHAINED_FIELDS: dict[str, tuple[str, ...]] = {
    "access_log": (
        "at",
        "user_id",
        "username",
        "host",
        "action",
        "subject_kind",
        "subject_id",
        "subject_no",
        "detail",
    ),
    "account_events": ("at", "actor_id", "user_id", "action", "detail"),
    "record_changes": (
        "at",
        "user_id",
        "username",
        "record_kind",
        "record_id",
        "record_no",
        "seeker_id",
        "action",
        "field",
        "values_digest",
        "reason",
    ),
}

#: How each chain is named to a user, in English: :func:`chain_label` gives the name in the
#: language spoken.
CHAIN_LABELS = {
    "access_log": noop("chain", "Access log"),
    "account_events": noop("chain", "Account history"),
    "record_changes": noop("chain", "Change history"),
}


def chain_label(chain: str) -> str:
    """The name of ``chain`` (``"access_log"`` → 접속기록), in the language spoken."""
    return translate("chain", CHAIN_LABELS[chain])


def _plain(value: object) -> object:
    """A value as JSON can hold it, the same whichever database it was read from."""
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


def link(previous: str, chain: str, seq: int, values: Sequence[object]) -> str:
    """The hash of line ``seq`` of ``chain`` whose hashed columns hold ``values``."""
    return hashlib.sha256(
        previous.encode("ascii") + b"\n" + _encode([chain, seq, *values])
    ).hexdigest()


def values_digest(salt: str | None, old: str | None, new: str | None) -> str:
    """The digest of a change's old and new values (with its salt)."""
    return hashlib.sha256(_encode([salt, old, new])).hexdigest()


def new_salt() -> str:
    """A fresh random salt for one change-history line."""
    return secrets.token_hex(16)
