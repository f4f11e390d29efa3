"""A closed month refuses every write dated in it, whichever service or path it comes by,
on SQLite and PostgreSQL; the refusal names the month in Korean and writes nothing; and the
month's table keeps showing its frozen figures even when its records are changed behind
the application's back (a tamperer, a restore), while ``deskapp check`` tells which month
moved.

``CASES`` holds one attempt per write path. ``CALLERS`` says which cases reach each
function that keeps the closed-month rule (``deskapp.services.rules.month_lock``);
``test_every_keeper_of_the_month_lock_is_tried`` reads the services' source and fails when
a function calls the rule without being listed here, so a new write path gets its case.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from conftest import add_seeker, counselor_at, rows
from sqlalchemy import select, text
from workbooks import write_book

import deskapp.services
from deskapp.domain.access import Actor
from deskapp.domain.commands import (
    ChangeRecord,
    LogSession,
    RecordPlacement,
    Refer,
    RegisterEmployer,
    RegisterOpening,
    RegisterSeeker,
)
from deskapp.domain.dates import Period
from deskapp.domain.errors import ValidationError, WorkbookRejected
from deskapp.domain.events import (
    AddEventEmployer,
    AddParticipant,
    EventDetails,
    EventKind,
    SetResult,
)
from deskapp.domain.outreach import ContactKind, LogContact, SignAgreement
from deskapp.domain.programmes import (
    AddProgrammeSession,
    CreateProgramme,
    Enrol,
    ProgrammeFields,
)
from deskapp.domain.records import CloseReason, RecordKind
from deskapp.domain.stats import MEASURE_KEYS
from deskapp.services.workspace import Workspace
from deskapp.store.models import Base

CLOSED = (2018, 9)
SEPTEMBER = Period.month(*CLOSED)
#: How every refusal names the closed month (Korean: "2018년 9월").
MONTH_NAMED = "2018년 9월"


@dataclass(frozen=True)
class World:
    """September 2018 with a record of every kind in it, closed; October open."""

    workspace: Workspace
    admin: Actor
    lead: Actor
    plus: Actor
    seeker: str  # registered in September, with a session, referral and placement there
    seeker_id: int
    other: str  # registered in September, nothing else
    october: str  # registered in October, for a September hire
    employer: str
    opening: str  # registered in September
    session_id: int
    october_session_id: int
    referral_id: int
    placement_id: int
    event: str  # held in September: one participant hired, one not
    hired_id: int
    waiting_id: int
    duplicate_id: int  # registered in September, not merged
    keeper_id: int  # registered in October
    merge_id: int  # a September registration merged into ``keeper_id`` before the close
    placed_late_id: int  # registered in October, placed in September, not merged
    unmerge_id: int  # an October registration placed in September, merged before the close
    programme_id: int
    programme_session_id: int  # in September, counted as 상담
    enrolment_id: int
    contact_id: int
    agreement_id: int
    tmp: Path


def build(workspace: Workspace, admin: Actor, lead: Actor, tmp: Path) -> World:
    """Records of every kind dated in September (and a few in October), then September
    closed by the team lead."""
    plus = counselor_at(workspace, admin, "plus")
    records = workspace.records
    seeker = add_seeker(workspace, plus, "김구월", "2018-09-03")
    other = add_seeker(workspace, plus, "이구월", "2018-09-03")
    october = add_seeker(workspace, plus, "한시월", "2018-10-01").number
    employer = records.register_employer(plus, RegisterEmployer("(주)가산구월")).number
    opening = records.register_opening(
        plus, RegisterOpening(employer, "경비", 3, date(2018, 9, 3))
    ).number
    session_id = records.log_session(plus, LogSession(seeker.number, date(2018, 9, 5))).id
    october_session = records.log_session(plus, LogSession(seeker.number, date(2018, 10, 2))).id
    referral_id = records.refer(plus, Refer(seeker.number, opening, date(2018, 9, 6))).id
    placement_id = records.record_placement(
        plus, RecordPlacement(seeker.number, date(2018, 9, 10))
    ).id
    events = workspace.events
    event = events.create_event(
        plus, EventDetails("9월 일구데이", EventKind.ILGU_DAY, date(2018, 9, 12))
    ).number
    events.add_employer(plus, AddEventEmployer(event, employer, 2, opening))
    second = records.register_employer(plus, RegisterEmployer("(주)독산구월")).number
    events.add_employer(plus, AddEventEmployer(event, second, 1))
    hired = events.add_participant(
        plus, AddParticipant(event, other.number, True, "채용", employer_no=employer)
    ).id
    waiting = events.add_participant(plus, AddParticipant(event, seeker.number, True)).id
    duplicate = add_seeker(workspace, plus, "김구월", "2018-09-04").id
    keeper = add_seeker(workspace, plus, "박시월", "2018-10-02").id
    merged = add_seeker(workspace, plus, "박시월", "2018-09-07").id
    merge_id = workspace.merging.merge(lead, keeper, merged)
    # Registered in October, placed in September: merging either moves a September
    # placement to a person already placed there (취업자수 counts people).
    placed_late = add_seeker(workspace, plus, "이구월", "2018-10-04")
    records.record_placement(plus, RecordPlacement(placed_late.number, date(2018, 9, 26)))
    unmerged = add_seeker(workspace, plus, "김구월", "2018-10-03")
    records.record_placement(plus, RecordPlacement(unmerged.number, date(2018, 9, 25)))
    unmerge_id = workspace.merging.merge(lead, seeker.id, unmerged.id)
    programmes = workspace.programmes
    programme_id = programmes.create(
        plus,
        CreateProgramme(ProgrammeFields("구월캠프", date(2018, 9, 1), ends_on=date(2018, 12, 31))),
    ).id
    enrolment_id = programmes.enrol(plus, Enrol(programme_id, seeker.number, date(2018, 9, 3))).id
    programme_session_id = programmes.add_session(
        plus,
        AddProgrammeSession(
            programme_id, date(2018, 9, 14), (seeker.number,), counts_as_session=True
        ),
    ).id
    outreach = workspace.outreach
    contact_id = outreach.log_contact(
        plus, LogContact(employer, date(2018, 9, 17), ContactKind.VISIT)
    ).id
    agreement_id = outreach.sign_agreement(
        plus, SignAgreement(employer, date(2018, 9, 18), date(2018, 10, 1), 2)
    ).id
    workspace.month_close.close_month(lead, *CLOSED)
    return World(
        workspace,
        admin,
        lead,
        plus,
        seeker.number,
        seeker.id,
        other.number,
        october,
        employer,
        opening,
        session_id,
        october_session,
        referral_id,
        placement_id,
        event,
        hired,
        waiting,
        duplicate,
        keeper,
        merge_id,
        placed_late.id,
        unmerge_id,
        programme_id,
        programme_session_id,
        enrolment_id,
        contact_id,
        agreement_id,
        tmp,
    )


def _import(w: World, sheets: dict[str, list[list[object]]]) -> None:
    w.workspace.imports.import_workbook(w.admin, write_book(w.tmp / "late.xlsx", sheets))


def _change(w: World, kind: RecordKind, key: object, changes: dict[str, str]) -> None:
    w.workspace.corrections.change(w.lead, ChangeRecord(kind, str(key), changes, "정정"))


def _event_details(day: date) -> EventDetails:
    return EventDetails("9월 일구데이", EventKind.ILGU_DAY, day, venue="구청")


#: One attempt per write path against September, by name. Each must be refused.
CASES: dict[str, Callable[[World], object]] = {
    # Registrations of each kind, sessions, referrals, placements (and outcomes below).
    "register_seeker": lambda w: w.workspace.records.register_seeker(
        w.plus, RegisterSeeker(name="최늦음", registered_on=date(2018, 9, 20), consented=True)
    ),
    "register_opening": lambda w: w.workspace.records.register_opening(
        w.plus, RegisterOpening(w.employer, "청소", 1, date(2018, 9, 20))
    ),
    "log_session": lambda w: w.workspace.records.log_session(
        w.plus, LogSession(w.seeker, date(2018, 9, 20))
    ),
    "refer": lambda w: w.workspace.records.refer(
        w.plus, Refer(w.other, w.opening, date(2018, 9, 20))
    ),
    "record_placement": lambda w: w.workspace.records.record_placement(
        w.plus, RecordPlacement(w.other, date(2018, 9, 20))
    ),
    # Voids of each kind.
    "void_seeker": lambda w: w.workspace.records.void(
        w.plus, RecordKind.SEEKER, w.duplicate_id, "중복"
    ),
    "void_opening": lambda w: w.workspace.records.void(
        w.plus, RecordKind.OPENING, _id_of(w, "job_openings", "opening_no", w.opening), "오기"
    ),
    "void_session": lambda w: w.workspace.records.void(
        w.plus, RecordKind.SESSION, w.session_id, "오기"
    ),
    "void_referral": lambda w: w.workspace.records.void(
        w.plus, RecordKind.REFERRAL, w.referral_id, "오기"
    ),
    "void_placement": lambda w: w.workspace.records.void(
        w.plus, RecordKind.PLACEMENT, w.placement_id, "오기"
    ),
    # Edits: a field of a record dated in September, a record moved into September, the
    # referral's outcome, the opening's close, the seeker's counselor.
    "edit_seeker": lambda w: _change(w, RecordKind.SEEKER, w.seeker, {"연락처": "01012345678"}),
    "edit_opening": lambda w: _change(w, RecordKind.OPENING, w.opening, {"모집인원": "5"}),
    "edit_placement_date": lambda w: _change(
        w, RecordKind.PLACEMENT, w.placement_id, {"취업일": "2018-10-01"}
    ),
    "edit_into_september": lambda w: _change(
        w, RecordKind.SESSION, w.october_session_id, {"상담일": "2018-09-28"}
    ),
    "record_outcome": lambda w: w.workspace.corrections.record_outcome(
        w.plus, w.referral_id, "채용"
    ),
    "close_opening": lambda w: w.workspace.corrections.close_opening(
        w.plus, w.opening, CloseReason.FILLED
    ),
    "reassign_counselor": lambda w: w.workspace.corrections.reassign(
        w.lead, [w.seeker_id], w.lead.username, "담당 변경"
    ),
    # Merges: a September registration merged away, and a merge of one undone.
    "merge": lambda w: w.workspace.merging.merge(w.lead, w.seeker_id, w.duplicate_id),
    "undo_merge": lambda w: w.workspace.merging.undo_merge(w.lead, w.merge_id),
    "merge_moving_a_placement": lambda w: w.workspace.merging.merge(
        w.lead, _id_of(w, "job_seekers", "seeker_no", w.other), w.placed_late_id
    ),
    "undo_merge_moving_a_placement": lambda w: w.workspace.merging.undo_merge(w.lead, w.unmerge_id),
    # Imports: a row of each dated sheet, and an event hire.
    "import_seeker": lambda w: _import(
        w,
        {
            "구직자": [
                ["구직자번호", "성명", "등록창구", "등록일"],
                ["L1", "정늦음", "plus", "2018-09-21"],
            ]
        },
    ),
    "import_opening": lambda w: _import(
        w,
        {
            "구인": [
                ["구인번호", "업체번호", "모집직종", "모집인원", "등록창구", "등록일"],
                ["LJ1", w.employer, "청소", 1, "plus", "2018-09-21"],
            ]
        },
    ),
    "import_session": lambda w: _import(
        w, {"상담": [["구직자번호", "상담일", "상담창구"], [w.seeker, "2018-09-21", "plus"]]}
    ),
    "import_referral": lambda w: _import(
        w,
        {
            "알선": [
                ["구직자번호", "구인번호", "알선일", "알선창구"],
                [w.other, w.opening, "2018-09-21", "plus"],
            ]
        },
    ),
    "import_placement": lambda w: _import(
        w, {"취업": [["구직자번호", "취업일", "취업창구"], [w.other, "2018-09-21", "plus"]]}
    ),
    "import_event_hire": lambda w: _import(
        w,
        {
            "행사참여자": [
                ["행사번호", "구직자번호", "면접", "결과"],
                [w.event, w.october, "예", "채용"],
            ]
        },
    ),
    # Events: the event moved or corrected, hires made, changed and undone, voids.
    "update_event": lambda w: w.workspace.events.update_event(
        w.plus, w.event, _event_details(date(2018, 9, 12)), "장소 정정"
    ),
    "update_event_out_of_september": lambda w: w.workspace.events.update_event(
        w.plus, w.event, _event_details(date(2018, 10, 12)), "일자 정정"
    ),
    "add_hired_participant": lambda w: w.workspace.events.add_participant(
        w.plus, AddParticipant(w.event, w.october, True, "채용")
    ),
    "set_result_hired": lambda w: w.workspace.events.set_result(
        w.plus, SetResult(w.waiting_id, True, "채용")
    ),
    "set_result_unhired": lambda w: w.workspace.events.set_result(
        w.plus, SetResult(w.hired_id, True, "불합격")
    ),
    "set_result_other_employer": lambda w: w.workspace.events.set_result(
        w.plus, SetResult(w.hired_id, True, "채용", employer_no=_second_employer(w))
    ),
    "void_participant": lambda w: w.workspace.events.void(
        w.plus, RecordKind.EVENT_PARTICIPANT, w.hired_id, "오기"
    ),
    "void_event": lambda w: w.workspace.events.void(
        w.plus, RecordKind.EVENT, _id_of(w, "events", "event_no", w.event), "취소"
    ),
    # Programmes: a session counted as 상담, and voids taking 상담 with them.
    "add_programme_session": lambda w: w.workspace.programmes.add_session(
        w.plus,
        AddProgrammeSession(w.programme_id, date(2018, 9, 21), (w.seeker,), counts_as_session=True),
    ),
    "void_programme_session": lambda w: w.workspace.programmes.void(
        w.plus, RecordKind.PROGRAMME_SESSION, w.programme_session_id, "오기"
    ),
    "void_enrolment": lambda w: w.workspace.programmes.void(
        w.plus, RecordKind.ENROLMENT, w.enrolment_id, "오기"
    ),
    "void_programme": lambda w: w.workspace.programmes.void(
        w.plus, RecordKind.PROGRAMME, w.programme_id, "취소"
    ),
    # Employer outreach: contacts and agreements, made and voided.
    "log_contact": lambda w: w.workspace.outreach.log_contact(
        w.plus, LogContact(w.employer, date(2018, 9, 20), ContactKind.PHONE)
    ),
    "sign_agreement": lambda w: w.workspace.outreach.sign_agreement(
        w.plus, SignAgreement(w.employer, date(2018, 9, 20), date(2018, 10, 1), 1)
    ),
    "void_contact": lambda w: w.workspace.outreach.void(
        w.plus, RecordKind.CONTACT, w.contact_id, "오기"
    ),
    "void_agreement": lambda w: w.workspace.outreach.void(
        w.plus, RecordKind.AGREEMENT, w.agreement_id, "오기"
    ),
}

#: Each function that keeps the closed-month rule (``module.function``, as the services'
#: source names it) and the cases that reach it. The close and reopen themselves hold the
#: month's lock exclusively and are tried in tests/test_month_close_race.py.
CALLERS: dict[str, tuple[str, ...]] = {
    "records.register_seeker": ("register_seeker",),
    "records.register_opening": ("register_opening",),
    "records.log_session": ("log_session",),
    "records.refer": ("refer",),
    "records.record_placement": ("record_placement",),
    "records.void": (
        "void_seeker",
        "void_opening",
        "void_session",
        "void_referral",
        "void_placement",
    ),
    "corrections.change": (
        "edit_seeker",
        "edit_opening",
        "edit_placement_date",
        "edit_into_september",
        "record_outcome",
        "close_opening",
    ),
    "corrections.reassign": ("reassign_counselor",),
    "merging.merge": ("merge", "merge_moving_a_placement"),
    "merging.undo_merge": ("undo_merge", "undo_merge_moving_a_placement"),
    "importer._check_references": (
        "import_seeker",
        "import_opening",
        "import_session",
        "import_referral",
        "import_placement",
    ),
    "importer._check_event_rows": ("import_event_hire",),
    "events.update_event": ("update_event", "update_event_out_of_september"),
    "events._hire": ("add_hired_participant", "set_result_hired"),
    "events._rehire": ("set_result_other_employer",),
    "events._unhire": ("set_result_unhired", "void_participant", "void_event"),
    "programmes.add_session": ("add_programme_session",),
    "programmes._void_counseling": ("void_programme_session", "void_enrolment", "void_programme"),
    "outreach.log_contact": ("log_contact",),
    "outreach.sign_agreement": ("sign_agreement",),
    "outreach.void": ("void_contact", "void_agreement"),
    "month_close.close_month": (),
    "month_close.reopen_month": (),
}

#: The rule's functions (``deskapp.services.rules.month_lock``).
RULE = {"refuse_if_closed", "closed_months", "lock_months"}


def _id_of(w: World, table: str, column: str, number: str) -> int:
    [(found,)] = rows(w.workspace, f"SELECT id FROM {table} WHERE {column} = '{number}'")
    assert isinstance(found, int)
    return found


def _second_employer(w: World) -> str:
    [(number,)] = rows(w.workspace, "SELECT employer_no FROM employers WHERE name = '(주)독산구월'")
    return str(number)


def dump(workspace: Workspace) -> dict[str, list[str]]:
    """Every row of every table, as text: what a refused write must leave as it was."""
    with workspace.db.engine.connect() as connection:
        return {
            table.name: sorted(repr(tuple(row)) for row in connection.execute(select(table)))
            for table in Base.metadata.sorted_tables
        }


def _changed(before: dict[str, list[str]], after: dict[str, list[str]]) -> dict[str, int]:
    """Per table that changed, how many rows it gained (negative: lost)."""
    return {
        name: len(after[name]) - len(before[name]) for name in before if before[name] != after[name]
    }


@pytest.mark.parametrize("case", list(CASES))
def test_a_closed_month_refuses_the_write_and_writes_nothing(
    workspace: Workspace, admin: Actor, team_lead: Actor, tmp_path: Path, case: str
) -> None:
    w = build(workspace, admin, team_lead, tmp_path)
    frozen = workspace.statistics.table(admin, SEPTEMBER)
    before = dump(workspace)
    if case.startswith("import_"):
        with pytest.raises(WorkbookRejected) as rejected:
            CASES[case](w)
        messages = [p.message for p in rejected.value.problems]
        assert messages and all(MONTH_NAMED in m and "마감" in m for m in messages), messages
        # A refused import is logged as refused (one access-log line); nothing else is.
        assert _changed(before, dump(workspace)) == {"access_log": 1, "log_chain": 0}
        [(detail,)] = rows(
            workspace, "SELECT detail FROM access_log WHERE id = (SELECT max(id) FROM access_log)"
        )
        assert "late.xlsx" in str(detail) and "거부" in str(detail)
    else:
        with pytest.raises(ValidationError) as refused:
            CASES[case](w)
        assert refused.value.field == "마감", refused.value.message
        assert MONTH_NAMED in refused.value.message
        assert dump(workspace) == before
    assert workspace.statistics.table(admin, SEPTEMBER) == frozen
    assert workspace.check.run().closes == []


def keepers_of_the_rule() -> set[str]:
    """``module.function`` of every function in ``deskapp/services`` that calls the
    closed-month rule (the rule's own module aside)."""
    root = Path(deskapp.services.__file__).parent
    found = set()
    for path in sorted(root.rglob("*.py")):
        if path.parent.name == "rules" and path.stem == "month_lock":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if not isinstance(node, ast.Call):
                    continue
                called = node.func
                name = (
                    called.id
                    if isinstance(called, ast.Name)
                    else called.attr
                    if isinstance(called, ast.Attribute)
                    else None
                )
                if name in RULE:
                    found.add(f"{path.stem}.{function.name}")
    return found


def test_every_keeper_of_the_month_lock_is_tried() -> None:
    """A function that calls the rule and is not in CALLERS is a write path no case tries:
    add a case for it (and list it) before relying on it."""
    assert keepers_of_the_rule() == set(CALLERS)
    listed = [case for cases in CALLERS.values() for case in cases]
    assert set(listed) == set(CASES), "each case reaches a listed keeper, and only cases do"


def test_the_closed_months_table_shows_its_frozen_figures_whatever_its_records_became(
    workspace: Workspace, admin: Actor, team_lead: Actor, tmp_path: Path
) -> None:
    """Records of a closed month changed behind the application's back (raw SQL, as a
    tamperer or a restore of another copy would): the month's table and its row of the
    monthly series keep the frozen figures, and ``deskapp check`` names what moved."""
    w = build(workspace, admin, team_lead, tmp_path)
    frozen = workspace.statistics.table(admin, SEPTEMBER)
    plus = frozen.by_desk["plus"]
    assert (plus.job_openings, plus.sessions, plus.referrals, plus.placements) == (1, 2, 1, 3)
    with workspace.db.engine.begin() as connection:  # behind deskapp's back
        connection.execute(text("UPDATE placements SET void = TRUE"))
        connection.execute(
            text("UPDATE counseling_sessions SET session_on = :day WHERE id = :id"),
            {"day": date(2018, 10, 15), "id": w.session_id},
        )
        connection.execute(text("UPDATE job_openings SET void = TRUE"))
        connection.execute(text("UPDATE referrals SET desk_id = :desk"), {"desk": _desk(w)})
    # The records moved: a drill-down lists what is there now.
    for measure, now in (("placements", 0), ("sessions", 1), ("job_openings", 0)):
        assert len(workspace.drill_down.drill_down(admin, SEPTEMBER, "plus", measure)) == now
    assert workspace.statistics.table(admin, SEPTEMBER) == frozen
    series = workspace.statistics.monthly(admin, Period.year(2018))
    assert series.months[8].month == "2018-09" and series.months[8].table == frozen
    # October, open, counts the session that moved there.
    october = workspace.statistics.table(admin, Period.month(2018, 10))
    assert october.by_desk["plus"].sessions == 2
    report = workspace.check.run()
    moved = {
        (desk, measure)
        for line in report.closes
        for desk in ("일자리플러스센터", "G밸리 일자리상담창구")
        for measure in MEASURE_KEYS
        if line.startswith(f"2018년 9월 {desk} {measure}:")
    }
    assert moved == {
        ("일자리플러스센터", "job_openings"),
        ("일자리플러스센터", "sessions"),
        ("일자리플러스센터", "referrals"),
        ("일자리플러스센터", "placements"),
        ("G밸리 일자리상담창구", "referrals"),
    }, report.closes
    assert len(report.closes) == len(moved) and not report.ok
    frozen_row = json.loads(str(rows(workspace, "SELECT frozen FROM month_closes")[0][0]))
    assert frozen_row["plus"]["placements"] == 3


def _desk(w: World) -> int:
    return w.workspace.db.desk_ids()["gvalley"]
