"""The PostgreSQL server the benchmark measures shared mode on.

The same kind of server as the test suite's (tests/pgserver.py: Debian's ``postgresql``
programs, a Unix socket only, run as ``postgres`` when the bench runs as root), but its
data is kept on disk in the bench's work folder, with PostgreSQL's default settings (a
real server writes its data to disk), so the demo databases are built once and measured
again by later runs, as the SQLite files are. Stopped at the end of each run (unless it
was already running).
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _pgserver():  # type: ignore[no-untyped-def]
    """tests/pgserver.py, which finds the server programs (a checkout has tests/)."""
    tests = str(ROOT / "tests")
    if tests not in sys.path:
        sys.path.insert(0, tests)
    import pgserver

    return pgserver


def available() -> bool:
    """Whether PostgreSQL's server programs are installed here."""
    module = _pgserver()
    try:
        module._bin_dir()
    except module.NoPostgres:
        return False
    return True


@contextmanager
def server(root: Path) -> Iterator[str]:
    """Start the server whose data is in ``root`` (made there the first time); yields the URL
    pattern ``postgresql+psycopg://USER@/{db}?host=SOCKETS``."""
    bin_dir = _pgserver()._bin_dir()
    root = root.resolve()
    data, sockets = root / "data", root / "run"
    sockets.mkdir(parents=True, exist_ok=True)
    as_user: list[str] = []
    user = pwd.getpwuid(os.getuid()).pw_name
    if os.getuid() == 0:  # postgres refuses to run as root
        user = "postgres"
        as_user = ["runuser", "-u", user, "--"]
        shutil.chown(root, user)
        shutil.chown(sockets, user)
    if not (data / "PG_VERSION").exists():
        shutil.rmtree(data, ignore_errors=True)
        subprocess.run(
            [*as_user, str(bin_dir / "initdb"), "-D", str(data), "-U", user, "-A", "trust",
             "-E", "UTF8", "--locale", "C.UTF-8"],
            check=True, capture_output=True,
        )  # fmt: skip
    running = subprocess.run(
        [*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "status"], capture_output=True,
        check=False,
    ).returncode == 0  # fmt: skip
    if not running:  # (one already running, a demo being built say, is used and left running)
        subprocess.run(
            [*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-w",
             "-o", f"-c listen_addresses='' -k {sockets}", "start"],
            check=True, capture_output=True,
        )  # fmt: skip
    try:
        yield f"postgresql+psycopg://{user}@/{{db}}?host={sockets}"
    finally:
        if not running:
            subprocess.run(
                [*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                capture_output=True, check=False,
            )  # fmt: skip


def _admin(url: str) -> str:
    """The libpq URL of the server's ``postgres`` database, from any database's URL."""
    head, _, tail = url.partition("@/")
    query = tail.partition("?")[2]
    return head.replace("postgresql+psycopg", "postgresql") + "@/postgres?" + query


def database_name(url: str) -> str:
    return url.partition("@/")[2].partition("?")[0]


def with_name(url: str, name: str) -> str:
    """``url`` naming the database ``name`` on the same server."""
    head, _, tail = url.partition("@/")
    return f"{head}@/{name}?{tail.partition('?')[2]}"


def exists(url: str) -> bool:
    import psycopg

    with psycopg.connect(_admin(url), autocommit=True) as connection:
        found = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (database_name(url),)
        ).fetchone()
    return found is not None


def create(url: str, template: str | None = None) -> None:
    """(Re)create ``url``'s database: empty, or a copy of ``template``'s (nobody connected)."""
    import psycopg

    name = database_name(url)
    copy = f' TEMPLATE "{database_name(template)}" STRATEGY FILE_COPY' if template else ""
    with psycopg.connect(_admin(url), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"{copy}')


def drop(url: str) -> None:
    import psycopg

    with psycopg.connect(_admin(url), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{database_name(url)}" WITH (FORCE)')
