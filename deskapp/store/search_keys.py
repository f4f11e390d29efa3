"""Keys for search as you type, kept by triggers on ``job_seekers``.

A substring search (``name LIKE '%김민%'``) can use no ordinary index, so at Seoul scale
each keystroke read every seeker. ``seeker_search_keys`` holds, for every live (not
void) seeker, each distinct piece of one to three letters of the name (kind ``n``) and
of its 초성 (``i``), the phone's last four characters (``p``) and each piece of three of
its characters (``d``, revision 0017: the whole phone when shorter), with where the piece
stands (``place``: 0 the whole name, 1 only at the beginning, 2 only after it, 3 both)
and the columns the search box orders by (day of registration, id) and the desk. A
keystroke of up to three letters then reads the first rows of a few ranges of its
primary key, already in the order shown. ``seeker_name_beginnings`` counts the live
seekers per name beginning of one to three letters (with its 초성): a 초성 search lists
the commonest beginnings first.

The triggers cut names into pieces by joining ``search_key_spans`` (start, length) so
that the same SQL runs on SQLite (whose triggers allow no WITH) and PostgreSQL (where
the trigger functions run with their owner's rights, as the daily counts' do: the
desks read the keys but cannot write them). They follow every change of a seeker's
name, 초성, phone, desk, day of registration or void flag, whatever writes it
(registration, correction, voiding, merging, the retention purge, an import, a restore).

``rebuild`` fills both tables again from the records (after a bulk load that went
around the triggers, or to repair them); ``problems`` compares them with the records
(``deskapp check``).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

#: A piece is at most this many letters; longer searches narrow by their first piece.
PIECE = 3
#: A phone is cut into pieces of this many characters (kind ``d``; the whole when shorter).
DIGITS = 3
#: Names are cut up to this many letters (the column holds 50).
_STARTS = 100

_COLUMNS = ("name", "name_initials", "phone", "void", "desk_id", "registered_on")


def _pieces(column: str) -> str:
    """The pieces of ``column`` (``OLD.name``), for ``key IN (…)``."""
    return (
        f"SELECT substr({column}, s.start, s.length) FROM search_key_spans s "
        f"WHERE {_within(column)}"
    )


def _add_keys(row: str, source: str = "") -> list[str]:
    """Statements adding the keys of ``row``: ``NEW`` in a trigger, or with ``source``
    (``job_seekers js, ``) every live seeker's."""
    into = "INSERT INTO seeker_search_keys (kind, key, place, registered_on, seeker_id, desk_id)"
    ordered = f"{row}.registered_on, {row}.id, {row}.desk_id"
    by_seeker = f"{row}.id, " if source else ""
    found = []
    for kind, column in (("n", "name"), ("i", "name_initials")):
        piece = f"substr({row}.{column}, s.start, s.length)"
        whole = f"WHEN {piece} = {row}.{column} THEN 0 " if kind == "n" else ""
        place = f"CASE {whole}WHEN min(s.start) > 1 THEN 2 WHEN max(s.start) > 1 THEN 3 ELSE 1 END"
        found.append(
            f"{into} SELECT '{kind}', {piece}, {place}, {ordered} "
            f"FROM {source}search_key_spans s "
            f"WHERE {_within(f'{row}.{column}')} AND NOT {row}.void "
            f"GROUP BY {by_seeker}{piece}"
        )
    found.append(
        f"{into} SELECT 'p', substr({row}.phone, length({row}.phone) - 3), 0, {ordered} "
        + (f"FROM {source.rstrip(', ')} " if source else "")
        + f"WHERE NOT {row}.void AND length({row}.phone) >= 4"
    )
    piece = f"substr({row}.phone, s.start, s.length)"
    found.append(
        f"{into} SELECT 'd', {piece}, 0, {ordered} FROM {source}search_key_spans s "
        f"WHERE {_digit_spans(f'{row}.phone')} AND NOT {row}.void GROUP BY {by_seeker}{piece}"
    )
    return found


def _digit_spans(column: str) -> str:
    """The spans of ``column``'s pieces of three characters (the whole when shorter)."""
    return (
        f"s.length = CASE WHEN length({column}) < {DIGITS} THEN length({column}) "
        f"ELSE {DIGITS} END AND {_within(column)}"
    )


def _within(column: str) -> str:
    """Spans inside ``column``: the first test lets the spans' primary key stop at the
    column's length instead of reading all of its starts."""
    return f"s.start <= length({column}) AND s.start + s.length - 1 <= length({column})"


def _beginnings(row: str) -> str:
    """The beginnings of ``row``'s name with their 초성 (when its 초성 are its name's)."""
    return (
        f"SELECT substr({row}.name, 1, s.length) AS beginning, "
        f"substr({row}.name_initials, 1, s.length) AS initials "
        f"FROM search_key_spans s WHERE s.start = 1 AND s.length <= length({row}.name) "
        f"AND NOT {row}.void AND length({row}.name_initials) = length({row}.name)"
    )


