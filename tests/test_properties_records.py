"""Properties over records made through the services on a real database (SQLite, and
PostgreSQL with fewer examples): the statistics table and the monthly series against a
brute-force count in Python over the records Hypothesis made up, and the seeker search by
name and 초성 against a brute-force match.

The examples of one test share its database: each example writes its records in a window
of days of its own (going back from the reference day), and asks only about periods inside
it, so no other example's records can fall into a period asked about. The expected figures
are counted here from the rules of ARCHITECTURE.md (The statistics table), never by the
code under test.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from conftest import TODAY
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from initials_oracle import CONSONANTS, first_match, initial_of

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
from deskapp.domain.desks import parse_desk
from deskapp.domain.records import RecordKind
from deskapp.domain.stats import MEASURE_KEYS, StatsTable
from deskapp.services.browse import SeekerFilter
from deskapp.services.workspace import Workspace

#: Desks as a counselor names them, and the desk each names: codes, short names, and the
#: dong desk's two sites (ARCHITECTURE.md: The four desks).
DESK_NAMES = {
    "plus": "plus",
    "일자리플러스센터": "plus",
    "G밸리": "gvalley",
    "gvalley": "gvalley",
    "동주민센터": "dong",
    "시흥4동": "dong",
    "독산동": "dong",
    "고용복지플러스센터": "welfare",
    "welfare": "welfare",
}
DESK_CODES = ("plus", "gvalley", "dong", "welfare")
WINDOW = 40  # days each example writes in
#: What an example makes, by kind of step: tuples of indexes, desk names and day offsets.
Plan = dict[str, list[tuple[Any, ...]]]


def _examples(workspace: Workspace, sqlite: int, postgresql: int) -> settings:
    """Bounded examples: the file runs in seconds on each database."""
    many = postgresql if workspace.db.engine.dialect.name == "postgresql" else sqlite
    return settings(max_examples=many, deadline=None)


def _windows() -> Iterator[date]:
    """The first day of each example's window, going back from the reference day."""
    first = TODAY - timedelta(days=WINDOW - 1)
    while first.year >= 1990:  # records before 1990 are refused
        yield first
        first -= timedelta(days=WINDOW)


# -- the records an example makes ---------------------------------------------------------


@dataclass
class Made:
    """One counted record as the test knows it: which measure, desk and day; the person (for
    a placement); its id or number to reach it by; and whether it was voided."""

    kind: RecordKind
    desk: str
    day: date
    key: str
    seeker: int | None = None
    after_referral: bool = False
    void: bool = False


_MEASURE = {
    RecordKind.OPENING: "job_openings",
    RecordKind.SEEKER: "job_seekers",
    RecordKind.SESSION: "sessions",
    RecordKind.REFERRAL: "referrals",
    RecordKind.PLACEMENT: "placements",
}
#: A correction's headings for (day, desk), per kind (the records workbook's columns).
_HEADINGS = {
    RecordKind.OPENING: ("등록일", "등록창구"),
    RecordKind.SEEKER: ("등록일", "등록창구"),
    RecordKind.SESSION: ("상담일", "상담창구"),
    RecordKind.REFERRAL: ("알선일", "알선창구"),
    RecordKind.PLACEMENT: ("취업일", "취업창구"),
}

desks = st.sampled_from(sorted(DESK_NAMES))
days = st.integers(0, WINDOW - 1)


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    """What an example makes: seekers, openings, sessions, referrals and placements (a
    person placed more than once, at several desks, is common), then corrections moving
    records to another day or desk, then voids; each by desk name and day of the window."""
    n_seekers = draw(st.integers(1, 4))
    n_openings = draw(st.integers(0, 2))
    seeker = st.integers(0, n_seekers - 1)
    plan: Plan = {
        "seekers": draw(st.lists(st.tuples(desks, days), min_size=n_seekers, max_size=n_seekers)),
        "openings": draw(
            st.lists(st.tuples(desks, days), min_size=n_openings, max_size=n_openings)
        ),
        "sessions": draw(st.lists(st.tuples(seeker, desks, days), max_size=5)),
        "referrals": [],
        "placements": draw(st.lists(st.tuples(seeker, desks, days, st.booleans()), max_size=6)),
    }
    if n_openings:
        opening = st.integers(0, n_openings - 1)
        plan["referrals"] = draw(st.lists(st.tuples(seeker, opening, desks, days), max_size=3))
    kinds = st.sampled_from(list(_HEADINGS))
    plan["moves"] = draw(
        st.lists(st.tuples(kinds, st.integers(0, 5), st.booleans(), desks, days), max_size=3)
    )
    plan["voids"] = draw(st.lists(st.tuples(kinds, st.integers(0, 5)), max_size=4))
    return plan


