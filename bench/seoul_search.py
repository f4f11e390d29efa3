"""Search as you type at ten-district and Seoul scale, on SQLite and PostgreSQL.

``deskapp demo --seekers 1600000`` takes about half an hour; the search box needs only
the seekers. This helper copies a ten-district demo's seekers (65,000) with their
surnames and given names recombined, their phones' last four digits taken from another
seeker and new 구직자번호, until the table holds ``--seekers`` rows, then rebuilds the
search keys (``search_keys.install``: triggers and keys) once::

    deskapp demo --db ten.sqlite3 --seekers 65000
    python -m bench.seoul_search --db ten.sqlite3                 # ten districts
    python -m bench.seoul_search --db ten.sqlite3 --grow seoul.sqlite3 --seekers 1600000
    python -m bench.seoul_search --db seoul.sqlite3               # Seoul scale

``--pg`` starts a throwaway PostgreSQL server as the test suite does (tests/pgserver.py),
copies the seekers of the SQLite demo ``--db`` into a new database there, measures,
grows it to ``--seekers`` and measures again::

    python -m bench.seoul_search --pg --db ten.sqlite3 --seekers 1600000

``--jobs`` measures the employer and opening lists' filter instead (every id read, as the
list reads them), growing the employers and openings ``--factor`` times (Seoul: as many
times as the seekers, 1,600,000 / 65,000)::

    python -m bench.seoul_search --jobs --db ten.sqlite3 --grow seoul-jobs.sqlite3
    python -m bench.seoul_search --jobs --pg --db ten.sqlite3

Each query is typed as keystrokes (김, 김민, 김민수 …); every keystroke is timed
``--runs`` times in one process, as a team lead (no desk of their own) and as a
counselor of the plus desk (their desk first), and the median and maximum are printed.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

from sqlalchemy import Connection, text

from deskapp.domain.access import Actor
from deskapp.domain.records import Role
from deskapp.services.workspace import Workspace
from deskapp.store import job_search_keys, search_keys
from deskapp.store.models import Employer, JobOpening, JobSeeker

#: The keystrokes timed: names, 초성, mixed, and phone digits typed one key at a time.
TYPED = ("김민수", "이영희", "ㄱㅁㅅ", "ㅇㅇ", "홍ㄱ", "박ㅈ", "1234", "남궁", "010-5678-9012")
PASSWORD = "bench-pass-1"


def keystrokes() -> list[str]:
    return [word[:n] for word in TYPED for n in range(1, len(word) + 1)]


def grow(connection: Connection, target: int) -> int:
    """Copy the seekers, names recombined, until there are ``target``; returns the count."""
    base = connection.execute(text("SELECT count(*), min(id), max(id) FROM job_seekers")).one()
    count, low, high = int(base[0]), int(base[1]), int(base[2])
    span = high - low + 1
    columns = [c.name for c in JobSeeker.__table__.columns if c.name != "id"]
    search_keys.uninstall(connection)  # rebuilt once at the end
    others: list[str] = []
    if connection.dialect.name == "sqlite":
        # The daily counts' and breakdowns' triggers are not what is measured here (on
        # PostgreSQL the caller turns them off for the session): they are put back
        # after the copy, and the grown file's statistics are not to be trusted.
        found = connection.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                "AND tbl_name = 'job_seekers'"
            )
        ).all()
        for name, sql in found:
            connection.execute(text(f"DROP TRIGGER {name}"))
            others.append(sql)
    copy = 0
    while count < target:
        copy += 1
        rows = min(span, target - count)
        other = f"((a.id * 7 + {copy * 7919}) % {span}) + {low}"
        values = {
            "name": "substr(a.name, 1, 1) || substr(b.name, 2)",
            "name_initials": "substr(a.name_initials, 1, 1) || substr(b.name_initials, 2)",
            "seeker_no": f"a.seeker_no || '-{copy}'",
            "phone": "substr(a.phone, 1, length(a.phone) - 4) || "
            "substr(b.phone, length(b.phone) - 3)",
        }
        select = ", ".join(values.get(c, f"a.{c}") for c in columns)
        connection.execute(
            text(
                f"INSERT INTO job_seekers ({', '.join(columns)}) SELECT {select} "
                f"FROM job_seekers a JOIN job_seekers b ON b.id = {other} "
                f"WHERE a.id BETWEEN {low} AND {low + rows - 1}"
            )
        )
        count += rows
        print(f"  {count:,} seekers", file=sys.stderr, flush=True)
    for sql in others:
        connection.execute(text(sql))
    started = time.perf_counter()
    search_keys.install(connection)
    print(f"  keys rebuilt in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return count


Measured = tuple[str, str, float, float, float, int]

#: The employer and opening lists' filter, typed: names, occupations, a code, digits.
TYPED_JOBS = ("반도체", "사무보조", "(주)", "IT", "8900", "한빛정밀", "1198")


def grow_jobs(connection: Connection, factor: float) -> tuple[int, int]:
    """Copy the employers (names recombined, new 업체번호) and their openings (occupations
    taken from another opening, new 구인번호) until there are ``factor`` times as many,
    then rebuild their search keys once; returns the counts."""
    counts = {}
    others: list[str] = []
    if connection.dialect.name == "sqlite":  # as in ``grow``: not what is measured
        found = connection.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                "AND tbl_name IN ('employers', 'job_openings')"
            )
        ).all()
        for name, sql in found:
            connection.execute(text(f"DROP TRIGGER {name}"))
            others.append(sql)
    for table in ("employers", "job_openings"):
        low, high = connection.execute(text(f"SELECT min(id), max(id) FROM {table}")).one()
        counts[table] = (int(low), int(high))
    copies = max(0, round(factor) - 1)
    for copy in range(1, copies + 1):
        low, high = counts["employers"]
        span = high - low + 1
        columns = [c.name for c in Employer.__table__.columns if c.name != "id"]
        values = {
            "name": "substr(a.name, 1, length(a.name) / 2) "
            "|| substr(b.name, length(b.name) / 2 + 1)",
            "employer_no": f"a.employer_no || '-{copy}'",
        }
        select = ", ".join(values.get(c, f"a.{c}") for c in columns)
        connection.execute(
            text(
                f"INSERT INTO employers ({', '.join(columns)}) SELECT {select} "
                f"FROM employers a JOIN employers b "
                f"ON b.id = ((a.id * 7 + {copy * 7919}) % {span}) + {low} "
                f"WHERE a.id BETWEEN {low} AND {high}"
            )
        )
        low, high = counts["job_openings"]
        span = high - low + 1
        columns = [c.name for c in JobOpening.__table__.columns if c.name != "id"]
        values = {
            "occupation": "b.occupation",
            "occupation_code": "b.occupation_code",
            "opening_no": f"a.opening_no || '-{copy}'",
            "employer_id": "ne.id",
        }
        select = ", ".join(values.get(c, f"a.{c}") for c in columns)
        connection.execute(
            text(
                f"INSERT INTO job_openings ({', '.join(columns)}) SELECT {select} "
                f"FROM job_openings a JOIN job_openings b "
                f"ON b.id = ((a.id * 7 + {copy * 7919}) % {span}) + {low} "
                "JOIN employers oe ON oe.id = a.employer_id "
                f"JOIN employers ne ON ne.employer_no = oe.employer_no || '-{copy}' "
                f"WHERE a.id BETWEEN {low} AND {high}"
            )
        )
        print(f"  copy {copy} of {copies}", file=sys.stderr, flush=True)
    for sql in others:
        connection.execute(text(sql))
    started = time.perf_counter()
    job_search_keys.rebuild(connection)
    print(f"  job keys rebuilt in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return tuple(  # type: ignore[return-value]
        int(connection.execute(text(f"SELECT count(*) FROM {t}")).scalar_one())
        for t in ("employers", "job_openings")
    )


def measure_jobs(db: str, runs: int) -> list[Measured]:
    """(list, keystroke, median ms, max ms, median CPU ms, ids) for the employer and
    opening lists' filter, as a team lead: every id of the list is read, as the list does."""
    workspace = Workspace.open(db)
    with workspace.db.engine.connect() as connection:
        lead = connection.execute(
            text("SELECT id, username FROM users WHERE role = 'team_lead' ORDER BY id")
        ).first()
    assert lead is not None
    actor = Actor(lead.id, lead.username, lead.username, Role.TEAM_LEAD, None)
    browse = workspace.browse
    lists = {"employers": browse.employer_ids, "openings": browse.opening_ids}
    found = []
    for name, ids_of in lists.items():
        ids_of(actor, "반")  # warm the pool and caches
        for typed in ["", *(w[:n] for w in TYPED_JOBS for n in range(1, len(w) + 1))]:
            times, cpu = [], []
            for _ in range(runs):
                started, used = time.perf_counter(), time.process_time()
                ids = ids_of(actor, typed)
                times.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - used) * 1000)
            found.append(
                (
                    name,
                    typed,
                    statistics.median(times),
                    max(times),
                    statistics.median(cpu),
                    len(ids),
                )
            )
    workspace.close()
    return found


