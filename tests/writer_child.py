"""A counselor's process for the crash and two-writer tests: it writes until stopped.

``python tests/writer_child.py DB NAME MODE SECONDS``: MODE ``crash`` alternates
imports of small workbooks with logged sessions until killed; ``sessions``
logs sessions for SECONDS and exits. After every committed unit it prints a
line, so the parent knows what was done: ``session <id>`` or ``import <id> <rows>``.
"""

from __future__ import annotations

import sys
import time
from datetime import date
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


def main() -> int:
    db, name, mode, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
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
            print(f"import {report.import_id} {report.total}", flush=True)
        else:
            saved = workspace.records.log_session(
                counselor, LogSession(seeker, date(2018, 3, 4), notes=f"{name} {count}")
            )
            print(f"session {saved.id}", flush=True)
    workspace.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
