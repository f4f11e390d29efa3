"""Import of the records workbook (ARCHITECTURE.md): all or nothing.

The workbook is read in one pass (``xlsx_reader``: python-calamine, or the streaming
reader for a workbook outside calamine's envelope), every row validated (each
field's check of a value met before remembered: ``commands.remembering``) and every
reference resolved before anything is written; any problem rejects
the whole workbook with the list of problems: the first MAX_PROBLEMS, then how
many more (once more than MAX_PROBLEMS are found, the rows left are not
validated: the list says where it stopped). A workbook past one of the reader's
limits (``WorkbookTooLarge``) is refused at once. The records are then written
in one transaction with bulk inserts.
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Date, DateTime, func, insert, select
from sqlalchemy.orm import Session

from deskapp.domain import fields
from deskapp.domain import workbook as wb
from deskapp.domain.access import Actor, Permission
from deskapp.domain.audit import AccessAction
from deskapp.domain.commands import RecordPlacement, occupation_code, remembering
from deskapp.domain.errors import DuplicateImport, Problem, ValidationError, WorkbookRejected
from deskapp.domain.events import HIRED
from deskapp.domain.hangul import initials
from deskapp.domain.korean import particle
from deskapp.domain.privacy import mask
from deskapp.domain.records import PlacementKind, enum_value
from deskapp.i18n import translate
from deskapp.services import record_rows as rr
from deskapp.services.audit import write_access
from deskapp.services.backup import BackupService
from deskapp.services.rules.month_lock import closed_months, lock_months
from deskapp.services.rules.occupation_codes import Classification
from deskapp.services.rules.records import event_columns
from deskapp.services.xlsx_reader import Row, WorkbookFormatError, WorkbookTooLarge, XlsxReader
from deskapp.store import bulk
from deskapp.store.bulk import BulkWriter
from deskapp.store.database import Database
from deskapp.store.models import (
    CounselingSession,
    Employer,
    Event,
    EventEmployer,
    EventParticipant,
    ImportBatch,
    JobOpening,
    JobSeeker,
    Placement,
    Referral,
    SeekerCareer,
    SeekerGroup,
    utcnow,
)

Progress = Callable[[int, int], None]
_CHUNK = 500  # bound parameters per IN (...) lookup
MAX_FILE_BYTES = 200 * 1024 * 1024
_HEADINGS = {
    "seeker_no": "구직자번호",  # korean-data
    "employer_no": "업체번호",  # korean-data
    "opening_no": "구인번호",  # korean-data
    "event_no": "행사번호",  # korean-data
}
_REFERRING = (
    wb.SESSIONS.name,
    wb.REFERRALS.name,
    wb.PLACEMENTS.name,
    wb.EVENT_EMPLOYERS.name,
    wb.PARTICIPANTS.name,
)
_DATED = (
    (wb.SEEKERS, "registered_on"),
    (wb.OPENINGS, "registered_on"),
    (wb.SESSIONS, "session_on"),
    (wb.REFERRALS, "referred_on"),
    (wb.PLACEMENTS, "placed_on"),
)
_DATE_HEADINGS = {
    "registered_on": "등록일",  # korean-data
    "session_on": "상담일",  # korean-data
    "referred_on": "알선일",  # korean-data
    "placed_on": "취업일",  # korean-data
}


@dataclass(frozen=True)
class ImportReport:
    """What an import wrote."""

    import_id: int
    file_name: str
    sha256: str
    counts: dict[str, int]
    masked: int
    warnings: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class _Refs:
    """The identifiers an invalid row refers to, so that they are checked too."""

    seeker_no: str | None = None
    employer_no: str | None = None
    opening_no: str | None = None
    event_no: str | None = None


MAX_PROBLEMS = 1_000
"""Problems listed at most; once more are found, rows are no longer validated."""
_SHEET_ORDER = {spec.name: i for i, spec in enumerate(wb.SHEETS)}


class _Problems:
    """The problems found: each counted, the first MAX_PROBLEMS kept (in sheet order,
    then row, then as found), so that memory stays flat however many there are."""

    def __init__(self) -> None:
        self.found = 0
        # (negated place, problem): the top of the heap is the last kept.
        self._heap: list[tuple[tuple[int, int, int], Problem]] = []

    def append(self, problem: Problem) -> None:
        self.found += 1
        key = (-_SHEET_ORDER.get(problem.sheet, -1), -problem.row, -self.found)
        if len(self._heap) < MAX_PROBLEMS:
            heapq.heappush(self._heap, (key, problem))
        elif key > self._heap[0][0]:
            heapq.heapreplace(self._heap, (key, problem))

    def __len__(self) -> int:
        return self.found

    def first(self) -> list[Problem]:
        """The problems kept, in order."""
        return [problem for _, problem in sorted(self._heap, reverse=True)]


@dataclass
class _Parsed:
    """The clean rows of each sheet with their row numbers, and the problems found."""

    rows: dict[str, list[tuple[int, Any]]] = field(default_factory=lambda: defaultdict(list))
    invalid: dict[str, list[tuple[int, _Refs]]] = field(default_factory=lambda: defaultdict(list))
    problems: _Problems = field(default_factory=_Problems)
    unchecked: tuple[str, int] | None = None
    """Where validation stopped, more than MAX_PROBLEMS problems having been found: the
    sheet and row (that row, the rest of the sheet and the sheets after it are unread)."""
    masked: int = 0
    codes: Mapping[str, str] = field(default_factory=dict)
    """The occupation classification: codes given must be in it."""
    notes: list[str] = field(default_factory=list)
    """Extension cells left empty because they could not be read (warnings)."""
    groups: frozenset[str] = frozenset()
    """The target groups a seeker can be put in."""


def file_digest(path: Path) -> str:
    """SHA-256 of the file's bytes (an identical workbook has the same digest)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _cell_text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _read_sheet(
    spec: wb.SheetSpec, rows: Iterator[tuple[int, Row]], today: date, parsed: _Parsed
) -> None:
    first = next(rows, None)
    if first is None:
        return
    header_no, header = first
    positions: dict[str, int] = {}
    for index, value in enumerate(header):
        heading = _cell_text(value)
        if heading in spec.headings:
            if heading in positions:
                message = translate("importer", "The same column heading appears twice.")
                parsed.problems.append(Problem(spec.name, header_no, heading, message))
            positions[heading] = index
    missing = [h for h in spec.required if h not in positions]
    for heading in missing:
        message = translate("importer", "A required column is missing.")
        parsed.problems.append(Problem(spec.name, header_no, heading, message))
    if missing:
        return
    for row_no, row in rows:
        if parsed.problems.found > MAX_PROBLEMS:
            # Counting the problems of the rows left would cost what validating them does.
            parsed.unchecked = (spec.name, row_no)
            return
        values = {h: row[i] if i < len(row) else None for h, i in positions.items()}
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values.values()):
            continue
        for note in _extensions(spec, values, parsed.codes, today):
            parsed.notes.append(
                translate("importer", "[{sheet}] row {row}: {note}").format(
                    sheet=spec.name, row=row_no, note=note
                )
            )
        try:
            record, masked = wb.clean_row(spec, values, today)
        except ValidationError as error:
            for column, message in error.problems:
                parsed.problems.append(Problem(spec.name, row_no, column, message))
            parsed.invalid[spec.name].append((row_no, _references(spec, values)))
            continue
        parsed.masked += masked
        if spec is wb.SEEKERS and record.groups:
            unknown = [g for g in record.groups if g not in parsed.groups]
            if unknown:
                record = replace(
                    record, groups=tuple(g for g in record.groups if g in parsed.groups)
                )
                names = ", ".join(unknown)
                note = translate(
                    "importer",
                    "[{sheet}] row {row}, '{column}' {names}: not on the group list, left out.",
                ).format(
                    sheet=spec.name,
                    row=row_no,
                    column="대상그룹",  # korean-data
                    names=names,
                )
                parsed.notes.append(note)
        parsed.rows[spec.name].append((row_no, record))


