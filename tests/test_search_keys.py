"""The search keys: the search box, and the employer and opening lists, answer from them
exactly as a scan of every record would, and they follow every change of a seeker
(registration, correction, voiding, merging, anonymizing, purging), an employer or an
opening (registration, correction, voiding, moving, deleting)."""

from __future__ import annotations

import random
import re
from datetime import date
from typing import Any

import pytest
from conftest import counselor_at, rows

from deskapp.domain.access import Actor
from deskapp.domain.business import business_no_check_digit
from deskapp.domain.commands import ChangeRecord, RegisterEmployer, RegisterOpening, RegisterSeeker
from deskapp.domain.hangul import has_choseong, initials, match_position
from deskapp.domain.records import RecordKind, Role
from deskapp.services.rules import seeker_search
from deskapp.services.workspace import Workspace
from deskapp.store import job_search_keys, search_keys

SURNAMES = ["김", "이", "홍", "고", "강", "한", "남궁"]
SYLLABLES = ["민", "수", "지", "길", "동", "기", "김", "홍", "경", "아"]
ENDINGS = ["1234", "5678", "0000", "4321"]


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3)))


def _phone(rng: random.Random) -> str | None:
    if rng.random() < 0.1:
        return None
    if rng.random() < 0.1:  # a landline, of other digits
        return "02" + "".join(rng.choice("456789") for _ in range(rng.randint(7, 8)))
    return "010" + "".join(rng.choice("0123") for _ in range(4)) + rng.choice(ENDINGS)


def scan(ws: Workspace, actor: Actor, text: str, limit: int = 50) -> list[int]:
    """The search box's order, by reading every seeker (what the keys must reproduce)."""
    own = ws.db.desk_ids().get(actor.desk or "", -1)
    seekers = rows(
        ws,
        "SELECT id, name, name_initials, phone, desk_id, registered_on, void, "
        "seeker_no FROM job_seekers",
    )
    live = [r for r in seekers if not r[6]]
    found = [int(str(r[0])) for r in live if r[7] == text]
    digits = re.sub(r"\D", "", text)
    chosen: list[tuple[Any, ...]]
    if digits and len(digits) == len(re.sub(r"[\s\-]", "", text)):
        if len(digits) == 4:
            chosen = [(2, 0, r) for r in live if str(r[3] or "").endswith(digits)]
        else:
            chosen = [(2, 0, r) for r in live if digits in str(r[3] or "")]
    elif re.search(r"\d", text):
        chosen = []
    elif has_choseong(text):
        wanted = initials(text)
        matched = [r for r in live if wanted in str(r[2])]
        rank = {r[0]: 0 if str(r[2]).startswith(wanted) else 1 for r in matched}
        counts: dict[tuple[int, str], int] = {}
        for r in matched:
            beginning = (rank[r[0]], str(r[1])[: len(text)])
            counts[beginning] = counts.get(beginning, 0) + 1
        chosen = [
            (
                rank[r[0]],
                -counts[(0, str(r[1])[: len(text)])] if rank[r[0]] == 0 and len(text) > 1 else 0,
                r,
            )
            for r in matched
            if match_position(str(r[1]), text) >= 0
        ]
    else:
        chosen = [
            (0 if r[1] == text else 1 if str(r[1]).startswith(text) else 2, 0, r)
            for r in live
            if text in str(r[1])
        ]
    chosen.sort(key=lambda c: (c[0], c[1], c[2][4] != own, _days(c[2][5]), -c[2][0]))
    found += [int(str(c[2][0])) for c in chosen if c[2][0] not in found]
    return found[:limit]


def _days(value: object) -> int:
    return -date.fromisoformat(str(value)).toordinal()


def _queries(ws: Workspace, rng: random.Random) -> list[str]:
    names = [str(r[0]) for r in rows(ws, "SELECT name FROM job_seekers WHERE NOT void")]
    found = {
        "김",
        "김민",
        "ㄱ",
        "ㄱㅁ",
        "ㄱㅁㅅ",
        "홍ㄱ",
        "김ㅁ",
        "ㄱ민",
        "1234",
        "12",
        "0101",
        "1",
        "123",
        "01012",
        "010-1",
        "남궁민수",
    }
    phones = [str(r[0]) for r in rows(ws, "SELECT phone FROM job_seekers WHERE phone IS NOT NULL")]
    for phone in rng.sample(phones, min(25, len(phones))):  # any part of a phone, as typed
        start, n = rng.randrange(len(phone)), rng.randint(1, 8)
        piece = phone[start : start + n]
        found |= {piece, piece[:3] + "-" + piece[3:] if len(piece) > 3 else piece}
    found |= {"9", "99", "999", "56789", "0000", "12 34", "1234-5678", "010-0123-1234"}
    for name in rng.sample(names, min(25, len(names))):
        start = rng.randrange(len(name))
        piece = name[start : start + rng.randint(1, 4)]
        found |= {piece, initials(piece)}
        if len(piece) > 1:  # mixed: a syllable and 초성
            found |= {piece[0] + initials(piece[1:]), initials(piece[0]) + piece[1:]}
    return sorted(found)