def measure(db: str, runs: int) -> list[Measured]:
    """(who, keystroke, median ms, max ms, median CPU ms of this process, shown) for
    every keystroke. On a busy machine the CPU time says more than the wall clock (on
    PostgreSQL the server's CPU is not in it)."""
    workspace = Workspace.open(db)
    with workspace.db.engine.connect() as connection:
        lead = connection.execute(
            text("SELECT id, username FROM users WHERE role = 'team_lead' ORDER BY id")
        ).first()
        counselor = connection.execute(
            text(
                "SELECT u.id, u.username FROM users u JOIN desks d ON d.id = u.desk_id "
                "WHERE d.code = 'plus' AND u.role = 'counselor' ORDER BY u.id"
            )
        ).first()
    actors = {}
    if lead is not None:
        actors["team lead"] = Actor(lead.id, lead.username, lead.username, Role.TEAM_LEAD, None)
    if counselor is not None:
        actors["counselor"] = Actor(
            counselor.id, counselor.username, counselor.username, Role.COUNSELOR, "plus"
        )
    found = []
    for actor in actors.values():
        workspace.browse.search_seekers(actor, "김")  # warm the pool and caches
    for who, actor in actors.items():
        for typed in keystrokes():
            times, cpu = [], []
            for _ in range(runs):
                started, used = time.perf_counter(), time.process_time()
                shown = workspace.browse.search_seekers(actor, typed)
                times.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - used) * 1000)
            found.append(
                (
                    who,
                    typed,
                    statistics.median(times),
                    max(times),
                    statistics.median(cpu),
                    len(shown),
                )
            )
    workspace.close()
    return found