#: The occupation-code column of each sheet that has one.
_CODE_COLUMNS = {wb.SEEKERS.name: "희망직종코드", wb.OPENINGS.name: "모집직종코드"}  # korean-data


def _extensions(
    spec: wb.SheetSpec, values: dict[str, object], codes: Mapping[str, str], today: date
) -> list[str]:
    """Empty the cells of columns beyond the workbook's that cannot be read, or that give a
    code the classification lacks (in ``values``); what was emptied. A workbook valid by
    the format must import."""
    notes: list[str] = []
    heading = _CODE_COLUMNS.get(spec.name)
    raw = values.get(heading) if heading else None
    if heading and not fields.is_blank(raw):  # first: the code column comes first
        try:
            code = occupation_code(raw, heading)
            if code not in codes:
                raise ValidationError(
                    heading,
                    translate(
                        "importer", "'{code}' is not a code of the occupation classification."
                    ).format(code=code, code_josa=particle(code, "은/는")),  # korean-data
                )
        except ValidationError as error:  # the words decide the code instead
            values[heading] = None
            notes.append(
                translate(
                    "importer", "'{column}' {message} The code is found from the words instead."
                ).format(column=heading, message=error.message)
            )
    return notes + wb.lenient(spec, values, today)


def _references(spec: wb.SheetSpec, values: dict[str, object]) -> _Refs:
    """The well-formed identifiers a row refers to (not those it defines)."""
    found: dict[str, str] = {}
    for attr, heading in _HEADINGS.items():
        if heading in spec.required[1:] + spec.optional or (
            heading == spec.required[0] and spec.name in _REFERRING
        ):
            try:
                found[attr] = fields.identifier(values.get(heading), heading)
            except ValidationError:
                continue
    return _Refs(**found)


MAX_WARNINGS = 200