def _compare(ws: Workspace, actors: list[Actor], queries: list[str]) -> None:
    for actor in actors:
        for text in queries:
            got = [s.id for s in ws.browse.search_seekers(actor, text)]
            assert got == scan(ws, actor, text), (actor.desk, text)
            short = [s.id for s in ws.browse.search_seekers(actor, text, limit=3)]
            assert short == scan(ws, actor, text, limit=3), (actor.desk, text)


def _stale(ws: Workspace) -> dict[str, int]:
    with ws.db.engine.connect() as connection:
        return search_keys.problems(connection)


def test_search_from_the_keys_ranks_as_a_scan_of_every_record(
    workspace: Workspace, admin: Actor
) -> None:
    rng = random.Random(18)
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    lead = workspace.accounts.create_user(admin, "lead", "lead-Passw0rd!x", Role.TEAM_LEAD)
    saved = []
    for _ in range(160):
        actor = rng.choice([plus, gvalley])
        saved.append(
            workspace.records.register_seeker(
                actor,
                RegisterSeeker(
                    name=_name(rng),
                    phone=_phone(rng),
                    registered_on=date(2018, rng.randint(1, 9), rng.randint(1, 28)),
                    consented=True,
                ),
            )
        )
    actors = [plus, gvalley, admin]
    _compare(workspace, actors, _queries(workspace, rng))
    assert _stale(workspace) == {}

    # Corrections of the name and the phone, voiding, merging: the triggers follow.
    for s in rng.sample(saved, 20):
        changes = {"성명": _name(rng), "연락처": _phone(rng) or ""}
        workspace.corrections.change(
            admin, ChangeRecord(RecordKind.SEEKER, s.number, changes, "정정")
        )
    for s in rng.sample(saved, 10):
        workspace.records.void(admin, RecordKind.SEEKER, s.id, "잘못 등록")
    live = [
        s
        for s in saved
        if rows(workspace, f"SELECT void FROM job_seekers WHERE id = {s.id}") == [(0,)]
    ]
    keep, merged = live[0], live[1]
    workspace.merging.merge(lead, keep.id, merged.id, different_reason="같은 사람")
    # The retention purge's anonymizing, and a seeker deleted outright.
    with workspace.db.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE job_seekers SET name = '(익명)', name_initials = '', phone = NULL "
            f"WHERE id IN ({live[2].id}, {live[3].id})"
        )
    _compare(workspace, actors, _queries(workspace, rng))
    assert _stale(workspace) == {}


def test_a_stale_search_index_is_found_and_rebuilt(workspace: Workspace, admin: Actor) -> None:
    plus = counselor_at(workspace, admin, "plus")
    for name in ("김민수", "김민지", "홍길동"):
        workspace.records.register_seeker(
            plus, RegisterSeeker(name=name, registered_on=date(2018, 1, 2), consented=True)
        )
    assert _stale(workspace) == {}
    with workspace.db.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM seeker_search_keys WHERE key = '민'")
        connection.exec_driver_sql("UPDATE seeker_name_beginnings SET n = 7 WHERE beginning = '김'")
    assert _stale(workspace) == {"seeker_search_keys": 2, "seeker_name_beginnings": 2}
    report = workspace.check.run()
    assert not report.ok
    assert any("seeker_search_keys" in line for line in report.lines())
    with workspace.db.engine.begin() as connection:
        search_keys.rebuild_search_keys(connection)
    assert _stale(workspace) == {}
    assert workspace.check.run().ok
    assert [s.name for s in workspace.browse.search_seekers(plus, "민")] == ["김민지", "김민수"]