def report(title: str, rows: list[Measured]) -> None:
    print(f"\n{title}")
    print("| as | typed | shown | median | max | CPU (median) |")
    print("|---|---|---|---|---|---|")
    for who, typed, median, most, cpu, shown in rows:
        print(f"| {who} | {typed} | {shown} | {median:.1f} ms | {most:.1f} ms | {cpu:.1f} ms |")
    worst = max(r[2] for r in rows)
    print(
        f"slowest median {worst:.1f} ms, slowest single keystroke {max(r[3] for r in rows):.1f} ms"
    )


def _sqlite(args: argparse.Namespace) -> None:
    db = args.db
    if args.jobs:
        if args.grow:
            shutil.copyfile(db, args.grow)
            workspace = Workspace.open(args.grow)
            with workspace.db.engine.begin() as connection:
                e, o = grow_jobs(connection, args.factor)
            workspace.close()
            print(f"{args.grow}: {e:,} employers, {o:,} openings", file=sys.stderr)
            db = args.grow
        with Workspace.open(db).db.engine.connect() as connection:
            e = connection.execute(text("SELECT count(*) FROM employers")).scalar_one()
            o = connection.execute(text("SELECT count(*) FROM job_openings")).scalar_one()
        report(f"SQLite, {e:,} employers, {o:,} openings ({db})", measure_jobs(db, args.runs))
        return
    if args.grow:
        shutil.copyfile(db, args.grow)
        workspace = Workspace.open(args.grow)
        with workspace.db.engine.begin() as connection:
            n = grow(connection, args.seekers)
        workspace.close()
        print(f"{args.grow}: {n:,} seekers", file=sys.stderr)
        db = args.grow
    with Workspace.open(db).db.engine.connect() as connection:
        n = connection.execute(text("SELECT count(*) FROM job_seekers")).scalar_one()
    report(f"SQLite, {n:,} seekers ({db})", measure(db, args.runs))