def _count_in(row: str) -> str:
    return (
        f"INSERT INTO seeker_name_beginnings (beginning, initials, n) "
        f"SELECT b.beginning, b.initials, 1 FROM ({_beginnings(row)}) AS b WHERE true "
        "ON CONFLICT (beginning, initials) DO UPDATE SET n = seeker_name_beginnings.n + 1"
    )


def _count_out(row: str) -> list[str]:
    match = (
        f"(beginning, initials) IN (SELECT b.beginning, b.initials FROM ({_beginnings(row)}) AS b)"
    )
    return [
        f"UPDATE seeker_name_beginnings SET n = n - 1 WHERE {match}",
        f"DELETE FROM seeker_name_beginnings WHERE n <= 0 AND {match}",
    ]


def _drop_keys(row: str) -> list[str]:
    """Statements removing the keys of ``row`` (``OLD``), each by its primary key."""
    found = []
    for kind, column in (("n", "name"), ("i", "name_initials")):
        found.append(
            f"DELETE FROM seeker_search_keys WHERE kind = '{kind}' "
            f"AND key IN ({_pieces(f'{row}.{column}')}) "
            f"AND place IN (0, 1, 2, 3) AND registered_on = {row}.registered_on "
            f"AND seeker_id = {row}.id AND NOT {row}.void"
        )
    found.append(
        "DELETE FROM seeker_search_keys WHERE kind = 'd' AND key IN "
        f"(SELECT substr({row}.phone, s.start, s.length) FROM search_key_spans s "
        f"WHERE {_digit_spans(f'{row}.phone')}) AND place = 0 "
        f"AND registered_on = {row}.registered_on AND seeker_id = {row}.id AND NOT {row}.void"
    )
    found.append(
        "DELETE FROM seeker_search_keys WHERE kind = 'p' "
        f"AND key = substr({row}.phone, length({row}.phone) - 3) AND place = 0 "
        f"AND registered_on = {row}.registered_on AND seeker_id = {row}.id AND NOT {row}.void"
    )
    return found


def _triggers() -> list[tuple[str, str, list[str]]]:
    """(name, event, statements) of every trigger on ``job_seekers``."""
    return [
        ("job_seekers_search_insert", "INSERT", [*_add_keys("NEW"), _count_in("NEW")]),
        ("job_seekers_search_delete", "DELETE", [*_drop_keys("OLD"), *_count_out("OLD")]),
        (
            "job_seekers_search_update",
            f"UPDATE OF {', '.join(_COLUMNS)}",
            [*_drop_keys("OLD"), *_count_out("OLD"), *_add_keys("NEW"), _count_in("NEW")],
        ),
    ]


#: (table, trigger name, event, statements) of a row trigger kept by the store.
RowTrigger = tuple[str, str, str, list[str]]