@pytest.mark.parametrize("text", ["김", "ㄱㅁ"])
def test_search_keys_leave_out_void_seekers(workspace: Workspace, admin: Actor, text: str) -> None:
    plus = counselor_at(workspace, admin, "plus")
    s = workspace.records.register_seeker(
        plus, RegisterSeeker(name="김민수", registered_on=date(2018, 1, 2), consented=True)
    )
    assert [x.id for x in workspace.browse.search_seekers(plus, text)] == [s.id]
    workspace.records.void(plus, RecordKind.SEEKER, s.id, "잘못 등록")
    assert workspace.browse.search_seekers(plus, text) == []
    assert rows(workspace, "SELECT count(*) FROM seeker_search_keys") == [(0,)]
    assert rows(workspace, "SELECT count(*) FROM seeker_name_beginnings") == [(0,)]


def test_digits_too_rare_among_the_newest_are_found_in_the_phones_pieces(
    workspace: Workspace, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small pages, and only 16 newest seekers looked at: one or two digits held by few
    # phones are then found in every piece of three holding them, key ranges read on
    # page after page.
    monkeypatch.setattr(seeker_search, "_PAGE", 2)
    monkeypatch.setattr(seeker_search, "_SCANNED", 16)
    rng = random.Random(1803)
    plus = counselor_at(workspace, admin, "plus")
    gvalley = counselor_at(workspace, admin, "gvalley")
    for _ in range(90):
        workspace.records.register_seeker(
            rng.choice([plus, gvalley]),
            RegisterSeeker(
                name=_name(rng),
                phone=_phone(rng),
                registered_on=date(2018, rng.randint(1, 9), rng.randint(1, 28)),
                consented=True,
            ),
        )
    digits = [q for q in _queries(workspace, rng) if re.fullmatch(r"[\d\s\-]+", q)]
    digits += [str(d) for d in range(10)] + ["45", "89", "00", "0", "2"]
    _compare(workspace, [plus, gvalley, admin], sorted(set(digits)))


EMPLOYER_WORDS = ["(주)", "주식회사 ", "삼성", "반도체", "Tech", "tech", "한빛", "정밀", "3M", "%"]
OCCUPATIONS = ["사무보조", "생산직", "IT 유지보수", "it 지원", "조리사", "운전", "반도체 검사"]
CODES = ["0295", "8900", "1343", "5611", "622", None]


def _business_no(rng: random.Random) -> str | None:
    if rng.random() < 0.2:
        return None
    first = "".join(rng.choice("0123456789") for _ in range(9))
    return first + str(business_no_check_digit(first))


def _employer_name(rng: random.Random) -> str:
    return "".join(rng.choice(EMPLOYER_WORDS) for _ in range(rng.randint(1, 3))) + rng.choice(
        SYLLABLES
    )


def _folds(ws: Workspace) -> bool:
    """SQLite's LIKE ignores the case of Latin letters; PostgreSQL's does not."""
    return ws.db.engine.dialect.name == "sqlite"


def _holds(ws: Workspace, text: str, value: object) -> bool:
    if value is None:
        return False
    if _folds(ws):
        return text.lower() in str(value).lower()
    return text in str(value)


def scan_employers(ws: Workspace, text: str) -> list[int]:
    """The employer list's ids for ``text``, by reading every employer."""
    digits = re.sub(r"\D", "", text)
    found = [
        (str(name), int(str(id_)))
        for id_, name, number, business in rows(
            ws, "SELECT id, name, employer_no, business_no FROM employers WHERE NOT void"
        )
        if _holds(ws, text, name)
        or number == text
        or (len(digits) >= 3 and digits in str(business or ""))
    ]
    return [id_ for _name, id_ in sorted(found)]


def scan_openings(ws: Workspace, text: str) -> list[int]:
    """The opening list's ids for ``text``, by reading every opening."""
    found = [
        (str(day), int(str(id_)))
        for id_, day, occupation, number, code, employer in rows(
            ws,
            "SELECT o.id, o.registered_on, o.occupation, o.opening_no, o.occupation_code, "
            "e.name FROM job_openings o JOIN employers e ON e.id = o.employer_id "
            "WHERE NOT o.void",
        )
        if _holds(ws, text, occupation)
        or _holds(ws, text, employer)
        or number == text
        or (text.isdigit() and len(text) <= 6 and str(code or "").startswith(text))
    ]
    return [id_ for _day, id_ in sorted(found, reverse=True)]


def _job_queries(ws: Workspace, rng: random.Random) -> list[str]:
    texts = [
        str(r[0])
        for r in rows(
            ws,
            "SELECT name FROM employers UNION ALL SELECT occupation FROM job_openings "
            "UNION ALL SELECT business_no FROM employers WHERE business_no IS NOT NULL "
            "UNION ALL SELECT occupation_code FROM job_openings WHERE occupation_code IS NOT NULL",
        )
    ]
    found = {"주", "(주", "삼성", "tec", "TECH", "it", "IT 유지", "89", "8900", "0295", "12345"}
    found |= {"E00000001", "J00000002", "%", "3m", "반도체 검"}
    for value in rng.sample(texts, min(40, len(texts))):
        start = rng.randrange(len(value))
        found.add(value[start : start + rng.randint(1, 6)].strip() or value)
    return sorted(found)


def _compare_jobs(ws: Workspace, actor: Actor, queries: list[str]) -> None:
    for text in queries:
        assert list(ws.browse.employer_ids(actor, text)) == scan_employers(ws, text), text
        assert list(ws.browse.opening_ids(actor, text)) == scan_openings(ws, text), text
    assert list(ws.browse.employer_ids(actor, "")) == scan_employers(ws, "")
    assert list(ws.browse.opening_ids(actor, "")) == scan_openings(ws, "")
    with ws.db.engine.connect() as connection:
        assert job_search_keys.problems(connection) == {}


def test_employer_and_opening_lists_from_the_keys_filter_as_a_scan(
    workspace: Workspace, admin: Actor
) -> None:
    rng = random.Random(1804)
    plus = counselor_at(workspace, admin, "plus")
    employers = [
        workspace.records.register_employer(
            plus, RegisterEmployer(name=_employer_name(rng), business_no=_business_no(rng))
        )
        for _ in range(40)
    ]
    openings = [
        workspace.records.register_opening(
            plus,
            RegisterOpening(
                employer_no=rng.choice(employers).number,
                occupation=rng.choice(OCCUPATIONS),
                headcount=1,
                registered_on=date(2018, rng.randint(1, 9), rng.randint(1, 28)),
                occupation_code=rng.choice(CODES),
            ),
        )
        for _ in range(90)
    ]
    _compare_jobs(workspace, admin, _job_queries(workspace, rng))

    # Corrections (an employer renamed moves its openings' keys), voids, deletions.
    for e in rng.sample(employers, 12):
        changes = {"업체명": _employer_name(rng), "사업자등록번호": _business_no(rng) or ""}
        workspace.corrections.change(
            admin, ChangeRecord(RecordKind.EMPLOYER, e.number, changes, "정정")
        )
    for o in rng.sample(openings, 15):
        changes = {
            "모집직종": rng.choice(OCCUPATIONS),
            "모집직종코드": rng.choice(CODES) or "",
            "등록일": f"2018-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        }
        workspace.corrections.change(
            admin, ChangeRecord(RecordKind.OPENING, o.number, changes, "정정")
        )
    for o in rng.sample(openings, 10):
        workspace.records.void(admin, RecordKind.OPENING, o.id, "잘못 등록")
    for e in employers[:3]:
        workspace.records.void(admin, RecordKind.EMPLOYER, e.id, "잘못 등록")
    with workspace.db.engine.begin() as connection:  # moved to another employer, deleted
        connection.exec_driver_sql(
            f"UPDATE job_openings SET employer_id = {employers[5].id} "
            f"WHERE id IN ({openings[0].id}, {openings[1].id})"
        )
        connection.exec_driver_sql(
            "DELETE FROM employers WHERE id NOT IN (SELECT employer_id FROM job_openings) "
            f"AND id IN ({', '.join(str(e.id) for e in employers[6:20])})"
        )
    _compare_jobs(workspace, admin, _job_queries(workspace, rng))


def test_a_stale_employer_or_opening_index_is_found_and_rebuilt(
    workspace: Workspace, admin: Actor
) -> None:
    plus = counselor_at(workspace, admin, "plus")
    e = workspace.records.register_employer(plus, RegisterEmployer(name="한빛정밀"))
    workspace.records.register_opening(
        plus,
        RegisterOpening(
            employer_no=e.number, occupation="생산직", headcount=1, registered_on=date(2018, 1, 2)
        ),
    )
    with workspace.db.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM employer_search_keys WHERE key = '빛'")
        connection.exec_driver_sql("DELETE FROM opening_search_keys WHERE key = '생산'")
    report = workspace.check.run()
    assert any("employer_search_keys: 1" in line for line in report.lines())
    assert any("opening_search_keys: 1" in line for line in report.lines())
    with workspace.db.engine.begin() as connection:
        job_search_keys.rebuild_job_search_keys(connection)
    assert workspace.check.run().ok
    assert list(workspace.browse.opening_ids(plus, "생산")) == scan_openings(workspace, "생산")
