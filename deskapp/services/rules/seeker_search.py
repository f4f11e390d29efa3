"""The search box's seekers read from the search keys (deskapp/store/search_keys.py).

The search box ranks live seekers: for letters, the exact name, then names starting
with them, then names holding them; for 초성 (and mixed 홍ㄱ), names whose 초성 start
with them — the commonest name beginnings first (for two letters or more) — then the
others; for four digits, phones ending with them; for other digits (spaces and hyphens
ignored), phones holding them. Within each, the actor's desk first, then the newest
registration, then the highest id. ``ranked_ids`` gives the first ``limit`` of that
order by reading the first rows of a few key ranges (each already in registration
order) and merging them. Three digits are one range of the phones' pieces; more are
the range of their last three, each phone tested until enough are found; one or two
(held by most phones) are looked for among the newest seekers first, and when too rare
there, in every piece holding them. It answers ``None`` when the keys cannot tell
(Latin letters, which SQLite compares without case; more than three letters), and the
caller ranks by scanning the records as before.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from itertools import chain, groupby, islice, product

from sqlalchemy import Select, literal, select, tuple_, union_all
from sqlalchemy.orm import Session

from deskapp.domain.hangul import has_choseong, initials, match_position, matches_at
from deskapp.store.models import JobSeeker, SeekerNameBeginning, SeekerSearchKey
from deskapp.store.search_keys import DIGITS, PIECE

K = SeekerSearchKey
Row = tuple[bool, date, int]  # (of the own desk, registered_on, id)
#: A tie of beginnings with at most this many names in all is read in one query.
_SMALL = 256
_PAGE = 64
#: One or two digits are looked for among at most this many of the newest seekers.
_SCANNED = 8192
#: At most this many ranges in one statement (SQLite allows 500 parts in a UNION).
_PARTS = 200


def _order(row: Row) -> tuple[bool, int, int]:
    """Within a rank: the own desk first, then the newest registration, then the highest id."""
    return (not row[0], -row[1].toordinal(), -row[2])


def _unanswerable(text: str) -> bool:
    return bool(re.search(r"[A-Za-z%_\\]", text))


def candidates(text: str) -> tuple[str, str] | None:
    """(kind, key) of the keys every seeker matching ``text`` has (a first piece of it),
    to narrow a scan of a longer text; ``None`` when there is none."""
    if _unanswerable(text) or re.search(r"\d", text):
        return None
    if has_choseong(text):
        return "i", initials(text)[:PIECE]
    return "n", text[:PIECE]


class _Reader:
    """Key ranges of one search, read in pages, newest first."""

    def __init__(self, session: Session, own: int) -> None:
        self.session, self.own = session, own
        self._first: dict[tuple[str, str, int, bool], list[Row]] = {}

    def _mines(self) -> tuple[bool, ...]:
        return (True, False) if self.own >= 0 else (False,)

    def _query(
        self, kind: str, key: str, place: int, mine: bool, after: Row | None, size: int
    ) -> Select[date, int]:
        query = select(K.registered_on, K.seeker_id).where(
            K.kind == kind,
            K.key == key,
            K.place == place,
            K.desk_id == self.own if mine else K.desk_id != self.own,
        )
        if after is not None:
            query = query.where(tuple_(K.registered_on, K.seeker_id) < tuple_(after[1], after[2]))
        return query.order_by(K.registered_on.desc(), K.seeker_id.desc()).limit(size)

    def prefetch(self, kind: str, keys: Sequence[str], places: Sequence[int]) -> None:
        """Read the first page of every range of ``keys`` × ``places`` in one statement
        (each a round trip to a server otherwise)."""
        specs = [
            (kind, k, p, mine)
            for mine in self._mines()
            for k in keys
            for p in places
            if (kind, k, p, mine) not in self._first
        ]
        for start in range(0, len(specs), _PARTS):
            chunk = specs[start : start + _PARTS]
            parts = []
            for i, spec in enumerate(chunk):
                page = self._query(*spec, None, _PAGE).subquery()
                parts.append(
                    select(page.c.registered_on, page.c.seeker_id, literal(i).label("part"))
                )
            for spec in chunk:
                self._first[spec] = []
            for day, id_, part in self.session.execute(union_all(*parts)):
                spec = chunk[part]
                self._first[spec].append((spec[3], day, id_))

    def _range(self, kind: str, key: str, place: int, mine: bool) -> Iterator[Row]:
        spec = (kind, key, place, mine)
        page = self._first.pop(spec, None)
        after: Row | None = None
        size = _PAGE
        while True:
            if page is None:
                page = [
                    (mine, day, id_)
                    for day, id_ in self.session.execute(
                        self._query(kind, key, place, mine, after, size)
                    )
                ]
            yield from page
            if len(page) < size:
                return
            after, size, page = page[-1], size * 4, None

    def ranked(self, kind: str, keys: Sequence[str], places: Sequence[int]) -> Iterator[Row]:
        """Rows of any of ``keys`` at any of ``places``: the own desk's, then the others',
        newest first in each."""
        self.prefetch(kind, keys, places)
        for mine in self._mines():
            ranges = [self._range(kind, k, p, mine) for k in keys for p in places]
            yield from heapq.merge(*ranges, key=_order)

    def all_of(self, kind: str, keys: Sequence[str], places: Sequence[int]) -> Iterator[Row]:
        """The same order, read in one query (for few rows)."""
        found = self.session.execute(
            select(K.registered_on, K.seeker_id, K.desk_id).where(
                K.kind == kind, K.key.in_(list(keys)), K.place.in_(list(places))
            )
        ).all()
        rows = [(r.desk_id == self.own, r.registered_on, r.seeker_id) for r in found]
        return iter(sorted(rows, key=_order))

    def newest_phones(self, digits: str, limit: int) -> list[int] | None:
        """Seekers whose phone holds ``digits``, read newest first through the list's
        index (ix_job_seekers_list) and stopped as soon as ``limit`` are found; ``None``
        when more than ``_SCANNED`` seekers were read first (the digits are rare)."""
        found: list[int] = []
        read = 0
        for mine in self._mines():
            after: Row | None = None
            while True:
                query = select(JobSeeker.registered_on, JobSeeker.id, JobSeeker.phone).where(
                    JobSeeker.void.is_(False),
                    JobSeeker.desk_id == self.own if mine else JobSeeker.desk_id != self.own,
                )
                if after is not None:
                    query = query.where(
                        tuple_(JobSeeker.registered_on, JobSeeker.id) < tuple_(after[1], after[2])
                    )
                page = self.session.execute(
                    query.order_by(JobSeeker.registered_on.desc(), JobSeeker.id.desc()).limit(
                        _PAGE * 8
                    )
                ).all()
                found += [id_ for _day, id_, phone in page if digits in (phone or "")]
                read += len(page)
                if len(found) >= limit:
                    return found[:limit]
                if len(page) < _PAGE * 8:
                    break
                if read > _SCANNED:
                    return None
                after = (mine, page[-1][0], page[-1][1])
        return found

    def phones_holding(self, piece: str, digits: str, limit: int) -> list[int]:
        """Seekers with the phone piece ``piece`` whose phone holds ``digits``: the
        piece's range read in order, the phone tested on each, until ``limit``."""
        found: list[int] = []
        for mine in self._mines():
            query = (
                select(K.seeker_id)
                .join(JobSeeker, JobSeeker.id == K.seeker_id)
                .where(
                    K.kind == "d",
                    K.key == piece,
                    K.place == 0,
                    K.desk_id == self.own if mine else K.desk_id != self.own,
                    JobSeeker.phone.contains(digits, autoescape=True),
                )
                .order_by(K.registered_on.desc(), K.seeker_id.desc())
                .limit(limit - len(found))
            )
            found += self.session.scalars(query)
            if len(found) >= limit:
                break
        return found

    def names(self, ids: Iterable[int]) -> dict[int, str]:
        wanted = list(ids)
        if not wanted:
            return {}
        query = select(JobSeeker.id, JobSeeker.name).where(JobSeeker.id.in_(wanted))
        return {id_: name for id_, name in self.session.execute(query)}


