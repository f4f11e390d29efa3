"""The records workbook (ARCHITECTURE.md): its sheets, columns and row validation.

Each sheet is described by a :class:`SheetSpec`. Its headings are the fields of
a kind of record (``deskapp.domain.commands``): the columns the format names first, then
the columns deskapp reads beyond them (occupation codes, employment types, the
rest of a seeker's file). :func:`clean_row` turns one row (a mapping from heading
to cell value) into the same typed command a form builds, or raises a
ValidationError listing every bad column of that row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from deskapp.domain import commands as c
from deskapp.domain import events as ev
from deskapp.domain.errors import ValidationError
from deskapp.domain.records import RecordKind
from deskapp.i18n import translate


@dataclass(frozen=True)
class SheetSpec:
    """A sheet of the workbook: its name, the record it holds, and its headings."""

    name: str
    kind: RecordKind
    required: tuple[str, ...]
    optional: tuple[str, ...]  # the optional columns ARCHITECTURE.md (The records workbook) names
    build: Callable[[Mapping[str, object], date, bool], Any]
    specs: tuple[c.FieldSpec, ...] = ()  # the fields, when not those of c.FIELDS[kind]

    @property
    def fields(self) -> tuple[c.FieldSpec, ...]:
        return self.specs or c.FIELDS[self.kind]

    @property
    def extensions(self) -> tuple[str, ...]:
        """Columns read beyond the format's: a value they cannot read is left empty with a warning,
        so that a workbook the format accepts is never refused for them."""
        base = set(self.required + self.optional)
        return tuple(s.heading for s in self.fields if s.heading not in base)

    @property
    def headings(self) -> tuple[str, ...]:
        return self.required + self.optional + self.extensions


SEEKERS = SheetSpec(
    "구직자",  # korean-data
    RecordKind.SEEKER,
    ("구직자번호", "성명", "등록창구", "등록일"),  # korean-data
    ("생년월일", "성별", "연락처", "주소", "희망직종", "담당상담사"),  # korean-data
    c.seeker_command,
)
EMPLOYERS = SheetSpec(
    "구인업체",  # korean-data
    RecordKind.EMPLOYER,
    ("업체번호", "업체명"),  # korean-data
    ("사업자등록번호", "업종", "주소", "담당자", "연락처"),  # korean-data
    c.employer_command,
)
OPENINGS = SheetSpec(
    "구인",  # korean-data
    RecordKind.OPENING,
    ("구인번호", "업체번호", "모집직종", "모집인원", "등록창구", "등록일"),  # korean-data
    ("임금", "마감일"),  # korean-data
    c.opening_command,
)
SESSIONS = SheetSpec(
    "상담",  # korean-data
    RecordKind.SESSION,
    ("구직자번호", "상담일", "상담창구"),  # korean-data
    ("상담방법", "상담사", "상담내용"),  # korean-data
    c.session_command,
)
REFERRALS = SheetSpec(
    "알선",  # korean-data
    RecordKind.REFERRAL,
    ("구직자번호", "구인번호", "알선일", "알선창구"),  # korean-data
    ("결과",),  # korean-data
    c.referral_command,
)
PLACEMENTS = SheetSpec(
    "취업",  # korean-data
    RecordKind.PLACEMENT,
    ("구직자번호", "취업일", "취업창구"),  # korean-data
    ("구인번호", "업체명", "고용형태"),  # korean-data
    c.placement_command,
)

# The event sheets (ARCHITECTURE.md).
EVENTS = SheetSpec(
    "행사",  # korean-data
    RecordKind.EVENT,
    ("행사번호", "행사명", "구분", "일자", "창구"),  # korean-data
    ("주관", "장소", "장소구분", "집계참여인원", "집계면접인원", "집계채용인원"),  # korean-data
    ev.event_command,
    ev.EVENT_FIELDS,
)
EVENT_EMPLOYERS = SheetSpec(
    "행사참여업체",  # korean-data
    RecordKind.EVENT_EMPLOYER,
    ("행사번호", "업체번호"),  # korean-data
    ("모집인원", "구인번호"),  # korean-data
    ev.event_employer_command,
    ev.EVENT_EMPLOYER_FIELDS,
)
PARTICIPANTS = SheetSpec(
    "행사참여자",  # korean-data
    RecordKind.EVENT_PARTICIPANT,
    ("행사번호", "구직자번호"),  # korean-data
    ("면접", "결과"),  # korean-data
    ev.participant_command,
    ev.PARTICIPANT_FIELDS,
)

#: The sheets in the order they are read (each may refer to those before it).
SHEETS: tuple[SheetSpec, ...] = (
    SEEKERS,
    EMPLOYERS,
    OPENINGS,
    SESSIONS,
    REFERRALS,
    PLACEMENTS,
    EVENTS,
    EVENT_EMPLOYERS,
    PARTICIPANTS,
)


def clean_row(spec: SheetSpec, values: Mapping[str, object], today: date) -> tuple[Any, int]:
    """Validate one row of ``spec``: its command (resident numbers masked in free text)
    and how many were masked."""
    command = spec.build(values, today, True)
    return c.mask_free(command, spec.fields)


@cache
def _extension_fields(spec: SheetSpec) -> tuple[tuple[str, c.FieldSpec], ...]:
    """(heading, field) of each extension column of ``spec`` (the sheets are constants)."""
    specs = {s.heading: s for s in spec.fields}
    return tuple((heading, specs[heading]) for heading in spec.extensions)


def lenient(spec: SheetSpec, values: dict[str, object], today: date) -> list[str]:
    """Empty the cells of the extension columns that cannot be read (in ``values``);
    what was emptied, as warnings."""
    notes: list[str] = []
    for heading, field in _extension_fields(spec):
        raw = values.get(heading)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        try:
            c.parse_field(field, raw, today)
        except ValidationError as error:
            values[heading] = None
            message = translate("workbook", "'{column}': {message} The cell is left empty.")
            notes.append(message.format(column=heading, message=error.message))

    return notes