def _duplicates(session: Session, seekers: list[tuple[int, Any]]) -> list[str]:
    """Warnings (never a block) for imported seekers who may already be registered or
    appear twice: the same phone, or the same name (or 초성) and birth date."""
    if not seekers:
        return []
    phones = {r.phone for _, r in seekers if r.phone}
    births = {r.birth_date for _, r in seekers if r.birth_date}
    numbers = {r.seeker_no for _, r in seekers}
    known: list[tuple[str, str, str | None, Any]] = []
    for values, column in (
        (sorted(phones), JobSeeker.phone),
        (sorted(births), JobSeeker.birth_date),
    ):
        for start in range(0, len(values), _CHUNK):
            query = select(
                JobSeeker.seeker_no, JobSeeker.name, JobSeeker.phone, JobSeeker.birth_date
            ).where(JobSeeker.void.is_(False), column.in_(values[start : start + _CHUNK]))
            known += [(no, name, phone, birth) for no, name, phone, birth in session.execute(query)]
    by_phone: dict[str, list[tuple[str, str]]] = {}
    by_birth: dict[Any, list[tuple[str, str]]] = {}
    for number, name, phone, birth in set(known):
        if number in numbers:
            continue
        if phone:
            by_phone.setdefault(phone, []).append((number, name))
        if birth:
            by_birth.setdefault(birth, []).append((number, name))
    warnings: list[str] = []
    seen_phone: dict[str, int] = {}
    for row_no, r in seekers:
        found = []
        if r.phone:
            same_phone = translate("importer", "Same phone: {name} ({number})")
            found += [same_phone.format(name=n, number=no) for no, n in by_phone.get(r.phone, [])]
            if r.phone in seen_phone:
                found.append(
                    translate("importer", "Same phone: row {row} of this sheet").format(
                        row=seen_phone[r.phone]
                    )
                )
            seen_phone.setdefault(r.phone, row_no)
        if r.birth_date:
            for no, n in by_birth.get(r.birth_date, []):
                if n == r.name or initials(n) == initials(r.name):
                    same = (
                        translate("importer", "Same name and birth date: {name} ({number})")
                        if n == r.name
                        else translate(
                            "importer", "Same initials and birth date: {name} ({number})"
                        )
                    )
                    found.append(same.format(name=n, number=no))
        if found:
            warnings.append(
                translate("importer", "[{sheet}] row {row}, {name}: {found}").format(
                    sheet=wb.SEEKERS.name, row=row_no, name=r.name, found=", ".join(found)
                )
            )
    return warnings


def _capped(warnings: list[str]) -> tuple[str, ...]:
    """At most MAX_WARNINGS warnings, then how many more."""
    if len(warnings) > MAX_WARNINGS:
        more = len(warnings) - MAX_WARNINGS
        warnings = [
            *warnings[:MAX_WARNINGS],
            translate("importer", "… and {n:,} more").format(n=more),
        ]
    return tuple(warnings)


def _rejection(parsed: _Parsed, file_name: str) -> WorkbookRejected:
    """The refusal listing the first MAX_PROBLEMS problems, then how many more were found
    and, if validation stopped, where (more there may be)."""
    problems = parsed.problems.first()
    found = parsed.problems.found
    rest = found - len(problems)
    if parsed.unchecked is not None:
        sheet, row = parsed.unchecked
        problems.append(
            Problem(
                sheet,
                row,
                "",
                translate(
                    "importer",
                    "… and {n:,} more, and there may be others: with over {limit:,} problems, "
                    "this row and the rest (later sheets too) were not checked. "
                    "Fix the problems above and import again.",
                ).format(n=rest, limit=MAX_PROBLEMS),
            )
        )
        message = translate(
            "importer",
            "The workbook has over {found:,} problems, so nothing was imported "
            "(only the first {limit:,} are shown, and the rest was not checked).",
        ).format(found=found, limit=MAX_PROBLEMS)
    elif rest:
        more = translate("importer", "… and {n:,} more").format(n=rest)
        problems.append(Problem(file_name, 0, "", more))
        message = translate(
            "importer",
            "The workbook has {found:,} problems, so nothing was imported "
            "(only the first {limit:,} are shown).",
        ).format(found=found, limit=MAX_PROBLEMS)
    else:
        return WorkbookRejected(problems)
    error = WorkbookRejected(problems)
    error.args = (message,)  # the count is of every problem found, not of the lines
    return error


def _lookup(session: Session, column: Any, id_column: Any, keys: Iterable[str]) -> dict[str, Any]:
    """{number: (id, void)} for the numbers that exist in the database."""
    found: dict[str, Any] = {}
    keys = sorted(set(keys))
    table = column.class_
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        query = select(column, id_column, table.void).where(column.in_(chunk))
        for number, id_, void in session.execute(query):
            found[number] = (id_, void)
    return found


def _by_id(session: Session, id_column: Any, ids: Iterable[int], *columns: Any) -> dict[int, Any]:
    """{id: row of ``columns``} for the ``ids`` given, read in chunks."""
    wanted = sorted(set(ids))
    found: dict[int, Any] = {}
    for start in range(0, len(wanted), _CHUNK):
        query = select(id_column, *columns).where(id_column.in_(wanted[start : start + _CHUNK]))
        for row in session.execute(query):
            found[row[0]] = row[1:]
    return found


def _refuse_if_imported(session: Session, sha: str) -> None:
    """DuplicateImport when a workbook with these bytes was imported before."""
    earlier = session.execute(
        select(ImportBatch.imported_at, ImportBatch.file_name).where(ImportBatch.sha256 == sha)
    ).first()
    if earlier is not None:
        when = earlier.imported_at.date().isoformat()
        raise DuplicateImport(
            translate(
                "importer",
                "This workbook was already imported on {date} ('{file}'). "
                "It was not imported again, so that the same records are not added twice.",
            ).format(date=when, file=earlier.file_name)
        )


#: PostgreSQL advisory lock that makes imports take turns (``deskimp`` as a number).
_IMPORT_LOCK = int.from_bytes(b"deskimp", "big")