def _postgres(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from pgserver import new_database, postgres_server

    with postgres_server() as server:
        url, _name = new_database(server)
        created, _ = Workspace.create(url, "admin", PASSWORD)
        admin = created.accounts.authenticate("admin", PASSWORD)
        created.accounts.create_user(admin, "lead", PASSWORD, Role.TEAM_LEAD)
        created.accounts.create_user(admin, "c-plus", PASSWORD, Role.COUNSELOR, desk="plus")
        created.close()
        workspace = Workspace.open(url)
        if args.jobs:
            _postgres_jobs(args, url, workspace)
            return
        columns = [c.name for c in JobSeeker.__table__.columns]
        source = Workspace.open(args.db)
        with source.db.engine.connect() as reading:
            seekers = [
                dict(r._mapping)
                for r in reading.execute(text(f"SELECT {', '.join(columns)} FROM job_seekers"))
            ]
        source.close()
        started = time.perf_counter()
        with workspace.db.engine.begin() as connection:
            # The daily counts' and breakdowns' triggers are not what is measured here.
            connection.execute(text("SET LOCAL session_replication_role = replica"))
            search_keys.uninstall(connection)
            connection.execute(JobSeeker.__table__.insert(), seekers)
            connection.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence('job_seekers', 'id'), max(id)) "
                    "FROM job_seekers"
                )
            )
            search_keys.install(connection)
        print(f"  {len(seekers):,} seekers copied in {time.perf_counter() - started:.0f} s")
        _vacuum(workspace)
        report(f"PostgreSQL, {len(seekers):,} seekers", measure(url, args.runs))
        with workspace.db.engine.begin() as connection:
            connection.execute(text("SET LOCAL session_replication_role = replica"))
            n = grow(connection, args.seekers)
        _vacuum(workspace)
        workspace.close()
        report(f"PostgreSQL, {n:,} seekers", measure(url, args.runs))


def _postgres_jobs(args: argparse.Namespace, url: str, workspace: Workspace) -> None:
    """The demo's employers and openings copied in (their accounts and imports left out),
    measured, grown ``--factor`` times and measured again."""
    source = Workspace.open(args.db)
    unlinked = {"created_by", "import_id", "voided_by", "manager_id"}
    tables = []
    with source.db.engine.connect() as reading:
        for table in (Employer.__table__, JobOpening.__table__):
            columns = [c.name for c in table.columns]
            found = reading.execute(text(f"SELECT {', '.join(columns)} FROM {table.name}"))
            tables.append(
                (table, [{**r._mapping, **dict.fromkeys(unlinked & set(columns))} for r in found])
            )
    source.close()
    with workspace.db.engine.begin() as connection:
        connection.execute(text("SET LOCAL session_replication_role = replica"))
        for table, found in tables:
            connection.execute(table.insert(), found)
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), max(id)) "
                    f"FROM {table.name}"
                )
            )
        job_search_keys.rebuild(connection)
    _vacuum(workspace)
    report(f"PostgreSQL, {len(tables[0][1]):,} employers", measure_jobs(url, args.runs))
    with workspace.db.engine.begin() as connection:
        connection.execute(text("SET LOCAL session_replication_role = replica"))
        e, o = grow_jobs(connection, args.factor)
    _vacuum(workspace)
    workspace.close()
    report(f"PostgreSQL, {e:,} employers, {o:,} openings", measure_jobs(url, args.runs))


def _vacuum(workspace: Workspace) -> None:
    with workspace.db.engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a SQLite demo database (measured, or grown with --grow)")
    parser.add_argument("--grow", help="copy --db here and grow it to --seekers first")
    parser.add_argument("--pg", action="store_true", help="on a throwaway PostgreSQL server")
    parser.add_argument("--seekers", type=int, default=1_600_000)
    parser.add_argument("--runs", type=int, default=7, help="times each keystroke is timed")
    parser.add_argument(
        "--jobs", action="store_true", help="the employer and opening lists instead"
    )
    parser.add_argument(
        "--factor", type=float, default=1_600_000 / 65_000, help="with --jobs --grow: times as many"
    )
    args = parser.parse_args()
    if args.pg:
        _postgres(args)
    else:
        _sqlite(args)


if __name__ == "__main__":
    main()
