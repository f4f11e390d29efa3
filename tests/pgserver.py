"""A throwaway PostgreSQL server for the test session (Debian's ``postgresql`` package).

The server runs from a temporary folder (in memory where there is /dev/shm) on a
Unix socket only (no TCP port is opened, so servers of parallel test processes
cannot clash), as the ``postgres`` system user when the tests run as root, and
is stopped at the end of the session. Each test gets a database of its own.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class NoPostgres(RuntimeError):
    """PostgreSQL's server programs are not installed (make test installs them)."""


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if found:
        return Path(found[-1]).parent
    pg_ctl = shutil.which("pg_ctl")
    if pg_ctl:
        return Path(pg_ctl).parent
    raise NoPostgres(
        "PostgreSQL server programs not found: install Debian's 'postgresql' package "
        "(make test does it through scripts/system-deps.sh test)."
    )


#: A server whose data nobody keeps: nothing waits for the disk or writes for a replica.
_THROWAWAY = (
    "-c fsync=off -c full_page_writes=off -c synchronous_commit=off"
    " -c wal_level=minimal -c max_wal_senders=0"
)


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start a server; yields the socket URL prefix ``postgresql+psycopg://USER@/``."""
    bin_dir = _bin_dir()
    memory = Path("/dev/shm")  # its files in memory: a database copied in 40 ms, not 300
    root = Path(tempfile.mkdtemp(prefix="deskapp-pg-", dir=memory if memory.is_dir() else None))
    data, sockets = root / "data", root / "run"
    sockets.mkdir()
    as_user: list[str] = []
    user = pwd.getpwuid(os.getuid()).pw_name
    if os.getuid() == 0:  # postgres refuses to run as root
        user = "postgres"
        as_user = ["runuser", "-u", user, "--"]
        shutil.chown(root, user)
        shutil.chown(sockets, user)
    try:
        subprocess.run(
            [
                *as_user,
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                user,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale",
                "C.UTF-8",
            ],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [
                *as_user,
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(root / "log"),
                "-w",
                "-o",
                f"-c listen_addresses='' -k {sockets} {_THROWAWAY}",
                "start",
            ],
            check=True,
            capture_output=True,
        )
        yield f"postgresql+psycopg://{user}@/{{db}}?host={sockets}"
    finally:
        subprocess.run(
            [*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(root, ignore_errors=True)


def new_database(server: str, template: str | None = None) -> tuple[str, str]:
    """Create a database on ``server``: empty, or a copy of the database ``template`` (which
    nobody may be connected to); returns its URL and name."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    copy = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
    admin = server.format(db="postgres").replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"{copy}')
    return server.format(db=name), name


def drop_database(server: str, name: str) -> None:
    import psycopg

    admin = server.format(db="postgres").replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