def create_row_triggers(connection: Connection, triggers: list[RowTrigger]) -> None:
    """Create (or replace) each AFTER row trigger; on PostgreSQL with a function of the
    same name, run with the schema owner's rights (the desks' role may not write the keys)."""
    schema = None
    if connection.dialect.name == "postgresql":
        schema = connection.execute(text("SELECT quote_ident(current_schema())")).scalar()
    for table, name, event, statements in triggers:
        body = " ".join(s + ";" for s in statements)
        if connection.dialect.name == "sqlite":
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
            connection.execute(
                text(f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN {body} END")
            )
        else:
            connection.execute(
                text(
                    f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql "
                    f"SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$ BEGIN "
                    f"{body} RETURN NULL; END $$"
                )
            )
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
            connection.execute(
                text(
                    f"CREATE TRIGGER {name} AFTER {event} ON {table} "
                    f"FOR EACH ROW EXECUTE FUNCTION {name}()"
                )
            )


def drop_row_triggers(connection: Connection, triggers: list[RowTrigger]) -> None:
    """Drop each trigger made by ``create_row_triggers`` (and its function)."""
    for table, name, _event, _statements in triggers:
        if connection.dialect.name == "sqlite":
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        else:
            connection.execute(text(f"DROP TRIGGER IF EXISTS {name} ON {table}"))
            connection.execute(text(f"DROP FUNCTION IF EXISTS {name}()"))


def install(connection: Connection, fill: bool = True) -> None:
    """Create the triggers (and on PostgreSQL their functions), the spans, and (``fill``)
    fill the keys from the records: for a migration (run as the schema's owner)."""
    connection.execute(text("DELETE FROM search_key_spans"))
    connection.execute(
        text("INSERT INTO search_key_spans (start, length) VALUES (:start, :length)"),
        [{"start": s, "length": n} for s in range(1, _STARTS + 1) for n in range(1, PIECE + 1)],
    )
    create_row_triggers(
        connection, [("job_seekers", name, event, body) for name, event, body in _triggers()]
    )
    if fill:
        rebuild(connection)


def uninstall(connection: Connection) -> None:
    """Drop the triggers and their functions (a downgrade)."""
    drop_row_triggers(
        connection, [("job_seekers", name, event, body) for name, event, body in _triggers()]
    )


_KEY_COLUMNS = "kind, key, place, registered_on, seeker_id, desk_id"
_INTO = {
    "seeker_search_keys": f"INSERT INTO seeker_search_keys ({_KEY_COLUMNS}) ",
    "seeker_name_beginnings": "INSERT INTO seeker_name_beginnings (beginning, initials, n) ",
}


def _fill_selects() -> list[tuple[str, str]]:
    """(table, set-based SELECT of its rows from every live seeker)."""
    into = _INTO["seeker_search_keys"]
    found = [
        ("seeker_search_keys", s.removeprefix(into)) for s in _add_keys("js", "job_seekers js, ")
    ]
    found.append(
        (
            "seeker_name_beginnings",
            "SELECT substr(js.name, 1, s.length), substr(js.name_initials, 1, s.length), "
            "count(*) FROM job_seekers js JOIN search_key_spans s ON s.start = 1 "
            "AND s.length <= length(js.name) "
            "WHERE NOT js.void AND length(js.name_initials) = length(js.name) "
            "GROUP BY substr(js.name, 1, s.length), substr(js.name_initials, 1, s.length)",
        )
    )
    return found


def rebuild_search_keys(connection: Connection) -> None:
    """Fill ``seeker_search_keys`` and ``seeker_name_beginnings`` again from the records,
    in ``connection``'s transaction (after a bulk load, or to repair a stale index).

    On PostgreSQL this needs the owner's rights (the desks' role only reads the keys).
    """
    for table in _INTO:
        connection.execute(text(f"DELETE FROM {table}"))
    for table, select_sql in _fill_selects():
        connection.execute(text(_INTO[table] + select_sql + _SORTED[table]))


#: The fill is sorted as the primary key: the B-tree then grows at its end instead of
#: taking each row at a random page (at Seoul scale, far more pages than the cache holds).
_SORTED = {"seeker_search_keys": " ORDER BY 2, 3, 4, 5", "seeker_name_beginnings": ""}


def fill_phone_pieces(connection: Connection) -> None:
    """Fill the phones' pieces (kind ``d``, revision 0017) again from the records."""
    connection.execute(text("DELETE FROM seeker_search_keys WHERE kind = 'd'"))
    into = _INTO["seeker_search_keys"]
    for table, select_sql in _fill_selects():
        if "SELECT 'd'" in select_sql:
            connection.execute(text(into + select_sql + _SORTED[table]))


rebuild = rebuild_search_keys


def append_search_keys(connection: Connection, seekers: str) -> None:
    """Add the keys and count the name beginnings of the seekers ``seekers`` selects (a
    condition on ``job_seekers js``), set-based: what the insert trigger does row by row,
    for seekers added while it was set aside (``bulk.appending``)."""
    into = _INTO["seeker_search_keys"]
    for select_sql in _add_keys("js", "job_seekers js, "):
        where = select_sql.index(" WHERE ") + len(" WHERE ")
        scoped = f"{select_sql[:where]}{seekers} AND {select_sql[where:]}"
        connection.execute(text(into + scoped.removeprefix(into)))
    connection.execute(
        text(
            _INTO["seeker_name_beginnings"]
            + "SELECT substr(js.name, 1, s.length), substr(js.name_initials, 1, s.length), "
            "count(*) FROM job_seekers js JOIN search_key_spans s ON s.start = 1 "
            f"AND s.length <= length(js.name) WHERE {seekers} AND NOT js.void "
            "AND length(js.name_initials) = length(js.name) "
            "GROUP BY substr(js.name, 1, s.length), substr(js.name_initials, 1, s.length) "
            "ON CONFLICT (beginning, initials) "
            "DO UPDATE SET n = seeker_name_beginnings.n + excluded.n"
        )
    )


def problems(connection: Connection) -> dict[str, int]:
    """How far the key tables are from the records: table -> rows missing or extra (an
    empty dict when they agree). Cuts every live seeker's name again: slow at Seoul scale."""
    columns = {
        "seeker_search_keys": _KEY_COLUMNS,
        "seeker_name_beginnings": "beginning, initials, n",
    }
    expected: dict[str, list[str]] = {}
    for table, select_sql in _fill_selects():
        expected.setdefault(table, []).append(select_sql)
    found: dict[str, int] = {}
    for table, selects in expected.items():
        parts = " UNION ALL ".join(f"SELECT * FROM ({s}) AS e{i}" for i, s in enumerate(selects))
        wanted = f"SELECT * FROM ({parts}) AS w"
        stored = f"SELECT {columns[table]} FROM {table}"
        differ = connection.execute(
            text(
                f"SELECT (SELECT count(*) FROM ({wanted} EXCEPT {stored}) AS missing) + "
                f"(SELECT count(*) FROM ({stored} EXCEPT {wanted}) AS extra)"
            )
        ).scalar_one()
        if differ:
            found[table] = int(differ)
    return found