def _one_import_at_a_time(session: Session) -> None:
    """PostgreSQL: wait for any other import to end (the lock is released with the unit).
    SQLite's writing unit already holds the whole file."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(_IMPORT_LOCK)))


class ImportService:
    """Imports records workbooks for an administrator."""

    #: Whether the records are appended with the derived tables' triggers set aside and
    #: their work done once for the batch (``bulk.appending``); None: on SQLite only.
    set_aside_triggers: bool | None = None

    def __init__(
        self,
        db: Database,
        today: date | None = None,
        backups: BackupService | None = None,
        classification: Classification | None = None,
    ) -> None:
        self.db = db
        self._today = today
        self.backups = backups
        self.classification = classification or Classification(db)

    def import_workbook(
        self, actor: Actor, path: Path, progress: Progress | None = None
    ) -> ImportReport:
        """Import ``path`` whole, or raise WorkbookRejected / DuplicateImport and write nothing."""
        actor.require(Permission.IMPORT)
        today = self._today or date.today()
        report = progress or (lambda done, total: None)
        try:
            sha = self._check_file(path)
            parsed = self._parse(path, today, report)
            if not parsed.problems and self.backups is not None and self.db.path is not None:
                self.backups.take("before-import")
            with self.db.unit_of_work(actor=actor) as session:
                # Another process may have imported the same file since it was checked: on
                # SQLite this unit waited for its write lock; on PostgreSQL imports take
                # turns here, so its batch is seen, and refused as imported, before anything.
                _one_import_at_a_time(session)
                _refuse_if_imported(session, sha)
                self._check_references(session, parsed)
                if parsed.problems:
                    raise _rejection(parsed, path.name)
                result = self._write(session, actor, path, sha, parsed, report)
                counts = ", ".join(f"{k} {v}" for k, v in result.counts.items() if v)
                write_access(
                    session,
                    actor,
                    AccessAction.IMPORT,
                    subject_kind="import",
                    subject_id=result.import_id,
                    detail=f"{path.name}: {counts}",
                )
                return result
        except (WorkbookRejected, DuplicateImport) as error:
            with self.db.unit_of_work(actor=actor) as session:
                write_access(
                    session,
                    actor,
                    AccessAction.IMPORT,
                    subject_kind="import",
                    detail=translate("importer", "{file}: refused — {error}").format(
                        file=path.name, error=error
                    ),
                )
            raise

    # -- reading -----------------------------------------------------------------------

    def _check_file(self, path: Path) -> str:
        name = path.name
        if not path.is_file():
            message = translate("importer", "The file does not exist.")
            raise WorkbookRejected([Problem(name, 0, "", message)])
        if path.stat().st_size > MAX_FILE_BYTES:
            message = translate("importer", "The file is too large (over 200 MB).")
            raise WorkbookRejected([Problem(name, 0, "", message)])
        sha = file_digest(path)
        with self.db.unit_of_work(write=False) as session:
            _refuse_if_imported(session, sha)
        return sha

    def _parse(self, path: Path, today: date, report: Progress) -> _Parsed:
        with self.db.unit_of_work(write=False) as session:
            groups = frozenset(rr.active_groups(session))
        # Read before the write unit.
        parsed = _Parsed(codes=self.classification.occupation_names(), groups=groups)
        name = path.name
        try:
            book = XlsxReader(path)
        except WorkbookTooLarge as error:
            raise WorkbookRejected([Problem(name, 0, "", str(error))]) from None
        except WorkbookFormatError as error:
            message = translate(
                "importer",
                "Cannot read this as an xlsx workbook: {error}. "
                "Check that it is an Excel workbook (.xlsx).",
            ).format(error=error)
            raise WorkbookRejected([Problem(name, 0, "", message)]) from None
        with book:
            present = [spec for spec in wb.SHEETS if spec.name in book.sheet_names]
            if not present:
                names = ", ".join(spec.name for spec in wb.SHEETS)
                message = translate(
                    "importer", "There is no sheet to import (sheet names: {names})."
                ).format(names=names)
                raise WorkbookRejected([Problem(name, 0, "", message)])
            with remembering():
                self._read_sheets(book, present, today, parsed, report)
        return parsed

    @staticmethod
    def _read_sheets(
        book: XlsxReader,
        present: list[wb.SheetSpec],
        today: date,
        parsed: _Parsed,
        report: Progress,
    ) -> None:
        """Each sheet present, in order, into ``parsed``."""
        for done, spec in enumerate(present):
            if parsed.unchecked is not None:
                break
            report(done, len(present) * 2)
            rows = book.rows(spec.name)
            try:
                _read_sheet(spec, rows, today, parsed)
            except WorkbookTooLarge as error:  # refused whole, at once
                problem = Problem(spec.name, error.row, "", str(error))
                raise WorkbookRejected([problem]) from None
            except WorkbookFormatError as error:
                message = translate(
                    "importer", "The sheet is damaged and cannot be read to the end: {error}"
                ).format(error=error)
                parsed.problems.append(Problem(spec.name, 0, "", message))
            finally:
                rows.close()

    # -- references --------------------------------------------------------------------

    def _check_references(self, session: Session, parsed: _Parsed) -> None:
        rows = parsed.rows
        problems = parsed.problems
        defined: dict[str, dict[str, int]] = {}
        for spec, attr, column in (
            (wb.SEEKERS, "seeker_no", JobSeeker.seeker_no),
            (wb.EMPLOYERS, "employer_no", Employer.employer_no),
            (wb.OPENINGS, "opening_no", JobOpening.opening_no),
            (wb.EVENTS, "event_no", Event.event_no),
        ):
            heading = spec.required[0]
            seen: dict[str, int] = {}
            for row_no, record in rows[spec.name]:
                number = getattr(record, attr)
                if number in seen:
                    problems.append(
                        Problem(
                            spec.name,
                            row_no,
                            heading,
                            translate("importer", "'{number}' is also in row {row}.").format(
                                number=number,
                                number_josa=particle(number, "이/가"),  # korean-data
                                row=seen[number],
                            ),
                        )
                    )
                else:
                    seen[number] = row_no
            defined[spec.name] = seen
            existing = _lookup(session, column, column.class_.id, seen)
            for number in existing:
                problems.append(
                    Problem(
                        spec.name,
                        seen[number],
                        heading,
                        translate("importer", "'{number}' is already in the database.").format(
                            number=number,
                            number_josa=particle(number, "은/는"),  # korean-data
                        ),
                    )
                )

        def check(sheet: str, attr: str, target: wb.SheetSpec, column: Any) -> None:
            heading = _HEADINGS[attr]
            entries = sorted([*rows[sheet], *parsed.invalid[sheet]], key=lambda e: e[0])
            wanted = {
                getattr(r, attr) for _, r in entries if getattr(r, attr) is not None
            } - defined[target.name].keys()
            existing = _lookup(session, column, column.class_.id, wanted)
            for row_no, record in entries:
                number = getattr(record, attr)
                if number is None or number in defined[target.name]:
                    continue
                if number not in existing:
                    message = translate(
                        "importer",
                        "'{number}' is neither on this workbook's '{sheet}' sheet "
                        "nor in the database.",
                    ).format(
                        number=number,
                        number_josa=particle(number, "은/는"),  # korean-data
                        sheet=target.name,
                    )
                    problems.append(Problem(sheet, row_no, heading, message))
                elif existing[number][1]:
                    message = translate(
                        "importer", "'{number}' is a voided record ({kind})."
                    ).format(
                        number=number,
                        number_josa=particle(number, "은/는"),  # korean-data
                        kind=target.name,
                    )
                    problems.append(Problem(sheet, row_no, heading, message))

        lock_months(session, *(getattr(r, a) for spec, a in _DATED for _, r in rows[spec.name]))
        closed = closed_months(session)
        if closed:
            for spec, attr in _DATED:
                for row_no, record in rows[spec.name]:
                    day = getattr(record, attr)
                    if (day.year, day.month) in closed:
                        message = translate(
                            "importer", "{year}-{month} is closed: records cannot be added to it."
                        ).format(year=day.year, month=day.month)
                        problems.append(Problem(spec.name, row_no, _DATE_HEADINGS[attr], message))

        check(wb.OPENINGS.name, "employer_no", wb.EMPLOYERS, Employer.employer_no)
        for sheet in (
            wb.SESSIONS.name,
            wb.REFERRALS.name,
            wb.PLACEMENTS.name,
            wb.PARTICIPANTS.name,
        ):
            check(sheet, "seeker_no", wb.SEEKERS, JobSeeker.seeker_no)
        for sheet in (
            wb.REFERRALS.name,
            wb.PLACEMENTS.name,
            wb.EVENT_EMPLOYERS.name,
            wb.PARTICIPANTS.name,
        ):
            check(sheet, "opening_no", wb.OPENINGS, JobOpening.opening_no)
        for sheet in (wb.EVENT_EMPLOYERS.name, wb.PARTICIPANTS.name):
            check(sheet, "employer_no", wb.EMPLOYERS, Employer.employer_no)
            check(sheet, "event_no", wb.EVENTS, Event.event_no)
        self._check_event_rows(session, parsed, closed)

    def _check_event_rows(
        self, session: Session, parsed: _Parsed, closed: set[tuple[int, int]]
    ) -> None:
        """An employer or a person once per event; a hire (채용) only at an event already
        held and not in a closed month (it is a placement on the event's day)."""
        rows, problems = parsed.rows, parsed.problems
        for spec, attr, heading, model, target, link in (
            (
                wb.EVENT_EMPLOYERS,
                "employer_no",
                "업체번호",  # korean-data
                EventEmployer,
                Employer,
                EventEmployer.employer_id,
            ),
            (
                wb.PARTICIPANTS,
                "seeker_no",
                "구직자번호",  # korean-data
                EventParticipant,
                JobSeeker,
                EventParticipant.seeker_id,
            ),
        ):
            seen: dict[tuple[str, str], int] = {}
            for row_no, record in rows[spec.name]:
                key = (record.event_no, getattr(record, attr))
                if key in seen:
                    message = translate(
                        "importer", "'{who}' is also in row {row} for the same event."
                    ).format(
                        who=key[1],
                        who_josa=particle(key[1], "이/가"),  # korean-data
                        row=seen[key],
                    )
                    problems.append(Problem(spec.name, row_no, heading, message))
                seen.setdefault(key, row_no)
            # Already taking part in an event of the database.
            events = sorted({event for event, _ in seen})
            for start in range(0, len(events), _CHUNK):
                query = (
                    select(Event.event_no, getattr(target, attr))
                    .join(model, model.event_id == Event.id)
                    .join(target, target.id == link)
                    .where(
                        Event.event_no.in_(events[start : start + _CHUNK]), model.void.is_(False)
                    )
                )
                for event_no, who in session.execute(query):
                    key = (event_no, who)
                    if key in seen:
                        message = translate(
                            "importer", "'{who}' already takes part in this event ({event})."
                        ).format(
                            who=key[1],
                            who_josa=particle(key[1], "은/는"),  # korean-data
                            event=key[0],
                        )
                        problems.append(Problem(spec.name, seen[key], heading, message))
        self._check_event_openings(session, parsed)
        hires = [(n, r) for n, r in rows[wb.PARTICIPANTS.name] if r.result == HIRED]
        if not hires:
            return
        days = {r.event_no: r.held_on for _, r in rows[wb.EVENTS.name]}
        wanted = sorted({r.event_no for _, r in hires} - days.keys())
        for start in range(0, len(wanted), _CHUNK):
            query = select(Event.event_no, Event.held_on).where(
                Event.event_no.in_(wanted[start : start + _CHUNK])
            )
            days.update({number: day for number, day in session.execute(query)})
        lock_months(session, *days.values())
        today = self._today or date.today()
        for row_no, record in hires:
            day = days.get(record.event_no)
            if day is None:
                continue  # the missing event is a problem already
            if day > today:
                message = translate(
                    "importer", "A hire can be recorded only after the event day ({day})."
                ).format(day=day)
                problems.append(
                    Problem(wb.PARTICIPANTS.name, row_no, "결과", message)  # korean-data
                )
            elif (day.year, day.month) in closed:
                message = translate(
                    "importer",
                    "The event day is in {year}-{month}, a closed month: "
                    "a hire (placement) cannot be added.",
                ).format(year=day.year, month=day.month)
                problems.append(
                    Problem(wb.PARTICIPANTS.name, row_no, "결과", message)  # korean-data
                )

    @staticmethod
    def _check_event_openings(session: Session, parsed: _Parsed) -> None:
        """An opening named beside an employer (행사참여업체, 행사참여자) is that employer's."""
        rows, problems = parsed.rows, parsed.problems
        owner = {r.opening_no: r.employer_no for _, r in rows[wb.OPENINGS.name]}
        named = [
            (spec, row_no, r)
            for spec in (wb.EVENT_EMPLOYERS, wb.PARTICIPANTS)
            for row_no, r in rows[spec.name]
            if r.opening_no and r.employer_no
        ]
        wanted = sorted({r.opening_no for _, _, r in named} - owner.keys())
        for start in range(0, len(wanted), _CHUNK):
            query = (
                select(JobOpening.opening_no, Employer.employer_no)
                .join(Employer, Employer.id == JobOpening.employer_id)
                .where(JobOpening.opening_no.in_(wanted[start : start + _CHUNK]))
            )
            owner.update({opening: employer for opening, employer in session.execute(query)})
        for spec, row_no, r in named:
            if r.opening_no in owner and owner[r.opening_no] != r.employer_no:
                message = translate(
                    "importer", "Opening '{opening}' is not an opening of employer '{employer}'."
                ).format(
                    opening=r.opening_no,
                    opening_josa=particle(r.opening_no, "은/는"),  # korean-data
                    employer=r.employer_no,
                )
                problems.append(Problem(spec.name, row_no, "구인번호", message))  # korean-data

    # -- writing -----------------------------------------------------------------------

    def _write(
        self,
        session: Session,
        actor: Actor,
        path: Path,
        sha: str,
        parsed: _Parsed,
        report: Progress,
    ) -> ImportReport:
        rows = {name: [record for _, record in items] for name, items in parsed.rows.items()}
        total = sum(len(v) for v in rows.values())
        batch = ImportBatch(
            file_name=(mask(path.name) or "")[:255],
            sha256=sha,
            imported_by=actor.user_id,
            row_count=total,
        )
        session.add(batch)
        session.flush()
        now = utcnow()
        common = {
            "import_id": batch.id,
            "created_by": actor.user_id,
            "created_at": now,
            "void": False,
        }
        # The records appended with the daily counts', breakdowns' and search keys'
        # triggers set aside on SQLite, their work done once for the batch at the end
        # (store/bulk.py ``appending``); on PostgreSQL they fire row by row (setting them
        # aside would lock the tables against the desks until the import ends).
        connection = session.connection()
        set_aside = self.set_aside_triggers
        if set_aside is None:
            set_aside = connection.dialect.name == "sqlite"
        with bulk.appending(connection, batch.id, set_aside=set_aside):
            self._write_records(session, actor, rows, batch.id, common, report)
        report(len(wb.SHEETS) * 2, len(wb.SHEETS) * 2)
        counts = {spec.name: len(rows.get(spec.name, [])) for spec in wb.SHEETS}
        warnings = _capped(
            [*parsed.notes, *_duplicates(session, parsed.rows.get(wb.SEEKERS.name, []))]
        )
        return ImportReport(batch.id, batch.file_name, sha, counts, parsed.masked, warnings)

    def _write_records(
        self,
        session: Session,
        actor: Actor,
        rows: dict[str, list[Any]],
        import_id: int,
        common: dict[str, Any],
        report: Progress,
    ) -> None:
        """Every sheet's records, in the order they refer to each other."""
        desk_ids, site_ids = self.db.desk_ids(), self.db.site_ids()

        def place(record: Any) -> dict[str, Any]:
            code, site = record.desk.desk.code, record.desk.site
            return {
                "desk_id": desk_ids[code],
                "site_id": site_ids.get((code, site)) if site else None,
                **common,
            }

        match = self.classification.match_text  # the classification was read before this unit
        steps = len(wb.SHEETS)
        seekers = rows.get(wb.SEEKERS.name, [])
        accounts = self._counselor_accounts(session, seekers)
        self._insert(
            session,
            JobSeeker,
            [
                {
                    "seeker_no": r.seeker_no,
                    **rr.seeker_columns(r, r.desired_code or match(r.desired_job)),
                    "counselor_id": accounts.get(r.counselor_name),
                    **place(r),
                }
                for r in seekers
            ],
        )
        self._file_lists(session, seekers)
        report(steps + 1, steps * 2)
        employers = rows.get(wb.EMPLOYERS.name, [])
        self._insert(
            session,
            Employer,
            [
                {"employer_no": r.employer_no, **rr.employer_columns(r), "desk_id": None, **common}
                for r in employers
            ],
        )
        seeker_ids = self._ids(
            session,
            rows,
            "seeker_no",
            JobSeeker.seeker_no,
            (wb.SESSIONS, wb.REFERRALS, wb.PLACEMENTS),
        )
        employer_ids = self._ids(session, rows, "employer_no", Employer.employer_no, (wb.OPENINGS,))
        report(steps + 2, steps * 2)
        openings = rows.get(wb.OPENINGS.name, [])
        self._insert(
            session,
            JobOpening,
            [
                {
                    "opening_no": r.opening_no,
                    "employer_id": employer_ids[r.employer_no],
                    **rr.opening_columns(r, r.occupation_code or match(r.occupation)),
                    **place(r),
                }
                for r in openings
            ],
        )
        opening_ids = self._ids(
            session, rows, "opening_no", JobOpening.opening_no, (wb.REFERRALS, wb.PLACEMENTS)
        )
        report(steps + 3, steps * 2)
        self._insert(
            session,
            CounselingSession,
            [
                {"seeker_id": seeker_ids[r.seeker_no], **rr.session_columns(r), **place(r)}
                for r in rows.get(wb.SESSIONS.name, [])
            ],
        )
        report(steps + 4, steps * 2)
        self._insert(
            session,
            Referral,
            [
                {
                    "seeker_id": seeker_ids[r.seeker_no],
                    "opening_id": opening_ids[r.opening_no],
                    "referred_on": r.referred_on,
                    "outcome": r.outcome,
                    **place(r),
                }
                for r in rows.get(wb.REFERRALS.name, [])
            ],
        )
        report(steps + 5, steps * 2)
        placements = rows.get(wb.PLACEMENTS.name, [])
        referral_of = self._referrals_for(session, placements, seeker_ids, opening_ids)
        self._insert(
            session,
            Placement,
            [
                {
                    "seeker_id": seeker_ids[r.seeker_no],
                    "placed_on": r.placed_on,
                    "kind": (PlacementKind.REFERRAL if r.opening_no else PlacementKind.SELF).value,
                    "opening_id": opening_ids[r.opening_no] if r.opening_no else None,
                    "referral_id": referral_of.get(i),
                    "employer_name": r.employer_name,
                    "employment_type": r.employment_type,
                    "verification": enum_value(r.verification),
                    **place(r),
                }
                for i, r in enumerate(placements)
            ],
        )
        self._write_events(session, rows, desk_ids, site_ids, common, actor)

    def _write_events(
        self,
        session: Session,
        rows: dict[str, list[Any]],
        desk_ids: dict[str, int],
        site_ids: dict[tuple[str, str], int],
        common: dict[str, Any],
        actor: Actor,
    ) -> None:
        """The events, their employers and participants; each hire (채용) a placement at the
        event's desk on its day, linked from the participant."""
        events = rows.get(wb.EVENTS.name, [])
        self._insert(
            session,
            Event,
            [
                {
                    "event_no": r.event_no,
                    **event_columns(r),
                    "desk_id": desk_ids[r.desk.desk.code],
                    "site_id": site_ids.get((r.desk.desk.code, r.desk.site))
                    if r.desk.site
                    else None,
                    **common,
                }
                for r in events
            ],
        )
        employers, people = (
            rows.get(wb.EVENT_EMPLOYERS.name, []),
            rows.get(wb.PARTICIPANTS.name, []),
        )
        if not employers and not people:
            return
        sheets = (wb.EVENT_EMPLOYERS, wb.PARTICIPANTS)
        event_ids = self._ids(session, rows, "event_no", Event.event_no, sheets)
        employer_ids = self._ids(session, rows, "employer_no", Employer.employer_no, sheets)
        opening_ids = self._ids(session, rows, "opening_no", JobOpening.opening_no, sheets)
        seeker_ids = self._ids(session, rows, "seeker_no", JobSeeker.seeker_no, sheets)
        self._insert(
            session,
            EventEmployer,
            [
                {
                    "event_id": event_ids[r.event_no],
                    "employer_id": employer_ids[r.employer_no],
                    "recruits": r.recruits,
                    "opening_id": opening_ids[r.opening_no] if r.opening_no else None,
                    **common,
                }
                for r in employers
            ],
        )
        # Read once for every row: each event's day and desk, each opening's employer and
        # each employer's name.
        held = _by_id(
            session, Event.id, event_ids.values(), Event.held_on, Event.desk_id, Event.site_id
        )
        owner = {
            id_: row[0]
            for id_, row in _by_id(
                session, JobOpening.id, opening_ids.values(), JobOpening.employer_id
            ).items()
        }
        names = {
            id_: row[0]
            for id_, row in _by_id(
                session, Employer.id, [*employer_ids.values(), *owner.values()], Employer.name
            ).items()
        }
        for r in people:
            event_id = event_ids[r.event_no]
            opening_id = opening_ids[r.opening_no] if r.opening_no else None
            employer_id = employer_ids[r.employer_no] if r.employer_no else None
            if opening_id is not None and employer_id is None:
                employer_id = owner[opening_id]
            placement_id = None
            if r.result == HIRED:
                day, desk_id, site_id = held[event_id]
                name = names[employer_id] if employer_id is not None else None
                placement = Placement(
                    seeker_id=seeker_ids[r.seeker_no],
                    placed_on=day,
                    kind=PlacementKind.EVENT.value,
                    opening_id=opening_id,
                    employer_name=name,
                    desk_id=desk_id,
                    site_id=site_id,
                    **common,
                )
                session.add(placement)
                session.flush()
                placement_id = placement.id
            session.add(
                EventParticipant(
                    event_id=event_id,
                    seeker_id=seeker_ids[r.seeker_no],
                    employer_id=employer_id,
                    opening_id=opening_id,
                    interviewed=r.interviewed or r.result == HIRED,
                    result=r.result,
                    placement_id=placement_id,
                    **common,
                )
            )
        session.flush()

    @staticmethod
    def _counselor_accounts(session: Session, seekers: list[Any]) -> dict[str | None, int]:
        """The account each 담당상담사 names, where one does."""
        names = {r.counselor_name for r in seekers if r.counselor_name}
        found = {name: rr.counselor_account(session, name) for name in sorted(names)}
        return {name: account for name, account in found.items() if account is not None}

    def _file_lists(self, session: Session, seekers: list[Any]) -> None:
        """The target groups and 경력 of imported seekers (a group not in the list was
        refused while reading)."""
        with_lists = [r for r in seekers if r.groups or r.careers]
        if not with_lists:
            return
        ids = {
            number: id_
            for number, (id_, _) in _lookup(
                session, JobSeeker.seeker_no, JobSeeker.id, [r.seeker_no for r in with_lists]
            ).items()
        }
        groups = [row for r in with_lists for row in rr.group_rows(ids[r.seeker_no], r.groups)]
        careers = [row for r in with_lists for row in rr.career_rows(ids[r.seeker_no], r.careers)]
        self._insert(session, SeekerGroup, groups)
        self._insert(session, SeekerCareer, careers)

    @staticmethod
    def _insert(session: Session, model: Any, values: list[dict[str, Any]]) -> None:
        """Insert ``values`` (rows of ``model``'s table, by column) in the unit's transaction
        through the driver (``BulkWriter``: SQLite ``executemany``, PostgreSQL ``COPY``),
        as plain tuples: SQLAlchemy's per-value processing cost more than the insert.
        A column a row leaves out takes its scalar default, as an INSERT through
        SQLAlchemy gives it."""
        if not values:
            return
        table = model.__table__
        given = list(values[0])
        if any(len(row) != len(given) for row in values):
            given = list(dict.fromkeys(key for row in values for key in row))
        defaults: dict[str, Any] = {}
        for column in table.columns:
            default = column.default
            if column.name in given or default is None:
                continue  # left out: NULL or the server's default, as SQLAlchemy leaves it
            if not default.is_scalar:  # computed: SQLAlchemy's own insert calls it
                session.connection().execute(insert(table), values)
                return
            defaults[column.name] = default.arg
        writer = BulkWriter(session.connection())
        # Column by column (the rows are zipped from the columns): a date or a time is
        # bound as the driver takes it, by the column's type.
        by_column: list[Iterable[Any]] = []
        for name in given:
            cells = [row.get(name) for row in values]
            kind = table.columns[name].type
            if isinstance(kind, DateTime):
                cells = [None if v is None else writer.moment(v) for v in cells]
            elif isinstance(kind, Date):
                cells = [None if v is None else writer.day(v) for v in cells]
            by_column.append(cells)
        by_column += [itertools.repeat(default, len(values)) for default in defaults.values()]
        writer.write(table.name, [*given, *defaults], zip(*by_column, strict=True))

    @staticmethod
    def _ids(
        session: Session,
        rows: dict[str, list[Any]],
        attr: str,
        column: Column[str] | Any,
        sheets: tuple[wb.SheetSpec, ...],
    ) -> dict[str, int]:
        # Not every sheet has every reference (an event's employer names no seeker).
        found = (getattr(r, attr, None) for spec in sheets for r in rows.get(spec.name, []))
        wanted = {number for number in found if number is not None}
        return {
            number: id_
            for number, (id_, _) in _lookup(session, column, column.class_.id, wanted).items()
        }

    @staticmethod
    def _referrals_for(
        session: Session,
        placements: list[RecordPlacement],
        seeker_ids: dict[str, int],
        opening_ids: dict[str, int],
    ) -> dict[int, int]:
        """For each placement with a 구인번호: the latest referral of that seeker to that
        opening made on or before the placement date (its index → referral id)."""
        wanted = [
            (i, seeker_ids[p.seeker_no], opening_ids[p.opening_no], p.placed_on)
            for i, p in enumerate(placements)
            if p.opening_no
        ]
        if not wanted:
            return {}
        seekers = sorted({s for _, s, _, _ in wanted})
        found: dict[tuple[int, int], list[tuple[date, int]]] = defaultdict(list)
        for start in range(0, len(seekers), _CHUNK):
            query = select(
                Referral.seeker_id, Referral.opening_id, Referral.referred_on, Referral.id
            ).where(
                Referral.seeker_id.in_(seekers[start : start + _CHUNK]), Referral.void.is_(False)
            )
            for seeker_id, opening_id, referred_on, referral_id in session.execute(query):
                found[(seeker_id, opening_id)].append((referred_on, referral_id))
        result: dict[int, int] = {}
        for i, seeker_id, opening_id, placed_on in wanted:
            earlier = [c for c in found.get((seeker_id, opening_id), []) if c[0] <= placed_on]
            if earlier:
                result[i] = max(earlier)[1]
        return result
