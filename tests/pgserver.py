"""A throwaway PostgreSQL server for the test session (Debian's ``postgresql`` package).

The server runs from a temporary folder on a Unix socket only (no TCP port is
opened), as the ``postgres`` system user when the tests run as root, and is
stopped at the end of the session. Each test gets a database of its own.
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


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start a server; yields the socket URL prefix ``postgresql+psycopg://USER@/``."""
    bin_dir = _bin_dir()
    root = Path(tempfile.mkdtemp(prefix="deskapp-pg-"))
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
                f"-c listen_addresses='' -k {sockets} -c fsync=off",
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


def new_database(server: str) -> tuple[str, str]:
    """Create an empty database on ``server``; returns its URL and name."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = server.format(db="postgres").replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return server.format(db=name), name


def drop_database(server: str, name: str) -> None:
    import psycopg

    admin = server.format(db="postgres").replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
