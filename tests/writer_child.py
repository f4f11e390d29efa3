"""A counselor's process for the crash and two-writer tests: it writes until stopped.

``Writer(DB, NAME, MODE, SECONDS)`` starts one (or ``python tests/writer_child.py DB NAME
MODE SECONDS``): MODE ``crash`` alternates imports of small workbooks with logged
sessions until killed; ``sessions`` logs sessions for SECONDS and exits. After every
committed unit it tells a line, so the parent knows what was done: ``session <id>`` or
``import <id> <rows>``.

A ``Writer`` is a process of its own, forked from a server process that imported this
module (deskapp, SQLAlchemy, openpyxl) once: a second or two less for each of the many
writers the crash test kills than a new interpreter importing them all again.
"""

from __future__ import annotations

import multiprocessing
import sys
import time
import traceback
from collections.abc import Callable
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbooks import write_book

from deskapp.domain.commands import LogSession, RegisterSeeker
from deskapp.services.workspace import Workspace

PASSWORD = "test-pass-1"


def _book(folder: Path, tag: str, size: int) -> Path:
    seekers = [["구직자번호", "성명", "등록창구", "등록일"]]
    sessions = [["구직자번호", "상담일", "상담창구", "상담내용"]]
    for i in range(size):
        seekers.append([f"{tag}-{i}", "김가나", "plus", "2018-03-02"])
        sessions.append([f"{tag}-{i}", "2018-03-03", "plus", f"{tag} 상담 {i}"])
    return write_book(folder / f"{tag}.xlsx", {"구직자": seekers, "상담": sessions})


def write(db: str, name: str, mode: str, seconds: float, tell: Callable[[str], None]) -> None:
    """Write as ``name`` until killed (``crash``) or for ``seconds`` (``sessions``), telling
    a line after each committed unit."""
    workspace = Workspace.open(db)
    admin = workspace.accounts.authenticate("admin", PASSWORD)
    counselor = workspace.accounts.authenticate(name, PASSWORD)
    seeker = workspace.records.register_seeker(
        counselor,
        RegisterSeeker(name=f"{name} 손님", registered_on=date(2018, 3, 2), consented=True),
    ).number
    folder = Path(db).parent
    deadline = time.monotonic() + seconds
    count = 0
    while time.monotonic() < deadline:
        count += 1
        if mode == "crash" and count % 3 == 0:
            book = _book(folder, f"{name}-{time.time_ns()}", 150)
            report = workspace.imports.import_workbook(admin, book)
            tell(f"import {report.import_id} {report.total}")
        else:
            saved = workspace.records.log_session(
                counselor, LogSession(seeker, date(2018, 3, 4), notes=f"{name} {count}")
            )
            tell(f"session {saved.id}")
    workspace.close()


def main() -> int:
    db, name, mode, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    write(db, name, mode, seconds, lambda line: print(line, flush=True))
    return 0


def _serve(db: str, name: str, mode: str, seconds: float, lines: Connection) -> None:
    """A ``Writer``'s process: its lines go down the pipe (each sent whole, at once);
    a failure is told as ``error`` and its traceback."""
    try:
        write(db, name, mode, seconds, lambda line: lines.send_bytes(line.encode()))
    except BaseException:
        lines.send_bytes(f"error {traceback.format_exc()}".encode())
        raise


_FORKS = multiprocessing.get_context("forkserver")
_FORKS.set_forkserver_preload([__name__])


class Writer:
    """A writer process (see the module's docstring), as much like ``subprocess.Popen`` as the
    tests need: ``readline``, ``kill``, ``communicate`` and ``returncode``."""

    def __init__(self, db: Path | str, name: str, mode: str, seconds: float) -> None:
        self._lines, sending = _FORKS.Pipe(duplex=False)
        self._process = _FORKS.Process(
            target=_serve, args=(str(db), name, mode, seconds, sending), daemon=True
        )
        self._process.start()
        sending.close()  # the child holds the only writing end: its death ends the pipe

    def readline(self) -> str:
        """The next line told, with its newline; "" once the process is gone."""
        try:
            return self._lines.recv_bytes().decode() + "\n"
        except EOFError:
            return ""

    def kill(self) -> None:
        """SIGKILL, at once."""
        self._process.kill()

    def communicate(self, timeout: float) -> tuple[str, str]:
        """Every line still to come, once the process ended: (lines, errors told)."""
        self._process.join(timeout)
        if self._process.exitcode is None:
            self._process.kill()
            raise TimeoutError(f"the writer still ran after {timeout} s")
        told = []
        while line := self.readline():
            told.append(line)
        self._lines.close()
        errors = "".join(line for line in told if line.startswith("error "))
        return "".join(line for line in told if not line.startswith("error ")), errors

    @property
    def returncode(self) -> int | None:
        """As ``Popen``'s: negative the signal that killed it."""
        return self._process.exitcode


if __name__ == "__main__":
    raise SystemExit(main())