def ranked_ids(session: Session, text: str, own: int, limit: int) -> list[int] | None:
    """The first ``limit`` ids of live seekers matching ``text`` in the search box's order
    (``own``: the actor's desk id, -1 for none), or ``None`` when the keys cannot tell."""
    if _unanswerable(text):
        return None
    reader = _Reader(session, own)
    digits = re.sub(r"[\s\-]", "", text)
    if re.fullmatch(r"\d+", digits):  # the end of a phone (four digits), or any part of one
        return _phone_ids(reader, digits, limit)
    if re.search(r"\d", text):
        return None
    if not has_choseong(text):
        if len(text) > PIECE:
            return None
        reader.prefetch("n", [text], (0, 1, 2, 3))
        ranks = (reader.ranked("n", [text], p) for p in ((0,), (1, 3), (2,)))
        return _ids(chain.from_iterable(ranks), limit)
    wanted = initials(text)
    if len(wanted) > PIECE:
        return None
    mixed = any(not has_choseong(c) for c in text)
    reader.prefetch("i", [wanted], (1, 2, 3) if len(text) == 1 else (2,))
    rest = reader.ranked("i", [wanted], (2,))
    if mixed:
        rest = _matching(reader, rest, text)
    if len(text) == 1:
        return _ids(
            (row for part in (reader.ranked("i", [wanted], (1, 3)), rest) for row in part), limit
        )
    return _ids(
        (row for part in (_by_beginning(session, reader, text), rest) for row in part), limit
    )


