"""Keys for the employers' and the job openings' search, kept by triggers.

The employer list (by name) and the opening list (newest first) filter by a text that
may stand anywhere in a name or an occupation, which no ordinary index finds: at Seoul
scale every keystroke read and sorted every employer or opening. Two tables hold the
pieces of one to three characters, already in each list's order, for every live record:

- ``employer_search_keys`` (kind, key, name, employer_id): the pieces of the name
  (``n``) and of the business number (``b``, three characters), with the name the
  list is ordered by.
- ``opening_search_keys`` (key, registered_on, opening_id): the pieces of the
  occupation and of the employer's name together, and the beginnings of the occupation
  code (one to six digits: typed digits find the codes starting with them too).

A keystroke of up to three characters is then one range of a primary key, in the
list's order; a longer text is the range of its first piece, tested. SQLite's ``LIKE``
ignores the case of Latin letters, so there the pieces are kept in lower case
(``lower`` folds only those, as ``LIKE`` does); PostgreSQL's is exact.

Triggers on ``employers`` and ``job_openings`` keep both, whatever writes (registration,
correction, voiding, an import, a restore); an employer renamed moves the pieces of
each of its openings. On PostgreSQL their functions run with their owner's rights, as
the seekers' keys' do. ``rebuild`` fills the tables again from the records;
``problems`` compares them with the records (``deskapp check``).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from deskapp.store.search_keys import create_row_triggers, drop_row_triggers

#: The longest occupation code a prefix is kept of (the column holds six).
CODE = 6

_EMPLOYER_COLUMNS = "kind, key, name, employer_id"
_OPENING_COLUMNS = "key, registered_on, opening_id"


def _within(column: str, length: str = "s.length") -> str:
    return f"s.start <= length({column}) AND s.start + {length} - 1 <= length({column})"


def _fold(expression: str, dialect: str) -> str:
    return f"lower({expression})" if dialect == "sqlite" else expression


# -- employers ------------------------------------------------------------------------


def _employer_pieces(row: str, dialect: str, source: str = "") -> list[str]:
    """SELECTs of the keys of ``row`` (``NEW``, or ``e`` with ``source``: every live one)."""
    name = _fold(f"substr({row}.name, s.start, s.length)", dialect)
    business = f"substr({row}.business_no, s.start, s.length)"
    return [
        f"SELECT DISTINCT 'n', {name}, {row}.name, {row}.id FROM {source}search_key_spans s "
        f"WHERE {_within(f'{row}.name')} AND NOT {row}.void",
        f"SELECT DISTINCT 'b', {business}, {row}.name, {row}.id "
        f"FROM {source}search_key_spans s "
        f"WHERE s.length = 3 AND {_within(f'{row}.business_no')} AND NOT {row}.void",
    ]


def _employer_statements(old: str | None, new: str | None, dialect: str) -> list[str]:
    found = []
    if old is not None:
        for select in _employer_pieces(old, dialect):
            found.append(
                f"DELETE FROM employer_search_keys WHERE ({_EMPLOYER_COLUMNS}) IN ({select})"
            )
    if new is not None:
        for select in _employer_pieces(new, dialect):
            found.append(f"INSERT INTO employer_search_keys ({_EMPLOYER_COLUMNS}) {select}")
    return found


# -- openings -------------------------------------------------------------------------


def _texts_of_row(row: str) -> tuple[str, str]:
    """(id, registered_on, txt) of ``row``'s occupation and its employer's name, and
    (id, registered_on, code) of its occupation code."""
    live = f"WHERE NOT {row}.void"
    return (
        f"SELECT {row}.id AS id, {row}.registered_on AS registered_on, "
        f"{row}.occupation AS txt {live} "
        f"UNION ALL SELECT {row}.id, {row}.registered_on, e.name FROM employers e "
        f"{live} AND e.id = {row}.employer_id",
        f"SELECT {row}.id AS id, {row}.registered_on AS registered_on, "
        f"{row}.occupation_code AS code {live}",
    )


def _texts_of_employer(row: str) -> tuple[str, str]:
    """The same for every live opening of the employer ``row``, with ``row``'s name."""
    of = f"FROM job_openings o WHERE o.employer_id = {row}.id AND NOT o.void"
    return (
        f"SELECT o.id AS id, o.registered_on AS registered_on, o.occupation AS txt {of} "
        f"UNION ALL SELECT o.id, o.registered_on, {row}.name {of}",
        f"SELECT o.id AS id, o.registered_on AS registered_on, o.occupation_code AS code {of}",
    )


_TEXTS_OF_ALL = (
    "SELECT o.id AS id, o.registered_on AS registered_on, o.occupation AS txt "
    "FROM job_openings o WHERE NOT o.void "
    "UNION ALL SELECT o.id, o.registered_on, e.name FROM job_openings o "
    "JOIN employers e ON e.id = o.employer_id WHERE NOT o.void",
    "SELECT o.id AS id, o.registered_on AS registered_on, o.occupation_code AS code "
    "FROM job_openings o WHERE NOT o.void",
)