class Example:
    """Makes a plan's records through the services, at the window starting ``first``, and
    keeps what it made as ``Made`` records."""

    def __init__(self, workspace: Workspace, admin: Actor, first: date) -> None:
        self.ws, self.admin, self.first = workspace, admin, first
        self.made: dict[RecordKind, list[Made]] = {kind: [] for kind in _HEADINGS}

    def day(self, offset: int) -> date:
        return self.first + timedelta(days=offset)

    def run(self, plan: Plan) -> None:
        records, admin = self.ws.records, self.admin
        employer = records.register_employer(admin, RegisterEmployer("(주)속성")).number
        for desk, offset in plan["seekers"]:
            saved = records.register_seeker(
                admin,
                RegisterSeeker("김속성", self.day(offset), desk=parse_desk(desk), consented=True),
            )
            self._add(RecordKind.SEEKER, desk, offset, saved.number)
        for desk, offset in plan["openings"]:
            command = RegisterOpening(employer, "경비", 9, self.day(offset), desk=parse_desk(desk))
            number = records.register_opening(admin, command).number
            self._add(RecordKind.OPENING, desk, offset, number)
        seekers = self.made[RecordKind.SEEKER]
        for who, desk, offset in plan["sessions"]:
            logged = LogSession(seekers[who].key, self.day(offset), desk=parse_desk(desk))
            self._add(RecordKind.SESSION, desk, offset, str(records.log_session(admin, logged).id))
        referred: dict[tuple[int, int], Made] = {}
        for who, which, desk, offset in plan["referrals"]:
            opening = self.made[RecordKind.OPENING][which]
            if (who, which) in referred:
                continue  # one referral of a person to an opening (a second is refused)
            offset = max(offset, (opening.day - self.first).days)  # not before the opening
            refer = Refer(seekers[who].key, opening.key, self.day(offset), desk=parse_desk(desk))
            saved = records.refer(admin, refer)
            referred[(who, which)] = self._add(RecordKind.REFERRAL, desk, offset, str(saved.id))
        for who, desk, offset, after in plan["placements"]:
            earlier = [
                r for (w, _), r in referred.items() if w == who and r.day <= self.day(offset)
            ]
            referral = int(earlier[0].key) if after and earlier else None
            placement = RecordPlacement(
                seekers[who].key, self.day(offset), desk=parse_desk(desk), referral_id=referral
            )
            made = self._add(
                RecordKind.PLACEMENT,
                desk,
                offset,
                str(records.record_placement(admin, placement).id),
                seeker=who,
            )
            made.after_referral = referral is not None
        for kind, index, by_day, desk, offset in plan["moves"]:
            self._move(kind, index, by_day, desk, offset)
        voided: set[tuple[RecordKind, int]] = set()
        for kind, index in plan["voids"]:
            made_of_kind = self.made[kind]
            if not made_of_kind or (kind, index % len(made_of_kind)) in voided:
                continue
            target = made_of_kind[index % len(made_of_kind)]
            voided.add((kind, index % len(made_of_kind)))
            record_id = self._record_id(kind, target)
            records.void(admin, kind, record_id, "잘못 입력")
            target.void = True

    def _add(
        self, kind: RecordKind, desk: str, offset: int, key: str, seeker: int | None = None
    ) -> Made:
        made = Made(kind, DESK_NAMES[desk], self.day(offset), key, seeker)
        self.made[kind].append(made)
        return made

    def _record_id(self, kind: RecordKind, made: Made) -> int:
        if kind in (RecordKind.SEEKER, RecordKind.OPENING):
            return self.ws.corrections.editable(self.admin, kind, made.key).id
        return int(made.key)

    def _move(self, kind: RecordKind, index: int, by_day: bool, desk: str, offset: int) -> None:
        """A correction: the record to another day (where nothing forbids it) or desk."""
        made_of_kind = self.made[kind]
        if not made_of_kind:
            return
        target = made_of_kind[index % len(made_of_kind)]
        day_heading, desk_heading = _HEADINGS[kind]
        # An opening's or a referral's day is tied to the other's (a referral is made on or
        # after the opening's day), and so is a placement's after a referral: desks only.
        dated = kind in (RecordKind.SEEKER, RecordKind.SESSION) or (
            kind is RecordKind.PLACEMENT and not target.after_referral
        )
        if by_day and dated:
            change = {day_heading: self.day(offset).isoformat()}
            target.day = self.day(offset)
        else:
            change = {desk_heading: desk}
            target.desk = DESK_NAMES[desk]
        self.ws.corrections.change(self.admin, ChangeRecord(kind, target.key, change, "정정"))

    # -- the brute-force count ------------------------------------------------------------

    def expected(self, start: date, end: date) -> dict[str, tuple[int, ...]]:
        """Each desk's five figures for [start, end], counted one record at a time: live
        records of the desk dated in the period; 취업자수 the distinct people among the
        live placements."""
        counts = {code: dict.fromkeys(MEASURE_KEYS, 0) for code in DESK_CODES}
        people: dict[str, set[int]] = {code: set() for code in DESK_CODES}
        for kind, made_of_kind in self.made.items():
            for made in made_of_kind:
                if made.void or not start <= made.day <= end:
                    continue
                if kind is RecordKind.PLACEMENT:
                    assert made.seeker is not None
                    people[made.desk].add(made.seeker)
                else:
                    counts[made.desk][_MEASURE[kind]] += 1
        for code in DESK_CODES:
            counts[code]["placements"] = len(people[code])
        figures = {code: tuple(counts[code][k] for k in MEASURE_KEYS) for code in DESK_CODES}
        figures["total"] = tuple(sum(f[i] for f in figures.values()) for i in range(5))
        return figures