def _phone_ids(reader: _Reader, digits: str, limit: int) -> list[int]:
    """Seekers whose phone ends with four ``digits``, or holds other ``digits``."""
    if len(digits) == 4:
        return _ids(reader.ranked("p", [digits], [0]), limit)
    if len(digits) == DIGITS:
        return _ids(reader.ranked("d", [digits], [0]), limit)
    if len(digits) > DIGITS:  # the seekers holding its last piece, whose phone holds it all
        return reader.phones_holding(digits[-DIGITS:], digits, limit)
    newest = reader.newest_phones(digits, limit)  # most phones hold them: the newest suffice
    if newest is not None:
        return newest
    # Rare among the newest: every piece holding them (a phone shorter than a piece is
    # its own piece), each seeker once.
    pieces = [
        "".join(p)
        for n in range(len(digits), DIGITS + 1)
        for p in product("0123456789", repeat=n)
        if digits in "".join(p)
    ]
    return _ids(_distinct(reader.ranked("d", pieces, [0])), limit)


def _distinct(rows: Iterable[Row]) -> Iterator[Row]:
    """``rows`` without repeats (rows in one order: a repeat follows its first)."""
    last: Row | None = None
    for row in rows:
        if row != last:
            yield row
        last = row


def _ids(rows: Iterable[Row], limit: int) -> list[int]:
    return [row[2] for row in islice(rows, limit)]


def _matching(reader: _Reader, rows: Iterator[Row], text: str) -> Iterator[Row]:
    """``rows`` whose name ``text`` matches (mixed 홍ㄱ: the 초성 found them)."""
    while chunk := list(islice(rows, _PAGE)):
        names = reader.names(row[2] for row in chunk)
        yield from (row for row in chunk if match_position(names.get(row[2], ""), text) >= 0)


def _by_beginning(session: Session, reader: _Reader, text: str) -> Iterator[Row]:
    """Names whose 초성 begin with ``text``'s, the commonest beginnings first (equal counts
    together), then the own desk, then the newest."""
    wanted = initials(text)
    mixed = any(not has_choseong(c) for c in text)
    beginnings = session.execute(
        select(SeekerNameBeginning.beginning, SeekerNameBeginning.n)
        .where(SeekerNameBeginning.initials == wanted)
        .order_by(SeekerNameBeginning.n.desc())
    ).all()
    # Mixed 홍ㄱ: a name not beginning with it may still match further on (고홍길);
    # such names have the 초성 at the beginning and again later (place 3).
    later: dict[str, list[Row]] | None = None
    for n, tie in groupby(beginnings, key=lambda b: b.n):
        group = [b.beginning for b in tie]
        whole = [b for b in group if not mixed or matches_at(b, text, 0)]
        parts: list[Iterator[Row]] = []
        if whole:
            if n * len(whole) <= _SMALL:
                parts.append(reader.all_of("n", whole, (0, 1, 3)))
            else:
                parts.append(reader.ranked("n", whole, (0, 1, 3)))
        others = [b for b in group if b not in whole]
        if others:
            if later is None:
                later = _later_matches(session, reader, text)
            extra = [r for b in others for r in later.get(b, [])]
            if extra:
                parts.append(iter(sorted(extra, key=_order)))
        yield from heapq.merge(*parts, key=_order)


def _later_matches(session: Session, reader: _Reader, text: str) -> dict[str, list[Row]]:
    """Names whose 초성 begin with ``text``'s and hold them again later, that ``text``
    matches: by their beginning."""
    wanted = initials(text)
    found: dict[str, list[Row]] = {}
    rows = session.execute(
        select(JobSeeker.name, K.registered_on, K.seeker_id, K.desk_id)
        .join(JobSeeker, JobSeeker.id == K.seeker_id)
        .where(K.kind == "i", K.key == wanted, K.place == 3)
    )
    for name, day, id_, desk in rows:
        if match_position(name, text) >= 0:
            found.setdefault(name[: len(text)], []).append((desk == reader.own, day, id_))
    return found