def _opening_keys(texts: tuple[str, str], dialect: str) -> str:
    """SELECT of the keys (key, registered_on, id) of the openings of ``texts``: every
    piece of their texts and every beginning of their code, each once."""
    piece = _fold("substr(t.txt, s.start, s.length)", dialect)
    return (
        f"SELECT {piece} AS key, t.registered_on AS registered_on, t.id AS id "
        f"FROM ({texts[0]}) AS t JOIN search_key_spans s ON {_within('t.txt')} "
        "UNION SELECT substr(c.code, 1, s.start), c.registered_on, c.id "
        f"FROM ({texts[1]}) AS c JOIN search_key_spans s ON s.length = 1 "
        f"AND s.start <= {CODE} AND s.start <= length(c.code)"
    )


def _opening_statements(old: str | None, new: str | None, dialect: str) -> list[str]:
    return _moved(
        None if old is None else _texts_of_row(old),
        None if new is None else _texts_of_row(new),
        dialect,
    )


def _moved(old: tuple[str, str] | None, new: tuple[str, str] | None, dialect: str) -> list[str]:
    found = []
    if old is not None:
        found.append(
            f"DELETE FROM opening_search_keys WHERE ({_OPENING_COLUMNS}) IN "
            f"(SELECT * FROM ({_opening_keys(old, dialect)}) AS k)"
        )
    if new is not None:
        found.append(
            f"INSERT INTO opening_search_keys ({_OPENING_COLUMNS}) "
            f"SELECT * FROM ({_opening_keys(new, dialect)}) AS k"
        )
    return found


def _renamed(dialect: str) -> list[str]:
    """An employer renamed: its openings' keys of the old name out, of the new one in."""
    return _moved(_texts_of_employer("OLD"), _texts_of_employer("NEW"), dialect)


# -- triggers -------------------------------------------------------------------------


def _triggers(dialect: str) -> list[tuple[str, str, str, list[str]]]:
    """(table, name, event, statements) of every trigger keeping the keys."""
    employer = _employer_statements
    opening = _opening_statements
    return [
        ("employers", "employers_search_insert", "INSERT", employer(None, "NEW", dialect)),
        ("employers", "employers_search_delete", "DELETE", employer("OLD", None, dialect)),
        (
            "employers",
            "employers_search_update",
            "UPDATE OF name, business_no, void",
            employer("OLD", "NEW", dialect),
        ),
        ("employers", "employers_search_rename", "UPDATE OF name", _renamed(dialect)),
        ("job_openings", "job_openings_search_insert", "INSERT", opening(None, "NEW", dialect)),
        ("job_openings", "job_openings_search_delete", "DELETE", opening("OLD", None, dialect)),
        (
            "job_openings",
            "job_openings_search_update",
            "UPDATE OF occupation, occupation_code, registered_on, void, employer_id",
            opening("OLD", "NEW", dialect),
        ),
    ]


def install(connection: Connection, fill: bool = True) -> None:
    """Create the triggers (on PostgreSQL with their functions) and (``fill``) fill the
    keys from the records: for a migration, as the schema's owner. The spans are
    revision 0015's (deskapp/store/search_keys.py)."""
    create_row_triggers(connection, _triggers(connection.dialect.name))
    if fill:
        rebuild(connection)


def uninstall(connection: Connection) -> None:
    """Drop the triggers and their functions (a downgrade)."""
    drop_row_triggers(connection, _triggers(connection.dialect.name))


def _fill_selects(dialect: str) -> dict[str, list[str]]:
    """table -> set-based SELECTs of its rows from every live record."""
    return {
        "employer_search_keys": _employer_pieces("e", dialect, "employers e, "),
        "opening_search_keys": [f"SELECT * FROM ({_opening_keys(_TEXTS_OF_ALL, dialect)}) AS k"],
    }


_COLUMNS = {"employer_search_keys": _EMPLOYER_COLUMNS, "opening_search_keys": _OPENING_COLUMNS}
_SORTED = {"employer_search_keys": "ORDER BY 1, 2, 3, 4", "opening_search_keys": "ORDER BY 1, 2, 3"}


def rebuild_job_search_keys(connection: Connection) -> None:
    """Fill both tables again from the records, in ``connection``'s transaction, sorted
    as their primary keys (the B-trees then grow at their ends). Needs the owner's
    rights on PostgreSQL."""
    for table, selects in _fill_selects(connection.dialect.name).items():
        connection.execute(text(f"DELETE FROM {table}"))
        for select in selects:
            connection.execute(
                text(f"INSERT INTO {table} ({_COLUMNS[table]}) {select} {_SORTED[table]}")
            )


rebuild = rebuild_job_search_keys


def problems(connection: Connection) -> dict[str, int]:
    """Table -> rows missing or extra against the records (empty when they agree)."""
    found: dict[str, int] = {}
    for table, selects in _fill_selects(connection.dialect.name).items():
        parts = " UNION ALL ".join(f"SELECT * FROM ({s}) AS e{i}" for i, s in enumerate(selects))
        wanted = f"SELECT * FROM ({parts}) AS w"
        stored = f"SELECT {_COLUMNS[table]} FROM {table}"
        differ = connection.execute(
            text(
                f"SELECT (SELECT count(*) FROM ({wanted} EXCEPT {stored}) AS missing) + "
                f"(SELECT count(*) FROM ({stored} EXCEPT {wanted}) AS extra)"
            )
        ).scalar_one()
        if differ:
            found[table] = int(differ)
    return found