def shown(table: StatsTable) -> dict[str, tuple[int, ...]]:
    """A table's rows as {desk or 'total': its five figures}."""
    return {row.desk: row.counts.values() for row in table.rows}


@st.composite
def periods(draw: st.DrawFn) -> tuple[int, int]:
    """A period inside the window, as its first and last day's offsets (one day, often)."""
    start = draw(days)
    return start, draw(st.integers(start, WINDOW - 1))


def test_the_table_and_the_monthly_series_count_what_brute_force_counts(
    workspace: Workspace, admin: Actor
) -> None:
    windows = _windows()

    @_examples(workspace, sqlite=25, postgresql=8)
    @given(plans(), st.lists(periods(), min_size=3, max_size=3))
    def check(plan: Plan, asked: list[tuple[int, int]]) -> None:
        first = next(windows, None)
        assume(first is not None)  # only a long shrink of a failure runs out of windows
        assert first is not None
        example = Example(workspace, admin, first)
        example.run(plan)
        statistics = workspace.statistics
        for a, b in [(0, WINDOW - 1), *asked]:
            start, end = example.day(a), example.day(b)
            table = statistics.table(admin, Period(start, end))
            assert shown(table) == example.expected(start, end), (start, end)
        # The monthly series of the last period: each month alone, and its 누계 from the
        # period's start (a person counted once, by their first placement in it).
        start, end = example.day(asked[-1][0]), example.day(asked[-1][1])
        series = statistics.monthly(admin, Period(start, end))
        names: list[str] = []
        for n in range((end - start).days + 1):
            name = f"{start + timedelta(days=n):%Y-%m}"
            if name not in names:
                names.append(name)
        assert [m.month for m in series.months] == names
        for month in series.months:
            first, last = month.table.period.start, month.table.period.end
            year, number = first.year, first.month
            month_end = date(year + number // 12, number % 12 + 1, 1) - timedelta(days=1)
            assert (first, last) == (max(start, date(year, number, 1)), min(end, month_end))
            assert shown(month.table) == example.expected(first, last)
            assert shown(month.cumulative) == example.expected(start, last)
        assert shown(series.whole) == example.expected(start, end)

    check()


# -- 초성 search ----------------------------------------------------------------------------

#: Syllables that share initials and beginnings (김/감/고, 민/문/마 …), so that queries by
#: 초성 find several people and partial ones fewer.
POOL = "김감고민문마수서소지주진장이영유박배"


def _names(n: int) -> list[str]:
    rng = random.Random(19)
    return ["".join(rng.choice(POOL) for _ in range(rng.choice((2, 3, 3, 4)))) for _ in range(n)]


@st.composite
def queries(draw: st.DrawFn, names: list[str]) -> str:
    """A piece of a registered name with any of its syllables typed as their 초성, or any
    few syllables and consonants."""
    if draw(st.booleans()):
        name = draw(st.sampled_from(names))
        start = draw(st.integers(0, len(name) - 1))
        end = draw(st.integers(start + 1, len(name)))
        return "".join(initial_of(ch) if draw(st.booleans()) else ch for ch in name[start:end])
    return draw(st.text(st.sampled_from(POOL + CONSONANTS[:8]), min_size=1, max_size=3))


def test_search_by_name_and_initials_finds_whom_brute_force_finds(
    workspace: Workspace, admin: Actor
) -> None:
    names = _names(30)
    ids: dict[int, str] = {}
    for i, name in enumerate(names):
        saved = workspace.records.register_seeker(
            admin,
            RegisterSeeker(
                name, date(2018, 3, 1 + i % 28), desk=parse_desk("plus"), consented=True
            ),
        )
        ids[saved.id] = name
    # Two people voided: a search never finds them.
    for gone in list(ids)[:2]:
        workspace.records.void(admin, RecordKind.SEEKER, gone, "중복 등록")
        del ids[gone]

    @_examples(workspace, sqlite=60, postgresql=20)
    @given(queries(names))
    def check(query: str) -> None:
        expected = {i for i, name in ids.items() if first_match(name, query) >= 0}
        listed = workspace.browse.seeker_ids(admin, SeekerFilter(text=query))
        assert set(listed) == expected, query
        found = workspace.browse.search_seekers(admin, query)
        assert {s.id for s in found} == expected, query  # fewer than the limit of 50
        exact = [s.id for s in found if s.name == query]
        assert [s.id for s in found[: len(exact)]] == exact, query  # exact names first

    check()
